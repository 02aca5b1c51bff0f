"""Pronunciation lexicon: words and phrases mapped to what to say (and phonemes where an engine takes them).

Built in, then user files (TOML or W3C PLS) in order; a later entry for the same key wins. Matching is
whole-word and longest-first; keys with capitals match their case exactly, lowercase keys any case.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from publisher.errors import ConfigError

PLS_NAMESPACE = "http://www.w3.org/2005/01/pronunciation-lexicon"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry."""

    key: str
    say: str
    phonemes: str | None = None
    alphabet: str | None = None
    exact_case: bool = True


@dataclass(frozen=True)
class Match:
    """Where an entry matched in a text."""

    start: int
    end: int
    entry: Entry


class Lexicon:
    """Entries compiled into one whole-word, longest-first pattern."""

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        chosen: dict[str, Entry] = {}
        for entry in entries:
            chosen[entry.key if entry.exact_case else entry.key.lower()] = entry
        self.entries: tuple[Entry, ...] = tuple(chosen.values())
        # An alternation tries its branches in order, so longest first gives the longest match.
        self._ordered = sorted(self.entries, key=lambda e: -len(e.key))
        branches = [
            rf"(?<!\w){re.escape(e.key) if e.exact_case else f'(?i:{re.escape(e.key)})'}(?!\w)" for e in self._ordered
        ]
        self._pattern = re.compile("|".join(f"({b})" for b in branches)) if branches else None

    def find(self, text: str) -> list[Match]:
        """Every entry in the text, left to right, never overlapping."""
        if self._pattern is None:
            return []
        return [Match(m.start(), m.end(), self._ordered[(m.lastindex or 1) - 1]) for m in self._pattern.finditer(text)]

    def __len__(self) -> int:
        return len(self.entries)


def _entry(key: str, value: object, where: str) -> Entry:
    """An entry from a TOML value: a string, or a table with say/phonemes/alphabet/case."""
    if isinstance(value, str):
        return Entry(key, value, exact_case=key != key.lower())
    if not isinstance(value, dict) or not isinstance(value.get("say", key), str):
        raise ConfigError(f"{where}: entry {key!r} must be a string or a table with 'say'")
    unknown = set(value) - {"say", "phonemes", "alphabet", "case"}
    if unknown:
        raise ConfigError(f"{where}: entry {key!r} has unknown field {sorted(unknown)[0]!r}")
    case = value.get("case", "exact" if key != key.lower() else "any")
    if case not in ("exact", "any"):
        raise ConfigError(f"{where}: entry {key!r}: case must be 'exact' or 'any'")
    phonemes, alphabet = value.get("phonemes"), value.get("alphabet")
    return Entry(
        key,
        str(value.get("say", key)),
        phonemes and str(phonemes),
        alphabet and str(alphabet),
        case == "exact",
    )


def parse_toml(text: str, where: str) -> list[Entry]:
    """Entries of a TOML lexicon ([words] table, or top-level keys)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where} is not valid TOML: {error}") from error
    table = data.get("words", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: [words] must be a table")
    return [_entry(key, value, where) for key, value in table.items()]


def parse_pls(text: str, where: str) -> list[Entry]:
    """Entries of a W3C Pronunciation Lexicon Specification file: aliases as what to say, phonemes kept."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as error:
        raise ConfigError(f"{where} is not valid PLS XML: {error}") from error
    ns = {"pls": PLS_NAMESPACE}
    alphabet = root.get("alphabet")
    entries = []
    for lexeme in root.iter(f"{{{PLS_NAMESPACE}}}lexeme"):
        graphemes = [g.text.strip() for g in lexeme.findall("pls:grapheme", ns) if g.text and g.text.strip()]
        alias = lexeme.findtext("pls:alias", namespaces=ns)
        phoneme = lexeme.find("pls:phoneme", ns)
        phonemes = phoneme.text.strip() if phoneme is not None and phoneme.text else None
        lexeme_alphabet = (phoneme.get("alphabet") if phoneme is not None else None) or alphabet
        for grapheme in graphemes:
            say = alias.strip() if alias and alias.strip() else grapheme
            entries.append(Entry(grapheme, say, phonemes, lexeme_alphabet, grapheme != grapheme.lower()))
    return entries


PARSERS: dict[str, Callable[[str, str], list[Entry]]] = {
    ".toml": parse_toml,
    ".pls": parse_pls,
    ".xml": parse_pls,
}


def load_lexicon(paths: Sequence[Path] = (), builtin: bool = True) -> Lexicon:
    """The built-in lexicon followed by the user's files, later entries winning."""
    entries: list[Entry] = []
    if builtin:
        text = files("publisher").joinpath("speech/lexicon.toml").read_text("utf-8")
        entries += parse_toml(text, "built-in lexicon")
    for path in paths:
        parser = PARSERS.get(path.suffix.lower())
        if parser is None:
            raise ConfigError(f"lexicon {path} must be a .toml or .pls file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"lexicon {path} cannot be read: {error}") from error
        entries += parser(text, str(path))
    return Lexicon(entries)

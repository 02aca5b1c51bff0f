"""Acronyms: found defined in the text ("National Crime Agency (NCA)") or in a built-in table, and
spelled out the first time a page uses them."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from publisher.model import Change

from .words import takes_an

# (not in 'GOV.UK', 'NHS.uk' or a reference such as 'SEND/EHCP/3187')
ACRONYM = re.compile(r"(?<![\w&./-])([A-Z][A-Za-z&]*[A-Z])(s?)(?![\w&/-]|\.\w)")
_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z&]*[A-Z])s?\s*\)")
_MINOR = frozenset({"and", "of", "for", "the", "in", "on", "to", "&"})
NOT_ACRONYMS = frozenset({"I", "OK", "AM", "PM", "TV", "ID"})
# An acronym that opens a longer name given its own acronym: 'NHS Bowel Cancer Screening Programme (BCSP)'
_NAMED_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w’'-]*|and|of|for|the))+\s+\([A-Z]")
# 'UK Health Security Agency', 'NHS Low Income Scheme': the start of a longer name, which stays as written
_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*")
# 'from Age UK': a capitalised word (not a sentence's first) just before the short form
_NAME_ENDS = re.compile(
    r"(?<![.!?:]\s)(?<!^)\b(?!(?:The|A|An|In|On|At|For|From|To|By|With|And|Or|Of)\b)[A-Z][a-z]+\s+$"
)


@cache
def builtin() -> dict[str, str]:
    """The built-in table (publisher/plain/acronyms.toml)."""
    data = tomllib.loads(files("publisher").joinpath("plain/acronyms.toml").read_text("utf-8"))
    return dict(data["acronyms"])


def _long_form(words: list[str], short: str) -> str | None:
    """The shortest run of words ending before the brackets whose initials spell the acronym
    (Schwartz-Hearst style, ignoring 'and', 'of', 'the')."""
    letters = [c.lower() for c in short if c.isalpha() and c.isupper()]
    for start in range(len(words) - 1, max(-1, len(words) - len(letters) - 6), -1):
        run = words[start:]
        initials = [w[0].lower() for w in run if w.lower() not in _MINOR and w[:1].isalpha()]
        if initials == letters and run[0].lower() not in _MINOR:
            return " ".join(run)
    return None


def find_definitions(texts: Iterable[str]) -> dict[str, str]:
    """Acronyms the texts define themselves, with their long forms."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _DEFINITION.finditer(text):
            words = re.findall(r"[\w’'&-]+", text[: match.start()])
            long = _long_form(words[-12:], match.group(1))
            if long:
                found.setdefault(match.group(1), long)
    return found


class Expander:
    """Spells out each acronym the first time it is used on a page; later uses keep the short form."""

    def __init__(self, known: dict[str, str]) -> None:
        self.known = {**builtin(), **known}
        self.seen: set[str] = set()
        self.unexplained: set[str] = set()

    def expand(self, sentence: str) -> tuple[str, list[Change]]:
        """The sentence with first uses spelled out."""
        changes: list[Change] = []
        for match in _DEFINITION.finditer(sentence):
            self.seen.add(match.group(1))

        def one(match: re.Match[str]) -> str:
            short, plural = match.group(1), match.group(2)
            if short in NOT_ACRONYMS or short in self.seen:
                return match.group(0)
            following = sentence[match.end() : match.end() + 3]
            if following.lstrip().startswith("("):
                self.seen.add(short)
                return match.group(0)
            if _NAMED_AFTER.match(sentence, match.end()) or _NAME_GOES_ON.match(sentence, match.end()):
                return match.group(0)  # 'UK Health Security Agency (UKHSA)': a name, spelled out later
            if _NAME_ENDS.search(sentence, 0, match.start()):
                return match.group(0)  # 'Age UK': the end of a name, which is said as the name is
            long = self.known.get(short + plural) or self.known.get(short)
            if long is None:
                self.unexplained.add(short)
                return match.group(0)
            self.seen.add(short)
            new = f"{long}{plural if plural and not long.endswith('s') else ''} ({short}{plural})"
            # ('GP surgeries are open' -> 'Family doctor (GP) surgeries are open': a sentence opens with a capital)
            new = new[:1].upper() + new[1:] if not sentence[: match.start()].strip() else new
            changes.append(Change("acronym", match.group(0), new))
            return new

        sentence = ACRONYM.sub(one, sentence)
        for change in changes:  # 'an NHS service' -> 'a National Health Service (NHS) service'
            article = "n" if takes_an(change.after) else ""
            sentence = re.sub(rf"\b([Aa])n?\s+(?={re.escape(change.after)})", rf"\1{article} ", sentence)
        return sentence, changes

    def aliases(self) -> dict[str, str]:
        """Acronym -> long form, for the fact check."""
        return dict(self.known)

"""Finding the concepts a block of text is about: whole words and phrases from a curated table, in
their written forms (plurals, verb endings), and patterns such as amounts of money or phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"[a-z0-9&]+(?:[.'’][a-z0-9]+)*")
_IRREGULAR_PLURALS = {"child": "children", "person": "people", "woman": "women", "man": "men",
                      "foot": "feet", "tooth": "teeth", "mouse": "mice", "life": "lives"}  # fmt: skip
_VOWELS = "aeiou"


@dataclass(frozen=True)
class Concept:
    """Something a picture can stand for: the symbol that shows it, and the words that name it.

    weight says how surely the words mean the concept (3: they name a thing, such as "ambulance";
    1: they are general, such as "date"); a block gets the picture of its weightiest concept.
    """

    name: str
    symbol: str
    weight: int
    nouns: tuple[str, ...] = ()  # matched as written and in the plural
    verbs: tuple[str, ...] = ()  # matched in every form: "arrest", "arrests", "arrested", "arresting"
    phrases: tuple[str, ...] = ()  # matched as written
    patterns: tuple[str, ...] = ()  # regular expressions over the text as written
    unless: tuple[str, ...] = ()  # phrases whose words name something else ("Home Office")


def tokens(text: str) -> list[str]:
    """The words of a text, lowercase, with hyphens and slashes as breaks ("UK-France": "uk", "france")."""
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    return [word[:-2] if word.endswith("'s") else word for word in words]


def plural(noun: str) -> str:
    """The regular (or listed irregular) plural of a noun."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in _VOWELS:
        return noun[:-1] + "ies"
    return noun + "s"


def _doubles(verb: str) -> bool:
    """Whether a verb doubles its last consonant before -ed and -ing ("stop", "ban"; not "visit")."""
    return (
        len(verb) >= 3
        and verb[-1] not in _VOWELS + "wxy"
        and verb[-2] in _VOWELS
        and verb[-3] not in _VOWELS
        and sum(c in _VOWELS for c in verb) == 1
    )


def verb_forms(verb: str) -> set[str]:
    """A regular verb's forms: base, third person, past and -ing."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return {verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    if _doubles(verb):
        return {verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return {verb, plural(verb), verb + "ed", verb + "ing"}


@dataclass(frozen=True)
class _Phrase:
    """One way of writing a concept, as the words to find in a row."""

    words: tuple[str, ...]
    concept: str


class ConceptFinder:
    """Finds the concepts named in a text, with how often and whether in its first sentence."""

    def __init__(self, concepts: Sequence[Concept]) -> None:
        """Index every written form of the concepts' words, longest phrases first."""
        self.concepts = {c.name: c for c in concepts}
        phrases: list[_Phrase] = []
        blockers: list[tuple[str, ...]] = []
        for concept in concepts:
            forms: set[str] = set(concept.phrases)
            for noun in concept.nouns:
                forms |= {noun, plural(noun)}
            for verb in concept.verbs:
                forms |= verb_forms(verb)
            phrases += [_Phrase(tuple(tokens(form)), concept.name) for form in sorted(forms) if tokens(form)]
            blockers += [tuple(tokens(phrase)) for phrase in concept.unless]
        self._by_first: dict[str, list[_Phrase]] = {}
        for phrase in sorted(phrases, key=lambda p: -len(p.words)):
            self._by_first.setdefault(phrase.words[0], []).append(phrase)
        self._blockers = sorted(set(blockers), key=len, reverse=True)
        self._patterns = [(re.compile(p), c.name) for c in concepts for p in c.patterns]

    def _word_hits(self, words: Sequence[str]) -> Iterable[str]:
        """The concept of each phrase found in the words, reading left to right, longest first."""
        at = 0
        while at < len(words):
            blocked = next((len(b) for b in self._blockers if tuple(words[at : at + len(b)]) == b), 0)
            found = next(
                (p for p in self._by_first.get(words[at], ()) if tuple(words[at : at + len(p.words)]) == p.words),
                None,
            )
            # A concept's own phrase as long as a blocking one wins: "council tax" is money, though
            # "council" alone is the government.
            if found is None or len(found.words) < blocked:
                at += max(blocked, 1)
                continue
            yield found.concept
            at += len(found.words)

    def find(self, sentences: Sequence[str]) -> dict[str, tuple[int, bool]]:
        """Each concept named in the sentences: how many times, and whether the first sentence names it."""
        found: dict[str, tuple[int, bool]] = {}
        for number, sentence in enumerate(sentences):
            hits = list(self._word_hits(tokens(sentence)))
            hits += [name for pattern, name in self._patterns for _ in pattern.finditer(sentence)]
            for name in hits:
                count, first = found.get(name, (0, False))
                found[name] = (count + 1, first or number == 0)
        return found

    def best(self, sentences: Sequence[str]) -> str | None:
        """The concept a block of sentences is most about: the weightiest, then the one its first
        sentence names, then the most often named; None when it names none."""
        # A block is about what its first sentence names, or what it names again and again; a general
        # word (weight 1) only counts in the first sentence.
        found = {
            name: (count, first)
            for name, (count, first) in self.find(sentences).items()
            if first or (count >= 2 and self.concepts[name].weight > 1)
        }
        if not found:
            return None
        order = {name: index for index, name in enumerate(self.concepts)}

        def rank(name: str) -> tuple[int, bool, int, int]:
            count, first = found[name]
            return (self.concepts[name].weight, first, min(count, 3), -order[name])

        return max(found, key=rank)


def concepts_from_table(table: Mapping[str, object], where: str) -> list[Concept]:
    """Concepts from a parsed TOML table of [concept] tables; a ValueError names what is wrong."""
    concepts = []
    for name, entry in table.items():
        if not isinstance(entry, dict):
            raise ValueError(f"{where}: '{name}' must be a table")
        unknown = set(entry) - {"symbol", "weight", "nouns", "verbs", "phrases", "patterns", "unless"}
        if unknown:
            raise ValueError(f"{where}: '{name}' has unknown keys: {', '.join(sorted(unknown))}")
        lists = {}
        for key in ("nouns", "verbs", "phrases", "patterns", "unless"):
            value = entry.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ValueError(f"{where}: '{name}.{key}' must be a list of words")
            lists[key] = tuple(value)
        for pattern in lists["patterns"]:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"{where}: '{name}' pattern {pattern!r}: {error}") from error
        symbol, weight = entry.get("symbol"), entry.get("weight", 2)
        if not isinstance(symbol, str) or not isinstance(weight, int) or not 1 <= weight <= 3:
            raise ValueError(f"{where}: '{name}' needs a symbol (a string) and a weight from 1 to 3")
        concepts.append(Concept(name, symbol, weight, **lists))
    return concepts

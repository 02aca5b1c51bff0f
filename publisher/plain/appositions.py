"""Another name for a thing between commas, said as a sentence about it ('Awaab Ishak, a 2-year-old boy,' -> 'Awaab
Ishak was a 2-year-old boy.'), and how to tell such a name from an item of a list or a time."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .defining import _PEOPLE
from .syntax import _GROUPS, LONGEST_SUBJECT, _plural, _text, _words
from .wording import CLOCK, PERSONS, SET_AGAINST, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# (a change, or a measure of what the sentence says: 'between A and B, a distance of 220 metres' is not B's)
_CHANGE = re.compile(r"(?:a|an)\s+(?:\w+\s+)?(?:rise|increase|fall|drop|decrease|cut|reduction|jump|distance|length|"
                     r"total|area|period)\s+of\b")  # fmt: skip


def apposition_said(doc: Doc, token: Token, start: int, end: int) -> str | None:
    """Another name for a thing, between commas, as a sentence about it: 'Awaab Ishak, a 2-year-old boy,' -> 'Awaab
    Ishak was a 2-year-old boy.'; 'hundreds of people, many of them children,' -> 'Many of them are children.'"""
    share = _SHARE_OF_THEM.fullmatch(_text(doc[start:end]))
    if share:
        return _share_said(doc, share)
    # ('everyone's health, not just people at risk': a thing set against another is no other name for it)
    against = doc[start].lower_ in SET_AGAINST or _text(doc[start : start + 2]).lower() == "in particular"
    # ('lit with 4 lamps, one at each corner': where each of them goes, no other name for them)
    against = against or (doc[start].lower_ in ("one", "each") and start + 1 < end and doc[start + 1].pos_ == "ADP")
    named = None if against else _named_before(doc, start - 1)
    # 'the rider of the motorcycle, a 42-year-old man': a person is not said to be a thing
    person = token.lower_ in PERSONS and doc[start - 2].lower_ not in _PEOPLE | PERSONS | _GROUPS
    if not named or (person and doc[start - 2].pos_ != "PROPN"):
        return None
    subject, plural = named
    # ('Awaab Ishak, a 2-year-old boy who died in 2020': said of someone who has died, in the past)
    died = re.search(
        r"\bwho (?:died|was killed|were killed|lost (?:his|her|their) li(?:fe|ves))\b", _text(doc[start:end])
    )
    verb = ("were" if plural else "was") if died else ("are" if plural else "is")
    change = _CHANGE.match(_text(doc[start:end])) is not None  # ('2,340 complaints, a rise of 18%')
    return f"{'This is' if change else f'{subject} {verb}'} {_text(doc[start:end])}"


_SHARE_OF_THEM = re.compile(
    r"(?P<share>many|most|some|all|half|several|one|a few|two|three)\s+of\s+them\s+(?P<rest>.+)", re.IGNORECASE
)


def _share_said(doc: Doc, share: re.Match[str]) -> str:
    """'many of them children' as a sentence, in the time of the main clause: 'Many of them are children.'"""
    root = doc[:].root
    past = any(t.tag_ == "VBD" for t in (root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))))
    one = share["share"].lower() == "one"
    verb = ("was" if one else "were") if past else ("is" if one else "are")
    return f"{share['share'].capitalize()} of them {verb} {share['rest']}"


def in_list(doc: Doc, token: Token) -> bool:
    """Whether a phrase after a comma is an item of a list ('bleeding, blood in your poo or a lump'),
    not an apposition that renames what came before."""
    after = token.right_edge.i + 1
    return (
        any(t.dep_ in ("conj", "cc") for t in token.subtree)
        or any(c.dep_ == "conj" for c in token.head.children)
        or (after < len(doc) and doc[after].lower_ in ("and", "or"))
        or (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("and", "or"))
        # ('bleeding from X, blood in Y, a change in Z or a lump': two appositions of one noun, or more items, a list)
        or any(c.dep_ == "appos" and c.i != token.i and doc[c.left_edge.i - 1].text == "," for c in token.head.children)
        or re.match(r",\s+[^,]+,\s+[^,]+\s(?:or|and)\s", doc[after:].text) is not None
        or _last_items_follow(doc, after)
        or in_a_long_series(doc, after)
        # ('a letter, proof of address, such as a bill, and the car's number': examples, then the list's last item)
        or re.match(r",\s+(?:such as|for example|including)\s[^,]+,\s+(?:and|or)\s", doc[after:].text) is not None
    )


def in_a_long_series(doc: Doc, after: int) -> bool:
    """Whether words end inside a long series: three or more commas in the sentence and the series' closing ', and'
    or ', or' still to come ('a high temperature, being sick, a headache, a stiff neck, a dislike of bright lights,
    being very sleepy, and seizures': no phrase of it renames or describes the one before)."""
    return sum(t.text == "," for t in doc) >= 3 and re.search(r",\s+(?:and|or)\s", doc[after:].text) is not None


def _last_items_follow(doc: Doc, after: int) -> bool:
    """Whether the words after a phrase's comma are the last two items of a list, things with no verb joined by
    'and' or 'or' ('your full name, your date of birth, your reference number and the reason')."""
    if after >= len(doc) or doc[after].text != ",":
        return False
    chunk: list[Token] = []
    for token in doc[after + 1 :]:
        if token.text == "," or token.pos_ in ("VERB", "AUX"):
            return False
        if token.lower_ in ("and", "or"):
            return bool(chunk) and chunk[0].pos_ in ("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM")
        chunk.append(token)
    return False


def _named_before(doc: Doc, comma: int) -> tuple[str, bool] | None:
    """The name just before a comma (with its acronym in brackets, if any) and whether it is plural:
    what an apposition after the comma is about. The parser may hang the apposition on a noun further
    back; the nearest name is what a reader takes it to be about."""
    end = comma
    if end > 0 and doc[end - 1].text == ")":
        opening = next((t.i for t in reversed(doc[: end - 1]) if t.text == "("), None)
        if opening is None:
            return None
        end = opening
    if end < 1 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[end - 1]
    # ('a photo of your head and shoulders, proof of your age': the last of two things joined is never the one named)
    if noun.dep_ == "conj" and any(c.dep_ == "cc" for c in noun.head.children):
        return None
    start = noun.i
    # ('the most detailed check'; 'the school's family support worker': an owner's 's too)
    modifiers = ("compound", "amod", "det", "poss", "nummod", "advmod", "case")
    while (
        start > 0
        and doc[start - 1].dep_ in modifiers
        and (doc[start - 1].head.i >= start - 1 or doc[start - 1].dep_ == "case")
        and not doc[start - 1].tag_.startswith("VB")
    ):  # 'have rung tenants': 'rung' is no part of the name
        start -= 1
    subject = _text(doc[start:comma])
    if _words(subject) > LONGEST_SUBJECT:
        return None
    return subject[0].upper() + subject[1:], _plural(noun)


def a_time(words: Span) -> bool:
    """Whether words around a comma are times ('24 hours a day, 7 days a week', 'in Mill Park, 11am, a walk'),
    which no comma makes one thing the name of another."""
    return sum(t.lower_ in TIME_UNITS for t in words) >= 2 or CLOCK.search(words.text) is not None

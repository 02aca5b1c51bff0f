"""Where an aside's words may belong to more than the aside: a date or a phrase after a comma inside it, or the
next of a list of examples begun before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .wording import gives_examples

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_DATED = re.compile(
    r"(?:from|by|until|on|before|after)\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)


def main_words_inside(words: Span) -> bool:
    """Whether a date after a comma inside a relative clause may be the main clause's ('a place at Riverside Academy,
    which was your second preference, from September 2030': the place is from September)."""
    return any(t.text == "," and _DATED.match(words.doc[t.i + 1 :].text) for t in words if t.i + 1 < words.end)


def phrase_after_a_comma(words: Span) -> bool:
    """Whether a phrase the parse gave an apposition follows a comma inside it ('Brook Road School, 2 Brook Road,
    from the local elections': the date is the move's, not the address's)."""
    return any(t.text == "," and t.i + 1 < words.end and t.nbor().pos_ == "ADP" for t in words)


def listed_on(doc: Doc, start: int) -> bool:
    """Whether words after a comma go on a list of examples begun before it ('on council land, including parks,
    playing fields and nature reserves': 'playing fields' is the next place, not what anyone is doing)."""
    commas = [t.i for t in doc[: start - 1] if t.text == ","]
    opened = doc[commas[-1] + 1 : start - 1].text.lower() if commas else ""
    return gives_examples(opened) or opened.startswith("like ")

"""Doings after one word, listed as bullets: 'You can help by leaving the car at home, not leaving your engine
running, and not burning rubbish' -> 'You can help by:' and the three."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chunks import _comma_chunks
from .clause_lists import LONGEST_SEMICOLON_ITEM
from .parse import stands_alone
from .parser import parse
from .series import Bullets, Piece
from .syntax import _text, _words
from .wording import LONG_SENTENCE

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words a list of doings hangs on: 'by doing', 'from doing', 'about doing', 'without doing'.
_LEADS = frozenset({"by", "from", "about", "without"})


def _doing_at(chunk: list[Token], start: int) -> bool:
    """Whether words from here open with a doing, or with a doing that is not done ('not leaving')."""
    words = chunk[start:]
    if words and words[0].lower_ == "not":
        words = words[1:]
    return bool(words) and words[0].tag_ == "VBG"


def doings_as_bullets(body: str) -> list[Piece] | None:
    """Three or more doings after 'by', 'from', 'about' or 'without', each between commas and the last after 'and'
    or 'or', become bullets when the sentence is long: the list runs to the sentence's end."""
    if _words(body) <= LONG_SENTENCE:
        return None
    doc = parse(body)
    chunks = [c for c in _comma_chunks(doc) if c]
    if len(chunks) < 3 or chunks[-1][0].lower_ not in ("and", "or"):
        return None
    rest = [c[1:] if c[0].lower_ in ("and", "or") else c for c in chunks[1:]]
    # ('..., and' must close the list, not come inside it: 'by A, and B, by C' is no one list)
    if any(c[0].lower_ in ("and", "or") for c in chunks[1:-1]) or not all(_doing_at(c, 0) for c in rest):
        return None
    first = chunks[0]
    at = next((k for k in range(len(first) - 1, 0, -1) if first[k].lower_ in _LEADS and _doing_at(first, k + 1)), None)
    if at is None:
        return None
    lead = _text(first[: at + 1])
    items = [_text(first[at + 1 :]), *(_text(c) for c in rest)]
    items[-1] = items[-1].rstrip(".")
    if any(_words(i) > LONGEST_SEMICOLON_ITEM for i in items) or not stands_alone(f"{_text(first[:at])}."):
        return None
    if chunks[-1][0].lower_ == "or":
        items[-2] = f"{items[-2]}, or"
    return [Bullets(intro=f"{lead}:", items=tuple(items))]

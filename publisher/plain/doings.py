"""Doings after one word, listed as bullets: 'You can help by leaving the car at home, not leaving your engine
running, and not burning rubbish' -> 'You can help by:' and the three."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chunks import _comma_chunks
from .clause_lists import LONGEST_SEMICOLON_ITEM
from .parse import stands_alone
from .parser import parse, verb_lemma
from .series import Bullets, Piece
from .syntax import _text, _words
from .wording import LONG_SENTENCE

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words a list of doings hangs on: 'by doing', 'from doing', 'about doing', 'without doing'.
_LEADS = frozenset({"by", "from", "about", "without"})
_TAKING_DOINGS = frozenset({"mean", "include", "involve"})


def _leads(word: Token) -> bool:
    """Whether a list of doings may hang on a word: 'by', 'from', 'about', 'without', or a verb that takes doings
    ('This means washing X, Y and Z')."""
    taking = word.tag_ in ("VBZ", "VBP", "VBD") and verb_lemma(word) in _TAKING_DOINGS
    return word.lower_ in _LEADS or taking


def _doing_at(chunk: list[Token], start: int) -> bool:
    """Whether words from here open with a doing, or with a doing that is not done ('not leaving')."""
    words = chunk[start:]
    if words and words[0].lower_ == "not":
        words = words[1:]
    return bool(words) and words[0].tag_ == "VBG"


def doings_as_bullets(body: str) -> list[Piece] | None:
    """Three or more doings after 'by', 'from', 'about', 'without' or 'means', each between commas and the last after
    'and' or 'or', become bullets when the sentence is long: the list runs to the sentence's end."""
    chunks = [c for c in _comma_chunks(parse(body)) if c] if _words(body) > LONG_SENTENCE else []
    # ('..., and' closes the list, once: 'by A, and B, by C' is no one list; what follows the last doing is its own:
    # 'and combing it through, section by section, looking for lice')
    links = [k for k, c in enumerate(chunks) if k > 0 and c[0].lower_ in ("and", "or")]
    if len(links) != 1 or links[0] < 2:
        return None
    link = links[0]
    rest = [*chunks[1:link], chunks[link][1:]]
    # ('and registering bikes on a database, which makes X': a clause after the last is said apart first)
    if not all(_doing_at(c, 0) for c in rest) or any(c[0].tag_ in ("WDT", "WP") for c in chunks[link + 1 :]):
        return None
    first = chunks[0]
    at = next((k for k in range(len(first) - 1, 0, -1) if _leads(first[k]) and _doing_at(first, k + 1)), None)
    if at is None:
        return None
    lead = _text(first[: at + 1])
    items = [_text(first[at + 1 :]), *(_text(c) for c in rest)]
    items[-1] = ", ".join([items[-1], *(_text(c) for c in chunks[link + 1 :])]).rstrip(".")
    if any(_words(i) > LONGEST_SEMICOLON_ITEM for i in items):
        return None
    if first[at].pos_ != "VERB" and not stands_alone(f"{_text(first[:at])}."):
        return None
    if chunks[link][0].lower_ == "or":
        items[-2] = f"{items[-2]}, or"
    return [Bullets(intro=f"{lead}:", items=tuple(items))]

"""Ways of doing a thing listed at the end of a long sentence, as bullets: 'You can respond online at X, by
picking up a form from Y, or by writing to Z' -> 'You can respond:' and the three ways."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .parse import stands_alone
from .parser import parse
from .series import Bullets, Piece
from .syntax import _root, _text, _words
from .timing import LONGEST_TIME_INTRO, WHEN_IF_DATED, WHEN_WORDS
from .wording import CLOCK, TARGET_WORDS, dated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LONGEST_WAY = 16  # words of one way of doing a thing made a bullet
# How something can be done: 'online at X', 'by phone on Y', 'in person at Z', 'by writing to W'
_WAY = re.compile(r"(?:either\s+)?(?:online|by|in person|in writing|through|using|via)\b", re.IGNORECASE)
_LAST_WAY = re.compile(r"(?:or|and)\s+(?:online|by|in person|in writing|through|using|via|at)\b", re.IGNORECASE)
_OF_THE_WAY = re.compile(r"(?:which|who)\s")
_OWN_CLAUSE = re.compile(r",\s+(?:which|who)\s[^,]*")
_WAY_WORDS = frozenset({"by", "online", "through", "via", "in", "using"})
# Words that end an introduction which is not one: 'for example by X or by Y' gives examples of what came before.
_NO_INTRO = re.compile(r"\b(?:example|instance|such as|either|including|especially|particularly|even|only)$", re.I)


def ways_as_bullets(body: str) -> list[Piece] | None:
    """Three or more ways of doing a thing become bullets: 'You can respond online at X, by picking up a form
    from Y, or by writing to Z' -> 'You can respond:' 'online at X', 'by picking up a form from Y', 'by
    writing to Z'. The last way runs to the end of the sentence (an address has commas of its own)."""
    if _words(body) <= TARGET_WORDS:
        return None
    chunks = _clauses_kept(body.split(", "))
    last = next((k for k, c in enumerate(chunks) if k >= 2 and _LAST_WAY.match(c)), None)
    if last is None:
        return None
    if not all(_WAY.match(c) for c in chunks[1:last]):
        return None
    # the first way that leaves a sentence before it: 'You can apply | through your online account', not
    # 'You can apply through your | online account'
    for first in (m for m in _WAY.finditer(chunks[0]) if m.start() > 0):
        intro = chunks[0][: first.start()].strip()
        ways = [chunks[0][first.start() :], *chunks[1:last], ", ".join(chunks[last:]).split(maxsplit=1)[1]]
        ways = [re.sub(r"^either\s+", "", w).rstrip(".") for w in ways]
        # (a way's own clause said after it is not counted in its length: 'using our line, which is open 24 hours')
        if not 3 <= _words(intro) <= LONGEST_TIME_INTRO or any(
            _words(_OWN_CLAUSE.sub("", w)) > LONGEST_WAY for w in ways
        ):
            continue
        # ('online, using our map, or by calling X': the map is how it is done online, not a way of its own; 'online,
        # through the NHS App' is another way)
        # ('online at X, using the number at the top of this letter': how it is done online, said with it)
        ways = _usings_kept(ways)
        if any(a.lower() == "online" and b.startswith("using ") for a, b in itertools.pairwise(ways)):
            return None
        if stands_alone(f"{intro}."):
            return [Bullets(intro=f"{intro}:", items=tuple(ways))]
    return None


def _usings_kept(ways: list[str]) -> list[str]:
    """Ways with a 'using' after a way that names where it is done put back on it: 'online at X, using Y', 'by phone
    on 01632 960 222, using our automated line' (the last way, after its 'or', is a way of its own)."""
    kept: list[str] = []
    for k, way in enumerate(ways):
        placed = re.match(r"(?:online|by\s+\w+)\s+(?:at|on|through|via)\s", kept[-1], re.I) if kept else None
        if placed and way.startswith("using ") and k < len(ways) - 1:
            kept[-1] = f"{kept[-1]}, {way}"
        else:
            kept.append(way)
    return kept


def _clauses_kept(chunks: list[str]) -> list[str]:
    """A sentence's parts between commas, a 'which' or 'who' clause after a way kept with it ('by phone using our
    line, which is open 24 hours a day, or at any Post Office': the line's hours, not a way of their own)."""
    kept: list[str] = []
    for chunk in chunks:
        if len(kept) > 1 and _OF_THE_WAY.match(chunk):
            kept[-1] = f"{kept[-1]}, {chunk}"
        else:
            kept.append(chunk)
    return kept


def _way_starts(doc: Doc, token: Token) -> bool:
    """Whether a way of doing a thing starts at this token: 'online', 'in person', 'in writing', 'by post',
    'by calling X' (a means, not the doer of a passive verb: 'covered by a TPO')."""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ == "online":
        return True
    if token.lower_ == "in" and after is not None:
        return after.lower_ in ("person", "writing")
    if token.lower_ != "by" or after is None or token.dep_ == "agent":
        return False
    return after.tag_ == "VBG" or after.lower_ in ("post", "phone", "telephone", "email", "letter", "text")


def _timed(words: Span) -> bool:
    """Whether words say when ('during February', 'within 28 days', 'by 5 May'); the hours a phone line is open
    ('between 9am and 5pm') are the line's own."""

    def when(token: Token) -> bool:
        after = _text(token.doc[token.i : token.i + 4])
        hours = token.lower_ == "between" and CLOCK.search(after) is not None
        return token.lower_ in WHEN_IF_DATED and dated(after) and not hours

    return any(t.lower_ in WHEN_WORDS or when(t) for t in words)


def _two_ways(doc: Doc) -> tuple[Token, Token] | None:
    """Where the first of two ways starts and the 'or' before the second, if the ways are the sentence's
    own: the first after the main verb, on which it hangs, and nothing after it going back to the verb."""
    root = _root(doc)
    if root is None:
        return None
    links = [t for t in doc[root.i + 1 : -1] if t.lower_ == "or" and _way_starts(doc, t.nbor())]
    first = next((t for t in doc[root.i + 1 :] if _way_starts(doc, t)), None)
    if len(links) != 1 or first is None or first.i >= links[0].i:
        return None
    link, span = links[0], range(first.i, len(doc))
    # a verb in the ways that hangs on one before them is the main clause's ('..., and check everyone else')
    # ('online at X using the reference number, or by phone': a participle inside the first way is its own)
    misread = any(
        t.pos_ in ("VERB", "AUX") and t.head.i not in span and t.i != first.i and not (t.i < link.i and t.tag_ == "VBG")
        for t in doc[first.i :]
    )
    # ('by calling 101, giving the frame number': what to say is for every way; so is a time: 'by email or by
    # post during February', 'online or by phone within 28 days')
    misread = (
        misread or any(t.text == "," and t.nbor().tag_ == "VBG" for t in doc[link.i : -1]) or _timed(doc[link.i :])
    )
    # ('by phone, by video call or in person': three ways, the first two not parted by the rule's 'or')
    misread = misread or any(t.lower_ in _WAY_WORDS and t.nbor(-1).text == "," for t in doc[first.i + 1 : link.i])
    if misread or first.head.i in span or first.head.pos_ not in ("VERB", "AUX"):
        return None
    return first, link


def two_ways_as_bullets(body: str) -> list[Piece] | None:
    """Two ways of doing a thing, the second after 'or', become bullets when the sentence is long: 'You can
    book online at X or by calling Y between 9am and 5pm' -> 'You can book:', 'online at X', 'by calling Y
    between 9am and 5pm'."""
    if _words(body) <= TARGET_WORDS:
        return None
    doc = parse(body)
    found = _two_ways(doc)
    if found is None:
        return None
    first, link = found
    intro = _text(doc[: first.i])
    ways = [_text(doc[first.i : link.i]).rstrip(","), _text(doc[link.i + 1 :]).rstrip(".")]
    ways = [re.sub(r"^either\s+", "", w) for w in ways]
    if not 3 <= _words(intro) <= LONGEST_TIME_INTRO or "," in intro or _NO_INTRO.search(intro):
        return None
    if any(_words(w) > LONGEST_WAY or _LAST_WAY.search(w) for w in ways) or not stands_alone(f"{intro}."):
        return None
    # ('online or by calling X, and forward the text to Y': an order after the second way is none of its words)
    if re.search(r",\s+and\s+(?!\w+ing\b)\w+", ways[1]):
        return None
    # ('We will send you 4 surveys a year:' 'by email, or' / 'by post': where no 'can' offers a choice of ways, the
    # 'or' says it is one of them, not both)
    if not re.search(r"\b(?:can|could|may|might)\b", intro, re.IGNORECASE):
        ways[0] = f"{ways[0]}, or"
    return [Bullets(intro=f"{intro}:", items=tuple(ways))]

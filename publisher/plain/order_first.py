"""A short order joined by 'and' to a second order whose things make a list: 'Apply online and send us A, B, and C'
-> 'Apply online.' 'Send us:' and the three (joined, neither the first order nor the list reads alone)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .orders import an_order
from .parse import stands_alone
from .parser import parse
from .series import Bullets, Piece
from .wording import BEFALLS_THE_READER

Lister = Callable[[str], list[Piece] | None]

# 'Apply online and', 'Go to our website and': an order of two to four words, no comma, then its 'and'
_SHORT_ORDER = re.compile(r"(?P<first>[A-Z][a-z]+(?:\s+[\w'-]+){1,3}?)\s+and\s+(?=[a-z])")


def after_a_short_order(listers: Sequence[Lister]) -> Lister:
    """A lister that says a short first order alone, then the second as the first of listers lists it."""

    def listed(body: str) -> list[Piece] | None:
        match = _SHORT_ORDER.match(body)
        if match is None:
            return None
        first, rest = match["first"], body[match.end() :]
        doc = parse(body)
        second = next((t for t in doc if t.idx == match.end()), None)
        # (the parse must join the second verb to the first: 'Wash all bedding and clothes on a hot wash' joins things)
        joined = second is not None and second.tag_ == "VB" and second.dep_ == "conj" and second.head.i == 0
        if not joined or not an_order(first) or not stands_alone(f"{first}."):
            return None
        rest = f"{rest[0].upper()}{rest[1:]}"
        for lister in listers:
            pieces = lister(rest)
            if pieces and isinstance(pieces[0], Bullets):
                return [f"{first}.", *pieces]
        return None

    return listed


_WHEN_YOU = re.compile(r"When you [^,]*")


def after_a_condition_said_first(listers: Sequence[Lister]) -> Lister:
    """A lister that keeps an opening condition of what may befall the reader later, or a time the reader does a thing,
    as written, before the list of its main clause ('If you are found guilty, you could be:' 'fined up to £2,500' / ...;
    'When you make a report, it helps if you can tell us:' ...), which is neither asked nor said as a fact."""

    def listed(body: str) -> list[Piece] | None:
        # ('When you make a report, it helps if you can tell us:' and the things: said first, the time stays first)
        match = BEFALLS_THE_READER.match(body) or _WHEN_YOU.match(body)
        if match is None or not body[match.end() :].startswith(", "):
            return None
        rest = body[match.end() + 2 :]
        for lister in listers:
            pieces = lister(f"{rest[0].upper()}{rest[1:]}")
            if pieces and len(pieces) == 1 and isinstance(pieces[0], Bullets):
                intro = pieces[0].intro
                said = intro if intro[:2] == "I " or intro.split()[0].isupper() else f"{intro[0].lower()}{intro[1:]}"
                return [Bullets(intro=f"{match.group(0)}, {said}", items=pieces[0].items)]
        return None

    return listed

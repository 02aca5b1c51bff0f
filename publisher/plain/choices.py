"""A list that offers a choice says so: 'Line your caddy with a liner, newspaper or a carrier bag' -> 'Line your caddy
with:' 'a liner', 'newspaper, or', 'a carrier bag' (any one will do, where bullets alone read as all of them)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .series import Bullets, Piece

# An introduction whose last clause denies ('does not tell you about:', 'We cannot take into account:'), or already
# says one will do ('one of these:', 'any of these signs:')
_NO_CHOICE_SAID = re.compile(r"\b(?:not|cannot|can't|never|no|without|one of|any of|either)\b", re.IGNORECASE)
# An introduction that gives examples ('Examples are:', 'For example, this could be:', 'things like:'), any of which is
# one
_EXAMPLES_INTRO = re.compile(r"\b(?:examples?|for instance|like|such as)\b", re.IGNORECASE)


def said_as_a_choice(lister: Callable[[str], list[Piece] | None]) -> Callable[[str], list[Piece] | None]:
    """A lister whose bullets, where the sentence joined its last two items with 'or', carry the 'or' on the last item
    but one; read after the lister's own checks, which read the items as the sentence wrote them."""

    def chosen(body: str) -> list[Piece] | None:
        pieces = lister(body)
        return [_with_its_or(p, body) if isinstance(p, Bullets) else p for p in pieces] if pieces else pieces

    return chosen


def _shorter(item: str) -> list[str]:
    """An item without its first word, and without its first two."""
    words = item.split(" ")
    return [" ".join(words[1:]), " ".join(words[2:])] if len(words) > 2 else [" ".join(words[1:])]


def _with_its_or(bullets: Bullets, body: str) -> Bullets:
    """Bullets with ', or' on the last item but one where the body joins the last two with 'or'."""
    items = list(bullets.items)
    # ('ride it:' 'on roads', 'on cycle lanes', 'in parks': an item may carry the introduction's preposition)
    # ('on a public road, pavement or in a park' -> 'on a pavement': and the article the series said once)
    named = next((n for n in (items[-2], *_shorter(items[-2])) if n in body), items[-2].split(" ", 1)[-1])
    before, last = body.rfind(named), body.rfind(items[-1])
    between = body[before + len(named) : last] if 0 <= before < last else ""
    # (the introduction's own last clause: 'Do not touch it, because it may contain:' offers a choice)
    said = _NO_CHOICE_SAID.search(bullets.intro.rsplit(",", 1)[-1]) or _EXAMPLES_INTRO.search(bullets.intro)
    # ('at your surgery, at some pharmacies or at some workplaces' -> 'at:': the 'or' may come before the shared 'at')
    shared = bullets.intro.rstrip(":").split()[-1:]
    joined = re.fullmatch(rf",?\s+or\s+(?:{re.escape(shared[0])}\s+)?" if shared else r",?\s+or\s+", between)
    if joined is None or said:
        return bullets
    items[-2] = f"{items[-2]}, or"
    return Bullets(intro=bullets.intro, items=tuple(items))

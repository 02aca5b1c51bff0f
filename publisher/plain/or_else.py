"""An order and what happens if it is not followed, joined by ', or', as two sentences: 'Book early, or you may not
get a place' -> 'Book early.' 'If you do not, you may not get a place.'"""

from __future__ import annotations

import re

from .orders import an_order
from .syntax import MIN_WORDS, _words

# What happens otherwise: a clause with its own subject and a helper that says what may come of it ('or you will
# lose it', 'or your payment may be wrong'); never 'or you can call us', which is a second way to do the thing.
_OR_ELSE = re.compile(
    r",\s+or\s+(?:else\s+)?(?P<then>(?:you|we|they|it|there|this|(?:[\w'-]+\s+(?:and\s+)?){0,2}[\w'-]+s|"
    r"(?:your|the|a|an|our|their|its|some|any)\s+[\w'-]+(?:\s+(?!(?:who|which|that|where)\b)[\w'-]+){0,2})"
    r"\s+(?P<helper>may|might|will|could|would)\s+(?P<rest>[^,]+))$",
    re.IGNORECASE,
)
_YOU_MUST = re.compile(r"you\s+(?:must|should|need to|have to)\s+(?P<denied>not\s+)?", re.IGNORECASE)
_DENIED_ORDER = re.compile(r"(?:please\s+)?(?:do not|don't|never)\s", re.IGNORECASE)
_DO_IT = re.compile(r"(?:please\s+)?do\s+(?:this|it|that|so)\b", re.IGNORECASE)


def at_or_else(body: str) -> list[str] | None:
    """'Do this by 30 April, or your payment may be wrong' -> 'Do this by 30 April.' 'If you do not, your payment
    may be wrong.'; 'Do not leave food out, or rats will come' -> '... out.' 'If you do, rats will come.'; an order
    or what the reader must do, followed by what comes of not doing it."""
    match = _OR_ELSE.search(body)
    if match is None or _words(match["then"]) < MIN_WORDS - 1:
        return None
    before = body[: match.start()]
    # ('or you could call us': 'could' says what may come of it only of something done to the reader, or denied)
    if match["helper"].lower() in ("could", "would") and not re.match(r"(?:be|not|lose|have to)\b", match["rest"]):
        return None
    must = _YOU_MUST.match(before)
    ordered = _DENIED_ORDER.match(before) is not None
    asked = re.sub(r"^please\s+", "", before, flags=re.IGNORECASE)
    if must is None and not ordered and not _DO_IT.match(before) and not an_order(f"{asked[0].upper()}{asked[1:]}."):
        return None
    denied = bool(must and must["denied"]) or ordered
    then = match["then"]
    return [before, f"If you {'do' if denied else 'do not'}, {then[0].lower()}{then[1:]}"]

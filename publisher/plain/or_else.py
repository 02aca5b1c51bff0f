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
_YOU_MUST = re.compile(r"(?:then\s+)?you\s+(?:must|should|need to|have to)\s+(?P<denied>not\s+)?", re.IGNORECASE)
# ('Your photo must meet strict rules, or X': a thing that must be so, said again as 'it' or 'they')
_IT_MUST = re.compile(
    r"(?:(?:your|the|each|every|any|all)\s+(?:[\w'-]+\s+){0,2}?)?(?!(?:we|i|he|she|they|you)\b)(?P<noun>[\w'-]+)\s+must\s+"
    r"(?P<denied>not\s+)?(?P<be>be\b)?",
    re.IGNORECASE,
)
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
    # ('have the vaccine if you are travelling to X and you will be far from care, or you will be working with
    # animals': after a closing condition, the clause after ', or' is another case of it)
    if re.search(r"\s(?:if|unless|when|whenever|as long as|provided)\s[^,]*$", before, re.IGNORECASE):
        return None
    # ('or you could call us': 'could' says what may come of it only of something done to the reader, or denied)
    chosen = re.match(r"(?:you|we|someone|somebody|a friend|a relative|a carer)\b", match["then"], re.IGNORECASE)
    outcome = re.match(r"(?:be|not|lose|have to)\b", match["rest"]) is not None
    if chosen and match["helper"].lower() in ("could", "would") and not outcome:
        return None
    must = _YOU_MUST.match(before)
    thing = None if must else _IT_MUST.match(before)
    # ('Branches must be short, and the lid must close, or X': 'If they are not' would be of the branches alone)
    if thing is not None and re.search(r"\bmust\b", before[thing.end() :], re.IGNORECASE):
        return None
    ordered = _DENIED_ORDER.match(before) is not None
    asked = re.sub(r"^please\s+", "", before, flags=re.IGNORECASE)
    unordered = must is None and thing is None and not ordered and not _DO_IT.match(before)
    if unordered and not an_order(f"{asked[0].upper()}{asked[1:]}."):
        return None
    found = must or thing
    denied = bool(found and found["denied"]) or ordered
    doer, do = "you", "do"
    if thing is not None:
        plural = re.search(r"[^s]s$", thing["noun"].lower()) is not None
        doer, do = ("they", "are" if thing["be"] else "do") if plural else ("it", "is" if thing["be"] else "does")
    then = match["then"]
    return [before, f"If {doer} {do if denied else f'{do} not'}, {then[0].lower()}{then[1:]}"]


def says_what_else(first: str, then: str) -> bool:
    """Whether a clause after ', or' says what comes of not doing what the clause before it says the reader must ('you
    must report the change, or you may not get the right amount'): no second thing that may follow."""
    return _YOU_MUST.match(first) is not None and _OR_ELSE.search(f"it, or {then}") is not None

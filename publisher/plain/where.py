"""A closing clause of ', where' said as a sentence of its own: 'go to one of our drop-in sessions, where you can
talk to officers' -> 'There, you can talk to officers.' ('At these sessions' where they are run or held)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS
from .parser import parse
from .relatives import _ENDS_CLAUSE
from .syntax import _plural, _standing

if TYPE_CHECKING:
    from spacy.tokens import Token

_AT_A_PLACE = frozenset({"to", "at", "in", "into", "near", "inside", "outside"})
# Nouns after which 'where' says when, not at what place ('in some cases, where the tenant has left').
_NOT_PLACES = frozenset({"case", "cases", "situation", "situations", "circumstance", "circumstances", "instance",
                         "instances", "event", "events", "time", "times", "point", "stage", "way", "ways"})  # fmt: skip


def _a_place(noun: Token, where: Token) -> bool:
    """Whether the noun just before ', where' is a place gone to or found in ('taken to Riverside Hospital,
    where'); not 'walk-in appointments, where you need not book', 'a rating from 0 to 5, where 5 means X',
    or the last of a list ('A, B and Universal Credit, where your earnings were X': which of them?)."""
    # ('to one of our centres': the place is what 'one' is one of)
    held = noun.head.head if noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj" else noun
    place = held.dep_ == "pobj" and held.head.lower_ in _AT_A_PLACE and noun.lower_ not in _NOT_PLACES
    # ('at your surgery, at a pharmacy, or at some clinics, where X': 'There' could be any of them)
    place = place and held.head.dep_ != "conj" and not held.head.conjuncts
    # ('training, a social worker, and access to a support group, where X': the end of a list of things)
    place = place and not any(a.dep_ == "conj" or a.conjuncts for a in held.ancestors if a.pos_ in ("NOUN", "PROPN"))
    return place and noun.pos_ in ("NOUN", "PROPN") and noun.i == where.i - 2 and not noun.conjuncts


# What is held or run rather than gone to, where things are done ('runs free sessions, where an officer checks X')
_GATHERINGS = frozenset({"session", "sessions", "club", "clubs", "meeting", "meetings", "surgery", "surgeries",
                         "class", "classes", "workshop", "workshops", "group", "groups", "clinic", "clinics",
                         "pantry", "pantries", "café", "cafés", "cafe", "cafes", "drop-in", "drop-ins", "fair",
                         "fairs"})  # fmt: skip


def _a_gathering(noun: Token, where: Token) -> str | None:
    """How a clause of ', where' after a thing that is run or held says where it happens ('runs checking sessions,
    where an officer will check X' -> 'At these sessions'; 'apply through our website, where you will upload X' ->
    'On the website'); None for any other noun."""
    if noun.i != where.i - 2 or noun.conjuncts or noun.dep_ == "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lower_ == "website" or noun.like_url:
        return "on the website"
    if noun.lower_ not in _GATHERINGS:
        return None
    return f"at {'these' if _plural(noun) else 'this'} {noun.text}"


def at_where(body: str) -> list[str] | None:
    """'go to one of 4 drop-in sessions, where you can talk to officers' -> '... sessions.' 'There, you can
    talk to officers.': a clause about a place, with a subject of its own, that ends the sentence."""
    match = re.search(r",\s+where\s+", body)
    if match is None or _ENDS_CLAUSE.search(body, match.end()):
        return None
    doc = parse(body)
    where = next((t for t in doc if t.lower_ == "where" and t.idx >= match.start()), None)
    if where is None or where.head.dep_ != "relcl":
        return None
    place = _a_place(where.head.head, where)
    gathering = None if place else _a_gathering(where.head.head, where)
    if not place and gathering is None:
        return None
    clause = where.head
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    # ('repair the road, where it is safe to do so' is a condition; 'a site, where it is turned into compost' says
    # what is done there to the thing named before)
    pointing = subjects[0].lower_ in ("it", "this", "that") and subjects[0].dep_ != "nsubjpass" if subjects else True
    if pointing or subjects[0].i < where.i:
        return None
    # ('harbours, where most calls come from': 'There, most calls come from' strands its 'from')
    if clause.right_edge.i < len(doc) - 2 or doc[clause.right_edge.i].pos_ == "ADP":
        return None
    rest = body[match.end() :]
    # 'centres, where there is no charge' -> 'There is no charge there.'
    said = f"{rest} there" if subjects[0].lower_ == "there" else f"{gathering or 'there'}, {rest}"
    return _standing([body[: match.start()], said])

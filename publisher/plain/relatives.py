"""A relative phrase after a comma as a sentence of its own: ', after which your card is activated' ->
'After this, your card is activated.'; ', most of which involved X' -> 'Most of them involved X.'"""

from __future__ import annotations

import re

from .parse import parse
from .syntax import _standing

# 'reports, in which X' / 'meetings, at which X' / 'a session, after which X': the preposition starts
# the new sentence, and 'which' becomes what it points back to.
_PREPOSITION_WHICH = re.compile(r",\s+(in|at|during|after|before|through|under|by|on)\s+which\s+")
# 'offences, a large share of which involved X' / 'callers, many of whom were X'
_SHARE_OF_WHICH = re.compile(r",\s+((?:a |an |the )?[\w-]+(?:\s+[\w-]+){0,3}?)\s+of\s+(which|whom)\s+")
_ENDS_CLAUSE = re.compile(r",\s+(?:if|when|unless|because|to|so)\b")  # the sentence goes on after the clause
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_QUANTITIES = frozenset({"number", "rise", "increase", "fall", "drop", "amount", "level", "share", "proportion"})


def _plural_before(body: str, at: int) -> bool | None:
    """Whether what 'which' after a comma points back to is plural: the noun just before the comma, and
    the noun the parse hangs the clause on, agree ('meetings, at which'); None if they do not ('meetings
    in every ward, at which': 'At this' or 'At these' would be a guess)."""
    doc = parse(body)
    nouns = [t for t in doc if t.idx < at and t.pos_ in ("NOUN", "PROPN")]
    which = [t for t in doc if t.idx > at and t.lower_ == "which"]
    if not nouns or not which:
        return None
    clause = next((a for a in which[0].ancestors if a.dep_ == "relcl"), None)
    nearest = nouns[-1].tag_ in _PLURAL_TAGS
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
        return nearest
    head = clause.head
    counted = [p for c in head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if head.lower_ in _QUANTITIES and counted:  # 'the number of reports, in which': the reports
        head = counted[0]
    return nearest if (head.tag_ in _PLURAL_TAGS) == nearest else None


def at_relative_phrase(body: str) -> list[str] | None:
    """'X, in which Y' -> 'X.' 'In these, Y.' (or 'In this, Y' after one thing); 'X, after which Y' ->
    'X.' 'After this, Y.'; 'X, most of which Y' -> 'X.' 'Most of them Y.' The clause must end the sentence:
    what follows it is its own, even 'and' a second verb ('in which callers rang people and asked for X')."""
    match = _PREPOSITION_WHICH.search(body) or _SHARE_OF_WHICH.search(body)
    if match is None or _ENDS_CLAUSE.search(body, match.end()):
        return None
    rest = body[match.end() :]
    if match.re is _SHARE_OF_WHICH:
        said = f"{match.group(1)} of them {rest}"  # 'of these involved' reads to the parser as 'these involved people'

    elif match.group(1) in ("after", "before", "during"):  # 'after which' is after the thing that happened
        said = f"{match.group(1)} this{' time' if match.group(1) == 'during' else ''}, {rest}"
    else:
        plural = _plural_before(body, match.start())
        if plural is None:
            return None
        said = f"{match.group(1)} {'these' if plural else 'this'}, {rest}"
    return _standing([body[: match.start()], said])

"""A second clause after ', and' that opens with a phrase of when or where before its subject, said as a sentence of
its own: 'Use it again 7 days later, and on the day of each treatment you should wash X' -> 'Use it again 7 days
later.' 'On the day of each treatment, you should wash X.' (the small model may read the subject as the start of a
clause about the phrase's noun: 'each treatment [that] you should wash')."""

from __future__ import annotations

import re

from .parse import stands_alone
from .syntax import _words

LONGEST_PHRASE = 8  # words of the phrase said before the second clause's subject
_SECOND = re.compile(
    r",\s+and\s+(?P<phrase>(?:on|in|at|during|after|before|from|within|for|by|until)\s[^,]+?)\s+"
    r"(?P<clause>(?:you|we|they|he|she|it|there)\s+(?:should|must|will|can|could|may|might|need|have|are|is|do)\b.*)",
    re.IGNORECASE,
)


def at_and_a_phrase_first(body: str) -> list[str] | None:
    """'X, and on the day you should Y' -> 'X.' 'On the day, you should Y.'; only where both stand alone."""
    match = _SECOND.search(body)
    if match is None or _words(match["phrase"]) > LONGEST_PHRASE:
        return None
    first = body[: match.start()]
    phrase = match["phrase"]
    second = f"{phrase[0].upper()}{phrase[1:]}, {match['clause']}"
    if not stands_alone(f"{first}.") or not stands_alone(f"{second.rstrip('.')}."):
        return None
    return [first, second]

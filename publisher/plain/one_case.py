"""A condition said as one case: 'If a tenant dies, X' -> 'Sometimes a tenant dies.' 'Then X.'"""

from __future__ import annotations

import re

from .syntax import _standing
from .wording import MONTHS


def one_case(condition: str, main: str) -> list[str] | None:
    """A condition said as one case and what follows it: 'Sometimes X.' 'Then Y.' (a main clause with a 'then' of its
    own needs no other: 'the therapist may then look at X')."""
    # ('If it is adopted, the scheme will begin on 1 April 2026': one event, not 'Sometimes it is'; 'Where a
    # subscription is not renewed, collections stop on 1 April 2026' is any one)
    named = re.match(r"(?:it|the|this|these|they|we|he|she)\b", condition, re.IGNORECASE) is not None
    # ('If this time is not convenient': a thing pointed at is one thing, never 'sometimes')
    # ('If you cannot attend on this date': so is a thing pointed at later in the condition)
    pointed = re.search(r"\b(?:this|these|those)\s+(?!is\b|are\b|was\b|were\b|happens?\b)[a-z]+", condition, re.I)
    pointed = pointed or re.match(r"that\s+(?!is\b|are\b)\w+", condition, re.IGNORECASE)
    if pointed or (named and (ONE_DAY.search(main) or ONE_DAY.search(condition))):
        return None
    # ('listen to the operator, and respond if you can, then press 55': a later step's 'then' is no 'then' of the case)
    then = "" if re.search(r"\bthen\b", main.split(",", 1)[0], re.IGNORECASE) else "Then "
    return _standing([f"Sometimes {condition}", f"{then}{main}"])


# A day or a month by its date, which makes a condition one event ("on 1 April 2026", "in May 2027")
ONE_DAY = re.compile(rf"\b(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+\d{{4}}\b")

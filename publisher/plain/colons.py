"""A sentence and the sentence that explains it, joined by a colon, as two sentences: 'Trust your instincts: if you
are worried, get help' -> 'Trust your instincts.' 'If you are worried, get help.'"""

from __future__ import annotations

import re

from .parse import stands_alone
from .syntax import MIN_WORDS, _words
from .which_lists import titled_colon

# A colon that leads into what it points at ('The reason is this:', 'as follows:') is no full stop: the words
# before it say nothing alone.
_POINTS_AHEAD = re.compile(
    r"\b(?:this|these|the following|as follows|below|here|one thing|things|reasons?|ways?|steps?|rules?|"
    r"questions?|says?|said|asks?|asked|reads|states|told \w+|note|example|examples|include|includes|including)$",
    re.IGNORECASE,
)
# ('Ask: "Could this be sepsis?"'): someone's words after a colon are a quotation, not a sentence of the writer's
_QUOTE_OPENS = re.compile(r"[\"“‘']")


def at_colon(body: str) -> list[str] | None:
    """'2 doses are needed: the first is given at 1 year and the second at 18 months' -> '2 doses are needed.'
    'The first is given at 1 year and the second at 18 months.'; only where the words on each side are a
    sentence of their own (the rewrite checks both on the parse) and the colon is the sentence's only one."""
    # (not a colon inside brackets: '(Monday to Friday: 9am to 5pm)')
    at = body.find(": ")
    if body.count(": ") != 1 or body[:at].count("(") != body[:at].count(")") or "[" in body:
        return None
    before, after = (part.strip() for part in body.split(": ", 1))
    if _words(before) < MIN_WORDS - 1 or _words(after) < MIN_WORDS or _POINTS_AHEAD.search(before):
        return None
    if titled_colon(before, after) or _QUOTE_OPENS.match(after) or _QUOTE_OPENS.search(before):
        return None
    if not stands_alone(f"{before}."):
        return None
    return [before, after[0].upper() + after[1:]]

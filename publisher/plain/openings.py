"""Plainer openings: a first word or phrase that easy read says more simply, and words that only ask
the reader to take note."""

from __future__ import annotations

import re

_OPENINGS = (
    (re.compile(r"^Following (?=[^,]{3,80},)"), "After "),
    (re.compile(r"^Prior to "), "Before "),
    (re.compile(r"^(?:However|Nevertheless|Nonetheless),\s+"), "But "),
    (re.compile(r"^(?:Furthermore|Moreover),\s+"), "Also, "),
    (re.compile(r"^(?:Therefore|Consequently),\s+"), "So "),
    # 'Applicants should be aware that they do not need to pay' -> 'Applicants do not need to pay'
    (re.compile(r"^((?:\S+\s){1,4}?)should (?:also |therefore )?be aware that (?:they|he|she)\s+"), r"\1"),
    (re.compile(r"^(?:[A-Z][a-z]+\s)(?:[a-z]+\s)?should (?:also |therefore )?be aware that\s+"), ""),  # no name lost
)


# What only asks the reader to take note goes: 'Please note that X and that Y' -> 'X, and Y'; so does a letter's
# 'I am writing to let you know that X'
_TAKE_NOTE = re.compile(
    r"^(But |And |So )?(?:please note|please be aware|note|it should be noted|it is worth noting"
    r"|(?:I am|I'm|we are|we're) writing(?: to you)? to (?:let you know|tell you|inform you|advise you|confirm))"
    r" that,?\s+",
    re.IGNORECASE,
)


# ('..., and to explain what this means for you': a second thing the letter is for, unlike 'to reduce X and to improve
# Y', which is what the work is for)
_WRITINGS_PURPOSE = re.compile(
    r",\s+and\s+to\s+(?:explain|tell|ask|invite|let|give|confirm|remind|update|apologise|thank|advise|inform|offer)\b"
)


def plain_opening(sentence: str) -> str:
    """A plainer first word: 'Following the review, we ...' -> 'After the review, we ...'."""
    noted = _TAKE_NOTE.match(sentence)
    # ('We are writing to let you know that X, and to explain Y': the second purpose is the writing's, kept with it)
    if noted and "writing" in noted.group(0) and _WRITINGS_PURPOSE.search(sentence[noted.end() :]):
        noted = None
    if noted:
        rest = re.sub(r",?\s+and that\s+", ", and ", sentence[noted.end() :])
        # ('I am writing to let you know that, following X, Y' -> 'After X, Y': what opens after it is plainer too)
        sentence = (noted.group(1) or "") + (rest[:1].upper() + rest[1:] if not noted.group(1) else rest)
    for pattern, plain in _OPENINGS:
        sentence = pattern.sub(plain, sentence)
    return sentence[:1].upper() + sentence[1:]

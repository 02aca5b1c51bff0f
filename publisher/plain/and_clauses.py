"""Splits at 'and' before a clause with a subject of its own, read from the words where the parse misses it: 'X and
we are Y' -> 'X.' 'And we are Y.'; 'X is an offence and the person responsible could be taken to court' -> two."""

from __future__ import annotations

import re

from .linking import continues_a_condition, in_a_condition, in_listed_conditions
from .wording import PRONOUNS, count_words

_TIME_CLAUSE_OPEN = re.compile(
    r"\b(?:after|before)\s+(?:you|they|we|he|she|it|your\s+\w+|their\s+\w+|the\s+\w+)\s+\w+[^,]*$", re.IGNORECASE
)


# A clause of what is checked or made sure of, no comma closing it
_CHECKED = re.compile(r"\b(?:check|checks|checked|make sure|makes sure|ensure|ensures|confirm|confirms)\b[^,]*$", re.I)


def at_pronoun(body: str) -> list[str] | None:
    """'X and we are Y' -> 'X.' 'And we are Y.'"""
    match = re.search(rf"\s+and\s+(?=({'|'.join(PRONOUNS)})\s)", body)
    if not match or count_words(body[: match.start()]) < 5 or count_words(body[match.end() :]) < 4:
        return None
    left = body[: match.start()]
    if in_a_condition(left) or in_listed_conditions(left) or continues_a_condition(left, body[match.end() :]):
        return None  # 'You qualify if you are 2 or over and you meet one of these': both are the condition
    if _TIME_CLAUSE_OPEN.search(left):
        return None  # 'from the term after your child reaches the age and you get your code': both say when
    if _CHECKED.search(left):
        return None  # 'check the structure is sound and it has no animals inside': both are what is checked
    if re.search(r"\b(?:means?|meant)\b[^,]*$", left):
        return None  # 'This means that we pay your fees and you pay us back later': both are what it means
    return [body[: match.start()], "And " + body[match.end() :]]


# 'and the person responsible could be taken to court': a clause with a subject of its own that the parse may hang on
# a noun before it (a named thing, then its helper or verb of being within four words)
# ('and the steps the contractor must take': a second 'the' before the verb opens a clause of the first noun's)
_AND_A_CLAUSE = re.compile(
    r"\s+and\s+(?=(?:the|a|an|this|these|those|your|our|their|its|his|her)\s+"
    r"(?:(?!(?:the|a|an|your|our|their)\s)[\w-]+\s+){0,3}?"
    r"(?:will|can|could|must|may|might|should|would|has|have|had|is|are|was|were)\s+\w)"
)
# A clause the words before the 'and' end inside of, which the clause after it may be more of
_CLAUSE_OPEN = re.compile(
    r"\b(?:that|which|who|whom|whose|whether|because|as|since|so|where|when|while|once|until|unless|if|after|"
    r"before|than|between|both|either|neither|think|thinks|believe|believes|know|knows|say|says|said|hope|hopes|"
    r"expect|expects|feel|feels|agree|agrees|agreed|find|finds|found|show|shows|showed|mean|means|meant)\b[^,]*$",
    re.IGNORECASE,
)


def at_and_a_clause(body: str) -> list[str] | None:
    """'Failure to follow the notice is an offence and the person responsible could be taken to court' -> 'Failure
    to follow the notice is an offence.' 'The person responsible could be taken to court.' (two clauses, read from
    the words where the parse misses the second)."""
    match = _AND_A_CLAUSE.search(body)
    if not match or count_words(body[: match.start()]) < 5 or count_words(body[match.end() :]) < 4:
        return None
    left, right = body[: match.start()], body[match.end() :]
    # ('check that A is done, B is cut and C is not left out': a comma before may open a list of clauses)
    if "," in left or _CLAUSE_OPEN.search(left) or _CHECKED.search(left) or in_listed_conditions(left):
        return None  # 'once they are past the infectious stage and the blisters have crusted over': both say when
    if in_a_condition(left) or continues_a_condition(left, right) or re.match(r"(?:If|When|Where|Once|Unless)\b", body):
        return None  # 'If X, the officer will close it and the decision will be confirmed': both are what then happens
    return [left, right[0].upper() + right[1:]]

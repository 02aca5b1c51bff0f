"""Checks on where a closing phrase stands in its sentence: inside what someone says, or before a verb of the
sentence's own, where cutting it off would change what the sentence says."""

from __future__ import annotations

import re

from .parse import REPORTING_VERBS, SUBJECTS, is_finite
from .parser import parse, verb_lemma


def reported_at(body: str, at: int) -> bool:
    """Whether the words at a position are inside what someone says ('a text says that your account will be
    closed unless you act today': the condition is the text's claim, not the reader's rule)."""
    doc = parse(body)
    token = next((t for t in doc if t.idx >= at), None)
    chain = list(token.ancestors) if token is not None else []
    return any(t.dep_ == "ccomp" and verb_lemma(t.head) in REPORTING_VERBS for t in chain)


def verb_after_a_comma(body: str, start: int, examples: bool) -> bool:
    """Whether a finite verb follows a comma after the character start: the sentence goes on there ('because
    carriers, such as airlines, check X': a plain verb whose subject came before the comma is one too; after
    examples, so is one after the comma's 'or': 'gets certain benefits, such as Universal Credit, or has an income
    below X', where after 'as long as' it is one more of the conditions)."""
    doc = parse(body)
    after = [t.nbor() for t in doc if t.text == "," and t.idx >= start and t.i + 1 < len(doc)]
    verbs = (t.nbor() if examples and t.lower_ in ("or", "and") and t.i + 1 < len(doc) else t for t in after)
    return any(is_finite(v) or any(c.dep_ in SUBJECTS and c.i < v.i - 1 for c in v.children) for v in verbs)


def groups_listed(rest: str) -> bool:
    """Whether the words after 'especially' name groups of people or things, three or more between commas, with no
    verb but those of a group's own clause ('for people aged 65 and over, babies, and people who live alone'): the
    list's ', and' closes it, and ends no clause."""
    doc = parse(rest)
    parts = rest.count(",")
    own = all(t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors) for t in doc if is_finite(t))
    return doc[0].lower_ == "for" and parts >= 2 and own and re.search(r",\s+(?:and|or)\s", rest) is not None

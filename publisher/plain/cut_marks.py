"""The marks the rewrite reads in a sentence to tell whether a cut of it is sound (see plain._restructure): words
that leave a piece hanging, orders given or not, and what a piece points back to."""

from __future__ import annotations

import re

NOT_ALONE = re.compile(
    r"(?:but|and|or)\s+(?:not\s+(?!(?:only|all|every|everyone|everybody|many|much|everything)\b)|"
    r"no\s+(?:later|earlier|sooner)\s+than\b)",
    re.I,
)
# 'the more you recycle, the more you can save': a comparison in two halves
PAIRED_COMPARISON = re.compile(
    r"\bthe (?:more|less|fewer|sooner|earlier|later|longer|bigger|higher|lower|better|faster)\b[^,.]*,\s+the "
    r"(?:more|less|fewer|sooner|earlier|later|longer|bigger|higher|lower|better|faster)\b",
    re.IGNORECASE,
)
NOT_ONLY = re.compile(r"\bnot only\b(?![^,]*\bbut\b)[^,]*$", re.IGNORECASE)
# Words that open no order after a comma ('call us on X, Monday to Friday, 9am to 5pm': a time, not a second order)
NO_ORDER = frozenset({"on", "at", "by", "in", "from", "to", "for", "with", "the", "a", "an", "every", "each",
                       "which", "who", "including", "such", "or", "and", "between", "until", "before", "after",
                       "quoting"})  # fmt: skip
LEFT_BEHIND = re.compile(r",\s+(?:instead|too|as well)\W*$", re.IGNORECASE)
POINTING = re.compile(r"(?:This|These|They|It)\b")
COMMA_BEFORE_VERB = re.compile(r"\w,\s+(?:is|are|was|were|will|would|can|could|may|might|must|should)\s")
# A case the rules said after its sentence, whose own verbs may follow a comma ('if you are X, are Y or need Z')
CASE_SAID = re.compile(r"This (?:does not apply|applies only|applies even) if you\b")
ENDS_ON_BE = re.compile(r"\b(?:is|are|was|were)\.$")
LIST_AHEAD = re.compile(r"\b(?:following|these|below|as follows)\b", re.IGNORECASE)
PLEASE = re.compile(r"\bplease\b", re.IGNORECASE)
PLEASE_FIRST = re.compile(r"please\s+(?!note\b)[a-z]+", re.IGNORECASE)
DENIED = re.compile(r"(?:do not|don't|never)\s", re.IGNORECASE)
DENIAL = re.compile(r"(?:please\s+)?(?:do not|don't|never)\s", re.IGNORECASE)
OR = re.compile(r"\bor\b", re.IGNORECASE)
# ('Tell us if a door is damaged or does not close': an 'or' inside the order's own condition is no choice of orders)
CLAUSE_OPENS = re.compile(r"\b(?:if|when|unless|because|as soon as)\b", re.IGNORECASE)
LINKED_ORDER = re.compile(r"(?:so|but|then)\s+(?:please\s+)?[a-z]", re.IGNORECASE)
# An opening condition with its own subject, before the order it is of ('And if you use X, do not Y')
OWN_CONDITION_FIRST = re.compile(
    r"(?:(?:and|but|so)\s+)?(?:if|when|whenever|unless|once)\s+(?:you|your|they|their|it|the|a|an|there)\b[^,]*,\s",
    re.IGNORECASE,
)
PURPOSE_FIRST = re.compile(
    r"to\s+\w+[^,]*,\s+(?:you|we|they|he|she|it|i|the|a|an|our|your|their|this)\b", re.IGNORECASE
)


def comparison_cut(pieces: list[str], plain: str) -> bool:
    """Whether pieces cut a comparison in two halves ('the more you recycle, the more you can save'), which says one
    thing only together."""
    paired = PAIRED_COMPARISON.search(plain)
    if paired is None:
        return False
    whole = paired.group(0).lower()
    head, tail = whole.split(",", 1)[0], whole.split(",", 1)[1].strip()
    said = [piece.lower() for piece in pieces]
    return any((head in piece) != (whole in piece) or piece.startswith(tail) for piece in said)

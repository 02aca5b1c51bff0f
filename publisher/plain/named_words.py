"""Words that are part of a name ('the Maritime and Coastguard Agency', 'The Three Crowns'), which the word table
and the numbers leave as written: a name is a fact."""

from __future__ import annotations

import re

_NAME_LINKS = frozenset({"and", "of", "for", "the", "&"})
_NAMED = re.compile(
    r"\b(?:(?:is|are|was|were|be|been|being)\s+(?:also\s+|often\s+|sometimes\s+|usually\s+)?(?:called|named)|known as)"
    r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)  # 'This is called a mutual exchange', not 'We called the police immediately'


_PLACE_LINKS = frozenset({"upon", "under", "on", "in", "by", "next"})


def in_a_name(sentence: str, match: re.Match[str]) -> bool:
    """True when the words matched are part of a name ("the Maritime and Coastguard Agency"): they
    start with a capital in mid-sentence, or, at its start, a capitalised word follows them closely.
    A name is a fact; its words are never swapped for plainer ones."""
    if _NAMED.search(sentence[: match.start()]):
        return True  # 'This is called a mutual exchange': a term being named keeps its words
    if any(w[:1].isupper() for w in match.group(0).split()[1:]):
        return True  # 'the Prevention of Social Housing Fraud Act': capitals after its first word
    if not match.group(0)[:1].isupper():
        # ('Newcastle upon Tyne', 'Stratford upon Avon': a small word between a place's capitalised words is the name's)
        return match.group(0).lower() in _PLACE_LINKS and between_capitals(sentence, match)
    if sentence[: match.start()].strip():
        return True
    # ('Prior to Monday', 'Notice is hereby given that Kessington City Council': a phrase that ends in a word leading
    # to what follows is no name's start)
    words = match.group(0).split()
    if len(words) > 1 and words[-1].lower() in ("that", "to", "by", "for", "with", "than"):
        return False
    following = [w for w in sentence[match.end() :].split()[:3] if w.lower() not in _NAME_LINKS]
    return any(w[:1].isupper() for w in following[:1])


def a_numbered_name(sentence: str, match: re.Match[str]) -> bool:
    """Whether a number word is part of a name ('The Three Crowns'), not a count ('Three NHS trusts', 'Two people')."""
    capital = match.group(0)[:1].isupper() and not re.match(r"\s+[A-Z]{2,}\b", sentence[match.end() :])
    return capital and in_a_name(sentence, match)


def between_capitals(sentence: str, match: re.Match[str]) -> bool:
    """Whether words matched mid-sentence stand between two capitalised words, inside a name."""
    before = re.search(r"\b[A-Z][\w'-]*\s+$", sentence[: match.start()])
    return before is not None and re.match(r"\s+[A-Z]", sentence[match.end() :]) is not None

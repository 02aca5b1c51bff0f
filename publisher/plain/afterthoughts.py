"""Afterthoughts said as sentences of their own: what follows a dash ('X - leading to Y' -> 'X.' 'This leads to Y.')
and where something going on often happens ('Boats are crossing X often in front of Y' -> 'They are often in front
of Y.')."""

from __future__ import annotations

import re

from .inflect import past_from_ing, present
from .parser import parse, verb_lemma
from .wording import count_words


def at_frequency(body: str) -> list[str] | None:
    """'Boats are crossing X often in front of Y' -> 'Boats are crossing X.' 'They are often in front of Y.'
    (not after a comma: 'shops, often with low prices' describes the shops): where something is going on, said
    with the 'are' or 'was' of the clause it goes on in, and only then ('outbreaks occur most often in the
    summer' is when they occur, no 'It is often in the summer')."""
    match = re.search(r"(?<!,)(?<!\bmost)(?<!\bmore)(?<!\bless)(?<!\bvery)(?<!\bquite)(?<!\btoo)(?<!\bso)\s+"
                      r"(often|sometimes|usually)\s+(?=(in|at|on|near|close to)\s)", body)  # fmt: skip
    if not match or count_words(body[: match.start()]) < 6 or count_words(body[match.end() :]) < 3:
        return None
    going_on = re.search(r"\b(are|were|is|was)\s+(?:\w+ly\s+)?\w+ing\b", body[: match.start()])
    if going_on is None or re.search(r"\b(?:is|are|was|were|be|been)$", body[: match.start()]):
        return None  # 'The name and number are often on a board': 'are' alone would be left behind
    if "," in body[match.end() :]:
        return None  # 'to wash their hands often with soap, to use tissues, and to X': how, in a list that goes on
    be = going_on.group(1)
    pronoun = f"They {be}" if be in ("are", "were") else f"It {be}"
    return [body[: match.start()], f"{pronoun} {match.group(1)} {body[match.end() :]}"]


# Verbs of what something brought about, said of 'This' after a dash ('- leading to X' -> 'This leads to X')
_OUTCOMES = frozenset({"lead", "cause", "result", "mean", "make", "leave", "bring", "force", "stop", "prevent"})


def at_dash(body: str) -> list[str] | None:
    """'X - Y' -> 'X.' 'Y.'; 'X - leading to Y' -> 'X.' 'This leads to Y.'"""
    match = re.search(r"\s+[–—]\s+|\s+-\s+", body)
    if not match or count_words(body[: match.start()]) < 4 or count_words(body[match.end() :]) < 3:
        return None
    rest = body[match.end() :]
    if re.search(r"(?:^|\bthat\s+|,\s+)(?:if|unless)\b[^,;:]*$", body[: match.start()], re.IGNORECASE):
        return None  # ('that if X – for example, Y – then Z': the condition before the dash is still open)
    first, _, after = rest.partition(" ")
    # ('- leading to X' says what it leads to; '- Working Tax Credit is X' names a thing: a capital after a dash is a
    # name's; '- drowning can happen fast' is a clause of its own, whose '-ing' word is its subject)
    subject = re.match(r"(?:can|could|will|would|may|might|must|should|is|are|was|were|has|have)\b", after)
    if not first.endswith("ing") or not first[0].islower() or subject is not None:
        return [body[: match.start()], rest]
    verb, main = parse(rest)[0], parse(body[: match.start()])
    # ('The fire spread to three houses - causing damage': 'This caused damage', in the time of what it follows)
    past = any(t.dep_ == "ROOT" and t.tag_ == "VBD" for t in main)
    lemma = verb_lemma(verb)
    said = past_from_ing(lemma, first) if past else present(lemma, False)
    # ('- looking again at ways to X' is what the measures mean, not what 'This' looks at)
    outcome = verb.tag_ == "VBG" and lemma in _OUTCOMES and said
    return [body[: match.start()], f"This {said} {after}" if outcome else f"This means {rest}"]

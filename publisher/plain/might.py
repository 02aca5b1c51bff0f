"""A condition of what may yet come said as what might happen, then what follows if it does: 'If you sell your home
within 5 years, you will pay back the discount' -> 'You might sell your home within 5 years.' 'If you do, you will pay
back the discount.' (a question, 'Do you sell your home within 5 years?', would ask of it as if it were a habit)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS
from .parser import parse, verb_lemma
from .syntax import _standing, _text
from .wording import PERSONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_BE = frozenset({"is", "are", "am"})


def might_happen(doc: Doc, clause: Token, said: tuple[int, int], main: str) -> list[str] | None:
    """The condition (tokens said[0]..said[1]) of the verb `clause` said with 'might', and its main clause after 'If you
    do,' or 'If it is,'; None where the condition is denied, past, helped by a modal or has no subject of its own."""
    start, end = said
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS and c.left_edge.i == start]
    # ('we may ask you to sign X, and we can apply to the court': a second clause of its own after 'If it does,' would
    # stay with it, where 'Then' lets each be a sentence)
    second = re.search(r",\s+(?:and|but)\s+(?:we|you|they|it|he|she)\s", main) is not None
    if (
        not subjects
        or second
        or any(c.dep_ == "neg" for c in clause.children)
        or re.match(r"(?:and|but|so|or)\s", main, re.I)
    ):
        return None
    subject = subjects[0]
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i > subject.right_edge.i]
    said_of = _text(doc[start : subject.right_edge.i + 1])
    pronoun = _pronoun(subject)
    if len(helpers) == 1 and helpers[0].lower_ in _BE:
        rest, done = _text(doc[helpers[0].i + 1 : end]), "are" if pronoun in ("you", "they") else "is"
        statement = f"{said_of} might be {rest}"
    elif not helpers and clause.tag_ in ("VBP", "VBZ") and clause.i == subject.right_edge.i + 1:
        # ('puts people at risk or causes a nuisance': every joined verb in its plain form after 'might')
        joined = {c.i for c in clause.children if c.dep_ == "conj" and c.tag_ in ("VBP", "VBZ")}
        words = [verb_lemma(t) + t.whitespace_ if t.i in joined else t.text_with_ws for t in doc[clause.i + 1 : end]]
        rest, done = "".join(words).strip(), "do" if pronoun in ("you", "they") else "does"
        statement = f"{said_of} might {verb_lemma(clause)} {rest}".rstrip()
    else:
        return None
    if len(rest.split()) <= 2 and re.search(r"\b(?:them|it|one|this|that|so)$", rest):
        return None  # ('If you need them, we will fit alarms': 'them' would point at nothing yet)
    # ('There, you could be fined': a place said first goes after the verb's words, not between two commas)
    placed = re.match(r"(there|here),\s+(.+?)[.]?$", main, re.IGNORECASE)
    main = f"{placed[2]} {placed[1].lower()}" if placed else main
    first = parse(main)[0]
    then = main if first.tag_ in ("NNP", "NNPS") or first.text == "I" else f"{main[:1].lower()}{main[1:]}"
    return _standing([f"{statement[:1].upper()}{statement[1:]}", f"If {pronoun} {done}, {then}"])


def _pronoun(subject: Token) -> str:
    """How a subject is said again: 'you', 'they' for people or many, 'it' for one thing."""
    if subject.lower_ == "you":
        return "you"
    return "they" if subject.tag_ in ("NNS", "NNPS") or subject.lower_ in PERSONS else "it"

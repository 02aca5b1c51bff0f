"""Splits a next step joined on with 'and then' that the parse hung on a clause inside the first ('You should wait
until the window has closed and then report it'): the step is the main subject's, said again with its helper."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .inflect import past_from_ing, present
from .orders import an_order
from .parse import SUBJECTS, stands_alone
from .parser import parse, verb_lemma
from .syntax import _root, _subject_again
from .wording import PERSONS, SUBORDINATE, count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AND_THEN = re.compile(r",?\s+and\s+then\s+")
FEWEST_IN_A_STEP = 4  # words of each of the two steps


def at_and_then(body: str) -> list[str] | None:
    """'You should wait until X has closed and then report it' -> 'You should wait until X has closed.' 'Then you
    should report it.'; 'Wait until X and then phone us' -> '... .' 'Then phone us.'"""
    match = _AND_THEN.search(body)
    if match is None or SUBORDINATE.match(body.lower()) or _AND_THEN.search(body, match.end()):
        return None
    left, rest = body[: match.start()], body[match.end() :]
    # ('Talk to your optician, who may look at X, and then refer you': the next step is the aside's person's)
    if re.search(r",\s+(?:who|which|where)\s", left):
        return None
    doc = parse(body)
    root = _root(doc)
    verb = next((t for t in doc if t.idx >= match.end()), None)
    # (a bare verb, with no subject of its own, is the next step: 'and then it spreads' says what else happens)
    step = verb is not None and verb.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in verb.children)
    short = count_words(left) < FEWEST_IN_A_STEP or count_words(rest) < FEWEST_IN_A_STEP
    if root is None or verb is None or not step or short or root.i >= verb.i or not stands_alone(f"{left}."):
        return None
    if an_order(left):
        return [left, f"Then {rest}"]
    said = _said_again(doc, root)
    # ('Anyone who gets a call should hang up, and then call their bank': 'their' shows the step is theirs, not 'you')
    theirs = said is not None and said.startswith("you ") and re.search(r"\b(?:their|they|them)\b", rest) is not None
    said = f"they{said[3:]}" if theirs and said is not None else said
    return [left, f"Then {said} {rest}"] if said and stands_alone(f"Then {said} {rest}.") else None


def _said_again(doc: Doc, root: Token) -> str | None:
    """The main clause's subject and modal, said again before the next step ('you should'); None with no one of each
    ('They check it and then send it': a present the second step shares is not said here)."""
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    modals = [c for c in root.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < root.i]
    subject = _subject_again(doc, root, subjects[0]) if len(subjects) == 1 and len(modals) == 1 else None
    if subject is None:
        return None
    return f"{subject if subject == 'I' else subject[0].lower() + subject[1:]} {modals[0].text}"


_BEFORE_DOING = re.compile(r",?\s+before\s+(?=[a-z]+ing\b)")


def at_before_doing(body: str) -> list[str] | None:
    """'The rash starts on the face before spreading to the body' -> 'The rash starts on the face.' 'Then it spreads
    to the body.' (what a thing does next, in its own tense); never an order or a helper's ('Ask your doctor before
    taking it', 'You must get permission before cutting it down': what comes first is the point, not a next step)."""
    match = _BEFORE_DOING.search(body)
    if match is None or SUBORDINATE.match(body.lower()):
        return None
    doc = parse(body)
    root = _root(doc)
    doing = next((t for t in doc if t.idx >= match.end()), None)
    if root is None or doing is None or doing.tag_ != "VBG" or root.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    helped = any(c.dep_ in ("aux", "auxpass", "neg") for c in root.children)
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    if helped or len(subjects) != 1 or doing.head.lower_ != "before" or doing.head.head != root:
        return None
    subject = subjects[0]
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "you", "i")
    # ('our officer watched your car before issuing the notice': a person is 'they', never 'it')
    person = subject.lower_ in PERSONS or subject.lemma_.lower() in PERSONS or subject.tag_ == "NNP"
    pronoun = subject.text if subject.lower_ in ("they", "we", "you", "i") else ("They" if plural or person else "It")
    lemma = verb_lemma(doing)
    said = past_from_ing(lemma, doing.lower_) if root.tag_ == "VBD" else present(lemma, plural or person)
    rest = body[doing.idx + len(doing.text) :]
    left = body[: match.start()]
    if said is None or count_words(left) < FEWEST_IN_A_STEP or count_words(rest) < 2:
        return None
    pieces = [left, f"Then {pronoun if pronoun == 'I' else pronoun.lower()} {said}{rest}"]
    return pieces if all(stands_alone(f"{p}.") for p in pieces) else None

"""Splits a next step joined on with 'and then' that the parse hung on a clause inside the first ('You should wait
until the window has closed and then report it'): the step is the main subject's, said again with its helper."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .orders import an_order
from .parse import SUBJECTS, stands_alone
from .parser import parse
from .syntax import _root, _subject_again
from .wording import SUBORDINATE, count_words

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

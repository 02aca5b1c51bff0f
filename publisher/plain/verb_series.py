"""Splits at a series of three things said of one subject ('Payments are not taxable, will not count towards
the cap and will not affect other awards'): one sentence for each, the subject (and a shared modal) said again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause_apart import inside_condition
from .main_clauses import shared_helpers
from .parse import SUBJECTS
from .parser import parse
from .syntax import (
    _after_a_condition,
    _nearer_verb,
    _one_clause,
    _root,
    _standing,
    _subject_again,
    _text,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _verb_series(doc: Doc, root: Token) -> tuple[Token, Token, Token, Token] | None:
    """The second and third verbs of a series said of the main verb's subject ('are not taxable, will not
    count X and will not affect Y'), with the 'and' and the comma before the second; None for any other shape."""
    second = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if len(second) != 1 or any(c.dep_ == "cc" for c in root.children):
        return None
    middle = second[0]
    third = [c for c in middle.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    links = [c for c in middle.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(third) != 1 or len(links) != 1 or not middle.i < links[0].i < third[0].i or middle.left_edge.i <= root.i:
        return None
    last, link, comma = third[0], links[0], doc[middle.left_edge.i - 1]
    # ('longer on ice, so leave more space, and use a high gear': after 'so', orders to the reader, not the subject's)
    apart = not any(c.dep_ == "conj" for c in last.children) and comma.text == "," and middle.left_edge.pos_ != "CCONJ"
    apart = apart and middle.left_edge.lower_ not in ("so", "then")
    if not apart or _nearer_verb(doc, root, middle) or _nearer_verb(doc, root, last):
        return None
    if _one_clause(doc, root, middle, link) or inside_condition(doc, root, link):
        return None
    return middle, last, link, comma


def at_verb_series(body: str) -> list[str] | None:
    """'Payments are not taxable, will not count towards the cap and will not affect other awards' -> one
    sentence for each of the three things said of one subject, the subject (and a shared modal) said again."""
    doc = parse(body)
    root = _root(doc)
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i] if root is not None else []
    series = _verb_series(doc, root) if root is not None and len(subjects) == 1 else None
    subject = _subject_again(doc, root, subjects[0]) if series and root is not None else None
    if root is None or series is None or subject is None or _after_a_condition(root):
        return None
    middle, last, link, comma = series
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    # 'You will need to collect X, place it Y and return it Z': the parse hangs 'place' on 'need'; what you
    # will need to do is place it
    wanted = [c for c in root.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    shared = " ".join([*(h.text for h in helpers), root.text, "to"]) if wanted and wanted[0].i < comma.i else None
    if shared is None and helpers and helpers[0].tag_ == "MD":
        shared = " ".join(h.text for h in shared_helpers(helpers, middle))
    if any(c.dep_ == "neg" for c in root.children):
        shared = None  # 'You must not leave X, put Y and flatten Z': whether 'not' goes on is not clear
    said_again = []
    for verb in (middle, last):
        own = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        tensed = verb.tag_ == root.tag_ and root.tag_ in ("VBZ", "VBD") and not wanted
        # (a clause with a subject of its own is at_main_clauses'; 'open X, have Y and sell Z' after 'We':
        # which form is meant is not read here)
        if any(c.dep_ in SUBJECTS for c in verb.children) or not (own or tensed or (shared and verb.tag_ == "VB")):
            return None
        said_again.append(subject if own or tensed else f"{subject} {shared}")
    middle_text = _text(doc[comma.i + 1 : link.i])
    pieces = [_text(doc[: comma.i]), f"{said_again[0]} {middle_text}", f"{said_again[1]} {_text(doc[link.i + 1 :])}"]
    return _standing(pieces)

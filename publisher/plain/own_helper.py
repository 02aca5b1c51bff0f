"""A second verb and whose it is: one with the main clause's own modal and no subject, which the parse hung on a
clause inside the first ('The caller will say that your account has been used, but will refuse to give a number' ->
'... used.' 'But the caller will refuse to give a number.'), and a bare one after ', but' that is an order."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .orders import reads_as_a_doing
from .parse import SUBJECTS
from .parser import parse
from .syntax import _root, _text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AGAIN = re.compile(r",\s+(but|and)\s+(will|would|can|could|may|might|must|should)\s+(?:not\s+)?[a-z]+\b")
# Clauses inside the main one, on whose verb the parse may hang the second verb
_INSIDE = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj"})


def at_its_own_modal(body: str) -> list[str] | None:
    """The sentence cut before ', but will X' (or ', and can X') where the main clause has that modal and the parse
    hung 'X' on a clause inside it, the main clause's subject said again; None otherwise."""
    matches = list(_AGAIN.finditer(body))
    if len(matches) != 1:
        return None
    match = matches[0]
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    modals = [c.lower_ for c in root.children if c.tag_ == "MD"]
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    helper = next((t for t in doc if t.idx >= match.start(2)), None)
    if helper is None or modals != [match.group(2)] or len(subjects) != 1 or helper.head.head == root:
        return None
    verb = helper.head
    # (the second verb says nothing of a subject of its own, and the clause it hangs on has no such modal)
    inside = verb.dep_ == "conj" and verb.head.dep_ in _INSIDE and verb.head.i > root.i
    if not inside or any(c.tag_ == "MD" for c in verb.head.children) or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    subject = subjects[0]
    said = _text(doc[subject.left_edge.i : subject.right_edge.i + 1])
    if subject.left_edge.i == 0 and subject.left_edge.tag_ not in ("NNP", "NNPS") and said.split()[0] != "I":
        said = said[0].lower() + said[1:]
    # ('and' adds nothing a new sentence does not; 'but' says the second goes against the first)
    second = f"{said} {body[match.start(2) :]}"
    return [body[: match.start()], f"But {second}" if match.group(1) == "but" else second[0].upper() + second[1:]]


def order_after_but(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether the verb after ', but' is an order, not more of what its subject may do: 'You can take paracetamol,
    but speak to your GP if X' (a bare verb straight after 'but', where the reader was told what they may do)."""
    allowed = any(c.tag_ == "MD" and c.lower_ in ("can", "may", "could", "might") for c in root.children)
    yours = [c.lower_ for c in root.children if c.dep_ in SUBJECTS and c.i < root.i] == ["you"]
    bare = conj.i == link.i + 1 and conj.tag_ == "VB"
    # ('Children do not need to stay off school, but ask a GP if X': with no helper to share, a bare verb is an order)
    unhelped = not any(c.tag_ == "MD" for c in root.children)
    return link.lower_ == "but" and doc[link.i - 1].text == "," and bare and ((allowed and yours) or unhelped)


_SURE = frozenset({"will", "would", "must", "should"})  # helpers said of every doing before the last's own
_ANOTHER_HELPER = re.compile(r",\s+and\s+(?P<modal>may|might|can|could|should|must)\s+(?:also\s+)?[a-z]+\b[^,]*$")


def at_another_modal(body: str) -> list[str] | None:
    """Doings said of one subject, the last with a helper of its own ('The pharmacist will talk to you, ask about your
    symptoms, and may examine you'): the doings the first helper covers, then the subject said again with the last
    ('The pharmacist may examine you'); None otherwise."""
    match = _ANOTHER_HELPER.search(body)
    doc = parse(body)
    root = _root(doc)
    if match is None or root is None:
        return None
    modals = [c for c in root.children if c.tag_ == "MD"]
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    # ('Class 3 vehicles can be used on roads, have a top speed of 8mph, and must be registered': after 'can', the
    # doings between may be no more than what the vehicles are)
    if len(modals) != 1 or modals[0].lower_ not in _SURE or len(subjects) != 1 or subjects[0].left_edge.i != 0:
        return None
    # ('will talk to you, ask about X, and may Y': the doings before it are a series, the last of them a doing too)
    head = body[: match.start()]
    series = head[root.idx :]
    last = series.rsplit(", ", 1)[-1] if ", " in series else ""
    if not last or not reads_as_a_doing(last):
        return None
    # (said again without the acronym its first mention spelled out: 'Your family doctor (GP)' -> 'Your family doctor')
    subject = re.sub(r"\s+\([A-Z&]{2,}\)", "", _text(doc[: subjects[0].right_edge.i + 1]))
    return [f"{head[: len(head) - len(last) - 2]} and {last}", f"{subject} {body[match.start('modal') :]}"]


def present_tense(verb: Token) -> bool:
    """Whether a verb with no helper is in the present tense ('are trained', 'is', 'has')."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBP", "VBZ") if not helpers else all(h.tag_ in ("VBP", "VBZ") for h in helpers)


def compared_thing(root: Token, conj: Token) -> bool:
    """Whether a "verb" joined to the main one is a comparing word before a second thing the main verb takes ('We
    inspect main roads every month and quieter residential roads once a year': no one 'quieters' roads)."""
    objects = [c.lemma_ for c in root.children if c.dep_ == "dobj"]
    own = [c.lemma_ for c in conj.children if c.dep_ == "dobj"]
    helped = any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in conj.children)
    return conj.lower_.endswith("er") and bool(objects) and own == objects and not helped

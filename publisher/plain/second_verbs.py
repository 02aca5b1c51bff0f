"""What a second verb joined by 'and' takes from the first: the 'to' of what is wanted or asked ('You will need to
fill in a form and send it': 'You will need to send it'), and whether a nearer clause between them can claim it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parse import SUBJECTS
from .parser import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WANTING = frozenset({"need", "have", "want", "try"})


def wanted_again(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether a bare second verb is more of what the first verb's 'to' wants or asks ('need to fill in a form and
    send it'), not a doing of the subject's own."""
    # ('can either ask us to do the work, or use a contractor': 'either' says the second verb is the first's other
    # choice; 'can ask to see a badge, and take it away': after a comma, a plain verb goes on from the helper, not 'ask
    # to'; 'You will be asked to undress, and lie on a bed': what one is asked to do goes on after the comma)
    wanted = any(c.dep_ == "xcomp" and c.i < link.i and c.tag_ == "VB" for c in root.children)
    asked = any(c.dep_ == "auxpass" for c in root.children)
    wanted = wanted and not (doc[link.i - 1].text == "," and verb_lemma(root) not in _WANTING and not asked)
    bare = conj.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    # ('can ask to speak at them, or ask a question': the same verb again is the first's other use, not what is asked)
    again = verb_lemma(conj) == verb_lemma(root)
    return wanted and bare and not again and "either" not in [t.lower_ for t in doc[: root.i]]


def _opening(verb: Token) -> list[str]:
    """A verb's subject and helpers before it, 'to' left out ('you can')."""
    return [c.lower_ for c in verb.children if c.dep_ in (*SUBJECTS, "aux") and c.i < verb.i and c.tag_ != "TO"]


def not_the_nearer_clauses(root: Token, conj: Token, nearer: Token) -> bool:
    """Whether a second verb after ', and' can be read as the main verb's, whatever a nearer clause between them:
    one that says the same either way (the nearer clause has the main one's subject and modal, 'you can fill in a
    form, which you can get from X, and send it back'; or it is an infinitive after an order, 'Make sure they drink,
    to avoid X, and give them Y'), or one after a defining 'that' clause the comma has ended."""
    shared = _opening(nearer) == _opening(root) and any(c.dep_ in SUBJECTS for c in root.children)
    comma = conj.i >= 2 and conj.doc[conj.i - 2].text == ","
    ordered = root.tag_ == "VB" and not _opening(root) and conj.tag_ == "VB"
    infinitive = any(c.tag_ == "TO" for c in nearer.children) and not any(c.dep_ in SUBJECTS for c in nearer.children)
    # ('police closed homes that were used to deal drugs, and helped people move': a defining 'that' clause, with no
    # comma before it, has ended at the comma before 'and')
    doc = conj.doc
    defining = nearer.dep_ == "relcl" and any(c.lower_ == "that" and c.dep_ in SUBJECTS for c in nearer.children)
    defining = defining and doc[nearer.left_edge.i - 1].text != "," and nearer.right_edge.i < conj.i - 2
    return comma and (shared or (ordered and infinitive) or defining)

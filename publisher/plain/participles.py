"""A participle phrase between commas said as a sentence of its own: 'a form, known as the AR1,' -> 'It is known
as the AR1.'; 'studies, involving millions of children,' -> 'They involved millions of children.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .inflect import past_from_ing, present
from .nouns_said import _noun_said
from .parse import SUBJECTS
from .parser import verb_lemma
from .syntax import _text, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_NAMING = frozenset({"known", "called", "named", "described", "referred"})


def participle_said(doc: Doc, participle: Token, plural: bool) -> str | None:
    """A participle phrase between commas as a sentence: 'a form, known as the AR1,' -> 'It is known as the
    AR1'; said after a long rest of the sentence, where 'It' could mean its nouns, 'The form is known as X'."""
    head, start, end = participle.head, participle.left_edge.i, participle.right_edge.i + 1
    who = "They" if plural else "It"
    # 'They phoned people, pretending to be X': the callers pretend, not the people
    doing = participle.tag_ == "VBG" and head.dep_ not in SUBJECTS
    # 'We will collect trees, cut into pieces, from the kerb': how the things we act on must be, not how
    # they are; only a name ('a form, known as the AR1') is said of them
    ours = any(c.dep_ in SUBJECTS and c.lower_ in ("we", "i") for c in head.head.children)
    ours = participle.tag_ == "VBN" and head.dep_ not in SUBJECTS and ours and participle.lower_ not in _NAMING
    # ('it can lead to nerve pain, called X': 'It is called X' would name what 'it' was, not the pain; and the noun
    # the parse hung the name on may not be the one it names: 'swelling of the glands in the face')
    taken = any(t.lower_ == who.lower() and t.dep_ in SUBJECTS for t in doc[:start])
    taken = taken and participle.lower_ in _NAMING and head.dep_ not in SUBJECTS
    # ('ask someone to vote for you, known as a proxy vote': a name after a person names what is done, not the person)
    # ('a coffin, a hearse and a short service at the cemetery, led by a celebrant': after a list, the phrase may be
    # of all its things or of the last; 'They are led' says all)
    listed = bool(head.conjuncts) or any(c.dep_ == "appos" for c in head.children)
    between = [t.lower_ for t in doc[head.i + 1 : start]]
    listed = listed or ("," in between[:-1] and ("and" in between or "or" in between))
    # ('an injection of antibodies, called immunoglobulin': a name after a thing of another may name either)
    # ('a special tax scheme for foster carers, known as qualifying care relief': the scheme's name, not theirs)
    # ('the section inside your property boundary, known as the supply pipe': the section's name, not the boundary's)
    placed = head.head.lower_ in _PLACED_IN and head.head.head.pos_ in ("NOUN", "PROPN")
    inside = head.head.lower_ in ("of", "for") or placed
    owned = participle.lower_ in _NAMING and head.dep_ == "pobj" and inside
    if doing or ours or taken or listed or owned or (head.tag_ == "PRP" and participle.lower_ not in _NAMING):
        return None
    if head.tag_ == "PRP":
        return f"This is {_text(doc[start:end])}"
    # ('treats roads with salt, known as gritting': a doing's name names the doing, not the salt)
    named = _text(doc[participle.i + 1 : end]).split()
    if participle.lower_ in _NAMING and len(named) == 2 and named[1].endswith("ing") and named[1].islower():
        return f"This is {_text(doc[start:end])}" if head.dep_ == "pobj" else None
    if _words(_text(doc[end:])) > 3:
        noun = _noun_said(doc, head)
        if not noun:
            return None
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            noun = f"The {noun[0].lower()}{noun[1:]}"  # 'a review form, known as X': 'The review form'
        who = noun
    lemma = verb_lemma(participle)
    if participle.tag_ == "VBG" and lemma in _STATES:
        # ('Many large studies, involving millions of children, have found X': 'They involved', never 'are involving')
        root = participle.sent.root
        done = root.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in root.children)
        form = past_from_ing(lemma, participle.lower_) if done else present(lemma, plural)
        return f"{who} {form} {_text(doc[participle.i + 1 : end])}" if form else None
    return f"{who} {'are' if plural else 'is'} {_text(doc[start:end])}"


_PLACED_IN = frozenset({"inside", "within", "outside", "in", "on", "at", "under", "behind", "beyond", "near"})
# Verbs of a state, which no '-ing' form says as going on ('are involving', 'is containing')
_STATES = frozenset({"involve", "include", "contain", "cover", "mean", "need", "own", "belong", "cost", "weigh",
                     "represent", "consist", "depend", "require", "lack", "equal", "exceed"})  # fmt: skip


def after_a_most(doc: Doc, start: int) -> bool:
    """Whether a participle after a comma follows a 'most' of its clause ('children who live nearest to the school,
    measured in a straight line': what is measured is the distance, never the children)."""
    comma = start - 1
    opened = max((t.i for t in doc[:comma] if t.text == ","), default=-1)
    # (the small model may tag 'nearest' a plain adverb)
    most = [t for t in doc[opened + 1 : comma] if t.tag_ in ("JJS", "RBS") or re.fullmatch(r"[a-z]{3,}est", t.lower_)]
    # ('Most people will need 2 doses, given X apart': a 'most' of how many people is no measure)
    return any(t.pos_ in ("ADJ", "ADV") and t.lower_ not in ("most", "least") for t in most)

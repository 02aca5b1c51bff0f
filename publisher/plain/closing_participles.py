"""A participle that closes a sentence, said as a sentence of its own: 'X, causing Y' -> 'This causes Y'; 'They
phoned people, pretending to be Z' -> 'They pretended to be Z'; 'buy 2 permits, costing £60' -> 'They cost £60'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .inflect import past_from_ing, present
from .orders import an_order
from .parse import SUBJECTS
from .parser import verb_lemma
from .syntax import LONGEST_SUBJECT, _clause_between, _plural, _text, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs whose -ing form after a comma says what the whole clause before it amounts to.
_RESULT_VERBS = frozenset(
    {"amount", "mean", "reflect", "follow", "result", "lead", "cause", "represent", "bring", "depend"}
)
_UNSURE = frozenset({"may", "might", "could", "can"})
_POINTERS = frozenset({"this", "that", "these", "those"})
# Verbs of an amount that changes, said of the amount before them ('£80, rising to £160')
_CHANGE_VERBS = frozenset({"rise", "fall", "increase", "decrease", "drop", "go", "double", "grow", "reduce"})


def main_in_the_past(root: Token) -> bool:
    """Whether a main verb (or its helper) is in the past tense."""
    return root.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in root.children)


def second_participle(doc: Doc, token: Token) -> Token | None:
    """The -ing form after 'and' that goes on a closing participle, with no comma before it ('explaining why X and
    giving Y')."""
    for word in doc[token.i + 1 :]:
        if word.text in (",", ";", ":"):
            return None
        # (not 'the cost of heating and cooling your home', a thing the first is done to)
        done = any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "prt", "dative") for c in word.children)
        head = word.head == token or (word.head.pos_ in ("VERB", "AUX") and word.head.tag_ != "VBG")
        if word.tag_ == "VBG" and word.nbor(-1).lower_ == "and" and done and head:
            return word
    return None


def participle_said_after(doc: Doc, root: Token, token: Token, second: Token | None = None) -> str | None:
    """A closing participle said as a sentence: 'This amounts to Y' for a result, else the main subject
    said again in the main verb's tense ('They pretended to be Z'), with its modal ('You should take X')."""
    lemma = verb_lemma(token)
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    # ('The money will pay for X, starting with homes where Y': an order of turns is not what the subject does)
    turns = lemma in ("start", "begin") and any(c.lower_ == "with" for c in token.children)
    # ('a notice of £80, rising to £160 if X': the amount rises, not whoever gives it)
    changed = lemma in _CHANGE_VERBS and token.left_edge.i >= 2 and doc[token.left_edge.i - 2].like_num
    # ('buy up to 2 permits, costing £60 a year': what costs it is the thing just named, never the buyer)
    priced = lemma in ("cost", "weigh", "measure") and token.left_edge.i >= 2
    if priced and doc[token.left_edge.i - 2].pos_ == "NOUN":
        subjects = [doc[token.left_edge.i - 2]]
        subjects = [s for s in subjects if s.dep_ in ("dobj", "pobj", "conj")]
        if not subjects:
            return None
        plural = _plural(subjects[0])
        subject = "They" if plural else "It"
        modal = next((c.lower_ for c in root.children if c.tag_ == "MD" and c.dep_ == "aux"), None)
    elif lemma in _RESULT_VERBS or changed:
        # ('There may be delays, causing X': 'This may cause X', as sure as the sentence it ends)
        subject, plural = "This", False
        modal = (
            None
            if changed
            else next((c.lower_ for c in root.children if c.dep_ == "aux" and c.lower_ in _UNSURE), None)
        )
    elif (
        turns
        or _clause_between(doc, root, token)
        or any(c.dep_ in ("xcomp", "ccomp") and c.i < token.i for c in root.children)
    ):
        # 'a rise in reports, in which criminals phoned people, pretending to be X'; 'will ask you to keep a
        # record, noting X': the one asked does the noting
        return None
    elif (root.tag_ == "VB" and not any(c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in root.children)) or (
        root.i == 0 and an_order(_text(doc[: token.left_edge.i - 1]))
    ):
        # ('Apply online, giving the address and the dates': what to give when doing as told is an order too;
        # 'Take one a day, starting tomorrow' is when, no second thing to do)
        second_as = verb_lemma(second) if second is not None else ""
        return None if lemma in ("start", "begin") else f"{lemma} {_said_on(doc, token, second, second_as)}"
    # ('This was when he left home, telling a neighbour X': the one who told is inside the 'when', never 'This')
    elif subjects and _words(_text(subjects[0].subtree)) <= LONGEST_SUBJECT and subjects[0].lower_ not in _POINTERS:
        plural = _plural(subjects[0]) or subjects[0].lower_ in ("you", "we", "they", "i")
        # ('A rash appears, starting on the face': the rash just named, 'The rash starts on the face')
        subject = re.sub(r"^An? ", "The ", _text(subjects[0].subtree))
        modal = next((c.lower_ for c in root.children if c.tag_ == "MD" and c.dep_ == "aux"), None)
    else:
        return None
    # ('we cut them in September, removing the cuttings': 'cut' may be past or present, so 'removed' may be wrong)
    if root.tag_ == "VBD" and root.lower_ == verb_lemma(root) and not any(c.dep_ == "aux" for c in root.children):
        return None
    form = past_from_ing(lemma, token.lower_) if main_in_the_past(root) else present(lemma, plural)
    if modal:  # 'You should call us, taking photos first' -> 'You should take photos first'
        form = f"{modal} {lemma}"
    then: str | None = ""
    if second is not None:  # ('explaining X and giving Y' -> 'You must explain X and give Y')
        lemma = verb_lemma(second)
        then = (
            lemma
            if modal
            else past_from_ing(lemma, second.lower_)
            if main_in_the_past(root)
            else present(lemma, plural)
        )
    return f"{subject} {form} {_said_on(doc, token, second, then)}" if form and then is not None else None


def _said_on(doc: Doc, token: Token, second: Token | None, second_as: str) -> str:
    """The words after a closing participle, a second one after 'and' said as `second_as`."""
    if second is None:
        return _text(doc[token.i + 1 :])
    return f"{_text(doc[token.i + 1 : second.i])} {second_as} {_text(doc[second.i + 1 :])}"

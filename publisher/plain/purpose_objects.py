"""What a 'to' clause after a noun takes: the noun before it as its object ('fluids to drink'), or, after ', and
to', another receiver of the main verb ('offered to pregnant women, to protect X, and to adults aged 75')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parser import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def object_before(noun: Token, verb: Token) -> bool:
    """Whether a 'to' verb with its particle and no object of its own takes the noun before it ('given road signs to
    put up at each end': what the signs are for, not why they are given)."""
    own = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    # ('plenty of fluids, such as water, to drink': a verb of using a thing, with no thing of its own, takes the one
    # before, even past the commas of its examples)
    if noun.text == "," and noun.i > 0:
        noun = noun.nbor(-1)
    # ('to drink to avoid dehydration': a 'to' after it is its own purpose, no object)
    used = verb_lemma(verb) in _USING_A_THING and not any(c.dep_ in ("prep", "dative", "dobj") for c in verb.children)
    return noun.pos_ == "NOUN" and (used or (not own and any(c.dep_ == "prt" for c in verb.children)))


# Verbs of using a thing, which a thing before them with no object of their own is for ('food to eat')
_USING_A_THING = frozenset({"drink", "eat", "read", "wear", "use", "carry", "borrow", "keep", "watch", "play"})


def another_receiver(doc: Doc, start: int) -> bool:
    """Whether a 'to' clause from start goes on to ', and to' before a thing, not a verb: another of those the main
    verb's thing goes to ('offered to pregnant women, to protect their baby, and to adults aged 75 to 79')."""
    return any(
        t.lower_ == "to" and t.nbor(-1).lower_ == "and" and t.nbor(-2).text == "," and t.nbor().pos_ in _THINGS
        for t in doc[start + 2 : -1]
    )


_THINGS = frozenset({"NOUN", "PROPN", "DET", "NUM", "ADJ", "PRON"})

"""Word-level signs that a parsed sentence was cut from another: a clause begun and never finished, a verb left
without its subject, 'of which' with nothing before it for 'which' to be."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .wording import SAME_IN_THE_PAST

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def of_which_first(sentence: Span, root: Token) -> bool:
    """'A large share of which involved young people.': the main verb's subject holds 'of which', so
    the clause was cut from the sentence that names what 'which' is ('The boxes, most of which were
    empty, went.' is whole: there 'of which' is inside a clause of its own)."""
    relatives = [t for t in sentence if t.i < root.i and t.lower_ in ("which", "whom") and t.head.lower_ == "of"]
    return any(not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i != root.i) for t in relatives)


# what 'if' or 'unless' may stand before with no verb: 'include a photo if possible', 'unless told otherwise'
_SAID_SHORT = frozenset({"possible", "necessary", "needed", "required", "appropriate", "applicable", "available",
                         "so", "not", "any", "otherwise", "told", "asked", "in"})  # fmt: skip


def opens_a_clause(token: Token) -> bool:
    """Whether a word is not the first of 'because of', a preposition with no clause after it, nor an 'if' said
    short ('if possible')."""
    following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
    return following != "of" and not (token.lower_ in ("if", "unless") and following in _SAID_SHORT)


def unfinished_clause(sentence: Span) -> bool:
    """Whether a clause after 'where', 'who' or 'whose' has no verb: 'A refuge is a safe house where women and
    children.' stops before saying what they do there."""
    opened = [t for t in sentence if t.lower_ in ("where", "who", "whose") and t.i > sentence.start]
    # ('places where young people aged 11 to 19.': a word that describes is no verb of the clause)
    helped = {t.head.i for t in sentence if t.dep_ in ("aux", "auxpass")}
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and (t.tag_ not in ("VBN", "VBG") or t.i in helped)]
    return bool(opened) and not any(t.i > opened[-1].i for t in verbs)


def another_time(mark: Token) -> bool:
    """Whether a clause after 'or' is another time for what the sentence says ('leave it charging overnight or
    while you are out'), not one begun and never finished."""
    before = mark.nbor(-2) if mark.i > 1 else None
    return mark.nbor(-1).lower_ == "or" and before is not None and before.pos_ == "ADV" and before.dep_ == "advmod"


def cut_from_its_subject(verb: Token) -> bool:
    """Whether a verb cannot open a clause of its own: a helper or a tensed verb ('is', 'can', 'were'), not the 'do'
    of an order ('And do not X') nor an order tagged as a past ('And put it out')."""
    past = verb.tag_ == "VBD" and verb.lower_ not in SAME_IN_THE_PAST
    return past or verb.tag_ in ("VBZ", "MD") or verb.lower_ in ("are", "were")


# An order to have a thing done ('Have your boiler checked every year'), which the parse may read as a question's 'have'
HAVE_IT_DONE = re.compile(
    r"(?:have|get)\s+(?:your|the|any|all)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+ed|done|seen)\b(?!\s+(?:to|by\s+you))",
    re.IGNORECASE,
)

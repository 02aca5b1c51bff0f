"""Bodies that a relative clause is about, named where 'This' or 'This person' would not say who acts: 'apply to the
county court, which may order them to pay' -> 'The county court may order them to pay'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .defining import _BODIES
from .nouns_said import _named_of, _noun_said
from .parser import verb_lemma
from .syntax import LONGEST_SUBJECT, _plural, _text, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DOERS = _BODIES | {"court", "tribunal", "ombudsman", "regulator", "inspectorate", "association", "authority", "trust"}
# what a body does that a thing done never does ('which can take up to 20 weeks' is the registering's)
_WHAT_BODIES_DO = frozenset({"order", "decide", "send", "contact", "write", "tell", "give", "review", "consider",
                             "investigate", "deal", "arrange", "assess", "visit", "call", "offer", "advise", "refer",
                             "reply", "respond", "award", "issue", "charge", "collect", "answer", "explain", "support",
                             "look", "help"})  # fmt: skip


def acting_body(doc: Doc, clause: Token, noun: Token, relative: str) -> str:
    """A body that does what a 'which' clause says, named ('apply to the county court, which may order them to pay':
    'The county court may order them', where 'This may order them' would seem to be the applying); '' if none."""
    # ('which may be able to take action': what a body is able to do is done by it)
    able = [c for c in clause.children if c.lower_ == "able" and any(x.dep_ == "xcomp" for x in c.children)]
    done = [x for c in able for x in c.children if x.dep_ == "xcomp"] or [clause]
    action = verb_lemma(done[0]) == "take" and any(c.lower_ == "action" for c in done[0].children)
    acting = relative == "which" and noun.lower_ in _DOERS and (verb_lemma(done[0]) in _WHAT_BODIES_DO or action)
    # ('the Office of the Public Guardian, which': a name that goes on past the noun is not cut short)
    cut_short = any(c.dep_ == "prep" and c.i == noun.i + 1 for c in noun.children) and not _named_of(doc, noun)
    named = _noun_said(doc, noun) if acting and not cut_short else ""
    # ('a local charity, which may collect it': 'The local charity may collect it')
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    named = f"The {named[0].lower()}{named[1:]}" if named and indefinite and not named.startswith("The ") else named
    return named if named.startswith("The ") and _words(named) <= LONGEST_SUBJECT else ""


def named_body(doc: Doc, noun: Token, relative: str) -> str:
    """A name for what a 'who' clause is about where 'They' could be the sentence's own subject ('pass your
    complaint to Trading Standards, who may investigate': 'Trading Standards may investigate'); '' for none."""
    # ('passed your letter to the VOA, who will look at it': a body's initials name it too)
    named = noun.is_title or (noun.is_upper and len(noun) > 1)
    body = relative == "who" and noun.pos_ == "PROPN" and noun.dep_ in ("pobj", "dobj") and named and not noun.conjuncts
    said = _noun_said(doc, noun) if body else ""
    return said if said and _words(said) <= LONGEST_SUBJECT else ""


def named_where_another_follows(doc: Doc, noun: Token, end: int) -> str:
    """The noun a subject's aside is about, named ('the current scheme'), where a thing of the same number follows it
    in the rest of the sentence that 'this' would seem to mean ('will be replaced by a banded scheme'); else ''."""
    named = _text(doc[noun.left_edge.i : noun.i + 1])
    words = named.split()
    if noun.left_edge.i != 0 or len(words) > MOST_NAMED or words[0].lower() not in ("the", "a", "an", "our", "your"):
        return ""
    later = [t for t in doc[end + 1 :] if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("pobj", "dobj", "attr")]
    if not any(_plural(t) == _plural(noun) for t in later):
        return ""
    return " ".join(["the" if words[0].lower() in ("a", "an", "the") else words[0].lower(), *words[1:]])


MOST_NAMED = 4  # words of a noun named again where 'this' would be unclear

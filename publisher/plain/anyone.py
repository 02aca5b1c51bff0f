"""A sentence about anyone who does something, said to the reader: 'Anyone who would like to volunteer should
speak to staff' -> 'Would you like to volunteer?' 'You should speak to staff.' (easy-read guides ask the reader)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parser import parse, verb_lemma
from .questions import at_condition
from .syntax import _root, _standing, _text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody"})
# The forms a verb takes with 'you' where it had one with 'anyone'
_WITH_YOU = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "are"}
# What 'anyone' is called again later in the sentence, said to the reader
_TO_THE_READER = {"they": "you", "them": "you", "their": "your", "theirs": "yours", "themselves": "yourself"}
# Words that may point to someone other than the one the sentence is about
# ('anyone who knows why you cannot marry': a 'you' already there is not the 'anyone')
_SOMEONE_ELSE = frozenset(
    {"he", "she", "him", "her", "his", "hers", "who", "whom", "whose", "i", "me", "my", "you", "your", "yours"}
)
# Words of a wrong done: asked of the reader, a warning to anyone who does it reads as an accusation ('Do you wrongly
# claim free treatment?')
_WRONGS = frozenset({"wrongly", "falsely", "illegally", "fraudulently", "dishonestly", "deliberately", "knowingly",
                     "fail", "fails", "break", "breaks", "commit", "commits", "guilty", "offence", "crime", "abuse",
                     "abuses", "misuse", "misuses", "ignore", "ignores", "refuse", "refuses"})  # fmt: skip


def _with_you(token: Token) -> str:
    """A word as it reads with 'you' for its subject ('has' -> 'have', 'lives' -> 'live'), with its spacing."""
    word = token.lower_
    if token.tag_ == "VBZ":
        word = _WITH_YOU.get(word, verb_lemma(token))
    elif token.tag_ == "VBD" and word == "was":
        word = "were"
    elif token.tag_ in ("PRP", "PRP$"):
        word = _TO_THE_READER.get(word, token.text)
    else:
        word = token.text
    return word + token.whitespace_


def _others_named(doc: Doc) -> bool:
    """Whether 'they' or 'them' may be others named before it ('Anyone who sees the men should not approach them')."""
    plural = [t.i for t in doc if t.tag_ in ("NNS", "NNPS")]
    return any(t.lower_ in ("they", "them", "themselves") and plural and plural[0] < t.i for t in doc)


def at_anyone_who(body: str) -> list[str] | None:
    """'Anyone who has been affected will get a letter' -> 'Have you been affected?' 'You will get a letter.': the
    clause is asked as the condition it is ('If you have been affected, you will get a letter')."""
    doc = parse(body)
    root = _root(doc)
    if root is None or len(doc) < 5 or doc[0].lower_ not in _ANYONE or doc[1].lower_ not in ("who", "that"):
        return None
    subject = doc[0]
    clauses = [c for c in subject.children if c.dep_ == "relcl"]
    if subject.head != root or subject.dep_ not in ("nsubj", "nsubjpass") or len(clauses) != 1:
        return None
    clause = clauses[0]
    after = clause.right_edge.i + 1
    # (what follows the clause must be the main verb or its helpers: otherwise the parse has the clause's end wrong)
    if clause.left_edge.i != 1 or after >= len(doc) or not (doc[after] == root or doc[after].head == root):
        return None
    misread = doc[after] != root and doc[after].dep_ not in ("aux", "auxpass", "neg")
    # ('Anyone who X, or who Y, may Z', 'Anyone who sees him': one simple case, about the reader alone)
    # (but 'Anyone who X can be fined, and they may have to Y' says more of the same person: 'and you may have to Y')
    carried = {t.i for t in doc[after:-2] if t.text == "," and t.nbor().lower_ == "and" and t.nbor(2).lower_ == "they"}
    other = any(t.lower_ in _SOMEONE_ELSE or (t.text in (",", ";", ":") and t.i not in carried) for t in doc[2:])
    if misread or other or _others_named(doc) or any(t.lower_ in _WRONGS for t in doc[2:after]):
        return None
    condition = "".join(_with_you(t) for t in doc[2:after]).strip()
    main = "".join(_with_you(t) for t in doc[after:]).strip()
    return at_condition(f"If you {condition}, you {main}")


# 'is asked to call', 'are urged to contact': a request made of whoever it is, said to the reader as 'Please'
_ASKED = re.compile(r"(?:is|are)\s+(?:being\s+)?(?:asked|urged|encouraged|requested|invited)\s+to\s+", re.IGNORECASE)


def at_anyone_with(body: str) -> list[str] | None:
    """'Anyone with information is asked to call 101' -> 'Do you have information?' 'Please call 101.'; 'Anyone with
    symptoms should stay at home' -> 'Do you have symptoms?' 'You should stay at home.'"""
    doc = parse(body)
    root = _root(doc)
    if root is None or len(doc) < 6 or doc[0].lower_ not in _ANYONE or doc[1].lower_ != "with":
        return None
    after = doc[1].right_edge.i + 1
    # (what follows the phrase must be the main verb or its helpers, and nothing in it may be someone else's)
    misread = doc[1].head != doc[0] or doc[0].head != root or after >= len(doc)
    misread = misread or doc[after].head not in (root, doc[after])
    if misread or _others_named(doc) or any(t.lower_ in _SOMEONE_ELSE or t.text in (",", ";", ":") for t in doc[2:]):
        return None
    said = "".join(_with_you(t) for t in doc[after:]).strip()
    asked = _ASKED.match(said)
    main = f"Please {said[asked.end() :]}" if asked else f"You {said}"
    return _standing([f"Do you have {_text(doc[2:after])}?", main])

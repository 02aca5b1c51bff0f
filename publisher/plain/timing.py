"""A time limit or a means at the end of a long sentence as a sentence of its own: 'Return the form within
one month of the date it was sent' -> 'Return the form.' 'Do this within one month of the date it was
sent.'; 'You can get help by filling in an HC1 form' -> 'You can get help.' 'You can do this by filling
in an HC1 form.'"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parse import SUBJECTS, parse, verb_lemma
from .syntax import _root, _standing, _text, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that open a phrase saying when: 'by' and 'from' only before a date or a time ('by post' is how).
_WHEN = frozenset({"within", "before", "after", "until", "during"})
_WHEN_IF_DATED = frozenset({"by", "from"})
_DATED = frozenset({"DATE", "TIME"})
SHORTEST_PHRASE = 4  # words: 'by 7am' stays where it is
SHORTEST_REST = 6
# Verbs for what happens to 'you' rather than what 'you' do: 'You should get your results within 2 weeks'
# is not 'You should do this within 2 weeks'.
_UNDERGONE = frozenset({"get", "receive", "hear", "be", "have", "need", "see", "expect", "qualify", "continue"})
# Who is said again for what they do: 'Residents should contact us before X' -> 'They should do this before X'.
_DOERS = {"you": "You", "we": "We", "they": "They"}


def _main_verbs(root: Token) -> set[int]:
    """The main verb and the verbs that carry on its clause: those joined to it by 'and', and its 'to'
    infinitives ('will return to empty the bin')."""
    found, todo = {root.i}, [root]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            infinitive = child.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in child.children)
            if child.pos_ in ("VERB", "AUX") and (child.dep_ == "conj" or infinitive):
                found.add(child.i)
                todo.append(child)
    return found


def _time_phrase(doc: Doc, verbs: set[int]) -> Token | None:
    """The word that opens a phrase saying when, if the phrase ends the sentence and belongs to the
    main clause."""
    last = max((t.i for t in doc if not t.is_punct), default=-1)
    for token in doc:
        if token.dep_ != "prep" or token.head.i not in verbs or token.right_edge.i < last:
            continue
        dated = token.lower_ in _WHEN_IF_DATED and any(t.ent_type_ in _DATED for t in token.subtree)
        # 'by completing a form': how, said as 'You can do this by completing a form' (never 'This happens by')
        means = token.lower_ == "by" and any(c.tag_ == "VBG" for c in token.children)
        if token.lower_ in _WHEN or dated or means:
            return token
    return None


def _doer(subject: Token) -> str | None:
    """The pronoun for a subject said again as the doer of 'do this': 'you', 'we', or a plural 'they'."""
    if subject.lower_ in _DOERS:
        return _DOERS[subject.lower_]
    return "They" if subject.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subject.children) else None


def _said_again(root: Token, phrase: Token) -> str | None:
    """How the second sentence starts: 'Do this' after an order, 'You should do this' after what you
    should do, else 'This will happen' in the main verb's tense (None for a tense it cannot say). A
    phrase whose own verb has no subject ('before spreading to the body') needs a doer: 'This happens
    before spreading' would say that 'this' spreads."""
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    modal = next((h.lower_ for h in helpers if h.tag_ == "MD"), None)
    if not subjects and root.tag_ == "VB" and all(h.lower_ == "do" for h in helpers):
        return "Do this"
    passive = any(h.dep_ == "auxpass" for h in helpers)
    doer = _doer(subjects[0]) if subjects and not passive else None
    if doer and modal and verb_lemma(root) not in _UNDERGONE:
        return f"{doer} {modal} do this"
    if any(c.tag_ == "VBG" for c in phrase.children):
        return None
    happen = _happen(helpers[0] if helpers else root, modal, "last" if phrase.lower_ == "until" else "happen")
    return f"This {happen}" if happen else None


def _happen(finite: Token, modal: str | None, verb: str) -> str | None:
    """'happen' (or 'last') in the tense of the main verb: 'will happen', 'happens', 'happened'; None
    for the perfect ('has been done within X' says when it was done, not that it happens then)."""
    if modal:
        return f"{modal} {verb}"
    if finite.lower_ in ("has", "have", "had"):
        return None
    if finite.tag_ in ("VBZ", "VBP"):
        return f"{verb}s"
    return ("lasted" if verb == "last" else "happened") if finite.tag_ == "VBD" else None


def at_time_limit(body: str) -> list[str] | None:
    """A phrase saying when that ends a long sentence becomes a sentence of its own: 'A new bin will be
    delivered within 10 working days of payment' -> 'A new bin will be delivered.' 'This will happen
    within 10 working days of payment.'"""
    doc = parse(body)
    root = _root(doc)
    if root is None or any(c.dep_ == "neg" for c in root.children):
        return None
    phrase = _time_phrase(doc, _main_verbs(root))
    if phrase is None:
        return None
    start = phrase.left_edge.i
    if _words(_text(doc[start:])) < SHORTEST_PHRASE or _words(_text(doc[:start])) < SHORTEST_REST:
        return None
    # 'booked online from 4 weeks before X': a word before the phrase that needs it ('from') keeps it whole
    opener = _said_again(root, phrase) if doc[start - 1].tag_ != "IN" else None
    if opener is None:
        return None
    return _standing([_text(doc[:start]), f"{opener} {_text(doc[start:])}"])

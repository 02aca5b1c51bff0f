"""The comma that ends an opening condition or time clause, where the source left it out ('If you are unhappy with
the outcome you can appeal' -> 'If you are unhappy with the outcome, you can appeal'): the rules that ask a
condition first, or put times in order, read the clause up to that comma."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS, parse_pieces_ahead, stands_alone
from .parser import parse, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that open a clause said before its sentence; 'as' and 'since' also open phrases, and are left alone.
_OPENERS = re.compile(
    r"(?:if|when|whenever|where|once|unless|until|while|whilst|although|though|because|after|before|as soon as)\s",
    re.IGNORECASE,
)
# Words a clause never ends on: a linking word, a preposition, a determiner, a helper, 'to', a relative word.
_NEVER_LAST = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "SYM"})
_NEVER_LAST_TAGS = frozenset({"PRP$", "WDT", "WRB", "WP", "WP$", "HYPH"})
# Words a main clause never starts on: a preposition, a linking word, 'to', a finite verb (its subject would be
# left in the condition: 'If you move house you' | 'tell us').
_NEVER_FIRST = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "AUX"})
_NEVER_FIRST_TAGS = frozenset({"VBZ", "VBD", "VBP", "VBN", "VBG", "POS", "HYPH", "WDT", "WRB", "WP", "WP$"})
# A word before the cut that describes one after it ('the County | Council'), or one after it that completes one
# before it ('any defect that causes | concern'): the cut would part a phrase.
_DESCRIBING = frozenset({"compound", "amod", "det", "poss", "nummod", "nmod", "quantmod", "advmod", "npadvmod"})
_COMPLETING = frozenset({"dobj", "attr", "acomp", "pobj", "dative", "oprd", "prt", "agent", "pcomp", "case"})
_MAIN_OPENERS = frozenset({"then", "please"})
FEWEST_WORDS = 2  # words of a condition ('If you can') and of a main clause ('we will')


def _could_end_at(doc: Doc, at: int) -> bool:
    """Whether a condition may end just before doc[at] and its main clause start there, by the words either side."""
    last, first = doc[at - 1], doc[at]
    if last.pos_ in _NEVER_LAST or last.tag_ in _NEVER_LAST_TAGS or last.lower_ in ("not", "to", "then", "please"):
        return False
    if any(t.head.i >= at and t.dep_ in _DESCRIBING for t in doc[:at]):
        return False
    # (the first word after the cut may be read as the condition's object: 'When you apply | you will need X')
    if any(t.head.i < at and t.dep_ in _COMPLETING for t in doc[at + 1 :]):
        return False
    # ('If you are finding | it hard to pay': an active verb's object, which may read as the next clause's subject)
    if last.pos_ == "VERB" and last.tag_ != "VBN" and first.lower_ in ("it", "them", "him", "her", "me", "us"):
        return False
    if first.lower_ in _MAIN_OPENERS:
        return True
    return first.pos_ not in _NEVER_FIRST and first.tag_ not in _NEVER_FIRST_TAGS


def _opens_with_subject(words: Doc, orders: bool = True) -> bool:
    """Whether words read alone open a clause with its subject, only helpers between it and its verb (or, if
    orders are allowed, with an order's verb): not 'you visit the office staff will help', which reads as one."""
    roots = [t for t in words if t.dep_ == "ROOT"]
    if len(roots) != 1:
        return False
    root = roots[0]
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if any(c.dep_ in ("csubj", "csubjpass") for c in subjects):
        return False
    if subjects:
        # (and nothing but helpers between the subject and its verb: not 'concern | the council want X')
        between = words[subjects[0].right_edge.i + 1 : root.i]
        return subjects[0].left_edge.i == 0 and all(t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between)
    return orders and root.i == 0 and root.tag_ == "VB"


def _misread(words: Doc) -> bool:
    """Whether a parse shows words that are no clause: a verb with two objects ('do this the amount'), or a clause
    with a helper of its own and no subject ('you owe us will be increased')."""
    return any(
        sum(c.dep_ == "dobj" for c in t.children) > 1
        or (
            t.dep_ == "ccomp"
            and any(c.tag_ == "MD" for c in t.children)
            and not any(c.dep_ in SUBJECTS for c in t.children)
        )
        for t in words
    )


def _as_sentence(words: str) -> str:
    """Words with a capital, as stands_alone checks them."""
    return words[:1].upper() + words[1:]


def _clause_ends(doc: Doc, opener: int, before: int) -> list[int]:
    """The places before doc[before] where the opening clause may end, read by parsing each cut: the clause
    before the cut a sentence of its own, the words after it a main clause that opens with its subject (or an
    order)."""
    last = min(before, len(doc) - FEWEST_WORDS)
    # ('If you want an update please can one person make the call': a 'please' asks what the main clause asks)
    asked = next((t.i for t in doc[opener + 1 : last] if t.lower_ == "please"), last)
    places = [at for at in range(opener + FEWEST_WORDS + 1, min(last, asked + 1)) if _could_end_at(doc, at)]
    clauses = {at: doc[opener + 1 : at].text for at in places}
    mains = {at: doc[at:].text for at in places}
    # ('then your deposit is kept', 'please call us': the main clause is read past its first word)
    mains = {at: re.sub(r"^(?:then|please)\s+", "", words, flags=re.IGNORECASE) for at, words in mains.items()}
    parse_pieces_ahead([*clauses.values(), *mains.values()])
    return [
        at
        for at in places
        if not any(_misread(parse(_as_sentence(part[at]))) for part in (clauses, mains))
        and _opens_with_subject(parse(_as_sentence(clauses[at])), orders=False)
        and stands_alone(clauses[at])
        and _opens_with_subject(parse(_as_sentence(mains[at])))
        and stands_alone(mains[at])
    ]


_TAKEN = frozenset({"dobj", "attr", "acomp", "xcomp", "ccomp", "dative", "oprd", "agent"})
_PERSONAL = frozenset({"you", "we", "they", "he", "she", "it"})
# Verbs whose clause may follow with no 'that' ('If you tell your landlord you will be away'): no cut after them.
_TELLING = frozenset(
    """tell inform warn show promise agree decide think know believe feel say confirm find expect hope suspect notice
    realise realize mean prove ensure check satisfy assure state claim declare""".split()
)


def _modal_clause_opens(doc: Doc, at: int) -> bool:
    """Whether a person and a modal open the main clause at doc[at], just after a noun, with no verb of telling or
    knowing before them whose clause they could be, and the verb after them has what it takes: 'the amount of
    fluid they can drink' describes the fluid."""
    person, modal, last = doc[at], doc[at + 1] if at + 1 < len(doc) else None, doc[at - 1]
    if person.lower_ not in _PERSONAL or modal is None or modal.tag_ != "MD" or last.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(verb_lemma(t) in _TELLING for t in doc[:at]):
        return False
    comma = next((t.i for t in doc[at:] if t.is_punct), len(doc))
    verb = next((t for t in parse(_as_sentence(doc[at:comma].text)) if t.dep_ == "ROOT"), None)
    return verb is not None and any(
        c.dep_ in _TAKEN or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)) for c in verb.children
    )


def with_opening_comma(sentence: str) -> str:
    """The sentence with a comma after its opening condition or time clause, where it has none and one place
    only can end the clause; otherwise the sentence as it was."""
    opener = _OPENERS.match(sentence)
    if opener is None:
        return sentence
    doc = parse(sentence)
    words = len(opener.group(0).split())
    commas = [t.i for t in doc if t.text in (",", ";", ":", "(", "–", "—") or (t.text == "-" and t.whitespace_)]
    end = commas[0] if commas else len(doc)
    if end < words + FEWEST_WORDS + 1:
        return sentence
    # (a comma already there may end the clause: 'If you move, and you rent, tell us' is left as it is, unless a
    # subject and its modal after a noun open the main clause before it: 'If you are given a certificate | you will
    # get full help, which means X')
    if commas and stands_alone(doc[words:end].text):
        ends = [at for at in _clause_ends(doc, words - 1, end) if _modal_clause_opens(doc, at)]
    else:
        ends = _clause_ends(doc, words - 1, end)
    if len(ends) != 1:
        return sentence
    cut: Token = doc[ends[0]]
    return f"{sentence[: cut.idx].rstrip()}, {sentence[cut.idx :]}"

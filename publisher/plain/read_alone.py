"""Two clauses joined after a comma that the parse of the whole missed, found by reading each half alone: 'A licence
for a day costs £45, and a licence for a year costs £1,250' -> 'A licence for a day costs £45.' 'A licence for a year
costs £1,250.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .clause_apart import thing_said_again, verb_left_out
from .hanging import done_after_with
from .linking import (
    but_of_the_condition,
    condition_of_both,
    in_a_condition,
    in_an_exception,
    in_closing_condition,
    in_listed_conditions,
    more_of_a_helping_clause,
)
from .main_clauses import _alone
from .parse import SUBJECTS, which_stand
from .parser import parse, verb_lemma
from .syntax import _root, _standing, has_subject
from .wording import count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_JOINED = re.compile(r",\s+(and|but|so)\s+")
_OPENERS = {"and": "", "but": "But", "so": "So"}
_TENSED = ("VBD", "VBZ", "VBP")
# Words that open a clause that is part of something before it, not a sentence ('and who', 'and that', 'and then if')
_NOT_ITS_OWN = re.compile(
    r"(?:who|whom|whose|which|what|where|when|whether|how|why|that|if|unless|because|as|while|then|also|either)\b",
    re.IGNORECASE,
)
# ('You must be 18, you must live here, and X': clauses listed with commas, whose last is no sentence of its own)
_LISTED_CLAUSE = re.compile(r",\s+(?:you|we|they|it|he|she|there|this)\s+\w+", re.IGNORECASE)
# ('the payments, which means you get credits, and your child will get a number': an aside the 'and' may go on with)
_IN_AN_ASIDE = re.compile(r",\s+(?:which|who|whose|where|whom)\b[^,]*$", re.IGNORECASE)
# Helpers that make a clause after a condition a new statement ('if you have a partner, and you may get more'), not
# more of what is asked ('if you own it, and your income is low'; 'and you cannot walk there')
# Verbs whose clause reports another ('said the road would close'), whose 'and' may go on with the report
_REPORTING = frozenset(
    "say tell think believe know explain agree show mean find confirm warn report claim feel hope expect suggest decide"
    " announce state add understand".split()
)
_LINKING_FIRST = frozenset({"then", "but", "and", "so", "also", "now", "instead"})
_STATING = frozenset({"will", "would", "may", "might", "must", "should", "could", "can"})


def _clause(words: str) -> tuple[Doc, Token] | None:
    """Words parsed alone, with their main verb, where they are a clause that opens with its subject before a tensed
    verb or a modal."""
    doc = _alone(words)
    root = _root(doc)
    if root is None:
        return None
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    tensed = root.tag_ in _TENSED or any(h.tag_ == "MD" or h.tag_ in _TENSED for h in helpers)
    # ('Then they become wet, and X': a linking word may come before the subject)
    first = 1 if doc[0].lower_ in _LINKING_FIRST and len(doc) > 1 and doc[1].text != "," else 0
    opened = any(c.dep_ in SUBJECTS and c.left_edge.i == first for c in root.children)
    # ('We no longer send paper permits': a plain verb after its subject is the present the tagger missed)
    tensed = tensed or (root.tag_ == "VB" and not any(h.lower_ == "to" for h in helpers))
    return (doc, root) if tensed and opened and not done_after_with(doc) else None


def _stated(doc: Doc, root: Token) -> bool:
    """Whether a clause says something of its own with a helper ('you may get more'), not one the reader is asked
    about ('you can show it': after a condition, 'can' of the reader is still the condition's)."""
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"]
    if not helpers or any(c.dep_ == "neg" for c in root.children) or helpers[0].lower_ not in _STATING:
        return False
    reader = any(c.dep_ in SUBJECTS and c.lower_ == "you" for c in root.children)
    return not (reader and helpers[0].lower_ == "can")


def _things_first(subject: str) -> bool:
    """Whether words open with a list of short things, two commas or more, none with a verb ('plastic bottles, pots,
    tubs and trays in your bin, all mixed'), not a subject with an aside ('older children who X, such as Y,')."""
    chunks = [c.strip() for c in subject.split(",")]
    listed = [c for c in chunks[:2] if c and count_words(c) <= 4]
    return (
        len(chunks) >= 3 and len(listed) == 2 and not any(t.pos_ in ("VERB", "AUX") for t in parse(", ".join(listed)))
    )


def _apart(left: str, right: str) -> bool:
    """Whether the words either side of ', and' are two sentences: each a clause alone, neither a list's last or a
    report's, and the second no more of a condition or a helping clause that the first ends in."""
    short = count_words(left) < 5 or count_words(right) < 4
    if short or _NOT_ITS_OWN.match(right) or _LISTED_CLAUSE.search(left) or _IN_AN_ASIDE.search(left):
        return False
    first, second = _clause(left), _clause(right)
    if first is None or second is None or thing_said_again(left, right):
        return False
    # ('We were told the road would close, and it will': a clause inside a report is the report's)
    # ('A rating of 5 means that X, and a rating of 0 means that Y': the same report again is a sentence of its own)
    again = verb_lemma(second[1]) == verb_lemma(first[1])
    if verb_lemma(first[1]) in _REPORTING and any(c.dep_ == "ccomp" for c in first[1].children) and not again:
        return False
    # ('proof, such as the report, photos, and receipts, and the money will be held': the subject must not be a list)
    # ('jars, and plastic bottles, pots, tubs and trays in your bin, all mixed together': a list again, not a subject)
    # ('work such as widening doors, fitting a stairlift, and building a bathroom, which X must agree is needed': the
    # last of the things done, which the parse may read as the subject of the aside's verb)
    done = second[0][0].tag_ == "VBG" and re.search(r"(?:,|such as|including)\s+\w+ing\b", left) is not None
    if done or re.search(r",\s+(?:and|or)\s", right[: second[1].idx]) or _things_first(right[: second[1].idx]):
        return False
    joined = condition_of_both(right) or but_of_the_condition(left, right) or more_of_a_helping_clause(left, right)
    if joined or verb_left_out(left, right, second[0][0]):
        return False
    conditional = in_a_condition(left) or in_closing_condition(left) or in_listed_conditions(left)
    return not conditional or (not in_an_exception(left) and _stated(*second))


# ('and if you cannot speak, stay on the line': a condition with its own main clause after its comma)
_OWN_CONDITION = re.compile(r"(?:if|unless)\s[^,]+,\s+\w", re.IGNORECASE)


def _ordered(doc: Doc) -> bool:
    """Whether words read alone are an order: a plain verb with no subject."""
    root = _root(doc)
    return root is not None and root.tag_ == "VB" and not has_subject(root)


def _condition_apart(left: str, right: str) -> bool:
    """Whether the words after ', and' are a condition and a main clause of their own, said of whoever the first
    clause is of ('Then call 999, and if you cannot speak, stay on the line': both orders; 'We will cut the hedge, and
    if needed, remove the stump' is what we will do, no order to the reader)."""
    if not _OWN_CONDITION.match(right) or count_words(left) < 3 or _LISTED_CLAUSE.search(left):
        return False
    if _IN_AN_ASIDE.search(left) or in_a_condition(left) or in_closing_condition(left) or in_listed_conditions(left):
        return False
    return _ordered(_alone(left)) == _ordered(_alone(right))


def at_clauses_read_alone(body: str) -> list[str] | None:
    """'X costs £45, and Y costs £1,250' -> 'X costs £45.' 'Y costs £1,250.', where the parse of the whole did not
    see the second clause but each half read alone is one."""
    for match in _JOINED.finditer(body):
        left, right = body[: match.start()], body[match.end() :]
        if left.count("(") != left.count(")"):
            continue
        if match[1].lower() == "and" and _condition_apart(left, right):
            # ('Then call 999.' is short, and whole: both halves are checked as sentences, not counted)
            pieces = [left, f"{right[0].upper()}{right[1:]}"]
            return pieces if all(which_stand(pieces)) else None
        if _apart(left, right):
            opener = _OPENERS[match[1].lower()]
            # ('Then we open shelters, and everyone is offered a bed': both are what then happens, and 'And' says so)
            opener = opener or ("And" if left.lower().startswith("then ") else "")
            return _standing([left, f"{opener} {right}" if opener else right])
    return None

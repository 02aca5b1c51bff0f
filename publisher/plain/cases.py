"""Conditions said as one case: 'If your child is not offered a place, you can appeal' -> 'Sometimes your child is not
offered a place.' 'Then you can appeal.'; and 'Even if X, still Y', asked or said the same way."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aside_spans import condition_list_goes_on
from .one_case import one_case
from .parser import parse
from .questions import EXAMPLES_FIRST, _hypothetical, _only_supposed, _two_clauses, at_condition
from .syntax import _root, _text, comma_closing
from .wording import OWN_TIME

if TYPE_CHECKING:
    pass


def at_other_condition(body: str) -> list[str] | None:
    """'If your child is not offered a place, you can appeal' (a condition that makes no question: not
    about the reader, or with 'not') -> 'Sometimes your child is not offered a place.' 'Then you can
    appeal.'; 'Where only one adult lives there, the bill is cut' likewise."""
    doc = parse(body)
    root = _root(doc)
    if root is None or doc[0].lower_ not in ("if", "where") or _hypothetical(root):
        return None
    clause = doc[0].head
    if clause.dep_ != "advcl" or clause.head != root or clause.left_edge.i != 0:
        return None
    comma = comma_closing(clause)
    # ('If X, for example Y, Z': a condition with parts of its own stays whole, and so does one whose list goes on;
    # 'If A or if B then C': two conditions are no one case)
    inside = doc[1:comma]
    if comma >= len(doc) or doc[comma].text != "," or any(t.text in (",", ";", ":", "if", "unless") for t in inside):
        return None
    # 'If it is not, you can X': a clause that points back says nothing as 'Sometimes it is not.'
    elliptical = doc[comma - 1].lower_ in ("not", "so") or doc[comma - 1].pos_ == "AUX"
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # 'If you think X, phone us': the reader is asked ('Do you think X?'), once the sentence is short enough
    # for the question to be put, never told 'Sometimes you think X.'
    # ('If you claim X and someone moves in, tell us': two clauses make no one question, so they are said as one case)
    asked = any(s.lower_ == "you" for s in subjects) and not any(c.dep_ == "neg" for c in clause.children)
    # ('If your bin was out on time': 'Sometimes your bin was out' says what happened at some time past, no case)
    past = any(t.tag_ == "VBD" and t.dep_ in ("advcl", "aux", "auxpass", "conj") for t in (clause, *clause.children))
    if elliptical or not subjects or (asked and not _two_clauses(clause)) or past or _only_supposed(clause, subjects):
        return None
    # ('If you are not in agreement with your landlord, then your deposit will X': 'Then' is said once, below)
    main = re.sub(r"^then\b,?\s*", "", _text(doc[comma + 1 :]), flags=re.IGNORECASE)
    # ('If your situation changes, for example you have a baby, tell X': the examples are the condition's)
    # ('If X are needed, particularly if Y, we may Z': the second condition is the first one's, not the main clause's)
    # ('If it has been missed 3 times, even though you put it out, call us': so is a concession straight after it)
    opened = re.match(r"(?:this|that|(?:\w+ )?(?:if|unless|though)\b|although\b)", main, re.IGNORECASE)
    opened = opened or EXAMPLES_FIRST.match(main)
    # ('If X, you must have a licence, and from 1 March Y will need one too': is Y's the same case? left whole)
    opened = opened or re.search(rf",\s+and\s+{OWN_TIME}", main)
    if not main or opened or condition_list_goes_on(doc, comma):
        return None
    # Both parts come from inside the sentence, so they keep their own capitals (a name's, 'I')
    return one_case(_text(doc[1:comma]), main)


def at_even_if(body: str) -> list[str] | None:
    """'Even if you have savings, you may still get it' -> 'Do you have savings?' 'You may still get it.'; 'Even if
    the signs go away, the person still needs X' -> 'Sometimes the signs go away.' 'But the person still needs X.': the
    condition asked or said as one case, as 'if' is, where 'still' keeps the concession in what follows."""
    opening = re.match(r"even if\s+", body, re.IGNORECASE)
    if opening is None:
        return None
    condition = f"If {body[opening.end() :]}"
    # ('Is a vehicle owned by someone?' 'It can still be X.': only the reader is asked)
    question_first = at_condition(condition)
    said_to_you = question_first is not None and question_first[0].split()[1:2] == ["you"]
    pieces = question_first if said_to_you else at_other_condition(condition)
    if not pieces or not re.search(r"\bstill\b", pieces[-1], re.IGNORECASE):
        return None
    if pieces[0].startswith("Sometimes "):
        pieces[-1] = re.sub(r"^Then\s+", "But ", pieces[-1])
    return pieces

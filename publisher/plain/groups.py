"""A group named by what its members do, then what is said of them: 'People who hold a bus pass will travel free' ->
'Some people hold a bus pass.' 'They will travel free.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS
from .parser import parse
from .syntax import _GROUPS, _root, _standing, _text

if TYPE_CHECKING:
    from spacy.tokens import Token


def at_group_who(body: str) -> list[str] | None:
    """'People who hold a bus pass will travel free' -> 'Some people hold a bus pass.' 'They will travel
    free.' (a plural group named by what its members do, then what is said about them)."""
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i):
        clauses = [c for c in subject.children if c.dep_ == "relcl" and doc[c.left_edge.i].lower_ in ("who", "that")]
        if subject.lower_ not in _GROUPS or subject.tag_ != "NNS" or len(clauses) != 1:
            continue
        if any(t.dep_ == "conj" for t in doc[subject.i : clauses[0].left_edge.i]):
            continue  # 'Children in care and children who are supported by X': the clause is the second group's
        # ('Owners of homes that have been empty pay X', 'Parents of children who are under 5': the clause may be the
        # nearer noun's; a place's name cannot be who does it)
        if any(t.dep_ == "pobj" and t.pos_ == "NOUN" for t in doc[subject.i : clauses[0].left_edge.i]):
            continue
        counted = any(c.lower_ in ("most", "many", "few", "all", "several", "more", "fewer") for c in subject.lefts)
        counted = counted or any(c.dep_ == "nummod" for c in subject.children)  # '2,100 people who': a fact
        if any(c.dep_ in ("det", "poss") for c in subject.children) or subject.left_edge.i != 0 or counted:
            continue  # 'The people who ...', 'Our tenants who ...', 'Most people who ...': not 'some'
        clause = clauses[0]
        if doc[clause.left_edge.i].dep_ not in SUBJECTS or clause.right_edge.i + 1 >= root.i + 1:
            continue
        group = _text(doc[subject.left_edge.i : clause.left_edge.i])  # 'Foster carers who X': not 'Some carers'
        # ('Households in Riverside' -> 'some households in Riverside'; 'Badge holders': a name's word keeps its
        # capital)
        group = group if doc[subject.left_edge.i].tag_ == "NNP" else group[0].lower() + group[1:]
        end = clause.right_edge.i
        # ('Children who get Income Support or Income Based Jobseeker's Allowance can X': the parse may hang the
        # clause's last words on the group itself; the clause runs on to the group's verb)
        tail = doc[end + 1 : subject.right_edge.i + 1]
        if not _verb_group(doc[end + 1], root) and not any(t.is_punct or t.tag_ in ("WP", "WDT") for t in tail):
            end = subject.right_edge.i
        described = _text(doc[clause.left_edge.i + 1 : end + 1])
        rest = _text(doc[end + 1 :])
        after = end + 1
        if not _verb_group(doc[after], root):
            continue  # what follows the clause must be the group's verb, or the parse has the clause's end wrong
        if doc[after].lower_ == "only" and doc[after + 1].dep_ in ("aux", "auxpass"):
            # 'People who get tax credits only will be paid by HMRC': 'only' goes with the tax credits
            described, rest = f"{described} only", _text(doc[after + 1 :])
        words = doc[clause.left_edge.i + 1 : end + 1]
        # ('Children who miss school fall behind, and missing a week adds up to X': a parse that runs the clause past
        # its comma and 'and' has the group's verb wrong, and 'They adds' shows it)
        misread = re.search(r",\s+(?:and|or|but)\s", words.text) is not None or doc[after].tag_ == "VBZ"
        if any(t.lower_ in ("who", "whom", "whose") for t in words) or re.match(r"[,\s]*(?:and|or)\b", rest) or misread:
            continue  # 'People who apply, and who cannot pay, may ask': 'They and who cannot pay, may ask.'
        pieces = _standing([f"Some {group} {described}", f"They {rest}"])
        if pieces:
            return pieces
    return None


def _verb_group(token: Token, root: Token) -> bool:
    """Whether a word opens the main verb's group: the verb itself, a helper or 'not' of it, or 'only' before them."""
    return token == root or (token.head == root and token.dep_ in ("aux", "auxpass", "neg")) or token.lower_ == "only"

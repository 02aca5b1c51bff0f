"""Two things that follow from one condition said first, listed under it so that the condition stays with both:
'If that happens, we will apply for an order, and costs will be added' -> 'If that happens:' and the two."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cases import at_other_condition
from .clause_lists import LONGEST_SEMICOLON_ITEM
from .examples import at_condition_examples
from .or_else import says_what_else
from .parse import SUBJECTS, is_finite, stands_alone
from .parser import parse
from .questions import CASES_GO_ON, at_condition
from .series import Bullets, Piece
from .syntax import _root, _text, _words
from .wording import OWN_TIME, gives_examples

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_CONDITION_MARKS = frozenset({"if", "unless", "when", "once"})
LONGEST_OUTCOME = 20  # words of an outcome listed under its condition: no item longer than a sentence may be


def _outcomes(doc: Doc) -> tuple[int, Token] | None:
    """Where the first of two outcomes after an opening condition starts, and the 'and' or 'or' between them;
    None unless both are said of something, each with its subject, or both are things to do."""
    root = _root(doc)
    if root is None or doc[0].lower_ not in _CONDITION_MARKS or doc[0].dep_ != "mark":
        return None
    clause = doc[0].head
    verbs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    links = [c for c in root.children if c.dep_ == "cc" and root.i < c.i and c.lower_ in ("and", "or")]
    # ('you will lose the right to pay by instalments and the full balance will become due': the parse may hang the
    # 'and' before the second clause's subject on the word before it)
    before = doc[verbs[0].left_edge.i - 1] if len(verbs) == 1 and verbs[0].left_edge.i > root.i + 1 else None
    links = links or ([before] if before is not None and before.lower_ in ("and", "or") else [])
    if clause.head != root or clause.dep_ != "advcl" or len(verbs) != 1 or len(links) != 1:
        return None
    conj, link = verbs[0], links[0]
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i > clause.right_edge.i]
    start = subjects[0].left_edge.i if subjects else root.i
    own = any(c.dep_ in SUBJECTS for c in conj.children)
    # ('If X, it is a scam and you should not deal with it': two clauses, each with its subject, need no comma)
    parted = doc[link.i - 1].text == "," or (own and bool(subjects) and link.i + 1 < conj.i)
    apart = link.i < conj.i and parted and doc[start - 1].text == ","
    guessed = any(c.lower_ == "would" for c in root.children)  # ('would' is no outcome but a guess)
    if own != bool(subjects) or not apart or guessed:
        return None
    return start, link


_THE_LAW = re.compile(r"it is (?:also )?(?:an offence|a criminal offence|a crime|illegal|against the law)\b", re.I)
LONGEST_INTRO = 20  # words of a condition and its example that lead into the outcomes together


def outcomes_as_bullets(body: str) -> list[Piece] | None:
    """Two things that follow from one condition said first, each a clause, listed under it so that the
    condition stays with both: 'If that happens, we will apply for an order, and costs will be added' ->
    'If that happens:' and the two. A condition the reader can be asked is left to the question rule."""
    doc = parse(body)
    found = _outcomes(doc)
    if found is None:
        return None
    start, link = found
    # ('..., and you must keep records, if you keep 500 birds': the closing condition is both's)
    closing = re.search(r",\s+(?:if|unless)\b", _text(doc[link.i :])) is not None
    # ('If you feel able to, we recommend that you X, explain Y, and try Z': a clause of its own after a comma
    # inside what the parse gave the condition is the main one)
    clauses = [t for t in doc[1 : start - 1] if t.text == "," and doc[t.i + 1].dep_ in SUBJECTS]
    items = [f"{_text(doc[start : link.i])}, {link.lower_}", _text(doc[link.i + 1 :])]
    intro = _text(doc[: start - 1])
    # ('If you think it is unfair, for example because A, B, or C, write to us': examples that go on past the parse)
    examples = link.lower_ == "or" and gives_examples(intro)
    # ('If A, B, or C, call 999': the clauses after the comma are more cases of the condition)
    # ('If you are a landlord of X, you must have a licence, and from 1 March smaller HMOs will need one too': a time
    # of its own opens a statement of its own, which the condition does not hold)
    own_time = re.match(OWN_TIME, items[1]) is not None
    # ('If we find changes, we will invite you more often, and if you need treatment, we will refer you': a condition
    # of its own opens a statement the first condition does not hold)
    own_time = own_time or re.match(r"(?:if|unless|when|once)\s", items[1], re.IGNORECASE) is not None
    # ('If you do not let us in, we may apply for a warrant, and it is an offence to obstruct an officer': the law
    # holds whatever the reader does)
    own_time = own_time or _THE_LAW.match(items[1]) is not None
    # ('If you get Universal Credit, you must report the change, or you may not get the right amount': what comes of
    # not doing it, see or_else)
    own_time = own_time or (link.lower_ == "or" and says_what_else(_text(doc[start : link.i]), items[1]))
    # ('If you switch, you will pay for what you use, and many people find their bills go down': what holds in the
    # present after an outcome to come is said of people in general, no outcome of the condition)
    conj = next((t for t in doc[link.i + 1 :] if t.dep_ == "conj" and t.head.dep_ == "ROOT"), None)
    helped = any(c.tag_ == "MD" for c in doc[start : link.i])
    own_time = own_time or (conj is not None and helped and conj.tag_ in ("VBP", "VBZ") and not _helped(conj))
    if (
        closing
        or examples
        or own_time
        or CASES_GO_ON.match(_text(doc[start:])) is not None
        or any(is_finite(doc[t.i + 1].head) for t in clauses)
        or _words(intro) > LONGEST_SEMICOLON_ITEM
    ):
        return None
    outcomes = [_text(doc[start : link.i]), items[1]]
    if any(_words(i) > LONGEST_OUTCOME or not stands_alone(f"{i[0].upper()}{i[1:]}.") for i in outcomes):
        return None
    # ('Do you X?' 'A.' 'B.': easy read asks the reader where it can; with no comma between the two, 'Sometimes X.'
    # 'Then A and B.' says them as sentences where that rule can)
    unparted = doc[link.i - 1].text != ","
    if at_condition(body) is not None or (unparted and (at_other_condition(body) or at_condition_examples(body))):
        return None
    # ('If we cannot finish it, for example because we need a part:': the example stays with its condition; after a
    # long one it is said after the list, where it could seem the last outcome's)
    example = re.search(r",\s+for example\s+(?=because|if|when)", intro)
    if example is None or _words(intro) <= LONGEST_INTRO:
        return [Bullets(intro=f"{intro}:", items=tuple(items))]
    case = intro[example.end() :]
    return [Bullets(intro=f"{intro[: example.start()]}:", items=tuple(items)), f"For example, this could be {case}."]


def _helped(verb: Token) -> bool:
    """Whether a verb has a helper of its own ('will become', 'can be')."""
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)

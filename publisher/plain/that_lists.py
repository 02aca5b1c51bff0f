"""Two or more clauses said or checked, each after its own 'that', as bullets after the verb they follow: 'Please make
sure that someone is at home, and that they can get to your boiler' -> 'Please make sure that:' and the two."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import stands_alone
from .parser import parse
from .series import Bullets, Piece
from .syntax import _words

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEXT_THAT = re.compile(r",\s+(?:(?P<link>and|or)\s+)?that\s+")
# ('that A, and ask you to click': a clause of the sentence's own after the list, not the last thing said)
_GOES_ON = re.compile(r",\s+(?:and|or|but|so|then)\s")
LONGEST_CLAUSE = 25  # words of one thing said after its 'that'
_SUBJECT_FIRST = frozenset({"PRP", "PRP$", "NNS", "NNP", "NNPS", "EX"})


def _subject_next(that: Token) -> bool:
    """Whether a subject follows a 'that': a pronoun or a name, or a noun and then a tensed verb ('that staff know')."""
    doc = that.doc
    if that.i + 1 >= len(doc):
        return False
    after = doc[that.i + 2] if that.i + 2 < len(doc) else None
    tensed = after is not None and after.tag_ in ("VBP", "VBZ", "VBD", "MD")
    return that.nbor().tag_ in _SUBJECT_FIRST or (that.nbor().tag_ == "NN" and tensed)


def that_clauses_as_bullets(body: str) -> list[Piece] | None:
    """'X said that A, that B, and that C' -> 'X said that:' and the clauses, where each 'that' opens a clause
    the same verb takes and the last closes the sentence."""
    doc = parse(body)
    first = next((t for t in doc if t.lower_ == "that" and t.dep_ == "mark"), None)
    # ('notice a soft spot, that they do not want to be held, or that X': a thing said first is no clause)
    if first is None or first.i < 2 or doc[first.i - 1].pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    said = body[first.idx + len("that ") :].rstrip().removesuffix(".")
    cuts = list(_NEXT_THAT.finditer(said))
    # (each 'that' the parse must read as opening a clause: 'a problem that X, or that could Y' is a relative's)
    # ('that they behave well': one the parse took for a pronoun still opens a clause where a subject follows it)
    marks = {t.idx for t in doc if t.lower_ == "that" and (t.dep_ == "mark" or _subject_next(t))}
    offset = first.idx + len("that ")
    opened = all(offset + cut.end() - len("that ") in marks for cut in cuts)
    links = [cut["link"] for cut in cuts]
    if not cuts:
        return _clauses_after_one_that(body[: first.idx].rstrip(), said)
    if not opened or links[-1] is None or any(links[:-1]):
        return None
    ends = [0, *(c.end() for c in cuts)]
    starts = [c.start() for c in cuts] + [len(said)]
    items = [said[a:b].strip() for a, b in zip(ends, starts, strict=True)]
    # ('If you think that A, or that B, you can report it': the sentence's main clause after the last)
    # ('and that you have a priority need, because you are pregnant': a reason of the last keeps to it)
    reasoned = re.fullmatch(r"[^,]+,\s+because\s[^,]+", items[-1]) is not None
    if ("," in items[-1] and not reasoned) or any(_GOES_ON.search(i) or _words(i) > LONGEST_CLAUSE for i in items):
        return None
    return _listed(body[: first.idx].rstrip(), items, links[-1])


def _listed(intro: str, items: list[str], link: str) -> list[Piece] | None:
    """The things said after 'that' as bullets, if the words before them and each of them stand as sentences."""
    if not stands_alone(f"{intro} this.") or not all(stands_alone(f"{i}.") for i in items):
        return None
    if link == "or":
        items[-2] = f"{items[-2]}, or"
    return [Bullets(intro=f"{intro} that:", items=tuple(items))]


_NEXT_CLAUSE = re.compile(r",\s+(?:(?P<link>and|or)\s+)?")
# A clause that opens with its own subject, before its tensed verb or helper ('the lid was not closed', 'it contained')
_OWN_SUBJECT_FIRST = re.compile(
    r"(?:(?:the|a|an|your|their|his|her|its|our|this|that|these|those)\s+(?:[\w'-]+\s+){0,3}?|(?:it|they|he|she|we|you|"
    r"there|i)\s+)(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|may|might|must|should|\w+ed|\w+s)\b",
    re.IGNORECASE,
)


def _clauses_after_one_that(intro: str, said: str) -> list[Piece] | None:
    """'The reasons are that A, B, C, or D', every piece a clause with its own subject, as 'The reasons are that:' and
    the clauses (cut apart, each would read as a fact of its own, not one of the things said)."""
    cuts = list(_NEXT_CLAUSE.finditer(said))
    links = [cut["link"] for cut in cuts]
    if len(cuts) < 2 or links[-1] is None or any(links[:-1]):
        return None
    ends = [0, *(c.end() for c in cuts)]
    starts = [c.start() for c in cuts] + [len(said)]
    items = [said[a:b].strip() for a, b in zip(ends, starts, strict=True)]
    if any(not _OWN_SUBJECT_FIRST.match(i) or _words(i) > LONGEST_CLAUSE for i in items):
        return None
    return _listed(intro, items, links[-1])

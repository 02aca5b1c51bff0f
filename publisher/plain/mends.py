"""A source's own fragment said as a sentence where its words allow: 'With more investigations underway.' ->
'More investigations are underway.' (a state said with 'with' and no verb); 'And to X.' -> 'This is also to X.'"""

from __future__ import annotations

import re

from publisher.model import Change

from .parse import FINITE_TAGS, has_finite_verb
from .parser import parse

# 'With more investigations happening.', 'With the deadline approaching.', 'With new measures in place.'
_WITH_A_STATE = re.compile(
    r"(?P<link>(?:And|But)\s+)?[Ww]ith\s+(?P<thing>(?:more|some|many|further|the|a|an|new|other|our|their|its)\s"
    r"[^,.;:!?]+?)\s+(?P<state>underway|ongoing|happening|under way|in place|on the way|[a-z]+ing)\.$"
)


def with_a_state_said(sentence: str) -> str | None:
    """A sentence of 'with', a thing and its state, and no verb, said with 'is' or 'are': 'With more investigations
    happening.' -> 'More investigations are happening.'; None for any other sentence."""
    match = _WITH_A_STATE.fullmatch(sentence)
    if match is None:
        return None
    doc = parse(sentence)
    if has_finite_verb(doc[:]):
        return None
    thing = parse(match["thing"])
    head = thing[:].root
    if head.pos_ not in ("NOUN", "PROPN") or head.i != len(thing) - 1:
        return None
    verb = "are" if head.tag_ in ("NNS", "NNPS") else "is"
    said = f"{match['thing'][0].upper()}{match['thing'][1:]} {verb} {match['state']}."
    return f"{match['link'].strip()} {said[0].lower()}{said[1:]}" if match["link"] else said


_AND_TO = re.compile(r"(?:And|Also)\s+to\s+(?P<rest>[a-z][^.!?]*)\.$")


def purpose_said(sentence: str) -> str | None:
    """A purpose with no verb of its own that goes on from the sentence before, said as one: 'And to put forward new
    measures.' -> 'This is also to put forward new measures.'; None for any other sentence."""
    match = _AND_TO.fullmatch(sentence)
    # ('And to make sure of it, we will X': a comma may open the sentence's own clause)
    if match is None or "," in match["rest"]:
        return None
    doc = parse(sentence)
    purpose = doc[2].head
    # (a tense inside the purpose's own clause is its: 'to help people who live alone', 'to make sure that X is done')
    if any(t.tag_ in FINITE_TAGS and purpose not in t.ancestors for t in doc):
        return None
    verb = parse(f"We want to {match['rest']}")[3]
    return f"This is also to {match['rest']}." if verb.tag_ == "VB" else None


def mended_fragment(sentence: str) -> tuple[str, list[Change]]:
    """A sentence with the source's own fragment said as a sentence, and the change made; as it was, and none, else."""
    mended = with_a_state_said(sentence) or purpose_said(sentence)
    return (mended, [Change("mended", sentence, mended)]) if mended else (sentence, [])

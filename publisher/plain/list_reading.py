"""Signs that the parse misread an inline list: its items read at the wrong level, a thing cut in two, a list inside
its first item, or 'and' and 'or' on one level (see lists.as_bullets)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from .list_items import (
    _asked_in_the_first,
    _commas_misread,
    _goes_on_after_a_preposition,
    _list_of_the_clause,
    amounts_described,
)
from .parser import parse
from .series import Bullets
from .syntax import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TWO_THINGS = re.compile(r"(?:a|an)\s[^,]*?\s(?:and|or)\s(?:a|an)\s")


def misread_items(doc: Doc, members: list[Token], starts: list[int], items: list[str], verb: Token) -> bool:
    """Whether the items the parse gives a list (its members, starting at these tokens, taken by this verb) are a
    misreading of the sentence."""
    # ('damaged or missing road signs': a describing word alone is no item)
    # (read in the sentence: a word alone is parsed too loosely; 'warm, humid and windy' is a list of them)
    tags = {t.text: t.tag_ for t in doc[starts[0] :]}
    lone = [_words(i) == 1 and tags.get(i) in ("JJ", "VBN", "VBD") for i in items]
    misread = any(lone) and not all(lone)
    misread = misread or _commas_misread(items) or amounts_described(items)
    misread = misread or _list_of_the_clause(items[0]) or _goes_on_after_a_preposition(items)
    # ('noise from music, barking dogs, alarms': an -ing word after a comma is an item's, not the list's verb;
    # 'a diary of when the noise happens, how long it goes on': the questions are of the first item's 'of')
    misread = misread or (verb.tag_ == "VBG" and verb.lower_ != "including" and doc[verb.i - 1].text == ",")
    misread = misread or _asked_in_the_first(items)
    # ('a coffin / a car and a short service at the chapel / the cemetery': an item before the last that is two
    # things of its own shows the commas were read at the wrong level)
    misread = misread or any(_TWO_THINGS.match(i) for i in items[:-1])
    misread = misread or _links_mixed(members)
    # ('a mole that is itchy', 'crusty or bleeding', 'a spot': describing words alone go on with a thing's clause)
    misread = misread or describing_alone(items)
    # ('Move your family, pets and important items upstairs or to a safe place': a place the parse hung on the last
    # thing is where all of them go)
    misread = misread or any(
        c.dep_ == "advmod" and c.pos_ == "ADV" and c.i > m.i for m in members[-1:] for c in m.children
    )
    # ('based on how long you have been a tenant, the type of property and its value': the question is an item)
    # ('especially when it is warm, humid and windy': a clause of time is no question)
    asked = verb.dep_ in ("pcomp", "ccomp") and any(t.tag_ in ("WRB", "WP") for t in doc[verb.left_edge.i : verb.i])
    misread = misread or asked
    # ('X-rays': a hyphen the parse took for an item cuts a word in two)
    misread = misread or any(
        m.is_punct or (m.i > 0 and not doc[m.i - 1].whitespace_ and doc[m.i - 1].text in "-–")
        for m in (*members, *(doc[i] for i in starts))
    )
    return misread or _unparted(doc, starts) or (len(items) >= 3 and _inside_the_first(doc, starts))


def _links_mixed(members: list[Token]) -> bool:
    """Whether a list's 'and' and 'or' are on one level, where a closing 'or' may set another against all of it
    ('collects general waste, recycling and glass, or any other carrier'; 'A, numbness or weakness, and C' lists a
    choice among its things)."""
    links = [c for m in members for c in m.children if c.dep_ == "cc"]
    closing = max(links, key=lambda c: c.i).lower_ if links else ""
    return {c.lower_ for c in links} >= {"and", "or"} and closing == "or"


def _unparted(doc: Doc, starts: list[int]) -> bool:
    """Whether an item starts with nothing between it and the one before ('local elections and police and crime
    commissioner elections': the parse cut 'commissioner elections' from its words); items start after a comma or
    'and'."""
    return any(doc[s - 1].text != "," and doc[s - 1].dep_ != "cc" for s in starts[1:])


def _inside_the_first(doc: Doc, starts: list[int]) -> bool:
    """Whether a list may belong inside its first item: 'check that the work is needed, appropriate and
    practical' (the list is what the work is), 'an impact on victims, their families and the community'
    (what 'on' takes; 'a copy of your lease, a bank statement and a photo' is a list of three)."""
    first, second = doc[starts[0] : starts[1]], doc[starts[1]]
    marks = ("that", "whether", "if", "how", "what", "which", "who", "when", "where", "why")
    if first[0].lower_ in marks and second.lower_ not in marks:
        return True  # ('who is eligible, how much is paid and when': a list of questions)
    words = [t for t in first if not t.is_punct and t.dep_ != "cc"]
    prepositions = [t for t in words if t.dep_ == "prep" and t.lower_ != "of" and t.i > words[0].i]
    # ('sudden loss of sight in one or both eyes, sudden numbness or weakness ...': a thing that opens as the first
    # does is the first's peer)
    peer = second.lower_ == first[0].lower_ and second.pos_ == "ADJ"
    ends_on_a_phrase = bool(prepositions) and prepositions[-1].right_edge.i == words[-1].i
    return ends_on_a_phrase and words[-1].pos_ in ("NOUN", "PROPN") and not peer


def describing_alone(items: list[str]) -> bool:
    """Whether an item after one that ends 'is' and a describing word is describing words alone, joined by 'or' or
    'and' ('a mole that is itchy', 'crusty or bleeding': more of what the mole is; not 'feeling sick or being sick')."""
    for before, item in pairwise(items):
        words = [t for t in parse(item) if not t.is_punct]
        linked = any(t.pos_ == "CCONJ" for t in words) and len(words) >= 3 and words[0].pos_ == "ADJ"
        described = re.search(r"\b(?:is|are|was|were|be)\s+[a-z-]+$", before) is not None
        if described and linked and all(t.pos_ in ("ADJ", "CCONJ", "ADV") or t.tag_ == "VBG" for t in words):
            return True
    return False


def things_of_a_doing(bullets: Bullets, kind: Callable[[str], str]) -> Bullets:
    """A list of doings with a thing between two of them put back with the doing before it ('having unexplained
    money', 'clothes or phones', 'getting calls' -> 'having unexplained money, clothes or phones': a list of things
    inside one doing, which the commas cannot part from the list it is in)."""
    items = bullets.items
    kinds = [kind(item) for item in items]
    if kinds.count("doing") < 3 or kinds[0] != "doing":
        return bullets
    kept = [items[0]]
    for k in range(1, len(items)):
        # ('being active', 'bathing': a state or a lone doing is one of the doings)
        thing = kinds[k] == "thing" and not items[k].split(maxsplit=1)[0].endswith("ing")
        between = thing and k + 1 < len(items) and kinds[k + 1] == "doing"
        if between and kinds[k - 1] == "doing":
            kept[-1] = f"{kept[-1]}, {items[k]}"
        else:
            kept.append(items[k])
    return Bullets(intro=bullets.intro, items=tuple(kept))

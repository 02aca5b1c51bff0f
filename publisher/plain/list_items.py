"""What the words around an inline list say of it: whether the words after its last item are every item's,
whether a preposition before it is the verb's, and whether its first item holds the others."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from .parser import parse
from .syntax import _words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


def _taken_by_a_verb(preposition: Token) -> bool:
    """Whether a preposition is a verb's own, the list after it what the verb is about ('This is made up of A, B
    and C', 'They are placed on A, B and C'; not 'the main routes to A, B and C', where it is a noun's)."""
    verb = preposition.head
    if preposition.pos_ != "ADP" or verb.pos_ not in ("VERB", "AUX") or preposition.dep_ not in ("prep", "dative"):
        return False
    # ('diabetes that is treated with insulin, some heart conditions and X': a clause inside a thing of a list
    # the parse missed; 'when you become eligible, by letter, text or phone': what comes after a comma is the
    # verb's afterthought; 'such as' and 'like' give examples, which have their own list)
    inside = any(t.dep_ in ("relcl", "acl") for t in (verb, *verb.ancestors))
    after_a_comma = preposition.i > 0 and preposition.doc[preposition.i - 1].text == ","
    return not inside and not after_a_comma and preposition.lower_ not in ("as", "like", "than")


def _not_the_last_items(after: Token | None, tail: str) -> bool:
    """Whether the words after a list's last item cannot go with it: the verb's own word ('let an ambulance, a
    fire engine or a police car through'), an item the parse did not see ('pain, swelling, a headache, and
    feeling tired'), or a place that is every item's ('treat rats, mice and fleas in your home')."""
    if after is not None and (after.tag_ == "RP" or (after.pos_ == "ADP" and not _has_object(after))):
        return True
    return re.match(r"(?:and|or)\b", tail) is not None or _PLACE.match(f" {tail}") is not None


_PLACE = re.compile(r"\s(?:in|into|inside|on|at|near)\s+(?:a|an|the|your|their|our|his|her)\s", re.IGNORECASE)


_DURING = re.compile(r"\s(?:during|throughout|within|until)\s+(?:a|an|the|your|their|our|this|that|each|every)\s", re.I)


_TO_ALL = re.compile(r"\s(?:to|for|from)\s+(?:every|each|all)\b(?!\s+other)", re.IGNORECASE)


def _place_of_the_verb(items: list[str]) -> bool:
    """Whether the last item ends with a place that short items before it lack, which may be the verb's ('never
    leave a baby, a child or an animal in a parked car': no item may be left anywhere, not only the last)."""
    # ('deliver a caddy, a larger caddy with a lid and a roll of liners to every home': where all of them go)
    if _TO_ALL.search(items[-1]) and not any(_TO_ALL.search(i) for i in items[:-1]):
        return True
    # (the place must close the item, outside any clause of its own: 'a blocked toilet if it is the only one in the
    # home' says where inside its 'if')
    place = _PLACE.search(items[-1]) or _DURING.search(items[-1])  # ('other businesses during the 14-day period')
    closing = place is not None and "," not in items[-1][place.start() :]
    clause = place is not None and re.search(r"\b(?:if|that|which|who|when|where)\b", items[-1][: place.start()])
    return closing and not clause and all(_words(i) <= 6 and not _PLACE.search(i) for i in items[:-1])


def _has_object(preposition: Token) -> bool:
    """Whether a preposition has a noun or a clause after it ('through the gate'; not 'through straight away')."""
    return any(
        c.dep_ in ("pobj", "pcomp") and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "VERB") for c in preposition.children
    )


# ('other structure in a street, lay-by or public place': a place's list goes on after 'in a')
_ENDS_ON_ITS_OBJECT = re.compile(
    r"\b(?:(?:about|of|on|for|towards|against)\s+(?:your|their|our|his|her|its|the|(?:a|the)\s+(?:person|child|"
    r"victim|patient|pupil|tenant)'s)|(?:in|at|on|from|into)\s+an?)"
    r"\s+[\w'-]+$",
    re.I,
)


_IN_A_PLACE = re.compile(r"\b(?:in|from|across|around|throughout|to|of)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")
_A_PLACE = re.compile(r"(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}")
_OPENS_AS_A_THING = re.compile(r"(?:a|an|the|your|their|our|his|her|its|any|some|all|every|each|\d|£)", re.I)


def _goes_on_after_a_preposition(items: list[str]) -> bool:
    """Whether a bare item after one that ends 'about your X' may be more of what it is about ('information
    about your income, savings and investments, and your bank details': the savings are what the information is
    about, not a thing of their own)."""
    # ('destinations in Asia', 'Africa', 'South America': the places are all where the destinations are)
    placed = any(_IN_A_PLACE.search(before) and _A_PLACE.fullmatch(item) for before, item in itertools.pairwise(items))
    return placed or any(
        _ENDS_ON_ITS_OBJECT.search(before)
        and not _OPENS_AS_A_THING.match(item)
        and _words(item) <= 3
        # ('or you move house': a clause of its own; 'get out in a fire, or smoke at home': a doing with its own place)
        and not re.match(r"(?:you|we|they|he|she|i)\s", item, re.I)
        and not re.search(r"\s(?:at|in|on|from|with|to)\s", item)
        and not re.search(r"ing\b", item.split()[0])  # ('the design of the building, overlooking': a thing)
        for before, item in itertools.pairwise(items)
    )


def _asked_in_the_first(items: list[str]) -> bool:
    """Whether the items after the first are questions that go on one inside it: 'a diary of when the noise
    happens', 'how long it goes on for' and 'how it affects you' are all of the diary."""
    inside = re.search(r"\b(?:of|about|on|in|to)\s+(?:when|how|what|where|whether|why|who)\b", items[0])
    return inside is not None and any(re.match(r"(?:when|how|what|where|whether|why|who)\b", i) for i in items[1:])


def _list_of_the_clause(first: str) -> bool:
    """Whether a first item ends in a clause the list goes on ('allow a road to be closed if it is a main road, a
    bus route, or X': the things are what the road is)."""
    return re.search(r"\b(?:if|unless|because|when)\s+\w+\s+(?:is|are|was|were|has|have)\b", first) is not None


# A word or two alone after an item's last comma ('travel by coach, meals'), no 'and' or 'or' among them
_WORDS_ALONE_LAST = re.compile(r",\s+(?!(?:and|or)\b)[\w'-]+(?:\s+(?!(?:and|or)\b)[\w'-]+)?$")


def _commas_misread(items: list[str]) -> bool:
    """Whether a comma inside an item shows the parse misread the list."""
    # ('A, B or Universal Credit, where your earnings were £435': the list is inside a clause the parse missed)
    # ('a sore arm where the injection was given, tiredness, a headache': the parse took 'tiredness' into the
    # clause; a comma after a clause inside an item is where another item starts)
    misread = any(re.search(r",\s+(?:where|which|who|whose|when)\b", i) for i in items)
    misread = misread or any(re.search(r"\b(?:where|which|who|whose|when|that)\b[^,]*,\s", i) for i in items)
    # ('a Blue Badge, an older person's bus pass': a thing of its own after a comma is its own item)
    misread = misread or any(re.search(r",\s+(?:a|an|the|your|their|some|any)\s", i) for i in items)
    # ('chests of drawers and beds, as well as working fridges, cookers and washing machines': two lists)
    misread = misread or any(re.search(r"\bas well as\b", i) for i in items)
    # ('travel by coach, meals' / 'a place to stay': a word or two alone after a comma is an item of its own)
    misread = misread or any(_WORDS_ALONE_LAST.search(i) for i in items)
    # ('everyday noise, such as people walking around, doors closing or X': the others are its examples)
    # (not 'proof of your relationship, such as a marriage or birth certificate': examples closed by their own 'or')
    opened = r",\s+(?:such as|including|for example|like)\b(?![^,]*\s(?:or|and)\s[^,]*$)"
    misread = misread or any(re.search(opened, i) for i in items[:-1])
    return misread or _shares_its_describer(items)


_DESCRIBED_FIRST = re.compile(
    r"(?:a|an|the|one|each)\s+(?:extra|new|second|spare|separate|single|double|large|small)\s"
)


def _shares_its_describer(items: list[str]) -> bool:
    """Whether the first item's describing word is every item's ('an extra sink, cooker and fridge': bullets of
    'cooker' and 'fridge' alone would drop the 'extra')."""
    return bool(_DESCRIBED_FIRST.match(items[0])) and all(_words(i) == 1 for i in items[1:])


_LAST_PHRASE = re.compile(r"\b(?:for|of|with|from|by)\s+(?:(?:a|an|the)\s+)?[\w'-]+(?:\s+[\w'-]+)?$")


def things_of_the_first_phrase(items: Sequence[str]) -> bool:
    """Whether short things after a long first one are what a phrase that ends it takes ('space on the road outside a
    property for a removal van' / 'building work' / 'a skip': what the space is for)."""
    longest = max(_words(i) for i in items[1:])
    first = _words(items[0])
    if first < 8 or first < 3 * longest or _LAST_PHRASE.search(items[0]) is None:
        return False
    # ('is no better after 30 minutes of cooling down', 'has a fit', 'loses consciousness': doings, not things)
    return not all(parse(f"it {item}")[1].tag_ in ("VBZ", "VBD", "MD") for item in items[1:])


_OWNED = re.compile(r"(?:your|their|his|her|our|its)\s", re.IGNORECASE)


def examples_end_early(items: Sequence[str]) -> bool:
    """Whether examples read from commas end with an 'and' before the last item ('income, including wages, benefits
    and pensions, your savings and X': the savings are no income, as their 'your' shows; never the 'and' of a name,
    'Employment and Support Allowance')."""
    if not items or _OWNED.match(items[0]) or re.match(r"(?:the|a|an|any)\s", items[0], re.IGNORECASE):
        return False
    closed = [k for k, item in enumerate(items[:-1]) if re.search(r"\b[a-z]+\s(?:and|or)\s[a-z]", item)]
    return bool(closed) and any(_OWNED.match(item) for item in items[closed[0] + 1 :])


def shared_with(items: tuple[str, ...]) -> bool:
    """Whether bare things are followed by a last one with a phrase of whom or what with, which is all of theirs
    ('Do not share: cups / towels / bedding with someone who is ill')."""
    bare = all(_words(item) <= 2 for item in items[:-1])
    return bare and _SHARED_WITH.match(items[-1]) is not None


# ('people with weakened immune systems' is a thing of its own)
_SHARED_WITH = re.compile(
    r"\S+(?:\s\S+)?\s(?:with|between|among)\s(?:someone|anyone|somebody|anybody|another|other|others|a|an|the)\s"
)


_AMOUNT_OF_TIME = r"\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)"


def amounts_described(items: list[str]) -> bool:
    """Whether a list misreads one thing described: a time in two amounts ('at 3 years', '4 months': '3 years and 4
    months'), or which of a counted thing each is ('2 doses', 'the first when X and the second at Y')."""
    parted = re.fullmatch(_AMOUNT_OF_TIME, items[-1]) is not None and re.search(rf"{_AMOUNT_OF_TIME}$", items[-2])
    counted = re.match(r"\d+\s", items[0]) is not None and re.match(r"the (?:first|second|one)\b", items[1]) is not None
    return bool(parted) or counted


# One word after a comma that leads into a list ('how caring affects your life, including:')
_ONE_WORD_LEADS = frozenset({"including", "especially", "particularly", "mainly", "mostly", "like"})


def joined_intro(intro: str) -> bool:
    """Whether a list's introduction is two sentences ('X affects people over 70, so please share this with:') or ends
    on one word after a comma that is a thing's ('We need tinned meat and fish, tinned:' 'vegetables' / ...)."""
    after_comma = intro.rsplit(",", 1)[1] if "," in intro else "including"
    lone = _words(after_comma) < 2 and after_comma.strip() not in _ONE_WORD_LEADS
    return lone or re.search(r",\s+(?:so|and|but)\s", intro) is not None


def examples_kept(items: list[str]) -> list[str]:
    """Items with examples kept on the thing they are examples of ('proof of your relationship', 'such as a marriage
    or birth certificate' -> one item), where the parse took the examples, closed by their own 'or', for a thing."""
    kept: list[str] = []
    for item in items:
        if kept and re.match(r"(?:such as|for example|including|like)\b[^,]*\s(?:or|and)\s", item):
            kept[-1] = f"{kept[-1]}, {item}"
        else:
            kept.append(item)
    return kept


def things_after_to(intro: str, items: tuple[str, ...]) -> bool:
    """Whether a list after 'to' holds an item that is no verb ('help to:' 'cope with X', 'advice about Y'), or its
    'to' is that of a clause inside an earlier 'to' ('learn how to check their bike is safe to:' 'ride', 'start and
    stop': the things learnt are checking, starting and stopping)."""
    if not intro.endswith(" to:"):
        return False
    # ('The vaccine is offered to:' 'all children aged 2 or 3' / 'all primary school children': whom it is given to)
    given = intro[:-4].rsplit(maxsplit=1)[-1].lower()
    given_to = given.endswith("ed") or given in ("given", "available", "open", "shown", "written", "sent", "paid")
    if given_to and all(parse(item)[0].tag_ in ("DT", "PDT", "PRP$", "CD", "NN", "NNS") for item in items):
        return False
    inner = re.search(r"\b(?:how|what|when|where)\s+to\s+[a-z]+\b(.*)\bto:$", intro)
    if inner and re.search(r"\b(?:is|are|was|were|has|have|can|will)\b", inner.group(1)):
        return True
    return any(parse(f"to {item}")[1].tag_ != "VB" for item in items)

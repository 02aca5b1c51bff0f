"""Checks on a list's items read from their words: a word every item shares left on the first alone ('no colour,
taste or smell'), the list begun inside the first item or going on inside the last, the first said again."""

from __future__ import annotations

import re
from itertools import pairwise

from .parser import parse

_ANY_TIME = re.compile(r"(?:at\s+)?(?:any|every|all|each)\s+(?:time|day|week|month|year|hour|night)$", re.IGNORECASE)


def restating_the_first(items: tuple[str, ...]) -> bool:
    """Whether the items after a first that says 'any time' or 'every day' are single words that say it again, no
    times of their own ('at any time, day or night'; 'every day, summer or winter')."""
    return _ANY_TIME.match(items[0]) is not None and all(len(item.split()) == 1 for item in items[1:])


_OF_THE = re.compile(r"\bof\s+(?:your|their|his|her|our|its|the)\s+[\w-]+$")
_NEGATIVE = frozenset({"no", "not", "never", "without", "neither", "nor", "none"})


def shared_left(items: tuple[str, ...], body: str) -> bool:
    """Whether a word that every item shares stays on the first alone: 'has no colour, taste or smell' ('taste'
    alone says the opposite); 'details of your income, savings and any rent' (a bare noun after an 'of' phrase,
    in a list of its own, may go on with it: details of the savings)."""
    firsts = [item.split()[0].lower() for item in items if item.split()]
    if firsts and firsts[0] in _NEGATIVE and len(set(firsts)) > 1 and not _denial_of_the_first(items, body):
        return True
    # ('use these powers where there has been damage, disruption or distress, or where there are 6 vehicles': the
    # list is of the clauses, the first opened inside the first item)
    opened = re.search(r"\b(where|when|which|who|whose|if|unless)\s", items[0]) if items else None
    if opened and any(first == opened.group(1).lower() for first in firsts[1:]):
        return True
    # ('the make' / 'colour and registration number of any vehicle': a lone 'the' and its noun share it with the next)
    return any(
        (_OF_THE.search(before) or _THE_ALONE.fullmatch(before))
        and re.search(r"\s(?:and|or)\s", _EXAMPLES_AFTER.split(after, maxsplit=1)[0])
        and parse(after)[0].tag_ in ("NN", "NNS")
        for before, after in pairwise(items)
    )


def _denial_of_the_first(items: tuple[str, ...], body: str) -> bool:
    """Whether a 'not' before the first of three or more doings joined by 'and' is the first's alone ('by not smoking,
    being active and eating well'); after 'or' it is all of theirs ('by not smoking, drinking or taking drugs')."""
    words = [item.split() for item in items]
    doings = len(items) >= 3 and words[0][0].lower() in ("not", "never") and len(words[0]) > 1
    doings = doings and all(w[0].endswith("ing") for w in [words[0][1:], *words[1:]] if w)
    return doings and re.search(rf"\band\s+{re.escape(items[-1])}", body) is not None


# (an 'or' among a thing's own examples, 'proof of your age, such as a passport or birth certificate', is theirs)
_EXAMPLES_AFTER = re.compile(r",\s+(?:such as|including|for example|like)\s")
_THE_ALONE = re.compile(r"(?:the|your|their|its)\s+[\w-]+", re.IGNORECASE)


def list_in_the_last(items: tuple[str, ...], body: str) -> bool:
    """Whether the last item holds more of the list, which the parse joined to it: 'car washes' / 'farms' /
    'factories, building sites and private homes' (the parser took 'building' for a verb). A comma inside an item
    after a preposition is the item's own list ('cramps in the arms, legs and stomach'), and so is one inside an
    item the list's own ', and' opens ('A, B, and an itchy throat, mouth, nose or ears')."""
    if len(items) < 2 or any("," in item for item in items[:-1]):
        return False
    if re.search(rf",\s+(?:and|or)\s+{re.escape(items[-1])}", body):
        return False
    # ('C1, C2, D1 and D2, with A being the highest': the list goes on in the last, and a phrase after it)
    last = re.match(r"([^,]+),[^,]+(?:,[^,]+)*?\s(?:and|or)\s", items[-1])
    return last is not None and not any(t.tag_ == "IN" for t in parse(last.group(1)))


def list_in_the_first(items: tuple[str, ...]) -> bool:
    """Whether the list begins inside the first item, after its preposition: 'faults in the walls' / 'roof' /
    'windows' / 'floors' is a list of where the faults are, not of causes (bare nouns after 'in the walls'), or after
    the verb of the first item's clause ('children who live' / 'work' / 'study here')."""
    owner = r"(?:the|a|an|your|their|our|its)"
    after_a_preposition = re.search(rf"\b(?:in|on|of|at|to|from|with)\s+{owner}\s+[a-z-]+$", items[0])
    bare = all(len(item.split()) <= 2 and not re.match(rf"{owner}\b", item) for item in items[1:])
    # ('training for adults and children who live' / 'work' / 'study in the borough': the verbs of the first item's
    # own clause, cut at its commas)
    related = re.search(r"\b(?:who|which)\s+[a-z]+$", items[0]) is not None and len(items[1].split()) <= 2
    # ('some do:' 'because they feel unsafe' / 'want to look tough' / 'carrying one ...': the reasons' list starts
    # after 'because they', and an item without the word is no reason)
    opened = _OPENED.match(items[0]) is not None and not all(_OPENED.match(item) for item in items[1:])
    return opened or related or (len(items) >= 3 and after_a_preposition is not None and bare)


_OPENED = re.compile(r"(?:because|if|when|although|though|since|unless|whether)\s")

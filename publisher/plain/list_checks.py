"""Checks on the bullets a lister made, which take back a list that the parse or the commas misread: items
of different kinds, a clause among things, people after 'people with', a word every item shared left on the
first alone ('no colour, taste or smell')."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .chunks import _runs_on
from .item_checks import list_in_the_first, list_in_the_last, restating_the_first, shared_left
from .list_items import (
    _goes_on_after_a_preposition,
    _place_of_the_verb,
    examples_end_early,
    shared_with,
    things_after_to,
    things_of_the_first_phrase,
)
from .list_leads import lead_from_the_first, spans_of
from .list_reading import things_of_a_doing
from .lists import _kind
from .parser import parse
from .series import Bullets, Piece
from .syntax import _GROUPS, _root, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def of_one_kind(lister: Callable[[str], list[Piece] | None]) -> Callable[[str], list[Piece] | None]:
    """A lister whose bullets are kept only when the parse finds every item the same kind of thing: a
    list read from commas alone may take 'reports received in May, in which criminals phoned people,
    mainly aged over 75, pretending to be police' for a list of four."""

    def checked(body: str) -> list[Piece] | None:
        pieces = _read_again(body, lister(body))
        mixed = any(isinstance(p, Bullets) and len(_kinds(p.items)) > 1 and not _what_they_are(p) for p in pieces or [])
        mixed = mixed or any(isinstance(p, Bullets) and _verb_among_things(body, p.items) for p in pieces or [])
        mixed = mixed or (any(isinstance(p, Bullets) for p in pieces or []) and _runs_on(parse(body)))
        mixed = mixed or any(isinstance(p, Bullets) and _joined_before(body, p.items) for p in pieces or [])
        mixed = mixed or any(isinstance(p, Bullets) and _lead_misread(p) for p in pieces or [])
        return None if mixed or _misread(pieces, body) or _misread_in(body, pieces) else pieces

    return checked


# An introduction that says what its subject is or holds ('The main symptoms are:', 'Signs include:')
_BEING_INTRO = re.compile(r"\b(?:are|is|were|was|include|includes|included)\s*:$")


def _what_they_are(bullets: Bullets) -> bool:
    """Whether a list says what its subject is, among things and doings alike ('The most common symptoms are:' 'a
    high temperature' / 'losing weight without trying'): either reads as one of them, where after a full verb a
    doing may be more of the sentence ('criminals phoned people, mainly aged over 75, pretending to be police')."""
    if _BEING_INTRO.search(bullets.intro) is None or set(_kinds(bullets.items)) != {"thing", "doing"}:
        return False
    # ('any controlling' / 'threatening or violent behaviour': describing words in a row, cut at their commas)
    words = [(item.split(), _kind(item)) for item in bullets.items]
    return not any((k == "thing" and w[-1].endswith("ing")) or (len(w) > 1 and w[1] in ("or", "and")) for w, k in words)


def _joined_before(body: str, items: tuple[str, ...]) -> bool:
    """Whether the parse joins a later item to a word before the list, not to the first item ('a care worker who comes
    for a few hours, a place at a day centre, or a short stay': the place and the stay are what the worker is)."""
    spans = spans_of(body, items)
    if spans is None:
        return False
    first = spans[0].start
    things = ("NOUN", "PROPN")
    return any(
        s.root.dep_ in ("conj", "appos")
        and s.root.head.i < first
        and s.root.pos_ in things
        and s.root.head.pos_ in things
        for s in spans[1:]
    )


def _kinds(items: tuple[str, ...]) -> set[str]:
    """The sorts of thing among items (lists._kind), a lone -ing word among doings taken for one, which the parse
    of a word alone cannot tell from a thing ('preparing food, washing, managing your medicines': 'washing' is
    done too; 'a cough, wheezing and a tight chest' stays things), and one doing among things a thing."""
    kinds = [_kind(item) for item in items]
    if "doing" in kinds:
        lone = [re.fullmatch(r"[a-z]+ing", item.strip()) is not None for item in items]
        kinds = ["doing" if k == "thing" and one else k for k, one in zip(kinds, lone, strict=True)]
        # ('by:' 'not smoking' / 'being active' / 'cutting down on salt': a state among doings alone is one too)
        states = [
            k == "doing" or re.match(r"(?:being|feeling)\s", item.strip()) is not None
            for k, item in zip(kinds, items, strict=True)
        ]
        kinds = ["doing"] * len(kinds) if all(states) else kinds
    # ('loud music, barking dogs, alarms and noise': one -ing word before a noun, among things, describes a thing)
    # (never the first: 'treating a baby, someone who is pregnant, or X' treats all three)
    doing = kinds.index("doing") if kinds.count("doing") == 1 else 0
    described = doing > 0 and re.fullmatch(r"[a-z]+ing\s+[a-z]+s?", items[doing].strip()) is not None
    if set(kinds) == {"thing", "doing"} and len(items) >= 3 and described:
        return {"thing"}
    return set(kinds)


def well_formed(lister: Callable[[str], list[Piece] | None]) -> Callable[[str], list[Piece] | None]:
    """A lister whose bullets are kept only when no item is a whole clause among things ('Charges apply:' '24
    hours a day' / 'the money raised is spent on X'), and no list of people hangs on 'with' after a person
    ('disabled people with:' 'a Blue Badge' / 'parents of sick children')."""

    def checked(body: str) -> list[Piece] | None:
        pieces = _read_again(body, lister(body))
        # ('things such as preparing:' 'food' / 'washing' / 'managing X, talking to Y, and moving around': an item
        # that is a list of its own shows the list was read from the wrong words)
        nested = any(isinstance(p, Bullets) and any(map(_A_LIST_INSIDE.search, p.items)) for p in pieces or [])
        # ('can spread:' 'disease' / 'damage property' / 'chew through cables': doings the helper shares, read as
        # things of the first verb)
        nested = nested or any(
            isinstance(p, Bullets) and _verb_among_things(body, p.items, 2, past=False) for p in pieces or []
        )
        nested = nested or any(isinstance(p, Bullets) and _lead_misread(p) for p in pieces or [])
        return None if nested or _misread(pieces, body) or _misread_in(body, pieces) else pieces

    return checked


def _read_again(body: str, pieces: list[Piece] | None) -> list[Piece] | None:
    """A lister's pieces with their lists' leads and items read again (lead_from_the_first, _pair_apart)."""
    pieces = lead_from_the_first(body, pieces)
    return [things_of_a_doing(_pair_apart(p), _kind) if isinstance(p, Bullets) else p for p in pieces or []] or pieces


# An item that is a thing, a comma, and a pair of things ('feeling sick, tiredness and confusion')
_THING_AND_PAIR = re.compile(r"([^,]+),\s+([^,\s]+(?:\s[^,\s]+)?\s(?:and|or)\s[^,]+)")


def _pair_apart(bullets: Bullets) -> Bullets:
    """Bullets with a middle item the parse joined to the pair after it ('feeling sick, tiredness and confusion', of
    'a headache, dizziness, feeling sick, tiredness and confusion, and stomach pain') cut at its comma, where the
    pair opens with a noun: two things of the list, not one."""
    items: list[str] = []
    for item in bullets.items[:-1]:
        found = _THING_AND_PAIR.fullmatch(item)
        pair = parse(found[2]) if found is not None and not re.search(r"\s(?:and|or)\s", found[1]) else None
        items += [found[1], found[2]] if found is not None and pair is not None and pair[0].pos_ == "NOUN" else [item]
    return Bullets(intro=bullets.intro, items=(*items, bullets.items[-1]))


def _lead_misread(bullets: Bullets) -> bool:
    """Whether the lead of a list takes words that belong to the first item alone (_of_the_first_alone, _gapped)."""
    return _of_the_first_alone(bullets) or _gapped(bullets)


_GAPPED_OPENERS = frozenset({"every", "each", "once", "twice", "on", "at", "in", "from", "for", "by", "to"})


def _gapped(bullets: Bullets) -> bool:
    """Whether later items say a thing of their own before the first item's kind of phrase, the verb left out
    ('are swept:' 'every day' / 'main roads every 2 weeks': main roads are swept, not swept main roads)."""
    first = bullets.items[0].split(maxsplit=1)[0].lower()
    later = [f" {item.lower()} " for item in bullets.items[1:]]
    return first in _GAPPED_OPENERS and any(
        f" {first} " in item[2:] and not item.startswith(f" {first} ") for item in later
    )


def _of_the_first_alone(bullets: Bullets) -> bool:
    """Whether an 'of' that ends the lead belongs to the first item alone: a bare first item, and a later one that
    opens with 'a' or 'an' ('sudden loss of:' 'sight' / 'dizziness' / 'a very bad headache': the loss is of sight)."""
    first, *rest = (item.split(maxsplit=1)[0].lower() for item in bullets.items)
    bare = first not in ("a", "an", "the", "any", "some", "your", "their", "our", "his", "her", "its")
    # ('Signs include bleeding from:' 'the gums' / 'blood in its urine': a later thing with a phrase of its own)
    included = re.search(r"\binclud(?:e|es|ing)\s+\w+\s+(?:from|in|of|on|with):$", bullets.intro) is not None
    own = any(re.search(r"\s(?:in|of|from|on|with)\s", item) for item in bullets.items[1:])
    return (bullets.intro.endswith(" of:") and bare and any(word in ("a", "an") for word in rest)) or (included and own)


_A_LIST_INSIDE = re.compile(r",[^,]+,\s+(?:and|or)\s")


# -ing words that describe a thing ('because of advancing age, illness or stress': the first thing's, no verb of a list)
_DESCRIBING_ING = ("advancing", "increasing", "rising", "growing", "existing", "missing", "ongoing", "remaining",
                   "underlying", "worsening", "changing", "declining", "falling", "working", "living")  # fmt: skip


# Verbs of where things go, and a place or a time that ends the last item, said of all the items ('Keep: A / B / C
# away from the hob'; 'Clear the snow from: A / B / roof before you drive')
_PLACING = frozenset({"keep", "put", "store", "move", "leave"})
_PLACE_LAST = re.compile(r"\s(?:away from|out of|in|on|under|inside|outside|near|next to|upstairs|downstairs)\s[^,]*$")
_WHEN_LAST = re.compile(r"\s(?:before|after|when|until|while|once)\s+(?:you|we|they|it|he|she|your|the)\b[^,]*$")
# A phrase after the last item that says how often or how much of all of them ('A, B and C, often in daylight';
# 'a fine, costs and a surcharge, totalling £640'; 'recruitment, payroll and paperwork, free')
_SAID_OF_ALL = re.compile(r",\s+(?:often|usually|mostly|mainly|especially|particularly|sometimes|always|normally|"
                          r"typically|generally|largely|totalling|totaling|in total|altogether|free|for free|"
                          r"at no cost|(?:all|each|both) of which)\b"
                          # ('rent, heating, food or hygiene needs because of the sanction': the cause of all of them)
                          r"|\s(?:because of|due to|as a result of)\s"
                          # ('You can have a family member, a friend or an advocate with you': all of them are)
                          r"|\swith\s(?:you|them|him|her)$"
                          # ('from A, B, signs and street furniture free of charge': the cost is every thing's)
                          r"|\s(?:free|for free|free of charge|at no cost)$")  # fmt: skip


# A clause of its own after the last item ('how long it has gone on, but please do not X': no part of that item)
# ('their families and schools, to help them to be healthy': a purpose after the last is all of theirs)
_CLAUSE_AFTER_THE_LAST = re.compile(
    r",\s+(?:(?:but|so)\s+(?:please\s+)?\w+|(?:in order )?to\s+[a-z]+\s)", re.IGNORECASE
)


def _placing_verb(intro: str) -> bool:
    """Whether a list's introduction ends on a verb of where things go ('Keep:', 'Store:')."""
    return (intro.rstrip(":").split() or [""])[-1].lower() in _PLACING


def _last_word_again(bullets: Bullets) -> bool:
    """Whether an item after the first opens with the preposition the introduction ends with."""
    last = bullets.intro.rstrip(":").rsplit(maxsplit=1)[-1].lower()
    return last in _PREPOSITIONS and any(i.split(maxsplit=1)[0].lower() == last for i in bullets.items[1:])


_PREPOSITIONS = frozenset({"from", "in", "on", "at", "to", "for", "with", "by", "about", "into", "of"})


# A comparison that ends the last item, said of every thing of the list ('strokes more likely', 'X less safe')
_COMPLEMENT_LAST = re.compile(r"\s(?:more|less|too)\s+[a-z]+$")


def _misread(pieces: list[Piece] | None, body: str) -> bool:
    """Whether some bullets hold a clause among things, people after 'people with', a thing after 'to', or a
    word the items shared left on the first."""
    return any(
        isinstance(p, Bullets)
        and (
            _clause_among_things(p.items)
            or _people_after_with(p)
            or things_after_to(p.intro, p.items)
            or shared_left(p.items, body)
            or list_in_the_last(p.items, body)
            or _SAID_OF_ALL.search(p.items[-1]) is not None
            # ('Keep:' 'tea towels' / 'other things that can catch fire away from the hob': where is all of theirs)
            or (_placing_verb(p.intro) and _PLACE_LAST.search(p.items[-1]) is not None)
            # ('Clear the snow from:' 'your windows' / 'roof before you drive': when is all of theirs)
            or _WHEN_LAST.search(p.items[-1]) is not None
            # ('makes illnesses such as:' 'flu' / 'strokes more likely': what all of them are made, said after the last)
            or _COMPLEMENT_LAST.search(p.items[-1]) is not None
            # ('record the noise from:' 'inside your home' / 'with the windows closed' / 'from the room': an item with
            # the introduction's own last word shows the word is the first item's alone)
            or _last_word_again(p)
            or shared_with(p.items)
            # ('safe to:' 'do so' / 'leave the kitchen': a 'do so' points back, and is no thing of a list)
            or re.fullmatch(r"do (?:so|this|that|it)", p.items[0]) is not None
            or _CLAUSE_AFTER_THE_LAST.search(p.items[-1]) is not None
            or things_of_the_first_phrase(p.items)
            or list_in_the_first(p.items)
            or _place_of_the_verb(list(p.items))
            # ('hostility towards their disability, race, religion': what the first thing's last phrase takes)
            or _goes_on_after_a_preposition(list(p.items[:2]))
            or restating_the_first(p.items)
            or _examples_ended(p)
            # ('cooking and crafts, as well as a safe place': 'as well as' is one link, never an item's end)
            or any(re.search(r"\bas well$|,\s+as well as\b", item) for item in p.items)
            or re.search(rf"\b(?:{'|'.join(_DESCRIBING_ING)}):$", p.intro) is not None
        )
        for p in pieces or []
    )


def _misread_in(body: str, pieces: list[Piece] | None) -> bool:
    """Whether, read in its sentence, a list runs across a clause ('fill in the form and send it with A, B
    and C': 'send' is the intro's second verb, not a thing) or a name ('banks, HM Revenue and Customs and the
    NHS': two closing 'and's, the first inside a name)."""
    for bullets in (p for p in pieces or [] if isinstance(p, Bullets)):
        first, last = body.find(bullets.items[0]), body.rfind(bullets.items[-1])
        if first < 0 or last < 0:
            continue
        # (the last item's own 'and' joins bare nouns, not words inside a phrase or a clause of it)
        named = re.match(r"([^,]+?)\s(?:and|or)\s", bullets.items[-1])
        bare = named is not None and all(t.pos_ in _BARE for t in parse(named.group(1)))
        if bare and re.search(r"[^,]\s(?:and|or)\s$", body[:last]):
            return True
        # (a second verb after 'and' inside the first item: 'the claim form and send it with')
        end = first + len(bullets.items[0])
        doc = parse(body)
        if any(t.pos_ == "VERB" and t.dep_ == "conj" and t.head.idx < first < t.idx < end and doc[t.i - 1].dep_ == "cc"
               for t in doc):  # fmt: skip
            return True
        # ('urging anyone targeted because of A, B or gender identity to report it': the 'to' is the sentence's)
        if any(_infinitive_of_the_sentence(t, last, last + len(bullets.items[-1])) for t in doc):
            return True
        if _orders_after(doc, bullets):
            return True
    return False


_TAKES_A_BARE_VERB = frozenset({"can", "could", "will", "would", "must", "should", "may", "might", "to", "not"})


def _orders_after(doc: Doc, bullets: Bullets) -> bool:
    """Whether items are things to do that go on from a verb before the list ('Switch off any heater you believe
    may be leaking, open the windows and go outside': 'open' and 'go' are the orders', not what the heater may be),
    where the introduction ends with no word that takes a bare verb."""
    starts = {doc.text.find(item) for item in bullets.items[1:]}
    orders = [t for t in doc if t.idx in starts and t.tag_ == "VB" and t.dep_ == "conj"]
    intro = bullets.intro.rstrip(":").split()
    return len(orders) >= 2 and bool(intro) and intro[-1].lower() not in _TAKES_A_BARE_VERB


def _infinitive_of_the_sentence(verb: Token, start: int, end: int) -> bool:
    """Whether a 'to' verb inside a list's last item (characters start..end) hangs on a verb before the list, after
    a noun ('gender identity to report it'; not 'how to keep your place', a question of the item's own)."""
    if verb.i < 2 or verb.tag_ != "VB" or verb.doc[verb.i - 1].lower_ != "to":
        return False
    after_noun = verb.doc[verb.i - 2].pos_ in ("NOUN", "PROPN")
    return after_noun and start <= verb.idx < end and verb.head.idx < start


_BARE = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT"})
_EXAMPLES_INTRO = re.compile(r"\b(?:including|such as|like|includes?):$")


def _examples_ended(bullets: Bullets) -> bool:
    """Whether a list after 'including' ends its examples before its last item (see list_items.examples_end_early)."""
    return _EXAMPLES_INTRO.search(bullets.intro) is not None and examples_end_early(bullets.items)


_PLACE_WORDS = frozenset({"outside", "inside", "within", "during", "beyond", "after", "before"})


_HOW_MANY = frozenset({"most", "some", "many", "all", "few", "several", "others", "both", "each"})


def _clause_among_things(items: Iterable[str]) -> bool:
    """Whether some items, but not all, are clauses of four words or more that open with their subject ('the
    money raised is spent on X'; 'muscle aches', which the small model reads as a clause, 'a sore arm where
    the needle went in' and 'how long it lasts' are not)."""
    clauses = []
    for item in items:
        doc = parse(item)
        root = _root(doc)
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
        opens = any(c.left_edge.i == 0 for c in subjects) and doc[0].tag_ not in ("WDT", "WP", "WRB")
        # ('most also have a desk': a word of how many, which the parse took for an adverb, is a subject)
        opens = opens or (doc[0].lower_ in _HOW_MANY and root is not None and root.tag_ in ("VBP", "VBZ", "VBD"))
        # ('noise from building sites outside allowed hours': a verb after a preposition, before a noun, describes it)
        before = doc[root.i - 1] if root is not None and 0 < root.i < len(doc) - 1 else None
        described = before is not None and (before.pos_ in ("ADP", "DET") or before.lower_ in _PLACE_WORDS)
        described = described and root is not None and doc[root.i + 1].pos_ == "NOUN"
        verb = root is not None and root.pos_ in ("VERB", "AUX") and not described
        # ('cars pulling up for short periods', 'the person not being seen': a thing and what it is doing, with no
        # helper of a time, is no clause)
        helped = root is not None and any(c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in root.children)
        verb = verb and not (root is not None and root.tag_ in ("VBG", "VBN") and not helped)
        clauses.append(verb and opens and _words(item) >= 4)
    return any(clauses) and not all(clauses)


_PEOPLE_WORDS = _GROUPS | {"staff", "anyone", "those", "people", "person", "men", "women"}


def _people_after_with(bullets: Bullets) -> bool:
    """Whether a list after 'people with' holds people: the list is of the people, not of what they have."""
    intro = bullets.intro.rstrip(":").split()
    if len(intro) < 2 or intro[-1].lower() not in ("with", "without") or intro[-2].lower() not in _PEOPLE_WORDS:
        return False
    heads = [_root(parse(item)) for item in bullets.items[1:]]
    return any(h is not None and h.lower_ in _PEOPLE_WORDS for h in heads)


def _verb_among_things(body: str, items: Iterable[str], fewest: int = 1, past: bool = True) -> bool:
    """Whether, read in its sentence, one item opens with a verb where the first does not: 'a photo of
    yourself against a plain, light background, or get one from a booth' is no list of three things (an
    item alone is parsed too loosely to tell 'get one' from 'refuse collection')."""
    items = tuple(items)
    doc = parse(body)
    starts = {t.idx: t for t in doc}
    tags: list[str] = []
    at = 0
    for item in items:
        at = body.find(item, at)
        token = starts.get(at)
        # ('diabetes treated with insulin': an '-s' word the parse makes a verb's subject is a thing, whatever its tag)
        # ('dementia, diabetes or X': a lone '-s' word among things is one too)
        thing = token is not None and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "compound")
        thing = thing or (token is not None and token.tag_ == "VBZ" and _words(item) == 1)
        tags.append(token.tag_ if token is not None and not thing else "")
        at = max(at, 0) + len(item)
    # (an item of fewer words may count none: 'and passport' with no stop after it is tagged a verb)
    # (nor, where past is False, a past form, which may describe a thing: 'broken street lights')
    said = ("VB", "VBP", "VBZ", "VBD") if past else ("VB", "VBP", "VBZ")
    verbs = [tag in said and _words(i) >= fewest for tag, i in zip(tags, items, strict=True)]
    return not verbs[0] and any(verbs[1:])

"""An inline series as a bulleted list: 'We use A, B, C and D' -> 'We use:' and the items."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .wording import (
    EXAMPLE_OPENERS,
    PURPOSE_VERBS,
    QUESTION_WORDS,
    WORD_COMMA,
    count_words,
    dated,
    sentence_case,
)


@dataclass(frozen=True)
class Bullets:
    """A bulleted list made from an inline series: its introduction and its items."""

    intro: str
    items: tuple[str, ...]


Piece = str | Bullets

WAYS_INTRO = "For example, this could be by:"
"""The introduction of the ways a thing can be done, each a doing of its own ('checking on', 'clearing')."""

# An item that gives an example of the one before ('a good reason, such as a stay in hospital'), or that goes
# on with it ('conduct that has caused', 'or is likely to cause'), or that sets it against another ('not the council')
_EXAMPLE_ITEM = re.compile(
    rf"(?:{'|'.join(map(re.escape, EXAMPLE_OPENERS))}|like|or|and|not|but|especially|particularly|mainly)\b",
    re.IGNORECASE,
)
# A clause with a subject of its own after a comma inside an item ('assault, and it can happen online'), or
# a closing phrase of the whole sentence ('insect bites, without you needing to see a GP', 'DVDs, for 3 weeks')
_CLAUSE_IN_ITEM = re.compile(
    r",\s+(?:(?:and|but|or|so)\s+(?:it|they|we|you|he|she|this|these|there)\s+\w+"
    r"|(?:without|unless|provided|whereas|at|for(?!\s+(?:example|instance)\b)|within|before|after)\b)",
    re.IGNORECASE,
)
# A first item whose doing word takes an object: the series may be that object's ('a PSPO covering A, B and C')
_OWN_OBJECTS = re.compile(r"\w{3,}ing\s+(?:the|a|an|your|our|their|its)\s+[\w-]+\s+(?:and|or)\s+[\w-]+")
_OBJECT_IN_FIRST = re.compile(
    r"\S\s+(?!(?:during|including|regarding|concerning|according|following|excluding|bring|thing|nothing|"
    r"something|anything|everything|morning|evening|spring|building|meeting|hearing|funding|training|housing|"
    r"parking)\b)\w{3,}ing\s+(?:the|a|an|your|our|their|its|all|any)\b",
    re.IGNORECASE,
)


_COUNTED_APART = re.compile(r"(?:a|an|the|your|their|our|his|her|its|any|some)\s", re.IGNORECASE)
_COUNTED = re.compile(r"(?:up to|at least|at most|more than|fewer than|less than|over|under|about|around)?\s*[£$]?\d")
_GIVEN_TO = frozenset({"priority", "access", "preference", "support", "help", "advice", "treatment"})
_NAME_OR_PURPOSE = re.compile(r"(?:known as|called|named|to\s+[a-z]+)\b", re.IGNORECASE)


# 'only dry garden waste, never household rubbish, plastic or rubber': what follows 'never' is its own list
_CONTRAST_IN_ITEM = re.compile(r",\s+(?:never|not|but not|except|apart from|rather than|instead of)\b", re.IGNORECASE)


# An item joined to another that ends in a preposition and a bare noun, or one that ends in 'to' and a bare
# plural, or one that ends in an owner's noun ('based on a person's disability'): the bare nouns after it may be
# what the preposition (or the owner) takes
_OPENS_A_LIST = re.compile(
    r"\s(?:and|or)\s.*\b(?:to|of|for|on|in|with|from)\s+[a-z][\w-]*$|\b(?:to|for|from|with|of)\s+[a-z][\w-]*[^s\W]s$"
    r"|\b(?:to|of|for|on|in|with|from|about)\s+(?:a|an|the)?\s*[\w-]+['’]s\s+[a-z][\w-]*$"
)
# How a thing is done: each way has its own words, none taken from the first ('on the council's website')
_WAY_ITEM = re.compile(r"(?:by|online|in person|in writing|through|via|using)\b")
_COLON = re.compile(r"(?<!\d):(?!\d)")  # a colon, not the one in a time ('9:30am')
_AGES_AND_AMOUNTS = frozenset({"over", "under", "more", "less", "older", "younger", "above", "below", "old"})
_PHRASE_IN_FIRST = re.compile(r"\s(?:in|of|for|at|on|to|from|with)\s")
_DETERMINED = re.compile(r"(?:the|a|an|your|their|our|his|her|its|this|these|those|any|some|all|each|every)\b", re.I)


_PREPOSITION_IN_FIRST = re.compile(
    r"(?!(?:are|is|be|was|were|go|come|get|talk|speak|write|apply|pay|look|ask|try|need)\b)[\w'-]+\s+(?:to|for)\s",
    re.IGNORECASE,
)


_ANYTHING_IN = re.compile(
    r"(?:anything|everything|something|nothing|all|anywhere|somewhere)\b.*\s(?:in|on|at|from|under|behind|near|"
    r"inside|outside|around)\s+(?:the|your|a|an|their|our)\s+[\w-]+$",
    re.IGNORECASE,
)


def _nested(items: tuple[str, ...]) -> bool:
    """Whether the items after the first may be what a phrase inside the first takes, not the verb before."""
    # ('A, B and repairs to roofs, gutters and windows': the bare nouns after it, a few words each, may be what 'to'
    # takes; 'your full name and date of birth, the name of your school' goes on with a thing of its own; not 'your
    # name and date of birth, details of X', nor 'blurring of vision', 'dizziness', 'trouble understanding X')
    if any(
        _OPENS_A_LIST.search(i) and not _DETERMINED.match(n) and not _OF_BIRTH.search(i)
        and all(count_words(later) <= 3 for later in items[k + 2 : -1]) for k, (i, n) in enumerate(pairwise(items))
    ):  # fmt: skip
        return True
    # ('show photo ID to vote in UK parliamentary elections, local elections and mayoral elections': the
    # others end in the noun that ends the first's phrase, so they are what that phrase takes, not 'show')
    # ('dead swans, geese or ducks, or other dead wild birds': the describing word is said of the bare ones too)
    first = items[0].split()
    shared = len(first) == 2 and first[0].islower() and not _DETERMINED.match(items[0])
    # ('feeling dizzy', 'feeling sick', 'feeling tired': a word that opens another item too makes them alike)
    parallel = any(i.lower().split()[:1] == first[:1] for i in items[1:])
    # (not 'whole days', 'half days', 'the whole week': a describing word of their own on the others)
    bare = any(len(i.split()) == 1 for i in items[1:])
    if shared and not parallel and bare and any(first[0] in i.lower().split() for i in items[1:]):
        return True
    # ('anything in the loft', 'the shed', 'the garden': places 'in' takes, not things of their own)
    if _ANYTHING_IN.match(items[0]) and all(count_words(i) <= 3 and _DETERMINED.match(i) for i in items[1:]):
        return True
    ends = [re.sub(r"\W+$", "", i).rsplit(maxsplit=1)[-1].lower() for i in items]
    noun = ends[0].isalpha() and ends[0] not in _AGES_AND_AMOUNTS  # ('aged 12 and over', 'aged 5 and over')
    # ('let them know you are there for them', 'do not confront the person abusing them': a pronoun is no noun)
    noun = noun and ends[0] not in _PRONOUN_ENDS
    return bool(_PHRASE_IN_FIRST.search(items[0])) and noun and ends[0] in ends[1:]


_OF_BIRTH = re.compile(r"\b(?:date|place|country|town) of birth$")
_PRONOUN_ENDS = frozenset({"them", "it", "you", "us", "him", "her", "me", "this", "that", "these", "those"})
_COUNT_AFTER = re.compile(r"\s(?:for|across)\s+(?:up to\s+|more than\s+|about\s+|around\s+|over\s+)?\d[\d,]*\s+[a-z]")


# A doing done to the reader ('make you a hot meal'), not a question or fact told ('that you can have a record')
_DONE_TO_THE_READER = re.compile(r"(?!(?:that|what|why|how|where|when|whether|if|which|who)\b)\w+\s+you\b")


def sound_list(pieces: list[Piece]) -> bool:
    """Whether the bullets among some pieces are one list: no item is an example of another, a name for it
    or what it is for, none carries a clause of its own, and the first does not hold the verb the others
    are the objects of."""
    for piece in pieces:
        if not isinstance(piece, Bullets) or len(piece.items) < 2:
            continue
        items, helped = piece.items, _HELPER_INTRO.search(piece.intro) is not None
        # (the lengths as the sentence wrote them, without the 'or' a choice's bullets carry)
        short = all(len(re.sub(r",\s+or$", "", i)) <= 2 for i in items)
        if short or any(_COLON.search(i) for i in (*items, piece.intro[:-1])):
            # 'a rating of D, E, F or G': grades or letters read best in one line; 'Gather your documents: A, B
            # and C': a list the sentence already brings in with its colon
            return False
        # ('new kitchens, bathrooms and heating systems for 340 homes': a count after the last is all of theirs)
        shared = _COUNT_AFTER.search(items[-1]) and not any(
            _COUNT_AFTER.search(i) or count_words(i) > 3 for i in items[:-1]
        )
        # ('a healthy meal and activities such as sport', 'arts and crafts', 'cooking': the rest are the examples)
        # (not 'referring you to services, such as drug support; and X': examples after their own comma end there)
        # ('open the door to other help, such as A', 'B', 'C': examples the first opens are the rest, however long)
        shared = shared or any(
            _EXAMPLES_OPEN.search(i) and all(count_words(later) <= 4 for later in items[k + 1 :])
            for k, i in enumerate(items[:-1])
        )
        # (conditions after 'if:' are clauses, whose examples end at their own comma)
        # (a first item whose examples are a list of their own, 'such as A, B or C', holds them whole)
        opened = re.search(r",\s+(?:such as|including|for example)\s(.*)$", items[0])
        first_examples = opened is not None and "," not in opened.group(1)
        shared = shared or (first_examples and not _CONDITIONS_INTRO.search(piece.intro))
        # ('help you to:' 'make you a hot meal': a doing done to the reader is the helpers' own, not the reader's)
        shared = shared or (
            re.search(r"\byou(?:\s+to)?:$", piece.intro) and any(_DONE_TO_THE_READER.match(i) for i in items)
        )
        if shared or any(
            # ('not responding like they normally do': a denied doing is a thing of the list wherever it stands)
            # ('You must also:' 'not be in full-time education': after a helper, a denied verb is a thing to do)
            (_EXAMPLE_ITEM.match(i) and not _DENIED_DOING.match(i) and not (helped and i.startswith("not ")))
            or _CLAUSE_IN_ITEM.search(i)
            or _CONTRAST_IN_ITEM.search(i)
            for k, i in enumerate(items)
        ):
            return False
        # (conditions after 'if:' are clauses, not nouns a phrase in the first may take)
        # ('Hot weather can:' 'increase the risk of falls', 'cause X': after a helper verb every item is a thing done,
        # never what a phrase in the first takes)
        # ('this could be by:' 'checking on older people', 'clearing paths': each way a doing of its own)
        ways = all(_WAY_ITEM.match(i) for i in items) or _HELPER_INTRO.search(piece.intro) is not None
        # ('This is what we do:' 'write to X next to the site', 'put up a notice near the site': doings, see actions)
        ways = ways or piece.intro == WAYS_INTRO or re.search(r"\bwhat (?:we|they) do:$", piece.intro) is not None
        # ('help you if you:', 'if the crew saw that:': a condition's lead may come before its colon)
        conditions = _CONDITIONS_INTRO.search(piece.intro) is not None
        # ('We will look at:' 'whether there is room to park a car', 'whether X': questions are clauses too)
        conditions = conditions or all(_ASKED_ITEM.match(i) for i in items)
        # ('the inspectors said that:' 'pupils are happy', 'staff know them well': things said are clauses too)
        conditions = conditions or piece.intro.endswith(" that:")
        if _nested(items) and not conditions and not ways:
            return False
        # ('We give priority to A roads, bus routes and X': the things listed are what 'to' takes, not 'give';
        # 'up to 20 books', 'audiobooks', 'DVDs': a number on the first may count them all)
        # (conditions after 'if:' are clauses, each with its own verb: 'you are renewing a passport')
        # ('by entering your postcode', 'by calling X': ways of doing a thing each have their own verb and object)
        for first_only in (
            () if conditions or ways else (_OBJECT_IN_FIRST.search, _PREPOSITION_IN_FIRST.match, _COUNTED.match)
        ):
            # ('floor plans showing the size and use of each room': a doing word whose own list is complete)
            own_list = first_only == _OBJECT_IN_FIRST.search and _OWN_OBJECTS.search(items[0]) is not None
            # ('2 recent photos' / 'a plan' / 'a copy': a number counts none of the things that have an article)
            own_list = own_list or (first_only == _COUNTED.match and all(map(_COUNTED_APART.match, items[1:])))
            if first_only(items[0]) and not own_list and not any(first_only(i) for i in items[1:]):
                return False
        # 'a minimum income', 'known as the MIG', 'to pay for food': a name or a purpose is no item
        starts = [bool(_NAME_OR_PURPOSE.match(i)) for i in items]
        # ('call the team on 0163 960, Monday to Friday, 8.30am to 5pm, or email X': times are when, not whom)
        # ('call A on 0800 1, Monday to Friday from 9am to 5pm, or B': a time that opens with its days, however long)
        times = [dated(i) and (count_words(i) <= 4 or _DAYS_FIRST.match(i) is not None) for i in items]
        if (any(starts) and not all(starts)) or (any(times) and not all(times)):
            return False
    return True


_DENIED_DOING = re.compile(r"(?:not|never)\s+[a-z]+ing\b")  # ('by:' 'not smoking': the first, set against nothing)
_DAYS_FIRST = re.compile(r"(?:on\s+|every\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekdays)\b")
_HELPER_INTRO = re.compile(r"\b(?:can|could|should|will|would|must|may|might)(?: not)?(?: also)?:$")
_ASKED_ITEM = re.compile(rf"{QUESTION_WORDS}\s")
_CONDITIONS_INTRO = re.compile(r"\bif\b(?:,[^,]*,)?[^,]*:$", re.IGNORECASE)  # ('if, after a head injury, they:')
_EXAMPLES_OPEN = re.compile(r"^[^,]*\b(?:such as|including|for example|e\.g\.)\s+\S")
# The rest of a short list inside a list's last item: 'mouth, nose or ears' (up to three words each)
_NESTED_SERIES = re.compile(r"(?:[a-z]+(?: [a-z]+){0,2}, )*[a-z]+(?: [a-z]+){0,2} (?:and|or) [a-z]+(?: [a-z]+){0,2}\.?")
_EXAMPLES_END = re.compile(r"\b(?:such as|like|including)$")
_DOING = re.compile(r"(?:not\s+)?[a-z]{2,}ing\b")
LONGEST_SERIES_ITEM = 8  # words of an item of an inline series
LONGEST_LAST_DOING = 16  # words of the last of a series of doings after 'by'
_INTRO = re.compile(
    r"\b(?:of|are|is|were|was|be|include|includes|including|from|with|by|for|use|using|such as|like)\b|:"
)


def shared_to(intro: str, items: list[str]) -> tuple[str, list[str]]:
    """The 'to' of the first item goes to the introduction when the others share it: 'whether your award
    is:' 'to continue', 'be increased', 'be stopped' -> 'whether your award is to:' 'continue', ...; so do
    a noun and its 'to' or 'for' ('give:' 'treatment for X', 'Y' -> 'give treatment for:' 'X', 'Y'). A last item
    with a preposition of its own takes the introduction's to the others ('ride it on:' 'roads', 'in parks' ->
    'ride it:' 'on roads', 'in parks')."""
    own = re.match(r"(?:in|on|at|by|from|to|into|near|inside|outside|through)\s", items[-1])
    lead = re.search(r"\s(in|on|at|by|from|to|into|near|inside|outside|through)$", intro)
    if (
        own
        and lead
        and own.group(0).strip() != lead.group(1)
        and not any(i.startswith(own.group(0)) for i in items[:-1])
    ):
        return intro[: lead.start()], [f"{lead.group(1)} {i}" for i in _with_the_first_article(items[:-1])] + items[-1:]
    if items[0].lower().startswith("to ") and not all(i.lower().startswith("to ") for i in items[1:]):
        return f"{intro} {items[0][:2]}", [items[0][3:], *items[1:]]
    # 'Pharmacists can give:' 'treatment for sinusitis', 'sore throat' -> 'Pharmacists can give treatment for:'
    lead = _PREPOSITION_IN_FIRST.match(items[0])
    # ('English for speakers of other languages', 'maths and English up to GCSE level': a name said again in another
    # item makes the first one thing of the list, not what the others are for)
    named = lead is not None and lead.group(0)[0].isupper() and any(lead.group(0).split()[0] in i for i in items[1:])
    # ('give:' 'priority to A roads', 'roads to hospitals': a noun that only leads to what it is given to is the verb's,
    # whatever the other items hold)
    light = lead is not None and lead.group(0).split()[0].lower() in _GIVEN_TO
    if lead and not named and (light or not any(_PREPOSITION_IN_FIRST.match(i) for i in items[1:])):
        return f"{intro} {lead.group(0).strip()}", [items[0][lead.end() :], *items[1:]]
    return intro, items


_ARTICLE = re.compile(r"(a|an|the)\s")
_BARE_NOUN = re.compile(
    r"(?!(?:a|an|the|this|that|these|those|each|every|any|some|your|their|our|his|her|its|my|no)\b)"
    r"[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}"
)


def _with_the_first_article(items: list[str]) -> list[str]:
    """Items whose first has 'a' or 'the', the bare singular nouns after it with the article too, as the series said
    them once for all ('on a public road, pavement, cycle lane' -> 'on a pavement', never 'on pavement')."""
    article = _ARTICLE.match(items[0])
    if article is None:
        return items

    def said(item: str) -> str:
        if not _BARE_NOUN.fullmatch(item) or (article.group(1) != "the" and item.endswith("s")):
            return item
        word = article.group(1) if article.group(1) == "the" else ("an" if item[0] in "aeiou" else "a")
        return f"{word} {item}"

    return [items[0], *map(said, items[1:])]


def _with_a_list_in_the_last(parts: list[str]) -> list[str]:
    """A series' parts between commas, those after the list's own ', and' made its last item again ('A, B, and an itchy
    throat, mouth, nose or ears': the commas after it are a short list of the last item's own)."""
    closing = next((k for k, part in enumerate(parts[:-1]) if re.match(r"(?:and|or)\s", part)), None)
    if closing is None or closing < 2 or not _NESTED_SERIES.fullmatch(", ".join(parts[closing + 1 :])):
        return parts
    return [*parts[:closing], ", ".join(parts[closing:])]


# A thing and what it has, the last words of a list's lead ('wear a navy jumper or cardigan with')
_HAD_WITH = re.compile(r"\b(?:a|an|the|your|their)\s+(?:[\w-]+\s+){1,4}?with$")


def _first_item_owned(intro: str, items: list[str]) -> tuple[str, list[str]]:
    """An introduction and items, the words of the first item the introduction took given back to it: 'about the
    quality of the food, the service, or the standard of the decor' (an item with an 'of' of its own, as the
    introduction's last noun has, shows that noun is the first item's; so does a word that lists things before it,
    'These include loss of light or privacy, the design of the building, noise'), and 'things like the effect on the
    value of your home, boundary disputes, or X' (the examples are the list)."""
    owner = _OWNER.search(intro)
    # ('the loss of a view, the effect on the value of your home, disputes about boundaries': a later thing with its
    # own phrase after its noun is whole, so the first is whole too)
    if owner and any(
        re.match(r"(?:the|a|an|its|their|your)\s+[\w-]+\s+(?:of|on|about|between)\s", i) for i in items[1:]
    ):
        begin = owner.start("noun") if owner["the"] is None else owner.start("the")
    elif (example := _FIRST_EXAMPLE.search(intro)) is not None:
        begin = example.start("thing")
    elif (had := _HAD_WITH.search(intro)) is not None and any(re.match(r"(?:a|an)\s", i) for i in items[1:]):
        begin = had.start()  # ('wear a navy jumper with the school logo, a white shirt and X': things worn, each)
    else:
        return intro, items
    return intro[:begin].rstrip(), [f"{intro[begin:]} {items[0]}", *items[1:]]


def _too_long(intro: str, items: list[str]) -> bool:
    """Whether an item of a series is too long (or empty) to be read as one of its things."""
    # ('by not smoking, being active, and taking any medicine your doctor gives you for A, B or C': ways of doing a
    # thing, each a doing, may end on a longer one)
    doings = intro.endswith(" by") and all(_DOING.match(i) for i in items)
    longest = [LONGEST_SERIES_ITEM] * (len(items) - 1) + [LONGEST_LAST_DOING if doings else LONGEST_SERIES_ITEM]
    return any(count_words(i) > n or not i for i, n in zip(items, longest, strict=True))


def as_bullets(body: str) -> list[Piece] | None:
    """An inline series of three or more items becomes an introduction and a bulleted list:
    'We use the skills of A, B, C and D to stop X.' -> 'We use the skills of:' A / B / C / D, 'This is to stop X.'"""
    # ('For example, this could be because of A, B or C': the opening's comma is not the list's)
    opening = re.match(r"For (?:example|instance),\s+", body)
    lead = opening.end() if opening else 0
    if body.count(",", lead) < 2 or (" and " not in body and " or " not in body):
        return None
    head = body[: body.index(",", lead)]
    intros = list(_INTRO.finditer(head))
    if not intros or count_words(head[: intros[-1].end()]) < 3:
        return None
    intro, rest = head[: intros[-1].end()], body[intros[-1].end() :].strip()
    # ('based on how long you have been a tenant with X, the type of Y and Z': a question is the first item)
    asked = re.search(r"\b(?:on|about|of|in)\s+(?=(?:how|what|whether|where|when|why)\b)", intro)
    if asked:
        intro, rest = intro[: asked.end()], body[asked.end() :].strip()
    *items, final = _with_a_list_in_the_last([part.strip() for part in WORD_COMMA.split(rest)])
    joined = re.match(r"(and|or)\s+", final)
    if joined:
        last, link = final[joined.end() :], joined.group(1)
    else:
        conjunction = re.search(r"\s(and|or)\s", final)
        if not conjunction:
            return None
        before, last, link = final[: conjunction.start()], final[conjunction.end() :], conjunction.group(1)
        items.append(before)
    # The last item ends where a purpose clause or a relative clause starts.
    tail = ""
    ending = re.search(rf"\s+(to\s+(?:{'|'.join(PURPOSE_VERBS)})\b|who\b|which\b|that\b)", last)
    # ('£1.5 million to repair roads, £400,000 for parks and £250,000 to help X': where the other items have
    # purposes of their own, the last one's is its own too)
    own = ending is not None and any(re.search(r"\s(?:to\s+[a-z]+|for)\s", f" {i} ") for i in items)
    # ('people aged 65 and over, people with X, carers, and people who work in care homes': where another item says
    # which of its kind it is, the last one's clause is its own)
    own = own or (ending is not None and not ending.group(1).startswith("to") and any(map(_QUALIFIED.search, items)))
    if ending and not own:
        tail, last = last[ending.start() :].strip(), last[: ending.start()]
    items.append(last.strip())
    # ('liquids such as milk or oil, packaging, nappies or X': the examples end at the first comma)
    # ('building waste such as rubble, bricks and plasterboard, garden waste, car parts': an 'and' inside a later
    # item may close the examples too, and what follows is no building waste)
    examples_end = _EXAMPLES_END.search(intro) and any(re.search(r"\s(?:and|or)\s", i) for i in items[:-1])
    # ('from a stall, van or cart on a street, pavement or X': an item with no article of its own shares the first's,
    # and its own 'or' nests one list in another, which the commas cannot part)
    nested = re.match(r"(?:a|an|the)\s", items[0]) is not None and any(
        re.search(rf"\s{link}\s", i) and not re.match(r"(?:a|an|the|your|their|our|his|her|its|some|any)\s", i)
        for i in items[1:-1]
    )
    # ('a break from caring, known as respite care, either at home or X': a name given and a choice are no things, nor
    # is a clause of its own: 'an invoice from us every 4 weeks, and you can pay by A, B or C')
    named = any(re.match(r"(?:(?:also|better|sometimes)\s+)?(?:known|called|named)\b|either\b", i) for i in items[1:])
    named = named or any(re.match(r"(?:and|or|but)\s+(?:you|we|they|he|she|it|there|this)\s", i) for i in items)
    if len(items) < 3 or _too_long(intro, items) or examples_end or nested or named:
        return None
    intro, items = shared_to(intro, items)
    if link == "or" and re.search(r"\b(?:be|can|could|may|might|will|would|must|should)$", intro):
        items[-2] = f"{items[-2]}, or"  # 'You could be: fined / given an order, or / sent to prison': one of them
    intro, items = _first_item_owned(intro, items)
    pieces: list[Piece] = [Bullets(intro=sentence_case(intro)[:-1].rstrip(":") + ":", items=tuple(items))]
    if tail and not tail.startswith("to "):
        return None  # "who ..." or "which ..." after the last item: no sentence says it well
    if tail:
        pieces.append(sentence_case(f"This is {tail}"))
    return pieces


_QUALIFIED = re.compile(r"\S\s+(?:who|which|that|with|aged|in|from|under|over|of)\s")
_OWNER = re.compile(
    r"(?:\b(?P<the>the|a|an|its|their|your)\s+|\b(?:include|includes|including|as|like|us|you|them|me)\s+)"
    r"(?P<noun>[\w-]+\s+of)$"
)
# The first of some examples, up to the word its last phrase opens with ('like the effect on the value of')
_FIRST_EXAMPLE = re.compile(r"\b(?:such as|like|including)\s+(?P<thing>(?:[\w'-]+\s+){1,5}(?:of|on|for|to|in))$")

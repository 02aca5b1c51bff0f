"""The last resort of the sentence splitter: a long sentence cut at the comma nearest its middle, where
both sides are clauses of five words or more (a closing ', which is X' said from its words alone is in
which_clauses.py)."""

from __future__ import annotations

import re

from .linking import (
    but_of_the_condition,
    continues_a_condition,
    inside_a_series_of_clauses,
)
from .orders import an_order
from .parser import parse
from .wording import QUESTION_WORDS, SUBORDINATE, count_words

_OPENING_PREPOSITIONS = ("in", "on", "at", "during", "for", "from", "by", "with", "without", "under", "over",
                         "after", "before", "since", "across", "within", "between", "following", "throughout",
                         "according to", "as well as", "along with", "in addition to")  # fmt: skip
# Words that make a run of words a clause: pronouns, auxiliaries and common past tenses.
_CLAUSE_WORDS = frozenset(
    """
    we they he she it i you there is are was were be been has have had do does did will would can could
    should must may might shall made took gave went came saw found told said got began brought built kept
    left met paid put ran sent set spent won rose fell
    """.split()
)


def _is_opening_phrase(text: str) -> bool:
    """Words before a comma that open with a preposition and hold no clause: "In the first quarter
    of this year", not "In 2019 we made 418 arrests"."""
    words = text.lower().split()
    if not text.lower().startswith(tuple(f"{p} " for p in _OPENING_PREPOSITIONS)):
        return False
    return not any(w.strip("'’") in _CLAUSE_WORDS or (w.endswith("ed") and len(w) > 4) for w in words[1:])


# A series of short items: "A, B, C and D" or "A, B or C" (items of up to three words).
_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_SERIES = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})+,?\s+(?:and|or)\s+{_ITEM}")


# What may follow a comma but cannot start a sentence of its own.
_OPENING_AFTER_A_LINK = re.compile(
    r",\s+(?:and|but|or|so)\s+(?:in|on|at|for|during|from|after|before|within|under)\s[^,]*,\s+(?:where|when)\s[^,]*$",
    re.IGNORECASE,
)
_FRAGMENT_START = re.compile(
    r"\s*(?:and|or|that|which|who|whom|whose|such as|for example|for instance|especially|particularly|like|"
    r"once|as soon as|so that|so far as|so long as|in so far as|insofar as|in case|now that|even|"
    r"somewhere|anywhere|everywhere|nowhere|"
    r"although|though|whereas|because|unless|until|if|when|while|whilst|where|wherever|whenever|whereby|whether|"
    r"since|as|than|including|except|unlike|together with|along with|as well as|rather than|in addition to|"
    r"apart from|due to|owing to|according to|prior to|(?:back|up|down|right|all the way|straight) to|to|"
    r"with|without|in|on|at|for|from|of|by|under|over|after|before|during|despite|through|within|across|"
    r"against|among|between|into|towards|per|more than|less than|fewer than|up from|down from|double|twice|"
    # ('tell us the dates, how many bays you need, and why': more of what you tell)
    r"whatever|whichever|wherever|whoever|however|how|what|why|"
    # ('small, flat insects, about 5 millimetres long, that feed on blood': a measure of the thing before)
    r"(?:about|around|roughly|nearly|almost|over|under|up to)\s+\d|"
    # ('counted from the date it was last lived in, not from the date you became the owner': the contrast's own)
    r"not\s+(?!(?:all|every|everyone|everybody|many|much|everything)\b)|"
    # 'after 14 people in the borough, most of them aged over 75, lost X': an aside about the words before
    r"(?:most|many|some|all|none|each|both|several|half|one|two|three|\d+)\s+of\s+(?:them|these|those|whom|which|us|you)|"
    r"[a-z]+ing|"
    # 'placed on roads that we do not treat', 'usually in the evening': a participle's or an adverb's phrase
    r"[a-z]{3,}ed\s+(?:on|in|at|by|for|to|with|from|near|under|around|across|along|outside|inside|within)|"
    r"(?:usually|often|normally|mostly|mainly|generally|typically|always|sometimes)\s+(?:in|on|at|by|from|after|"
    r"before|during|within|between|for|when|if)"
    r")\b"
)


_WH = re.compile(rf"\b{QUESTION_WORDS}", re.IGNORECASE)
# 'the longer you leave it, the harder it is': two halves of one comparison, neither a sentence alone
_COMPARED = re.compile(r"\bthe (?:\w+er|more|less|fewer|sooner|better|worse)\b", re.IGNORECASE)
_WH_SERIES = re.compile(r"(?:,|\band|\bor)\s+(?:how|what|why|who|where|when|whether)\b", re.IGNORECASE)


_IN_A_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:will|can|could|would|may|might|must|should)\s+[^,]*$")


# Examples begun before the comma, with no verb yet: the comma goes on with more of them
_EXAMPLES_OPEN = re.compile(r",\s+(?:including|such as|like|for example)\s+[^,]*$", re.IGNORECASE)
# A clause whose opening word an aside interrupts: 'if, at the time X, you are Y'
_INTERRUPTED = re.compile(r"\b(?:if|unless|whether|when|because|that),\s", re.IGNORECASE)
# A 'that' clause that opens with a clause of its own: 'says that since X moved, the wait has fallen'
_OPENS_INSIDE = re.compile(
    r"\bthat\s+(?:since|after|before|when|if|because|although|though|while|until|once|unless)\b[^,]*$", re.IGNORECASE
)


def _not_between_clauses(left: str, right: str) -> bool:
    """Whether a comma with these words either side cannot end one sentence and start another."""
    if _is_opening_phrase(left):
        return True  # "In the first quarter of this year." is not a sentence
    if _COMPARED.match(right) and _COMPARED.search(left):
        return True
    if _WH_SERIES.search(right) and _WH.search(left.rsplit(",", 1)[-1]):
        return True  # 'telling you how much is owed, the period it covers, why it happened and who pays': one list
    if any(check(left, right) for check in (inside_a_series_of_clauses, continues_a_condition, but_of_the_condition)):
        return True
    # ('Call 111 if the skin becomes red, hot or painful, your child is dehydrated, or you are worried': the clauses
    # after the comma are the closing condition's next cases, up to its last 'or')
    cases_on = _CLOSING_IF.search(left) is not None and _LAST_CASE.search(right) is not None
    if cases_on or _EXAMPLES_OPEN.search(left) or _CONDITION_BEFORE.search(left):
        return True  # 'a record of all contact, including dates, letters, photos and X': the examples go on; 'X, if
        # they do not match, we reject it' and 'X so if an objection is lodged, Y': the condition is the next clause's
    # 'if, at the time it is dispensed, you are 60, you are under 16, or X': all of it is the 'if'; 'an adviser, who
    # will keep in touch, help you X and put you Y': the clause's next verb
    return any(p.search(left) for p in (_INTERRUPTED, _OPENS_INSIDE, _IN_A_RELATIVE))


_CLOSING_IF = re.compile(r"[^\s,]\s+(?:if|unless)\s", re.IGNORECASE)
_LAST_CASE = re.compile(r",\s+or\s+(?:if\s+)?(?:you|your|they|their|he|she|it|we|the|a|an)\b[^,]*$", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(
    r"(?:,\s+|\b(?:so|and|but|then|because)\s+)(?:if|when|unless|once|whenever)\b[^,]*$", re.I
)
# (a linking word, or a note to the reader: 'Please note, if X, the photo will need Y' opens with its 'if')
_LINKED_FIRST = re.compile(r"^(?:but|and|so|however|also|(?:please\s+)?(?:note|remember)(?:\s+that)?),?\s+")
_NOTED_AFTER = re.compile(
    r"(?:please\s+)?(?:note|remember|be aware)\s+(?:as|in|on|at|from|for|during|because|due|following|after|before|"
    r"since|until|with|owing)\b",
    re.IGNORECASE,
)
_EVERY_FIRST = re.compile(r"(?:for|with|in|on|at|after|before|during|by)\s+(?:every|each)\b", re.IGNORECASE)


def _describes_across(body: str, comma: int) -> bool:
    """Whether the word before a comma describes a noun after it ('where a trained, independent mediator helps')."""
    doc = parse(body)
    at = next((t for t in doc if t.idx == comma), None)
    return at is not None and at.i > 0 and doc[at.i - 1].dep_ == "amod" and doc[at.i - 1].head.i > at.i


# Things a sentence says it includes, up to a comma ('This includes a Blue Badge'), and the next thing after it
_INCLUDED = re.compile(r"\b(?:includes?|including|such as|for example)\s+[^,]+$", re.IGNORECASE)
_THING_NEXT = re.compile(r"(?:a|an|the|your|their|our|any|some)\s+[\w'’-]+", re.IGNORECASE)


def _more_things_after(left: str, right: str) -> bool:
    """Whether the words after a comma are more things of a list the words before it end ('you could get loft, wall
    or floor insulation, an air source heat pump, solar panels, or X'): a thing with no verb up to the next comma."""
    # ('symptoms are a cough that lasts 3 weeks, a high temperature, night sweats, X and Y': a thing after a comma,
    # then more of them to a closing 'and', is the list going on, whatever the parse makes of 'night sweats')
    # ('Signs include droppings, gnaw marks on wood, X and Y': after a verb that lists, the first thing)
    opened = re.search(r",\s+an?\s[^,]+$|\b(?:include|includes|including)\s+[^,]{1,40}$", left)
    closing = re.search(r",[^,]*\s(?:and|or)\s[^,]+$", right) is not None and opened
    if not (closing or (_THING_NEXT.match(right) and re.search(r"\b(?:and|or)\s[^,]+$", left))):
        return False
    thing = right.split(",", 1)[0]
    return (closing and count_words(thing) <= 3) or not any(t.pos_ in ("VERB", "AUX") for t in parse(thing))


def at_comma(body: str) -> list[str] | None:
    """The comma nearest the middle, when both sides are at least five words.

    Not after an opening subordinate clause ("When X, Y"): "When X." alone is not a sentence.
    """
    # ('people who are older, disabled, have a condition or ...': a list with a one-word item, which the
    # short series below may not take whole)
    # ('For every 2 books they read, they will get X': a phrase with a clause of its own opens the sentence)
    # ('But if X and Y, the council may decide Z': a linking word may come before the clause; 'Please note as a result
    # of X, we have had to Y': what is noted comes after the comma)
    # ('Please note: Unless X, Y': what a label before a colon notes is the clause after it)
    opening = re.sub(r"^[^:,.]{1,25}:\s+", "", _LINKED_FIRST.sub("", body.lower(), count=1))
    # ('To allow a crane to lift X onto 22 Elm Grove, we will Y': a purpose said first is no sentence alone)
    purpose = re.match(r"(?:in order )?to\s+[a-z]+\b", opening) is not None
    if SUBORDINATE.match(opening) or purpose or re.search(r",\s+[\w'’-]+,\s", body) or _EVERY_FIRST.match(body):
        return None
    if _NOTED_AFTER.match(body):
        return None
    total = count_words(body)
    listed = [range(m.start(), m.end()) for m in _SERIES.finditer(body)]
    best: tuple[float, int] | None = None
    for match in re.finditer(r",\s+", body):
        if any(match.start() in span for span in listed):
            continue  # "asthma, COPD, diabetes or heart disease": a list, not two clauses
        # ('after the operator, Northway Buses, said that X': a name set beside a noun is no subject; 'X from 2 October,
        # the council has announced, in a change that Y': who said it, between commas, says nothing alone)
        if (
            _not_between_clauses(body[: match.start()], body[match.end() :])
            or _describes_across(body, match.start())
            or _name_beside(body[match.end() :])
            or _ATTRIBUTION.match(body[match.end() :]) is not None
        ):
            continue
        if _OPENING_AFTER_A_LINK.search(body[: match.start()]) or _phrase_after_a_link(body[: match.start()]):
            continue  # ('X, and in some areas, where Y, an officer may Z': the phrase and its clause open what follows)
        if _VERB_SERIES_ON.match(body[match.end() :]):
            continue  # ('collects stray dogs, reunites lost dogs, and gives advice': a verb of the subject's series)
        if _EXAMPLES_BEFORE.search(body[: match.start()]):
            continue  # ('ask for money, perhaps for an emergency, travel costs, or X': the examples go on)
        # ('an attack if their symptoms get worse, such as A, their inhaler is not helping, or they are X': the cases
        # of a closing 'if' go on to its last ', or')
        cases = _CLOSING_IF.search(body[: match.start()]) and _CASES_GO_ON.search(body[match.end() :])
        included = _INCLUDED.search(body[: match.start()]) and _THING_NEXT.match(body[match.end() :])
        if cases or included or _more_things_after(body[: match.start()], body[match.end() :]):
            continue  # ('This includes a Blue Badge, a bus pass and X': the next of the things it includes)
        left = count_words(body[: match.start()])
        if left >= 5 and total - left >= 5 and not _FRAGMENT_START.match(body[match.end() :]):
            distance = abs(left - total / 2)
            if best is None or distance < best[0]:
                best = (distance, match.start())
    if best is None:
        return None
    first, second = body[: best[1]], body[best[1] + 1 :]
    # ('Stay out of the heat, cool down, keep your home cool or find somewhere cool': cut from a series of orders,
    # 'Stay out of the heat, cool down.' joins two with a comma, and the series may be a choice)
    orders = "," in first and an_order(first) and an_order(second.strip())
    return None if orders or _doing_of_the_subject(first, second.strip()) else [first, second]


_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*,\s+(?=[a-z])")


_ATTRIBUTION = re.compile(
    r"(?:the\s+)?[\w'’ -]{1,40}?\s(?:has\s+|have\s+|had\s+)?(?:said|says|announced|confirmed|warned|added|explained)"
    r"\s*(?:,|$)",
    re.IGNORECASE,
)


def _name_beside(words: str) -> bool:
    """Whether words open with a name, a comma and a verb said of it ('Northway Buses, said that X'): the name was set
    beside a noun before the comma, and cut from it the words would be a subject split from its verb."""
    named = _NAME_THEN_VERB.match(words)
    verb = next((t for t in parse(words) if t.idx >= named.end()), None) if named else None
    return verb is not None and verb.tag_ in ("VBD", "VBZ", "VBP", "MD")


def _doing_of_the_subject(first: str, second: str) -> bool:
    """Whether the words after a comma open with a plain verb that goes on what the subject before it does ('They
    start as small spots, then fill with fluid': never the order 'Then fill with fluid'; 'Your GP will ask about X,
    do a test and arrange Y': 'do' is the GP's, after 'will')."""
    words = [t for t in parse(second) if t.lower_ not in ("then", "also", "and")]
    if not words or words[0].tag_ != "VB" or words[0].lower_ == "please" or an_order(first):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in parse(first))


_CLOSING_IF = re.compile(r"\w\s+if\s+(?:you|your|they|their|he|she|his|her|it|its|the|we|our)\b")
_CASES_GO_ON = re.compile(r",\s+or\s+(?:you|your|they|their|he|she|his|her|it|its|the|we|our|there)\s+\w+")
_EXAMPLES_BEFORE = re.compile(r",\s+(?:perhaps|for example|for instance|such as|including|especially)\b[^,]*$", re.I)
# Words after a comma that go on a series of verbs of one subject: 'reunites lost dogs with owners, and gives advice'
_VERB_SERIES_ON = re.compile(r"(?!(?:is|was|has|this|these|its|his|us|as)\b)[a-z]+s\s[^,]*,\s+(?:and|or)\s+[a-z]+s\b")


def _verbless(words: str) -> bool:
    """Whether words have no verb in their parse (a phrase, not a clause)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in parse(words))


def _phrase_after_a_link(left: str) -> bool:
    """Whether words end with a link and a phrase with no verb ('This is the first rise, and even after it'), which
    opens the clause after the comma, not a sentence of its own."""
    tail = re.search(r",\s+(?:and|but|or|so)\s+([^,]+)$", left)
    return tail is not None and _verbless(tail.group(1))

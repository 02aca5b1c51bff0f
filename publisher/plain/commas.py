"""The last resort of the sentence splitter: a long sentence cut at the comma nearest its middle, where
both sides are clauses of five words or more; and a closing ', which is X' said as 'This is X.' from its
words alone (the parse's rules are asides.py and relatives.py)."""

from __future__ import annotations

import re

from .linking import (
    but_of_the_condition,
    continues_a_condition,
    in_an_exception,
    inside_a_series_of_clauses,
    inside_an_if,
)
from .orders import an_order
from .parser import parse
from .wording import AND_WHICH, MONTHS, PERSONS, QUESTION_WORDS, SUBORDINATE, TIME_UNITS, count_words

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
    if not _THING_NEXT.match(right) or not re.search(r"\b(?:and|or)\s[^,]+$", left):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in parse(right.split(",", 1)[0]))


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
        if _not_between_clauses(body[: match.start()], body[match.end() :]) or _describes_across(body, match.start()):
            continue
        if _OPENING_AFTER_A_LINK.search(body[: match.start()]) or _phrase_after_a_link(body[: match.start()]):
            continue  # ('X, and in some areas, where Y, an officer may Z': the phrase and its clause open what follows)
        if _VERB_SERIES_ON.match(body[match.end() :]):
            continue  # ('collects stray dogs, reunites lost dogs, and gives advice': a verb of the subject's series)
        included = _INCLUDED.search(body[: match.start()]) and _THING_NEXT.match(body[match.end() :])
        if included or _more_things_after(body[: match.start()], body[match.end() :]):
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


def _doing_of_the_subject(first: str, second: str) -> bool:
    """Whether the words after a comma open with a plain verb that goes on what the subject before it does ('They
    start as small spots, then fill with fluid': never the order 'Then fill with fluid'; 'Your GP will ask about X,
    do a test and arrange Y': 'do' is the GP's, after 'will')."""
    words = [t for t in parse(second) if t.lower_ not in ("then", "also", "and")]
    if not words or words[0].tag_ != "VB" or words[0].lower_ == "please" or an_order(first):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" for t in parse(first))


# Words after a comma that go on a series of verbs of one subject: 'reunites lost dogs with owners, and gives advice'
_VERB_SERIES_ON = re.compile(r"(?!(?:is|was|has|this|these|its|his|us|as)\b)[a-z]+s\s[^,]*,\s+(?:and|or)\s+[a-z]+s\b")


_POINTER_OPENS = re.compile(r"This (?:does not apply|applies|also applies)\b")


# A clause of what was done to its thing ('which was introduced in 2008', 'which is run by the council')
_DONE_TO = re.compile(r"(?:is|was)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|un|lt|pt|nt)\b")


# What a body or a person does, never a thing that happened ('which will look after them', 'which can visit you')
_ACTED = re.compile(
    r"(?:will|would|can|could|may|might)\s+(?:then\s+|also\s+)?(?:be able to\s+)?(?:look after|care for|contact|write|"
    r"send|visit|decide|take action|act\b|"
    r"arrange|assess|investigate|collect|deliver|reply|respond|refer|advise|review|consider|answer|phone|call|"
    r"apply|fit|install|inspect)\b"
)


_BODY_BEFORE_A_TIME = r"\b(?:cabinet|council|committee|board|panel|court|tribunal|team|service)\W+(?:\w+\W+){0,2}\w+$"


# Plurals with no '-s', which 'This' would not say ('Legionella bacteria, which can grow')
_PLURALS_WITHOUT_S = frozenset({"bacteria", "criteria", "data", "media", "fungi", "lice", "mice", "geese", "sheep",
                                "cattle", "police", "staff"})  # fmt: skip


# a closing clause of what many things are ('the Civic Offices, which are open from 9am'), said of 'They'
_WHICH_ARE = re.compile(r",\s+which\s+(?=(?:are|were)\b)")


# Many things inside the phrase of others, or after an 'and', which 'They' may be about as well ('drop-off points
# in parks', 'in the alleyways and in the bin areas')
_INSIDE_ANOTHER = re.compile(
    r"\b(?:\w+s|and)\s+(?:in|at|on|of|near|across|around|from|with|for|by)\s+(?:the\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,2}"
    r"[\w-]+$"
)


_WHICH_DOES = re.compile(r",\s+which\s+(?=(?:(?:usually|also|often|normally|generally|only)\s+)?([a-z]{3,}s)\b)")


def _which_does(body: str) -> re.Match[str] | None:
    """A closing ', which' clause whose verb says what one thing does ('which sets out the steps', 'which usually
    costs £5'), read as a verb in the parse (not 'which days suit you')."""
    match = _WHICH_DOES.search(body)
    if match is None:
        return None
    verb = next((t for t in parse(body) if t.idx == match.start(1)), None)
    return match if verb is not None and verb.tag_ == "VBZ" else None


def _verbless(words: str) -> bool:
    """Whether words have no verb in their parse (a phrase, not a clause)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in parse(words))


def _phrase_after_a_link(left: str) -> bool:
    """Whether words end with a link and a phrase with no verb ('This is the first rise, and even after it'), which
    opens the clause after the comma, not a sentence of its own."""
    tail = re.search(r",\s+(?:and|but|or|so)\s+([^,]+)$", left)
    return tail is not None and _verbless(tail.group(1))


def _things_go_on(clause: str) -> bool:
    """Whether a clause after 'which' ends with ', and' and a thing with no verb, which is more of what the sentence
    takes ('bring the NHS number, which is in the red book, and proof of your identity'), not of the clause."""
    last = re.search(r",\s+and\s+([^,]+)$", clause)
    # (not the clause's own list: 'which is made up of a fine of £300, a surcharge of £120, and costs of £110')
    listed = clause.count(",") > 1
    return last is not None and not listed and _verbless(last.group(1))


# What goes on after a closing clause that is the sentence's own, not the clause's
_GOING_ON = r",\s+or\s|,\s+and\s+(?:by|through|at|from|in|on|online)\b|(?<!\band)(?<!\bor),\s+(?:if|unless)\b"
_GOING_ON += r"|,\s+(?:from|into|with)\b"  # ('replace the old swings, which are worn out, with new ones')
_GOING_ON += r"|,\s+(?:before|after|in front of|until)\s"  # ('a declaration, which is X, before a solicitor')
# ('to sell category 4 fireworks, which are for X, to members of the public': to whom it is sold)
_GOING_ON += r"|,\s+to\s+(?:the|a|an|any|anyone|everyone|members|people|your|our|their|them|us|you)\b"
_GOING_ON += r"|,\s+and\s+that\b"  # ('says that there is space in its car parks, which are X, and that Y')
_GOING_ON += r"|,\s+because\b"  # ('changes to route 14, which serves your area, because X': why they change)
_GOING_ON += r"|,\s+at\s+(?:\d|the age of)"  # ('the 6-in-1 vaccine, which protects X, at 8 and 12 weeks')
_GOING_ON += r"|,\s+(?:and|or)\s+(?:one|another|the other)\b"  # ('one for A, which covers X, and one for B')
_GOING_ON += r"|,\s+compared\s"  # ('1 in 3 cannot swim 25 metres, which is the standard, compared with 1 in 4')
_GOING_ON += r"|,\s+for\s+(?!example|instance)"  # ('a warning, which means X, for high tides on Sunday')
_GOING_ON += r"|,\s+and\s+(?:any|the|a|an|your|their|our|some|all)\s"  # ('A, B, which is X, and any C': a list)
_GOING_ON += r"|,\s+(?:whatever|regardless|whichever)\b"  # ('paid £12.21, which is X, whatever their age')
_GOING_ON += r"|,\s+(?:with the exception|except|apart from|other than)\b"  # ('raised to X, which is Y, except Z')
_GOING_ON += f"|{AND_WHICH.pattern}"  # ('a surcharge, which is £1,035, and which gives X')
_GOING_ON += r"|,\s+and\s+[a-z]+ing\b"  # ('included clearing X, which had become Y, and repainting Z': a list)
# ('treat 420 miles, which is 45% of them, when ice is forecast'; 'the lounge, which has chairs, while X')
_GOING_ON += r"|,\s+(?:when|whenever|while|whilst|so that)\b"  # ('forward it to 7726, which is free, so that X')
_GOING_ON += r"|,\s+(?:through|via)\s"  # ('buy a bin for £18, which is half the price, through X')
_GOING_ON += r"|,\s+and\s+to\s+[a-z]+"  # ('proposing to raise it by 5%, which would add X, and to save Y')
# ('explains what happens in the first year, which is called X, and what you need to do': the next question)
_GOING_ON += r"|,\s+(?:and|or)\s+(?:what|how|why|who|where|when|whether)\b"
# ('while we replace the roof, which has been leaking, and install new lighting': the next thing we do)
_GOING_ON += r"|,\s+and\s+(?!(?:the|a|an|any|your|their|our|some|all|it|they|we|you|this|these|that|there|other|"
_GOING_ON += r"which|who)\b)[a-z]+\s+(?:new|the|a|an|your|our|their|some|any|all|it|them)\b"
# ('carry out a check, which is free, and ask for 2 references': the same, with the verb's own word between)
_GOING_ON += r"|,\s+and\s+(?!(?:the|a|an|any|your|their|our|some|all|it|they|we|you|this|these|that|there|other|"
_GOING_ON += r"which|who)\b)[a-z]+\s+(?:for|about|with)\s+(?:\d|new|the|a|an|your|our|their|some|any|all)\b"
# ('pay the rest of the fee, which is £1,045 a week, directly to the care home': how it is paid)
# ('update your log book, which is free, and then apply again': the next step)
_GOING_ON += r"|,\s+(?:directly|straight)\s+(?:to|into|from|by)\b|,\s+and\s+then\b"
# ('get their vaccine, which is a spray, at their surgery': where it is got; 'which can be done at the hospital
# or, in some cases, at a clinic' says where twice, in the clause)
_GOING_ON += r"|^(?:(?!\bat\b)[^,])*,\s+at\s+(?:their|your|our|the|a|an|any|his|her)\s"
# ('ask someone to vote for you, which is called a proxy vote, by 5pm on 25 April': the deadline is the asking's)
_GOING_ON += r"|,\s+(?:by|on|until)\s+(?:\d|midday|midnight|noon|the end|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
_GOING_ON += r"|,\s+not\s+(?:by|in|on|at|through|from|with|along|across|via)\b"  # ('which may include X, not by road')
# ('keep 75% of it cultivated, which means growing X, and keep the rest tidy': the order goes on after it)
_GOING_ON += r"|^(?:means|meant)\s+\w+ing\b.*,\s+and\s+(?!(?:the|a|an|your|their|our|it|they|we|you)\b)\w+(?<!ing)\s"


_NO_ORDER_WORDS = "the|a|an|any|your|their|our|some|all|it|they|we|you|this|these|that|there|other|which|who|he|she"


def at_which(body: str) -> list[str] | None:
    """'We made 418 arrests, which was a record' -> 'We made 418 arrests.' 'This was a record.'"""
    match = re.search(r",\s+which\s+(?=(?:is|was|has|had|means|meant|will|would|can|could|may|might|led|leads|"
                      r"made|makes|gave|gives|shows|showed|helps|helped)\b)", body)  # fmt: skip
    match = match or _which_does(body) or _WHICH_ARE.search(body)
    # ('This does not apply if there is a plan in place, which is backed by X': a second 'This' would not be
    # the first's)
    pointed = _POINTER_OPENS.match(body) is not None
    if not match or pointed or count_words(body[: match.start()]) < 5 or count_words(body[match.end() :]) < 3:
        return None
    before = body[: match.start()].rsplit(maxsplit=1)[-1].lower()
    # ('more than 600 plots, which can be rented': 'This can be rented' would be the sites; a helper says
    # nothing of one or many, so after a plural the parse's rule names them 'They')
    plural = (
        (before.endswith("s") or before in _PLURALS_WITHOUT_S)
        and not before.endswith(("ss", "us", "is"))
        and re.match(r"(?:will|would|can|could)\b", body[match.end() :])
    )
    # ('a new scheme for working-age people, which will start': 'which' is not the people; 'one of the rescue
    # centres we work with, which will look after them': the centre, not 'This')
    acted = _ACTED.match(body[match.end() :]) is not None
    # ('taken to the Cabinet in June, which will make the decision': a body just before a time may be what the clause
    # is about, where 'This' would be the taking)
    timed = before in TIME_UNITS or re.fullmatch(rf"(?:{MONTHS})|\d{{4}}", before, re.IGNORECASE) is not None
    timed = timed and re.search(_BODY_BEFORE_A_TIME, body[: match.start()], re.IGNORECASE) is not None
    people = before in PERSONS or before in ("people", "children", "residents", "tenants", "households")
    if people or plural or acted or timed:
        return None
    # ('attacks, threats, damage to property and online abuse, which can be as harmful': the last, or all?)
    listed = re.search(r"(?:,\s(?!and|or)[^,]{1,25}){2,}?\s(?:and|or)\s[^,]{1,25}$", body[: match.start()])
    # ('by looking in the book, by using the app, or by asking your surgery, which can book X': the last way)
    ways = re.search(r",\s+(by|through|with|at|from|in|on)\s[^,]*,\s+(?:and\s|or\s)?\1\s[^,]*$", body[: match.start()])
    listed = listed or ways
    doer = r"\bby\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}[a-z]+|(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)*)$"
    # ('centres, such as libraries and the Citizens Advice office, which can pass it on': which, the centres?)
    listed = listed or re.search(r",\s+(?:such as|including|like)\s[^,]*\s(?:and|or)\s[^,]*$", body[: match.start()])
    # 'paid by the council, which will write to you': the doer's, or what was done? A clause of what is done to it
    # says the doer's thing, named again ('underpinned by a penalty scheme, which was introduced in 2008' -> 'The
    # scheme was introduced in 2008': 'This was' would be the requirement)
    named_again = re.search(doer, body[: match.start()]) is not None
    said = f"The {before}" if named_again else "This"
    # ('the Office for Standards in Education, Children's Services and Skills, which inspects schools': a name's
    # doing is its own, 'It', where 'This' would point at the sentence)
    named = body[: match.start()].rsplit(maxsplit=1)[-1].istitle()
    said = "They" if not named_again and match.re is _WHICH_ARE else said
    crowded = said == "They" and _INSIDE_ANOTHER.search(body[: match.start()]) is not None
    said = "It" if not named_again and named and match.re is _WHICH_DOES else said
    done_to = _DONE_TO.match(body[match.end() :]) is not None and re.fullmatch(r"[a-z]+", before) is not None
    if listed or crowded or (named_again and not done_to):
        return None
    # ('if it was an error, which is X, and you could not know'; 'help if you are eligible, which means X, and you are
    # at risk of Y': the 'and' is more condition)
    conditioned = in_an_exception(body[: match.start()]) or inside_an_if(body[: match.start()])
    if conditioned and re.search(r",\s+(?:and|or)\s", body[match.end() :]):
        return None
    # (', which is about £1,800, from the estate': the verb's own 'from' goes on after the clause)
    # ('which means you can get advice and, if needed, medicine': a condition between an 'and' and its thing is the
    # clause's own)
    # ('The collection, which has been in storage, will go back on display': the clause is the subject's aside)
    # (a comma inside an amount, '£1,136.00', is not the one that closes the clause)
    subject_aside = (
        r"(?:[^,]|(?<=\d),(?=\d))*,\s+(?:will|would|can|could|is|are|was|were|has|have|had|must|should|may)\b"
    )
    # ('the building, which is used by 30 groups, including A, B and C, will be closed': commas of its own first)
    # ('which means that everyone who X, whether Y, must follow Z': the verb is the clause's own)
    subject_aside += (
        r"|(?!means|meant|shows|showed).*,\s+(?:will|would|can|could|is|are|was|were|has|have|had|must|should|may)\s"
    )
    # ('one of 4 bands, from Band A, which is for X, to Band D': the range goes on after the clause)
    ranged = re.search(r"\bfrom\s[^,]*$", body[: match.start()]) and re.search(r",\s+to\s", body[match.end() :])
    # (what follows a second ', which' clause is that clause's, read when the piece it ends up in is split again)
    own = re.split(r",\s+which\s", body[match.end() :], maxsplit=1)[0]
    # ('please call our emergency number, which is answered day and night, and keep people away': the next order)
    ordered = re.search(r"\bplease\b", body[: match.start()], re.IGNORECASE) is not None
    next_order = ordered and re.search(rf",\s+and\s+(?!(?:{_NO_ORDER_WORDS})\b)[a-z]+\s", own) is not None
    going_on = re.search(_GOING_ON, own) or next_order
    if going_on or re.match(subject_aside, body[match.end() :]) or ranged or _things_go_on(own):
        return None  # 'by phone on X, which is open at 8am, or by a form': the sentence goes on after the clause
        # ('Carer's Allowance, which is £83 a week, if you care for someone': the condition is the sentence's)
    return [body[: match.start()], f"{said} {body[match.end() :]}"]

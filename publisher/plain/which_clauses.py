"""A closing ', which is X' said as 'This is X.' (or 'It', 'They', 'These') from its words alone, where the parse's
rules (asides.py, relatives.py) did not take it."""

from __future__ import annotations

import re

from .commas import _verbless
from .linking import in_an_exception, inside_an_if
from .orders import an_order
from .parser import parse
from .wording import AND_WHICH, MONTHS, PERSONS, TIME_UNITS, count_words

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


def _things_go_on(clause: str) -> bool:
    """Whether a clause after 'which' ends with ', and' and a thing with no verb, which is more of what the sentence
    takes ('bring the NHS number, which is in the red book, and proof of your identity'), not of the clause."""
    last = re.search(r",\s+and\s+([^,]+)$", clause)
    # (not the clause's own list: 'which is made up of a fine of £300, a surcharge of £120, and costs of £110')
    listed = clause.count(",") > 1
    # ('and details of any other properties that you use': a thing with a clause of its own that says which)
    thing = re.sub(r"\s+(?:that|which|who)\s.*$", "", last.group(1)) if last is not None else ""
    return last is not None and not listed and _verbless(thing)


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
# ('send a copy to the authorities, which are listed on the form, on the same day': when the sending is done)
_GOING_ON += r"|,\s+(?:on|by|within|no later than)\s+(?:the\s+same\b|the\s+day\b|the\s+date\b|\d)"
_GOING_ON += r"|,\s+within\s"  # ('pay the full amount, which is £994, within a further 7 days': when to pay it)
_GOING_ON += r"|,\s+compared\s"  # ('1 in 3 cannot swim 25 metres, which is the standard, compared with 1 in 4')
_GOING_ON += r"|,\s+for\s+(?!example|instance)"  # ('a warning, which means X, for high tides on Sunday')
_GOING_ON += r"|,\s+and\s+(?:any|the|a|an|your|their|our|some|all)\s"  # ('A, B, which is X, and any C': a list)
_GOING_ON += r"|,\s+(?:whatever|regardless|whichever)\b"  # ('paid £12.21, which is X, whatever their age')
_GOING_ON += r"|,\s+(?:with the exception|except|apart from|other than)\b"  # ('raised to X, which is Y, except Z')
_GOING_ON += f"|{AND_WHICH.pattern}"  # ('a surcharge, which is £1,035, and which gives X')
_GOING_ON += r"|,\s+and\s+[a-z]+ing\b"  # ('included clearing X, which had become Y, and repainting Z': a list)
# ('treat 420 miles, which is 45% of them, when ice is forecast'; 'the lounge, which has chairs, while X')
_GOING_ON += r"|,\s+(?:when|whenever|while|whilst|so that)\b"  # ('forward it to 7726, which is free, so that X')
# ('1 puff of the inhaler, which is blue, every 30 seconds': how often to give it; not 'open 24 hours, every day')
_GOING_ON += r"|,\s+(?:(?:every|each)\s+\d|once\s|twice\s|up to\s)"
_GOING_ON += r"|,\s+(?:through|via)\s"  # ('buy a bin for £18, which is half the price, through X')
_GOING_ON += r"|,\s+as well as\s"  # ('offered the Hib vaccine, which protects X, as well as the MenB vaccine')
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
    # ('in 3 instalments of £113.33, which will be taken': the thing is the instalments, not the amount)
    amounted = re.search(r"(\w+)\s+of\s+[£$€]?\d[\d.,]*(?:\s+\w+)?$", body[: match.start()])
    before = amounted.group(1).lower() if amounted else before
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
    # ('a headache, joint pain and a high temperature, which may appear': 'This' would be one thing, not the three)
    short_list = re.search(r",\s(?!and|or)[^,]{1,25}\s(?:and|or)\s[^,]{1,25}$", body[: match.start()]) is not None
    # ('an order covering the town centre, the bus station and the park, which would start': the thing the list is in)
    short_list = short_list and not re.search(r"\b\w+ing\s[^,]*,\s[^,]*\s(?:and|or)\s[^,]*$", body[: match.start()])
    # ('by looking in the book, by using the app, or by asking your surgery, which can book X': the last way)
    ways = re.search(r",\s+(by|through|with|at|from|in|on)\s[^,]*,\s+(?:and\s|or\s)?\1\s[^,]*$", body[: match.start()])
    listed = listed or ways
    doer = r"\bby\s+(?:(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}[a-z]+|(?:the\s+)?[A-Z]\w*(?:\s+[A-Z]\w*)*)$"
    # ('centres, such as libraries and the Citizens Advice office, which can pass it on': which, the centres?)
    # ('problems, such as tiredness, poor sleep, or anxiety, which can last': the problems, or the last example?)
    examples_listed = (
        r",\s+(?:such as|including|like)\s(?:(?:(?!\b(?:and|or)\s)[^,])+,\s+)*(?:[^,]*\s)?(?:and|or)\s[^,]*$"
    )
    listed = listed or re.search(examples_listed, body[: match.start()])
    # 'paid by the council, which will write to you': the doer's, or what was done? A clause of what is done to it
    # says the doer's thing, named again ('underpinned by a penalty scheme, which was introduced in 2008' -> 'The
    # scheme was introduced in 2008': 'This was' would be the requirement)
    named_again = re.search(doer, body[: match.start()]) is not None
    # ('a refurbishment of the building, which was built in 1968': what was done to is the thing named after 'of the',
    # where 'This was built' would be the refurbishment)
    of_the = re.search(r"\bof\s+the\s+[a-z]+$", body[: match.start()]) is not None
    one = not before.endswith("s") or before.endswith(("ss", "us"))  # (what 'is' or 'was' is said of)
    named_again = named_again or (of_the and one and _DONE_TO.match(body[match.end() :]) is not None)
    said = f"The {before}" if named_again else "This"
    # ('the Office for Standards in Education, Children's Services and Skills, which inspects schools': a name's
    # doing is its own, 'It', where 'This' would point at the sentence)
    named = body[: match.start()].rsplit(maxsplit=1)[-1].istitle()
    said = "They" if not named_again and match.re is _WHICH_ARE else said
    crowded = said == "They" and _INSIDE_ANOTHER.search(body[: match.start()]) is not None
    said = "It" if not named_again and named and match.re is _WHICH_DOES else said
    done_to = _DONE_TO.match(body[match.end() :]) is not None and re.fullmatch(r"[a-z]+", before) is not None
    if listed or crowded or (named_again and not done_to) or (short_list and said != "They"):
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
    # ('Report it online, which is the quickest way, and upload photos': after any order)
    ordered = re.search(r"\bplease\b", body[: match.start()], re.IGNORECASE) is not None
    ordered = ordered or an_order(body[: match.start()])
    next_order = ordered and re.search(rf",\s+and\s+(?!(?:{_NO_ORDER_WORDS})\b)[a-z]+\s", own) is not None
    going_on = re.search(_GOING_ON, own) or next_order
    # ('such as the clay for pottery, which costs £2 a kilo, and paint for the kiln': the examples go on after it)
    examples = re.search(r",\s+(?:such as|including|like|for example)\s[^,]*$", body[: match.start()]) is not None
    going_on = going_on or (examples and re.search(r",\s+(?:and|or)\s", own) is not None)
    if going_on or re.match(subject_aside, body[match.end() :]) or ranged or _things_go_on(own):
        return None  # 'by phone on X, which is open at 8am, or by a form': the sentence goes on after the clause
        # ('Carer's Allowance, which is £83 a week, if you care for someone': the condition is the sentence's)
    return [body[: match.start()], f"{said} {body[match.end() :]}"]

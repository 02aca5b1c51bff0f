"""How a closing phrase opens a sentence of its own: 'X, following Y' -> 'This follows Y'; 'X, especially if Y' ->
'This is especially true if Y' (or 'especially important', after what the reader is told to do)."""

from __future__ import annotations

import re

from .examples import of_many, one_of_a_kind
from .orders import an_order
from .parser import parse
from .wording import A_CASE

# The closing phrases that become sentences of their own, and the words each such sentence opens with
TRAILING = {
    "following": "This follows",
    "including": "This includes",
    "such as": "This includes",
    "subject to": "This depends on",
    "regardless of": "This applies whatever",
    "irrespective of": "This applies whatever",
    "reflecting": "This reflects",
    "meaning": "This means",
    "as a result of": "This is because of",
    "due to": "This is because of",
    # ('a penalty of £100, reduced to £60 if it is paid within 10 days': what the amount becomes)
    "reduced to": "This is reduced to",
    "increased to": "This is increased to",
    # a condition or concession that ends the sentence, said about all of the sentence before it
    "unless": "This does not apply if",
    "provided that": "This applies only if",
    "as long as": "This applies only if",
    "even if": "This applies even if",
    "whether or not": "This applies whether or not",
    "even though": "But",
    # an example of what the sentence said, which a sentence of its own needs a subject and verb for
    "for example": "For example, this could be",
    # ('can harm your health, especially if you have asthma': what is most true of it)
    "especially": "This is especially true",
}


_PROOF = re.compile(r"\b(?:proof|evidence|identification|ID)(?:\s+(?:of|that)\s+[^,.;:]{1,60})?$")


def opener_of(phrase: str, rest: str, body: str, at: int) -> str:
    """What a closing phrase opens its own sentence with: 'X, including Y' -> 'This includes Y'."""
    # 'regardless of whether X': whatever the answer, so 'whether or not X'
    opener = "This applies" if rest.startswith("whether ") else TRAILING[phrase]
    # ('vacuum all floors, including under beds': a place, not a thing the floors include)
    places = r"under|underneath|behind|beside|inside|outside|near|around|between"
    # ('somewhere they can see it, such as on the door'; 'in a way that stops them mixing, such as under netting')
    if phrase == "such as" and re.match(rf"(?:on|in|at|by|from|through|when|while|if|after|before|{places})\s", rest):
        opener = "For example, this could be"
    # ('37 hours a week, including at least 6 hours of training': an amount, which the week's hours include)
    if phrase == "including" and re.match(
        rf"(?:if|when|in|at(?!\s+(?:least|most)\b)|on|during|while|for|to|from|{places})\s", rest
    ):
        opener = "This also applies"  # 'not refundable, including if you cancel': not 'This includes if
    # ('for example when rats are inside', 'for example to connect pipes': one case, however many things it names)
    case = A_CASE.match(rest) is not None
    if phrase == "for example" and _many(rest) and not case:
        opener = "For example, these could be"  # 'full-time students, apprentices and carers'
    # ('no vehicle may park in the bays, including vehicles with a permit': what 'no' denies, not the bays, takes them)
    denied = re.search(r"\bno\s+([a-z]+)", body[:at])
    denied_kind = denied is not None and denied.group(1).rstrip("s") in (rest.lower().split() or [""])[0].rstrip("s")
    if opener == "This includes" and of_many(body, at) and not denied_kind:
        opener = "These include"  # 'if you get certain benefits, such as X': the benefits include X
    # ('provides meals for children who follow a diet for religious reasons, such as halal meals': examples of a thing
    # named before, not of the word they follow)
    if phrase == "such as" and _of_a_thing_before(body, at, rest):
        return "Examples are"
    # ('proof of age, such as a passport': one thing that would do, not a thing the proof takes in; so is 'a
    # medicine, such as an antibiotic' or 'someone you trust, such as a bank manager')
    # ('a car, such as furniture, fridges and mattresses': things joined by 'and', or 'those who', are no choice of
    # one, and may be another word's examples)
    choice = not re.match(r"those\b", rest) and not re.search(r"(?:^|,\s+)[^,]*\band\s[^,]*$", rest)
    one = opener == "This includes" and choice and one_of_a_kind(body, at)
    if phrase == "such as" and (_PROOF.search(body[:at]) or one):
        opener = "This could be"
    # ('very common in children, especially those aged 4 to 11': true of the ones named; 'keep warm, especially if
    # you are over 65': what the reader is told to do matters most then)
    # ('there are things that need to be done, and it can be hard to know where to start, especially X': the last
    # clause's, not an earlier one's)
    last = re.split(r",\s+(?:and|but|so)\s+", body[:at])[-1]
    asked = re.search(r"^please\b|\b(?:should|must|need to|needs to|recommend)\b", last, re.IGNORECASE)
    told = an_order(last) or asked is not None
    if phrase == "especially":
        opener = "This is especially important" if told else opener
        named = parse(rest)[0].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON")
        named = named and not re.match(rf"(?:{_ESPECIALLY_WHEN})\s", rest)
        # ('Avoid contact with people who X, especially people whose Y': the ones the order is about, not for)
        noun = next((t.lower_ for t in parse(rest) if t.pos_ in ("NOUN", "PROPN")), None)
        about = told and noun is not None and re.search(rf"\b{re.escape(noun)}\b", last, re.IGNORECASE) is not None
        opener = "This is especially true of" if named and about else opener
        opener = (f"{opener} for" if told else f"{opener} of") if named and not about else opener
    return opener


_ESPECIALLY_WHEN = (
    "if|when|in|at|on|after|before|during|near|for|while|around|along|behind|between|inside|once|late|early"
)


def _many(things: str) -> bool:
    """Whether examples name many things: a plural first, or a list joined by 'and'."""
    words = parse(things)
    first = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    return first is not None and (first.tag_ in ("NNS", "NNPS") or any(t.lower_ == "and" for t in words))


def _of_a_thing_before(body: str, at: int, rest: str) -> bool:
    """Whether examples name many of a kind of thing the sentence named before the word they follow ('meals for
    children who follow a diet for religious reasons, such as halal meals': meals, not reasons)."""
    named = [t for t in parse(rest) if t.pos_ == "NOUN"]
    before = [t for t in parse(body[:at]) if t.pos_ in ("NOUN", "PROPN")]
    if not named or not before or named[-1].tag_ != "NNS":
        return False
    kind = named[-1].lower_.removesuffix("s")
    said = [t.lower_.removesuffix("s") for t in before]
    return said[-1] != kind and kind in said[:-1]

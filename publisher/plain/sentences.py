"""Splitting long sentences into short ones, keeping their linking words: rules, no model."""

from __future__ import annotations

import re
from collections.abc import Callable

from .adjectives import adjectives_kept
from .afterthoughts import at_dash, at_frequency
from .and_clauses import at_and_a_clause, at_pronoun
from .by_phrases import at_aside
from .commas import at_comma
from .coordinators import HELPERS, at_coordinator
from .including import including_as_bullets
from .linking import (
    at_consequence,
    at_opening_clause,
    ends_in_a_relative,
    has_a_condition,
    in_a_condition,
)
from .orders import an_order
from .parser import parse
from .pointed import again_unless_pointed_at, lead_said_last
from .reasons import at_link
from .series import Piece, as_bullets, sound_list
from .syntax import subject_number, subject_plural
from .which_clauses import at_which
from .wording import (
    PERSONS,
    PURPOSE_VERBS,
    SUBORDINATE,
    TAKES_INFINITIVE,
    TARGET_WORDS,
    WORD_COMMA,
    at_first_comma,
    count_words,
    sentence_case,
    subject_part,
)

_AUX_PLURAL = ("are", "were", "have", "do")
_AUX_SINGULAR = ("is", "was", "has", "does")
_AUX_MODAL = ("will", "can", "could", "would", "should", "must", "may", "might")
# Verbs that can share a subject with the clause before: "It is hard and needs work" -> "It needs work."
_SHARED_VERBS = ("needs", "takes", "makes", "gives", "means", "helps", "provides", "shows", "uses", "costs")


def _body(sentence: str) -> tuple[str, str]:
    """A sentence without its end punctuation, and that punctuation."""
    match = re.search(r"[.!?…]+[\"'”’)]*$", sentence)
    return (sentence[: match.start()], match.group(0)) if match else (sentence, ".")


def _at_semicolon(body: str) -> list[str] | None:
    parts = [p for p in re.split(r"\s*;\s*", body) if p.strip()]
    return parts if len(parts) > 1 else None


def _at_also_to(body: str) -> list[str] | None:
    """'This is to do X and target Y' -> 'This is to do X.' 'It is also to target Y.'"""
    if not body.startswith("This is to "):
        return None
    match = re.search(rf"\s+and\s+({'|'.join(PURPOSE_VERBS)})\s+", body)
    if not match or count_words(body[match.end() :]) < 2:
        return None
    if re.fullmatch(r"This is to\s+\w+(?:\s+(?:up|down|out|off|in|away))?", body[: match.start()]):
        return None  # 'to break up and arrest the gangs': the object is both verbs'
    # ('to make a care and support plan, which X': a lone noun after the "verb" is the thing's name, not its object)
    if re.match(r"[a-z]+(?:[,.]|$|\s+(?:which|that|who)\b)", body[match.end() :]):
        return None
    # ('to minimise X, reduce Y and reduce Z': the list before the last of it keeps its 'and')
    first = re.sub(r",\s+(?=[^,]*$)", " and ", body[: match.start()]) if "," in body[: match.start()] else ""
    return [first or body[: match.start()], f"It is also to {match.group(1)} {body[match.end() :]}"]


# A short subject that opens a sentence: 'The caller', 'A council officer' (then its verb)
_SHORT_SUBJECT = re.compile(
    r"^((?:the|a|an|this|our|your|each|every)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+"
    r"(?=(?:will|can|could|would|should|must|may|might|is|was|has|does)\b)",
    re.IGNORECASE,
)
# Words for a person, whom 'It' must never stand for; a name with an age after it ('Gary Pearson, 44,')
_PERSON = re.compile(rf"\b(?:{'|'.join(sorted(PERSONS))})\b", re.IGNORECASE)
# ('The fraudster usually makes X, and may say Y': a short subject with 'the', then its verb, said again, never 'It')
_SUBJECT_BEFORE_ITS_VERB = re.compile(r"^(the\s+[a-z-]+)\s+(?:\w+ly\s+)?[a-z]+s\b", re.IGNORECASE)
_AGED = re.compile(r"((?:[A-Z][\w'-]+\s+){1,3}?[A-Z][\w'-]+),\s+(?:aged\s+)?\d{1,3},")


def _ordered(words: str) -> bool:
    """Whether words end with an order, read alone or with all before it ('clear up spilled bird seed' alone may
    not parse as one)."""
    # ('Please allow 3 days for it to be ready': a 'please' first makes an order whatever the parse)
    # ('Keep the bin somewhere children cannot reach it': a plain verb first opens an order, however the rest parses)
    return (
        words.lower().startswith("please ")
        or parse(words)[0].tag_ == "VB"
        or an_order(words.rsplit(", ", maxsplit=1)[-1])
        or an_order(words.rstrip(", "))
    )


_THOUGHT_OF = re.compile(r"\b(?:we|you|they|I)\s+(?:think|believe|know|expect)\s+(?:is|are|was|were|will|have|has)\b")
_DESCRIBED_SERIES = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?[\w-]+,\s+(?:\w+\s+)?[\w-]+(?:\s+to\s+\w+)?$")

# The last two of a series of verbs before its 'and': 'spoils our streets, harms wildlife'
_VERB_SERIES = re.compile(r"\b[a-z]+s\s+[^,]+,\s+[a-z]+s\s+[^,]+$")


_OPENING_LINK = re.compile(r"^(?:but|and|so|yet|or|then)\s+", re.IGNORECASE)
_ONE_IN_S = frozenset({"this", "its", "his", "hers", "ours", "yours", "theirs"})


def _verb_of_a_series_before(body: str, before: str) -> bool:
    """Whether the words after the last comma before 'and' open with a verb joined to an earlier one ('have had a
    check, carry a badge and will phone'), so that the 'and' closes a series of what one subject does."""
    comma = before.rfind(",")
    first = next((t for t in parse(body) if t.idx > comma and not t.is_punct), None) if comma > 0 else None
    return first is not None and first.dep_ == "conj" and first.tag_ in ("VB", "VBP", "VBZ", "VBD")


# Examples that close the words before a link ('who can find you a place, such as a refuge,'), which a relative
# clause they are in goes on after
_EXAMPLES_LAST = re.compile(r",\s+(?:such as|for example|including|like)\s[^,]*,?\s*$")


def _at_auxiliary(body: str) -> list[str] | None:
    """'The people ... are wearing X and are unaware of Y' -> '... wearing X.' 'They are unaware of Y.'"""
    aux = "|".join(_AUX_PLURAL + _AUX_SINGULAR + _AUX_MODAL + _SHARED_VERBS + ("now",))
    match = re.search(rf"\s+and\s+({aux})\s+", body)
    if not match or count_words(body[: match.start()]) < 6 or count_words(body[match.end() :]) < 3:
        return None
    # 'Call us if you think you can get it and have not been asked': both are the condition; 'drivers who were
    # on the road and may have footage': both say which drivers; 'can be used on roads, have a top speed of
    # 8mph, and must be registered': one list of three
    before = body[: match.start()]
    # ('Scammers tell people that they owe tax and will be arrested': what they say, not a fact; 'say that there is a
    # problem and will then ask for cash': 'there' cannot ask, so the caller does)
    # ('means that it is used for growing and is kept free of weeds': 'it' goes on with the same helper)
    # ('make sure that it comes with its instructions and has never been in an accident': 'has' is the it's too)
    # ('make sure the bags are tied and are not too heavy': with no 'that', what is made sure of goes on too)
    said = re.search(r"\b(?:that|make sure|ensure|check)\s+(?:the\s+|your\s+)?(\w+)\s+(\w+)[^,]*$", before, re.I)
    it_goes_on = said is not None and (said.group(2).lower() == match.group(1) or match.group(1) in _AUX_SINGULAR)
    shared = said is not None and (
        said.group(1).lower() not in ("there", "it") or (said.group(1).lower() == "it" and it_goes_on)
    )
    reported = shared  # ('check that the medicine is working and is not causing side effects': still what is checked)
    if (
        reported
        or in_a_condition(before)
        or has_a_condition(before)
        or ends_in_a_relative(before.rsplit(",", 1)[-1], _AUX_MODAL)
        or re.search(rf",\s+(?:{HELPERS})\b", before)
        or _DESCRIBED_SERIES.search(before)  # ('are cheap, easy to fit and can give X': the 'and' closes a series)
        # ('a crime that spoils A, harms B and costs C': the 'and' closes a series of verbs of one subject)
        or (match.group(1).endswith("s") and _VERB_SERIES.search(before.rstrip(", ")) is not None)
        # ('the people we think are living here and are eligible': more of what is thought of them)
        or _THOUGHT_OF.search(before)
        or _verb_of_a_series_before(body, before)
    ):
        return None
    word, left = match.group(1), f" {body[: match.start()].lower()} "
    # 'you must be 18, be of good character, and have lived here 5 years': still 'must'; 'call the emergency
    # line straight away, and do not use switches': a second order
    modal = word in ("have", "do") and re.search(rf" (?:{'|'.join(_AUX_MODAL)}) ", left)
    # ('and costs of £96 will be added': a noun, the next clause's subject)
    noun = word in _SHARED_VERBS and re.match(r"(?:of|will|would|can|may|are|were|have)\b", body[match.end() :])
    # ('Wear thin layers, as they trap air, and have a hot meal': after an order, a bare 'have' is the next order)
    # ('Tell your landlord as soon as you can, and do it in writing': a bare 'do' after an order is the next one too)
    ordered = word in ("have", "do") and _ordered(before)
    if modal or noun or ordered:
        return None
    # ('There is no hearing, so if X, licensable activities would be unauthorised and could not go ahead': the clause
    # after the last comma has a subject of its own, which 'They' or 'It' says again)
    last = body[: match.start()].rsplit(",", 1)[-1] if "," in body[: match.start()] else ""
    # ('But they must be over 18 and must not be bankrupt': the subject follows the opening 'But')
    lead = _OPENING_LINK.sub("", body)
    own = subject_number(last) if count_words(last) >= 3 else None
    if word in _AUX_SINGULAR:  # ('We have received X and is stopping Y': 'is' says one thing, whatever came before)
        plural = False
    elif word in _AUX_PLURAL or (own is None and re.search(r" (are|were|have) ", left)):
        plural = True
    elif own is not None:
        plural = own
    elif re.search(r" (is|was|has) ", left) or word in _SHARED_VERBS:
        plural = False
    else:
        first = lead.split(maxsplit=1)[0].lower()  # ('This must give you X and must be Y': 'This' is one thing)
        plural = (first.endswith("s") and first not in _ONE_IN_S) or subject_plural(body[: match.start()])
    # ('Gary Pearson, 44, of Mill Road, pleaded guilty and was fined': 'Gary Pearson was fined', never 'It')
    named = _SHORT_SUBJECT.match(lead) or _AGED.match(lead) or _SUBJECT_BEFORE_ITS_VERB.match(lead)
    subject = "They" if plural else "It"
    # ('A man from X was arrested and has been bailed': never 'It has been bailed'; nor 'One of our advisers will
    # help you and will check X': 'It will check')
    one_of = re.match(r"(?:one|each|any|either|neither)\s+of\b", body, re.IGNORECASE) is not None
    # ('which means that the carer of a patient who X can visit at any time, and can stay': the carer, not 'It')
    told = re.search(r"\bthat\s+(?:the|a|an|your|their|our)\s+(\w+)", body[: match.start()], re.IGNORECASE)
    told_of = told[1].lower() if told is not None and _PERSON.fullmatch(told[1]) and not plural else None
    if not plural and not named and not told_of and (one_of or _PERSON.search(subject_part(body[: match.start()]))):
        return None
    if told_of:
        subject = f"The {told_of}"
    if named and not plural:  # 'The caller will say X and will ask Y' -> 'The caller will ask Y', not 'It'
        subject = re.sub(r"^(?:a|an)(?:\s+(?:different|separate))?\b", "The", named.group(1), flags=re.IGNORECASE)
        subject = subject[0].upper() + subject[1:]
    # ('We have looked at your claim and are pleased to tell you X': 'We are pleased', never 'They')
    person = re.match(r"(we|you|they|he|she|i)\s", lead, re.IGNORECASE)
    person = person if person is not None and "," not in lead[: match.start() - len(body) + len(lead)] else None
    # ('If you do, you will be guilty of an offence, and may be liable': the clause after the last comma's own)
    clause = body[: match.start()].rstrip(", ").rsplit(",", 1)[-1].strip()
    person = person or re.match(r"(we|you|they|he|she|i)\s", clause, re.IGNORECASE)
    if person is not None:
        subject = "I" if person.group(1).lower() == "i" else person.group(1).capitalize()
    subject = "They" if _who_clause_goes_on(before) else subject
    return [body[: match.start()], f"{subject} {word} {body[match.end() :]}"]


def _who_clause_goes_on(before: str) -> bool:
    """Whether words end in a 'who' clause closed only by examples ('contact our team, who can find you a place, such
    as a refuge,'), which a helper after 'and' goes on with: 'They can tell you X'."""
    relative = _EXAMPLES_LAST.sub("", before).rsplit(",", 1)[-1]
    examples = _EXAMPLES_LAST.search(before) is not None
    return examples and ends_in_a_relative(relative, _AUX_MODAL) and re.match(r"\s*who\b", relative) is not None


def _at_purpose(body: str) -> list[str] | None:
    """'X to tackle Y' -> 'X.' 'This is to tackle Y.' when X is a sentence of its own."""
    for match in re.finditer(r",?\s+to\s+([a-z]+)\b", body):
        before = body[: match.start()].split()
        if before and before[-1].lower() in TAKES_INFINITIVE:
            continue
        if match.group(1) in PURPOSE_VERBS and count_words(body[: match.start()]) >= 6:
            rest = body[match.end() - len(match.group(1)) :]
            if count_words(rest) >= 3:
                return [body[: match.start()], f"This is to {rest}"]
    return None


_NOT_A_VERB = r"(?:we|they|you|he|she|i|it|the|a|an|this|that|these|those|our|their|his|her|is|was|are|were)\b"


def _at_relative(body: str) -> list[str] | None:
    """'We change laws that will change X' -> 'We change laws.' 'They will change X.'
    'We stop the gangs who help with crossings' -> 'We stop the gangs.' 'They help with crossings.'"""
    match = re.search(r"\s+(?:that|which)\s+(will|would|can|could|should|must)\s+", body) or re.search(
        rf"\s+who\s+(?!{_NOT_A_VERB})([a-z]+)\s+", body
    )
    if not match or count_words(body[: match.start()]) < 6 or count_words(body[match.end() :]) < 2:
        return None
    noun, verb = body[: match.start()].rsplit(maxsplit=1)[-1], match.group(1)
    if verb in _AUX_MODAL:
        plural = noun.endswith("s") or noun.lower() in ("people", "police", "staff")
    else:  # "gangs who help" / "a man who helps": the verb agrees with the noun
        plural = not verb.endswith("s") or verb.endswith("ss")
    return [body[: match.start()], f"{'They' if plural else 'It'} {verb} {body[match.end() :]}"]


Rule = Callable[[str], list[str] | None]
# "As with ...", "As part of ...": a phrase, not a clause that needs its main clause beside it.
_PREPOSITIONAL_AS = re.compile(r"as (?:with|part|well|a result|of|such|for)\b")

RULES: tuple[Rule, ...] = (
    _at_semicolon,
    at_consequence,
    at_aside,
    at_opening_clause,
    at_dash,
    at_coordinator,
    at_pronoun,
    at_and_a_clause,
    _at_also_to,
    at_frequency,
    at_link,
    _at_relative,
    at_which,
    _at_auxiliary,
    _at_purpose,
    at_comma,
)

# Rules that guess at a relative clause or a purpose from words alone; with a parse, those split where it shows them.
GUESSING_RULES: tuple[Rule, ...] = (_at_relative, _at_purpose)


def _split_main(rule: Rule, body: str) -> list[str] | None:
    """The rule's split of a sentence, kept out of an opening subordinate clause: "If X, and Y who Z,
    you may W" split inside "If X, and Y who Z" fell into pieces that are not sentences ("If X."
    "And Y." "It Z, you may W."). After the opening clause's comma, the rest may still be split,
    unless it carries the clause on ("and ..." or "or ...")."""
    lowered = body.lower()
    if rule is at_opening_clause or not SUBORDINATE.match(lowered) or _PREPOSITIONAL_AS.match(lowered):
        return rule(body)
    # (never at the comma inside an amount: 'If you have more than £23,250, X' is no 'If you have more than £23')
    head, comma, main = at_first_comma(body)
    # ('If you get A, or B, you will not need X, but Y': the condition's other case goes on to its next comma)
    while comma and re.match(r"\s*or\s+", main) and WORD_COMMA.search(main):
        more, comma, main = at_first_comma(main)
        head = f"{head},{more}"
    # ('If X, for example if Y, you can Z': the examples are still the opening clause's)
    if not comma or re.match(r"\s*(?:and|or|for example|for instance|such as|including)\b", main):
        return None
    end_of_list = main.split(",", 1)[0]
    if count_words(end_of_list) <= 4 and re.search(r"\b(?:and|or)\b", end_of_list):
        return None  # 'If you are not the tenant's husband, wife or civil partner, ...': the comma is the list's
    # ('If you need a bay free so that you can move, have work done, or let a lorry park, you can ask us': a plain verb
    # after the first comma, then a clause with a subject, is more of the condition, which ends later)
    verb_led = parse(f"you {end_of_list.strip()}")[1].tag_ in ("VB", "VBP")
    # ('Whether you want to learn X, get Y or meet Z, there is something for you': 'there' opens a clause too)
    # ('If you plan to sell food, play music or put up a marquee, you may need a licence, and we will X': the clause
    # with a subject may go on past a comma of its own)
    rest = main.strip()[len(end_of_list.strip()) :]
    subject = r",\s+(?:you|we|they|he|she|it|there|the|your|our)\s+\w+"
    if verb_led and (re.search(rf"{subject}[^,]*$", main) or re.match(subject, rest)):
        return None
    parts = rule(main.strip())
    # ('If you smell gas, open the windows, and call X': the condition is the call's too; so it is in 'If you do
    # not pay, we will apply for an order, and costs will be added': both are its outcome)
    conditioned = re.match(r"(?:if|unless|when|whenever|once|providing|provided)\b", lowered)
    outcome = r"(?:and|or)\s+(?!(?:if|when|unless|once)\b)"  # ('and if you still disagree, X': a condition of its own)
    if parts and conditioned and any(an_order(p) or re.match(outcome, p, re.IGNORECASE) for p in parts[1:]):
        return None
    return [f"{head}, {parts[0]}", *parts[1:]] if parts else None


Lister = Callable[[str], list[Piece] | None]
Splitter = Callable[[str], list[Piece]]
# The lists read from words alone, with no parse: an inline series, and ', including A, B and C'.
SERIES_LISTERS: tuple[Lister, ...] = (as_bullets, including_as_bullets)


def split_sentence(
    sentence: str,
    limit: int = TARGET_WORDS,
    rules: tuple[Rule, ...] = RULES,
    accept: Callable[[list[str]], bool] = lambda pieces: True,
    lists: tuple[Lister, ...] = SERIES_LISTERS,
) -> list[Piece]:
    """A sentence as short sentences (and perhaps a bulleted list), each at most `limit` words if the
    rules can manage it; a split is made only if `accept` takes its sentences. Short sentences come
    back unchanged."""

    def again(piece: str) -> list[Piece]:
        # (a rule that gave back the sentence it was given would split it for ever)
        return [piece] if _body(piece)[0] == body else split_sentence(piece, limit, rules, accept, lists)

    body, end = _body(sentence)
    if body.endswith(":"):  # a list's introduction: its last piece must still lead into the list
        body, end = body[:-1].rstrip(), ":"
    # ('any of these signs: A; B; or C': a list after a colon is read as one before its semicolons are cut)
    listed_first = ";" in body and ": " in body.split(";", 1)[0]
    listed = _as_list(body, end, lists, accept, again) if listed_first else None
    # easy read has no semicolons, however short the sentence
    listed = listed or (_at_semicolons(body, accept, again) if ";" in body else None)
    if listed or count_words(sentence) <= limit:
        return listed or [sentence]
    listed = None if listed_first else _as_list(body, end, lists, accept, again)
    if listed or end == "?":  # a question cut leaves a statement and half a question ('Do you rent X. This started Y?')
        return listed or [sentence]
    for rule in rules:
        parts = _split_main(rule, body) if rule in RULES else rule(body)
        if parts:
            pieces = [sentence_case(p) for p in parts if p.strip()]
            pieces[-1] = pieces[-1][:-1] + end if end in ("?", "!", ":") else pieces[-1]
            if end == ":" and pieces[-1].split()[-1] != body.split()[-1] + end:
                # ('X, which gives priority, to:' -> 'X to.' 'It gives priority.' leaves the list behind)
                pieces = lead_said_last(pieces, body.split()[-1]) or []
            if pieces and accept(pieces):
                return [p for k, piece in enumerate(pieces) for p in again_unless_pointed_at(pieces, k, again)]
    return [sentence]


def _as_list(
    body: str, end: str, lists: tuple[Lister, ...], accept: Callable[[list[str]], bool], again: Splitter
) -> list[Piece] | None:
    """A sentence's body as the first sound list a lister makes of it (describing words kept), split again."""
    for lister in lists if end == "." else ():
        listed = adjectives_kept(lister(body), body)
        if listed is not None and sound_list(listed) and accept([p for p in listed if isinstance(p, str)]):
            return [p for k in range(len(listed)) for p in again_unless_pointed_at(listed, k, again)]
    return None


def _at_semicolons(body: str, accept: Callable[[list[str]], bool], again: Splitter) -> list[Piece] | None:
    """A sentence's body cut at its semicolons, each clause split again; None if the cut is not taken."""
    clauses = [sentence_case(p) for p in _at_semicolon(body) or [body]]
    if len(clauses) > 1 and accept(clauses):
        return [p for clause in clauses for p in again(clause)]
    return None

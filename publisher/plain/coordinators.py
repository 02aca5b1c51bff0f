"""The split at ', and', ', but', ', so' and ', although' between two clauses of full length, and when such a
word goes on with what came before it instead (a list, a condition, an aside)."""

from __future__ import annotations

import re

from .clause_apart import thing_said_again, verb_left_out
from .condition_items import with_a_subject
from .linking import (
    CONDITION_WORD,
    SUBJECT_FIRST,
    but_of_the_condition,
    concession_in_a_condition,
    condition_of_both,
    continues_a_condition,
    in_a_bare_closing_if,
    in_a_case,
    in_a_condition,
    in_an_exception,
    in_closing_condition,
    in_listed_conditions,
    more_of_a_helping_clause,
    more_of_the_readers_condition,
)
from .main_clauses import SAID_OF_BOTH_WHEN
from .orders import an_order
from .parse import SUBJECTS, is_finite, stands_alone
from .parser import parse, verb_lemma
from .wording import QUESTION_WORDS, TIME_UNITS, count_words

# 'and if you are still unhappy you can appeal': where the condition ends and what follows it starts
_CONDITION_THEN = re.compile(
    r"^((?:and|but|or)\s+(?:if|when|once)\s+\S+(?:\s+\S+){2,}?)\s+((?:you|we|they|he|she|it)\s+"
    r"(?:can|could|may|might|must|should|will|would)\b)",
    re.IGNORECASE,
)


_PHRASE_NEXT = re.compile(r"(?:for|with|in|on|at|to|from|by|about|under|over|through|without)\b", re.IGNORECASE)
# Helping verbs: after ', and' one shares the subject before it ('if you live here, and are over 16')
HELPERS = "are|is|was|were|have|has|had|be|can|could|will|would|should|must|may|do|does"
# A short noun phrase with no verb between the linking word and a comma: 'or anyone else,', 'and their carers,'
_ASIDE_NOUN = re.compile(
    r"(?:anyone|someone|everyone|the|a|an|their|your|his|her|its|our|other|any|all|some|each|both)\s+"
    rf"(?!(?:[\w'-]+\s+){{0,2}}?(?:{HELPERS}|did)\b)"
    r"(?:[\w'-]+\s+){0,2}[\w'-]+,|(?:anyone|someone|everyone)\s*,",
    re.IGNORECASE,
)
_LAST_THING = re.compile(r",\s+(?:the|a|an|your|our|their|any|all)\s+[\w'-]+(?:\s+[\w'-]+)?$", re.IGNORECASE)
_ASKED_LAST = re.compile(rf",\s+{QUESTION_WORDS}[^,]*$", re.IGNORECASE)
_OPEN_CHOICE = re.compile(r"(?:however|whatever|whenever|wherever|whoever|whichever|whether)\b", re.IGNORECASE)
_SHARED_SUBJECT_VERB = re.compile(rf"(?:{HELPERS})\b")


_MODAL_NEXT = re.compile(r"(?:[\w'-]+\s+){0,4}?(?:will|would|can|could|may|might|must|should)\b", re.IGNORECASE)


def _goes_on(left: str, body: str, link: re.Match[str]) -> bool:
    """Whether ', and' or ', or' goes on with what came before it rather than starting a sentence."""
    word, after = str(link.group(1)), link.end()
    if continues_a_condition(left, body[after:]):
        return True  # 'You qualify if they are 5 to 16, they go to the nearest school, and they cannot walk'
    if word not in ("and", "or"):
        return False
    # ('tell us where the waste is, what it is, and roughly how much there is': the last of a list of questions)
    asked = _ASKED_LAST.search(left) and re.match(rf"(?:\w+ly\s+)?{QUESTION_WORDS}", body[after:])
    # ('believes that X, and that Y': a second thing believed, which alone would be no sentence)
    # ('reminded to lock the doors, and to use timer switches': a second 'to' goes on with the first's verb)
    infinitive = r"to\s+(?!(?:the|a|an|your|our|their|his|her|its|be)\b)[a-z]+\b"
    second = re.match(rf"(?:that|whether|{infinitive})", body[after:]) is not None
    # ('Wait 5 minutes, or use a different phone, before calling your bank': what comes after is both choices')
    # ('Show it to the driver, or hold it to the reader, when you get on': a closing clause of when, likewise)
    shared = re.search(r",\s+(?:before|after|until|while|when|once)\s+(?:\w+ing\b|[^,]*$)", body[after:]) is not None
    second = second or (word == "or" and shared)
    if second or asked or _OPEN_CHOICE.match(body, after) or (word == "and" and re.match(r"not\b", body[after:])):
        # 'whether or not they have reported it, and however long ago it happened': one more 'whatever'; 'where
        # the person died, and not where they lived': a thing set against the one before
        return True
    # ('This applies only if A, and B': both are the condition)
    opened = re.match(
        r"(?:If|Unless|When|Whenever|Once|Then|Providing|Provided|This means|This (?:also |only )?applies|"
        r"This does not apply)\b",
        left,
    )
    # ('get a break when the person stays in a care home, or a care worker looks after them': the other case)
    when = in_a_case(left) and not _MODAL_NEXT.match(body, after)
    excepted = (word == "or" and (CONDITION_WORD.search(left) or when)) or (word == "and" and in_an_exception(left))
    goes_on = in_listed_conditions(left) or in_closing_condition(left)
    # ('exempt if it is empty because X has died, and probate has not been granted': with no helper of its own, a
    # clause after a closing 'if' is more of the condition)
    clause = body[after:].split(",", 1)[0]
    # ('It spreads when someone coughs, and another person breathes it in': so is one after a closing 'when')
    closing = in_a_bare_closing_if(left, when=True) and not _helper_of_its_own(clause)
    goes_on = goes_on or (closing and with_a_subject(clause))
    goes_on = goes_on or more_of_the_readers_condition(left, f"and {body[after:]}")
    if opened or excepted or (word == "and" and goes_on):
        # 'If you do not pay, you will lose X, and the whole amount will be due': both are its outcome; 'only
        # if A, or B'; 'unless it was an error, and you could not have known'; 'You can apply if you live here,
        # the car is yours, and it is taxed': all three
        return True
    # ('To book, visit the website, use the app, or call X': the last of a list of things to do)
    chunks = left.split(", ")
    # ('keep food in tins, clear up seed, and do not leave bags out': a last order may say what not to do)
    last_order = an_order(body[after:]) or re.match(r"(?:do not|don't|never)\s", body[after:]) is not None
    orders = len(chunks) >= 2 and an_order(chunks[-1]) and last_order
    # ('but older people, babies, people with heart problems, and people who live alone are at risk': the
    # clause after the last link before it has no verb yet, so this goes on with its list)
    linked = re.split(r",\s+(?:but|and|or|so)\s+", left)
    orders = orders or (len(linked) > 1 and not any(is_finite(t) for t in parse(linked[-1])))
    if orders or _SHARED_SUBJECT_VERB.match(body, after) or _LAST_THING.search(left) or _ASIDE_NOUN.match(body, after):
        # 'if you live here, are over 16, and have no savings': one more thing the subject does; 'send us a
        # quote, the photos, and details of X': the last of a list; 'the victim, or anyone else,': an aside
        return True
    phrase = _PHRASE_NEXT.match(body, after)
    # 'deductions for rent, for damage, or for cleaning': one more phrase of a list
    return phrase is not None and f", {phrase.group(0).lower()} " in left.lower()


def _subjects_joined(body: str, link: int) -> bool:
    """Whether the 'and' or 'or' at a character joins two subjects of a verb after it ('make sure your property,
    or prospective property, can get a permit': 'Or prospective property can get a permit' leaves the first
    property with no verb)."""
    doc = parse(body)
    link_word = next((t for t in doc if t.idx == link), None)
    if link_word is None or link_word.dep_ != "cc":
        return False
    noun = link_word.head
    if noun.dep_ not in SUBJECTS or noun.head.i < link_word.i:
        return False
    # (a bare noun phrase, then the verb: a clause after the link, 'and residents who believe X should contact us',
    # is where the parser may have taken the whole sentence for a subject)
    joined = [c for c in noun.children if c.dep_ == "conj" and c.i > link_word.i]
    after = joined[0].right_edge.i + 1 if joined else len(doc)
    bare = joined and not any(t.pos_ in ("VERB", "AUX") for t in joined[0].subtree)
    return bool(bare) and after < len(doc) and noun.head in (doc[after], doc[after].head)


def _another_of_a_list(left: str, right: str) -> bool:
    """Whether the words after ', and' are the last of a list before it, by the word its items open with:
    'These include homes that are for sale, homes that are for rent, and homes left empty by X'."""
    first = re.match(r"[£$€]?[\w'’-]+", right)
    if first is None or first.group(0).lower() in _OPENING_WORDS:
        return False
    starts = [m.group(1).lower() for m in re.finditer(r",\s+([£$€]?[\w'’-]+)", left)]
    # ('£3.2 million to repair roads, £1.5 million for housing, and £800,000 to keep libraries open': amounts)
    amount = re.compile(r"[£$€]\d")
    amounts = amount.match(first.group(0)) is not None and any(map(amount.match, starts))
    return first.group(0).lower() in starts or amounts or _the_same_phrase_again(left, right)


_PHRASE_OPENERS = frozenset({"for", "to", "in", "on", "at", "from", "by", "with", "about", "under"})


def _the_same_phrase_again(left: str, right: str) -> bool:
    """Whether the words after ', or' are a phrase with no verb that opens as one before it did: 'not responsible
    for motorways, which X, or for private roads, so please check' (another thing not looked after, no clause)."""
    opening = right.split(maxsplit=1)[0].lower() if right.strip() else ""
    if opening not in _PHRASE_OPENERS or not re.search(rf"\b{opening}\b", left, re.IGNORECASE):
        return False
    phrase, _, rest = right.partition(",")
    # ('and in some parts of the borough, all HMOs need a licence': a phrase that opens a clause of its own)
    if SUBJECT_FIRST.match(rest.strip()):
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in parse(phrase))


# Words that open a clause as often as an item ('we', 'the', 'this'), which say nothing of a list.
_OPENING_WORDS = frozenset({"i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those",
                            "there", "the", "a", "an", "your", "our", "their", "his", "her", "its", "if", "when",
                            "then"})  # fmt: skip


def _series_of_clauses(left: str) -> bool:
    """Whether words end in a series of clauses after a closing 'because' or 'if', the second after a comma
    alone ('X because a payment was delayed, their hours were cut,' goes on with ', or they had a bill')."""
    marks = [m for m in _CLOSING_MARK.finditer(left) if m.start() > 0]
    chunks = left[marks[-1].end() :].split(", ") if marks else []
    return len(chunks) >= 2 and all(stands_alone(f"{c}.") for c in chunks[1:])


_CLOSING_MARK = re.compile(r"\b(?:because|if|unless|as long as|provided that)\s")


_ASKED_AFTER_A_CONDITION = re.compile(r"(?:and|or|but)\s+if\b[^,]*,\s+(?:how|what|why|whether|which|who|where)\b", re.I)


_HELPED = re.compile(r"(?:[\w'-]+\s+){0,3}?(?:can|could|will|would|must|should|may|might)\b", re.IGNORECASE)


SHORTEST_ORDER = 3  # words of an order said alone after another ('Praise them for trying.')


def at_coordinator(body: str) -> list[str] | None:
    """'X, and Y' / 'X, but Y' / 'X, so Y' -> 'X.' 'And Y.' ('X, although Y' -> 'X.' 'But Y.') when both
    halves are full length."""
    best: list[str] | None = None
    for match in re.finditer(r",\s+(and|but|so|yet|or|although|though|whereas|while|whilst)\s+", body):
        left, right = body[: match.start()], body[match.start() + 1 :].strip()
        # ('You may not have to pay, or you may pay half, if you have a low income': the condition is both's)
        if _goes_on(left, body, match) or condition_of_both(body[match.end() :]) or but_of_the_condition(left, right):
            continue
        # ('and that nobody has objected, or if someone has objected, how you have dealt with it': the question after
        # the condition is more of what you must show, no clause of its own)
        if more_of_a_helping_clause(left, right) or _ASKED_AFTER_A_CONDITION.match(right):
            continue
        word, rest = match.group(1), body[match.end() :]
        # ('as long as the person has died, or the event took place 20 years ago': the other case of the condition;
        # 'if you wish, or you can ask us' has a helper of its own and says what else the reader can do)
        other_case = word == "or" and in_a_condition(left) and not _HELPED.match(rest)
        other_case = other_case or (word == "or" and SAID_OF_BOTH_WHEN.search(rest) is not None)
        if (
            other_case
            or (word in ("and", "or") and (_another_of_a_list(left, rest) or _the_subjects_next_verb(left, rest)))
            or (word in ("while", "whilst") and not _while_contrasts(left, rest))
        ):
            continue
        subjects_joined = match.group(1) in ("and", "or") and _subjects_joined(body, match.start(1))
        if (
            subjects_joined
            or _joins_no_clause(body, match)
            or verb_left_out(left, rest)
            or thing_said_again(left, rest)
        ):
            continue
        # ('when it was an error, such as a mistake by us, and you could not have known': the comma closes examples
        # inside the condition, which goes on after it)
        if re.search(r",\s+(?:such as|for example|including)\b[^,]*$", left) and in_a_condition(left):
            continue
        # ('people over 45, smokers, those with diabetes, or a heart condition are more likely to X': subjects listed)
        if (match.group(1) in ("and", "or") and _series_of_clauses(left)) or _one_subject_with_many_verb(right):
            continue
        concession = match.group(1) in ("although", "though", "whereas", "while", "whilst")
        # ('if you are 16 or over, although you cannot vote until 18, and you are a British citizen': the condition
        # goes on after the concession inside it)
        if concession and concession_in_a_condition(left, body[match.end() :]):
            continue
        if concession:  # "X, although Y" -> "X." "But Y."
            right = "but " + body[match.end() :]
        orders = match.group(1) == "and" and an_order(left) and an_order(body[match.end() :])
        if orders:
            right = body[match.end() :]  # 'Keep them off school until X, and try to Y': two orders, no 'And'
        right = _CONDITION_THEN.sub(r"\1, \2", right, count=1) if "," not in right else right
        # ('..., by email to X, or in writing to Y': a later link whose words are no clause is passed over, so an
        # earlier one that starts a clause can still be cut at)
        # ('Call 999, and if it is not an emergency, call X': a short order is a sentence all the same)
        short_order = 2 <= count_words(left) < 5 and an_order(left) and stands_alone(left)
        # ('..., and praise them for trying': so is a short order after an order)
        # ('..., and it is free': so is a short clause with a subject of its own)
        owned = re.match(r"(?:and|but|so)?\s*(?:it|they|this|these)\s+(?:is|are|was|were|will|can|may)\s", right)
        fewest = SHORTEST_ORDER if orders or owned else 5
        if (count_words(left) >= 5 or short_order) and count_words(right) >= fewest and stands_alone(right):
            best = [left, right]
            if count_words(left) >= count_words(body) / 3:
                break
    return best or _at_bare_but(body)


_SUBJECT_AND_MODAL = re.compile(r"\b([\w'-]+)\s+(?:can|could|may|might|will|would|should|must)\s", re.IGNORECASE)


def _the_subjects_next_verb(left: str, rest: str) -> bool:
    """Whether a bare verb after ', or' is more of what someone other than the reader may do ('they may suggest drops,
    or tell you to see a nurse'), not an order ('Or tell you to see a nurse.')."""
    # (the first in the last clause: 'they may suggest drops you can buy' is what they may do)
    said = _SUBJECT_AND_MODAL.search(left.rsplit(",", 1)[-1])
    # ('and never leave a fire unattended': a denial or a 'please' is the reader's order all the same)
    told = re.match(r"(?:please|never|always|do not|don't)\b", rest, re.IGNORECASE) is not None
    # ('Put your bin in the sun, so that worms can get in, and turn it': after an order, the next is one too)
    return said is not None and said[1].lower() != "you" and an_order(rest) and not told and not an_order(left)


_AWAY = frozenset({"away", "out", "asleep", "abroad", "inside", "home", "there", "here"})


def _helper_of_its_own(clause: str) -> bool:
    """Whether words read alone have a main verb with a helper that states something ('we will send you a form'),
    not one in a clause of their own ('there is nobody who can go for you')."""
    root = next((t for t in parse(clause) if t.dep_ == "ROOT"), None)
    return root is not None and (root.tag_ == "MD" or any(c.tag_ == "MD" for c in root.children))


_OTHERS = frozenset({"others", "other", "some", "many", "most", "few", "those"})


def _while_contrasts(left: str, clause: str) -> bool:
    """Whether ', while Y' sets another thing against the statement before it ('Some are free, while others charge
    a fee') rather than saying when ('Keep the dog in, while you are out' / 'while you are waiting')."""
    if an_order(left):
        return False
    if re.match(r"(?:if|where)\s[^,]+,\s", clause):
        return True  # ('X if A, while if B, Y': a second case set against the first)
    doc = parse(clause)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    # ('broken into on Saturday, while the owners were away': where someone was says when)
    placed = root is not None and verb_lemma(root) == "be" and any(c.lower_ in _AWAY for c in root.children)
    if root is None or root.tag_ == "VBG" or placed:
        return False
    finite = any(is_finite(t) for t in (root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))))
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    # ('time for yourself, while the person you care for is looked after': what goes on meanwhile, not other people;
    # 'while others are charged a fee' sets them against)
    ongoing = root.tag_ in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") and is_finite(c) for c in root.children)
    # ('Mill Lane will be closed for 3 weeks, while a gas company replaces the main': after a future, a present says
    # what goes on meanwhile, unless it names others set against the first)
    # ('We are handing out bottled water every day, while the notice is in place': so it does after what is going on)
    meanwhile = re.search(r"\b(?:will|(?:am|is|are)\s+[a-z]+ing)\b", left) is not None and root.tag_ in ("VBZ", "VBP")
    if (ongoing or meanwhile) and subject is not None and not any(t.lower_ in _OTHERS for t in subject.subtree):
        return False
    # a person or thing said by a pronoun is most often the one before, at a time ('while they are at school')
    return finite and subject is not None and (subject.pos_ != "PRON" or subject.lower_ in ("others", "those"))


def _one_subject_with_many_verb(clause: str) -> bool:
    """Whether a clause's subject is one thing ('a heart or lung condition') and its verb is for many ('are'), so
    the subject is the last of a list that began before the clause."""
    doc = parse(clause)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NN", "NNP") or any(c.dep_ == "conj" for c in subject.children):
        return False
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an", "each", "every") for c in subject.children)
    finite = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
    return one and any(t.lower_ in ("are", "were") or t.tag_ == "VBP" for t in finite)


def _joins_no_clause(body: str, match: re.Match[str]) -> bool:
    """Whether a link joins no second clause: an 'or' that answers an 'either' before it ('This could be either a home
    lived in by its owner, or a rented home'; not 'either before or after your journey, or you may be fined', whose
    'either' has its own 'or'), or 'so far as' ('to ensure, so far as is practicable, that X')."""
    left, right = body[: match.start()], body[match.end() :]
    either = match.group(1) == "or" and re.search(r"\beither\b(?!.*\bor\b)", left, re.IGNORECASE) is not None
    so_far = match.group(1) == "so" and re.match(r"(?:far|long)\s+as\b|as\s+to\b", right) is not None
    return either or so_far or (match.group(1) in ("and", "or") and _last_of_what_is_told(body, match.end()))


_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "time"})


def _last_of_what_is_told(body: str, start: int) -> bool:
    """Whether the words after ', and' are a thing, not a clause: a noun phrase its clause only describes ('tell us
    your name, what kind of noise it is, and the days and times it usually happens': never 'And the days and times it
    usually happens.'); a time that opens a clause ('and the next day we will call you') is no such thing."""
    words = [t for t in parse(body) if t.idx >= start]
    # ('the cap is £22,020 for couples, and £14,753 for single adults who do not have children': an amount whose
    # only verbs are its people's, after 'who')
    finite = next((t for t in words if is_finite(t)), None)
    if (
        words
        and words[0].tag_ in ("$", "CD")
        and (finite is None or any(t.tag_ in ("WP", "WDT", "WP$") for t in words if t.i < finite.i))
    ):
        return True
    if len(words) < 3 or words[0].tag_ not in ("DT", "PRP$") or words[0].head.pos_ != "NOUN":
        return False
    noun = words[0].head
    time = noun.lower_ in TIME_UNITS | _TIMES_OF_DAY and not any(c.dep_ == "conj" for c in noun.children)
    clause = (noun.head.pos_ == "VERB" and noun.head.i > noun.i) or any(c.dep_ == "relcl" for c in noun.children)
    described = noun.dep_ not in SUBJECTS and clause
    return described and not time and "," not in body[start : noun.head.idx]


# 'but' with no comma before a clause's own subject ('A badge costs £10 but some websites charge £50')
_BARE_BUT = re.compile(
    r"(?<!,)\s+but\s+(?=(?:the|a|an|some|many|most|this|these|those|they|we|you|it|he|she|there|your|our|their)\s)",
    re.IGNORECASE,
)


# 'however' joining two clauses as 'but' does ('X is not possible, however in some cases we may Y'), not 'however
# you like' (in whatever way) or 'however long it takes' (a degree, which no clause's subject follows)
_HOWEVER = re.compile(
    r",?\s+however,?\s+(?=(?:the|a|an|some|many|most|this|these|those|they|we|you|it|he|she|there|your|our|their|"
    r"in|on|at|by|from|after|before|within|during|until|once|if|when)\s)(?!(?:you|we|they)\s+(?:like|want|wish|choose|prefer|"
    r"please|decide|can|see fit)\b)",
    re.IGNORECASE,
)


def _at_bare_but(body: str) -> list[str] | None:
    """'X but Y' (no comma) or 'X, however Y', where both are sentences and no condition or clause before the
    link is still open."""
    for match in (*_BARE_BUT.finditer(body), *_HOWEVER.finditer(body)):
        left, right = body[: match.start()], body[match.start() :].strip()
        however = "however" in match.group(0).lower()
        if however:
            right = "but " + body[match.end() :]
        # ('not A but B', 'only if A but B': the 'but' is part of the first clause)
        if in_a_condition(left) or but_of_the_condition(left, right):
            continue
        if not however and re.search(r"\b(?:not|never|only)\b", left):
            continue
        if count_words(left) >= 5 and count_words(right) >= 5 and stands_alone(left) and stands_alone(right):
            return [left, right]
    return None

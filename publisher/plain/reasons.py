"""A reason or a concession that closes a sentence, said as a sentence of its own: 'X, as Y' -> 'X.' 'This is
because Y.'; 'X, although Y' -> 'X.' 'But Y.'; 'X so that Y' -> 'X.' 'This is so that Y.'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cut_marks import DENIAL
from .linking import _DENIED, _LINKS, _MADE, CONDITION_WORD, concession_in_a_condition, in_a_bare_closing_if
from .orders import an_order, reads_as_an_order
from .parse import SUBJECTS, is_finite
from .parser import parse, verb_lemma
from .syntax import _standing, _text, has_subject
from .wording import EXAMPLE_OPENERS, LIST_GOES_ON, SUBORDINATE, TARGET_WORDS, count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_REASONS = {"because": "This is because", "as": "This is because", "since": "This is because",
            "although": "But", "though": "But", "whereas": "But"}  # fmt: skip
_UNAMBIGUOUS = frozenset({"because", "although", "though", "whereas"})


_POINTED = re.compile(r"this (?:is|was|would be|will be|could be|may be)\b")
_ASIDE_LAST = re.compile(r",\s+(?:when|where|which|who)\b[^,]*$")
_ASIDE_INSIDE = re.compile(r",\s+(?:which|who)\b[^,]*,\s")
# An order not to do something: 'Do not X', 'Please do not X', 'Never X'
_DENIED_ORDER = re.compile(r"(?:please\s+)?(?:do not|don't|never)\s+(?P<act>[a-z].*)$", re.IGNORECASE)
_ONLY = re.compile(r"\b(?:only|solely|purely|just)\b", re.IGNORECASE)


def _not_after_its_clause(doc: Doc, start: int) -> bool:
    """Whether a reason at start would not follow what it is the reason for once cut off."""
    # ('because X, and in the case of bees, because Y': a second reason joined to the first, not a new one)
    joined = [t for t in doc[:start] if t.dep_ == "cc" and t.i > 0 and doc[t.i - 1].text == ","]
    # (an order after the link is a clause of its own: 'Wait 5 minutes, or use another phone, because X')
    ordered = bool(joined) and joined[-1].i + 1 < start and doc[joined[-1].i + 1].tag_ == "VB"
    # ('a reduction for rats and mice, but not for wasps, because X': the reason is that of what is left out, which
    # ends the sentence it follows)
    ordered = ordered or (bool(joined) and doc[joined[-1].i : joined[-1].i + 2].text.lower() == "but not")
    if joined and not ordered and not any(is_finite(t) for t in doc[joined[-1].i : start]):
        return True
    # ('The board, which runs X, has decided Y, because Z': the aside, cut later, would come between Y and its
    # reason; with the aside cut first, the reason follows what it is the reason for)
    before = _text(doc[:start])
    # ('their first months, when they are most at risk, because X': whose reason is not clear)
    last = _ASIDE_LAST.search(before) is not None and doc[start].lower_ in ("because", "as", "since")
    return _ASIDE_INSIDE.search(before) is not None or last


# Verbs that, after 'as' with nothing done to anything, say how the sentence's thing was meant to be ('as they
# should have done', 'as we said', 'as you would expect'), not why it is.
_MANNER_VERBS = frozenset(
    "do say expect promise plan agree require ask tell explain mention show state intend hope predict describe allow "
    "permit need instruct advise direct".split()
)


def _as_it_is_done(clause: Token, mark: str) -> bool:
    """Whether an 'as' clause says in what way ('did not leave a tag, as they should have done') or when ('urging
    people to report it, as Awareness Week begins on Saturday': a time something starts or ends), not why."""
    told = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in clause.children)
    # ('as the number of requests has risen': what has happened is a reason)
    helped = any(c.tag_ == "MD" or (c.dep_ == "aux" and verb_lemma(c) == "have") for c in clause.children)
    timed = verb_lemma(clause) in _STARTING and not helped
    # ('open from 8am on weekdays, as it is now': 'is' with nothing it is compares, and gives no reason)
    said = ("prep", "advcl", "ccomp", "relcl")
    compared = verb_lemma(clause) == "be" and not told and not any(c.dep_ in said for c in clause.children)
    return mark == "as" and ((verb_lemma(clause) in _MANNER_VERBS and not told) or timed or compared)


# (and what is under way: 'prosecuted 11 drivers, as the council steps up checks' says when, not why)
_STARTING = frozenset({"begin", "start", "end", "open", "close", "approach", "arrive", "finish", "return",
                       "step", "ramp", "increase", "grow", "rise", "continue", "prepare", "launch", "roll",
                       "near", "work"})  # fmt: skip


def _next_order(verb: Token) -> bool:
    """Whether a verb joined on after ', and' with no subject of its own may be an order of its own."""
    joined = verb.dep_ == "conj" and verb.tag_ in ("VB", "VBP") and verb.i >= 2
    return joined and verb.nbor(-1).lower_ == "and" and verb.nbor(-2).text == "," and not _said_of(verb)


def _reason_said(doc: Doc, start: int, mark: str) -> str:
    """The reason that starts at doc[start] as a sentence of its own."""
    reason = _text(doc[start + 1 :])
    # ('X, as this is against the law': 'This is against the law.', not 'This is because this is against it')
    if _REASONS[mark] == "This is because" and _POINTED.match(reason):
        return f"T{reason[1:]}"
    # ('X, as this could put you at risk': 'This is because it could put you at risk', not 'because this'; with an
    # 'it' of its own, 'This could stop it from X')
    if _REASONS[mark] == "This is because" and doc[start + 1].lower_ == "this" and doc[start + 1].dep_ in SUBJECTS:
        return f"T{reason[1:]}" if re.search(r"\bit\b", reason) else f"This is because it{reason[4:]}"
    return f"{_REASONS[mark]} {reason}"


def _said_of(verb: Token) -> bool:
    """Whether a verb has a subject of its own (an order has none)."""
    return any(c.dep_ in SUBJECTS for c in verb.children)


def _as_a_role(doc: Doc, start: int) -> bool:
    """Whether 'as a' after a verb done to someone says in what role ('Anyone who is registered, or could be
    registered, as a disabled person can apply'), whatever the parse made of it."""
    return doc[start].lower_ == "as" and doc[start + 1].lower_ in ("a", "an") and doc[start - 2].tag_ in ("VBN", "VBG")


def _exception_back(clause: str, reason: str) -> tuple[str, str]:
    """A clause and its reason, an exception that ended the reason moved back to the clause ('Do not run a cable
    across the pavement, because someone could trip, unless you use a channel': the channel excepts the order, and
    cut off with the reason it would leave the order with no exception)."""
    # (with its own closing clause: 'unless you use a cable channel, which we can fit for you')
    exception = re.search(r",\s+unless\s+[^,()]+(?:,\s+which\s+[^,()]+)?$", reason)
    return (f"{clause}{exception.group(0)}", reason[: exception.start()]) if exception else (clause, reason)


def _before_the_exception(clause: str, reason: str) -> list[str]:
    """A clause and its reason, the reason said before an exception that ends the clause ('do not take aspirin unless a
    doctor says it is safe, because it can X': the reason is the order's, which 'This is because' after 'This does not
    apply if' would seem to explain; so is one before 'even if')."""
    exception = re.search(r",?\s+(?P<word>unless)\s+(?P<case>[^,()]+(?:,\s+which\s+[^,()]+)?)$", clause)
    # (an 'even if' set off by its comma: kept in its clause, a short one would have stayed there)
    reasoned = reason.startswith("This is because")
    exception = exception or (re.search(r",\s+(?P<word>even if)\s+(?P<case>[^,()]+)$", clause) if reasoned else None)
    # ('Take them to a vet at once, even if they seem well': said after the reason, 'This applies even if they seem
    # well' would seem to be of the reason; a short clause keeps it)
    if exception is None or (exception["word"] == "even if" and count_words(clause) <= TARGET_WORDS):
        return [clause, reason]
    # ('Do not go to hospital unless you are told to, as you could spread it': 'Only go to hospital if you are told
    # to.' says the order and its exception at once, and the reason follows the order it explains)
    denied = _DENIED_ORDER.match(clause[: exception.start()])
    if exception["word"] == "unless" and denied and not re.search(r"\bany(?:one|thing|body|where)?\b", denied["act"]):
        return [f"Only {denied['act']} if {exception['case']}", reason]
    said = "This does not apply if" if exception["word"] == "unless" else "This applies even if"
    return [clause[: exception.start()], reason, f"{said} {exception['case']}"]


_THAT_SERIES = re.compile(r"\bthat\s[^,]+,\s+(?:and\s+|or\s+)?that\s[^,]+,?$")


def at_reasons(body: str) -> list[str] | None:
    """'X, as Y' -> 'X.' 'This is because Y.'; 'X, although Y' -> 'X.' 'But Y.' (a clause that ends
    the sentence)."""
    doc = parse(body)
    for token in doc:
        if token.dep_ != "advcl":
            continue
        start = token.left_edge.i
        mark = doc[start]
        if mark.dep_ != "mark" or mark.lower_ not in _REASONS or start < 1:
            continue
        # ('as this causes delays': 'as this' says why the whole sentence holds, with or without its comma)
        as_this = mark.lower_ == "as" and doc[start + 1].lower_ == "this"
        if doc[start - 1].text != "," and not (mark.lower_ in _UNAMBIGUOUS or as_this):
            continue  # 'as' and 'since' say why only after a comma ('as you get older' says when)
        no_subject = not any(c.dep_ in SUBJECTS for c in token.children)
        if no_subject or _as_it_is_done(token, mark.lower_) or _as_a_role(doc, start):
            continue  # ', as shown in the inventory': a reason is a clause with a subject
        # ('we will never cut off your water because you cannot pay': the 'never' may deny the reason, not the act)
        denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in token.head.children)
        # ('No young person will be turned away because they cannot pay': a subject of 'no' denies it too)
        denied = denied or any(
            c.dep_ in SUBJECTS and (c.lower_ in ("nobody", "none") or any(d.lower_ == "no" for d in c.children))
            for c in token.head.children
        )
        # ('We can only offer a place because a child has left': 'only' may say the reason is the one there is)
        denied = denied or any(c.dep_ == "advmod" and _ONLY.fullmatch(c.text) for c in token.head.children)
        if doc[start - 1].text != "," and denied and not as_this:
            continue
        # 'protected from being dismissed because you asked': with no comma, the reason may be the dismissal's
        inner = token.head.dep_ != "ROOT" or any(t.dep_ == "pcomp" for t in doc[token.head.i : start])
        if inner and doc[start - 1].text != "," and not as_this:
            continue
        if _text(doc[max(0, start - 3) : start]).lower().rstrip(",").endswith(EXAMPLE_OPENERS):
            continue  # 'unless X, for example because Y': an example of X, not why the sentence holds
        # ('satisfied that you are homeless, that you can get help, and that you have a priority need, because you are
        # pregnant': after a list of things found, the reason may be the last one's alone)
        if concession_in_a_condition(_text(doc[:start]), _text(doc[start:])) or _THAT_SERIES.search(_text(doc[:start])):
            continue  # 'if you are 16, although you cannot vote until 18, and you are British': one condition
        # ('If your application is closed because you did not reply, you can ask X': the reason is the condition's)
        # (the parse may hang it on the main verb, which comes after it)
        opened = SUBORDINATE.match(body.lower()) is not None and (start < token.head.i or doc[0].head == token.head)
        # ('exempt if it is empty because the person who lived there has died': the reason is the closing condition's)
        opened = opened or (doc[start - 1].text != "," and in_a_bare_closing_if(_text(doc[:start])))
        # ('Do not touch it, as it may be sharp, and do not confront anyone': the main clause goes on after the
        # reason, which ends before it)
        ordered = [v for v in (token.head, *token.head.children) if v.tag_ == "VB" and not _said_of(v)]
        goes_on = any(v.dep_ == "conj" and v.i > token.right_edge.i for v in ordered) and token.head in ordered
        # ('Ask your GP to check X, as some medicines can make you dizzy, and have your eyes tested': after an order,
        # a verb with no subject of its own after ', and' is the next order, whatever the parse hung it on)
        goes_on = goes_on or (token.head in ordered and any(_next_order(c) for c in token.children))
        # ('Stay off work until X, as this is when Y, and do not visit Z': the next order may be the sentence's own)
        root = token.sent.root
        commanded = root.tag_ == "VB" and not any(c.dep_ in (*SUBJECTS, "aux") for c in root.children)
        # ('Wash your hands, because gels do not kill it, and clean X': the parse's root may be elsewhere; the words
        # before the reason still give the order)
        commanded = commanded or an_order(_text(doc[:start]))
        goes_on = goes_on or (
            commanded
            and any(
                c.dep_ == "conj"
                and (c.tag_ == "VB" or _next_order(c))
                and c.i > token.right_edge.i
                and not has_subject(c)
                for c in root.children
            )
        )
        # ('Wash your hands, as gels do not kill it, and clean surfaces with bleach': 'clean surfaces' read as things)
        after = re.search(r",\s+and\s+([a-z].*)$", _text(doc[start:]))
        # ('make sure it is topped up, as we cannot let debts build up, and speak to the office if X': the next order)
        # (a denial next is said as an order of its own after the reason: 'This is when X.' 'Do not take them to Y.')
        next_words = after.group(1) if after is not None and not DENIAL.match(after.group(1)) else ""
        ordered_next = bool(next_words) and (reads_as_an_order(next_words) or an_order(next_words))
        # ('Do not give X unless a doctor says so, because Y, and do not give Z': moved after the reason, the exception
        # would seem the next denial's)
        excepted = after is not None and DENIAL.match(after.group(1)) is not None and " unless " in body
        goes_on = goes_on or (commanded and ordered_next) or excepted
        # ('have your statements ready, because we will ask for them, or, if you cannot, phone us': the other way)
        other = re.search(r",\s+or,?\s+(?:if\s[^,]+,\s+)?([a-z].*)$", _text(doc[start:]))
        goes_on = goes_on or (commanded and other is not None and reads_as_an_order(other.group(1)))
        # ('check it if you are a young adult, because many missed out, if you are pregnant, or if X': the reason is
        # the first condition's, and more conditions of the sentence follow it)
        wedged = bool(re.search(r"\bif\s", _text(doc[:start])) and re.search(r",\s+(?:or\s+)?if\s", _text(doc[start:])))
        # ('some do because they are frightened, because they have been threatened, or because X': one more reason
        # in a list of them, never the reason for the one before)
        wedged = wedged or re.search(r"\bbecause\s[^,]*,\s*$", _text(doc[: start - 1]) + ",") is not None
        if opened or goes_on or wedged or _not_after_its_clause(doc, start):
            continue
        if doc[0].lower_ == "sometimes" or doc[start - 1].lower_ == "be":
            continue  # 'Sometimes your child cannot go to school because they are ill.' 'Then call us.': one condition
            # ('For example, this could be because X': the reason is what 'be' waits for)
        pieces = _standing(
            _before_the_exception(*_exception_back(_text(doc[:start]), _reason_said(doc, start, mark.lower_)))
        )
        if pieces:
            return pieces
    return None


# A word of how much a reason explains, said with 'This is' ('has risen, mainly as a result of X')
_DEGREE = re.compile(
    r",?\s+(primarily|mainly|mostly|largely|partly|partially|chiefly|entirely|only|also|usually|often|normally|"
    r"generally|typically|sometimes|always|especially|particularly)\s*$",
    re.IGNORECASE,
)
_DEGREES = {"primarily": "mainly", "chiefly": "mainly", "largely": "mostly", "partially": "partly"}


def _in_the_past(clause: str) -> bool:
    """Whether a clause's main verb is in the past ('The school closed', 'it was offered'; not 'People are being
    urged to X, with no questions asked')."""
    root = next(parse(f"{clause}.").sents).root
    return any(t.tag_ == "VBD" for t in (root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))))


# A clause that says which things, with no 'that': the link after it says what they are, not why
_CONTACT_CLAUSE = re.compile(
    r"\b(?:the|some|any|all|these|those)\s+(?:[a-z-]+\s+){0,3}?(?:you|they|we|he|she)\s+\w+$|"
    # ('things tenants should do as part of looking after their home': what the things are, not why)
    r"\b(?:things|ways|steps|something|anything|everything)\s+(?:you|they|we|he|she|[a-z]+s)\s+"
    r"(?:(?:can|could|should|must|may|might|will|would)\s+)?\w+$"
)


# A time that ends a sentence after a comma ('..., at 8, 12 and 16 weeks of age')
_TIME_LAST = re.compile(r",\s+(?:at|from|on|by|before|after|until|within|between|in)\s+[^,]*\d[^,]*(?:,\s*\d[^,]*)*$")


# ('must not be overfilled so that waste is above the sides': how full, not what for)
_FILLED = re.compile(r"\b(?:over|under)?(?:filled|loaded|stacked|piled|packed)\s*$", re.IGNORECASE)


def at_link(body: str) -> list[str] | None:
    """'X so that Y' -> 'X.' 'This is so that Y.' (also 'as a result of', 'as part of')."""
    for link, opener in _LINKS.items():
        index = body.find(link)
        # ('any crime that the victim, or anyone else, thinks was motivated by prejudice because of X': the
        # aside's commas do not end the clause)
        unaside = re.sub(r",\s+(?:or|and)\s+[^,]+,", "", body[:index])
        # (nor do a list's commas: 'who need more support than a nursery, school or college gives because of X')
        unaside = re.sub(r",\s+[\w'-]+(?:\s+[\w'-]+)?(?=,|\s+(?:or|and)\s)", "", unaside)
        # ('people who live alone, have lost a partner, or find it hard to get out because of X': the parse shows the
        # reason inside the clause that says which people, however many commas that clause has)
        said_which = _in_a_relative_clause(body, index)
        # ('often when your immune system is weaker because of age': the reason is the time's, no comma between)
        timed = link == " because of " and re.search(r"\b(?:when|whenever|while)\b[^,]*$", body[:index]) is not None
        said_which = said_which or timed
        if said_which or CONDITION_WORD.search(body[:index]) or re.search(r"\b(?:which|who|that)\b[^,]*$", unaside):
            continue  # 'This applies only if they died because of X': the reason is part of the condition ('the
            # building, which closed last year because of its roof': or of the 'which')
        # ('the costs you have because of your disability': a clause with no 'that' says which costs)
        made = _MADE.search(body[:index]) or _FILLED.search(body[:index])
        # ('has fallen by a quarter, so that the school can no longer afford X': what follows, not what it is for)
        result = re.search(r"\bno longer\b", body[index:]) is not None
        # ('to use the strip of land as part of your garden': what it is used as, not what it is part of)
        if link == " as part of " and re.search(
            r"\b(?:use|using|used|treat|treated|count|counted)\b[^,]*$", body[:index]
        ):
            continue
        if _CONTACT_CLAUSE.search(body[:index].rstrip()) or (link == " so that " and (made or result)):
            continue  # ('blocks of flats are built so that each flat is a box': how they are built, not why)
        if body[:index].rstrip().endswith("could be") or body[:index].rstrip(", ").lower().endswith(EXAMPLE_OPENERS):
            continue  # 'For example, this could be because of bad weather' is one example (so is 'X, for example
            # because of A, B or C')
        # ('must not refuse to rent to you because of your nationality': the reason may be what 'not' denies)
        # ('do not let children breathe in steam because of the risk of scalding': a risk is why it is forbidden)
        risk = re.match(r"(?:the\s+)?(?:risk|danger|chance)\b", body[index + len(link) :].lstrip(), re.IGNORECASE)
        if not body[:index].rstrip().endswith(",") and _DENIED.search(body[:index].rsplit(",", 1)[-1]) and not risk:
            continue
        # ('You can only be stopped and searched because of your appearance if X': 'only' says the reason is the one
        # allowed, which 'You can only be stopped and searched.' 'This is because of your appearance.' turns round)
        if not body[:index].rstrip().endswith(",") and _ONLY.search(body[:index].rsplit(",", 1)[-1]):
            continue
        if re.search(r"\b(?:must|should|need to|needs to)\s+have\s+\w+$", body[:index].rstrip()):
            continue  # ('must have died because of an accident at work': the cause is what is required)
        if "," in body[:index] and LIST_GOES_ON.search(body[index:]):
            continue  # 'service charges, increases in rent because of arrears, Council Tax, or sanctions': an item
            # of a list the reason is part of
        if re.search(r",\s+and\s+(?!(?:it|they|we|you|he|she|this|there|the|a|an|your|our|their)\b)[a-z]+\s",
                     body[index:]) or re.search(r",\s+to\s+[a-z]+\b", body[index:]) \
                or _TIME_LAST.search(body[index:]):  # fmt: skip
            continue  # 'Report it first, so that it can be made safe, and take photos': the order goes on ('helps
            # people, because of their age, to get to X': so does what they are helped to do; 'offered X as part of
            # Y, which protects against Z, at 8 and 12 weeks': the time is the offer's)
        if index > 0 and count_words(body[:index]) >= 5 and count_words(body[index + len(link) :]) >= 3:
            # 'The vaccine is offered as part of X': 'This is part of X'
            said = opener if _in_the_past(body[:index]) else opener.replace(" was ", " is ")
            # ('has risen to £16.9 million, primarily as a result of X': 'This is mainly a result of X')
            degree = _DEGREE.search(body[:index])
            if degree:
                verb = said.split()[1]
                said = said.replace(f" {verb} ", f" {verb} {_DEGREES.get(degree[1].lower(), degree[1].lower())} ", 1)
            return [body[: degree.start() if degree else index].rstrip(" ,"), f"{said} {body[index + len(link) :]}"]
    return None


def _in_a_relative_clause(body: str, index: int) -> bool:
    """Whether the linking word at a character of the text is inside a clause that says which thing or person: by the
    parse, or after its verbs listed with commas ('people who live alone, have lost a partner, or find it hard to get
    out because of Y'), which the parse may not hang together."""
    if index < 0:
        return False
    doc = parse(body)
    at = next((t for t in doc if t.idx == index + 1), None)
    if at is None or any(a.dep_ == "relcl" for a in at.ancestors):
        return at is not None
    opened = [t for t in doc[: at.i] if t.tag_ in ("WP", "WDT") and t.dep_ in SUBJECTS]
    commas = [t.i for t in doc[opened[-1].i : at.i] if t.text == ","] if opened else []
    starts = [doc[i + 2] if doc[i + 1].dep_ == "cc" else doc[i + 1] for i in commas if i + 2 < at.i]
    listed = bool(starts) and doc[commas[-1] + 1].lower_ in ("and", "or")
    return listed and all(t.pos_ in ("VERB", "AUX") for t in starts)

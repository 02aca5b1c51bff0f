"""What comes first said first: 'Once X, Y' -> 'X.' 'Then Y.'; 'Should X, Y' (a condition said the old way
round) -> 'Does X?' 'Y.'"""

from __future__ import annotations

import re

from .orders import an_order
from .parse import SUBJECTS
from .parser import parse, verb_lemma
from .questions import EXAMPLES_FIRST, doc_proper
from .syntax import _root, _standing, _text

_ASKED_OF_MANY = frozenset({"you", "we", "they", "i"})


def at_should(body: str) -> list[str] | None:
    """'Should your surgeon wish to see you again, we will send you a time' (a condition said the old way round)
    -> 'Does your surgeon wish to see you again?' 'We will send you a time.'"""
    doc = parse(body)
    if len(doc) < 4 or doc[0].lower_ != "should" or doc[0].tag_ != "MD":
        return None
    verb = doc[0].head
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    # ('Should the work not be finished': a question of 'not' or of the passive asks nothing plain)
    helped = any(c.dep_ in ("neg", "aux", "auxpass") and c.i != 0 for c in verb.children)
    if verb.dep_ not in ("advcl", "ccomp") or verb.tag_ != "VB" or len(subjects) != 1 or helped:
        return None
    subject, comma = subjects[0], verb.right_edge.i + 1
    if subject.left_edge.i != 1 or comma >= len(doc) - 1 or doc[comma].text != ",":
        return None
    if any(t.text in (",", ";", ":") for t in doc[1:comma]) or verb.head.i <= comma:
        return None
    many = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _ASKED_OF_MANY
    many = many or any(c.dep_ == "conj" for c in subject.children)
    named = _text(doc[1:comma])
    question = f"{'Do' if many else 'Does'} {named if doc_proper(named) else named[0].lower() + named[1:]}?"
    main = _text(doc[comma + 1 :])
    return _standing([question, main[0].upper() + main[1:]])


_LINKS = frozenset({"and", "or", "but", "that", "who", "which", "whom", "whose", "if", "when", "because", "as", "so"})
_THRESHOLD = re.compile(r"\b(?:enough|more than|fewer than|less than|at least)\s", re.IGNORECASE)
_ANY_ONE = frozenset({"someone", "somebody", "something", "anyone", "anybody", "anything"})
_THEN = re.compile(r"^(?:When|Once|After|As soon as|By the time)\s+(?P<clause>[^,]+),\s+(?P<main>.+)$", re.DOTALL)


def at_opening_time(body: str) -> list[str] | None:
    """'Once they are in UK waters, the teams need X' -> 'They are in UK waters.' 'Then the teams need X.'
    (what happens first is said first, as easy-read guides put it)."""
    match = _THEN.match(body)
    if match is None:
        return None
    clause, main = match["clause"], match["main"]
    main = re.sub(r"^then,?\s+", "", main, flags=re.IGNORECASE)  # ('When X, then we will Y': one 'Then')
    # ('When X, this is what they meant': the clause is what 'this' points back to; 'When we find a defect, such as a
    # pothole, we X': the comma is inside the clause's examples)
    # ('When enough children are vaccinated, they protect X': a threshold, which said alone would be a claim it is met)
    # ('When someone objects, and the two sides cannot agree, X': the clause goes on after its first comma)
    # ('After you send back your form, which is called X, Y': a relative clause goes on with the time's own noun)
    goes_on = re.match(r"(?:and|or|which|who|whose|where)\s", main, re.IGNORECASE) is not None
    pointed = re.match(r"(?:this|that)\s", main, re.IGNORECASE) is not None
    if pointed or goes_on or EXAMPLES_FIRST.match(main) or _THRESHOLD.search(clause):
        return None
    said = parse(clause)
    # (a thing said of any one, 'When a school has more applications than places', is no claim)
    # ('When someone close to you dies, X': 'Someone close to you dies.' would say it has happened)
    general = any(
        t.dep_ in SUBJECTS and (any(d.lower_ in ("a", "an") for d in t.children) or t.lower_ in _ANY_ONE) for t in said
    )
    if any(t.lower_ in ("has", "have") and t.dep_ in ("aux", "auxpass", *(() if general else ("ROOT",))) for t in said):
        # 'Once an order has been granted, we can X': 'An order has been granted.' says it has; 'Once we have the
        # form, we will X': 'We have the form.' says we have it
        return None
    # ('Once you are a member, you can borrow X': 'You are a member.' says the reader is one; 'When you buy a
    # grave, you buy the right of burial': the one buying said twice, as if it were two)
    # ('When your bin is three quarters full, close it': 'Your bin is three quarters full.' says it of the reader's now)
    yours = [t for t in said if t.dep_ in SUBJECTS and any(c.dep_ == "poss" and c.lower_ == "your" for c in t.children)]
    reader = [t for t in said if t.dep_ in SUBJECTS and t.lower_ == "you"] + [t for t in yours if t.head.lemma_ == "be"]
    main_root = _root(parse(main))
    # ('When she was last seen, she was wearing X': what was going on at that time, not what came next)
    going_on = main_root is not None and main_root.tag_ == "VBG" and any(c.dep_ == "aux" for c in main_root.children)
    # ('When you are granted leave to remain, your support will stop': 'You are granted leave to remain.' says someone
    # else has decided what may never happen)
    decided = any(t.dep_ == "nsubjpass" for t in reader)
    # ('When you are walking in the countryside, keep to paths': 'You are walking in the countryside.' says the reader
    # is doing it now)
    decided = decided or any(t.head.tag_ == "VBG" and any(c.dep_ == "aux" for c in t.head.children) for t in reader)
    # ('When you get a space, you will be sent a key': 'You get a space.' would promise one)
    # ('When you make a report, it helps if X': 'You make a report.' would read as a thing the reader does now; before
    # what the reader is to do next it reads as a step: 'You arrive at the tip.' 'Then show the staff your permit.')
    step = an_order(main) or re.match(r"you\s+(?:should|must|need to|will need to)\b", main, re.IGNORECASE) is not None
    # ('When you get a space, you will be sent a key': 'You get a space.' would promise one)
    again = verb_lemma(main_root) if main_root is not None else ""
    had = reader and verb_lemma(reader[0].head) in ("be", "have", "get", "receive", again)
    if (reader and not step) or had or going_on or decided:
        return None
    if sum(t.dep_ in SUBJECTS for t in said) > 1 and not any(t.lower_ in _LINKS for t in said):
        return None  # 'When she was last seen she was wearing A, B and C': the clause ends before its comma
    clause = clause[0].upper() + clause[1:]
    # ('When there is an exceptional reason, apply in writing': 'There is an exceptional reason.' would say there is
    # one now; what happens at times is said to happen sometimes)
    # ('When your heart does not beat properly, X': 'Your heart does not beat properly.' would say it of the reader now)
    # ('When a library is closed, X': 'A library is closed.' would say one is; any one is, sometimes; 'A school has
    # more applications than places.' says what happens to any one, and stays)
    # ('When ice or snow is forecast, X': a thing named with no 'the' or 'your' is any such thing, sometimes, too)
    bare = any(t.dep_ in SUBJECTS and t.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in t.children)
               for t in said)  # fmt: skip
    state = (general or bare) and any(t.dep_ in ("ROOT", "auxpass", "aux") and t.lemma_ == "be" for t in said)
    # ('When the temperature is forecast to fall below 0, we open shelters': what is done to a thing at times, which
    # alone would be news of now)
    state = state or any(t.dep_ == "auxpass" for t in said)
    # ('When patients miss appointments, X': what any of them do, at times, said of no one in particular)
    state = state or (bare and any(t.dep_ in SUBJECTS and t.tag_ == "NNS" and t.head.tag_ == "VBP" for t in said))
    someone = any(t.dep_ in SUBJECTS and t.lower_ in _ANY_ONE for t in said)
    if body.startswith("When") and (said[0].dep_ == "expl" or state or someone or any(t.dep_ == "neg" for t in said)):
        clause = f"Sometimes {clause[0].lower()}{clause[1:]}"
    return _standing([clause, f"Then {main[0].lower() + main[1:] if not doc_proper(main) else main}"])


_AFTER = re.compile(r"(?P<main>[^,]+?)\s+after\s+(?P<event>.+)", re.DOTALL)


def at_closing_after(body: str) -> list[str] | None:
    """'Police are appealing for witnesses after a house was broken into' -> 'A house was broken into.' 'Police are
    appealing for witnesses.': a past event a closing 'after' names is said first, as it happened first. Never a
    future one ('We will call you after we have your form' does not say we have it)."""
    match = _AFTER.fullmatch(body)
    if match is None or not re.search(r"\b(?:is|are|was|were|has|have|had)\b", match["main"]):
        return None
    main, event = match["main"], match["event"]
    said = parse(f"{event}.")
    root = _root(said)
    # a whole past clause with a subject of its own ('after a house was broken into'), not 'after doing X' or
    # 'after school'; and a main clause with no modal ('We will call you after X' is still to come)
    past = root is not None and (root.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                            for c in root.children))  # fmt: skip
    subject = root is not None and any(c.dep_ in SUBJECTS and c.i < root.i for c in root.children)
    modal = any(t.tag_ == "MD" for t in parse(main))
    if not past or not subject or modal or said[0].lower_ in ("which", "that", "this"):
        return None
    return _standing([event[0].upper() + event[1:] if not doc_proper(event) else event, main])

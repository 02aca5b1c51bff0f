"""A clause after a closing 'with', said as a sentence of its own: 'You can join the list, with lists being kept until
May' -> 'You can join the list.' 'Lists are kept until May.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .orders import an_order
from .parse import REPORTING_VERBS
from .parser import parse, verb_lemma
from .syntax import _plural, _standing, _text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def with_said(main: Token, many: bool, described: Token, phrase: Span) -> str:
    """A 'with' phrase's doing said as a sentence's verb, in the main verb's time: 'must be shown, with the date
    filled in' -> 'must be filled in'; 'have risen, with 86 cases confirmed' -> 'have been confirmed'; 'are expected
    to open in April, with the rest following' -> 'will follow'; else 'are' or 'is' before the words."""
    words = _text(phrase.doc[described.left_edge.i : phrase.end])
    if described.tag_ == "VBG" and described.left_edge == described and _ahead(phrase.doc):
        return f"will {verb_lemma(described)} {_text(phrase.doc[described.i + 1 : phrase.end])}".strip()
    return f"{_with_verb(main, many, described, phrase.text)} {words}"


def _with_verb(main: Token, many: bool, described: Token, phrase: str) -> str:
    """The verb that says a 'with' phrase as a sentence, in the main verb's time: 'must be shown, with the
    date filled in' -> 'must be'; 'have risen, with 86 cases confirmed' -> 'have been'; else 'are' or 'is'."""
    # ('voted in the elections, the highest turnout, with votes cast in every school': the time of the nearest verb,
    # past a noun the parse hung 'with' on)
    main = next((a for a in (main, *main.ancestors) if a.pos_ in ("VERB", "AUX")), main)
    helpers = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    if described.tag_ == "VBN":
        modals = [c.text for c in helpers if c.tag_ == "MD"]
        if modals:
            return f"{modals[0]} be"
        # ('has been issued, with temperatures expected to reach 33C': what is expected is still ahead)
        ahead = described.lower_ in ("expected", "forecast", "predicted", "planned", "scheduled")
        if any(c.lower_ in ("has", "have") for c in helpers) and not ahead:
            return "have been" if many else "has been"
    past = main.tag_ == "VBD" or any(c.tag_ == "VBD" for c in helpers)
    past = past and not re.search(r"\b(?:now|still)\b", phrase)  # 'with leads now based in Paris'
    return ("were" if many else "was") if past else ("are" if many else "is")


_AHEAD = frozenset({"expect", "plan", "schedule", "due", "set", "hope", "intend", "aim"})


def _ahead(doc: Doc) -> bool:
    """Whether a sentence's main clause says what will happen: 'will' or 'shall', or 'expected', 'planned' or 'due' to
    do it."""
    main = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    future = any(c.lower_ in ("will", "shall") for c in main.children if c.dep_ == "aux")
    return future or (verb_lemma(main) in _AHEAD and any(c.dep_ == "xcomp" for c in main.children))


_SAYING = REPORTING_VERBS | {"tell", "reply", "answer", "agree", "describe"}


def _with_clause(doc: Doc, with_: Token) -> str | None:
    """A closing 'with X being/having been done' said as a sentence: 'X are kept ...', 'X have been
    given ...'; 'with X to be confirmed' -> 'X will be confirmed'. None for any other 'with'."""
    verbs = [c for c in with_.children if c.dep_ == "pcomp" and c.tag_ in ("VBN", "VBG")]
    if verbs:
        verb = verbs[0]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if not subjects or verb_lemma(verb) in _SAYING:
            return None  # ('with 29% of them saying they had volunteered': what they said, not what they are doing)
        subject = subjects[0]
        plural = _plural(subject)
        helpers = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        # ('are expected to open in April, with the rest following by the summer': what is ahead, 'will follow')
        ahead = verb.tag_ == "VBG" and not helpers and _ahead(doc)
        if helpers[:1] == ["having"]:  # 'having been given' -> 'have been given'
            said_helpers = ["have" if plural else "has", *helpers[1:]]
        elif verb.lower_ == "being":
            return None  # 'with the largest loss being £2,300': 'is' or 'was' the sentence does not say
        elif helpers in ([], ["being"]):  # 'being kept' -> 'are kept'; 'rising' -> 'are rising'
            # ('You must leave the room as you found it, with the chairs put back': what must be done to them)
            modal = next((c.lower_ for c in with_.head.children if c.tag_ == "MD"), None)
            # ('must display your badge, with the hologram facing up': how it must be)
            done = not helpers and ((modal is not None and verb.tag_ == "VBN") or modal in ("must", "should"))
            said_helpers = [str(modal), "be"] if done else ["are" if plural else "is"]
            said_helpers = ["will", verb_lemma(verb)] if ahead else said_helpers
        else:
            return None
        rest = _text(doc[verb.i + 1 :]) if ahead else _text(doc[verb.i :])
        return " ".join([_text(doc[subject.left_edge.i : subject.right_edge.i + 1]), *said_helpers, rest]).strip()
    things = [c for c in with_.children if c.dep_ == "pobj"]
    clauses = [c for c in things[0].children if c.dep_ == "relcl"] if things else []
    if not clauses or [t.lower_ for t in doc[clauses[0].left_edge.i : clauses[0].left_edge.i + 2]] != ["to", "be"]:
        return None
    thing = _text(doc[things[0].left_edge.i : clauses[0].left_edge.i])
    return f"{thing} will be {_text(doc[clauses[0].left_edge.i + 2 :])}"


def at_with_clause(body: str) -> list[str] | None:
    """'You can join the waiting list, with lists being kept until May' -> 'You can join the waiting list.'
    'Lists are kept until May.' (a closing 'with' that holds a clause of its own)."""
    doc = parse(body)
    last = max((t.i for t in doc if not t.is_punct), default=-1)
    for token in doc:
        if token.lower_ != "with" or token.i < 2 or doc[token.i - 1].text != "," or token.right_edge.i < last:
            continue
        said = _with_clause(doc, token)
        # ('Please make sure your bin is out by 6.30am, with the sticker facing the road': after an order, how things
        # should be is part of it, and said alone would be a claim)
        main = _text(doc[: token.i - 1])
        if said and (an_order(main) or re.match(r"please\s", main, re.IGNORECASE)):
            return None
        if said:
            return _standing([_text(doc[: token.i - 1]), said])
    return None

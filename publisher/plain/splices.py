"""Sentences that join clauses with a comma alone, said as one sentence each: 'It is free, it can be changed
whenever you agree.'; 'Use the charger that came with it, do not leave it charging overnight.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import REPORTING_VERBS, SUBJECTS, _as_checked, has_finite_verb, which_stand
from .parser import parse, verb_lemma
from .syntax import _words, has_subject
from .wording import PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PRONOUNS = frozenset({*PRONOUNS, "this", "there", "these"})  # a clause's own subject, opening it
MOST_BEFORE_SPLICE = 12  # words of a clause a comma alone joins to the next ('It is free, it can be changed')
FEWEST_BEFORE_CONDITION = 5  # words of a sentence a spliced condition follows
FEWEST_IN_AN_ORDER = 3  # words of each order a comma alone joins ('Sort, rinse and recycle them' is one order)


_THINKING = frozenset({"tell", "think", "believe", "expect", "hope"})


def comma_spliced(text: str) -> bool:
    """Whether a sentence joins two clauses with a comma alone, as a piece cut from a list of clauses does ('The face
    may have dropped, the person may not be able to smile.', cut from '..., or their mouth may have dropped')."""
    return splice_at(text) is not None


def splice_at(text: str) -> int | None:
    """Where the comma that joins two clauses alone is in a sentence (its offset), if there is one."""
    doc = parse(_as_checked(text))
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or verb_lemma(root) in REPORTING_VERBS | _THINKING:
        return None
    commas = [
        doc[c.right_edge.i + 1].idx for c in root.children
        if c.dep_ == "ccomp" and c.i < root.i and any(g.dep_ in SUBJECTS for g in c.children)
        and not any(g.dep_ == "mark" for g in c.children) and c.left_edge.tag_ not in ("IN", "WRB")
        and c.right_edge.i + 1 < root.i and doc[c.right_edge.i + 1].text == ","
    ]  # fmt: skip
    return commas[0] if commas else None


def _an_order_verb(verb: Token) -> bool:
    """Whether a verb opens an order of its own: a bare verb with no subject, 'do not' before it or not."""
    helpers = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    return verb.tag_ == "VB" and helpers in ([], ["do"]) and not any(c.dep_ in SUBJECTS for c in verb.children)


def _joined_verbs(verb: Token) -> list[Token]:
    """The verbs with no subject of their own joined on after a verb, each the next one's head (the parse may tag
    an order 'VBP': 'drink water, wear loose clothes')."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not has_subject(c)]
    return [o for c in joined for o in (c, *_joined_verbs(c))]


def _choice_of_orders(verb: Token) -> bool:
    """Whether an order is joined to the next by 'or' ('keep it cool or find somewhere cool')."""
    choice = any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children)
    return choice and any(c.dep_ == "conj" and c.pos_ == "VERB" and not has_subject(c) for c in verb.children)


def _order_spliced_at(doc: Doc) -> int | None:
    """Where a comma alone joins two orders ('Always use X, do not leave Y'), as an offset; None if none does."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not _an_order_verb(root) or doc[0].lower_ in ("please", "and", "or", "but"):
        return None
    # ('Stay out of the heat, cool down, keep it cool or find somewhere cool': any one of them will do)
    if any(_choice_of_orders(verb) for verb in (root, *_joined_verbs(root))):
        return None
    for verb in (c for c in root.children if c.dep_ == "conj" and c.i > root.i):
        comma = doc[verb.left_edge.i - 1] if verb.left_edge.i > root.i + 1 else None
        linked = any(c.dep_ == "cc" and root.i < c.i < verb.i for c in root.children)
        enough = verb.right_edge.i - verb.left_edge.i + 1 >= FEWEST_IN_AN_ORDER
        before = comma is not None and comma.i - doc[0].i >= FEWEST_IN_AN_ORDER
        # ('If you need work done, ask friends': a comma after a condition closes the condition)
        before = before and root.i < verb.left_edge.i - 1 and not any(t.dep_ == "mark" for t in doc[: verb.i])
        # ('report to Sam, who will show you around, explain X and go through Y': the verbs are the aside's; so are
        # they after ', where a volunteer will welcome you')
        aside = any(t.lower_ in ("who", "which", "where") and t.nbor(-1).text == "," for t in doc[root.i : verb.i])
        before = before and not aside
        if comma is not None and comma.text == "," and not linked and enough and before and _an_order_verb(verb):
            return comma.idx
    return None


_DENIED = re.compile(r"(?:never|do not|don't|please do not|please never)\s", re.IGNORECASE)


def _a_choice(rest: str) -> bool:
    """Whether what follows a comma goes on to an 'or' ('A, B, or C'): cut at the comma, the choice is lost."""
    return re.search(r"(?:^|,\s)or\b", rest.strip()) is not None


def unspliced(piece: str) -> list[str]:
    """A sentence that joins two clauses with a comma alone, as two ('It is free, it can be changed whenever you
    agree.' -> 'It is free.' 'It can be changed whenever you agree.'); not a choice ('A, B, or C'), which said as
    two would lose its 'or'."""
    piece = piece.strip()
    comma = splice_at(piece)
    if comma is None:
        order = _order_spliced_at(parse(_as_checked(piece)))
        # ('Do not cut grass, walk on grass or keep flowers in the house': a denial first is of every order in the
        # choice after it; 'Do not panic, stay calm and call 999' gives orders of their own)
        rest = piece[order + 1 :].strip() if order is not None else ""
        denied = _DENIED.match(piece) is not None and not _DENIED.match(rest) and re.search(r"\sor\s", rest) is not None
        return [piece] if order is None or denied or _a_choice(piece[order + 1 :]) else _halves(piece, order)
    if _a_choice(piece[comma + 1 :]):
        return [piece]
    # ('if they are aged 5 to 16, they go to X, and Y': a comma inside a condition or a reason parts its list; 'X,
    # so Y' is linked): a short clause with no clause inside it, then one that opens with its own subject
    first = parse(piece[:comma])
    inner = any(t.pos_ == "SCONJ" or t.tag_ in ("WDT", "WRB", "WP") or t.lower_ == "that" for t in first)
    # (the comma of a number, '£400,000', parts nothing)
    if inner or "," in re.sub(r"(?<=\d),(?=\d{3})", "", first.text) or _words(first.text) > MOST_BEFORE_SPLICE:
        return [piece]
    if piece[comma + 1 :].split(maxsplit=1)[0].lower() not in _PRONOUNS:
        return [piece]
    # (each half has a subject and a verb, so a short one is a sentence too: 'It is free.')
    return _halves(piece, comma)


def _halves(piece: str, comma: int) -> list[str]:
    """A piece cut at a comma into two sentences, if both stand alone."""
    halves = [f"{piece[:comma]}.", piece[comma + 1 :].strip()]
    halves[1] = halves[1][0].upper() + halves[1][1:]
    return halves if all(which_stand(halves)) else [piece]


_SPLICED_CONDITION = re.compile(r",\s+(?=(?:if|when|unless|once|whenever)\s)", re.IGNORECASE)


def at_spliced_condition(body: str) -> list[str] | None:
    """A sentence and a condition that opens the next, joined by a comma alone: 'We check them against your
    statement, if they do not match, we reject the vote' -> 'We check them against your statement.' 'If they do not
    match, we reject the vote.'"""
    match = _SPLICED_CONDITION.search(body)
    if match is None or _words(body[: match.start()]) < FEWEST_BEFORE_CONDITION:
        return None
    before, after = body[: match.start()], body[match.end() :]
    condition, comma, main = after.partition(",")
    # ('work out how much, if anything, you will pay': a short condition between commas is an aside of what goes on)
    if len(condition.split()) <= 2 or re.search(
        r"\b(?:how\s+(?:much|many|long|often)|what|which|whether)$", before, re.I
    ):
        return None
    # ('unless you are terminally ill, in which case there are special rules': what follows is the condition's)
    comma = "" if re.match(r"\s*in which case\b", main, re.IGNORECASE) else comma
    doc = parse(f"{main.strip()}.") if comma else None
    root = next((t for t in doc if t.dep_ == "ROOT"), None) if doc is not None else None
    # (the clause after the condition's comma is its own, with a subject: 'we reject the vote', never 'to arrange X';
    # nor 'and their stings can be painful', which the 'and' links to the sentence before)
    if (
        re.match(r"\s*(?:and|or|but|so)\b", main)
        or root is None
        or not has_subject(root)
        or not all(which_stand([f"{before}.", f"{main.strip()}."]))
    ):
        return None
    if any(t.lower_ in ("if", "when", "unless", "once", "whenever") for t in parse(before)):
        return None  # ('If you call, if we are closed, X': conditions in a row are one sentence's)
    # ('X, and outside these hours, if A, you should B': what the last words after a comma open is the condition's)
    last = parse(before.rsplit(",", 1)[-1].strip()) if "," in before else None
    if last is not None and (last[0].lower_ in ("and", "or", "but", "so", "then") or not has_finite_verb(last[:])):
        return None
    return [before, f"{after[0].upper()}{after[1:]}"]

"""Conditions listed as bullets after what they are the condition of: 'If you have had a notice, are behind
with the rent, or have to leave, call us' -> 'Call us if you:' and the three things."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chunks import _comma_chunks, _has_verb
from .condition_items import condition_items, with_a_subject
from .list_items import _goes_on_after_a_preposition, things_of_the_first_phrase
from .lists import LONGEST_ITEM, _in_a_clause_of_a_thing, _kind
from .orders import an_order
from .parse import SUBJECTS, stands_alone
from .parser import parse
from .series import Bullets, Piece
from .syntax import _text, _words
from .wording import ASKS_IF, EXAMPLE_OPENERS, LONG_SENTENCE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Words that are orders as well as describing words ('open the windows', 'clear the path').
_ALSO_ORDERS = frozenset({"open", "close", "clean", "clear", "empty", "dry", "warm", "cool", "free", "secure",
                          "tidy", "calm", "level", "separate", "complete", "correct", "wet", "slow", "lower",
                          "mark"})  # fmt: skip


_CLAUSE_INSIDE = re.compile(r"\b(?:or|and)\s+(?:you|they|we|he|she|it|i)\s+(?:are|is|am|was|were|have|has|do|does)\b")


# ('Ask for an appointment with your GP, or get help from NHS 111, if:': two things to do, either of which will do)
_TWO_ORDERS = re.compile(r"^[A-Z][a-z]+\s[^,]*,\s+or\s+[a-z]+\s")
_UNBRACKETED = re.compile(r"\s*\([^()]*\)")  # (a name's letters in brackets are no more words to read)
_ASIDE_LAST = re.compile(r",\s+(?:which|who)\b[^,]*$")
_REASON_INSIDE = re.compile(r"\b(?:because|since)\s+(?:the|a|an|your|their|his|her|this|that)\s")


def _closed_by_and(condition: list[list[Token]]) -> bool:
    """Whether a list of conditions ends at an 'and' before its last chunk ('if A, B, and C, and you do not need X':
    the list its 'and' closed, then a sentence of its own), not 'if A, and B, and C', where every one has it."""
    if len(condition) < 3 or not condition[-2] or not condition[-1] or condition[-1][0].lower_ != "and":
        return False
    # ('if A, B and you have C, and there is no age limit': the list closed inside the chunk before, at an 'and' that
    # opens a clause of its own)
    inside = re.search(r"\sand\s+(?:you|your|they|their|the|it|we|he|she)\s", _text(condition[-2])) is not None
    closed = condition[-2][0].lower_ == "and" and len(condition) > 3
    return (closed or inside) and any(c and c[0].lower_ not in ("and", "or") for c in condition[1:-2] or condition[:1])


def _if_of_an_aside(doc: Doc, at: int) -> bool:
    """Whether an 'if' is the condition of a thing in an aside with no verb ('a child under 16, or under 18 if they are
    disabled, is cared for by X'), not of a main clause."""
    commas = [t.i for t in doc[:at] if t.text == ","]
    aside = doc[commas[-1] + 1 : at] if commas else doc[:0]
    return bool(len(aside)) and aside[0].lower_ in ("or", "and") and not any(t.pos_ in ("VERB", "AUX") for t in aside)


def _bare(items: list[str]) -> bool:
    """Whether the items but the last are bare words that share the last one's thing ('if you store, prepare, cook, sell
    or give away food': one item, not five)."""
    last = parse(f"You {items[-1]}")
    doing = len(last) > 2 and last[1].pos_ == "VERB" and last[1].dep_ == "ROOT"
    # ('if you want to sell, display or offer goods': a first item that ends on a plain verb shares the thing too)
    return doing and all(len(i.split()) == 1 or _ends_on_a_plain_verb(i) for i in items[:-1])


def _ends_on_a_plain_verb(item: str) -> bool:
    """Whether a short item ends on a verb's plain form with no thing after it ('want to sell')."""
    said = parse(f"You {item}")
    return len(item.split()) <= 3 and said[-1].tag_ == "VB" and said[-1].dep_ in ("xcomp", "ROOT", "conj")


def conditions_as_bullets(body: str) -> list[Piece] | None:
    """A condition that lists three or more things (or two clauses said before what they are the condition
    of) comes after what it is the condition of, its things as bullets: 'If you have had a notice, are
    behind with the rent, or have to leave, call us' -> 'Call us if you:' and the three things; 'We will
    not come back if the crew saw that A, that B or that C' -> 'We will not come back if the crew saw
    that:' and the three things. The list is read from its commas (the small model often parses a long
    list of clauses as something else), and every item must be the same kind of thing: phrases that
    share the subject, clauses after 'that', noun phrases, or whole clauses."""
    doc = parse(body)
    # (an 'if' in brackets is an aside of an item: 'less than £2,600 (or £3,600 if you are a couple)')
    bracketed = {t.i for t in doc for o in doc[: t.i] if o.text == "(" and ")" not in doc[o.i : t.i].text}
    ifs = [t.i for t in doc if t.lower_ == "if" and t.i not in bracketed]
    # ('You cannot do both: if you pay, the case is closed': a condition after a colon opens the clause after it)
    if len(ifs) != 1 or _if_of_an_aside(doc, ifs[0]) or (ifs[0] > 0 and doc[ifs[0] - 1].text in (":", ";")):
        return None
    at = ifs[0]
    if at == 0:
        chunks = _comma_chunks(doc[1:])
        # ('If you have symptoms, stay at home and avoid X, and contact Y': orders go on, and are no conditions)
        if len(chunks) < 2 or not chunks[-1] or chunks[-1][0].lower_ in ("and", "or", "but"):
            return None
        condition, main = chunks[:-1], _text(chunks[-1])
    else:
        condition, main = _comma_chunks(doc[at + 1 :]), _text(doc[:at])
    tail = ""  # 'X if you A, B, and C, although Y': 'But Y.' after the list
    turn = next((k for k, c in enumerate(condition) if k > 2 and c and c[0].lower_ in ("although", "though")), None)
    if at > 0 and turn is not None and len(condition[turn]) > 1:
        tail, condition = f"But {_text(doc[condition[turn][1].i :])}.", condition[:turn]
    # ('We will not return if A, B, or C, and in these cases a sticker will be put on it': the list ended at its 'or',
    # and what 'and' adds is a sentence of its own after it)
    last = condition[-1] if len(condition) > 3 or _closed_by_and(condition) else []
    ored = any(c and c[0].lower_ == "or" for c in condition[1:-1]) or _closed_by_and(condition)
    if at > 0 and ored and last and last[0].lower_ == "and" and stands_alone(_text(last[1:]) + "."):
        added = _text(last[1:])
        tail, condition = f"{added[0].upper()}{added[1:]}.", condition[:-1]
    aside = ""
    if len(condition) > 3 and not condition[0] and _an_aside(condition[1]):
        aside, condition = f", {_text(condition[1])},", condition[2:]
    # ('Turn off the heat if it is safe to do so, leave the kitchen and call 999': after 'it', a plain verb is an order)
    listed = (
        None
        if (at == 0 or doc[at + 1].lower_ in ("it", "he", "she", "this", "that")) and _orders_go_on(condition, main)
        else condition_items(condition)
    )
    # ('If it decides A, it will change it, and the council will B, back to the date X': a phrase, no main clause)
    # ('..., such as speakers, that is being used to make the noise': a clause of a noun, no main clause)
    phrase = at == 0 and (_opens_a_phrase(main) or re.match(r"(?:that|which|who|whose|where)\b", main) is not None)
    # ('You can get a card, which gives you 50% off, if you get X, Y or Z': said before 'if:', the condition would
    # seem the aside's, not the getting's)
    unfit = (
        (at > 0 and _ASIDE_LAST.search(main) is not None)
        or phrase
        or not main
        or _words(_UNBRACKETED.sub("", main)) > LONGEST_ITEM + 3 * bool(_TWO_ORDERS.search(main))
        or ASKS_IF.search(main) is not None
    )
    # ('If there are repairs or changes you have made, you must put them right': said first, 'them' would come
    # before what it means)
    things = listed is not None and not any(_a_clause_verb(t) for item in listed[1] for t in parse(item))
    # ('If a place comes up and your child is top of the list, they will be offered it': said first, 'they' would come
    # before the child it means)
    named = any(t.pos_ in ("NOUN", "PROPN") for chunk in condition for t in chunk)
    unfit = unfit or (at == 0 and _points_first(main, things or named))
    if listed is None or unfit or not stands_alone(main + "."):
        return None
    lead, items, link, doings = _helper_shared(*listed)
    # ('payable if your application is successful, and badges are issued in 12 weeks': after what it is the
    # condition of, a clause after ', and' may be a sentence of its own; 'if they have not, or you are not sure'
    # points back to what was said before it, and means nothing as a bullet)
    elliptical = any(re.search(r"\b(?:not|so)$", item) or parse(item)[-1].pos_ == "AUX" for item in items)
    # ('if someone moves in, and so the discount no longer applies': what follows from the first is no second case)
    # ('turn it off if you can do so safely, and leave the house, and then call X': a step after the others, however
    # many items there are)
    followed = any(re.match(r"(?:so|then|therefore)\s", item, re.IGNORECASE) for item in items)
    elliptical, misread = (
        elliptical or followed,
        followed or _of_the_examples(items) or _not_of_all(items) or _bare(items),
    )
    # ('if you are expecting them or they are a trusted friend, family member or professional': the list is the
    # second clause's, opened inside the first item)
    # ('If you think you or your child has measles': two subjects of one verb, see _subjects_cut)
    misread = (
        misread
        or _goes_on_after_a_preposition(items)
        or things_of_the_first_phrase(items)
        or _CLAUSE_INSIDE.search(items[0]) is not None
        # ('if the home is empty because the person who lived there has died, has moved X, or is in prison': the others
        # go on from the clause inside the first, whose subject is another)
        or _REASON_INSIDE.search(items[0]) is not None
        # ('need a bay free so that you can move house', 'have work done' or 'let a lorry park': what 'you can' do)
        or re.search(r"\bso that\b|\bin order to\b", items[0]) is not None
        # ('from people who live', 'work', 'study in the borough': the list is the clause's verbs)
        or re.search(r"\b(?:who|that|which)\s+\w+$", items[0]) is not None
        # ('a new cooker if yours has broken, and you cannot replace it, which our supplier will fit': the cooker's)
        or re.search(r"\b(?:it|them),\s+(?:which|who|whose)\s", items[-1]) is not None
        or _be_of_another(lead, items)
        or _subjects_cut(doc[at:], items)
        # ('turn it off if you can, leave the building and call X': 'if you can' says no case, the rest are orders)
        or any(re.fullmatch(r"(?:can|could|will|would|may|might|must|should|do|does|did)", i, re.I) for i in items)
    )
    # ('if you have had diarrhoea, vomiting, a cough or a rash in the last 48 hours': the time is all the things',
    # said before them: 'if you have had any of these in the last 48 hours:')
    shared = _SHARED_TIME.search(items[-1])
    # ('if you are under 16, or pregnant, or have had a baby in the last 12 months': the time of a clause is its own)
    if shared and all(_words(i) <= 3 for i in items[:-1]) and lead and parse(lead)[-1].pos_ in ("VERB", "AUX"):
        lead, items[-1] = f"{lead} any of these {items[-1][shared.start() :].strip()}", items[-1][: shared.start()]
    # ('Speak to your GP if you are 28 weeks pregnant or more and have not been offered the vaccine': two things said
    # with no comma between them are both the condition, and a long sentence reads better with them listed)
    joined = at > 0 and len(condition) == 1 and _words(body) > LONG_SENTENCE and not elliptical
    # ('X, which is £83 a week if A and B': the condition may be the aside's; 'if the furniture: A / B' leads with a
    # noun where 'if you:' or two clauses read well)
    joined = joined and "," not in main and (not lead or lead.lower() in _LEADS)
    # ('if a licence is taken away or refused': the second shares the first's helper, and is no item without it)
    helper = items[0].split()[0] if len(items) == 2 else ""
    one_helper = helper in _OWN_HELPERS and parse(f"it {helper} {items[-1]}")[2].tag_ in ("VBN", "VBG")
    joined = joined and not one_helper
    if (len(items) == 2 and (at > 0 or elliptical) and not joined) or misread:
        return None
    # ('if you live in a zone, the vehicle is registered to you, and it is taxed': clauses with subjects of
    # their own are one kind, whatever the subject)
    if not doings and not _taken_things(lead, items) and not _one_kind(items) and not all(map(with_a_subject, items)):
        return None  # 'if your partner died, as long as they lived here, or that X': not one list
    # whether all must hold or any one will do is said as the sentence said it, on the last item but one (a
    # list of things, 'if you get A, B or C', reads as any one of them without it)
    # ('if you are: under 16 / 60 or over': what you may be, one of them, says its 'or' too)
    if any(_a_clause_verb(t) for item in items for t in parse(item)) or (link == "or" and lead.endswith(("are", "is"))):
        items[-2] = f"{items[-2]}, {link}"
    intro = f"{main[0].upper()}{main[1:]} if{aside} {lead}".rstrip().rstrip(",")
    bullets = Bullets(intro=f"{intro}:", items=tuple(items))
    return [bullets, tail] if tail else [bullets]


_SHARED_HELPER = re.compile(
    r"(?:am|are|is|was|were)\s+(?=(?:\w+ly\s+)?\w+ing\b)|(?:have|has)\s+(?=(?:\w+ly\s+)?\w+(?:ed|en|ne|wn|ome|one)\b)"
)


def _an_aside(chunk: list[Token]) -> bool:
    """Whether the words set between commas after a condition's 'if' are an aside ('if, at the start, you are A, ...',
    'if, at the time it is dispensed, you are A'; 'if, when the treatment starts, you are A, B, or C')."""
    timed = bool(chunk) and chunk[0].lower_ in ("when", "while", "once", "before", "after")
    return not _has_verb(chunk) or chunk[0].pos_ == "ADP" or timed


def _helper_shared(lead: str, items: list[str], link: str) -> tuple[str, list[str], str, bool]:
    """A listed condition with the first item's 'are' (or 'is') said in its lead where every later item goes on from
    it ('if you are selling newspapers, trading as a pedlar, or selling from our market' -> 'if you are:' and the
    three doings), and whether it was (each item is then a doing, whatever it is read alone)."""
    # ('if you have moved home, changed your name or become a citizen' -> 'if you have:' and the three things done)
    helper = _SHARED_HELPER.match(items[0])
    if not lead or helper is None or len(items) < 3:
        return lead, items, link, False
    after = [items[0][helper.end() :], *items[1:]]
    perfect = helper.group(0).strip() in ("have", "has")
    said, form = ("you have", "VBN") if perfect else ("you are", "VBG")
    # ('recently moved home': the verb after an adverb of its own)
    verbs = [next((t for t in parse(f"{said} {item}")[2:] if t.tag_ != "RB"), None) for item in after]
    if not all(v is not None and v.tag_ == form for v in verbs):
        return lead, items, link, False
    return f"{lead} {helper.group(0).strip()}", after, link, True


def _taken_things(lead: str, items: list[str]) -> bool:
    """Whether three or more things follow a verb that takes them, a doing first ('if you experience bleeding from
    your bottom, blood in your poo or X': the bleeding is one of the things experienced)."""
    taken = len(items) > 2 and bool(lead) and parse(lead)[-1].pos_ == "VERB"
    return taken and _kind(items[0]) == "doing" and {_kind(i) for i in items[1:]} == {"thing"}


def _one_kind(items: list[str]) -> bool:
    """Whether listed conditions are one kind of thing, or each what one subject does, led by its verb ('if you cannot
    walk far, have X, or regularly drive Y': a helper, a verb and an adverb first are all the subject's doing)."""
    if len({_kind(item) for item in items}) == 1:
        return True
    if len(items) < 3:  # ('if you own a shop and would like X': two are asked as two questions)
        return False
    leads = [next((t for t in parse(f"you {item}")[1:] if t.tag_ != "RB"), None) for item in items]
    # ('if your pass is lost, stolen or damaged': a word alone after one 'is' is no verb of its own)
    alone = any(len(item.split()) < 2 for item in items)
    return not alone and all(lead is not None and lead.tag_ in ("VB", "VBP", "VBZ", "VBD", "MD") for lead in leads)


# Subjects a listed condition's things may follow ('if you:', 'if someone:')
_LEADS = frozenset({"you", "we", "they", "someone", "anyone", "he", "she", "it"})
_SHARED_TIME = re.compile(r"\s(?:(?:in|within|over|during|for)\s+the\s+(?:last|past|next)|within)\s")


def _be_of_another(lead: str, items: list[str]) -> bool:
    """Whether a later item opens with a bare 'be' or a participle that cannot follow the lead ('if we think that
    your stall would block X, cause Y or be Z': 'be' is the stall's, which the first item's 'would' governs)."""
    if bool(lead) and any(re.match(r"be\s", item) for item in items[1:]):
        return True
    # ('if a bike is lost or stolen while you hire it': 'stolen' shares the first item's 'is', and is no item alone)
    helped = re.match(r"(?:is|are|was|were|has|have|had|been)\s", items[0]) is not None
    return helped and any(parse(item)[0].tag_ in ("VBN", "VBG") for item in items[1:])


def _a_clause_verb(token: Token) -> bool:
    """Whether a word is the verb of an item that is a clause ('are behind with the rent'), not a word that describes
    a thing ('income-based', 'a disability that makes it hard', 'staff handling food')."""
    verb = token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound")
    return verb and not _in_a_clause_of_a_thing(token)


_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|these|those)\b", re.IGNORECASE)
_OWN_HELPERS = frozenset({"am", "are", "is", "was", "were", "have", "has", "had"})
_NOT = re.compile(r"(?:do|does|did|can|could|will|would|should|must)\s+not\b|(?:cannot|can't|never|don't)\b")


def _not_of_all(items: list[str]) -> bool:
    """Whether a first item's 'not' may be every item's: 'if you do not return the form, or contact us' (neither
    done), never 'if you contact us' alone ('does not have capacity, or is at risk': 'is' has no 'not' to share)."""
    verbs = [(parse(f"you {item}")[1], item) for item in items[1:]]
    shares = [v.tag_ in ("VB", "VBP") and v.lower_ not in _OWN_HELPERS and not _NOT.match(item) for v, item in verbs]
    return _NOT.match(items[0]) is not None and any(shares)


_EXAMPLES = re.compile(rf"\b(?:{'|'.join(map(re.escape, EXAMPLE_OPENERS))}|like)\b")


def _of_the_examples(items: list[str]) -> bool:
    """Whether a list read from commas is of the examples the first item opens: 'if you have symptoms such as a
    high temperature, a cough, muscle pain and ...' lists symptoms, not what you have."""
    return _EXAMPLES.search(items[0]) is not None and not any(_EXAMPLES.search(item) for item in items[1:])


def _opens_a_phrase(words: str) -> bool:
    """Whether words open with a preposition or an adverb that no main clause starts with ('back to the date')."""
    first = parse(words)[0]
    return first.pos_ in ("ADP", "SCONJ", "ADV") and first.lower_ not in ("then", "please", "also", "always", "never")


def _orders_go_on(condition: list[list[Token]], main: str) -> bool:
    """Whether the main clause's orders began inside what reads as the condition: in 'If you smell gas, open
    doors and windows, turn off X and leave', the parse may take 'open doors' for a thing, a describing word
    and its noun."""
    # ('If you fall in, try to stay calm, lean back, and float, then swim to safety': plain verbs are orders too)
    ordered = [c for c in condition[1:] if c and (c[0].lower_ in _ALSO_ORDERS or c[0].tag_ == "VB")]
    ordered = [c for c in ordered if c[0].tag_ != "VBN"]
    return bool(ordered) and an_order(main)


def _subjects_cut(words: Span, items: list[str]) -> bool:
    """Whether a list of conditions was cut between two subjects of one verb ('If you think you or your child has
    measles': 'you think you' is no case)."""
    joined = {t.head.lower_ for t in words if t.dep_ == "cc" and t.head.dep_ in SUBJECTS}
    last_words = [(re.sub(r",?\s+(?:or|and)$", "", i).split() or [""])[-1].lower() for i in items]
    return bool(joined.intersection(last_words))


def _points_first(main: str, named: bool) -> bool:
    """Whether a main clause said before its conditions would point to what is not yet said: 'they' or 'it' where the
    conditions name things, and 'do so' always ('If you wish to object, you must do so in writing')."""
    pointing = named and _POINTS_BACK.search(main) is not None
    return pointing or re.search(r"\bdo (?:so|this|that)\b", main, re.IGNORECASE) is not None

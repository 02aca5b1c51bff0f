"""A list that ends a sentence after ', which are' or ', which include', said after the sentence as bullets: 'on the
grounds of the 4 licensing objectives, which are A, B, C and D' -> '... objectives.' 'These are:' and the four; and
things asked or told ('tell us what A, where B and how C') as bullets after their verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chunks import _comma_chunks, _has_verb
from .parse import SUBJECTS, stands_alone
from .parser import parse
from .series import Bullets, Piece
from .syntax import _text, _words
from .wording import QUESTION_WORDS

_WHICH_ARE = re.compile(r",\s+which\s+(?P<verb>are|include)\s+(?P<things>[^;:()]+)$")
FEWEST_THINGS = 3
LONGEST_THING = 8  # words: a thing named, not a clause
LONGEST_ASKED = 20  # words of a thing asked in a list (with its own examples)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _things(listed: str) -> list[str]:
    """The things of a list written with commas and a last 'and' or 'or' ('A, B and C', 'A, B, or C')."""
    things = [c.strip() for c in listed.split(", ")]
    last = re.match(r"(?:and|or)\s+(?P<rest>.+)", things[-1])
    if last is not None:
        things[-1] = last.group("rest")
    else:  # ('A, B and C': the last two share a chunk)
        parts = re.split(r"\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)", things[-1])
        things[-1:] = parts if len(parts) == 2 else things[-1:]
    return things


def which_are_as_bullets(body: str) -> list[Piece] | None:
    """The sentence up to ', which are' and the things it names as bullets; None unless there are three or more
    things, each short and with no verb of its own, after a plural noun."""
    match = _WHICH_ARE.search(body)
    if match is None:
        return None
    before = body[: match.start()]
    noun = before.rsplit(maxsplit=1)[-1]
    if not noun.endswith("s") or noun.endswith("ss") or not stands_alone(f"{before}."):
        return None
    chunks = _things(match.group("things"))
    # ('taking over X or, as a last resort, buying it': a link before the comma opens an aside, no thing of the list)
    aside = any(re.search(r"\s(?:and|or)$", c) for c in chunks[:-1])
    if aside or len(chunks) < FEWEST_THINGS or any(not c or _words(c) > LONGEST_THING for c in chunks):
        return None
    # ('warnings, which are sent by phone, text or email': what is done to them, not what they are)
    done = match.group("verb") == "are" and parse(f"They are {chunks[0]}")[2].tag_ == "VBN"
    if done or any(_has_verb(list(parse(c))) for c in chunks):
        return None
    intro = "These are:" if match.group("verb") == "are" else "These include:"
    return [f"{before}.", Bullets(intro=intro, items=tuple(chunks))]


_ASKED = frozenset({"what", "where", "when", "how", "why", "who", "whether", "which"})
_ASKED_FIRST = re.compile(rf"(?:(?:and|or)\s+)?{QUESTION_WORDS}", re.IGNORECASE)
_ASKED_NEXT = re.compile(r",?\s+(?P<link>and|or)\s+(?=(?:what|where|when|how|why|who|whether|which)\b)")


def asked_as_bullets(body: str) -> list[Piece] | None:
    """Three or more things asked or told, each a clause that opens with 'what', 'where', 'how' or the like, become
    bullets after the verb they follow: 'They tell us what time the noise starts, how long it goes on and how it
    affects you' -> 'They tell us:' and the three."""
    doc = parse(body)
    first = next((t for t in doc if t.lower_ in _ASKED), None)
    if first is None or first.i < 2:
        return None
    # ('at what times of day X': a preposition of the question; 'looks at how X': the verb's, which leads into the list)
    before = doc[first.i - 1]
    start = first.i - 1 if before.dep_ == "prep" and before.head.i > before.i else first.i
    # ('must tell you their name, what they expect to find, and why': a thing told may come before the questions)
    start = _thing_told_first(doc, start)
    # ('give you information about which scheme X, how Y and what Z': the noun's 'about' leads into the questions)
    if doc[start].lower_ in ("about", "on", "of") and doc[start - 1].pos_ == "NOUN" and start + 1 == first.i:
        start += 1
    lead = doc[start - 1]
    # ('X, including who is eligible, how much and when': a list of what is included is said as such elsewhere)
    # ('send us a report, which explains what went wrong, when X and who Y': the questions are the report's)
    described = first.dep_ in SUBJECTS and first.head.dep_ == "relcl"
    # ('check whether you need approval, which is separate from planning, and whether X': an aside is no question)
    described = (
        described
        or any(
            t.lower_ in ("which", "who")
            and t.head.dep_ == "relcl"
            and doc[t.i - 1].text == ","
            and t.i + 1 < len(doc)
            and doc[t.i + 1].pos_ in ("VERB", "AUX", "PRON", "DET")  # ('a code, which you can get from X')
            for t in doc[first.i :]
        )
    )
    if (
        described
        or lead.pos_ not in ("VERB", "PRON", "ADP", "PART")
        or lead.lower_ in ("including", "include", "includes")
    ):
        return None
    listed = body[doc[start].idx :]
    *chunks, last = _questions_between_commas([c.strip() for c in listed.split(",")])
    parts = _ASKED_NEXT.split(f" {last}".rstrip() if re.match(r"(?:and|or)\s", last) else last)
    if len(parts) != 3:  # (the last two joined by 'and' or 'or', with or without a comma before it)
        return None
    link = parts[1]
    items = [*chunks, parts[0], parts[2]] if parts[0] else [*chunks, parts[2]]
    told = 1 if start < first.i - 1 else 0  # (the thing told first opens with no question word)
    opened = all(re.match(rf"(?:\w+\s+)?(?:{'|'.join(_ASKED)})\b", i, re.IGNORECASE) for i in items[told:])
    # ('who the person was and how, when and where they died': question words that share one clause are no list)
    shared = any(re.search(rf"(?:^|\s(?:and|or)\s)(?:{'|'.join(_ASKED)})$", i, re.IGNORECASE) for i in items)
    # ('and when you will be in so that we can arrange a visit': why all of it is asked is no part of the last question)
    why = re.search(r"\b(?:so that|so we|in order to|because)\b", items[-1], re.IGNORECASE) if items else None
    if len(items) < FEWEST_THINGS or not opened or any(_words(i) > LONGEST_ASKED for i in items) or shared or why:
        return None
    return _told_after(body[: doc[start].idx].rstrip(), items, link)


def _told_after(intro: str, items: list[str], link: str) -> list[Piece] | None:
    """Things told or asked as bullets after the words that lead into them, which must take a thing ('tell us this'),
    the last but one carrying the 'or' of a choice; None where the lead does not read."""
    if not stands_alone(f"{intro} this."):
        return None
    if link == "or":
        items[-2] = f"{items[-2]}, or"
    return [Bullets(intro=f"{intro}:", items=tuple(items))]


def _thing_told_first(doc: Doc, start: int) -> int:
    """Where a list of questions starts, moved back to a thing told or asked for before them ('tell you their name and
    station, what X and why Y': the name is the list's first item) where that thing is the object of a verb that has
    someone it is told to, and has no verb of its own; else start as it was."""
    comma = doc[start - 1] if start >= 2 else None
    thing = doc[start - 2] if comma is not None and comma.text == "," else None
    while thing is not None and thing.dep_ == "conj":
        thing = thing.head
    if thing is None or thing.dep_ != "dobj" or thing.head.pos_ != "VERB":
        return start
    told = any(c.dep_ == "dative" for c in thing.head.children)
    words = doc[thing.left_edge.i : start - 1]
    return thing.left_edge.i if told and not any(t.pos_ in ("VERB", "AUX") for t in words) else start


def _questions_between_commas(chunks: list[str]) -> list[str]:
    """Words between commas joined into the questions they are part of: 'how food is handled', 'stored and cooked'
    is one question ('how food is handled, stored and cooked'); words that open with a verb or a describing word go
    on with the question before them, where a thing ('the deadline') is one of the list."""
    joined: list[str] = []
    for chunk in chunks:
        first = parse(chunk)[0] if chunk else None
        goes_on = first is not None and first.pos_ in ("VERB", "ADJ", "ADV") and first.lower_ not in _ASKED
        # ('whether any trees', 'lamp posts or drains are in the way': a question with no verb yet goes on)
        unfinished = bool(joined) and _ASKED_FIRST.match(joined[-1]) is not None
        unfinished = unfinished and not _has_verb(list(parse(joined[-1])))
        goes_on = goes_on and first is not None and first.tag_ in ("VBN", "VBD", "JJ")
        if (unfinished and first is not None and first.lower_ not in _ASKED) or (joined and goes_on):
            joined[-1] = f"{joined[-1]}, {chunk}"
        else:
            joined.append(chunk)
    return joined


_AFTER_A_COLON = re.compile(r"(?P<intro>[^:;]+):\s+(?P<things>[^:;]+)")


def colon_list_as_bullets(body: str) -> list[Piece] | None:
    """Three or more things listed with commas after a colon that ends a sentence's clause become bullets after it:
    'You can get it if you get one of the following: A, B, C, or D' -> '... one of the following:' and the four (a
    list of things, read as any one of them where the introduction says so)."""
    match = _AFTER_A_COLON.fullmatch(body)
    if match is None or _words(match["intro"]) < FEWEST_THINGS or not stands_alone(f"{match['intro']}."):
        return None
    # (a list ends with its 'and' or 'or'; words after a colon with commas alone may be anything)
    # ('the EU Exit: ID Document Check app, which lets you scan X or Y': a colon inside a name opens no list)
    listed = re.search(r"(?:^|\s)(?:and|or)\s", match["things"].rsplit(", ", 1)[-1]) is not None
    if not listed or titled_colon(match["intro"], match["things"]):
        return None
    things = _clauses_kept_whole(_things(match["things"]))
    # ('You do not apply yourself: instead, you choose X, and they apply': a linking word opens clauses, no list)
    linking = bool(things) and _words(things[0]) == 1 and parse(things[0])[0].pos_ == "ADV"
    if len(things) < FEWEST_THINGS or linking or any(not t or _words(t) > LONGEST_ASKED for t in things):
        return None
    lead = _clause_before_the_first(things)
    # (a thing is no clause: ', which lets you scan your passport' says more of the thing before it)
    # ('did not plan to: they slipped or fell in near rivers, lakes or the sea': a clause first, then things of its own)
    if any(re.match(r"(?:which|who|whose|where|when|that)\b", t, re.IGNORECASE) for t in things[1:]) or (
        lead is None and _with_its_subject(things[0]) and not _with_its_subject(things[1])
    ):
        return None
    if lead is None:
        return [Bullets(intro=f"{match['intro']}:", items=tuple(things))]
    # 'It is not X: it also includes A, B and C' -> 'It is not X.' 'It also includes:' and the things
    return [f"{match['intro']}.", Bullets(intro=f"{lead[0][0].upper()}{lead[0][1:]}:", items=(lead[1], *things[1:]))]


_IT_COULD_BE = re.compile(
    r"(?:it|this|that|they|these)\s+(?:(?:could|can|may|might|will|would)\s+(?:also\s+)?be|is|are)\s+", re.IGNORECASE
)


def _clause_before_the_first(things: list[str]) -> tuple[str, str] | None:
    """The words of a clause that opens a list's first thing, and the thing ('it also includes threats', then
    'insults, abuse'): a subject and a verb before the verb's object; None where the first is a thing like the rest."""
    doc = parse(things[0])
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    objects = [c for c in root.children if c.dep_ == "dobj"] if root is not None else []
    subject = root is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children)
    # ('it could be name-calling', then 'being made to feel unwelcome': what it could be, whatever the parse of it)
    pointed = _IT_COULD_BE.match(things[0])
    if pointed is not None:
        lead, thing = things[0][: pointed.end()].strip(), things[0][pointed.end() :].strip()
    elif root is None or not subject or len(objects) != 1 or root.tag_ not in ("VBZ", "VBP", "VBD", "MD"):
        return None
    else:
        start = objects[0].left_edge.i
        lead, thing = doc[:start].text.strip(), doc[start:].text.strip()
    return (lead, thing) if thing and not any(stands_alone(f"{t[:1].upper()}{t[1:]}.") for t in things[1:]) else None


def _with_its_subject(words: str) -> bool:
    """Whether words are a clause whose main verb has a subject ('they slipped or fell in')."""
    root = next((t for t in parse(words) if t.dep_ == "ROOT"), None)
    return root is not None and root.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in root.children)


def _clauses_kept_whole(things: list[str]) -> list[str]:
    """Listed clauses with the words after a comma inside one put back on it: in 'they are confused, they have blue,
    pale or blotchy skin, lips or tongue, or X', 'pale or blotchy skin' has no verb, and is more of the clause."""
    # ('how many people will benefit, whether it will continue': a question asked of the thing is a clause of the list)
    clauses = [bool(t) and (t.split()[0] in _ASKED or stands_alone(f"{t[0].upper()}{t[1:]}.")) for t in things]
    if sum(clauses) < 2 or all(clauses) or not clauses[0]:
        return things
    kept: list[str] = []
    for thing, clause in zip(things, clauses, strict=True):
        if clause or not kept:
            kept.append(thing)
        else:
            kept[-1] = f"{kept[-1]}, {thing}"
    return kept


def titled_colon(before: str, after: str) -> bool:
    """Whether a colon is inside a name or title: a capital on each side of it ('EU Exit: ID Document Check')."""
    last, first = before.split()[-1:], after.split()[:1]
    return bool(last and first) and last[0][:1].isupper() and first[0][:1].isupper() and first[0] not in ("I", "A")


_TOLD_VERBS = frozenset({"tell", "give", "send", "show", "let"})
_LAST_LINK = re.compile(r"\s(and|or)\s+(?=(?:what|where|when|how|why|who|whether|which|the|a|an|your|their|its)\b)")
_THING_FIRST = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "JJ", "CD"})


def told_as_bullets(body: str) -> list[Piece] | None:
    """Things and questions told together after a verb and whom they are told to, become bullets: 'Tell us the route
    number, the date of your journey, where you got on, and a description of the item' -> 'Tell us:' and the four
    (the parse often hangs the question on a thing before it, so the list is read from its commas)."""
    doc = parse(body)
    told = next((t for t in doc if t.dep_ == "dative" and t.head.lower_ in _TOLD_VERBS and t.tag_ == "PRP"), None)
    if told is None or told.i + 1 >= len(doc) or "," not in body[doc[told.i + 1].idx :]:
        return None
    listed = body[doc[told.i + 1].idx :]
    *chunks, last = _questions_between_commas([c.strip() for c in listed.split(",")])
    # (the last two joined by 'and' or 'or', with or without a comma before it)
    linked = re.match(r"(and|or)\s+", last) or _LAST_LINK.search(last)
    if linked is None or not chunks:
        return None
    before = last[: linked.start()].strip()
    items = [*chunks, *([before] if before else []), last[linked.end() :]]
    # ('a copy of the plan, which explains X': 'which' or 'who' after a thing opens its clause, no question)
    asked = [_TOLD_CLAUSE.match(i) is not None for i in items]
    things = [_a_thing(parse(i)) for i in items]
    # (a mix of the two: lists of one kind are asked_as_bullets' and the other listers')
    mixed = any(asked) and any(things) and all(a or t for a, t in zip(asked, things, strict=True))
    if len(items) < FEWEST_THINGS or not mixed or any(_words(i) > LONGEST_ASKED for i in items):
        return None
    intro = body[: doc[told.i + 1].idx].rstrip()
    # ('send you diary sheets to record the dates, what it was and how it felt': what the sheets are to record is the
    # list, the first thing's 'to' its lead)
    lead = _TO_DO_FIRST.match(items[0]) if any(asked) else None
    if lead is not None and parse(f"We want to {lead['verb']} it")[3].tag_ == "VB":
        intro, items[0] = f"{intro} {lead['lead']}", lead["rest"]
    # ('send you a reminder with information about travelling to court, what to bring and how to claim': the questions
    # are more of what the information is about, its 'about' their lead)
    about = _ABOUT_A_DOING.match(items[0]) if any(asked) and lead is None else None
    if about is not None:
        intro, items[0] = f"{intro} {about['lead']}", about["rest"]
    return _told_after(intro, items, linked.group(1))


# What is told as a clause: a question ('what they expect to find') or a fact ('that you can have a record')
_TOLD_CLAUSE = re.compile(r"(?:what|where|when|how|why|whether|that\s+(?:you|they|we|it|he|she|there))\b", re.I)
_ABOUT_A_DOING = re.compile(r"(?P<lead>[^,]+?\b(?:about|on))\s+(?P<rest>[a-z]+ing\b.+)$")
_TO_DO_FIRST = re.compile(r"(?P<lead>[^,]+?\bto\s+(?P<verb>[a-z]+))\s+(?P<rest>(?:the|a|an|your|their|any)\s.+)$")


def _a_thing(doc: Doc) -> bool:
    """Whether words name a thing: a determiner, a noun or a describing word first, and no verb."""
    return len(doc) > 0 and doc[0].tag_ in _THING_FIRST and not _has_verb(list(doc))


LONGEST_DOING = 25  # words of one thing a person does, with its own examples, as a bullet


def doings_of_who_as_bullets(body: str) -> list[Piece] | None:
    """Three or more things a person or body does, said in a 'who' or 'that' clause that ends the sentence, become
    bullets after it: 'Each child has a worker who meets them, gets to know them, and works with them on X' -> 'Each
    child has a worker who:' and the three (words after a comma that open no doing are the last doing's)."""
    doc = parse(body)
    who = next((t for t in doc if t.lower_ in ("who", "that") and t.dep_ in SUBJECTS and t.head.dep_ == "relcl"), None)
    if who is None or who.head.tag_ not in ("VBZ", "VBP") or who.i + 1 >= len(doc):
        return None
    # (the verb whose clause holds the noun the 'who' is about: 'if a child has skin that X' -> 'has')
    root = next((a for a in who.head.ancestors if a.pos_ in ("VERB", "AUX")), who.head)
    items: list[list[Token]] = []
    for chunk in (c for c in _comma_chunks(doc[who.i + 1 :]) if c):
        words = chunk[1:] if chunk[0].lower_ in ("and", "or") else chunk
        if not words:
            continue
        # ('has skin that looks pale, is very hard to wake': where the main verb has the clause's form, a later verb may
        # be the main subject's, so the parse must join it to the clause's own)
        joined = words[0] in who.head.conjuncts or root.tag_ != who.head.tag_
        doing = words[0].tag_ == who.head.tag_ and words[0].pos_ in ("VERB", "AUX") and joined
        if doing or not items:
            items.append(words)
        else:
            items[-1] = list(doc[items[-1][0].i : chunk[-1].i + 1])
    said = [_text(i) for i in items]
    # ('who live alone, to make sure they are warm, have enough food': a later verb may be another subject's)
    if any(t.dep_ in SUBJECTS and t.tag_ == "PRP" for i in items[:-1] for t in i):
        return None
    linked = doc[items[-1][0].i - 1].lower_ in ("and", "or") if len(items) > 1 else False
    if len(said) < FEWEST_THINGS or not linked or any(_words(i) > LONGEST_DOING for i in said):
        return None
    intro = body[: who.idx + len(who.text)]
    if not stands_alone(f"{intro[: -len(who.text)].rstrip()}."):
        return None
    if doc[items[-1][0].i - 1].lower_ == "or":
        said[-2] = f"{said[-2]}, or"
    return [Bullets(intro=f"{intro}:", items=tuple(said))]

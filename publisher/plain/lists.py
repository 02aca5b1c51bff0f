"""Inline lists as bullets: 'You will need A, B and C' -> 'You will need:' and the three things."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chunks import (
    _NOUN_PHRASE_START,
    _a_noun_phrase,
    _comma_chunks,
    _is_such_as,
    _last_two,
    _one_list,
    _runs_on,
    describers_kept,
    nested_last,
    running_on,
)
from .hanging import done_after_with
from .list_items import (
    _asked_in_the_first,
    _commas_misread,
    _goes_on_after_a_preposition,
    _list_of_the_clause,
    _not_the_last_items,
    _place_of_the_verb,
    _taken_by_a_verb,
    examples_kept,
    joined_intro,
)
from .list_reading import describing_alone, misread_items
from .parse import is_finite, stands_alone
from .parser import parse
from .series import Bullets, Piece, shared_to
from .syntax import _root, _text, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LONGEST_ITEM = 14  # words of an introduction or a clause kept before bullets
LONGEST_THING = 18  # words of one thing of an inline list that becomes bullets (a bullet is read on its own)
LONGEST_TAIL = 10  # words after the last item that may stay with it ('..., together with X')


def _list_members(token: Token) -> list[Token]:
    """The heads of the items of a list that starts at this token, in order: its conjuncts, or (as the
    small model often parses 'A, B and C') an apposition that has conjuncts of its own."""
    if token.dep_ in ("conj", "appos"):
        return []
    listed = [c for c in token.children if c.dep_ == "appos" and c.conjuncts]
    members = [token, listed[0], *listed[0].conjuncts] if listed and not token.conjuncts else [token, *token.conjuncts]
    return sorted(members, key=lambda t: t.i)


def _runs_inside(runs: list[Token], members: list[Token]) -> bool:
    """Whether every describing word that runs on across a comma (chunks.running_on) is inside a thing of the list
    ('and a sudden, very bad headache': its own words, which the list keeps whole)."""
    for word in runs:
        described = word.head
        while described.pos_ in ("ADJ", "ADV") and described.head != described:
            described = described.head
        if described not in members or word.i < described.left_edge.i:
            return False
    return True


def _hung_before(comma: Token, member: Token) -> bool:
    """Whether a comma inside a member's words follows a noun the parse hung on the member ('a cough, red and
    watery eyes'), so that the noun is a thing of the list of its own."""
    before = comma.nbor(-1) if comma.i > 0 else None
    return comma.text == "," and before is not None and before.dep_ in ("nmod", "compound") and before.head == member


def _items_between(doc: Doc, starts: list[int], end: int) -> list[str]:
    """The items of a list whose members start at these tokens: a member joined to the next by 'and' or
    'or' alone, before the list's last comma, is one item with it ('a blocked drain or gully', 'the repair
    and repainting of the beams')."""
    items: list[str] = []
    begin, closed = starts[0], False
    for k, start in enumerate(starts[1:], 1):
        words = list(doc[begin:start])
        separator: list[str] = []
        while words and ((words[-1].is_punct and words[-1].text != ")") or words[-1].dep_ == "cc"):
            separator.insert(0, words.pop().lower_)  # ('your family doctor (GP)' keeps its bracket)
        # ('A, B, and opening windows or using fans': after the list's own ', and' an 'or' joins one item)
        if "," not in separator and (k < len(starts) - 1 or closed):
            continue  # the next member goes on with this item
        closed = "," in separator and ("and" in separator or "or" in separator)
        items.append(_text(words))
        begin = start
    return [*items, _text(doc[begin:end])]


def _closing_link_apart(items: list[str]) -> list[str]:
    """Items with a last one the parse ran on past the list's own ', and' cut there ('roads to hospitals and fire
    stations, and steep hills': the hills are an item of their own)."""
    last = re.fullmatch(r"([^,]+),\s+(?:and|or)\s+([^,]+)", items[-1]) if items else None
    if last is None or len(items) < 2 or any(t.pos_ in ("VERB", "AUX") for t in parse(last[2])):
        return items
    return [*items[:-1], last[1], last[2]]


def as_bullets(body: str) -> list[Piece] | None:
    """An inline list of three or more things, the object of a verb or of the verb's own preposition, becomes
    bullets: 'This factsheet explains A, B and C' -> 'This factsheet explains:' and the three things ('depends
    on:', 'will be left outside:'). The parse must show the
    things as one list (conjuncts separated by commas), so a comma elsewhere is never taken for one."""
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    runs = running_on(doc)
    for token in doc:
        members = _list_members(token)
        if len(members) < 3 or token.i < root.i or not _runs_inside(runs, members):
            continue
        starts = [members[0].left_edge.i, *(m.left_edge.i for m in members[1:])]
        # ('a cough, red and watery eyes': the parse hung 'cough' on 'eyes'; the comma after it ends a thing)
        starts = sorted({*starts, *(t.i + 1 for m in members for t in doc[m.left_edge.i : m.i] if _hung_before(t, m))})
        verb = _taker(doc[starts[0] - 1], token) if starts[0] > 0 else None
        # ('seized £23,400 in cash, 14 phones and 2 knives': an amount's own phrase opens the list, which is not all
        # in what the amount is in)
        amount = verb is not None and verb.pos_ == "ADP" and starts[0] > 1 and doc[starts[0] - 2].text[-1:].isdigit()
        if verb is None or token.head != verb or not (verb.pos_ in ("VERB", "AUX") or _taken_by_a_verb(verb)) or amount:
            continue
        # ('A, B, C, and infant formula milk that X': a last thing the parse gave the verb as its own object)
        last = _last_thing(doc, members, verb)
        end = (last or members[-1]).right_edge.i + 1
        starts += [last.left_edge.i] if last is not None else []
        items = _closing_link_apart(examples_kept(_items_between(doc, starts, end)))
        merged = len(items) < len(starts)
        # a merged item may hide a misread list ('a cough and red, sore eyes', 'replacing the layer, the repair
        # of X and putting in Y'): every item a thing of one kind, each ending with its noun
        misread = merged and (len({_kind(i) for i in items}) > 1 or any(parse(i)[-1].pos_ == "ADJ" for i in items))
        misread = misread or misread_items(doc, members, starts, items, verb)
        if misread:
            continue
        if len(items) >= 3:
            tail = _text(doc[end:])
            if _words(tail) > LONGEST_TAIL or any(_words(i) > LONGEST_THING or not i for i in items):
                continue
            if any(is_finite(t) for t in doc[end:]) or (tail and _hung_before_the_list(doc, end, verb)):
                continue  # 'the body, which may be A, B or C, must have a plan': the list is inside an aside
            # ('borrow equipment, including A, B and C, from any library': after examples, a place is the verb's)
            examples = re.search(r"\b(?:including|such as|like)$", _text(doc[: starts[0]])) is not None
            examples = examples and bool(tail) and doc[end].text == ","
            if examples or _not_the_last_items(doc[end] if tail else None, tail) or _place_of_the_verb(items):
                continue
            if tail:  # ('including their date of birth and' the parse ended early: no comma after its 'and')
                joined = re.search(r"(?:and|or)$", items[-1]) is not None
                # ('A, B and help from a support worker', 'a sore arm, a fever or a headache for a day or two': with
                # no comma, words the parse hung on the verb may be every item's or the last's)
                if not joined and doc[end].text != ",":
                    continue
                items[-1] = f"{items[-1]}{' ' if joined else ', '}{tail}"
            intro = _text(doc[: starts[0]])
            # (two sentences first, or a lone word after a comma: see joined_intro)
            if _words(intro) > LONGEST_ITEM or joined_intro(intro) or not stands_alone(intro + "."):
                continue
            intro, items = shared_to(intro, items)
            return [Bullets(intro=intro[0].upper() + intro[1:] + ":", items=tuple(items))]
    return _bullets_after_verb(doc, root)


def _hung_before_the_list(doc: Doc, end: int, verb: Token) -> bool:
    """Whether the words after a list's comma hang on a word before its verb ('replacing some benefits, including A, B
    and C, with Universal Credit'): they are the clause's, not the last thing's."""
    return doc[end].text == "," and end + 1 < len(doc) and doc[end + 1].head.i < verb.i


def _taker(before: Token, head: Token) -> Token:
    """The word just before a list, or the verb it is given to ('send us A, B and C', 'give you A, B or C': whom
    the things go to stands between the verb and them; not in a relative clause, 'an offer, which will tell you
    A, B and C', which is said as a sentence of its own first)."""
    verb = before.head
    given = before.dep_ == "dative" and before.pos_ == "PRON" and verb == head.head
    return verb if given and not any(a.dep_ in ("relcl", "acl") for a in (verb, *verb.ancestors)) else before


def _last_thing(doc: Doc, members: list[Token], verb: Token) -> Token | None:
    """The noun after a list's closing 'and' that the parse made a second object of the list's verb."""
    closing = [c.i for c in members[-1].children if c.dep_ == "cc" and c.i > members[-1].i]
    link = closing[-1] if closing else members[-1].right_edge.i + 1
    while link < len(doc) and doc[link].is_punct:
        link += 1
    if link + 1 >= len(doc) or doc[link].lower_ not in ("and", "or"):
        return None
    last = doc[link + 1]
    while last.dep_ in ("compound", "amod", "det", "nummod", "poss") and last.head.i > last.i:
        last = last.head
    same = last.head == verb and last.dep_ == members[0].dep_ and last.left_edge.i == link + 1
    return last if same and not is_finite(last) else None


LONGEST_LIST_ITEM = 25  # words: a long bullet still reads better than the sentence it came from


def _bullets_after_verb(doc: Doc, root: Token) -> list[Piece] | None:
    """The list the parser did not see as one: after the main verb, three or more noun phrases
    separated by commas, the last after 'and' or 'or' ('This factsheet explains the charges that
    apply, the groups of people who can get help, and the ways to apply')."""
    verb = root
    while True:  # 'You will need to give A, B and C': the list is what 'give' takes
        infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > verb.i]
        if not infinitives or "," in [t.text for t in doc[verb.i : infinitives[0].i]]:
            break
        verb = infinitives[0]
    start = max([verb.i, *(c.i for c in verb.children if c.dep_ == "prt")]) + 1
    # ('Tell us A, B, and C': whom the things go to stands between the verb and them)
    start += start < len(doc) and doc[start].dep_ == "dative" and doc[start].pos_ == "PRON" and doc[start].head == verb
    # ('You must make sure that your child gets X suitable for their age, ability and aptitude': 'sure' is the
    # verb's, and the list is inside the clause after it)
    taken = start < len(doc) and doc[start].dep_ in ("acomp", "oprd", "ccomp", "advcl")
    # ('Our plans include raising X, cutting Y, and working with Z': doings, each a thing of the list)
    doing = start < len(doc) and doc[start].tag_ == "VBG" and doc[start].lower_.endswith("ing")
    if verb.pos_ != "VERB" or start >= len(doc) or (doc[start].tag_ not in _NOUN_PHRASE_START and not doing) or taken:
        return None
    chunks = _comma_chunks(doc[start:])
    nested = nested_last(chunks)
    chunks = nested or chunks
    split = _last_two(chunks[-1]) if len(chunks) >= 3 and not nested else [chunks[-1]]
    # ('letters that we get from residents, the police and shops': the first ends inside its clause, which the others
    # may go on)
    inside = any(a.dep_ in ("relcl", "acl") for a in chunks[0][-1].ancestors) if chunks[0] else False
    cut_wrongly = len(split) == 2 and (inside or not _one_list(chunks[:-1] + split[:1]))
    chunks[-1:] = split
    if (
        cut_wrongly
        or _runs_on(doc, from_commas=True)
        or len(chunks) < 3
        or not chunks[-1]
        or chunks[-1][0].lower_ not in ("and", "or")
    ):
        return None
    chunks[-1] = chunks[-1][1:]
    chunks = describers_kept(chunks)
    if any(
        not (_a_noun_phrase(c) or (doing and c[0].lower_.endswith("ing"))) or _words(_text(c)) > LONGEST_LIST_ITEM
        for c in chunks
    ):
        return None
    # ('affect family members and friends, who may be worried, or who may feel let down': clauses about the first;
    # 'call the practice after 10am, when the lines are less busy, or book online': a time's clause)
    if chunks[0][0].tag_ not in ("WP", "WRB") and any(
        c[0].lower_ in ("who", "which", "whose", "that") or c[0].tag_ in ("WP", "WRB") for c in chunks[1:]
    ):
        return None
    # ('can make deductions for things like unpaid rent, damage X, or items Y': the things after 'like' are listed)
    # ('You can take the leave as whole days, half days, or the whole week': what it is taken as, listed after 'as')
    opener = next(
        (t for t in chunks[0][:-1] if t.lower_ in ("like", "including") or _is_such_as(t) or _as_what(t)), None
    )
    if opener is not None:
        start, chunks[0] = opener.i + 1, [t for t in chunks[0] if t.i > opener.i]
    intro = _text(doc[:start])
    items = examples_kept([_text(c) for c in chunks])
    misread = len(items) < 3 or _list_of_the_clause(items[0]) or _goes_on_after_a_preposition(items)
    misread = misread or _place_of_the_verb(items) or _commas_misread(items) or describing_alone(items)
    if misread or _asked_in_the_first(items) or not stands_alone(intro + "."):
        return None
    intro, items = shared_to(intro, items)
    return [Bullets(intro=intro[0].upper() + intro[1:] + ":", items=tuple(items))]


def _as_what(word: Token) -> bool:
    """Whether a word is an 'as' saying what the verb's thing is taken or used as ('take the leave as whole days')."""
    return word.lower_ == "as" and word.dep_ == "prep" and word.i > 0 and word.nbor(-1).pos_ == "NOUN"


def _kind(item: str) -> str:
    """What sort of thing an item of a list is, by the parse of the item on its own: a clause ('who can
    get it'), a phrase ('in which X'), a doing ('pretending to be X'), an adverb's ('mainly aged over
    75') or a thing or action ('a cough', 'refuse collection', 'apply online': the small model parses a
    short item without a sentence around it too loosely to tell these apart)."""
    words = [t for t in parse(item) if t.is_alpha]
    if not words:
        return "other"
    first = words[0]
    if first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.pos_ == "SCONJ":
        return "clause"
    subject = first.lower_ in ("you", "we", "they", "he", "she", "i", "there")
    if subject and len(words) > 1 and words[1].pos_ in ("VERB", "AUX"):
        return "clause"  # 'you can ask the VOA', 'there is nobody': a sentence, not a thing
    if first.tag_ in ("VBD", "VBZ", "VBN", "MD") and len(words) > 1:
        return "verb"  # 'stopped at the scene', 'is assisting officers': the sentence's verbs, not its things
    # ('by not smoking, being active and X': a doing denied is a doing)
    denied = first.lower_ in ("not", "never") and len(words) > 1 and words[1].tag_ == "VBG"
    # ('being sick', 'feeling very tired': a state, listed among symptoms as a thing is)
    state = first.lower_ in ("being", "feeling") and all(t.pos_ in ("ADJ", "ADV", "CCONJ") for t in words[1:])
    if (first.tag_ == "VBG" or denied) and len(words) > 1 and not state:
        return "doing"
    return {"ADP": "phrase", "ADV": "adverb"}.get(first.pos_, "thing") if len(words) > 1 else "thing"


_LINKED = re.compile(r"(?:and|or)\s+", re.IGNORECASE)
_ITEM_START = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})  # how a noun phrase, a list's item, starts


_FUNCTION_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "you",
        "we",
        "they",
        "it",
        "he",
        "she",
        "i",
        "your",
        "our",
        "their",
        "its",
        "his",
        "her",
        "my",
        "there",
        "if",
        "when",
    }
)


def cut_from_a_list(piece: str) -> bool:
    """Whether a piece holds items of a list cut from the others: words up to its first comma that are
    no clause, with 'and' or 'or' before them or straight after the comma ('And a floor plan of every
    room, and X'; 'A condition report, and a floor plan, and X'), or 'and' and a verb that shares the
    subject or the condition before it ('If you smell gas, leave, and call X': not 'And call X.')."""
    linked = _LINKED.match(piece)
    body = piece[linked.end() :] if linked else piece
    repeated = re.match(r"\s*(\w+)\b[^,]*,\s+(?:and|or)\s+\1\b", body, re.IGNORECASE)
    if repeated and repeated.group(1).lower() not in _FUNCTION_WORDS:
        return True  # 'people aged 70 to 79, and people aged 50 and over': the last two of a list of people
    # ('X, which is Y, and the date you became Z': a thing with a clause of its own is no sentence)
    ordered = linked is not None and linked.group(0).strip().lower() == "and" and parse(body)[0].tag_ == "VB"
    if ordered or (linked and _thing_and_its_clause(parse(body))):
        return True  # 'We will inspect it, find the cause, and carry out the work': 'And carry out the work.'
    if linked and linked.group(0).strip().lower() in ("and", "or") and parse(body)[0].tag_ == "VBG":
        return True  # 'by subletting it, giving false details, or keeping a home X': 'Or keeping a home X.'
    parts = re.split(r",\s", body, maxsplit=1)  # a comma between words, not in '£16,000'
    # ('A prepayment certificate, or PPC, lets you X': the thing's short name, no second item)
    named = len(parts) > 1 and re.match(r"or\s+(?:the\s+)?[A-Z]{2,}s?,", parts[1]) is not None
    if len(parts) < 2 or not (linked or _LINKED.match(parts[1])) or named:
        return False
    first = parts[0]
    words = [t for t in parse(first) if t.is_alpha]  # 'in an emergency' or 'although X fell' is no item
    if not words or words[0].pos_ not in _ITEM_START:
        return False
    # ('an electrical report that is less than 5 years old, and a certificate showing X': things, each with a
    # clause of its own, and no verb of the piece's own after them)
    doc = parse(body)
    described = not any(is_finite(t) and not _in_a_clause_of_a_thing(t) for t in doc)
    # ('People visiting relatives who are ill, and staff working nights, but you must X': a thing with a clause of its
    # own is still a thing)
    cut = described or not any(is_finite(t) and not _in_a_clause_of_a_thing(t) for t in words)
    return cut and (linked is not None or not _things_as_subject(doc, len(first)))


def _things_as_subject(doc: Doc, end: int) -> bool:
    """Whether things joined from the first words (up to character end) are the subject of the words' own tensed verb,
    a list said whole ('Children who are looked after, and young carers who are known to us, can also get it')."""
    root = doc[:].root
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < end]
    tensed = any(is_finite(t) for t in (root, *root.children))
    return bool(subject) and any(c.dep_ == "conj" for c in subject[0].children) and tensed


def _thing_and_its_clause(doc: Doc) -> bool:
    """Whether words open with a thing and a clause said of it that the parse took for a time and a sentence ('the
    date you became the only adult': no one became anything 'the date')."""
    if done_after_with(doc):
        return True  # ('And out-of-date food with the packaging removed.': a thing, not a clause)
    noun = next((t for t in doc[:4] if t.pos_ == "NOUN"), None)
    if noun is None or noun.dep_ not in ("npadvmod", "ROOT") or noun.i + 1 >= len(doc):
        return False
    follows = doc[noun.i + 1]
    return follows.dep_ in ("nsubj", "nsubjpass") and follows.pos_ == "PRON" and doc[0].pos_ == "DET"


def _in_a_clause_of_a_thing(token: Token) -> bool:
    """Whether a word is in a clause that describes a noun ('a report that is less than 5 years old')."""
    return any(a.dep_ in ("relcl", "acl") for a in (token, *token.ancestors))

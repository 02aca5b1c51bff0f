"""Lists of clauses as bullets: things to do ('We will inspect it, find the cause, and do the work'), clauses
that each open with the same word ('that A, that B, or that C'), and a writer's own list between semicolons."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .action_chunks import _actions_apart, _after_helper
from .chunks import _comma_chunks
from .linking import more_of_the_readers_condition
from .lists import LONGEST_ITEM
from .orders import inner_series, opens_an_order
from .parse import SUBJECTS, is_finite, stands_alone
from .parser import parse, verb_lemma
from .series import Bullets, Piece
from .syntax import _text, _words
from .wording import ASKS_IF, EXAMPLE_OPENERS, TARGET_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token


LONGEST_SEMICOLON_ITEM = 30  # words: the writer's own items, whose semicolons say where each ends


def semicolons_as_bullets(body: str) -> list[Piece] | None:
    """A list written in a sentence after a colon (or 'include'), its items between semicolons, becomes
    bullets: 'a plan, which may include: helping you with money; referring you to X; and working with Y' ->
    'a plan, which may include:' and the three. Nothing in such a list is split as a sentence of its own."""
    intro, colon, listed = body.partition(": ")
    included = re.search(r"\b(?:include|includes|including)\s", body.split(";", 1)[0])
    if not colon and included and body.count(";") >= 2:  # 'This might include A; B; or C': the same list
        intro, colon, listed = body[: included.end() - 1], ":", body[included.end() :]
    items = [re.sub(r"^(?:and|or)\s+", "", item.strip()) for item in listed.split(";")]
    if not colon or ";" in intro or _words(intro) < 3 or len(items) < 2:
        return None
    if any(not i or _words(i) > LONGEST_SEMICOLON_ITEM for i in items):
        return None
    return [Bullets(intro=f"{intro}:", items=tuple(items))]


# The word after a group's noun that names it again at each item ('people who', 'children with', 'anyone aged')
_GROUP_LINKS = frozenset({"who", "whose", "with", "aged", "living", "under", "over", "that"})


def groups_as_bullets(body: str) -> list[Piece] | None:
    """Three or more groups, each named again with the same word, become bullets: 'We give priority to people who A,
    people who B, and people who C' -> 'We give priority to:' and the three groups ('children aged 2, children in
    school and children with X' too; the small model may hang the later groups anywhere, so they are read from the
    commas)."""
    doc = parse(body)
    chunks = [c for c in _comma_chunks(doc) if c]
    # ('and people aged 50 or over who have a weak immune system, for example because of A, B or C': the examples
    # are the last group's)
    examples = next((k for k, c in enumerate(chunks) if k > 2 and _text(c).lower().startswith(EXAMPLE_OPENERS)), None)
    if examples is not None:
        chunks[examples - 1 :] = [list(doc[chunks[examples - 1][0].i : chunks[-1][-1].i + 1])]
    # ('and people who have problems with their memory, their sight or X': the last group's own list goes with it)
    named = [k for k, c in enumerate(chunks) if k and _group_first(c)]
    if named and named[-1] < len(chunks) - 1:
        chunks[named[-1] :] = [list(doc[chunks[named[-1]][0].i : chunks[-1][-1].i + 1])]
    rest = [c[1:] if c[0].lower_ in ("and", "or") else c for c in chunks[1:]]
    if len(chunks) < 3 or not all(rest):  # ('..., or you are unable to X, and': an 'and' alone is no group)
        return None
    # ('..., and young carers aged 16 or 17': describing words may come before the group's noun)
    nouns = [next((t for t in c[:3] if t.pos_ != "ADJ"), c[0]) for c in rest]
    if len(chunks) < 3 or any(len(c) < 3 or not _names_a_group(n) for c, n in zip(rest, nouns, strict=True)):
        return None
    group = nouns[0].lower_
    first = chunks[0]
    split = next((k for k in range(1, len(first) - 1) if first[k].lower_ == group and _names_a_group(first[k])), None)
    if split is None or any(n.lower_ != group for n in nouns):
        return None
    while split > 1 and first[split - 1].pos_ == "ADJ":  # ('to young carers who X': the group with its words)
        split -= 1
    lead = _text(first[:split])
    items = [_text(first[split:]), *(_text(c) for c in rest)]
    if not stands_alone(f"{lead} them.") or any(_words(i) > LONGEST_SEMICOLON_ITEM for i in items):
        return None
    if chunks[-1][0].lower_ == "or":  # ('people who A, people who B, or people who C': any one of them)
        items[-2] = f"{items[-2]}, or"
    return [Bullets(intro=f"{lead[0].upper()}{lead[1:]}:", items=tuple(items))]


def _group_first(chunk: list[Token]) -> bool:
    """Whether words between commas open with a group, after any 'and' or 'or' ('and people who X')."""
    words = chunk[1:] if chunk and chunk[0].lower_ in ("and", "or") else chunk
    noun = next((t for t in words[:3] if t.pos_ != "ADJ"), None)
    return noun is not None and noun.i + 1 < len(noun.doc) and _names_a_group(noun)


def _names_a_group(word: Token) -> bool:
    """Whether a word names a group that the next words say which of ('people who', 'children aged', 'anyone with')."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    said = following is not None and (following.lower_ in _GROUP_LINKS or following.pos_ == "ADP")
    return said and (word.tag_ == "NNS" or word.lower_ in ("anyone", "people", "those", "children"))


def _thing_goes_on(chunks: list[list[Token]]) -> bool:
    """Whether a later chunk opens with a noun the parse joined to a noun before it ('tell us the date, time and place
    X was recorded, and give us Y'): more of that thing, no action of its own."""
    return any(c[0].pos_ == "NOUN" and c[0].dep_ == "conj" and c[0].head.pos_ == "NOUN" for c in chunks[1:])


def actions_as_bullets(body: str) -> list[Piece] | None:
    """Three or more things to do, after a condition or a shared subject, become bullets: 'If you smell gas,
    leave your home, do not use switches, and call X' -> 'If you smell gas:' and the three; 'We will inspect
    it, find out the cause, and carry out the work' -> 'We will:' and the three."""
    doc = parse(body)
    chunks = [c for c in _comma_chunks(doc) if c]
    # ('To book, visit the website, use the app, or call X': what to do for a purpose said first)
    first = chunks[0]
    # ('To book,'; 'To stop them coming back,')
    purpose = first[0].lower_ == "to" and ((len(first) > 1 and first[1].tag_ == "VB") or first[-1].tag_ in ("VB", "NN"))
    # ('Before you let anyone take it, ask to see X, check it, and ask Y': what to do by then)
    opened = first[0].lower_ in ("if", "when", "before", "after", "once", "whenever", "while") or purpose
    apart = _actions_apart(chunks, body, opened)
    if apart is None or _thing_goes_on(apart):
        return None
    chunks = apart
    link, chunks[-1] = chunks[-1][0].lower_, chunks[-1][1:]
    first = chunks[0]
    if opened and all(opens_an_order(c) for c in chunks[1:]) and len(chunks) >= 4:
        intro, items = _text(first), [_text(c) for c in chunks[1:]]
        if first[0].lower_ == "to":  # ('To book:' has no verb: the list's introduction says what to do with it)
            intro = f"{intro}, do {'one' if link == 'or' else 'all'} of these"
    else:
        # ('To foster, you need to be over 21, have a room, and be able to X': the opening goes with the first)
        if opened and len(chunks) >= 4 and _after_helper(first) is None:
            chunks[:2] = [[*chunks[0], *chunks[1]]]
            first = chunks[0]
        split = _after_helper(first)
        # ('You must also be 16 or over, not be in education, and earn X': 'also' is all of them, said before them)
        # ('You can now use the app to A, B and C': so is 'now', 'then', 'usually' and their like)
        said_of_all = split is not None and split < len(first) - 1 and first[split].lower_ in _SAID_OF_ALL
        split = split + 1 if split is not None and said_of_all else split
        # ('will never ask you to A, B or C': a 'never' or 'not' said once is said of all of them; a later item's own
        # 'not' is its own)
        ordered = all(opens_an_order(c[1:] if c[0].lower_ == "not" else c) for c in chunks[1:])
        # (the denial, said once in the introduction, is of each of them)
        denied = split is not None and split < len(first) - 1 and first[split].lower_ in ("never", "not")
        split = split + 1 if split is not None and denied else split
        # ('Do not panic, stay calm and call 999': with 'and', the orders after the first may be orders of their own)
        if split is None or not ordered or not opens_an_order(first[split:]) or (denied and link != "or"):
            return None
        # (read from the words, not the chunk: an opening phrase merged into it keeps its comma)
        intro = _text(doc[first[0].i : first[split].i])
        items = [_text(first[split:]), *(_text(c) for c in chunks[1:])]
        # ('can help you to make a plan, find somewhere to stay, and understand X': what you are helped to do;
        # 'will need to collect X, place it in Y and return it': what you need to do)
        helped = _HELPED_TO.match(items[0])
        if helped:
            intro, items[0] = f"{intro} {helped.group(0).strip()}", items[0][helped.end() :]
        # ('may refuse it if we think that your stall would block X, cause Y or be Z': a modal inside the first
        # thing may be the one the others go on from)
        # ('You can apply whether you own your home, rent it, or live in X': the others are more of the clause)
        # ('can check that you get all the benefits you can get, help you X': not a helper in a thing's own clause, nor
        # a 'that' whose clause has none)
        inner_modal = any(
            (t.tag_ == "MD" and not any(a.dep_ == "relcl" for a in (t.head, *t.head.ancestors)))
            or (t.dep_ == "mark" and t.lower_ not in ("to", "that"))
            for t in first[split + 1 :]
        )
        # ('give you a chance to find out X, learn Y and build Z': the others are what the chance is to do)
        inner_modal = inner_modal or any(t.dep_ == "acl" and t.head.pos_ == "NOUN" for t in first[split + 1 :])
        # (after 'ask you to', the others go on from the verb that the asking is of)
        done = [t for t in first[split:] if t.idx - first[split].idx >= helped.end()] if helped else first[split:]
        # ('use the app to order X, book Y, and see Z': the others are what the app is used to do, listed after 'to')
        to = _to_of_the_others(done, chunks[1])
        if to is not None and not helped:
            intro, items[0] = _text(doc[first[0].i : to.i + 1]), _text(doc[to.i + 1 : first[-1].i + 1])
            done = [t for t in done if t.i > to.i]
        if not stands_alone(f"{intro} {items[0]}.") or inner_series(done, chunks[1]) or inner_modal:
            return None
        # ('We will fund projects that bring people together, reduce X, or improve Y': the others are what the
        # projects do, the clause in the first goes on)
        if any(_does_like_the_others(t) for t in first[split + 1 :]):
            return None
    # ('do not drill, sand, cut or break it': bare verbs that share the last one's thing are one order, not a list)
    shared = any(len(c) == 1 and c[0].pos_ == "VERB" for c in chunks[1:-1])
    # ('can include advice, training, support groups and help to X': a first doing whose things run on past its comma)
    shared = shared or re.search(r",(?![^,]*\b(?:and|or)\b)[^,]*$", items[0]) is not None
    if shared or any(not i or _words(i) > LONGEST_SEMICOLON_ITEM for i in items):
        return None
    # ('If X, call A, email B, or write to C'; 'We will repair A, replace B or fit C': any one of them will do)
    items[-2] = f"{items[-2]}, or" if link == "or" and "one of these" not in intro else items[-2]
    # ('Each spring we:' has no verb of its own, and reads as half a sentence: 'Each spring, this is what we do:')
    bare = re.search(r"(?:^|,?\s)(we|they)$", intro, re.IGNORECASE)
    # ('For older children, make sure they:' has its verb, what the children do is what is made sure of)
    if bare is not None and not re.search(r"\b(?:make sure|ensure|check|see)$", intro[: bare.start()].strip()):
        lead = intro[: bare.start()].strip()
        intro = f"{lead}, this is what {bare[1].lower()} do" if lead else f"This is what {bare[1].lower()} do"
    return [Bullets(intro=f"{intro[0].upper()}{intro[1:]}:", items=tuple(items))]


def _to_of_the_others(first: list[Token], second: list[Token]) -> Token | None:
    """The 'to' of a verb inside the first thing that the second, a plain verb, goes on from ('use the app to order X',
    'book Y'); None for any other shape."""
    verb = next((t for t in second if t.pos_ == "VERB"), None)
    # (the parse may hang the second on the main verb: 'use the grant to pay for A, buy B' is what the grant is for)
    to = next((t for t in first[1:] if t.lower_ == "to" and t.dep_ == "aux" and t.head.tag_ == "VB"), None)
    # ('book and cancel some appointments': a plain verb the parse read as a noun, see orders._misread_order)
    plain = verb is not None and verb.i == second[0].i and verb.lower_ == verb_lemma(verb)
    plain = plain or (second[0].tag_ == "NN" and opens_an_order(second))
    if to is None or not plain or to.head.i != to.i + 1:
        return None
    # (a purpose of a thing used or visited, 'use the app to order X'; not 'decide to X', 'tell you what to do' or
    # 'a route to work or school', where 'work' has nothing of its own)
    used = any(c.dep_ == "dobj" and c.i < to.i for c in to.head.head.children) and to.nbor(-1).tag_ not in ("WP", "WRB")
    # ('can make it hard to keep up at school, see friends or do X': what is hard is each of them)
    used = used or (to.head.head.pos_ == "ADJ" and to.nbor(-1) == to.head.head)
    done = any(c.dep_ in ("dobj", "prep", "prt") for c in to.head.children)
    return to if used and done else None


def _does_like_the_others(verb: Token) -> bool:
    """Whether a verb is a relative clause's, in the form the list's other verbs have ('projects that bring X':
    'reduce Y' and 'improve Z' may go on with 'bring'; not 'all the benefits you can')."""
    relative = any(c.dep_ == "nsubj" and c.lower_ in ("that", "which", "who") for c in verb.children)
    return verb.dep_ == "relcl" and verb.tag_ in ("VB", "VBP") and relative


# Words after a list's helper that are said of every thing in it ('will also', 'can now', 'will usually')
_SAID_OF_ALL = frozenset({"also", "now", "then", "still", "usually", "normally", "often", "always", "sometimes"})
_HELPED_TO = re.compile(
    r"(?:(?:help|enable|allow|encourage|teach|support|ask)\s+(?:[\w']+\s+){0,2}?|(?:need|have|try|be able)\s+)to\s+",
    re.IGNORECASE,
)


_GOES_ON = re.compile(r",\s+(?:and|but|so|then|which|who|because|as)\s")
_TWO_CONDITIONS = re.compile(r"(?P<main>[^,]+?) if (?P<first>[^,]+?)(?P<comma>,?) and (?P<second>[^,]+)")
# (the first case may list things of its own: 'if your gums are painful, swollen or bleed, or if X')
_EITHER_CONDITION = re.compile(r"(?P<main>[^,]+?) (?P<mark>if|when) (?P<first>[^;]+?),? or (?P=mark) (?P<second>[^;]+)")


def two_conditions_as_bullets(body: str) -> list[Piece] | None:
    """A long sentence that ends with two conditions that must both hold, each a clause of its own, lists them:
    'You can get a permit if you live in the zone and the car is registered to you there' -> 'You can get a
    permit if:' and the two. 'if you and your partner work' or 'if you live in England and Wales' holds one
    clause, and is left as it is. Two conditions either of which will do ('if A, or if B') are listed too."""
    either = _EITHER_CONDITION.fullmatch(body)
    match = either or _TWO_CONDITIONS.fullmatch(body)
    mark = either["mark"] if either else "if"
    if match is None or _words(body) <= TARGET_WORDS or f" {mark} " in match["first"] + match["second"]:
        return None
    main, items = match["main"], [match["first"], match["second"]]
    # ('if you pay council tax, and your savings are under £16,000': after a comma, only more of the reader's state,
    # where the comma shows which 'and' joins the two)
    commaed = not either and bool(match["comma"])
    unread = commaed and not more_of_the_readers_condition(f"{main} if {items[0]}", f"and {items[1]}")
    if unread or (" and " in items[1] and not either and not commaed) or _words(main) < 3 or ASKS_IF.search(main):
        return None
    # ('or if B, and then call us': a clause of the sentence's own after the last case)
    if any(_words(i) > LONGEST_SEMICOLON_ITEM for i in items) or (either and _GOES_ON.search(items[1])):
        return None
    # ('if more than 15 absences are recorded and a fine letter will then be issued': what follows, not a condition)
    # ('if we decide you are not a fit and proper person or ...': an 'and' between two words joins no clauses)
    link = None if either else next((t for t in parse(body) if t.idx == match.end("comma") + 1), None)
    words_joined = link is not None and link.head.pos_ not in ("VERB", "AUX")
    if words_joined or re.search(r"\b(?:will|would|can|could|may|might|must|shall)\s+then\b", items[1]):
        return None
    # ('if you stop and stay stopped': a verb that shares the subject reads as an order alone, and is no clause)
    roots = [t for t in parse(f"{items[1]}.") if t.dep_ == "ROOT"]
    subject = any(c.dep_ in SUBJECTS for root in roots for c in root.children)
    if not all(stands_alone(f"{text[0].upper()}{text[1:]}.") for text in (main, *items)) or not subject:
        return None
    # ('if you are under 16, aged 60 or over, or if X': what the first case lists its subject as, one bullet each)
    first = (_each_said(items[0]) if either else None) or [items[0]]
    listed = (*first[:-1], f"{first[-1]}, {'or' if either else 'and'}", items[1])
    return [Bullets(intro=f"{main} {mark}:", items=listed)]


_CLOSING = frozenset({")", "]", "”", "’", '"', "'"})
_ELLIPTICAL = re.compile(r"\b(?:can|could|will|would|do|does|did|is|are|was|were|have|has|may|might|must|should)$")


_CASE_AFTER_A_COMMA = re.compile(r",\s+(?:or|and)\s+(?:you|your|they|their|the|it|he|she|we|there)\b")


def clauses_as_conditions(body: str) -> list[Piece] | None:
    """Two clauses of one condition, each with its own subject, listed after what they are the condition
    of: 'If your breathing gets worse and your inhaler is not helping, call 111' -> 'Call 111 if:' and the
    two; 'You may get Pension Credit if you live in England, Scotland or Wales and you have reached State
    Pension age' likewise (a comma inside a clause is its own, read from the parse)."""
    doc = parse(body)
    marks = [t for t in doc if t.lower_ == "if"]
    # ('if there have been complaints or if the area is due to change': the same, with its own 'if')
    again = len(marks) == 2 and doc[marks[1].i - 1].lower_ in ("and", "or")
    # ('X, although (or but) it may take longer if A or B': the condition is the later clause's)
    if len(marks) != 1 + again or marks[0].dep_ != "mark" or marks[0].head.head.dep_ != "ROOT":
        return None
    mark = marks[0]
    joined = again and marks[1].dep_ == "mark" and marks[1].head.dep_ == "conj"
    second = marks[1].head if joined else None if again else _second_condition(mark)
    if second is None or second.head not in (mark.head, mark.head.head) or _words(body) <= TARGET_WORDS:
        return None
    link = doc[second.left_edge.i - 1]
    stop = max(t.i for t in second.subtree if not t.is_punct)
    while stop + 1 < len(doc) and doc[stop + 1].text in _CLOSING:  # '... to the United Kingdom (UK)': its bracket
        stop += 1
    if mark.i == 0 and stop + 1 < len(doc) and doc[stop + 1].text == ",":
        main = _text(doc[stop + 2 :])
    # ('You cannot do both: if you pay, the case is closed': after a colon the condition explains, and has its own)
    elif mark.i > 0 and stop >= max(t.i for t in doc if not t.is_punct) and doc[mark.i - 1].text not in (",", ":"):
        main = _text(doc[: mark.i])
    else:
        return None
    items = [_text(doc[mark.i + 1 : link.i]), _text(doc[second.left_edge.i + again : stop + 1])]
    # ('if they can, and if it is safe': 'they can' alone is no condition to read)
    long_or_cut = any(_words(i) > LONGEST_SEMICOLON_ITEM or _ELLIPTICAL.search(i) for i in items)
    # ('unless the fire is in your flat or smoke or heat is affecting you': 'smoke or heat' is one subject, which the
    # parse cut after its first word)
    bare = [t for t in (doc[link.i - 1], doc[second.left_edge.i]) if t.pos_ == "NOUN" and not t.n_lefts]
    long_or_cut = long_or_cut or (len(bare) == 2 and doc[link.i - 2].lower_ in ("or", "and"))
    # ('tell us if A, or if B, because this may mean X': the reason is both conditions', said after the list)
    # (', as these can be signs of X': 'as' before a clause's subject gives the reason too)
    reason = re.search(r",\s+(?:because|as(?=\s+(?:these|this|they|it|there|we|you)\s))\s+(.+)$", items[-1])
    tail = [f"This is because {reason[1]}."] if reason else []
    items[-1] = items[-1][: reason.start()] if reason else items[-1]
    # ('a new cooker if yours has broken and you cannot replace it, which our supplier will fit': the cooker's)
    long_or_cut = long_or_cut or re.search(r"\b(?:it|them),\s+(?:which|who|whose)\s", items[-1]) is not None
    # ('See your GP if A and B, and tell them X': an order after the last condition is the main clause's)
    ordered = re.search(r",\s+and\s+(?:tell|ask|call|let|show|take|bring|keep)\b", items[-1]) is not None
    # ('unless there is an outbreak and the school asks you to, or your child is unwell': a third case, one level up)
    long_or_cut = long_or_cut or ordered or _CASE_AFTER_A_COMMA.search(items[-1]) is not None
    if not main or _words(main) > LONGEST_ITEM or long_or_cut:
        return None
    # ('If you get a PCN and you think it is wrong, you can challenge it': said first, 'it' would come before the
    # notice it means)
    pointers = r"\b(?:it|its|them|they|their|this|these|one|his|her|him)\b"
    pointing = mark.i == 0 and re.search(pointers, main, re.IGNORECASE) is not None
    # ('you will be running an unlicensed HMO, which is a criminal offence': said before 'if:', the condition would
    # seem the clause's)
    pointing = pointing or (mark.i == 0 and re.search(r",\s+(?:which|who)\b[^,]*$", main) is not None)
    if pointing or ASKS_IF.search(main) or not all(stands_alone(f"{t[0].upper()}{t[1:]}.") for t in (main, *items)):
        return None
    first = _each_said(items[0]) or [items[0]]
    listed = (*first[:-1], f"{first[-1]}, {link.lower_}", items[1])
    return [Bullets(intro=f"{main[0].upper()}{main[1:]} if:", items=listed), *tail]


_FEWEST_SAID = 3  # things said of one subject, listed after its verb, that each make an item of their own


def _each_said(item: str) -> list[str] | None:
    """A condition that lists what its subject is ('you are under 16, aged 60 or over, pregnant') as one condition
    for each ('you are under 16', 'you are aged 60 or over', 'you are pregnant'); None for any other."""
    doc = parse(item)
    if len(doc) < 3 or doc[0].dep_ not in SUBJECTS or doc[1].lemma_ != "be" or doc[1].dep_ != "ROOT":
        return None
    rest = [c.strip() for c in _text(doc[2:]).rstrip(",").split(",")]
    rest = [re.sub(r"^(?:and|or)\s+", "", c) for c in rest]
    verbless = not any(is_finite(t) for t in doc[2:])
    if len(rest) < _FEWEST_SAID or not verbless or not all(0 < _words(c) <= _FEWEST_SAID + 2 for c in rest):
        return None
    return [f"{doc[0].text} {doc[1].text} {c}" for c in rest]


def _second_condition(mark: Token) -> Token | None:
    """The verb of a second clause with its own subject joined to an 'if' clause by 'and' or 'or' alone: the
    clause's own conjunct, or (as the small model may hang it on the main verb) a conjunct of the main verb
    after the condition with the same subject and no helper but 'can' of its own ('if you live in X and you
    have reached Y', 'and you can still be recognised'; never 'if you ask and we will call you back')."""
    clause = mark.head
    joined = [c for c in clause.children if c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children)]
    subject = next((c.lower_ for c in clause.children if c.dep_ in SUBJECTS), None)
    if not joined and mark.i > 0 and subject is not None:
        joined = [
            c for c in clause.head.children
            if c.dep_ == "conj" and c.i > clause.i
            and not any(g.tag_ == "MD" and g.lower_ not in ("can", "could") for g in c.children)
            and [g.lower_ for g in c.children if g.dep_ in SUBJECTS] == [subject]
        ]  # fmt: skip
    if len(joined) != 1 or joined[0].left_edge.i < 2:
        return None
    link = mark.doc[joined[0].left_edge.i - 1]
    alone = mark.doc[link.i - 1].text != ","  # ('if A, and B': after a comma, B may be a sentence of its own)
    return joined[0] if link.lower_ in ("and", "or") and link.dep_ == "cc" and alone else None

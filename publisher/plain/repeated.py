"""Clauses or phrases that each open with the same word, listed as bullets: 'The caller may say that A, that B, or
that C' -> 'The caller may say that:' and the three."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from .chunks import _comma_chunks, _has_verb
from .clause_lists import LONGEST_SEMICOLON_ITEM
from .parse import stands_alone
from .parser import parse, verb_lemma
from .series import Bullets, Piece
from .syntax import _text, _words
from .wording import LONG_SENTENCE

if TYPE_CHECKING:
    from spacy.tokens import Token


_CONDITION_WORDS = frozenset({"if", "where", "when", "before", "after"})
_REPEATED = frozenset({"that", "to", "whether", "at", "by", "who", "because", "for"}) | _CONDITION_WORDS


def _items_whole(rest: list[list[Token]], word: str) -> list[list[Token]]:
    """The chunks after the first item with the commas inside an item mended: a 'which' clause stays with the
    item before it ('by filling in a paper copy, which is available at every library'), and so do the last
    item's own words ('or if their skin, tongue or lips are blue')."""
    mended: list[list[Token]] = []
    # ('or who cannot give you a receipt with their name, address and number': the last item's list is its own)
    last = max((k for k, c in enumerate(rest) if c and c[0].lower_ == word), default=len(rest))
    for index, chunk in enumerate(rest):
        aside = chunk and chunk[0].lower_ in ("which", "who") and chunk[0].lower_ != word
        # ('if it is blocking a road, pavement or street sign, or if X': a list inside an item between others)
        # (or things with a clause of their own: 'because of pain, breathlessness or the time that it takes, or if X')
        aside = aside or (0 < index < last and chunk and chunk[0].lower_ != word and not _has_verb(_unclaused(chunk)))
        own = index > last or (index == len(rest) - 1 and chunk and chunk[0].lower_ != word)
        inside = chunk and own and chunk[0].tag_ in ("NN", "NNS", "JJ")
        if mended and (aside or (inside and len(mended) > 1)):
            mended[-1] = [*mended[-1], chunk[0].doc[chunk[0].i - 1], *chunk]
        else:
            mended.append(chunk)
    return mended


def _unclaused(chunk: list[Token]) -> list[Token]:
    """A thing's words before a clause of its own that says which one ('the time | that it takes'); all of them when
    they open as no thing does."""
    if chunk[0].tag_ not in ("NN", "NNS", "DT", "JJ"):
        return chunk
    return next((chunk[:k] for k, t in enumerate(chunk) if t.tag_ in ("WDT", "WP") or t.lower_ == "that"), chunk)


def repeated_as_bullets(body: str) -> list[Piece] | None:
    """Three or more clauses or phrases that each open with 'that', 'to', 'whether', 'if', 'at' or 'by' become
    bullets: 'The caller may say that A, that B, or that C' -> 'The caller may say that:' and the three;
    'Residents are asked to lock their doors, to leave a light on, and to mark their things' -> 'Residents are
    asked to:' and the three; 'X, for example if A, if B, or if C' -> 'X.' 'For example, this could be if:' and
    the three. A 'which' clause after an item stays with it."""
    doc = parse(body)
    chunks = [c for c in _comma_chunks(doc) if c]
    # ('There are reasons why you cannot give blood, for example if A, if B, or if C': the examples listed)
    example = len(chunks) > 2 and [t.lower_ for t in chunks[1][:2]] in (["for", "example"], ["for", "instance"])
    main = _text(chunks[0]) if example else ""
    chunks = [chunks[1][2:], *chunks[2:]] if example else chunks
    rest = [c[1:] if c[0].lower_ in ("and", "or") else c for c in chunks[1:]]
    link = next((c[0].lower_ for c in chunks[1:] if c[0].lower_ in ("and", "or")), "and")
    # ('if it is dead, dying or dangerous, if it is blocking X, or if Y': the first item's own list goes with it)
    own = next((k for k, c in enumerate(rest) if c and c[0].lower_ in _REPEATED), 0)
    # ('in a street where there is a scheme, on a bend or junction, or where X': a place of its own is no list of the
    # first item's)
    # ('if you are 60 or over, under 16, or 16 to 18, if X, or if Y': an age 'under' a number is one of the first's)
    own_list = all(rest[:own]) and not any(
        _has_verb(c) or (c[0].pos_ == "ADP" and not (len(c) > 1 and c[1].like_num)) for c in rest[:own]
    )
    # ('if you, or your partner, get A, B or C, or if X': a first condition with no verb yet goes on past its commas)
    opened = [t.i for t in chunks[0] if rest and own < len(rest) and rest[own] and t.lower_ == rest[own][0].lower_]
    unfinished = bool(opened) and not _has_verb(list(doc[opened[-1] + 1 : chunks[0][-1].i + 1]))
    own_list = own_list or (unfinished and all(rest[:own]) and _has_verb([t for c in rest[:own] for t in c]))
    if 0 < own < len(rest) and own_list:
        chunks[: own + 1] = [list(doc[chunks[0][0].i : rest[own - 1][-1].i + 1])]
        rest = rest[own:]
    word = rest[0][0].lower_ if rest and rest[0] else ""
    rest = _items_whole(rest, word)
    # ('We will not approve it where there is a tree, a post or a sign in the way, or where X': two conditions, each
    # with its own word, listed in a long sentence)
    # ('if the DWP agrees there is a good reason - for example, if you are unwell': the second is an example)
    example_before = re.search(r"(?:for example|for instance|such as|[–—-])\s*$", _text(chunks[-2]) if rest else "")
    two = word in _CONDITION_WORDS and rest and _words(body) > LONG_SENTENCE and not example_before
    # ('who are A, or who are B, and who make C': (A or B) and C, which no one list says)
    both_links = {c[0].lower_ for c in chunks[1:] if c[0].lower_ in ("and", "or")} == {"and", "or"}
    if word not in _REPEATED or len(rest) < 2 - bool(two) or any(not c or c[0].lower_ != word for c in rest):
        return None
    first = chunks[0]
    # ('to sell A, which are for X, to members of the public': a 'to' before a thing is no item of a list of 'to do's)
    places = word == "to" and len({len(c) > 1 and c[1].pos_ in ("VERB", "AUX") for c in rest}) > 1
    # ('ask visitors to stay away, or to visit only one resident, to stop the virus spreading': after the list's own
    # 'or', a 'to' says what the list is for)
    linked = next((k for k, c in enumerate(chunks[1:]) if c[0].lower_ in ("and", "or")), len(chunks))
    after = any(c[0].lower_ == word for c in chunks[linked + 2 :])
    if both_links or places or after or (word == "to" and _purpose_between([first, *rest])):
        return None
    split = next((k for k, t in enumerate(first) if t.lower_ == word), None)
    # ('Be wary of anyone who:' is no sentence without its first item, whom 'who' says which)
    lead_said = _text(first) if word == "who" else main or _text(first[:split])
    if split is None or not stands_alone(f"{lead_said}."):
        return None
    items = [_text(first[split + 1 :]), *(_text(c[1:]) for c in rest)]
    # ('to the carer and, where possible, to the parents': the aside after the link is the next item's)
    for k in range(len(items) - 1):
        aside_after = re.fullmatch(r"(?P<item>.+?)\s+(?:and|or),\s+(?P<aside>[^,]+)", items[k])
        if aside_after is not None:
            items[k], items[k + 1] = aside_after["item"], f"{aside_after['aside']}, {items[k + 1]}"
    # ('and if you do not follow it you could be fined': a condition with no comma before what follows from it)
    unmarked = word in _CONDITION_WORDS and any(_MAIN_CLAUSE_INSIDE.search(i) for i in items)
    too_long = any(not i or _words(i) > LONGEST_SEMICOLON_ITEM for i in items)
    # ('if you can bring their passport or driving licence, if they had one': a short second condition that points
    # back is the last thing's own, no second case)
    too_long = too_long or (
        len(items) == 2 and _words(items[1]) <= 4 and re.search(r"\b(?:one|it|them|so)$", items[1]) is not None
    )
    if too_long or unmarked or _list_of_an_inner_clause(first, split, word):
        return None
    # ('if A, if B or if C': with no comma before its link, the last word said again opens an item of its own)
    closing = re.search(rf"\s(?P<link>and|or)\s+{re.escape(word)}\s", items[-1])
    if closing is not None:
        items[-1:], link = [items[-1][: closing.start()], items[-1][closing.end() :]], closing["link"]
    # ('if A, if B, or if C': any one will do)
    if example or (word in ("by", "who", "because", *_CONDITION_WORDS) and link == "or"):
        items[-2] = f"{items[-2]}, {link}"
    # ('because A, because B, or because of C': 'because' stays with each, as 'because of' is no 'because')
    # ('by pleading online, by post, or by coming to court': a way that is no doing keeps its 'by', as all then do)
    doings = {i.split(maxsplit=1)[0].endswith("ing") for i in items if i}
    told = f" {word}" if not any(i.startswith("of ") for i in items) and not (word == "by" and len(doings) > 1) else ""
    items = items if told else [f"{word} {i}" for i in items]
    if example:
        return [
            f"{main[0].upper()}{main[1:]}.",
            Bullets(intro=f"For example, this could be{told}:", items=tuple(items)),
        ]
    lead = _text(first[: split + 1]) if told else _text(first[:split])
    return [Bullets(intro=f"{lead[0].upper()}{lead[1:]}:", items=tuple(items))]


_MAIN_CLAUSE_INSIDE = re.compile(
    r"\b(?!(?:that|and|or|if|when|so|because|which|who|where|unless|until|whether|than|as)\b)[a-z]+\s+"
    r"(?:you|we|they|he|she)\s+(?:could|can|will|would|may|might|must|should)\s+(?:be\s+)?[a-z]+"
)
_INNER_OPENERS = frozenset({"which", "such", "including", "like", "example", "instance"})


def _list_of_an_inner_clause(first: list[Token], split: int, word: str) -> bool:
    """Whether the repeated word comes again in the first item after a clause or examples open there ('to tell us
    what you will do, which could be to reduce it, to remove it, or to apply': the list is what it could be)."""
    opened = next((k for k, t in enumerate(first) if k > split and t.lower_ in _INNER_OPENERS), None)
    return opened is not None and any(t.lower_ == word for t in first[opened + 1 :])


_AIMS = frozenset({"avoid", "prevent", "stop", "reduce", "protect", "ease", "ensure", "lower", "limit"})


def _purpose_between(chunks: list[list[Token]]) -> bool:
    """Whether a 'to' item says what the action before it is for ('to drink plenty of fluid, to avoid dehydration,
    and to take paracetamol': two things to do, the first with its purpose), not a thing to do of its own."""
    verbs = [next((t.head for t in c if t.lower_ == "to" and t.dep_ == "aux"), None) for c in chunks]
    # (the parse may take the purpose for an item or for the verb's own: the words say which)
    return any(
        verb is not None and before is not None and verb_lemma(verb) in _AIMS and verb_lemma(before) not in _AIMS
        for before, verb in pairwise(verbs[:-1])
    )

"""A sentence's words in groups between its commas, and what a group reads as: a thing, a list's last two things,
one list the parse joins."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUN_PHRASE_START = frozenset({"DT", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "CD", "WP", "WRB"})


def _last_two(chunk: list[Token]) -> list[list[Token]]:
    """A list's last words between commas as its last two things when no comma comes before the 'and' ('A, B, C
    and D'): the 'and' must join the head of the words to a noun ('details of the alarms and the smoke detectors'
    stays one thing, its 'and' inside the 'of')."""
    if not chunk or chunk[0].lower_ in ("and", "or"):
        return [chunk]
    inside = {t.i for t in chunk}
    heads = [t for t in chunk if t.head.i not in inside or t.head == t]
    if len(heads) != 1:
        return [chunk]
    joins = [c for c in heads[0].children if c.dep_ == "cc" and c.lower_ in ("and", "or")]
    things = [c for c in heads[0].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    if len(joins) != 1 or len(things) != 1 or not joins[0].i < things[0].left_edge.i:
        return [chunk]
    at = joins[0].i - chunk[0].i
    return [chunk[:at], chunk[at:]]


def _one_list(chunks: list[list[Token]]) -> bool:
    """Whether the parse joins each thing between commas to the first one ('a floor plan, a gas certificate, an
    electrical report': not 'checks with the police, your doctor, your council', where the later things were
    the verb's own and may be the 'with''s)."""
    inside = [{t.i for t in c} for c in chunks]
    heads = [next((t for t in c if t.head.i not in ids), None) for c, ids in zip(chunks, inside, strict=True)]
    first = heads[0]
    for head in heads[1:]:
        joined = head
        while joined is not None and joined.dep_ in ("conj", "appos") and joined != first:
            joined = joined.head
        if joined is None or joined != first:
            return False
    return True


def _is_such_as(token: Token) -> bool:
    """Whether a word is the 'as' of 'such as'."""
    return token.lower_ == "as" and token.i > 0 and token.nbor(-1).lower_ == "such"


def _a_noun_phrase(chunk: list[Token]) -> bool:
    """Whether words between commas open as a noun phrase does, or are a thing described by a participle
    ('blocked drains', 'damaged or missing road signs', which the small model may read as verbs; not
    'searched the driver' or 'arrested him')."""
    if not chunk or chunk[0].tag_ in _NOUN_PHRASE_START:
        return bool(chunk)
    described = chunk[0].tag_ in ("VBN", "VBD") and chunk[-1].pos_ in ("NOUN", "PROPN")
    return described and not any(t.tag_ in ("DT", "PRP$", "PRP", "IN", "TO") for t in chunk)


def _runs_on(doc: Doc, from_commas: bool = False) -> bool:
    """Whether a describing word before a comma goes with a noun after it ('heavy sweating and pale, clammy
    skin': a list read from its commas would cut the skin from its words)."""
    return bool(running_on(doc, from_commas))


def running_on(doc: Doc, from_commas: bool = False) -> list[Token]:
    """The describing words before a comma that go with a noun after it (see _runs_on)."""
    found = []
    for t in doc[1:-2]:
        # ('milk, fresh, frozen and tinned fruit': after a comma too, read from commas, a word that describes a
        # noun further on)
        listed = doc[t.i - 1].text == "," and not (from_commas and t.dep_ == "amod")
        if t.pos_ != "ADJ" or t.dep_ == "acomp" or doc[t.i + 1].text != "," or listed:
            continue
        if t.head.i > t.i + 1 or doc[t.i + 2].pos_ == "ADJ":  # 'pale, clammy skin', 'and red, sore, watery eyes'
            found.append(t)
    return found


def _comma_chunks(tokens: Iterable[Token]) -> list[list[Token]]:
    """Tokens in groups between the commas outside brackets."""
    chunks: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        depth += (token.text == "(") - (token.text == ")")
        # 'every 1, 2 or 3 years': numbers in a row are one item
        if token.text == "," and 0 < token.i < len(token.doc) - 1:
            numbers = token.doc[token.i - 1].like_num and token.doc[token.i + 1].like_num
            numbers = numbers or _between_describing_words(token)
        else:
            numbers = False
        if token.text == "," and depth == 0 and not numbers:
            chunks.append([])
        else:
            chunks[-1].append(token)
    return chunks


def _between_describing_words(comma: Token) -> bool:
    """Whether a comma is between describing words of one noun after it ('a sore, red or swollen arm')."""
    before, after = comma.doc[comma.i - 1], comma.doc[comma.i + 1]
    # ('a 25-metre, 8-lane pool': measures joined by hyphens describe the noun after them)
    doc = comma.doc
    measures = comma.i >= 3 and doc[comma.i - 2].text == "-" and doc[comma.i - 3].like_num
    if measures and after.like_num and comma.i + 2 < len(doc) and doc[comma.i + 2].text == "-":
        return True
    return before.tag_ == "JJ" and before.dep_ == "amod" and before.head.i > comma.i and after.tag_ == "JJ"


def _has_verb(tokens: list[Token]) -> bool:
    """Whether some tokens hold a finite verb."""
    return any(t.tag_ in ("VBP", "VBZ", "VBD", "MD") for t in tokens)


def describers_kept(chunks: list[list[Token]]) -> list[list[Token]]:
    """Comma chunks with a describing word alone between commas put back on the chunk after it, whose noun it
    describes ('a runny nose, itchy, red or watery eyes': one item)."""
    kept: list[list[Token]] = []
    for chunk in reversed(chunks):
        if kept and len(chunk) == 1 and chunk[0].pos_ == "ADJ" and kept[0]:
            kept[0] = list(chunk[0].doc[chunk[0].i : kept[0][-1].i + 1])
        else:
            kept.insert(0, chunk)
    return kept


def nested_last(chunks: list[list[Token]]) -> list[list[Token]] | None:
    """Comma chunks with the list's last item made whole again where it holds a short list of its own ('A, B, and the
    make, model and registration number of your car'); None where there is no such item."""
    closing = next((k for k, c in enumerate(chunks) if k >= 2 and c and c[0].lower_ in ("and", "or")), None)
    if closing is None or closing == len(chunks) - 1 or not chunks[-1]:
        return None
    inner = chunks[closing + 1 : -1]
    if any(len(c) > 2 for c in inner) or not any(t.lower_ in ("and", "or") for t in chunks[-1]):
        return None
    doc = chunks[-1][0].doc
    return [*chunks[:closing], list(doc[chunks[closing][0].i : chunks[-1][-1].i + 1])]

"""A list's lead given the words of its first item that every item shares: 'pay for:' 'vaccines against rabies' /
'yellow fever' -> 'pay for vaccines against:' 'rabies' / 'yellow fever'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parser import parse
from .series import Bullets, Piece

if TYPE_CHECKING:
    from spacy.tokens import Span


def lead_from_the_first(body: str, pieces: list[Piece] | None) -> list[Piece] | None:
    """Pieces whose lists, where the parse joins every later item to the object of a preposition inside the first,
    lead with the first item's words up to that preposition ('pay for:' 'vaccines against rabies' / 'yellow fever'
    -> 'pay for vaccines against:' 'rabies' / 'yellow fever': the vaccines are against each), where the preposition
    says what the thing is aimed at and the later items are bare things."""
    return [_lead_mended(body, p) if isinstance(p, Bullets) else p for p in pieces] if pieces else pieces


def _lead_mended(body: str, bullets: Bullets) -> Bullets:
    """A list's bullets, the first item's words before the object every later item is joined to given to the lead."""
    spans = spans_of(body, bullets.items)
    if spans is None:
        return bullets
    first = spans[0]
    # (the word inside the first item that each later one hangs from, through conjuncts and the parse's misreads)
    # (an item the parse hung outside the list, as it may the last, says nothing; the second must say it)
    heads = [next((a for a in span.root.ancestors if first.start <= a.i < first.end), None) for span in spans[1:]]
    head = heads[0]
    if head is None or any(h not in (head, None) for h in heads):
        return bullets
    start = head.left_edge.i
    opener = head.doc[start - 1] if start > 0 else None
    if (
        opener is None
        or not first.start < start < first.end
        or head.dep_ != "pobj"
        or opener != head.head
        or opener.lower_ not in _AIMED_AT
        or any(span[0].pos_ in ("DET", "PRON") for span in spans[1:])
        or opener.head.pos_ not in ("NOUN", "PROPN")
    ):
        return bullets
    intro = f"{bullets.intro.rstrip(':')} {head.doc[first.start : start].text}:"
    return Bullets(intro=intro, items=(head.doc[start : first.end].text, *bullets.items[1:]))


# Prepositions that say what a thing is aimed at, whose object a list of bare things goes on ('vaccines against
# rabies, yellow fever and cholera'); after 'of' or 'for' the small model joins as readily a list that is not the
# object's ('testing and treatment for infections, contraception and advice').
_AIMED_AT = frozenset({"against", "towards", "toward"})


def spans_of(body: str, items: tuple[str, ...]) -> list[Span] | None:
    """The parse's spans of a list's items in the sentence they were read from, or None where one is not found."""
    doc, start, spans = parse(body), 0, []
    for item in items:
        found = body.find(item, start)
        span = doc.char_span(found, found + len(item), alignment_mode="expand") if found >= 0 else None
        if span is None or not len(span):
            return None
        spans.append(span)
        start = found + len(item)
    return spans

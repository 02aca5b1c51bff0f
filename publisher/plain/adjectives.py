"""Describing words a list's commas parted: 'with sore, red eyes' is one thing, never 'with sore' and 'red eyes'."""

from __future__ import annotations

from .parser import parse
from .series import Bullets, Piece


def adjectives_kept(pieces: list[Piece] | None, body: str) -> list[Piece] | None:
    """Pieces whose bullets have an item that ends on a describing word joined again to the next, where that next
    item opens with another describing word of the same noun ('sore', 'red eyes' -> 'sore, red eyes')."""
    if pieces is None:
        return None
    return [Bullets(p.intro, _rejoined(list(p.items), body)) if isinstance(p, Bullets) else p for p in pieces]


def _rejoined(items: list[str], body: str) -> tuple[str, ...]:
    """Items with each one that ends on a describing word parted from its noun joined to the next."""
    kept: list[str] = []
    for item in items:
        if kept and _parted(kept[-1], item, body):
            kept[-1] = f"{kept[-1]}, {item}"
        else:
            kept.append(item)
    return tuple(kept)


def _parted(first: str, second: str, body: str) -> bool:
    """Whether 'first, second' in the sentence is two describing words before one noun ('dry, itchy skin')."""
    at = body.find(f"{first}, {second}")
    if at < 0 or first.endswith((", or", ", and")):
        return False
    doc = parse(body)
    end = at + len(first)
    last = next((t for t in doc if t.idx + len(t.text) == end), None)
    after = next((t for t in doc if t.idx == end + 2), None)
    if last is None or after is None or last.tag_ != "JJ" or after.tag_ != "JJ":
        return False
    noun = after.head
    return noun.pos_ == "NOUN" and noun.i > after.i and all(t.tag_ in ("JJ", "RB", ",") for t in doc[after.i : noun.i])

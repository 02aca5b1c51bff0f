"""A source as loaded (Loaded) and as read (Parsed): a title, metadata, and sections of blocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from publisher.model import Block


@dataclass(frozen=True)
class Parsed:
    """A source read into structure, before titles and slugs are settled; dropped lists the lines left
    out as page furniture."""

    title: str | None
    sections: tuple[tuple[str | None, tuple[Block, ...]], ...]
    metadata: tuple[tuple[str, str], ...] = ()
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Loaded:
    """A source's text before it is read into structure: its format, its name as given, when it changed,
    and (for a feed's entry) the title and metadata the feed gave it."""

    text: str
    kind: str
    name: str
    modified: datetime | None
    title: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()


def nested_items(levelled: list[tuple[int, str]]) -> list[str]:
    """A list's items from (depth, text) pairs, nested items flat: an item that leads into the items under it
    ('get PIP and scored:') is said with each of them ('get PIP and scored 8 points in X'), so that no item
    reads as a thing of its own that was only part of another; other nested items follow their parent."""
    said: list[tuple[int, str]] = []
    leads: list[tuple[int, str]] = []
    for depth, text in levelled:
        while leads and leads[-1][0] >= depth:
            leads.pop()
        whole = f"{leads[-1][1][:-1].rstrip()} {text}" if leads else text
        said.append((depth, whole))
        if text.endswith(":"):
            leads.append((depth, whole))
    after = [*(depth for depth, _ in said[1:]), -1]
    return [
        text
        for (depth, text), next_depth in zip(said, after, strict=True)
        if not (text.endswith(":") and next_depth > depth)
    ]

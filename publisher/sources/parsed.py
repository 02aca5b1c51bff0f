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

"""What every reader returns: a title, metadata, and sections of blocks (titled where the source said)."""

from __future__ import annotations

from dataclasses import dataclass

from publisher.model import Block


@dataclass(frozen=True)
class Parsed:
    """A source read into structure, before titles and slugs are settled; dropped lists the lines left
    out as page furniture."""

    title: str | None
    sections: tuple[tuple[str | None, tuple[Block, ...]], ...]
    metadata: tuple[tuple[str, str], ...] = ()
    dropped: tuple[str, ...] = ()

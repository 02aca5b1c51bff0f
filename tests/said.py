"""What the easy-read rules make of one sentence, or of a file, as the unseen-guard tests compare it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publisher.plain import restructure, rewrite_document
from publisher.sources import load_sources, parse_source

if TYPE_CHECKING:
    from pathlib import Path


def restructured(sentence: str) -> list[str]:
    """The sentence's easy-read pieces, a bullet list shown as 'intro item / item / ...'."""
    pieces, _ = restructure(sentence)
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


def easy_read_lines(path: Path, text: str) -> list[str]:
    """Every line of the easy read of a text written to a file, as a user's file would be read."""
    path.write_text(text, encoding="utf-8")
    document = rewrite_document(parse_source(load_sources(str(path))[0]))
    return [item for section in document.sections for block in section.blocks for item in block.items]

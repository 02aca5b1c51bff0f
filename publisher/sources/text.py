"""Plain-text factsheets: sections from runs of blank lines, bullets from bullet characters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from publisher.model import Block

from .chrome import BYLINE, is_chrome

_SECTION_GAP = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*(?:[•●▪‣◦∙·]|[-*–](?=\s))\s*")
_HEADERISH_MAX_WORDS = 15


@dataclass(frozen=True)
class ParsedText:
    """A text's title (if its header gave one) and its sections as blocks."""

    title: str | None
    site: str | None
    sections: tuple[tuple[Block, ...], ...]


def _is_headerish(paragraph: str) -> bool:
    """A single short line with no closing punctuation, like a title or a site name."""
    return (
        "\n" not in paragraph
        and len(paragraph.split()) <= _HEADERISH_MAX_WORDS
        and not paragraph.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and not _BULLET.match(paragraph)
    )


def _split_header(chunk: str, more: bool) -> tuple[str | None, str | None, str]:
    """Take the title (and a site name before it) off the front of the first chunk of text."""
    lines = chunk.split("\n")
    header: list[str] = []
    consumed = 0
    for index, line in enumerate(lines):
        if BYLINE.match(line):
            consumed = index + 1
            break
        if line.strip() and not is_chrome(line) and not _is_headerish(line):
            break
        if line.strip() and not is_chrome(line):
            header.append(line.strip())
        consumed = index + 1
    rest = "\n".join(lines[consumed:])
    if not header or (not rest.strip() and not more):
        # No title line, or nothing but short lines: keep them all as content.
        return None, None, chunk
    return header[-1], (header[-2] if len(header) > 1 else None), rest


def _to_blocks(paragraphs: list[str]) -> tuple[Block, ...]:
    """Paragraph text to blocks: wrapped lines joined, bullet lines gathered into lists."""
    blocks: list[Block] = []
    for paragraph in paragraphs:
        prose: list[str] = []
        for line in paragraph.split("\n"):
            if is_chrome(line) or not line.strip():
                continue
            bullet = _BULLET.match(line)
            if bullet:
                if prose:
                    blocks.append(Block("paragraph", (" ".join(prose),)))
                    prose = []
                item = " ".join(line[bullet.end() :].split())
                if item and blocks and blocks[-1].kind == "bullets":
                    blocks[-1] = Block("bullets", (*blocks[-1].items, item))
                elif item:
                    blocks.append(Block("bullets", (item,)))
            else:
                prose.append(" ".join(line.split()))
        if prose:
            blocks.append(Block("paragraph", (" ".join(prose),)))
    return tuple(blocks)


def parse_text(text: str) -> ParsedText:
    """Split normalised text into a header and sections of blocks."""
    chunks = [c for c in _SECTION_GAP.split(text.strip("\n")) if c.strip()]
    if not chunks:
        return ParsedText(None, None, ())
    title, site, chunks[0] = _split_header(chunks[0], more=len(chunks) > 1)
    sections = (_to_blocks([p.strip() for p in _PARAGRAPH_GAP.split(c)]) for c in chunks)
    return ParsedText(title, site, tuple(s for s in sections if s))

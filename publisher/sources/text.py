"""Plain-text factsheets: sections at heading lines (else at runs of blank lines), lists from bullet
characters and numbers, and quotations after "said:"."""

from __future__ import annotations

import re

from publisher.model import Block, BlockKind

from .chrome import BYLINE, is_chrome
from .parsed import Parsed

_SECTION_GAP = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*(?:[•●▪‣◦∙·]|[-*–](?=\s))\s*")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+")
_HEADERISH_MAX_WORDS = 15
_HEADING_MAX_WORDS = 12
_WORDS_PER_SECTION = 180  # for text with no headings and no gaps: sections of about this length


def _is_headerish(line: str) -> bool:
    """A single short line with no closing punctuation, like a title or a site name."""
    return (
        "\n" not in line.strip()
        and len(line.split()) <= _HEADERISH_MAX_WORDS
        and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and not _BULLET.match(line)
    )


def _is_heading(paragraph: str) -> bool:
    """A heading line: one short line that starts with a capital (or a digit) and does not end a sentence."""
    text = paragraph.strip()
    return (
        bool(text)
        and "\n" not in text
        and len(text.split()) <= _HEADING_MAX_WORDS
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", "!", ":", ";", ","))
        and not _BULLET.match(text)
        and not _NUMBERED.match(text)
        and not is_chrome(text)
    )


def _split_header(text: str) -> tuple[str | None, str | None, str]:
    """Take the title (and a site name) off the front: short single-line paragraphs before the body.

    With a "Posted by:" byline (blogs), the title is the line just before it and a line above that is
    the site's name. Without one, the first line is the title and the lines after it stay in the body,
    where they can be headings.
    """
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n](?:.|\n(?![ \t]*\n))*", text)]
    header: list[tuple[str, int]] = []
    for start, end in paragraphs:
        lines = [line for line in text[start:end].split("\n") if line.strip()]
        if any(BYLINE.match(line) for line in lines):
            if not header:
                return None, None, text
            site = header[-2][0] if len(header) > 1 else None
            return header[-1][0], site, text[end:]
        if not all(is_chrome(line) or _is_headerish(line) for line in lines):
            break
        header += [(line.strip(), end) for line in lines if not is_chrome(line)]
    if not header:
        return None, None, text
    title, end = header[0]
    rest = text[text.index(title) + len(title) :]
    return (title, None, rest) if rest.strip() else (None, None, text)


def _to_blocks(paragraphs: list[str]) -> tuple[Block, ...]:
    """Paragraphs to blocks: wrapped lines joined; bullet and numbered lines gathered into lists; the
    paragraph after one that ends "said:" kept as a quotation."""
    blocks: list[Block] = []
    quote_next = False
    for paragraph in paragraphs:
        prose: list[str] = []
        for line in paragraph.split("\n"):
            if is_chrome(line) or not line.strip():
                continue
            marker = _BULLET.match(line) or _NUMBERED.match(line)
            if marker:
                kind: BlockKind = "bullets" if _BULLET.match(line) else "numbered"
                if prose:
                    blocks.append(Block("paragraph", (" ".join(prose),)))
                    prose = []
                item = " ".join(line[marker.end() :].split())
                if item and blocks and blocks[-1].kind == kind:
                    blocks[-1] = Block(kind, (*blocks[-1].items, item))
                elif item:
                    blocks.append(Block(kind, (item,)))
            else:
                prose.append(" ".join(line.split()))
        if prose:
            text = " ".join(prose)
            blocks.append(Block("quote" if quote_next else "paragraph", (text,)))
            quote_next = text.endswith("said:")
        else:
            quote_next = False
    return tuple(blocks)


def _by_length(paragraphs: list[str]) -> list[list[str]]:
    """Paragraphs grouped into sections of about _WORDS_PER_SECTION words."""
    groups: list[list[str]] = [[]]
    words = 0
    for paragraph in paragraphs:
        if words >= _WORDS_PER_SECTION and groups[-1]:
            groups.append([])
            words = 0
        groups[-1].append(paragraph)
        words += len(paragraph.split())
    return [g for g in groups if g]


def _separate(paragraph: str) -> list[str]:
    """A heading line or a "said:" line at the top of a paragraph, set apart from what follows it.

    "Parking charges" above "Parking costs £1.50." is a heading when the next line starts a sentence
    (a capital, a digit or a list marker); a wrapped line of prose is followed by a lowercase word.
    """
    lines = paragraph.split("\n")
    if len(lines) < 2:
        return [paragraph]
    first, rest = lines[0], "\n".join(lines[1:])
    follows = lines[1].lstrip()
    starts_anew = bool(follows) and (follows[0].isupper() or follows[0].isdigit() or follows[0] in "“\"'‘")
    starts_anew = starts_anew or bool(_BULLET.match(follows) or _NUMBERED.match(follows))
    if (_is_heading(first) or first.rstrip().endswith("said:")) and starts_anew:
        return [first, *_separate(rest)]
    return [paragraph]


def parse_text(text: str) -> Parsed:
    """Split normalised text into a title and titled (or untitled) sections of blocks."""
    text = text.strip("\n")
    if not _PARAGRAPH_GAP.search(text):
        text = "\n\n".join(text.split("\n"))  # no blank lines at all: every line is a paragraph
    title, site, body = _split_header(text)
    body = "\n".join(line for line in body.split("\n") if not is_chrome(line))
    chunks = [c for c in _SECTION_GAP.split(body.strip("\n")) if c.strip()]
    paragraphs = [
        part for c in chunks for p in _PARAGRAPH_GAP.split(c) if p.strip() for part in _separate(p.strip("\n"))
    ]
    headings = [i for i, p in enumerate(paragraphs) if _is_heading(p) and i + 1 < len(paragraphs)]
    headings = [i for i in headings if i + 1 not in headings]  # a heading is followed by text
    sections: list[tuple[str | None, list[str]]] = []
    if headings:
        if headings[0] > 0:
            sections.append((None, paragraphs[: headings[0]]))
        for start, end in zip(headings, [*headings[1:], len(paragraphs)], strict=True):
            sections.append((paragraphs[start].strip(), paragraphs[start + 1 : end]))
    elif len(chunks) > 1:
        sections = [(None, [p for p in _PARAGRAPH_GAP.split(c) if p.strip()]) for c in chunks]
    else:
        sections = [(None, group) for group in _by_length(paragraphs)]
    built = tuple((heading, _to_blocks(ps)) for heading, ps in sections)
    metadata = (("site", site),) if site else ()
    return Parsed(title, tuple((h, b) for h, b in built if b), metadata)

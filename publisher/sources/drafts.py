"""Drafts: the easy-read wording as Markdown an editor can change (`<source>.easy.md` beside the source).

A draft starts with a front matter block between `---` lines (source, fingerprint of the source text,
checked_by, checked_on); then `#` the title and a `##` heading per section, with the section's wording
as paragraphs, lists, quotations and tables. Each section's original wording sits in an HTML comment
under its heading: the editor sees it, the page never shows it, and its digest tells a later build
which sections the source has changed since the draft was made. Tables are shown for context and
published as the source has them: easy read never rewords data.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import replace
from pathlib import Path

from publisher.errors import SourceError
from publisher.model import Block, Document, Draft, DraftSection, blocks_digest

from .markdown import parse_markdown

FRONT_KEYS = ("source", "fingerprint", "checked_by", "checked_on")
_FRONT = re.compile(r"\A---\n(?P<front>.*?)\n---\n", re.DOTALL)
_FRONT_LINE = re.compile(r'(?P<key>[a-z_]+):\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<plain>[^"#]*?))\s*')
_ORIGINAL = re.compile(r"<!-- original wording \(digest (?P<digest>[0-9a-f]{16})\):\n(?P<text>.*?)\n-->", re.DOTALL)
_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_STARTS_BLOCK = re.compile(r"^(#|[-+>]\s|\d+[.)]\s)")

log = logging.getLogger(__name__)


def source_digest(text: str) -> str:
    """The fingerprint of a source's text that a draft records."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draft_path(source: str, slug: str = "") -> Path:
    """Where the draft of a source file sits: beside it, as <stem>.easy.md; for an entry of a feed
    file (source "feed.xml#id"), as <stem>.<the entry's slug>.easy.md."""
    path = Path(source.split("#", 1)[0])
    return path.with_name(f"{path.stem}.{slug}.easy.md" if "#" in source else f"{path.stem}.easy.md")


def _markdown_text(text: str) -> str:
    """Text as Markdown that reads back as the same text (characters Markdown would act on escaped)."""
    escaped = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return "\\" + escaped if _STARTS_BLOCK.match(escaped) else escaped


def _block_markdown(block: Block) -> str:
    """One block as Markdown."""
    if block.kind == "table":
        rows = [[_markdown_text(cell) for cell in row] for row in block.rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return "\n".join(lines)
    if block.kind == "bullets":
        return "\n".join(f"- {_markdown_text(item)}" for item in block.items)
    if block.kind == "numbered":
        return "\n".join(f"{n}. {_markdown_text(item)}" for n, item in enumerate(block.items, 1))
    text = " ".join(_markdown_text(item) for item in block.items)
    return f"> {text}" if block.kind == "quote" else text


def _plain_block(block: Block) -> str:
    """A block as plain lines, for reading in a comment."""
    if block.kind == "table":
        return "\n".join(" | ".join(row) for row in block.rows)
    if block.kind in ("bullets", "numbered"):
        marks = (
            ["-"] * len(block.items) if block.kind == "bullets" else [f"{n}." for n in range(1, len(block.items) + 1)]
        )
        return "\n".join(f"{mark} {item}" for mark, item in zip(marks, block.items, strict=True))
    return ("> " if block.kind == "quote" else "") + " ".join(block.items)


def _original_comment(blocks: tuple[Block, ...]) -> str:
    """A section's original wording in an HTML comment ("--" cannot stand inside one)."""
    words = "\n\n".join(_plain_block(block) for block in blocks)
    words = re.sub(r"-{2,}", "-", words)
    return f"<!-- original wording (digest {blocks_digest(blocks)}):\n{words}\n-->"


def _front_value(value: str) -> str:
    """A front matter value, quoted."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_draft(document: Document, source_text: str) -> str:
    """A document's easy-read wording (its sections already rewritten) as a draft to edit."""
    front = {"source": document.source, "fingerprint": source_digest(source_text), "checked_by": "", "checked_on": ""}
    parts = ["---", *(f"{key}: {_front_value(value)}" for key, value in front.items()), "---", ""]
    parts += [f"# {_markdown_text(document.title)}", ""]
    for section in document.sections:
        heading = section.original_title or section.title  # the source's title: it finds the section again
        parts += [f"## {_markdown_text(heading)}", "", _original_comment(section.original or section.blocks), ""]
        for block in section.blocks:
            parts += [_block_markdown(block), ""]
    return "\n".join(parts)


def _front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    """The front matter's values and the Markdown after it, or a SourceError naming what is wrong."""
    match = _FRONT.match(text)
    if not match:
        raise SourceError(f"draft {name} has no front matter: it must start with a '---' line, its keys, and '---'")
    values: dict[str, str] = {}
    for number, line in enumerate(match["front"].split("\n"), 2):
        entry = _FRONT_LINE.fullmatch(line)
        if not line.strip():
            continue
        if entry is None or entry["key"] not in FRONT_KEYS:
            raise SourceError(f'draft {name}, line {number}: expected one of {", ".join(FRONT_KEYS)}: "value"')
        quoted = entry["quoted"]
        values[entry["key"]] = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else entry["plain"] or ""
    missing = [key for key in ("source", "fingerprint") if not values.get(key)]
    if missing:
        raise SourceError(f"draft {name}: the front matter has no {' or '.join(missing)}")
    return values, text[match.end() :]


def with_draft(document: Document, source_text: str, path: Path) -> Document:
    """The document with the draft at path (its headings checked against the document's sections), or
    a SourceError naming what is wrong with the draft. A draft made from an earlier version of the
    source is used all the same, with a warning that names the sections that changed since."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad starts UTF-8 with a byte-order mark
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"draft {path} cannot be read ({error})") from error
    draft = read_draft(text, str(path))
    titles = {section.title: section for section in document.sections}
    for section in draft.sections:
        if section.title not in titles:
            known = "; ".join(titles)
            raise SourceError(
                f"draft {path}: heading '{section.title}' matches no section of {document.source} ({known})"
            )
    if draft.source_digest != source_digest(source_text):
        changed = [s.title for s in draft.sections if s.original_digest != blocks_digest(titles[s.title].blocks)]
        log.warning("%s was made from an earlier version of %s; sections changed since: %s", path, document.source,
                    "; ".join(changed) or "none")  # fmt: skip
    return replace(document, draft=draft)


def read_draft(text: str, name: str) -> Draft:
    """A draft's front matter and sections, or a SourceError with one line naming the problem."""
    values, body = _front_matter(text.replace("\r\n", "\n"), name)
    heading = re.compile(r"^##\s+(?P<title>[^\n]+)\n\s*" + _ORIGINAL.pattern, re.MULTILINE | re.DOTALL)
    digests = {" ".join(re.sub(r"\\(.)", r"\1", m["title"]).split()): m["digest"] for m in heading.finditer(body)}
    if re.search(r"<!--(?![\s\S]*?-->)", body):
        raise SourceError(f"draft {name}: a comment '<!--' is never closed with '-->'")
    parsed = parse_markdown(_ORIGINAL.sub("", body))
    sections = tuple(
        DraftSection(title=title, blocks=blocks, original_digest=digests.get(title, ""))
        for title, blocks in parsed.sections
        if title is not None
    )
    if any(title is None and blocks for title, blocks in parsed.sections):
        raise SourceError(f"draft {name}: there is text before the first '## ' section heading")
    return Draft(
        path=name,
        title=parsed.title,
        source_digest=values["fingerprint"],
        sections=sections,
        checked_by=values.get("checked_by", ""),
        checked_on=values.get("checked_on", ""),
    )

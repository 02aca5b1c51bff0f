"""Read a source file into a Document; one reader per format, chosen from a table."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from publisher.errors import SourceError
from publisher.model import Block, Document, Section

from .naming import derive_titles, make_unique, slugify
from .text import ParsedText, parse_text

__all__ = ["MAX_SOURCE_BYTES", "READERS", "decode_text", "read_source"]

MAX_SOURCE_BYTES = 20 * 1024 * 1024

Reader = Callable[[str], ParsedText]

# Suffix -> reader. Files with no suffix are read as text.
READERS: dict[str, Reader] = {".txt": parse_text, ".text": parse_text, "": parse_text}

_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file to normalised text; binary data raises SourceError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="strict")
    elif b"\x00" in data:
        raise SourceError(f"{name} is not a text file (it contains binary data)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as error:
                raise SourceError(f"{name} is not a text file (it is not UTF-8 text)") from error
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise SourceError(f"{name} is not a text file (it contains control characters)")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text.replace("\t", " ").replace("\u00a0", " ").replace("\u202f", " ")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, or a SourceError that says why they cannot be had."""
    name = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SourceError(f"{name} is a directory, not a factsheet file")
        if size > MAX_SOURCE_BYTES:
            raise SourceError(f"{name} is too large ({size:,} bytes; the limit is {MAX_SOURCE_BYTES:,})")
        return path.read_bytes()
    except FileNotFoundError as error:
        raise SourceError(f"{name} does not exist") from error
    except PermissionError as error:
        raise SourceError(f"{name} cannot be read (permission denied)") from error
    except OSError as error:
        raise SourceError(f"{name} cannot be read ({error.strerror or error})") from error


def _block_text(blocks: tuple[Block, ...]) -> str:
    """All the words of some blocks, one item per line."""
    return "\n".join(item for block in blocks for item in block.items)


def read_source(path: Path) -> Document:
    """Read one factsheet file into a Document with titled, slugged sections."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(s for s in READERS if s))
        raise SourceError(f"{path} has an unsupported type '{path.suffix}' (publisher reads {known})")
    text = decode_text(_read_bytes(path), str(path))
    parsed = reader(text)
    if not parsed.sections:
        raise SourceError(f"{path} has no text to publish")
    titles = derive_titles([_block_text(blocks) for blocks in parsed.sections])
    slugs = [slugify(title) for title in titles]
    sections = tuple(
        Section(slug=slug, title=title, blocks=blocks)
        for slug, title, blocks in zip(make_unique(slugs), titles, parsed.sections, strict=True)
    )
    title = parsed.title or path.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    metadata = (("site", parsed.site),) if parsed.site else ()
    return Document(
        slug=slugify(title, fallback="briefing"),
        title=title,
        sections=sections,
        source=str(path),
        published=datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0),
        metadata=metadata,
    )

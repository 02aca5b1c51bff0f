"""Read a source file into a Document; one reader per format, chosen from a table."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from publisher.errors import SourceError
from publisher.model import Block, Document, Section

from .feeds import is_feed, read_feed
from .naming import derive_titles, make_unique, slugify
from .page_parts import has_words
from .parsed import Loaded, Parsed
from .text import parse_text
from .url import fetch, is_url

__all__ = [
    "MAX_SOURCE_BYTES",
    "READERS",
    "Loaded",
    "decode_text",
    "load_source",
    "load_sources",
    "parse_source",
    "read_source",
]

MAX_SOURCE_BYTES = 20 * 1024 * 1024

log = logging.getLogger(__name__)

Reader = Callable[[str], Parsed]


# Format -> reader; suffixes and media types name a format.
# Imported when first needed: BeautifulSoup and markdown-it would slow every command's start.
def _html(text: str) -> Parsed:
    """Read an HTML page."""
    from .html import parse_html

    return parse_html(text)


def _markdown(text: str) -> Parsed:
    """Read a Markdown file."""
    from .markdown import parse_markdown

    return parse_markdown(text)


READERS: dict[str, Reader] = {"text": parse_text, "html": _html, "markdown": _markdown}
# None: recognised from the text itself. A news feed ("feed") is not read as one source but as one per entry.
SUFFIXES = {".txt": "text", ".text": "text", "": None, ".html": "html", ".htm": "html", ".xhtml": "html",
            ".md": "markdown", ".markdown": "markdown", ".xml": "feed", ".rss": "feed", ".atom": "feed"}  # fmt: skip
MEDIA_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown",
               "text/x-markdown": "markdown", "text/plain": None, "application/rss+xml": "feed",
               "application/atom+xml": "feed", "application/xml": "feed", "text/xml": "feed"}  # fmt: skip

_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


WESTERN = ("cp1250", "cp1252", "latin_1", "iso8859_15", "cp850", "mac_roman")


def _guess_encoding(data: bytes, name: str) -> str:
    """The encoding of bytes that are not UTF-8 (and have no NUL bytes, so are not UTF-16 or 32)."""
    high = sum(1 for byte in data if byte >= 0x80)
    if high <= len(data) * 0.15 or len(data) < 64:
        # Mostly ASCII with a few high bytes: Western text from Word (smart quotes, dashes, accents).
        # Detectors guess wildly on so little evidence; cp1252 is what such files are.
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass
    import charset_normalizer  # only for files that are not UTF-8

    for match in charset_normalizer.from_bytes(data):
        if match.encoding.startswith(("utf_16", "utf_32")):
            continue
        # Word's smart quotes and dashes: for Western text the guess is a near relative of cp1252.
        return "cp1252" if match.encoding in WESTERN else match.encoding
    try:
        data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise SourceError(f"{name} is not a text file (no text encoding fits it)") from error
    return "cp1252"


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file to normalised text; the encoding is detected; binary data raises SourceError."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise SourceError(f"{name} is not a text file (it contains binary data)")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode(_guess_encoding(data, name), errors="replace")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise SourceError(f"{name} is not a text file (it contains control characters)")
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _CONTROL.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return text.replace("\t", " ").replace("\u00a0", " ").replace("\u202f", " ")


def sniff(text: str) -> str:
    """The format of a text with no suffix or media type to go by."""
    if is_feed(text):
        return "feed"
    head = text.lstrip()[:2000].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or re.search(r"<(p|div|h1)[\s>]", head):
        return "html"
    if re.search(r"^#{1,3} \S", text, re.MULTILINE) and re.search(r"^(?:[-*] |\d+\. |> |\|)", text, re.MULTILINE):
        return "markdown"
    return "text"


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or a SourceError that says why they cannot be had."""
    name = str(path)
    try:
        if path.is_dir():
            raise SourceError(f"{name} is a directory, not a factsheet file")
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(f"{name} is too large ({size:,} bytes; the limit is {max_bytes:,})")
        return path.read_bytes()
    except FileNotFoundError as error:
        raise SourceError(f"{name} does not exist") from error
    except PermissionError as error:
        raise SourceError(f"{name} cannot be read (permission denied)") from error
    except OSError as error:
        raise SourceError(f"{name} cannot be read ({error.strerror or error})") from error


def _without_wordless(parsed: Parsed) -> Parsed:
    """The parsed source without items that hold no letter or digit (a bullet or a dash alone), which
    a voice cannot say; blocks and sections left empty go too."""
    sections = []
    dropped = list(parsed.dropped)
    for heading, blocks in parsed.sections:
        kept = []
        for block in blocks:
            items = tuple(item for item in block.items if has_words(item))
            dropped += [item for item in block.items if not has_words(item)]
            if items:
                kept.append(block if len(items) == len(block.items) else replace(block, items=items))
        if kept:
            sections.append((heading, tuple(kept)))
    return replace(parsed, sections=tuple(sections), dropped=tuple(dropped))


_GENERIC_NAME = re.compile(r"(?:document|untitled|copy|download|page|file|text|index|factsheet|new|draft|final)\d*",
                           re.IGNORECASE)  # fmt: skip


def _title_from_name(name: str) -> str | None:
    """A title from a file's or address's name when it is made of words ("council-tax-support.txt":
    "Council tax support"), not a name saved by a tool ("Document1", "download (3)", "index")."""
    stem = Path(urlsplit(name).path).stem if is_url(name) else Path(name).stem
    words = [w for w in re.split(r"[\s_\-.()]+", stem) if w]
    generic = any(_GENERIC_NAME.fullmatch(w) for w in words)
    return " ".join(words).capitalize() if sum(w.isalpha() for w in words) >= 2 and not generic else None


def _block_text(blocks: tuple[Block, ...]) -> str:
    """All the words of some blocks, one item per line."""
    return "\n".join(item for block in blocks for item in block.items)


def _date(text: str | None) -> datetime | None:
    """An ISO 8601 date or time from page metadata, in UTC."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def load_sources(source: str | Path, max_bytes: int = MAX_SOURCE_BYTES, feed_limit: int | None = None) -> list[Loaded]:
    """A source's text, or, for a news feed, each entry's (the newest feed_limit, if given)."""
    loaded = _load(source, max_bytes)
    return read_feed(loaded.text, loaded.name, feed_limit) if loaded.kind == "feed" else [loaded]


def load_source(source: str | Path, max_bytes: int = MAX_SOURCE_BYTES) -> Loaded:
    """A single source's text, or a SourceError that says why not (a feed's entries: load_sources)."""
    loaded = _load(source, max_bytes)
    if loaded.kind == "feed":
        raise SourceError(f"{loaded.name} is a news feed, which gives a source per entry")
    return loaded


def _load(source: str | Path, max_bytes: int) -> Loaded:
    """A source's text (a file's, or an http(s) address's), or a SourceError that says why not."""
    if isinstance(source, str) and is_url(source):
        fetched = fetch(source, max_bytes)
        text = decode_text(fetched.data, source)
        return _checked(Loaded(text, MEDIA_TYPES.get(fetched.media_type) or sniff(text), source, None))
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(sorted(s for s in SUFFIXES if s))
        raise SourceError(f"{path} has an unsupported type '{path.suffix}' (publisher reads {known})")
    text = decode_text(_read_bytes(path, max_bytes), str(path))
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    return _checked(Loaded(text, SUFFIXES[suffix] or sniff(text), str(path), modified))


def _checked(loaded: Loaded) -> Loaded:
    """A source that claims to be a feed (by its name or media type) and is one; other XML is refused."""
    if loaded.kind == "feed" and not is_feed(loaded.text):
        raise SourceError(f"{loaded.name} is XML but not an RSS or Atom feed")
    return loaded


def read_source(source: str | Path, max_bytes: int = MAX_SOURCE_BYTES) -> Document:
    """Read one factsheet (a file or an http(s) address) into a Document with titled, slugged sections."""
    return parse_source(load_source(source, max_bytes))


def parse_source(loaded: Loaded) -> Document:
    """A loaded source read into a Document with titled, slugged sections."""
    text, kind, name, modified = loaded.text, loaded.kind, loaded.name, loaded.modified
    parsed = _without_wordless(READERS[kind](text))
    if loaded.title:
        parsed = replace(parsed, title=loaded.title)
    for line in parsed.dropped:
        log.info("%s: left out %r", name, line[:80])
    if not parsed.sections:
        raise SourceError(f"{name} has no text to publish")
    # The words before the first heading introduce the rest, and so does the first of the parts of a text with no
    # headings (a letter, a press release: a title guessed from its words may name a detail, 'Kitchen sink'); a
    # text of one part is all its title says.
    given = [heading for heading, _ in parsed.sections]
    if given[0] is None and len(given) > 1:
        given[0] = "Introduction"
    elif given[0] is None and parsed.title:
        given[0] = parsed.title
    titles = make_unique(derive_titles([_block_text(blocks) for _, blocks in parsed.sections], given), " ")
    slugs = make_unique([slugify(title) for title in titles])
    sections = tuple(
        Section(slug=slug, title=title, blocks=blocks)
        for slug, title, (_, blocks) in zip(slugs, titles, parsed.sections, strict=True)
    )
    title = (
        parsed.title
        or _title_from_name(name)
        or derive_titles(["\n".join(_block_text(b) for _, b in parsed.sections)])[0]
    )
    metadata = dict(parsed.metadata) | dict(loaded.metadata)
    published = _date(metadata.get("published")) or modified or datetime.now(UTC).replace(microsecond=0)
    return Document(
        slug=slugify(title, fallback="briefing"),
        title=title,
        sections=sections,
        source=name,
        published=published.replace(microsecond=0),
        metadata=tuple(metadata.items()),
    )

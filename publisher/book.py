"""The talking book: a briefing's easy-read text and its section MP3s as an EPUB 3.3 with Media Overlays,
so reading apps highlight each sentence as it is heard. Written with zipfile and Jinja2 templates
(templates/book/); the same briefing gives the same bytes."""

from __future__ import annotations

import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from publisher import default_templates
from publisher.model import SYNTHETIC_VOICE_NOTE, Audio, Block, Briefing, Cover, Cue, Section, cues_by_place

MEDIA_TYPE = "application/epub+zip"
ACTIVE_CLASS = "-epub-media-overlay-active"
# The book's own namespace for identifiers made from a briefing's GUID (a UUIDv5 of it).
BOOK_NAMESPACE = uuid.UUID("0c4b5a51-3f8e-5f0e-9a57-7e0a9d1c2b3f")
_EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)  # zip's clock starts here


@dataclass(frozen=True)
class BookSentence:
    """A sentence as the book shows it: its element id when it is heard (None when it is not said)."""

    text: str
    id: str | None = None


@dataclass(frozen=True)
class BookBlock:
    """A block of a chapter: items as their sentences; for a table, its rows and the id of each data row."""

    kind: str
    items: tuple[tuple[BookSentence, ...], ...]
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    caption: str = ""
    row_ids: tuple[str | None, ...] = ()


@dataclass(frozen=True)
class OverlayClip:
    """One par of a media overlay: the element shown and the stretch of the chapter's MP3 that says it."""

    text_id: str
    begin: float
    end: float


@dataclass(frozen=True)
class BookChapter:
    """One section of the briefing: an XHTML document, its media overlay and its MP3."""

    number: int
    title: str
    name: str  # the file name's stem shared by its text, overlay and audio
    blocks: tuple[BookBlock, ...]
    clips: tuple[OverlayClip, ...]

    @property
    def duration(self) -> float:
        """The overlay's length: the clips it plays, added up (as the total in the package is)."""
        return round(sum(round(c.end - c.begin, 3) for c in self.clips), 3)


def clock(seconds: float) -> str:
    """A SMIL full clock value, h:mm:ss.fff."""
    milliseconds = round(seconds * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _chapter(number: int, section: Section, audio: Audio) -> BookChapter:
    """A section's blocks with an id on every sentence the audio says, and the clips that say them.

    A table's data row is one element: its sentences play as one clip."""
    placed = cues_by_place(audio.cues)
    blocks: list[BookBlock] = []
    clips: list[OverlayClip] = []
    for b, block in enumerate(section.blocks):
        if block.kind == "table":
            blocks.append(_table(block, b, placed, clips))
            continue
        items: list[tuple[BookSentence, ...]] = []
        for i, text in enumerate(block.items):
            cues = placed.get((b, i), [])
            sentences = []
            for cue in cues:
                element = f"s{len(clips) + 1}"
                clips.append(OverlayClip(element, cue.start, cue.end))
                sentences.append(BookSentence(cue.text, element))
            items.append(tuple(sentences) or (BookSentence(text),))
        blocks.append(BookBlock(block.kind, tuple(items)))
    return BookChapter(number, section.title, f"{number:02d}-{section.slug}", tuple(blocks), tuple(clips))


def _table(block: Block, b: int, placed: dict[tuple[int, int], list[Cue]], clips: list[OverlayClip]) -> BookBlock:
    """A table block, each data row an element with the clip of the sentences said for it."""
    data_rows = block.rows[1:] if block.header else block.rows
    row_ids: list[str | None] = [None] if block.header else []
    for i in range(len(data_rows)):
        cues = placed.get((b, i), [])
        if not cues:
            row_ids.append(None)
            continue
        element = f"s{len(clips) + 1}"
        clips.append(OverlayClip(element, cues[0].start, cues[-1].end))
        row_ids.append(element)
    return BookBlock("table", (), block.rows, block.header, block.caption, tuple(row_ids))


@cache
def _environment() -> Environment:
    """The book's templates."""
    environment = Environment(
        loader=FileSystemLoader(default_templates() / "book"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["clock"] = clock
    return environment


def _stamp(moment: datetime) -> str:
    """A time as EPUB metadata writes it: UTC, to the second, with a Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def make_book(briefing: Briefing, *, author: str, publisher: str, guid: str, cover: Cover, generator: str) -> bytes:
    """The briefing as an EPUB: the easy-read text of each section, its MP3 as it is, and a media overlay
    that says which stretch of the MP3 reads which sentence."""
    document = briefing.document
    chapters = [_chapter(n, s, a) for n, (s, a) in enumerate(zip(document.sections, briefing.audio, strict=True), 1)]
    moment = max(document.published, _EARLIEST)
    context = {
        "title": document.title,
        "language": document.language,
        "identifier": f"urn:uuid:{uuid.uuid5(BOOK_NAMESPACE, guid)}",
        "author": author,
        "publisher": publisher,
        "date": _stamp(moment),
        "chapters": chapters,
        "duration": round(sum(c.duration for c in chapters), 3),
        "active_class": ACTIVE_CLASS,
        "cover": f"images/{cover.file_name}",
        "cover_type": cover.mime_type,
        "narrator": SYNTHETIC_VOICE_NOTE,
        "generator": generator,
    }
    environment = _environment()
    files: list[tuple[str, bytes]] = [
        ("META-INF/container.xml", environment.get_template("container.xml.j2").render().encode()),
        ("EPUB/package.opf", environment.get_template("package.opf.j2").render(context).encode()),
        ("EPUB/nav.xhtml", environment.get_template("nav.xhtml.j2").render(context).encode()),
        ("EPUB/css/book.css", (default_templates() / "book" / "book.css").read_bytes()),
        (f"EPUB/{context['cover']}", cover.data),
    ]
    for chapter, audio in zip(chapters, briefing.audio, strict=True):
        page = environment.get_template("chapter.xhtml.j2").render(context, chapter=chapter)
        overlay = environment.get_template("overlay.smil.j2").render(context, chapter=chapter)
        files += [
            (f"EPUB/text/{chapter.name}.xhtml", page.encode()),
            (f"EPUB/smil/{chapter.name}.smil", overlay.encode()),
            (f"EPUB/audio/{chapter.name}.mp3", audio.data),
        ]
    return _zip(files, moment)


def _zip(files: list[tuple[str, bytes]], moment: datetime) -> bytes:
    """An EPUB container: the mimetype first and stored, then the files; the same bytes for the same
    files (fixed times and attributes). MP3s and images are stored: they are compressed already."""
    import io

    buffer = io.BytesIO()
    when = moment.astimezone(UTC).timetuple()[:6]
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in [("mimetype", MEDIA_TYPE.encode("ascii")), *files]:
            info = zipfile.ZipInfo(name, date_time=when)
            info.create_system = 3  # Unix, whatever the machine
            info.external_attr = 0o644 << 16
            stored = name == "mimetype" or name.endswith((".mp3", ".png", ".jpg"))
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=None if stored else 9)
    return buffer.getvalue()

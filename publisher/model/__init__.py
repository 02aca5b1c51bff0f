"""Frozen values that flow between the pipeline stages; no I/O happens here."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Literal
from urllib.parse import quote, urljoin

from publisher.model.picture import Picture as Picture

# Said in every MP3's tags and every feed item: listeners are told the voice is not a person.
SYNTHETIC_VOICE_NOTE = "Read by a computer voice (text to speech), not a person."

# A letter's greeting, which names nothing: 'Dear Mrs Okafor', 'Dear parent or carer,'.
LETTER_GREETING = re.compile(r"(?:dear|hello|hi)\b[^.!?]{0,60},?", re.IGNORECASE)
# The words that close a letter above the sender's name: 'Yours sincerely', 'Kind regards', 'Thank you'.
LETTER_CLOSING = re.compile(
    r"(?:yours (?:faithfully|sincerely|truly)|regards|(?:with )?(?:(?:our|my) )?(?:very )?"
    r"(?:kind|best|warm|warmest|kindest) (?:regards|wishes)"
    r"|(?:many |with )?thanks|thank you(?: (?:again|so much|very much))?(?: for your [a-z ]{2,30})?)[,.!]?",
    re.IGNORECASE,
)

BlockKind = Literal["paragraph", "bullets", "numbered", "quote", "table"]
LIST_KINDS = ("bullets", "numbered")
# Blocks kept word for word by the easy-read rewrite: a quotation is what someone said; a table's
# cells are data.
VERBATIM_KINDS = ("quote", "table")


@dataclass(frozen=True)
class Block:
    """Display text: a paragraph or a quotation (one item), a list (one item per entry), or a table.

    A table keeps its cells in rows (the first row is the header when header is true) and, as items,
    one readable sentence per data row ("Region: North. Arrests: 418.") for the voice.
    """

    kind: BlockKind
    items: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    caption: str = ""
    # Emphasised phrases of the block: (words, "strong" or "em"), shown wherever the words still stand.
    marks: tuple[tuple[str, str], ...] = ()


def table_block(rows: list[list[str]], header: bool, caption: str = "") -> Block | None:
    """A table block from its cells, with a sentence a row for the voice; None for an empty table."""
    cells = [[" ".join(c.split()) for c in row] for row in rows if any(c.strip() for c in row)]
    if not cells:
        return None
    width = max(len(row) for row in cells)
    cells = [row + [""] * (width - len(row)) for row in cells]
    names, data = (cells[0], cells[1:]) if header and len(cells) > 1 else ([""] * width, cells)
    spoken = []
    for row in data:
        parts = [f"{name}: {value}" if name else value for name, value in zip(names, row, strict=True) if value]
        spoken.append(". ".join(parts).rstrip(".") + ".")
    return Block("table", tuple(spoken), tuple(tuple(row) for row in cells), header and len(cells) > 1, caption)


@dataclass(frozen=True)
class Readability:
    """How hard a text is to read."""

    sentences: int
    mean_words: float
    max_words: int
    grade: float  # Flesch-Kincaid grade level
    ease: float  # Flesch reading ease
    hard_words: int


@dataclass(frozen=True)
class Change:
    """One thing the easy-read rewrite did, for the report: what kind, what before, what after."""

    kind: str
    before: str
    after: str


@dataclass(frozen=True)
class PlainReport:
    """What the easy-read rewrite did to a section, and whether every fact survived."""

    before: Readability
    after: Readability
    changes: tuple[Change, ...] = ()
    missing_facts: tuple[str, ...] = ()
    invented_facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """One titled part of a briefing; it becomes one audio file and one part of the page.

    blocks are what is shown and said (the easy-read wording once rewritten); original keeps the
    source's own wording when it differs, and original_title its title. pictures stand beside some
    blocks; chapter_image is the first of them as a PNG, for the section's podcast chapter.
    """

    slug: str
    title: str
    blocks: tuple[Block, ...]
    original: tuple[Block, ...] = ()
    report: PlainReport | None = None
    pictures: tuple[Picture, ...] = ()
    original_title: str = ""
    chapter_image: bytes = field(default=b"", repr=False)


def blocks_digest(blocks: tuple[Block, ...]) -> str:
    """A short digest of the words of some blocks, to tell whether they changed."""
    words = "\n".join(" | ".join(row) for block in blocks for row in (block.rows or (block.items,)))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class DraftSection:
    """A section of an editor's draft: its heading, its wording, and a digest of the original wording
    it was drafted from (to tell which sections the source has changed since)."""

    title: str
    blocks: tuple[Block, ...]
    original_digest: str = ""


@dataclass(frozen=True)
class Draft:
    """The easy-read wording an editor checked or changed (a `.easy.md` file beside the source): it
    replaces the rules' wording of the sections it has, and says who checked it and when."""

    path: str
    source_digest: str
    sections: tuple[DraftSection, ...]
    title: str | None = None
    checked_by: str = ""
    checked_on: str = ""


@dataclass(frozen=True)
class Document:
    """A factsheet as read from its source: a title and its sections, in reading order."""

    slug: str
    title: str
    sections: tuple[Section, ...]
    source: str
    published: datetime
    language: str = "en-GB"
    metadata: tuple[tuple[str, str], ...] = ()
    glossary: tuple[tuple[str, str], ...] = ()
    unexplained: tuple[str, ...] = ()
    readability: tuple[Readability, Readability] | None = None  # the whole briefing, before and after
    fingerprint: str = ""  # of everything its audio and words depend on; unchanged means not rebuilt
    draft: Draft | None = None  # an editor's wording, used instead of the rules' where it has a section


@dataclass(frozen=True)
class Utterance:
    """One sentence: the words shown, the words said, and the text the engine gets (with any markup)."""

    text: str
    spoken: str
    block: int
    voiced: str = ""
    item: int = 0

    @property
    def engine_text(self) -> str:
        """What the engine is asked to speak."""
        return self.voiced or self.spoken


@dataclass(frozen=True)
class Script:
    """What to say for one section, sentence by sentence."""

    section: Section
    utterances: tuple[Utterance, ...]


@dataclass(frozen=True)
class Clip:
    """Mono 16-bit signed little-endian PCM from an engine, for one utterance."""

    pcm: bytes
    sample_rate: int

    @property
    def duration_seconds(self) -> float:
        """Length of the clip in seconds."""
        return len(self.pcm) / 2 / self.sample_rate


@dataclass(frozen=True)
class Cue:
    """When one utterance is heard in a section's audio, in seconds from its start, and where it is
    shown (its block, and its item within the block)."""

    start: float
    end: float
    text: str
    spoken: str
    block: int = 0
    item: int = 0


def cues_by_place(cues: tuple[Cue, ...]) -> dict[tuple[int, int], list[Cue]]:
    """Sentence timings grouped by where they are shown: (block, item), in the order they are heard."""
    placed: dict[tuple[int, int], list[Cue]] = {}
    for cue in cues:
        placed.setdefault((cue.block, cue.item), []).append(cue)
    return placed


@dataclass(frozen=True)
class Track:
    """Mastered audio of a section (or a whole episode) with the cue of each utterance.

    pcm is mono 16-bit PCM, needed only to encode it: a track read back from the section cache, or
    joined from encoded sections, has none (its length is that of its MP3, read from the frames).
    """

    sample_rate: int
    cues: tuple[Cue, ...]
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    pcm: bytes = field(default=b"", repr=False)


@dataclass(frozen=True)
class Chapter:
    """Where one section starts and ends in a full episode, in seconds."""

    start: float
    end: float
    title: str
    slug: str
    image: str = ""  # its picture (a PNG), relative to the output root; "" when it has none


@dataclass(frozen=True)
class Cover:
    """The channel's artwork: an image file's bytes and its type."""

    data: bytes = field(repr=False)
    mime_type: str = "image/png"

    @property
    def file_name(self) -> str:
        """Where the artwork is published, relative to the output root."""
        return "cover.jpg" if self.mime_type == "image/jpeg" else "cover.png"


@dataclass(frozen=True, kw_only=True)
class Tags:
    """What an MP3's ID3 tag says about it."""

    title: str
    album: str
    artist: str
    track: int
    track_total: int
    year: int
    comment: str
    cover: Cover | None = None
    chapter_images: tuple[bytes, ...] = ()  # a PNG (or b"") for each chapter, in order


@dataclass(frozen=True)
class Audio:
    """An encoded, tagged audio file with its timings and measured loudness."""

    data: bytes = field(repr=False)
    duration_seconds: float
    cues: tuple[Cue, ...]
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    mime_type: str = "audio/mpeg"

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the encoded bytes."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Briefing:
    """A document with the audio of each section, the full, chaptered episode, and the talking book
    (EPUB 3 with Media Overlays) made of its text and section audio."""

    document: Document
    audio: tuple[Audio, ...]
    episode: Audio
    chapters: tuple[Chapter, ...]
    book: bytes = field(default=b"", repr=False)


def unused_name(name: str, taken: Collection[str], separator: str = "-") -> str:
    """name, or name with the first counter from 2 up that makes it unlike all taken names (lowercase)."""
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{name}{separator}{number}"
    return candidate


@cache
def _joined_prefix(base_url: str) -> str:
    """What urljoin puts before a plain relative path (no leading slash, no dot segments) on this base."""
    return urljoin(base_url, "x")[:-1]


def absolute_url(base_url: str, path: str) -> str:
    """The public URL of a file in the output, percent-encoded.

    The same as urljoin(base_url, quote(path)), which parsed the base again for each of the thousands
    of URLs in a large channel's feeds; a plain relative path (no empty or dot segments, which urljoin
    would remove) is joined to the prefix it found once.
    """
    relative = quote(path)
    segments = relative.split("/")
    if "" not in segments and "." not in segments and ".." not in segments:
        return _joined_prefix(base_url) + relative
    return urljoin(base_url, relative)


def briefing_guid(slug: str) -> str:
    """The GUID of a briefing's episode; it never changes once published."""
    return f"publisher:{slug}"


def page_path(briefing_slug: str) -> str:
    """Path of a briefing's page, relative to the output root."""
    return f"{briefing_slug}/index.html"


def audio_path(briefing_slug: str, number: int, section_slug: str) -> str:
    """Path of a section's MP3, relative to the output root (number counts from 1)."""
    return f"{briefing_slug}/audio/{number:02d}-{section_slug}.mp3"


def episode_path(briefing_slug: str) -> str:
    """Path of a briefing's full episode MP3, relative to the output root."""
    return f"{briefing_slug}/{briefing_slug}.mp3"


def transcript_path(mp3_path: str) -> str:
    """Path of the WebVTT transcript that goes with an MP3."""
    return mp3_path.removesuffix(".mp3") + ".vtt"


def book_path(briefing_slug: str) -> str:
    """Path of a briefing's talking book (EPUB), relative to the output root."""
    return f"{briefing_slug}/{briefing_slug}.epub"


def chapters_path(briefing_slug: str) -> str:
    """Path of a briefing's Podcasting 2.0 JSON chapters file."""
    return f"{briefing_slug}/chapters.json"


@dataclass(frozen=True)
class AudioSettings:
    """How section audio is assembled and encoded."""

    sample_rate: int = 44100
    bitrate_kbps: int = 64
    quality: int = 7
    sentence_pause_ms: int = 350
    paragraph_pause_ms: int = 750
    section_pause_ms: int = 1500
    edge_silence_ms: int = 300
    loudness_lufs: float = -16.0
    true_peak_dbtp: float = -1.0


@dataclass(frozen=True)
class SynthesisReport:
    """What speaking cost: clips made by the engine, clips from the cache, seconds inside the engine."""

    synthesized: int
    cached: int
    engine_seconds: float
    workers: int

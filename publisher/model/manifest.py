"""The manifest as frozen records: what an output folder holds, read from and written to manifest.json
(by publisher.model.codec, the one place where its JSON becomes typed data and back)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from publisher.model import Block, Chapter, Cue, PlainReport, Readability

# A JSON object as parsed, before it is typed: only publisher.model.codec makes or reads one.
JsonObject = dict[str, Any]

MANIFEST_PATH = "manifest.json"
SCHEMA_VERSION = 1
BRIEFINGS_FEED = "feed.xml"
SECTIONS_FEED = "sections.xml"
# Briefings built before the targets were recorded were all made to the defaults.
DEFAULT_LOUDNESS_LUFS = -16.0
DEFAULT_TRUE_PEAK_DBTP = -1.0


@dataclass(frozen=True, kw_only=True)
class AudioFile:
    """An MP3 in the output and its WebVTT transcript, as the manifest describes them."""

    path: str
    size: int  # bytes, exactly
    duration_seconds: float
    sha256: str
    mime_type: str = "audio/mpeg"
    loudness_lufs: float | None
    true_peak_dbtp: float | None
    transcript: str


@dataclass(frozen=True, kw_only=True)
class EpisodeFile(AudioFile):
    """A briefing's full episode: an audio file with its chapters file and the timing of every sentence."""

    chapters: str
    sentences: tuple[Cue, ...]

    @classmethod
    def of(cls, audio: AudioFile, chapters: str, sentences: tuple[Cue, ...]) -> EpisodeFile:
        """An audio file as a briefing's episode."""
        return cls(**asdict(audio), chapters=chapters, sentences=sentences)


@dataclass(frozen=True, kw_only=True)
class BookFile:
    """A briefing's talking book (EPUB 3 with Media Overlays) in the output."""

    path: str
    size: int  # bytes, exactly
    sha256: str
    mime_type: str = "application/epub+zip"


@dataclass(frozen=True)
class AudioTargets:
    """The loudness a briefing's audio was mastered to; `publisher check` holds the files to it."""

    loudness_lufs: float = DEFAULT_LOUDNESS_LUFS
    true_peak_dbtp: float = DEFAULT_TRUE_PEAK_DBTP


@dataclass(frozen=True)
class GlossaryEntry:
    """A hard word and what it means, for the page's glossary."""

    term: str
    explanation: str


@dataclass(frozen=True)
class ReadingLevels:
    """How hard a text was to read before the easy-read rewrite and after it."""

    before: Readability
    after: Readability


@dataclass(frozen=True, kw_only=True)
class PictureEntry:
    """A picture shown beside one block of a section: what it stands for, its file, and its credit."""

    block: int
    concept: str
    symbol: str
    path: str  # relative to the output root
    set_name: str
    licence: str
    url: str = ""


@dataclass(frozen=True, kw_only=True)
class SectionEntry:
    """One section of a published briefing: its words, its audio and when each sentence is heard."""

    slug: str
    guid: str
    title: str
    text: str  # what the voice says, for the feed's description
    blocks: tuple[Block, ...]
    original_blocks: tuple[Block, ...]
    plain: PlainReport | None
    original_title: str = ""
    audio: AudioFile
    sentences: tuple[Cue, ...]
    pictures: tuple[PictureEntry, ...] = ()


@dataclass(frozen=True, kw_only=True)
class BriefingEntry:
    """One published briefing: its page, episode, chapters and sections, and what it was made from."""

    slug: str
    guid: str
    title: str
    page: str
    source: str
    fingerprint: str
    published: datetime
    updated: datetime
    language: str
    metadata: Mapping[str, str]
    readability: ReadingLevels | None
    glossary: tuple[GlossaryEntry, ...]
    unexplained_words: tuple[str, ...]
    episode: EpisodeFile
    chapters: tuple[Chapter, ...]
    sections: tuple[SectionEntry, ...]
    episode_number: int
    audio_targets: AudioTargets = field(default_factory=AudioTargets)
    book: BookFile | None = None  # None for a briefing built before publisher made books
    checked_by: str = ""  # who checked the easy read (from the editor's draft), and when
    checked_on: str = ""

    @property
    def audio_files(self) -> tuple[AudioFile, ...]:
        """The episode and every section's audio."""
        return (self.episode, *(section.audio for section in self.sections))

    @property
    def picture_files(self) -> tuple[str, ...]:
        """Every picture file the page and the chapters show, once each, in order."""
        paths = [p.path for s in self.sections for p in s.pictures] + [c.image for c in self.chapters if c.image]
        return tuple(dict.fromkeys(paths))


@dataclass(frozen=True)
class FeedPaths:
    """Where the two podcast feeds are, relative to the output root."""

    briefings: str = BRIEFINGS_FEED
    sections: str = SECTIONS_FEED


@dataclass(frozen=True, kw_only=True)
class Channel:
    """The publication as a whole: the site and its podcast channel."""

    title: str
    description: str
    author: str
    email: str | None
    category: str
    language: str
    base_url: str
    artwork: str
    feeds: FeedPaths = field(default_factory=FeedPaths)


@dataclass(frozen=True, kw_only=True)
class Manifest:
    """Everything published into one output folder; the pages, feeds and checks are made from it."""

    generator: str
    updated: datetime
    channel: Channel
    briefings: tuple[BriefingEntry, ...]
    site_fingerprint: str = ""
    schema_version: int = SCHEMA_VERSION

    def to_json(self) -> JsonObject:
        """manifest.json's data, in the schema's shape and key order."""
        from publisher.model.codec import manifest_json

        return manifest_json(self)

    @classmethod
    def from_json(cls, data: object, where: str = MANIFEST_PATH) -> Manifest:
        """The manifest in JSON data read from `where`; a ManifestError lists what breaks the schema."""
        from publisher.model.codec import read_manifest

        return read_manifest(data, where)

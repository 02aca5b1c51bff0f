"""Frozen values that flow between the pipeline stages; no I/O happens here."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

BlockKind = Literal["paragraph", "bullets"]


@dataclass(frozen=True)
class Block:
    """A paragraph (one item) or a bulleted list (one item per bullet) of display text."""

    kind: BlockKind
    items: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """One titled part of a briefing; it becomes one audio file and one part of the page."""

    slug: str
    title: str
    blocks: tuple[Block, ...]


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


@dataclass(frozen=True)
class Utterance:
    """One sentence: the words shown and the words the voice is asked to say."""

    text: str
    spoken: str
    block: int


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
    """When one utterance is heard in a section's audio, in seconds from its start."""

    start: float
    end: float
    text: str
    spoken: str


@dataclass(frozen=True)
class Audio:
    """An encoded audio file, its length and its sentence timings."""

    data: bytes = field(repr=False)
    duration_seconds: float
    cues: tuple[Cue, ...]
    mime_type: str = "audio/mpeg"

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the encoded bytes."""
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class Briefing:
    """A document with the audio for each of its sections (same order as the sections)."""

    document: Document
    audio: tuple[Audio, ...]


def page_path(briefing_slug: str) -> str:
    """Path of a briefing's page, relative to the output root."""
    return f"{briefing_slug}/index.html"


def audio_path(briefing_slug: str, number: int, section_slug: str) -> str:
    """Path of a section's MP3, relative to the output root (number counts from 1)."""
    return f"{briefing_slug}/audio/{number:02d}-{section_slug}.mp3"


@dataclass(frozen=True)
class AudioSettings:
    """How section audio is assembled and encoded."""

    sample_rate: int = 44100
    bitrate_kbps: int = 64
    quality: int = 7
    sentence_pause_ms: int = 350
    paragraph_pause_ms: int = 750
    edge_silence_ms: int = 300


@dataclass(frozen=True)
class Site:
    """Facts about the whole publication that pages, manifest and feed share."""

    title: str
    base_url: str
    language: str
    built: datetime
    generator: str

"""The manifest as frozen records: what an output folder holds, read from and written to manifest.json.

`Manifest.from_json` is the one place where JSON becomes typed data (validated against the schema
first); `Manifest.to_json` gives back the same JSON, key for key, that the schema describes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, cast

import jsonschema_rs

from publisher.errors import ManifestError
from publisher.model import Block, BlockKind, Change, Chapter, Cue, PlainReport, Readability

# A JSON object as parsed, before it is typed: only the two ends of this module handle one.
JsonObject = dict[str, Any]

MANIFEST_PATH = "manifest.json"
SCHEMA_VERSION = 1
BRIEFINGS_FEED = "feed.xml"
SECTIONS_FEED = "sections.xml"
# Briefings built before the targets were recorded were all made to the defaults.
DEFAULT_LOUDNESS_LUFS = -16.0
DEFAULT_TRUE_PEAK_DBTP = -1.0


@cache
def load_schema() -> JsonObject:
    """The manifest's JSON Schema, shipped inside the package."""
    data: JsonObject = json.loads(files("publisher").joinpath("schema/manifest.schema.json").read_text("utf-8"))
    return data


@cache
def _validator() -> jsonschema_rs.Draft202012Validator:
    """The schema, compiled once."""
    return jsonschema_rs.Draft202012Validator(load_schema())


def schema_problems(data: object) -> list[str]:
    """Where JSON data breaks the manifest's schema, one line each ('$.path: message'); empty if it is valid.

    jsonschema-rs, not the pure-Python jsonschema: every build validates the previous manifest, which
    holds every sentence of the channel, so validating must stay cheap at thousands of briefings.
    """
    problems = []
    for error in _validator().iter_errors(data):
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.instance_path)
        problems.append(f"${where}: {error.message}")
    return sorted(problems)


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

    def to_json(self) -> JsonObject:
        """The file's entry in manifest.json."""
        return {
            "path": self.path,
            "bytes": self.size,
            "duration_seconds": self.duration_seconds,
            "sha256": self.sha256,
            "mime_type": self.mime_type,
            "loudness_lufs": self.loudness_lufs,
            "true_peak_dbtp": self.true_peak_dbtp,
            "transcript": self.transcript,
        }

    @classmethod
    def from_json(cls, data: JsonObject) -> AudioFile:
        """An audio file from its entry in manifest.json."""
        return AudioFile(
            path=data["path"],
            size=data["bytes"],
            duration_seconds=data["duration_seconds"],
            sha256=data["sha256"],
            mime_type=data["mime_type"],
            loudness_lufs=data["loudness_lufs"],
            true_peak_dbtp=data["true_peak_dbtp"],
            transcript=data["transcript"],
        )


@dataclass(frozen=True, kw_only=True)
class EpisodeFile(AudioFile):
    """A briefing's full episode: an audio file with its chapters file and the timing of every sentence."""

    chapters: str
    sentences: tuple[Cue, ...]

    @classmethod
    def of(cls, audio: AudioFile, chapters: str, sentences: tuple[Cue, ...]) -> EpisodeFile:
        """An audio file as a briefing's episode."""
        return cls(**asdict(audio), chapters=chapters, sentences=sentences)

    def to_json(self) -> JsonObject:
        """The episode's entry in manifest.json."""
        return {**super().to_json(), "chapters": self.chapters, "sentences": _cues_json(self.sentences)}


@dataclass(frozen=True, kw_only=True)
class BookFile:
    """A briefing's talking book (EPUB 3 with Media Overlays) in the output."""

    path: str
    size: int  # bytes, exactly
    sha256: str
    mime_type: str = "application/epub+zip"

    def to_json(self) -> JsonObject:
        """The book's entry in manifest.json."""
        return {"path": self.path, "bytes": self.size, "sha256": self.sha256, "mime_type": self.mime_type}

    @classmethod
    def from_json(cls, data: JsonObject) -> BookFile:
        """A book from its entry in manifest.json."""
        return cls(path=data["path"], size=data["bytes"], sha256=data["sha256"], mime_type=data["mime_type"])


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
class SectionEntry:
    """One section of a published briefing: its words, its audio and when each sentence is heard."""

    slug: str
    guid: str
    title: str
    text: str  # what the voice says, for the feed's description
    blocks: tuple[Block, ...]
    original_blocks: tuple[Block, ...]
    plain: PlainReport | None
    audio: AudioFile
    sentences: tuple[Cue, ...]


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

    @property
    def audio_files(self) -> tuple[AudioFile, ...]:
        """The episode and every section's audio."""
        return (self.episode, *(section.audio for section in self.sections))


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
        data: JsonObject = {
            "schema_version": self.schema_version,
            "generator": self.generator,
            "updated": self.updated.isoformat(),
            "channel": _channel_json(self.channel),
            "briefings": [_briefing_json(b) for b in self.briefings],
        }
        if self.site_fingerprint:
            data["site_fingerprint"] = self.site_fingerprint
        return data

    @classmethod
    def from_json(cls, data: object, where: str = MANIFEST_PATH) -> Manifest:
        """The manifest in JSON data read from `where`; a ManifestError lists what breaks the schema."""
        problems = schema_problems(data)
        if problems:
            raise ManifestError(f"{where} is not a valid publisher manifest ({problems[0]})", problems)
        found = cast(JsonObject, data)
        return cls(
            schema_version=found["schema_version"],
            generator=found["generator"],
            updated=datetime.fromisoformat(found["updated"]),
            channel=_channel_from(found["channel"]),
            briefings=tuple(_briefing_from(b) for b in found["briefings"]),
            site_fingerprint=found.get("site_fingerprint", ""),
        )


def _cues_json(cues: tuple[Cue, ...]) -> list[JsonObject]:
    """Sentence timings as data."""
    return [
        {"start": c.start, "end": c.end, "text": c.text, "spoken": c.spoken, "block": c.block, "item": c.item}
        for c in cues
    ]


def _cues_from(data: list[JsonObject]) -> tuple[Cue, ...]:
    """Sentence timings from data."""
    return tuple(
        Cue(d["start"], d["end"], d["text"], d["spoken"], block=d.get("block", 0), item=d.get("item", 0)) for d in data
    )


def _blocks_json(blocks: tuple[Block, ...]) -> list[JsonObject]:
    """Blocks as data (tables with their cells)."""
    found: list[JsonObject] = []
    for b in blocks:
        entry: JsonObject = {"kind": b.kind, "items": list(b.items)}
        if b.kind == "table":
            entry.update(rows=[list(row) for row in b.rows], header=b.header, caption=b.caption)
        if b.marks:
            entry["marks"] = [{"text": text, "kind": kind} for text, kind in b.marks]
        found.append(entry)
    return found


def _blocks_from(data: list[JsonObject]) -> tuple[Block, ...]:
    """Blocks from data."""
    return tuple(
        Block(
            kind=cast(BlockKind, d["kind"]),
            items=tuple(d["items"]),
            rows=tuple(tuple(row) for row in d.get("rows", ())),
            header=d.get("header", False),
            caption=d.get("caption", ""),
            marks=tuple((m["text"], m["kind"]) for m in d.get("marks", ())),
        )
        for d in data
    )


def _readability_json(value: Readability) -> JsonObject:
    """Reading measures as data."""
    return {
        "sentences": value.sentences,
        "mean_words": value.mean_words,
        "max_words": value.max_words,
        "grade": value.grade,
        "ease": value.ease,
        "hard_words": value.hard_words,
    }


def _readability_from(data: JsonObject) -> Readability:
    """Reading measures from data."""
    return Readability(
        sentences=data["sentences"],
        mean_words=data["mean_words"],
        max_words=data["max_words"],
        grade=data["grade"],
        ease=data["ease"],
        hard_words=data["hard_words"],
    )


def _plain_json(report: PlainReport | None) -> JsonObject | None:
    """What the easy-read rewrite did to a section, as data."""
    if report is None:
        return None
    return {
        "before": _readability_json(report.before),
        "after": _readability_json(report.after),
        "changes": [{"kind": c.kind, "before": c.before, "after": c.after} for c in report.changes],
        "missing_facts": list(report.missing_facts),
        "invented_facts": list(report.invented_facts),
    }


def _plain_from(data: JsonObject | None) -> PlainReport | None:
    """What the easy-read rewrite did to a section, from data."""
    if data is None:
        return None
    return PlainReport(
        before=_readability_from(data["before"]),
        after=_readability_from(data["after"]),
        changes=tuple(Change(c["kind"], c["before"], c["after"]) for c in data["changes"]),
        missing_facts=tuple(data["missing_facts"]),
        invented_facts=tuple(data["invented_facts"]),
    )


def _section_json(section: SectionEntry) -> JsonObject:
    """A section's entry in manifest.json."""
    return {
        "slug": section.slug,
        "guid": section.guid,
        "title": section.title,
        "text": section.text,
        "blocks": _blocks_json(section.blocks),
        "original_blocks": _blocks_json(section.original_blocks),
        "plain": _plain_json(section.plain),
        "audio": section.audio.to_json(),
        "sentences": _cues_json(section.sentences),
    }


def _section_from(data: JsonObject) -> SectionEntry:
    """A section from its entry in manifest.json."""
    return SectionEntry(
        slug=data["slug"],
        guid=data["guid"],
        title=data["title"],
        text=data["text"],
        blocks=_blocks_from(data["blocks"]),
        original_blocks=_blocks_from(data["original_blocks"]),
        plain=_plain_from(data["plain"]),
        audio=AudioFile.from_json(data["audio"]),
        sentences=_cues_from(data["sentences"]),
    )


def _briefing_json(briefing: BriefingEntry) -> JsonObject:
    """A briefing's entry in manifest.json."""
    levels = briefing.readability
    return {
        "slug": briefing.slug,
        "guid": briefing.guid,
        "title": briefing.title,
        "page": briefing.page,
        "source": briefing.source,
        "fingerprint": briefing.fingerprint,
        "published": briefing.published.isoformat(),
        "updated": briefing.updated.isoformat(),
        "language": briefing.language,
        "metadata": dict(briefing.metadata),
        "readability": None
        if levels is None
        else {"before": _readability_json(levels.before), "after": _readability_json(levels.after)},
        "glossary": [{"term": g.term, "explanation": g.explanation} for g in briefing.glossary],
        "unexplained_words": list(briefing.unexplained_words),
        "episode": briefing.episode.to_json(),
        "chapters": [{"start": c.start, "end": c.end, "title": c.title, "slug": c.slug} for c in briefing.chapters],
        "sections": [_section_json(s) for s in briefing.sections],
        "episode_number": briefing.episode_number,
        "audio_targets": {
            "loudness_lufs": briefing.audio_targets.loudness_lufs,
            "true_peak_dbtp": briefing.audio_targets.true_peak_dbtp,
        },
        **({"book": briefing.book.to_json()} if briefing.book else {}),
    }


def _briefing_from(data: JsonObject) -> BriefingEntry:
    """A briefing from its entry in manifest.json."""
    levels = data["readability"]
    episode = data["episode"]
    targets = data.get("audio_targets") or {}
    return BriefingEntry(
        slug=data["slug"],
        guid=data["guid"],
        title=data["title"],
        page=data["page"],
        source=data["source"],
        fingerprint=data.get("fingerprint", ""),
        published=datetime.fromisoformat(data["published"]),
        updated=datetime.fromisoformat(data["updated"]),
        language=data["language"],
        metadata=MappingProxyType(dict(data["metadata"])),
        readability=None
        if levels is None
        else ReadingLevels(_readability_from(levels["before"]), _readability_from(levels["after"])),
        glossary=tuple(GlossaryEntry(g["term"], g["explanation"]) for g in data["glossary"]),
        unexplained_words=tuple(data["unexplained_words"]),
        episode=EpisodeFile.of(
            AudioFile.from_json(episode), episode["chapters"], _cues_from(episode.get("sentences", []))
        ),
        chapters=tuple(Chapter(c["start"], c["end"], c["title"], c["slug"]) for c in data["chapters"]),
        sections=tuple(_section_from(s) for s in data["sections"]),
        episode_number=data["episode_number"],
        audio_targets=AudioTargets(
            targets.get("loudness_lufs", DEFAULT_LOUDNESS_LUFS), targets.get("true_peak_dbtp", DEFAULT_TRUE_PEAK_DBTP)
        ),
        book=BookFile.from_json(data["book"]) if data.get("book") else None,
    )


def _channel_json(channel: Channel) -> JsonObject:
    """The channel's entry in manifest.json."""
    return {
        "title": channel.title,
        "description": channel.description,
        "author": channel.author,
        "email": channel.email,
        "category": channel.category,
        "language": channel.language,
        "base_url": channel.base_url,
        "artwork": channel.artwork,
        "feeds": {"briefings": channel.feeds.briefings, "sections": channel.feeds.sections},
    }


def _channel_from(data: JsonObject) -> Channel:
    """The channel from its entry in manifest.json."""
    return Channel(
        title=data["title"],
        description=data["description"],
        author=data["author"],
        email=data["email"],
        category=data["category"],
        language=data["language"],
        base_url=data["base_url"],
        artwork=data["artwork"],
        feeds=FeedPaths(data["feeds"]["briefings"], data["feeds"]["sections"]),
    )

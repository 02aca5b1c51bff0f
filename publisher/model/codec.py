"""manifest.json and the manifest's records, both ways: the JSON is validated against the schema once,
on the way in, and written back key for key in the schema's shape and order."""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import cast

import jsonschema_rs

from publisher.errors import ManifestError
from publisher.model import Block, BlockKind, Change, Chapter, Cue, PlainReport, Readability
from publisher.model.manifest import (
    DEFAULT_LOUDNESS_LUFS,
    DEFAULT_TRUE_PEAK_DBTP,
    AudioFile,
    AudioTargets,
    BookFile,
    BriefingEntry,
    Channel,
    EpisodeFile,
    FeedPaths,
    GlossaryEntry,
    JsonObject,
    Manifest,
    PictureEntry,
    ReadingLevels,
    SectionEntry,
)


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


def manifest_json(manifest: Manifest) -> JsonObject:
    """manifest.json's data, in the schema's shape and key order."""
    data: JsonObject = {
        "schema_version": manifest.schema_version,
        "generator": manifest.generator,
        "updated": manifest.updated.isoformat(),
        "channel": _channel_json(manifest.channel),
        "briefings": [_briefing_json(b) for b in manifest.briefings],
    }
    if manifest.site_fingerprint:
        data["site_fingerprint"] = manifest.site_fingerprint
    return data


def read_manifest(data: object, where: str) -> Manifest:
    """The manifest in JSON data read from `where`; a ManifestError lists what breaks the schema."""
    problems = schema_problems(data)
    if problems:
        raise ManifestError(f"{where} is not a valid publisher manifest ({problems[0]})", problems)
    found = cast(JsonObject, data)
    return Manifest(
        schema_version=found["schema_version"],
        generator=found["generator"],
        updated=datetime.fromisoformat(found["updated"]),
        channel=_channel_from(found["channel"]),
        briefings=tuple(_briefing_from(b) for b in found["briefings"]),
        site_fingerprint=found.get("site_fingerprint", ""),
    )


def _audio_json(audio: AudioFile) -> JsonObject:
    """An audio file's entry in manifest.json."""
    return {
        "path": audio.path,
        "bytes": audio.size,
        "duration_seconds": audio.duration_seconds,
        "sha256": audio.sha256,
        "mime_type": audio.mime_type,
        "loudness_lufs": audio.loudness_lufs,
        "true_peak_dbtp": audio.true_peak_dbtp,
        "transcript": audio.transcript,
    }


def _audio_from(data: JsonObject) -> AudioFile:
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


def _book_json(book: BookFile) -> JsonObject:
    """A talking book's entry in manifest.json."""
    return {"path": book.path, "bytes": book.size, "sha256": book.sha256, "mime_type": book.mime_type}


def _book_from(data: JsonObject) -> BookFile:
    """A talking book from its entry in manifest.json."""
    return BookFile(path=data["path"], size=data["bytes"], sha256=data["sha256"], mime_type=data["mime_type"])


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
        "original_title": section.original_title,
        "plain": _plain_json(section.plain),
        "audio": _audio_json(section.audio),
        "sentences": _cues_json(section.sentences),
        "pictures": [
            {"block": p.block, "concept": p.concept, "symbol": p.symbol, "path": p.path, "set": p.set_name,
             "licence": p.licence, "url": p.url}
            for p in section.pictures
        ],
    }  # fmt: skip


def _section_from(data: JsonObject) -> SectionEntry:
    """A section from its entry in manifest.json."""
    return SectionEntry(
        slug=data["slug"],
        guid=data["guid"],
        title=data["title"],
        text=data["text"],
        blocks=_blocks_from(data["blocks"]),
        original_blocks=_blocks_from(data["original_blocks"]),
        original_title=str(data.get("original_title", data["title"])),
        plain=_plain_from(data["plain"]),
        audio=_audio_from(data["audio"]),
        sentences=_cues_from(data["sentences"]),
        pictures=tuple(
            PictureEntry(block=p["block"], concept=p["concept"], symbol=p["symbol"], path=p["path"],
                         set_name=p["set"], licence=p["licence"], url=p.get("url", ""))
            for p in data.get("pictures", [])
        ),
    )  # fmt: skip


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
        "episode": {
            **_audio_json(briefing.episode),
            "chapters": briefing.episode.chapters,
            "sentences": _cues_json(briefing.episode.sentences),
        },
        "chapters": [
            {"start": c.start, "end": c.end, "title": c.title, "slug": c.slug} | ({"image": c.image} if c.image else {})
            for c in briefing.chapters
        ],
        "sections": [_section_json(s) for s in briefing.sections],
        "episode_number": briefing.episode_number,
        "audio_targets": {
            "loudness_lufs": briefing.audio_targets.loudness_lufs,
            "true_peak_dbtp": briefing.audio_targets.true_peak_dbtp,
        },
        **({"book": _book_json(briefing.book)} if briefing.book else {}),
        **({"checked": {"by": briefing.checked_by, "on": briefing.checked_on}} if briefing.checked_by else {}),
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
        episode=EpisodeFile.of(_audio_from(episode), episode["chapters"], _cues_from(episode.get("sentences", []))),
        chapters=tuple(
            Chapter(c["start"], c["end"], c["title"], c["slug"], c.get("image", "")) for c in data["chapters"]
        ),
        sections=tuple(_section_from(s) for s in data["sections"]),
        episode_number=data["episode_number"],
        audio_targets=AudioTargets(
            targets.get("loudness_lufs", DEFAULT_LOUDNESS_LUFS), targets.get("true_peak_dbtp", DEFAULT_TRUE_PEAK_DBTP)
        ),
        book=_book_from(data["book"]) if data.get("book") else None,
        checked_by=(data.get("checked") or {}).get("by", ""),
        checked_on=(data.get("checked") or {}).get("on", ""),
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

"""The manifest: every briefing, section and file as data; merged with the previous build's."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

import orjson

from publisher.model import (
    Audio,
    Block,
    Briefing,
    Channel,
    Document,
    PlainReport,
    Section,
    absolute_url,
    audio_path,
    chapters_path,
    episode_path,
    page_path,
    transcript_path,
)

MANIFEST_PATH = "manifest.json"
SCHEMA_VERSION = 1
CHAPTERS_VERSION = "1.2.0"


def briefing_guid(slug: str) -> str:
    """The GUID of a briefing's episode; it never changes once published."""
    return f"publisher:{slug}"


def adopt_identity(documents: Sequence[Document], previous: dict[str, Any] | None) -> list[Document]:
    """Documents that were published before keep their slug and first publication date.

    A document is the same briefing as a previous one when it comes from the same source path, so
    editing a factsheet (and with it the derived title) never changes its URLs or GUIDs.
    """
    earlier = previous["briefings"] if previous else []
    by_source = {b["source"]: b for b in earlier}
    adopted: list[Document] = []
    taken = {b["slug"] for b in earlier}
    for document in documents:
        match = by_source.get(document.source)
        if match is not None:
            published = datetime.fromisoformat(match["published"])
            sections = _adopt_sections(document.sections, match["sections"])
            adopted.append(replace(document, slug=match["slug"], published=published, sections=sections))
            continue
        slug, number = document.slug, 1
        while slug in taken:
            number += 1
            slug = f"{document.slug}-{number}"
        taken.add(slug)
        adopted.append(replace(document, slug=slug))
    return adopted


def _adopt_sections(sections: tuple[Section, ...], earlier: list[dict[str, Any]]) -> tuple[Section, ...]:
    """Sections keep the slugs (so URLs and GUIDs) they had: a section with the same title keeps its
    slug, and otherwise the section in the same place does (an edit in place, which may change a title
    derived from the text). New sections get fresh slugs that clash with none."""
    by_title = {e["title"]: e["slug"] for e in earlier}
    used: set[str] = set()
    chosen: list[str | None] = []
    for index, section in enumerate(sections):
        slug = by_title.get(section.title)
        if slug is None and index < len(earlier) and earlier[index]["title"] not in {s.title for s in sections}:
            slug = earlier[index]["slug"]
        chosen.append(slug if slug not in used else None)
        if slug:
            used.add(slug)
    result = []
    for section, kept in zip(sections, chosen, strict=True):
        fresh, number = section.slug, 1
        while kept is None and fresh in used:
            number += 1
            fresh = f"{section.slug}-{number}"
        used.add(kept or fresh)
        result.append(replace(section, slug=kept or fresh))
    return tuple(result)


def _audio_entry(audio: Audio, path: str) -> dict[str, Any]:
    """The manifest entry of one audio file and its transcript."""
    return {
        "path": path,
        "bytes": len(audio.data),
        "duration_seconds": audio.duration_seconds,
        "sha256": audio.sha256,
        "mime_type": audio.mime_type,
        "loudness_lufs": audio.loudness_lufs,
        "true_peak_dbtp": audio.true_peak_dbtp,
        "transcript": transcript_path(path),
    }


def _sentences(audio: Audio) -> list[dict[str, Any]]:
    """Sentence timings of an audio file."""
    return [
        {"start": c.start, "end": c.end, "text": c.text, "spoken": c.spoken, "block": c.block, "item": c.item}
        for c in audio.cues
    ]


def _blocks(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    """Blocks as data (tables with their cells)."""
    found: list[dict[str, Any]] = []
    for b in blocks:
        entry: dict[str, Any] = {"kind": b.kind, "items": list(b.items)}
        if b.kind == "table":
            entry.update(rows=[list(row) for row in b.rows], header=b.header, caption=b.caption)
        if b.marks:
            entry["marks"] = [{"text": text, "kind": kind} for text, kind in b.marks]
        found.append(entry)
    return found


def _plain_report(report: PlainReport | None) -> dict[str, Any] | None:
    """What the easy-read rewrite did to a section, as data."""
    if report is None:
        return None
    return {
        "before": asdict(report.before),
        "after": asdict(report.after),
        "changes": [asdict(c) for c in report.changes],
        "missing_facts": list(report.missing_facts),
        "invented_facts": list(report.invented_facts),
    }


def _briefing_entry(briefing: Briefing) -> dict[str, Any]:
    """The manifest entry of one briefing built now."""
    document = briefing.document
    sections = []
    for number, (section, audio) in enumerate(zip(document.sections, briefing.audio, strict=True), 1):
        sections.append(
            {
                "slug": section.slug,
                "guid": f"{briefing_guid(document.slug)}:{section.slug}",
                "title": section.title,
                "text": " ".join(cue.spoken for cue in audio.cues),
                "blocks": _blocks(section.blocks),
                "original_blocks": _blocks(section.original or section.blocks),
                "plain": _plain_report(section.report),
                "audio": _audio_entry(audio, audio_path(document.slug, number, section.slug)),
                "sentences": _sentences(audio),
            }
        )
    return {
        "slug": document.slug,
        "guid": briefing_guid(document.slug),
        "title": document.title,
        "page": page_path(document.slug),
        "source": document.source,
        "fingerprint": document.fingerprint,
        "published": document.published.isoformat(),
        "updated": document.published.isoformat(),
        "language": document.language,
        "metadata": dict(document.metadata),
        "readability": None
        if document.readability is None
        else {"before": asdict(document.readability[0]), "after": asdict(document.readability[1])},
        "glossary": [{"term": term, "explanation": text} for term, text in document.glossary],
        "unexplained_words": list(document.unexplained),
        "episode": {
            **_audio_entry(briefing.episode, episode_path(document.slug)),
            "chapters": chapters_path(document.slug),
            "sentences": _sentences(briefing.episode),
        },
        "chapters": [{"start": c.start, "end": c.end, "title": c.title, "slug": c.slug} for c in briefing.chapters],
        "sections": sections,
    }


def files_of(briefing: dict[str, Any]) -> list[str]:
    """Every file of a briefing in the output besides its page (audio, transcripts, chapters)."""
    paths = [briefing["episode"]["path"], briefing["episode"]["transcript"], briefing["episode"]["chapters"]]
    for section in briefing["sections"]:
        paths += [section["audio"]["path"], section["audio"]["transcript"]]
    return paths


def make_manifest(
    briefings: Sequence[Briefing], channel: Channel, built: datetime, previous: dict[str, Any] | None
) -> tuple[dict[str, Any], list[str]]:
    """The manifest of this build merged with the previous one, and the files to keep from before.

    Briefings built now replace earlier ones with the same slug; the others stay as they were. A
    briefing keeps its episode number and first publication date; `updated` moves only when its audio
    changes, so an unchanged rebuild gives an identical manifest and feeds.
    """
    earlier = {b["slug"]: b for b in (previous or {}).get("briefings", [])}
    numbers = [b["episode_number"] for b in earlier.values()]
    next_number = max(numbers, default=0) + 1
    current: dict[str, dict[str, Any]] = {}
    for briefing in briefings:
        entry = _briefing_entry(briefing)
        before = earlier.get(entry["slug"])
        if before is None:
            entry["episode_number"] = next_number
            next_number += 1
        else:
            entry["episode_number"] = before["episode_number"]
            unchanged = before["episode"]["sha256"] == entry["episode"]["sha256"]
            entry["updated"] = before["updated"] if unchanged else max(built, briefing.document.published).isoformat()
        current[entry["slug"]] = entry
    kept = [b for slug, b in earlier.items() if slug not in current]
    merged = sorted([*kept, *current.values()], key=lambda b: b["episode_number"])
    manifest = {
        "schema_version": SCHEMA_VERSION,
        "generator": channel.generator,
        "updated": max((b["updated"] for b in merged), default=built.isoformat()),
        "channel": _channel_entry(channel),
        "briefings": merged,
    }
    return manifest, [path for briefing in kept for path in files_of(briefing)]


def _channel_entry(channel: Channel) -> dict[str, Any]:
    """The manifest entry describing the podcast channel and site."""
    return {
        "title": channel.title,
        "description": channel.description,
        "author": channel.author,
        "email": channel.email,
        "category": channel.category,
        "language": channel.language,
        "base_url": channel.base_url,
        "artwork": channel.artwork,
        "feeds": {"briefings": "feed.xml", "sections": "sections.xml"},
    }


def render_chapters(briefing: dict[str, Any], base_url: str) -> bytes:
    """A briefing's Podcasting 2.0 JSON chapters file."""
    page = absolute_url(base_url, briefing["page"])
    chapters = [
        {"startTime": c["start"], "endTime": c["end"], "title": c["title"], "url": f"{page}#{c['slug']}"}
        for c in briefing["chapters"]
    ]
    return (json.dumps({"version": CHAPTERS_VERSION, "chapters": chapters}, indent=2) + "\n").encode("utf-8")


def encode_manifest(manifest: dict[str, Any]) -> bytes:
    """The manifest as UTF-8 JSON, indented, with a final newline.

    orjson writes what json.dumps(indent=2, ensure_ascii=False) does (but for the spelling of floats
    under 1e-4: 1e-7, not 1e-07) 25 times faster: the manifest holds every sentence of the channel,
    and the standard encoder took 0.3 s a build at 100 briefings the size of the example."""
    return orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)

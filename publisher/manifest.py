"""The manifest of a build: every briefing, section and file as records, merged with the previous build's."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from types import MappingProxyType

import orjson

from publisher.model import (
    Audio,
    Briefing,
    Document,
    Picture,
    Section,
    audio_path,
    book_path,
    briefing_guid,
    chapters_path,
    episode_path,
    page_path,
    transcript_path,
    unused_name,
)
from publisher.model.manifest import (
    AudioFile,
    AudioTargets,
    BookFile,
    BriefingEntry,
    Channel,
    EpisodeFile,
    GlossaryEntry,
    JsonObject,
    Manifest,
    PictureEntry,
    ReadingLevels,
    SectionEntry,
)
from publisher.model.picture import chapter_image_name, picture_path


def adopt_identity(documents: Sequence[Document], previous: Manifest | None) -> list[Document]:
    """Documents that were published before keep their slug and first publication date.

    A document is the same briefing as a previous one when it comes from the same source path, so
    editing a factsheet (and with it the derived title) never changes its URLs or GUIDs.
    """
    earlier = previous.briefings if previous else ()
    by_source = {b.source: b for b in earlier}
    adopted: list[Document] = []
    taken = {b.slug for b in earlier}
    for document in documents:
        match = by_source.get(document.source)
        if match is not None:
            sections = _adopt_sections(document.sections, match.sections)
            adopted.append(replace(document, slug=match.slug, published=match.published, sections=sections))
            continue
        slug = unused_name(document.slug, taken)
        taken.add(slug)
        adopted.append(replace(document, slug=slug))
    return adopted


def _adopt_sections(sections: tuple[Section, ...], earlier: tuple[SectionEntry, ...]) -> tuple[Section, ...]:
    """Sections keep the slugs (so URLs and GUIDs) they had: a section with the same title keeps its
    slug, and otherwise the section in the same place does (an edit in place, which may change a title
    derived from the text). New sections get fresh slugs that clash with none."""
    by_title = {e.title: e.slug for e in earlier}
    titles = {s.title for s in sections}
    used: set[str] = set()
    chosen: list[str | None] = []
    for index, section in enumerate(sections):
        slug = by_title.get(section.title)
        if slug is None and index < len(earlier) and earlier[index].title not in titles:
            slug = earlier[index].slug
        chosen.append(slug if slug not in used else None)
        if slug:
            used.add(slug)
    result = []
    for section, kept in zip(sections, chosen, strict=True):
        slug = kept or unused_name(section.slug, used)
        used.add(slug)
        result.append(replace(section, slug=slug))
    return tuple(result)


def _audio_file(audio: Audio, path: str) -> AudioFile:
    """The record of one audio file and its transcript."""
    return AudioFile(
        path=path,
        size=len(audio.data),
        duration_seconds=audio.duration_seconds,
        sha256=audio.sha256,
        mime_type=audio.mime_type,
        loudness_lufs=audio.loudness_lufs,
        true_peak_dbtp=audio.true_peak_dbtp,
        transcript=transcript_path(path),
    )


def _picture_entry(picture: Picture, briefing_slug: str) -> PictureEntry:
    """The record of a picture beside a block, published in its briefing's folder."""
    return PictureEntry(
        block=picture.block,
        concept=picture.concept,
        symbol=picture.symbol,
        path=picture_path(briefing_slug, picture.file_name),
        set_name=picture.set_name,
        licence=picture.licence,
        url=picture.url,
    )


def briefing_entry(briefing: Briefing, targets: AudioTargets) -> BriefingEntry:
    """The record of one briefing built now (numbered 0 until it is merged)."""
    document = briefing.document
    guid = briefing_guid(document.slug)
    sections = tuple(
        SectionEntry(
            slug=section.slug,
            guid=f"{guid}:{section.slug}",
            title=section.title,
            text=" ".join(cue.spoken for cue in audio.cues),
            blocks=section.blocks,
            original_blocks=section.original or section.blocks,
            original_title=section.original_title or section.title,
            plain=section.report,
            audio=_audio_file(audio, audio_path(document.slug, number, section.slug)),
            sentences=audio.cues,
            pictures=tuple(_picture_entry(p, document.slug) for p in section.pictures),
        )
        for number, (section, audio) in enumerate(zip(document.sections, briefing.audio, strict=True), 1)
    )
    episode = _audio_file(briefing.episode, episode_path(document.slug))
    return BriefingEntry(
        slug=document.slug,
        guid=guid,
        title=document.title,
        page=page_path(document.slug),
        source=document.source,
        fingerprint=document.fingerprint,
        published=document.published,
        updated=document.published,
        language=document.language,
        metadata=MappingProxyType(dict(document.metadata)),
        readability=None if document.readability is None else ReadingLevels(*document.readability),
        glossary=tuple(GlossaryEntry(term, text) for term, text in document.glossary),
        unexplained_words=document.unexplained,
        episode=EpisodeFile.of(episode, chapters_path(document.slug), briefing.episode.cues),
        chapters=tuple(
            replace(c, image=picture_path(document.slug, chapter_image_name(s.pictures[0])) if s.chapter_image else "")
            for c, s in zip(briefing.chapters, document.sections, strict=True)
        ),
        sections=sections,
        episode_number=0,
        audio_targets=targets,
        checked_by=document.draft.checked_by if document.draft else "",
        checked_on=document.draft.checked_on if document.draft else "",
        book=None
        if not briefing.book
        else BookFile(
            path=book_path(document.slug), size=len(briefing.book), sha256=hashlib.sha256(briefing.book).hexdigest()
        ),
    )


class Numbering:
    """Episode numbers and update dates for the briefings built now, in the order they are settled: a
    briefing published before keeps its number, a new one gets the next; `updated` moves only when a
    briefing's audio changes. Settling the same records again in the same order gives the same result."""

    def __init__(self, previous: Manifest | None, built: datetime) -> None:
        """Number after the briefings of the previous manifest, at this build time."""
        self.earlier = {b.slug: b for b in (previous.briefings if previous else ())}
        self.built = built
        self.next_number = max((b.episode_number for b in self.earlier.values()), default=0) + 1

    def settle(self, made: BriefingEntry) -> BriefingEntry:
        """The record with its episode number and update date."""
        before = self.earlier.get(made.slug)
        if before is None:
            self.next_number += 1
            return replace(made, episode_number=self.next_number - 1)
        unchanged = before.episode.sha256 == made.episode.sha256
        updated = before.updated if unchanged else max(self.built, made.published)
        return replace(made, episode_number=before.episode_number, updated=updated)


def make_manifest(
    entries: Sequence[BriefingEntry],
    channel: Channel,
    *,
    generator: str,
    built: datetime,
    previous: Manifest | None,
) -> Manifest:
    """The manifest of this build (the records of the briefings built now) merged with the previous one.

    Briefings built now replace earlier ones with the same slug; the others stay as they were. A
    briefing keeps its episode number and first publication date; `updated` moves only when its audio
    changes, so an unchanged rebuild gives an identical manifest and feeds.
    """
    numbering = Numbering(previous, built)
    current = {entry.slug: entry for entry in map(numbering.settle, entries)}
    kept = [b for slug, b in numbering.earlier.items() if slug not in current]
    merged = tuple(sorted([*kept, *current.values()], key=lambda b: b.episode_number))
    return Manifest(
        generator=generator,
        updated=max((b.updated for b in merged), default=built),
        channel=channel,
        briefings=merged,
    )


def encode_manifest(manifest: Manifest | JsonObject) -> bytes:
    """The manifest (or its JSON data, made once by the caller) as UTF-8 JSON, indented, with a final newline.

    orjson writes what json.dumps(indent=2, ensure_ascii=False) does (but for the spelling of floats
    under 1e-4: 1e-7, not 1e-07), many times faster: the manifest holds every sentence of the channel."""
    data = manifest.to_json() if isinstance(manifest, Manifest) else manifest
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)

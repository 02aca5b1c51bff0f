"""The table of outputs: every file a build writes comes from one of these renderers.

Adding an output is one renderer (a class with `owned` and `render`, see publisher.model.render) and
one line in RENDERERS (in BRIEFING_RENDERERS for files of one briefing alone, made batch by batch).
What a briefing owns comes from the same table, so a briefing kept from an earlier build keeps every
file of every output.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace

from publisher.chapters import ChapterFiles
from publisher.feed import Feeds
from publisher.manifest import encode_manifest
from publisher.model.codec import schema_problems
from publisher.model.manifest import MANIFEST_PATH, BriefingEntry
from publisher.model.render import Renderer, RenderJob
from publisher.site import Pages, SiteIndex
from publisher.transcripts import Transcripts


class MediaFiles:
    """What each briefing built now was encoded into: its section MP3s, its full episode and its talking
    book (EPUB), as the manifest describes them."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """The briefing's episode and section MP3s, and its book where it has one."""
        return tuple(audio.path for audio in briefing.audio_files) + ((briefing.book.path,) if briefing.book else ())

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The MP3s and books of the briefings built now."""
        files: dict[str, bytes] = {}
        for entry in job.manifest.briefings:
            built = job.built.get(entry.slug)
            if built is not None:
                files[entry.episode.path] = built.episode.data
                files.update((s.audio.path, a.data) for s, a in zip(entry.sections, built.audio, strict=True))
                if entry.book:
                    files[entry.book.path] = built.book
        return files


class PictureFiles:
    """The pictures beside each briefing's key points, and its chapters' pictures as PNGs, in a pictures
    folder of its own (so a briefing kept from an earlier build keeps them whatever the set is now)."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """Every picture file the briefing's page and chapters show."""
        return briefing.picture_files

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The pictures of the briefings built now."""
        files: dict[str, bytes] = {}
        for entry in job.manifest.briefings:
            built = job.built.get(entry.slug)
            if built is None:
                continue
            for record, section in zip(entry.sections, built.document.sections, strict=True):
                shown = zip(record.pictures, section.pictures, strict=True)
                files.update((p.path, picture.data) for p, picture in shown)
            for chapter, section in zip(entry.chapters, built.document.sections, strict=True):
                if chapter.image:
                    files[chapter.image] = section.chapter_image
        return files


class Artwork:
    """The channel's cover image, which the feeds point at."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """No briefing has artwork of its own."""
        return ()

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The cover."""
        return {job.manifest.channel.artwork: job.cover.data}


class ManifestFile:
    """manifest.json: the whole channel, which the next build and `publisher check` read."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """The manifest belongs to the channel."""
        return ()

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The manifest as JSON, checked against its schema first: a manifest the next build could not
        read back is a bug, and nothing is written."""
        data = job.manifest.to_json()  # once: for a large channel it is the largest thing a build holds
        problems = schema_problems(data)
        if problems:
            raise RuntimeError(f"the manifest made does not fit its schema: {problems[0]}")
        return {MANIFEST_PATH: encode_manifest(data)}


# The outputs that belong to one briefing and are made from it alone (its record, and for its audio,
# book and pictures its encoded bytes): a build makes them as each batch of briefings is done and puts
# them on disk, so it never holds all of them in memory.
BRIEFING_RENDERERS: tuple[Renderer, ...] = (MediaFiles(), PictureFiles(), Transcripts(), ChapterFiles(), Pages())

RENDERERS: tuple[Renderer, ...] = (
    *BRIEFING_RENDERERS,
    SiteIndex(),
    Feeds(),
    Artwork(),
    ManifestFile(),
)


def render_briefing_files(job: RenderJob) -> dict[str, bytes]:
    """The files that belong to the job's briefings: audio, books, pictures, transcripts, chapters, pages."""
    files: dict[str, bytes] = {}
    for renderer in BRIEFING_RENDERERS:
        files.update(renderer.render(job))
    return files


def render_outputs(job: RenderJob, made: Collection[str] = ()) -> tuple[dict[str, bytes], list[str]]:
    """The channel's files (index, feeds, artwork, manifest), the files of briefings kept from earlier
    builds that are made again (their pages and chapters, after a change of theme or channel), and the
    files of earlier builds to keep: whatever a briefing owns in any output that was not made now
    (`made`: the files of the briefings built now, by render_briefing_files)."""
    kept_briefings = replace(job, built={}, redo=job.redo - set(job.built))
    files: dict[str, bytes] = {}
    for renderer in RENDERERS:
        files.update(renderer.render(kept_briefings if renderer in BRIEFING_RENDERERS else job))
    kept = [
        path
        for briefing in job.manifest.briefings
        for renderer in RENDERERS
        for path in renderer.owned(briefing)
        if path not in files and path not in made
    ]
    return files, kept

"""The table of outputs: every file a build writes comes from one of these renderers.

Adding an output is one renderer (a class with `owned` and `render`, see publisher.model.render) and
one line in RENDERERS. What a briefing owns comes from the same table, so a briefing kept from an
earlier build keeps every file of every output.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from publisher.chapters import ChapterFiles
from publisher.feed import Feeds
from publisher.manifest import encode_manifest
from publisher.model.codec import schema_problems
from publisher.model.manifest import MANIFEST_PATH, BriefingEntry
from publisher.model.render import Renderer, RenderJob
from publisher.site import Pages
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
        problems = schema_problems(job.manifest.to_json())
        if problems:
            raise RuntimeError(f"the manifest made does not fit its schema: {problems[0]}")
        return {MANIFEST_PATH: encode_manifest(job.manifest)}


# The outputs made from a briefing's encoded audio and pictures alone: a build renders them as each
# batch of briefings is encoded and puts them on disk, so it never holds all of them in memory.
BRIEFING_RENDERERS: tuple[Renderer, ...] = (MediaFiles(), PictureFiles())

RENDERERS: tuple[Renderer, ...] = (
    *BRIEFING_RENDERERS,
    Transcripts(),
    ChapterFiles(),
    Pages(),
    Feeds(),
    Artwork(),
    ManifestFile(),
)


def render_briefing_files(job: RenderJob) -> dict[str, bytes]:
    """The files of the briefings built now that need their encoded audio (MP3s, books, pictures)."""
    files: dict[str, bytes] = {}
    for renderer in BRIEFING_RENDERERS:
        files.update(renderer.render(job))
    return files


def render_outputs(job: RenderJob, made: Collection[str] = ()) -> tuple[dict[str, bytes], list[str]]:
    """The files every other renderer makes in this build, and the files of earlier builds to keep:
    whatever a briefing owns in any output that was not made now (`made`: by render_briefing_files)."""
    files: dict[str, bytes] = {}
    for renderer in RENDERERS:
        if renderer not in BRIEFING_RENDERERS:
            files.update(renderer.render(job))
    kept = [
        path
        for briefing in job.manifest.briefings
        for renderer in RENDERERS
        for path in renderer.owned(briefing)
        if path not in files and path not in made
    ]
    return files, kept

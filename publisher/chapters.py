"""Podcasting 2.0 JSON chapters: where each section of a briefing's full episode starts, with a link to it."""

from __future__ import annotations

import json
from collections.abc import Iterable

from publisher.model import absolute_url
from publisher.model.manifest import BriefingEntry
from publisher.model.render import RenderJob

CHAPTERS_VERSION = "1.2.0"


def render_chapters(briefing: BriefingEntry, base_url: str) -> bytes:
    """A briefing's Podcasting 2.0 JSON chapters file."""
    page = absolute_url(base_url, briefing.page)
    chapters = [
        {"startTime": c.start, "endTime": c.end, "title": c.title, "url": f"{page}#{c.slug}",
         **({"img": absolute_url(base_url, c.image)} if c.image else {})}
        for c in briefing.chapters
    ]  # fmt: skip
    return (json.dumps({"version": CHAPTERS_VERSION, "chapters": chapters}, indent=2) + "\n").encode("utf-8")


class ChapterFiles:
    """A chapters file per briefing; its links go to the page, so it is made again with the pages."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """The briefing's chapters file."""
        return (briefing.episode.chapters,)

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The chapters files of the briefings to redo."""
        base_url = job.manifest.channel.base_url
        return {b.episode.chapters: render_chapters(b, base_url) for b in job.manifest.briefings if b.slug in job.redo}

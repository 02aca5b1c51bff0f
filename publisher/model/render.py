"""What every output renderer is given, and the one method each has: the seam for a new output."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from publisher.model import Briefing, Cover
from publisher.model.manifest import BriefingEntry, Manifest


@dataclass(frozen=True)
class RenderJob:
    """One build's manifest and what the renderers need besides it.

    built holds the briefings spoken in this build (their encoded audio), by slug. redo names the
    briefings whose derived files (pages, chapters) are made again: those built now, and every
    briefing when the channel settings or templates changed. A briefing not rendered keeps its files
    from the previous build.
    """

    manifest: Manifest
    built: Mapping[str, Briefing]
    redo: frozenset[str]
    cover: Cover
    templates: tuple[Path, ...] = field(default=())


class Renderer(Protocol):
    """One kind of output file: how to make it from the manifest, and which files of it a briefing owns."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """The paths of this output's files that belong to one briefing (none for channel-wide files)."""
        ...

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """This output's files made in this build, by path relative to the output root."""
        ...

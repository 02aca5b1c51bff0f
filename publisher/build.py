"""The pipeline, top to bottom: read, script, speak, encode, render, write."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from publisher import __version__
from publisher.audio import render_audio
from publisher.config import Config
from publisher.errors import EngineError, PublisherError
from publisher.feed import FEED_PATH, MANIFEST_PATH, encode_manifest, make_manifest, render_feed
from publisher.model import Briefing, Document, Site, audio_path
from publisher.site import render_site
from publisher.sources import read_source
from publisher.sources.naming import make_unique
from publisher.speech import to_script
from publisher.voices import Engine, open_engine
from publisher.writer import write_output

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI's summary."""

    output_dir: Path
    briefings: tuple[Briefing, ...]
    files: int
    seconds: float

    @property
    def audio_seconds(self) -> float:
        """Total length of all section audio."""
        return sum(a.duration_seconds for b in self.briefings for a in b.audio)


def read_documents(sources: Sequence[Path], config: Config) -> list[Document]:
    """Read every source, giving each briefing a unique slug and the reproducible date if set."""
    documents = [read_source(path) for path in sources]
    slugs = make_unique([d.slug for d in documents])
    return [
        replace(d, slug=slug, published=config.source_date or d.published, language=config.language)
        for d, slug in zip(documents, slugs, strict=True)
    ]


def voice_document(document: Document, engine: Engine, config: Config) -> Briefing:
    """Speak every section of a document, sentence by sentence, into encoded audio."""
    audio = []
    for section in document.sections:
        script = to_script(section)
        clips = []
        for utterance in script.utterances:
            try:
                clips.append(engine.synthesize(utterance.spoken))
            except PublisherError:
                raise
            except Exception as error:
                raise EngineError(
                    f"engine '{config.engine}' failed in section '{section.title}' "
                    f"on {utterance.text[:60]!r}: {error}"
                ) from error
        audio.append(render_audio(script, clips, config.audio))
        log.info("spoke %s / %s", document.slug, section.slug)
    return Briefing(document=document, audio=tuple(audio))


def build(sources: Sequence[Path], config: Config) -> BuildResult:
    """Publish the sources: pages, section MP3s, manifest and feed, swapped into the output at once."""
    started = time.perf_counter()
    if not sources:
        raise PublisherError("no source files given")
    documents = read_documents(sources, config)
    with open_engine(config.engine, config.voice) as engine:
        briefings = [voice_document(document, engine, config) for document in documents]
    site = Site(
        title=config.title,
        base_url=config.base_url,
        language=config.language,
        built=config.build_time,
        generator=f"publisher {__version__}",
    )
    manifest = make_manifest(briefings, site)
    files = render_site(briefings, site, config.templates)
    for briefing in briefings:
        sections = briefing.document.sections
        for number, (section, audio) in enumerate(zip(sections, briefing.audio, strict=True), 1):
            files[audio_path(briefing.document.slug, number, section.slug)] = audio.data
    files[MANIFEST_PATH] = encode_manifest(manifest)
    files[FEED_PATH] = render_feed(manifest)
    write_output(config.output_dir, files)
    return BuildResult(config.output_dir, tuple(briefings), len(files), time.perf_counter() - started)

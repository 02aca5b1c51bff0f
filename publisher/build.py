"""The pipeline, top to bottom: read, script, speak, master and encode, describe, render, write."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from publisher import __version__, code_identity, default_templates
from publisher.briefings import (
    Encoder,
    author_of,
    encode_here,
    publish_in_batches,
    speak_ahead,
)
from publisher.cache import RewriteCache
from publisher.config import Config
from publisher.errors import EngineError, FactCheckError, PublisherError, SourceError
from publisher.manifest import Numbering, adopt_identity, make_manifest
from publisher.memory import give_back_memory
from publisher.model import (
    Briefing,
    Clip,
    Cover,
    Document,
    SynthesisReport,
)
from publisher.model.manifest import MANIFEST_PATH, Channel, Manifest
from publisher.model.render import RenderJob
from publisher.outputs import render_outputs
from publisher.pictures import PictureChooser, add_pictures, open_pictures
from publisher.sources import Loaded, load_sources, parse_source
from publisher.sources.naming import make_unique
from publisher.sources.url import is_url
from publisher.voices import Engine, engine_class, open_engine
from publisher.voices.runner import SharedEngine
from publisher.writer import output_lock, read_previous, spool_for, write_output

if TYPE_CHECKING:
    from distributed import Client

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI's summary."""

    output_dir: Path
    briefings: tuple[Briefing, ...]  # their summaries: no text, timings or bytes (the manifest has them)
    files: int
    seconds: float
    synthesis: SynthesisReport
    unchanged: int = 0  # briefings left as they were
    failed: tuple[str, ...] = ()  # with keep_going: why each source that could not be read was left out

    @property
    def audio_seconds(self) -> float:
        """Total length of the sections' audio built now."""
        return sum(a.duration_seconds for b in self.briefings for a in b.audio)


def read_sources(sources: Sequence[str | Path], config: Config) -> tuple[list[Document], tuple[str, ...]]:
    """Every source read (a feed gives one document per entry), and why each source that could not be
    read was left out. Without keep_going, the first such source stops the build with its error."""
    read: list[tuple[Loaded, Document]] = []
    failed: list[str] = []
    for source in dict.fromkeys(str(s) for s in sources):  # a source given twice is one briefing
        try:
            items = load_sources(source, config.max_source_bytes, config.feed_limit)
            read += [(item, with_edits(item, parse_source(item), config)) for item in items]
        except SourceError as error:
            if not config.keep_going:
                raise
            log.error("error: %s", error)
            failed.append(str(error))
    if not read and failed:
        raise SourceError(f"none of the {len(failed)} source(s) could be read")
    return settle_documents(read, config), tuple(failed)


def with_edits(item: Loaded, document: Document, config: Config) -> Document:
    """The document with its editor's draft, when one is given (--easy) or sits beside its source."""
    from publisher.sources.drafts import draft_path, with_draft

    if config.easy is not None:  # named by the user: it must be there
        return with_draft(document, item.text, config.easy)
    path = None if is_url(item.name) else draft_path(item.name, document.slug)
    return with_draft(document, item.text, path) if path is not None and path.is_file() else document


def read_documents(loaded: Sequence[Loaded], config: Config) -> list[Document]:
    """Loaded sources read into documents, settled as settle_documents does."""
    return settle_documents([(item, parse_source(item)) for item in loaded], config)


def settle_documents(read: Sequence[tuple[Loaded, Document]], config: Config) -> list[Document]:
    """Read sources as documents, each briefing given a unique slug, the reproducible date if set, and
    the fingerprint of its text and settings."""
    settings = settings_fingerprint(config)
    loaded, documents = [item for item, _ in read], [document for _, document in read]
    slugs = make_unique([d.slug for d in documents])
    return [
        replace(
            d,
            slug=slug,
            published=config.source_date or d.published,
            language=config.language,
            fingerprint=hashlib.sha256(f"{settings}\0{item.kind}\0{item.text}\0{d.draft!r}".encode()).hexdigest(),
        )
        for d, slug, item in zip(documents, slugs, loaded, strict=True)
    ]


def check_facts(documents: Sequence[Document]) -> None:
    """With --strict, a fact the easy-read rewrite lost or invented stops the build."""
    for document in documents:
        for section in document.sections:
            report = section.report
            if report and (report.missing_facts or report.invented_facts):
                lost = ", ".join(report.missing_facts) or "none"
                added = ", ".join(report.invented_facts) or "none"
                raise FactCheckError(
                    f"{document.source}: section '{section.title}': the easy-read wording lost facts ({lost}) "
                    f"and added facts ({added})"
                )


def settings_fingerprint(config: Config) -> str:
    """Everything besides its text that a briefing's audio and words depend on."""
    digest = hashlib.sha256()
    voice = engine_class(config.engine).identity(config.voice)
    from publisher.plain.parser import parser_identity

    parser = parser_identity() if config.rewriter != "none" else ""
    for part in (code_identity(), config.engine, voice, repr(config.audio), config.rewriter, parser,
                 config.language, config.title, str(config.author), str(config.source_date)):  # fmt: skip
        digest.update(part.encode("utf-8") + b"\0")
    for path in (*config.lexicon, *([config.artwork] if config.artwork else [])):
        digest.update(path.read_bytes() if path.is_file() else str(path).encode("utf-8"))
    chooser = picture_chooser(config)
    digest.update(b"no pictures" if chooser is None else chooser.identity().encode("utf-8"))
    return digest.hexdigest()


def picture_chooser(config: Config) -> PictureChooser | None:
    """What chooses the pictures: the configured symbol set and the editor's overrides (None: no pictures)."""
    return open_pictures(config.pictures, config.picture_overrides)


def site_fingerprint(config: Config) -> str:
    """Everything the pages and feeds depend on besides the briefings: channel settings and templates."""
    digest = hashlib.sha256()
    for part in (code_identity(), config.base_url, config.title, config.description, str(config.author),
                 str(config.email), config.category, config.language):  # fmt: skip
        digest.update(part.encode("utf-8") + b"\0")
    for folder in (default_templates(), *config.templates):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if path.is_file():
                digest.update(path.as_posix().encode("utf-8") + path.read_bytes())
    return digest.hexdigest()


def build(sources: Sequence[str | Path], config: Config) -> BuildResult:
    """Publish the sources: pages, audio, transcripts, manifest and feeds, swapped into the output at once.

    Briefings published earlier into the same output stay, with their URLs, GUIDs and dates. A source
    whose text and settings are as they were when it was last published is not read, spoken or
    encoded again; when nothing at all changed, the output is left as it is.
    """
    started = time.perf_counter()
    if not sources:
        raise PublisherError("no source files given")
    documents, failed = read_sources(sources, config)  # bad sources stop the build before anything is touched
    with ExitStack() as stack:
        # An unreachable scheduler, or workers that differ from this client, stop the build here too.
        client = stack.enter_context(connect_cluster(config)) if config.scheduler else None
        stack.enter_context(output_lock(config.output_dir))
        data = read_previous(config.output_dir, MANIFEST_PATH)
        previous = None if data is None else Manifest.from_json(data, str(config.output_dir / MANIFEST_PATH))
        known = {b.source: b.fingerprint for b in previous.briefings} if previous else {}
        # Without a cache (--no-cache) everything is made again: that is what the user asked for.
        forced = config.cache_dir is None
        changed = [d for d in documents if forced or known.get(d.source) != d.fingerprint]
        site_digest = site_fingerprint(config)
        if previous is not None and not changed and previous.site_fingerprint == site_digest:
            log.info("nothing changed since the last build of %s", config.output_dir)
            return BuildResult(config.output_dir, (), 0, time.perf_counter() - started,
                               SynthesisReport(0, 0, 0.0, 0), unchanged=len(documents), failed=failed)  # fmt: skip
        result = _publish(changed, config, previous, site_digest, started, client=client)
        return replace(result, unchanged=len(documents) - len(changed), failed=failed)


def connect_cluster(config: Config) -> AbstractContextManager[Client]:
    """A client of the configured Dask scheduler (publisher.cluster: dask is imported only here)."""
    from publisher.cluster import connect

    return connect(config)


def _publish(
    read: list[Document],
    config: Config,
    previous: Manifest | None,
    site_digest: str,
    started: float,
    *,
    client: Client | None,
) -> BuildResult:
    """Rewrite, speak, encode and render the changed briefings, and write the whole output."""
    documents = adopt_identity(read, previous)
    if client is not None:
        from publisher.cluster import encode_on_cluster, rewrite_on_cluster

        documents = rewrite_on_cluster(client, documents, config, rewrite_cache(config))
        return _speak_and_write(documents, encode_on_cluster(client, config), config, previous=previous,
                                site_digest=site_digest, started=started, release=lambda: None)  # fmt: skip
    with ExitStack() as stack:
        documents, loaded, ahead = rewrite_and_load(documents, config)
        engine = SharedEngine(config.engine, config.voice, loaded, workers=config.workers)
        engine.ahead = ahead
        stack.callback(engine.close)
        return _speak_and_write(documents, encode_here(config, engine), config, previous=previous,
                                site_digest=site_digest, started=started, release=engine.close)  # fmt: skip


def rewrite_and_load(
    documents: list[Document], config: Config
) -> tuple[list[Document], Engine | None, dict[str, tuple[Clip | None, float]]]:
    """The documents in easy read, the voice loaded if sentences will be spoken in threads here, and
    the clips spoken ahead while the rewrite ran.

    Both jobs hold the GIL; with workers to spare, a helper process rewrites while this one loads
    the voice, then speaks the sentences whose wording the rewrite's parse cannot change. A voice that
    fails to load now is loaded again (and its error reported) only if a sentence needs speaking; a
    helper that fails leaves the rewrite to this process.
    """
    from publisher.plain import rewrite_documents
    from publisher.plain.helper import RewriteHelper

    memo = rewrite_cache(config)
    if config.workers == 1 or not engine_class(config.engine).thread_safe:
        return rewrite_documents(documents, config.rewriter, memo=memo), None, {}
    helper = RewriteHelper(documents, config.rewriter, memo)
    engine: Engine | None = None
    with suppress(EngineError):
        engine = open_engine(config.engine, config.voice)
    ahead = speak_ahead(documents, config, engine, until=helper.done) if engine is not None else {}
    rewritten = helper.result()
    if rewritten is None:
        rewritten = rewrite_documents(documents, config.rewriter, memo=memo)
    return rewritten, engine, ahead


def rewrite_cache(config: Config) -> RewriteCache:
    """Where sentences the rewrite has restructured before are kept: in the cache folder, one file per
    version of the rewrite's code and its parse model."""
    from publisher.plain.parser import parser_identity

    identity = hashlib.sha256(f"{code_identity('plain')}\0{parser_identity()}".encode()).hexdigest()[:24]
    return RewriteCache(config.cache_dir, identity)


def channel_of(config: Config, documents: Sequence[Document], previous: Manifest | None, cover: Cover) -> Channel:
    """The channel record: the configured settings, and the author named by this build's sources (or,
    when it builds none, the one recorded before)."""
    author = author_of(config, documents) if documents or previous is None else previous.channel.author
    return Channel(
        title=config.title,
        description=config.description,
        author=author,
        email=config.email,
        category=config.category,
        language=config.language,
        base_url=config.base_url,
        artwork=cover.file_name,
    )


def _speak_and_write(
    documents: list[Document],
    encoder: Encoder,
    config: Config,
    *,
    previous: Manifest | None,
    site_digest: str,
    started: float,
    release: Callable[[], None],
) -> BuildResult:
    """Speak, master, encode and bind the rewritten briefings batch by batch, render every output, and
    write them. `release` lets go of the voice once every batch is spoken."""
    from publisher.artwork import make_cover, read_cover  # heavy libraries: loaded only when needed

    if config.strict:
        check_facts(documents)
    chooser = picture_chooser(config)
    cover = read_cover(config.artwork) if config.artwork else make_cover(config.title)
    channel = channel_of(config, documents, previous, cover)
    generator = f"publisher {__version__}"
    site = Manifest(generator=generator, updated=config.build_time, channel=channel, briefings=())
    with spool_for(config.output_dir) as spool:
        done = publish_in_batches(documents, config, encoder, cover=cover, site=site, spool=spool,
                                  numbering=Numbering(previous, config.build_time),
                                  illustrate=lambda batch: add_pictures(batch, chooser))  # fmt: skip
        # The voice (with ONNX Runtime's buffers, some 400 MB) is not needed for the channel's files.
        release()
        give_back_memory()
        manifest = make_manifest(done.entries, channel, generator=generator, built=config.build_time,
                                 previous=previous)  # fmt: skip
        manifest = replace(manifest, site_fingerprint=site_digest)
        # Under the same templates and channel, a briefing published before keeps its page and chapters:
        # rendering them all again made every build slower as the channel grew.
        same_site = previous is not None and previous.site_fingerprint == site_digest and previous.channel == channel
        built = {b.document.slug: b for b in done.briefings}
        redo = frozenset(e.slug for e in manifest.briefings if not same_site or e.slug in built)
        files, kept = render_outputs(RenderJob(manifest, built, redo, cover, config.templates), made=spool.files)
        write_output(config.output_dir, files, keep=kept, spooled=spool)
        written = len(files) + len(spool.files) + len(kept)
    seconds = time.perf_counter() - started
    return BuildResult(config.output_dir, done.briefings, written, seconds, done.synthesis)

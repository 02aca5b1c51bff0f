"""The pipeline, top to bottom: read, script, speak, master and encode, describe, render, write."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, suppress
from dataclasses import dataclass, replace
from pathlib import Path

from threadpoolctl import threadpool_limits

from publisher import __version__, code_identity, default_templates
from publisher.cache import ClipCache, SectionCache
from publisher.config import Config
from publisher.errors import EngineError, FactCheckError, PublisherError, SourceError
from publisher.manifest import adopt_identity, make_manifest
from publisher.model import (
    SYNTHETIC_VOICE_NOTE,
    Briefing,
    Clip,
    Cover,
    Document,
    Script,
    SynthesisReport,
    Tags,
    briefing_guid,
)
from publisher.model.manifest import MANIFEST_PATH, AudioTargets, Channel, Manifest
from publisher.model.render import RenderJob
from publisher.outputs import render_outputs
from publisher.pictures import PictureChooser, add_pictures, open_pictures
from publisher.sources import Loaded, load_sources, parse_source
from publisher.sources.naming import make_unique
from publisher.sources.url import is_url
from publisher.speech import load_lexicon, to_script
from publisher.voices import Engine, engine_class, open_engine
from publisher.voices.runner import synthesize_texts
from publisher.writer import output_lock, read_previous, write_output

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI's summary."""

    output_dir: Path
    briefings: tuple[Briefing, ...]
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


def author_of(config: Config, documents: Sequence[Document]) -> str:
    """The configured author, else the site named in the first source, else the channel title."""
    sites = [value for d in documents for key, value in d.metadata if key == "site"]
    return config.author or (sites[0] if sites else config.title)


def write_scripts(documents: Sequence[Document], config: Config) -> dict[str, list[Script]]:
    """What to say for every section, in the engine's terms (its phoneme markup), by briefing slug."""
    lexicon = load_lexicon(config.lexicon)
    engine_type = engine_class(config.engine)
    alphabet, markup = engine_type.phoneme_alphabet, engine_type.markup
    return {d.slug: [to_script(section, lexicon, alphabet, markup) for section in d.sections] for d in documents}


def speak_scripts(
    scripts: dict[str, list[Script]], config: Config, engine: Engine | None = None
) -> tuple[dict[str, Clip], SynthesisReport]:
    """A clip for every sentence, from the cache or the engine; a failure names its section."""
    texts = [u.engine_text for sections in scripts.values() for script in sections for u in script.utterances]
    cache = ClipCache(config.cache_dir)
    try:
        return synthesize_texts(
            texts,
            config.engine,
            config.voice,
            cache,
            workers=config.workers,
            progress=config.progress,
            timeout=config.engine_timeout,
            engine=engine,
        )
    except EngineError as error:
        where = next(
            (s.section.title for sections in scripts.values() for s in sections
             for u in s.utterances if u.engine_text == error.sentence),
            None,
        )  # fmt: skip
        if where is None:
            raise
        raise EngineError(f"in section '{where}': {error}", sentence=error.sentence) from error


def section_key(script: Script, clips: list[Clip], config: Config) -> str:
    """What a section's mastered audio depends on: the audio settings, its sentences and their clips."""
    digest = hashlib.sha256(f"{code_identity()}\0{config.audio!r}".encode())
    for utterance, clip in zip(script.utterances, clips, strict=True):
        parts = (utterance.text, utterance.spoken, str(utterance.block), str(utterance.item), str(clip.sample_rate))
        digest.update("\0".join(parts).encode("utf-8") + hashlib.sha256(clip.pcm).digest())
    return digest.hexdigest()


def encode_briefing(
    document: Document, scripts: list[Script], clips: dict[str, Clip], config: Config, cover: Cover
) -> Briefing:
    """Each section's clips mastered into tagged MP3s, and one chaptered episode of them all."""
    from publisher.audio import SectionRender, render_episode, render_section, retag_section

    sections = document.sections
    author, year = author_of(config, [document]), document.published.year
    cache = SectionCache(config.cache_dir)

    def render(number: int) -> SectionRender:
        section, script = sections[number - 1], scripts[number - 1]
        tags = Tags(title=section.title, album=document.title, artist=author, track=number, track_total=len(sections),
                    year=year, comment=SYNTHETIC_VOICE_NOTE, cover=cover)  # fmt: skip
        section_clips = [clips[u.engine_text] for u in script.utterances]
        key = section_key(script, section_clips, config)
        cached = cache.get(key)
        if cached is not None:
            return retag_section(*cached, config.audio, tags)
        done = render_section(script, section_clips, config.audio, tags)
        cache.put(key, done.track, done.mp3)
        return done

    # LAME and most of numpy let go of the GIL, so threads master and encode sections side by side.
    numbers = range(1, len(sections) + 1)
    if config.workers == 1:
        rendered = [render(number) for number in numbers]
    else:
        with ThreadPoolExecutor(config.workers) as pool:
            rendered = list(pool.map(render, numbers))
    for section, done in zip(sections, rendered, strict=True):
        log.info("mastered %s / %s (%.1f s)", document.slug, section.slug, done.audio.duration_seconds)
    pictures = tuple(s.chapter_image for s in sections)
    tags = Tags(title=document.title, album=config.title, artist=author, track=1, track_total=1, year=year,
                comment=SYNTHETIC_VOICE_NOTE, cover=cover, chapter_images=pictures)  # fmt: skip
    titles, slugs = [s.title for s in sections], [s.slug for s in sections]
    episode, chapters = render_episode(rendered, titles, slugs, config.audio, tags)
    return Briefing(document, tuple(r.audio for r in rendered), episode, chapters)


def settings_fingerprint(config: Config) -> str:
    """Everything besides its text that a briefing's audio and words depend on."""
    digest = hashlib.sha256()
    voice = engine_class(config.engine).identity(config.voice)
    for part in (code_identity(), config.engine, voice, repr(config.audio), config.rewriter,
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
    with output_lock(config.output_dir):
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
        result = _publish(changed, config, previous, site_digest, started)
        return replace(result, unchanged=len(documents) - len(changed), failed=failed)


def _publish(
    read: list[Document], config: Config, previous: Manifest | None, site_digest: str, started: float
) -> BuildResult:
    """Rewrite, speak, encode and render the changed briefings, and write the whole output."""
    documents = adopt_identity(read, previous)
    with ExitStack() as stack:
        documents, engine = rewrite_and_load(documents, config)
        if engine is not None:
            stack.callback(engine.close)
        return _speak_and_write(documents, engine, config, previous=previous, site_digest=site_digest, started=started)


def rewrite_and_load(documents: list[Document], config: Config) -> tuple[list[Document], Engine | None]:
    """The documents in easy read, and the voice loaded if sentences will be spoken in threads here.

    Both jobs hold the GIL; with workers to spare, a helper process rewrites while this one loads
    the voice. A voice that fails to load now is loaded again (and its error reported) only if a
    sentence needs speaking; a helper that fails leaves the rewrite to this process.
    """
    from publisher.plain import rewrite_documents
    from publisher.plain.helper import RewriteHelper

    if config.workers == 1 or not engine_class(config.engine).thread_safe:
        return rewrite_documents(documents, config.rewriter), None
    helper = RewriteHelper(documents, config.rewriter)
    engine: Engine | None = None
    with suppress(EngineError):
        engine = open_engine(config.engine, config.voice)
    rewritten = helper.result()
    return (rewrite_documents(documents, config.rewriter) if rewritten is None else rewritten), engine


def bind_book(briefing: Briefing, config: Config, cover: Cover) -> Briefing:
    """The briefing with its talking book: its text and section MP3s as an EPUB with Media Overlays."""
    from publisher.book import make_book

    document = briefing.document
    book = make_book(briefing, author=author_of(config, [document]), publisher=config.title,
                     guid=briefing_guid(document.slug), cover=cover, generator=f"publisher {__version__}")  # fmt: skip
    return replace(briefing, book=book)


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
    engine: Engine | None,
    config: Config,
    *,
    previous: Manifest | None,
    site_digest: str,
    started: float,
) -> BuildResult:
    """Speak, master and encode the rewritten briefings, render every output, and write them."""
    from publisher.artwork import make_cover, read_cover  # heavy libraries: loaded only when needed

    if config.strict:
        check_facts(documents)
    documents = add_pictures(documents, picture_chooser(config))
    cover = read_cover(config.artwork) if config.artwork else make_cover(config.title)
    scripts = write_scripts(documents, config)
    clips, synthesis = speak_scripts(scripts, config, engine)
    # Parallel work is ours (config.workers threads); BLAS threads on top of them only spin and contend.
    # A limit covers the libraries loaded when it is set, so it is set here, after the voice is loaded.
    with threadpool_limits(limits=1, user_api="blas"):
        briefings = [encode_briefing(d, scripts[d.slug], clips, config, cover) for d in documents]
    briefings = [bind_book(b, config, cover) for b in briefings]
    channel = channel_of(config, documents, previous, cover)
    targets = AudioTargets(config.audio.loudness_lufs, config.audio.true_peak_dbtp)
    manifest = make_manifest(briefings, channel, generator=f"publisher {__version__}", built=config.build_time,
                             targets=targets, previous=previous)  # fmt: skip
    manifest = replace(manifest, site_fingerprint=site_digest)
    # Under the same templates and channel, a briefing published before keeps its page and chapters:
    # rendering them all again made every build slower as the channel grew.
    same_site = previous is not None and previous.site_fingerprint == site_digest and previous.channel == channel
    built = {b.document.slug: b for b in briefings}
    redo = frozenset(e.slug for e in manifest.briefings if not same_site or e.slug in built)
    files, kept = render_outputs(RenderJob(manifest, built, redo, cover, config.templates))
    write_output(config.output_dir, files, keep=kept)
    seconds = time.perf_counter() - started
    return BuildResult(config.output_dir, tuple(briefings), len(files) + len(kept), seconds, synthesis)

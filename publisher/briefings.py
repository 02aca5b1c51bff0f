"""Briefings spoken, mastered, encoded and bound, a batch at a time: each batch's files go to disk as it
is finished and only its records stay, so a build of a thousand factsheets holds no more than one batch."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

from threadpoolctl import threadpool_limits

from publisher import __version__, code_identity
from publisher.audio import SectionRender
from publisher.cache import ClipCache, SectionCache, clip_key
from publisher.config import Config
from publisher.errors import EngineError
from publisher.manifest import Numbering, briefing_entry
from publisher.memory import give_back_memory
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
from publisher.model.manifest import AudioTargets, BriefingEntry, Manifest
from publisher.model.render import RenderJob
from publisher.outputs import render_briefing_files
from publisher.speech import load_lexicon, to_script
from publisher.voices import Engine, engine_class
from publisher.voices.runner import SharedEngine, clip_identity, speak_sentence, start_in_threads, synthesize_texts
from publisher.writer import Spool

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


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
    scripts: dict[str, list[Script]], config: Config, engine: Engine | SharedEngine | None = None
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


def speak_ahead(
    documents: Sequence[Document], config: Config, engine: Engine, until: Callable[[], bool]
) -> dict[str, tuple[Clip | None, float]]:
    """While the easy-read rewrite runs elsewhere, speak the sentences whose wording its parse cannot
    change (short ones, worded by the quick rewrite exactly as by the full one), until it is done.

    A clip is kept by the text the engine speaks, so one spoken for nothing is only wasted work, never
    a wrong sentence; an engine error stops the speaking ahead and is met again, named, later. At most a
    batch of clips (config.batch_sentences) is held in memory, so a large build's memory stays flat;
    beyond that they go to the clip cache (recorded with None), or, without one, speaking ahead stops.
    """
    from publisher.plain import rewrite_documents, settled

    if until():
        return {}
    quick = rewrite_documents(documents, config.rewriter, quick=True)
    cache, identity = ClipCache(config.cache_dir), clip_identity(config.engine, config.voice)
    ahead: dict[str, tuple[Clip | None, float]] = {}
    held = 0
    for sections in write_scripts(quick, config).values():
        for utterance in (u for script in sections for u in script.utterances):
            if until() or (held >= config.batch_sentences and config.cache_dir is None):
                return ahead
            text = utterance.engine_text
            if text in ahead or not settled(utterance.text) or cache.get(clip_key(identity, text)) is not None:
                continue
            try:
                clip, seconds = speak_sentence(engine, text, config.engine_timeout)
            except EngineError:
                return ahead
            if held < config.batch_sentences:
                ahead[text], held = (clip, seconds), held + 1
            else:
                cache.put(clip_key(identity, text), clip)
                ahead[text] = (None, seconds)
    return ahead


def section_key(script: Script, clips: list[Clip], config: Config) -> str:
    """What a section's mastered audio depends on: the audio settings, its sentences and their clips."""
    digest = hashlib.sha256(f"{code_identity()}\0{config.audio!r}".encode())
    for utterance, clip in zip(script.utterances, clips, strict=True):
        parts = (utterance.text, utterance.spoken, str(utterance.block), str(utterance.item), str(clip.sample_rate))
        digest.update("\0".join(parts).encode("utf-8") + hashlib.sha256(clip.pcm).digest())
    return digest.hexdigest()


def section_tags(document: Document, number: int, config: Config, cover: Cover) -> Tags:
    """The ID3 tags of a briefing's section MP3 (numbered from 1)."""
    section, sections = document.sections[number - 1], document.sections
    return Tags(title=section.title, album=document.title, artist=author_of(config, [document]), track=number,
                track_total=len(sections), year=document.published.year, comment=SYNTHETIC_VOICE_NOTE,
                cover=cover)  # fmt: skip


# Mastering a section holds about 0.65 MB per second of its audio (float samples at 44.1 kHz, the
# loudness-weighted copy, the limiter's gains): two threads on two long sections held 160 MB at once.
MASTERING_SECONDS = 150.0


def within_budget(
    jobs: Sequence[T], cost: Callable[[T], float], budget: float, work: Callable[[T], R], threads: int
) -> list[R]:
    """work(job) for every job, in order, on up to `threads` threads: each free thread takes the
    costliest job that fits beside those running within the budget (one over budget runs alone)."""
    costs = [cost(job) for job in jobs]
    pending = sorted(range(len(jobs)), key=lambda i: -costs[i])
    results: dict[int, R] = {}
    state = {"cost": 0.0, "busy": 0, "failed": 0}
    changed = threading.Condition()

    def take() -> int | None:
        with changed:
            while pending and not state["failed"]:
                fits = [n for n, i in enumerate(pending) if not state["busy"] or state["cost"] + costs[i] <= budget]
                if fits:
                    index = pending.pop(fits[0])
                    state["cost"] += costs[index]
                    state["busy"] += 1
                    return index
                changed.wait()
            return None

    def worker() -> None:
        while (index := take()) is not None:
            try:
                results[index] = work(jobs[index])
            except BaseException:
                state["failed"] = 1
                raise
            finally:
                with changed:
                    state["cost"] -= costs[index]
                    state["busy"] -= 1
                    changed.notify_all()

    if threads <= 1:
        return [work(job) for job in jobs]
    with ThreadPoolExecutor(threads) as pool:
        for running in [pool.submit(worker) for _ in range(min(threads, len(jobs)))]:
            running.result()
    return [results[i] for i in range(len(jobs))]


def render_sections(
    batch: Sequence[Document], scripts: dict[str, list[Script]], clips: dict[str, Clip], config: Config, cover: Cover
) -> dict[str, list[SectionRender]]:
    """Each section's clips mastered into a tagged MP3 (from the section cache when it has them), for
    every briefing of a batch, by slug."""
    from publisher.audio import render_section, retag_section

    cache = SectionCache(config.cache_dir)

    def render(where: tuple[Document, int]) -> SectionRender:
        document, number = where
        script, tags = scripts[document.slug][number - 1], section_tags(document, number, config, cover)
        section_clips = [clips[u.engine_text] for u in script.utterances]
        key = section_key(script, section_clips, config)
        cached = cache.get(key)
        if cached is not None:
            return retag_section(*cached, config.audio, tags)
        done = render_section(script, section_clips, config.audio, tags)
        cache.put(key, done.track, done.mp3)
        # The mastered samples are encoded now; a whole batch of them would be held until the last.
        return replace(done, track=replace(done.track, pcm=b""))

    def seconds(where: tuple[Document, int]) -> float:
        document, number = where
        return sum(len(clips[u.engine_text].pcm) / 2 / clips[u.engine_text].sample_rate
                   for u in scripts[document.slug][number - 1].utterances)  # fmt: skip

    sections = [(d, number) for d in batch for number in range(1, len(d.sections) + 1)]
    # LAME and most of numpy let go of the GIL, so threads master and encode sections side by side: all
    # the batch's sections, the longest first, within a memory budget (see MASTERING_SECONDS).
    made = within_budget(sections, seconds, MASTERING_SECONDS, render, threads=config.workers)
    rendered: dict[str, list[SectionRender]] = {d.slug: [] for d in batch}
    for (document, _), section in zip(sections, made, strict=True):
        rendered[document.slug].append(section)
    return rendered


def join_episode(document: Document, rendered: list[SectionRender], config: Config, cover: Cover) -> Briefing:
    """The briefing: its sections' MP3s, and one chaptered episode of them all."""
    from publisher.audio import render_episode

    sections = document.sections
    for section, done in zip(sections, rendered, strict=True):
        log.info("mastered %s / %s (%.1f s)", document.slug, section.slug, done.audio.duration_seconds)
    pictures = tuple(s.chapter_image for s in sections)
    tags = Tags(title=document.title, album=config.title, artist=author_of(config, [document]), track=1,
                track_total=1, year=document.published.year, comment=SYNTHETIC_VOICE_NOTE, cover=cover,
                chapter_images=pictures)  # fmt: skip
    titles, slugs = [s.title for s in sections], [s.slug for s in sections]
    episode, chapters = render_episode(rendered, titles, slugs, config.audio, tags)
    return Briefing(document, tuple(r.audio for r in rendered), episode, chapters)


def encode_briefing(
    document: Document, scripts: list[Script], clips: dict[str, Clip], config: Config, cover: Cover
) -> Briefing:
    """Each section's clips mastered into tagged MP3s, and one chaptered episode of them all."""
    rendered = render_sections([document], {document.slug: scripts}, clips, config, cover)
    return join_episode(document, rendered[document.slug], config, cover)


def bind_book(briefing: Briefing, config: Config, cover: Cover) -> Briefing:
    """The briefing with its talking book: its text and section MP3s as an EPUB with Media Overlays."""
    from publisher.book import make_book

    document = briefing.document
    book = make_book(briefing, author=author_of(config, [document]), publisher=config.title,
                     guid=briefing_guid(document.slug), cover=cover, generator=f"publisher {__version__}")  # fmt: skip
    return replace(briefing, book=book)


EncodeBatch = Callable[[list[Document], dict[str, list[Script]], Cover], tuple[list[Briefing], SynthesisReport]]


@dataclass(frozen=True)
class Encoder:
    """How a batch of briefings gets its audio (here, or on a cluster: publisher.cluster), and how many
    batches are made at once while the build binds and renders the one before them."""

    encode: EncodeBatch
    ahead: int = 1


def encode_here(config: Config, engine: SharedEngine) -> Encoder:
    """Speak a batch's sentences here (threads or worker processes), then master and encode it; one
    batch at a time, as one fills the cores and holds its clips."""

    def encode(
        batch: list[Document], scripts: dict[str, list[Script]], cover: Cover
    ) -> tuple[list[Briefing], SynthesisReport]:
        clips, report = speak_scripts({d.slug: scripts[d.slug] for d in batch}, config, engine)
        # Parallel work is ours (config.workers threads); BLAS threads on top of them only spin and
        # contend. A limit covers the libraries loaded when it is set: here, after the voice is loaded.
        with threadpool_limits(limits=1, user_api="blas"):
            rendered = render_sections(batch, scripts, clips, config, cover)
            return [join_episode(d, rendered[d.slug], config, cover) for d in batch], report

    return Encoder(encode)


def batches(documents: Sequence[Document], scripts: dict[str, list[Script]], size: int) -> Iterator[list[Document]]:
    """The documents in order, in groups of whole briefings of about `size` sentences."""
    batch: list[Document] = []
    sentences = 0
    for document in documents:
        batch.append(document)
        sentences += sum(len(script.utterances) for script in scripts[document.slug])
        if sentences >= size:
            yield batch
            batch, sentences = [], 0
    if batch:
        yield batch


def worked_ahead(jobs: Iterable[T], work: Callable[[T], R], ahead: int = 1) -> Iterator[R]:
    """work(job) for each job, in order, each in a thread of its own: while the caller uses one result,
    the next `ahead` are being made (and no more).

    The threads are daemons (see start_in_threads): a caller that stops early does not wait for them."""
    running: deque[Future[R]] = deque()
    for job in jobs:
        if len(running) < ahead:
            running += start_in_threads(work, [job], 1)
            continue
        done = running.popleft().result()
        running += start_in_threads(work, [job], 1)
        yield done
        del done  # or a batch's audio would be held until the next batch is made
    while running:
        yield running.popleft().result()


def without_media(briefing: Briefing) -> Briefing:
    """The briefing's record for the build's summary, once its files are on disk: its title, source,
    slug, readability and each section's title and slug, without its text, timings, pictures or bytes
    (the manifest's entries hold what the channel's files need; 500 briefings held some 26 MB more)."""
    document = briefing.document
    sections = tuple(
        replace(s, blocks=(), original=(), report=None, pictures=(), chapter_image=b"") for s in document.sections
    )
    return replace(
        briefing,
        document=replace(document, sections=sections, glossary=(), unexplained=(), metadata=(), draft=None),
        audio=tuple(replace(a, data=b"", cues=()) for a in briefing.audio),
        episode=replace(briefing.episode, data=b"", cues=()),
        chapters=(),
        book=b"",
    )


@dataclass(frozen=True)
class Published:
    """The briefings of a build once their files are on disk: their records, and what speaking cost."""

    briefings: tuple[Briefing, ...]  # without their text, timings and bytes (see without_media)
    entries: tuple[BriefingEntry, ...]
    synthesis: SynthesisReport


def publish_in_batches(
    documents: Sequence[Document],
    config: Config,
    encoder: Encoder,
    *,
    cover: Cover,
    site: Manifest,
    numbering: Numbering,
    spool: Spool,
    illustrate: Callable[[list[Document]], list[Document]] = list,
) -> Published:
    """Every briefing spoken, encoded and bound a batch at a time, and all its files (audio, book,
    pictures, transcripts, chapters, page) put in the spool as soon as its batch is done; the clips and
    bytes of a batch are let go before the next. `site` is the manifest without briefings (its channel
    and generator, for the pages); `numbering` gives each briefing its episode number and dates;
    `illustrate` gives a batch its pictures (the voice needs only the words, so the first batch's
    sentences are spoken while the later batches' pictures are chosen)."""
    scripts = write_scripts(documents, config)
    targets = AudioTargets(config.audio.loudness_lufs, config.audio.true_peak_dbtp)
    light: list[Briefing] = []
    entries: list[BriefingEntry] = []
    reports: list[SynthesisReport] = []
    # A batch is spoken, mastered and encoded while the one before it is bound and rendered here: its
    # books and pages are mostly Python, its sentences and sections mostly native code, so the cores
    # stay busy across the turn from one batch to the next.
    encoded = worked_ahead(batches(documents, scripts, config.batch_sentences),
                           lambda b: encoder.encode(illustrate(b), scripts, cover), encoder.ahead)  # fmt: skip
    for encoded_batch, report in encoded:
        briefings = [bind_book(b, config, cover) for b in encoded_batch]
        records = [numbering.settle(briefing_entry(b, targets)) for b in briefings]
        made = {b.document.slug: b for b in briefings}
        job = RenderJob(replace(site, briefings=tuple(records)), made, frozenset(made), cover, config.templates)
        spool.put(render_briefing_files(job))
        light += [without_media(b) for b in briefings]
        entries += records
        reports.append(report)
        del briefings, encoded_batch
        give_back_memory()
    synthesis = SynthesisReport(
        sum(r.synthesized for r in reports),
        sum(r.cached for r in reports),
        round(sum(r.engine_seconds for r in reports), 3),
        max((r.workers for r in reports), default=0),
    )
    return Published(tuple(light), tuple(entries), synthesis)

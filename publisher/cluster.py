"""Scale-out on Dask distributed (the `dask` extra, imported only with --scheduler): the easy-read
rewrite runs on the cluster's workers a few documents at a time, and each section is spoken, mastered
and encoded on a worker; this process keeps the caches, the order, the manifest, the pages, the feeds
and all writing.

A worker loads the voice once, through a WorkerPlugin (workers that join later get it too). Every
task carries this client's publisher and voice identity, and a worker with another one refuses it.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from distributed import Client, WorkerPlugin, get_worker

from publisher import code_identity
from publisher.audio import SectionRender, retag_section
from publisher.audio.mixing import encode_mp3, mix_section
from publisher.briefings import Encoder, join_episode, section_key, section_tags
from publisher.cache import ClipCache, RewriteCache, SectionCache, clip_key
from publisher.config import Config
from publisher.errors import ConfigError, EngineError, PublisherError
from publisher.model import AudioSettings, Briefing, Clip, Cover, Document, Script, SynthesisReport, Track
from publisher.voices import Engine, engine_class, open_engine
from publisher.voices.runner import clip_identity, speak_sentence

CONNECT_SECONDS = 10
REWRITE_TASKS_PER_WORKER = 6  # enough for the workers to share the rewrite evenly, few enough to cost little
# The parse keeps its latest parses in a module-level table: a worker with several threads rewrites one
# task at a time (the rewrite holds the GIL, so nothing is lost).
_REWRITING = threading.Lock()


def worker_identity(engine_name: str, voice: str | None) -> str:
    """What must be the same on every worker and this client for the output to be the same."""
    return f"publisher {code_identity()}; {clip_identity(engine_name, voice)}"


def rewrite_identity() -> str:
    """What must be the same on a worker and this client for the rewrite to be the same."""
    from publisher.plain.parser import parser_identity

    return f"publisher {code_identity()}; {parser_identity()}"


class VoicePlugin(WorkerPlugin):
    """Loads the voice once in each worker, for all the tasks of every build that asks for it."""

    def __init__(self, engine_name: str, voice: str | None) -> None:
        """A plugin for this engine and voice (loaded in setup, on the worker)."""
        self.engine_name, self.voice = engine_name, voice
        self.name = f"publisher-voice:{engine_name}:{voice or ''}"
        self.engine: Engine | None = None
        self.lock: threading.Lock | None = None

    def setup(self, worker: Any) -> None:
        """Load the voice; an engine that is not thread-safe speaks for one task at a time."""
        self.engine = open_engine(self.engine_name, self.voice)
        self.lock = None if engine_class(self.engine_name).thread_safe else threading.Lock()

    def teardown(self, worker: Any) -> None:
        """Close the voice."""
        if self.engine is not None:
            self.engine.close()

    def speak(self, text: str, timeout: float) -> tuple[Clip, float]:
        """One clip and the seconds it took."""
        if self.engine is None:
            raise EngineError(f"the voice {self.name} is not loaded on this worker")
        if self.lock is None:
            return speak_sentence(self.engine, text, timeout)
        with self.lock:
            return speak_sentence(self.engine, text, timeout)


@dataclass(frozen=True)
class SectionJob:
    """One section for a worker: its sentences and how to master it (the clips this client holds for it
    travel beside the job, in the same task)."""

    script: Script
    settings: AudioSettings
    timeout: float
    plugin: str
    identity: str


@dataclass(frozen=True)
class SectionMade:
    """A worker's section: its mastered track (no PCM) and untagged MP3, the clips it spoke, and how long
    the voice took."""

    track: Track
    mp3: bytes = field(repr=False)
    spoken: dict[str, Clip] = field(repr=False)
    engine_seconds: float


def make_section(job: SectionJob, known: dict[str, Clip]) -> SectionMade:
    """Speak the sentences not known yet, then master and encode the section (runs on a worker)."""
    plugin = get_worker().plugins[job.plugin]
    if not isinstance(plugin, VoicePlugin):
        raise ConfigError(f"the worker has no voice plugin {job.plugin}")
    theirs = worker_identity(plugin.engine_name, plugin.voice)
    if theirs != job.identity:
        raise ConfigError(f"a worker runs {theirs}, not {job.identity}: install the same publisher and voice")
    spoken: dict[str, Clip] = {}
    seconds = 0.0
    clips = []
    for utterance in job.script.utterances:
        text = utterance.engine_text
        clip = known.get(text) or spoken.get(text)
        if clip is None:
            clip, took = plugin.speak(text, job.timeout)
            spoken[text], seconds = clip, seconds + took
        clips.append(clip)
    track = mix_section(job.script, clips, job.settings)
    return SectionMade(replace(track, pcm=b""), encode_mp3(track, job.settings), spoken, seconds)


class _TaskMemo:
    """A rewrite task's memo: the client's restructured sentences, and those the task adds."""

    def __init__(self, known: dict[str, object]) -> None:
        self.known, self.added = known, dict[str, object]()

    def get(self, key: str) -> object | None:
        """The value the client or this task keeps for key, or None."""
        return self.added.get(key, self.known.get(key))

    def put(self, key: str, value: object) -> None:
        """Keep a value, to go back to the client."""
        self.added[key] = value

    def save(self) -> None:
        """Nothing to write here: the client keeps what comes back."""


def rewrite_part(
    documents: list[Document], rewriter: str, known: dict[str, object], identity: str
) -> tuple[list[Document], dict[str, object]]:
    """Some documents in easy read and the restructured sentences learnt meanwhile (runs on a worker,
    which loads the parse on its first such task)."""
    from publisher.plain import rewrite_documents

    theirs = rewrite_identity()
    if theirs != identity:
        raise ConfigError(f"a worker runs {theirs}, not {identity}: install the same publisher and parse model")
    memo = _TaskMemo(known)
    with _REWRITING:
        return rewrite_documents(documents, rewriter, memo=memo), memo.added


def rewrite_on_cluster(client: Client, documents: list[Document], config: Config, memo: RewriteCache) -> list[Document]:
    """The documents in easy read, rewritten on the workers a few at a time (the parse is most of a
    build's work besides speaking, and on the client it would keep the workers waiting); the memo
    gains what they learnt."""
    from publisher.plain import rewrite_documents

    if config.rewriter != "rules" or not documents:  # nothing to parse
        return rewrite_documents(documents, config.rewriter, memo=memo)
    identity = rewrite_identity()
    workers = max(1, len(client.scheduler_info()["workers"]))
    size = -(-len(documents) // (workers * REWRITE_TASKS_PER_WORKER))
    parts = [documents[start : start + size] for start in range(0, len(documents), size)]
    known = memo.entries()
    shared = client.scatter([known], broadcast=True)[0] if known else {}
    futures = [client.submit(rewrite_part, part, config.rewriter, shared, identity, pure=False,
                             priority=len(parts) - place) for place, part in enumerate(parts)]  # fmt: skip
    results = _gathered(client, futures, "rewrite", PublisherError, [shared] if known else [])
    for _, added in results:
        for key, value in added.items():
            memo.put(key, value)
    memo.save()
    return [document for rewritten, _ in results for document in rewritten]


def _light(script: Script) -> Script:
    """The script without its section's pictures: a worker needs only the words."""
    return replace(script, section=replace(script.section, pictures=(), chapter_image=b""))


@contextmanager
def connect(config: Config) -> Iterator[Client]:
    """A client of the configured scheduler with the voice plugin registered on its workers; a clear
    error when the scheduler cannot be reached or a worker runs another publisher or voice."""
    address = config.scheduler or ""
    try:
        client = Client(address, timeout=f"{CONNECT_SECONDS}s", set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise PublisherError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        try:
            client.get_versions(check=True)
        except ValueError as error:
            raise ConfigError(f"the Dask workers at {address} run other packages: {error}") from None
        mine = worker_identity(config.engine, config.voice)
        theirs = client.run(worker_identity, config.engine, config.voice)
        other = next(((w, i) for w, i in theirs.items() if i != mine), None)
        if other is not None:
            raise ConfigError(f"the Dask worker {other[0]} runs {other[1]}, not {mine}")
        if not theirs:
            raise PublisherError(f"the Dask scheduler at {address} has no workers")
        client.register_plugin(VoicePlugin(config.engine, config.voice))
        yield client
    finally:
        client.close()


def encode_on_cluster(client: Client, config: Config) -> Encoder:
    """Encode a batch with its sections made on the cluster (those the caches hold are made here). Two
    batches are in the cluster's hands at once, so that the workers go on to the next batch's sections
    while the last of a batch are made (the earlier batch's sections go first)."""
    plugin = VoicePlugin(config.engine, config.voice).name
    identity = worker_identity(config.engine, config.voice)
    clip_cache, section_cache = ClipCache(config.cache_dir), SectionCache(config.cache_dir)
    clip_id = clip_identity(config.engine, config.voice)
    queue = SectionQueue(client)

    def encode(
        batch: list[Document], scripts: dict[str, list[Script]], cover: Cover
    ) -> tuple[list[Briefing], SynthesisReport]:
        made: dict[tuple[str, int], SectionRender] = {}
        jobs: list[SectionJob] = []
        places: list[tuple[Document, int]] = []
        held: dict[str, Clip] = {}  # the clips of the cluster's sections that this client's cache holds
        cached = 0
        for document in batch:
            for number, script in enumerate(scripts[document.slug], 1):
                texts = dict.fromkeys(u.engine_text for u in script.utterances)
                known = {t: c for t in texts if (c := clip_cache.get(clip_key(clip_id, t))) is not None}
                cached += len(known)
                tags = section_tags(document, number, config, cover)
                if len(known) == len(texts):
                    key = section_key(script, [known[u.engine_text] for u in script.utterances], config)
                    hit = section_cache.get(key)
                    if hit is not None:
                        made[document.slug, number] = retag_section(*hit, config.audio, tags)
                        continue
                jobs.append(SectionJob(_light(script), config.audio, config.engine_timeout, plugin, identity))
                places.append((document, number))
                held.update(known)
        place = list(scripts).index(batch[0].slug) if batch else 0  # the batch's place in the build
        results: Sequence[SectionMade] = queue.made(jobs, held, place)
        spoken = 0
        for (document, number), result in zip(places, results, strict=True):
            for text, clip in result.spoken.items():
                clip_cache.put(clip_key(clip_id, text), clip)
            spoken += len(result.spoken)
            clips = {**held, **result.spoken}
            script = scripts[document.slug][number - 1]
            section_cache.put(section_key(script, [clips[u.engine_text] for u in script.utterances], config),
                              result.track, result.mp3)  # fmt: skip
            made[document.slug, number] = retag_section(result.track, result.mp3, config.audio,
                                                        section_tags(document, number, config, cover))  # fmt: skip
        briefings = [
            join_episode(d, [made[d.slug, n] for n in range(1, len(d.sections) + 1)], config, cover) for d in batch
        ]
        seconds = round(sum(r.engine_seconds for r in results), 3)
        return briefings, SynthesisReport(spoken, cached, seconds, len(client.scheduler_info()["workers"]))

    return Encoder(encode, ahead=2)


class SectionQueue:
    """The cluster's sections, sent from here a few at a time: each worker thread holds at most
    IN_HAND of them, and the next to go is the earliest batch's longest section.

    Each worker keeps its own queue of the tasks Dask has handed it: with every section sent at once, a
    worker could be left with an earlier batch's sections while the other went on to a later batch, and
    the build waited for the earlier batch with one worker idle.
    """

    IN_HAND = 2  # one running and one ready, so that a worker never waits for this client

    def __init__(self, client: Client) -> None:
        """A queue for this client's cluster."""
        self.client = client
        self.lock = threading.Lock()
        self.waiting: list[tuple[int, int, int, SectionJob, dict[str, Any], Future[SectionMade]]] = []
        self.numbers = itertools.count()
        self.in_hand = 0
        self.limit = 1

    def made(self, jobs: list[SectionJob], held: dict[str, Clip], batch: int = 0) -> list[SectionMade]:
        """The sections made by the cluster, in order; a failure on a worker as a one-line error. Each
        task carries the held clips of its own sentences (see below). Sections of a batch that comes
        earlier in the build (a lower `batch`) go first, and within a batch the longest, so that no
        worker is left with a long one at the end while the others wait."""
        if not jobs:
            return []
        results: list[Future[SectionMade]] = [Future() for _ in jobs]
        with self.lock:
            self.limit = max(1, self.IN_HAND * sum(self.client.nthreads().values()))
            for job, result in zip(jobs, results, strict=True):
                said = [u.engine_text for u in job.script.utterances]
                # In the task itself, not scattered: a task that needs data on a worker is sent to that
                # worker, busy or not, and the data dies with it (scattered data cannot be made again).
                known = {text: held[text] for text in said if text in held}
                length = sum(map(len, said))
                heapq.heappush(self.waiting, (batch, -length, next(self.numbers), job, known, result))
        self._send()
        try:
            with _worker_failures("make a section", EngineError):
                return [result.result() for result in results]
        finally:
            with self.lock:
                self.waiting = [entry for entry in self.waiting if entry[-1] not in results]
                heapq.heapify(self.waiting)

    def _send(self) -> None:
        """Send the next sections while the workers hold fewer than the limit."""
        with self.lock:
            while self.waiting and self.in_hand < self.limit:
                *_, job, known, result = heapq.heappop(self.waiting)
                task = self.client.submit(make_section, job, known, pure=False)
                self.in_hand += 1
                task.add_done_callback(partial(self._finished, result=result))

    def _finished(self, task: Any, result: Future[SectionMade]) -> None:
        """A section is made (or failed): send the next, then take this one's result back."""
        with self.lock:
            self.in_hand -= 1
        self._send()
        try:
            result.set_result(task.result())
        except BaseException as failure:  # handed to the batch that waits for it
            result.set_exception(failure)


def _gathered(
    client: Client, futures: list[Any], doing: str, error: type[PublisherError], data: list[Any]
) -> list[Any]:
    """The futures' results in order, a failure on a worker as a one-line error of this kind; the
    futures and the data scattered for them are let go either way."""
    try:
        with _worker_failures(doing, error):
            return list(client.gather(futures))
    finally:
        client.cancel([*futures, *data])


@contextmanager
def _worker_failures(doing: str, error: type[PublisherError]) -> Iterator[None]:
    """A task's failure on a worker (it comes back as the task's own exception) as a one-line error."""
    try:
        yield
    except PublisherError:
        raise
    except Exception as failure:
        raise error(f"a Dask worker failed to {doing}: {type(failure).__name__}: {failure}") from None

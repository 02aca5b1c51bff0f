"""Speak many sentences: from the clip cache where possible, else with the engine in one or more processes."""

from __future__ import annotations

import multiprocessing
import queue
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from typing import TypeVar

from threadpoolctl import threadpool_limits
from tqdm import tqdm

from publisher import code_identity
from publisher.cache import ClipCache, clip_key
from publisher.errors import EngineError, PublisherError
from publisher.model import Clip, SynthesisReport

from . import engine_class, open_engine
from .base import Engine

_T = TypeVar("_T")
_R = TypeVar("_R")

# Sentences handed to a worker at a time: small enough to balance two cores, large enough to be cheap.
CHUNK = 4

# The engine of a worker process (set by its initializer).
_worker_engines: list[Engine] = []
_worker_timeouts: list[float] = []


def _too_slow(engine: Engine, text: str, timeout: float) -> EngineError:
    """The error for an engine that went over its time limit on one sentence."""
    message = f"engine '{engine.name}' took over {timeout:g} s on {text[:60]!r} and was stopped"
    return EngineError(message, sentence=text)


def speak_sentence(engine: Engine, text: str, timeout: float = 0) -> tuple[Clip, float]:
    """One clip and the seconds the engine took, or an EngineError naming the sentence.

    With a timeout (seconds), the engine speaks in a daemon thread that is given up on when the time
    is over, so the limit holds in any thread of any process (a signal-based alarm works only in a
    main thread); a worker process whose engine is stuck is ended by the pool's own limit.
    """
    started = time.perf_counter()
    try:
        if timeout > 0:
            (future,) = start_in_threads(engine.synthesize, [text], 1)
            try:
                clip = future.result(timeout=timeout)
            except FuturesTimeout:
                raise _too_slow(engine, text, timeout) from None
        else:
            clip = engine.synthesize(text)
    except PublisherError:
        raise
    except Exception as error:
        raise EngineError(f"engine '{engine.name}' failed on {text[:60]!r}: {error}", sentence=text) from error
    return clip, time.perf_counter() - started


def _start_worker(name: str, voice: str | None, timeout: float) -> None:
    """Load the engine once per worker process."""
    _worker_engines.append(open_engine(name, voice))
    _worker_timeouts.append(timeout)


def _work(texts: list[str]) -> list[tuple[str, Clip | None, float, str | None]]:  # in a worker
    """Speak a chunk in a worker; errors come back as messages (exceptions may not pickle)."""
    results: list[tuple[str, Clip | None, float, str | None]] = []
    for text in texts:
        try:
            clip, seconds = speak_sentence(_worker_engines[0], text, _worker_timeouts[0])
            results.append((text, clip, seconds, None))
        except PublisherError as error:
            results.append((text, None, 0.0, str(error)))
            break
    return results


def clip_identity(engine_name: str, voice: str | None) -> str:
    """What a clip depends on besides its text: the engine, its voice and model, and the engine code."""
    return f"{engine_name}: {engine_class(engine_name).identity(voice)} (publisher {code_identity('voices')})"


class SharedEngine:
    """One engine for a whole build, loaded the first time a sentence needs it (or given loaded), so
    speaking a build's briefings batch by batch loads the voice once; close() closes it."""

    def __init__(self, name: str, voice: str | None, loaded: Engine | None = None, workers: int = 1) -> None:
        """An engine named so, not loaded yet unless given; `workers` processes if it runs in processes."""
        self.name, self.voice, self._engine, self.workers = name, voice, loaded, workers
        self._pool: ProcessPoolExecutor | None = None
        # Clips spoken before the build asked for them (while the easy-read rewrite ran), by engine text,
        # with the engine's seconds (None: the clip was put in the clip cache): taken, not spoken again.
        self.ahead: dict[str, tuple[Clip | None, float]] = {}

    def get(self) -> Engine:
        """The engine, loaded now if it was not."""
        if self._engine is None:
            self._engine = open_engine(self.name, self.voice)
        return self._engine

    def processes(self, timeout: float) -> ProcessPoolExecutor:
        """Worker processes with an engine each, for an engine that is not thread-safe: started the first
        time they are needed and kept for the build, so each batch does not load the voice again."""
        if self._pool is None:
            self._pool = _engine_processes(self.name, self.voice, self.workers, timeout)
        return self._pool

    def close(self) -> None:
        """Close the engine if it was loaded, and end its worker processes if they were started."""
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def synthesize_texts(
    texts: Sequence[str],
    engine_name: str,
    voice: str | None,
    cache: ClipCache,
    *,
    workers: int = 1,
    progress: bool = False,
    timeout: float = 0,
    engine: Engine | SharedEngine | None = None,
) -> tuple[dict[str, Clip], SynthesisReport]:
    """A clip for every text. The engine is loaded only if some text is not in the cache, unless it
    is given loaded (the caller then closes it) or shared (loaded then, and closed by its owner)."""
    engine_type = engine_class(engine_name)
    identity = clip_identity(engine_name, voice)
    clips: dict[str, Clip] = {}
    missing: list[str] = []
    ahead = engine.ahead if isinstance(engine, SharedEngine) else {}
    early = 0
    engine_seconds = 0.0
    for text in dict.fromkeys(texts):
        cached = cache.get(clip_key(identity, text))
        if text in ahead:
            early_clip, seconds = ahead.pop(text)
            clip = cached if early_clip is None else early_clip  # None: spoken ahead into the cache
            if clip is not None:
                if cached is None:
                    cache.put(clip_key(identity, text), clip)
                clips[text] = clip
                engine_seconds += seconds
                early += 1
                continue
        if cached is not None:
            clips[text] = cached
        else:
            missing.append(text)
    workers = max(1, min(workers, -(-len(missing) // CHUNK))) if engine_type.parallel else 1
    if missing:
        with tqdm(total=len(missing), disable=not progress, unit="sentence", desc="speaking", leave=False) as bar:
            for text, clip, seconds in _run(missing, engine_name, voice, workers, timeout, loaded=engine):
                clips[text] = clip
                engine_seconds += seconds
                cache.put(clip_key(identity, text), clip)
                bar.update()
    made = len(missing) + early
    report = SynthesisReport(made, len(clips) - made, round(engine_seconds, 3), workers)
    return clips, report


def _run(
    texts: list[str],
    engine_name: str,
    voice: str | None,
    workers: int,
    timeout: float,
    *,
    loaded: Engine | SharedEngine | None,
) -> list[tuple[str, Clip, float]]:
    """Speak texts in this process (in threads if the engine allows), or in worker processes, in order."""
    if workers == 1 or engine_class(engine_name).thread_safe:
        loaded = loaded.get() if isinstance(loaded, SharedEngine) else loaded
        # The threads here are the parallelism; BLAS threads of the engine's libraries would only spin
        # (the limit is set once the engine, and so its libraries, are loaded).
        with (
            nullcontext(loaded) if loaded is not None else open_engine(engine_name, voice) as engine,
            threadpool_limits(limits=1, user_api="blas"),
        ):
            if workers == 1:
                return [(text, *speak_sentence(engine, text, timeout)) for text in texts]
            return _run_threads(engine, texts, workers, timeout)
    shared = loaded if isinstance(loaded, SharedEngine) else None
    return _run_processes(texts, engine_name, voice, workers, timeout, shared=shared)


def _run_threads(engine: Engine, texts: list[str], workers: int, timeout: float) -> list[tuple[str, Clip, float]]:
    """Speak texts with one engine shared by several threads."""
    futures = start_in_threads(lambda text: speak_sentence(engine, text), texts, workers)
    results: list[tuple[str, Clip, float]] = []
    try:
        for text, future in zip(texts, futures, strict=True):
            try:
                clip, seconds = future.result(timeout=timeout or None)
            except FuturesTimeout:
                raise _too_slow(engine, text, timeout) from None
            results.append((text, clip, seconds))
    finally:
        for future in futures:  # after a failure, leave the rest unspoken
            future.cancel()
    return results


def start_in_threads(function: Callable[[_T], _R], items: Sequence[_T], workers: int) -> list[Future[_R]]:
    """Futures of function(item) for each item, in order, worked on by daemon threads.

    Daemon threads, not a ThreadPoolExecutor: a call stuck in native code must not keep the program
    from exiting once the caller has given up on it.
    """
    futures: list[Future[_R]] = [Future() for _ in items]
    jobs: queue.SimpleQueue[int] = queue.SimpleQueue()
    for index in range(len(items)):
        jobs.put(index)

    def work() -> None:
        """Take items until none are left."""
        while True:
            try:
                index = jobs.get_nowait()
            except queue.Empty:
                return
            future = futures[index]
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(function(items[index]))
            except BaseException as error:  # handed to the caller, who re-raises it
                future.set_exception(error)

    for number in range(min(workers, len(items))):
        threading.Thread(target=work, daemon=True, name=f"publisher-{number}").start()
    return futures


def _engine_processes(engine_name: str, voice: str | None, workers: int, timeout: float) -> ProcessPoolExecutor:
    """Worker processes that each load the engine once."""
    # spawn, not fork: a forked copy of a process with ONNX threads can deadlock.
    context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(engine_name, voice, timeout))  # fmt: skip


def _run_processes(
    texts: list[str],
    engine_name: str,
    voice: str | None,
    workers: int,
    timeout: float,
    *,
    shared: SharedEngine | None = None,
) -> list[tuple[str, Clip, float]]:
    """Speak texts in worker processes, each with its own engine (the build's own, when shared); the
    results keep the texts' order."""
    chunks = [texts[i : i + CHUNK] for i in range(0, len(texts), CHUNK)]
    results: list[tuple[str, Clip, float]] = []
    pool = shared.processes(timeout) if shared is not None else _engine_processes(engine_name, voice, workers, timeout)
    try:
        # A worker stuck in native code cannot be interrupted: the whole chunk has a limit too.
        limit = timeout * CHUNK * 2 + 60 if timeout else None
        for chunk in pool.map(_work, chunks, timeout=limit):
            for text, clip, seconds, error in chunk:
                if error is not None or clip is None:
                    message = error or f"engine '{engine_name}' returned nothing for {text[:60]!r}"
                    raise EngineError(message, sentence=text)
                results.append((text, clip, seconds))
    except BrokenProcessPool as error:
        raise EngineError(f"an engine worker process died ({error}); try --workers 1") from error
    except FuturesTimeout as error:
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        raise EngineError(
            f"engine '{engine_name}' stopped answering (over {limit:.0f} s for {CHUNK} sentences)"
        ) from error
    finally:
        if shared is None:
            pool.shutdown(cancel_futures=True)
    return results

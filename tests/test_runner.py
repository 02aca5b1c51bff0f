from __future__ import annotations

from pathlib import Path

import pytest

from publisher.cache import ClipCache
from publisher.errors import EngineError
from publisher.voices.runner import synthesize_texts

TEXTS = [f"Sentence number {n} of the test." for n in range(10)] + ["Sentence number 1 of the test."]


def test_cache_is_used_and_only_new_text_is_spoken(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    clips, report = synthesize_texts(TEXTS, "fake", None, cache)
    assert (report.synthesized, report.cached) == (10, 0)
    assert set(clips) == set(TEXTS)
    again, report = synthesize_texts(TEXTS, "fake", None, cache)
    assert (report.synthesized, report.cached) == (0, 10)
    assert again == clips
    _, report = synthesize_texts([*TEXTS, "A changed sentence."], "fake", None, cache)
    assert (report.synthesized, report.cached) == (1, 10)


def test_two_workers_give_the_same_clips_as_one(tmp_path: Path) -> None:
    one, _ = synthesize_texts(TEXTS, "fake", None, ClipCache(None), workers=1)
    two, report = synthesize_texts(TEXTS, "fake", None, ClipCache(None), workers=2)
    assert report.workers == 2
    assert two == one


def test_a_thread_safe_engine_speaks_from_threads_sharing_one_instance(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from publisher.voices.fake import FakeEngine

    instances: list[FakeEngine] = []  # the engines themselves: an id alone may be reused once one is freed
    threads: set[str] = set()
    real = FakeEngine.synthesize

    def noting(self: FakeEngine, text: str) -> object:
        if not any(engine is self for engine in instances):
            instances.append(self)
        threads.add(threading.current_thread().name)
        time.sleep(0.02)  # long enough that both threads take sentences
        return real(self, text)

    monkeypatch.setattr(FakeEngine, "thread_safe", True)
    monkeypatch.setattr(FakeEngine, "synthesize", noting)
    one, _ = synthesize_texts(TEXTS, "fake", None, ClipCache(None), workers=1)
    threads.clear()
    two, report = synthesize_texts(TEXTS, "fake", None, ClipCache(None), workers=2)
    assert two == one and report.workers == 2
    assert len(instances) == 2 and len(threads) == 2  # one instance per call, shared by two threads


def test_a_hanging_engine_in_a_thread_is_given_up_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from publisher.voices.fake import FakeEngine

    def hang(self: FakeEngine, text: str) -> object:
        time.sleep(30)
        raise AssertionError("not reached")

    monkeypatch.setattr(FakeEngine, "thread_safe", True)
    monkeypatch.setattr(FakeEngine, "synthesize", hang)
    started = time.perf_counter()
    with pytest.raises(EngineError, match=r"took over 0\.2 s on 'Sentence number 0"):
        synthesize_texts(TEXTS, "fake", None, ClipCache(None), workers=2, timeout=0.2)
    assert time.perf_counter() - started < 5


def test_a_time_limit_holds_outside_the_main_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from publisher.voices.fake import FakeEngine

    def hang(self: FakeEngine, text: str) -> object:
        time.sleep(30)
        raise AssertionError("not reached")

    monkeypatch.setattr(FakeEngine, "synthesize", hang)
    caught: list[BaseException] = []

    def speak() -> None:  # one worker, in a thread that is not the main one (as a Dask worker's is)
        try:
            synthesize_texts(TEXTS[:1], "fake", None, ClipCache(None), workers=1, timeout=0.2)
        except EngineError as error:
            caught.append(error)

    started = time.perf_counter()
    thread = threading.Thread(target=speak)
    thread.start()
    thread.join(10)
    assert time.perf_counter() - started < 5
    assert len(caught) == 1 and "took over 0.2 s on 'Sentence number 0" in str(caught[0])


def test_engine_failure_names_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from publisher.voices.fake import FakeEngine

    def broken(self: FakeEngine, text: str) -> object:
        raise RuntimeError("model exploded")

    monkeypatch.setattr(FakeEngine, "synthesize", broken)
    with pytest.raises(EngineError, match=r"failed on 'Sentence number 0.*model exploded") as info:
        synthesize_texts(TEXTS, "fake", None, ClipCache(None))
    assert info.value.sentence == TEXTS[0]


def test_no_engine_is_loaded_when_everything_is_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ClipCache(tmp_path)
    synthesize_texts(TEXTS, "fake", None, cache)
    import publisher.voices.runner as runner

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("the engine was opened")

    monkeypatch.setattr(runner, "open_engine", refuse)
    clips, report = synthesize_texts(TEXTS, "fake", None, cache)
    assert report.synthesized == 0 and len(clips) == 10

"""Large builds: briefings made a batch at a time with their files on disk, and scale-out on Dask."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from publisher.build import build
from publisher.cli import main
from publisher.config import Config
from publisher.errors import ConfigError
from publisher.model.render import RenderJob
from publisher.outputs import render_briefing_files
from tests.conftest import FIXTURES, SMALL

SOURCES = [SMALL, FIXTURES / "formats" / "parking.txt", FIXTURES / "formats" / "council-tax.md",
           FIXTURES / "formats" / "govuk-page.html"]  # fmt: skip


BUILT = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
LOOPBACK: dict[str, object] = {
    "host": "127.0.0.1",
    "dashboard_address": "127.0.0.1:0",
    "worker_dashboard_address": None,
}


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_briefings_made_one_batch_at_a_time_give_the_same_output(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")
    whole = make_config(output_dir=tmp_path / "whole", cache_dir=None, source_date=None)
    build(SOURCES, whole)
    spooled: list[int] = []

    def counting(job: RenderJob) -> dict[str, bytes]:
        files = render_briefing_files(job)
        spooled.append(len(files))
        return files

    monkeypatch.setattr("publisher.briefings.render_briefing_files", counting)
    one_by_one = make_config(output_dir=tmp_path / "batches", cache_dir=None, batch_sentences=1)
    result = build(SOURCES, one_by_one)
    assert len(spooled) == len(SOURCES) == len(result.briefings)  # a batch per briefing, each put on disk
    assert all(a.data == b"" and not a.cues for b in result.briefings for a in b.audio)  # nothing of them is held
    assert all(not s.blocks and not s.original for b in result.briefings for s in b.document.sections)
    assert all(b.document.title and b.document.readability and b.audio for b in result.briefings)  # the summary's
    assert tree(whole.output_dir) == tree(one_by_one.output_dir)
    assert not list(tmp_path.glob(".*spool*"))  # the spool is gone once the output is written


def test_a_spool_left_by_a_killed_build_is_removed(make_config: Callable[..., Config], tmp_path: Path) -> None:
    config = make_config()
    stale = tmp_path / f".{config.output_dir.name}.spool-x1"
    stale.mkdir()
    (stale / "0").write_bytes(b"half an mp3")
    build([SMALL], config)
    assert not stale.exists()


def test_a_build_without_a_scheduler_never_imports_dask(tmp_path: Path) -> None:
    code = (
        "import sys; from publisher.cli import main; "
        f"code = main(['build', {str(SMALL)!r}, '-o', {str(tmp_path / 'o')!r}, '--engine', 'fake', '-q']); "
        "assert code == 0; print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def thread_cluster() -> Iterator[str]:
    """A Dask cluster in this process (one worker, two threads): fast, for what does not need processes."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_build_on_a_cluster_is_byte_identical_and_uses_the_caches(
    make_config: Callable[..., Config], tmp_path: Path, thread_cluster: str
) -> None:
    local = make_config(output_dir=tmp_path / "local", cache_dir=tmp_path / "local-cache", build_time=BUILT)
    build(SOURCES, local)
    remote = make_config(output_dir=tmp_path / "remote", cache_dir=tmp_path / "cache", build_time=BUILT,
                         scheduler=thread_cluster)  # fmt: skip
    first = build(SOURCES, remote)
    assert first.synthesis.synthesized > 0 and first.synthesis.workers == 1
    assert tree(local.output_dir) == tree(remote.output_dir)
    (tmp_path / "remote").rename(tmp_path / "remote-1")
    again = build(SOURCES, replace(remote, output_dir=tmp_path / "remote-2"))  # a new output, the same caches
    assert again.synthesis.synthesized == 0  # every clip and section came from this client's caches
    assert tree(tmp_path / "remote-1") == tree(tmp_path / "remote-2")


sections_started: list[int] = []


def record_section(job: object, known: object) -> int:
    """Stands in for make_section on a worker: the length of the section, recorded as it starts."""
    from publisher.cluster import SectionJob

    assert isinstance(job, SectionJob)
    sections_started.append(sum(len(u.engine_text) for u in job.script.utterances))
    return sections_started[-1]


def test_a_batch_s_longest_sections_are_made_first_and_come_back_in_order(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import Client, LocalCluster

    from publisher.briefings import write_scripts
    from publisher.build import read_documents
    from publisher.cluster import SectionJob, SectionQueue
    from publisher.sources import load_source

    config = make_config()
    documents = read_documents([load_source(s) for s in SOURCES], config)
    scripts = [s for sections in write_scripts(documents, config).values() for s in sections]
    jobs = [SectionJob(s, config.audio, 0.0, "plugin", "identity") for s in scripts]
    monkeypatch.setattr("publisher.cluster.make_section", record_section)
    sections_started.clear()
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        made: list[object] = [*SectionQueue(client).made(jobs, {})]  # record_section's lengths
    lengths = [sum(len(u.engine_text) for u in s.utterances) for s in scripts]
    assert len(set(lengths)) > 3 and lengths != sorted(lengths, reverse=True)
    assert sections_started == sorted(lengths, reverse=True)  # the longest first
    assert made == lengths  # each result in its job's place


gate = threading.Event()


def held_at_gate() -> None:
    """Keeps the one thread of a cluster busy until the gate opens."""
    gate.wait(30)


def record_batch(job: object, known: object) -> None:
    """Stands in for make_section: records the batch named in the job's identity as the section starts."""
    from publisher.cluster import SectionJob

    assert isinstance(job, SectionJob)
    sections_started.append(int(job.identity))


def test_an_earlier_batch_s_sections_go_before_a_later_one_s(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import Client, LocalCluster

    from publisher.briefings import write_scripts
    from publisher.build import read_documents
    from publisher.cluster import SectionJob, SectionQueue
    from publisher.sources import load_source

    config = make_config()
    documents = read_documents([load_source(s) for s in SOURCES[:2]], config)
    scripts = [s for sections in write_scripts(documents, config).values() for s in sections]
    monkeypatch.setattr("publisher.cluster.make_section", record_batch)
    sections_started.clear()
    gate.clear()
    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        busy = client.submit(held_at_gate, pure=False)
        queue = SectionQueue(client)
        # The later batch reaches the queue first, as it may when two batches are made at once.
        later = [SectionJob(s, config.audio, 0.0, "plugin", "7") for s in scripts]
        earlier = [SectionJob(s, config.audio, 0.0, "plugin", "0") for s in scripts]
        threads = [threading.Thread(target=queue.made, args=(jobs, {}, batch))
                   for jobs, batch in ((later, 7), (earlier, 0))]  # fmt: skip
        deadline = time.monotonic() + 10
        for started, thread in enumerate(threads, 1):
            thread.start()
            while len(queue.waiting) + queue.in_hand < started * len(later) and time.monotonic() < deadline:
                time.sleep(0.01)
        gate.set()
        for thread in threads:
            thread.join(timeout=30)
        busy.result()
    # The cluster was handed two sections of the later batch before the earlier one came (a worker
    # thread holds IN_HAND at most); everything else went in the batches' order.
    assert len(scripts) > 3 and SectionQueue.IN_HAND == 2
    assert sections_started == [7, 7] + [0] * len(scripts) + [7] * (len(scripts) - 2)


in_the_cluster: list[int] = []
schedulers: list[Any] = []  # the in-process cluster's scheduler, for its tasks


def record_sections_in_the_cluster(job: object, known: object) -> None:
    """Stands in for make_section: records how many sections the cluster holds unfinished."""
    tasks = schedulers[-1].tasks
    in_the_cluster.append(sum(1 for t in tasks.values() if t.state != "memory" and "record_sections" in str(t.key)))
    time.sleep(0.01)


def test_the_cluster_holds_at_most_two_sections_per_worker_thread(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import Client, LocalCluster

    from publisher.briefings import write_scripts
    from publisher.build import read_documents
    from publisher.cluster import SectionJob, SectionQueue
    from publisher.sources import load_source

    config = make_config()
    documents = read_documents([load_source(s) for s in SOURCES], config)
    jobs = [
        SectionJob(s, config.audio, 0.0, "plugin", "0") for v in write_scripts(documents, config).values() for s in v
    ]
    monkeypatch.setattr("publisher.cluster.make_section", record_sections_in_the_cluster)
    in_the_cluster.clear()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        schedulers.append(cluster.scheduler)
        made = SectionQueue(client).made(jobs, {})
    assert len(made) == len(jobs) > 8
    assert SectionQueue.IN_HAND == 2 and 2 <= max(in_the_cluster) <= 4  # two workers, one thread each


def test_a_worker_with_another_publisher_or_voice_is_refused(
    thread_cluster: str, make_config: Callable[..., Config]
) -> None:
    from distributed import Client

    from publisher.briefings import write_scripts
    from publisher.build import read_documents
    from publisher.cluster import SectionJob, VoicePlugin, make_section
    from publisher.sources import load_source

    config = make_config()
    (script, *_) = next(iter(write_scripts(read_documents([load_source(SMALL)], config), config).values()))
    plugin = VoicePlugin("fake", None)
    job = SectionJob(script, config.audio, 0.0, plugin.name, "publisher 0.0.1+other; fake: another voice")
    with Client(thread_cluster, set_as_default=False) as client:
        client.register_plugin(plugin)
        with pytest.raises(ConfigError, match="install the same publisher and voice"):
            client.submit(make_section, job, {}, pure=False).result()


def test_the_rewrite_on_a_cluster_is_the_local_one_and_shares_the_rewrite_cache(
    thread_cluster: str, make_config: Callable[..., Config], tmp_path: Path
) -> None:
    from distributed import Client

    from publisher.build import read_documents, rewrite_cache
    from publisher.cluster import rewrite_on_cluster
    from publisher.plain import rewrite_documents
    from publisher.sources import load_source

    config = make_config(cache_dir=tmp_path / "cache")
    documents = read_documents([load_source(s) for s in SOURCES], config)
    with Client(thread_cluster, set_as_default=False) as client:
        there = rewrite_on_cluster(client, documents, config, rewrite_cache(config))
        assert there == rewrite_documents(documents, "rules")
        learnt = rewrite_cache(config).entries()  # what the workers learnt, kept in this client's cache folder
        assert len(learnt) > 20
        # The client's entries travel to the workers: one of them altered shows in their rewrite.
        altered = rewrite_cache(config)
        key = next(k for k in learnt if k.endswith(".") and len(k.split()) > 8)
        altered.put(key, {"pieces": ["An altered sentence."], "changes": []})
        altered.save()
        again = rewrite_on_cluster(client, documents, config, rewrite_cache(config))
    text = [i for d in again for s in d.sections for b in s.blocks for i in b.items]
    assert any("An altered sentence." in item for item in text)


def test_a_worker_with_another_parse_model_refuses_to_rewrite() -> None:
    from publisher.cluster import rewrite_identity, rewrite_part

    assert "spacy" in rewrite_identity()
    with pytest.raises(ConfigError, match="install the same publisher and parse model"):
        rewrite_part([], "rules", {}, "publisher 0.0.1+other; spacy 3.0.0")


def test_an_unreachable_scheduler_is_one_line_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("publisher.cluster.CONNECT_SECONDS", 1)
    out = tmp_path / "o"
    code = main(["build", str(SMALL), "-o", str(out), "--engine", "fake", "--scheduler", "tcp://127.0.0.1:9"])
    # Only publisher's own lines: a Dask scheduler left from an earlier test in this process may still log
    # a closing connection to a stream pytest has closed, and logging reports that on stderr.
    err = [line for line in capsys.readouterr().err.strip().splitlines() if line.startswith("publisher")]
    assert code != 0 and len(err) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in err[0]
    assert list(tmp_path.iterdir()) == []
    assert main(["build", str(SMALL), "-o", str(out), "--engine", "fake", "--scheduler", "8786"]) == 2
    assert "scheduler must be an address like tcp://host:8786" in capsys.readouterr().err


def keep_half_the_clips(cache: Path) -> int:
    """Leave every other clip of a cache and none of its sections, so that a build's sections are
    made on the cluster with some of their clips sent from here; how many clips are left."""
    clips = sorted((cache / "clips").rglob("*.pcm"))
    for clip in clips[1::2]:
        clip.unlink()
    for section in (cache / "sections").rglob("*"):
        if section.is_file():
            section.unlink()
    return len(clips[::2])


@pytest.mark.parametrize(("task", "cached"), [("rewrite_part", False), ("make_section", False), ("make_section", True)])
def test_a_worker_process_killed_mid_build_changes_nothing(
    task: str, cached: bool, make_config: Callable[..., Config], tmp_path: Path
) -> None:
    from distributed import Client, LocalCluster

    cache = tmp_path / "cache" if cached else None
    local = make_config(output_dir=tmp_path / "local", cache_dir=cache, voice="slow", build_time=BUILT)
    build(SOURCES, local)
    if cache is not None:  # the clips this client holds go with the tasks: none are lost with the worker
        assert keep_half_the_clips(cache) > 10
    done: dict[str, object] = {}
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, **LOOPBACK) as cluster,
        Client(cluster, set_as_default=False) as watcher,
    ):
        remote = replace(local, output_dir=tmp_path / "remote", scheduler=cluster.scheduler_address)
        builder = threading.Thread(target=lambda: done.update(result=build(SOURCES, remote)))
        builder.start()
        deadline = time.monotonic() + 60
        busy = None
        while busy is None and time.monotonic() < deadline:
            running = watcher.processing()
            busy = next((w for w, keys in running.items() if any(str(k).startswith(task) for k in keys)), None)
            time.sleep(0.005)
        assert busy is not None, f"no {task} task ran"
        os.kill(watcher.run(os.getpid, workers=[busy])[busy], signal.SIGKILL)  # a task of this kind is running
        builder.join(timeout=120)
    assert "result" in done  # the build finished: the lost worker's tasks were run again elsewhere
    assert tree(local.output_dir) == tree(remote.output_dir)


def test_engine_processes_start_once_for_a_build_of_many_batches(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    import publisher.voices.runner as runner

    started: list[int] = []
    real = runner._engine_processes

    def counting(engine_name: str, voice: str | None, workers: int, timeout: float) -> ProcessPoolExecutor:
        started.append(workers)
        return real(engine_name, voice, workers, timeout)

    monkeypatch.setattr(runner, "_engine_processes", counting)
    # The fake engine is not thread-safe, so it speaks in worker processes.
    config = make_config(workers=2, batch_sentences=1)
    result = build(SOURCES[:3], config)
    assert result.synthesis.synthesized > 0 and result.synthesis.workers == 2
    assert started == [2]  # one pool of worker processes for all three batches


def test_sections_are_mastered_longest_first_within_the_memory_budget() -> None:
    from publisher.briefings import within_budget

    running: list[float] = []
    most = [0.0]
    lock = threading.Lock()

    def work(seconds: float) -> float:
        with lock:
            running.append(seconds)
            most[0] = max(most[0], sum(running))
        time.sleep(0.01 + seconds / 2000)
        with lock:
            running.remove(seconds)
        return seconds * 2

    jobs = [30.0, 120.0, 10.0, 90.0, 200.0, 20.0, 60.0]
    assert within_budget(jobs, lambda s: s, 150.0, work, threads=2) == [s * 2 for s in jobs]  # in order
    assert most[0] == 200.0  # the job over the budget ran alone; the others never held more than 150 at once
    most[0] = 0.0
    assert within_budget(jobs[:4] + jobs[5:], lambda s: s, 150.0, work, threads=2) == [
        s * 2 for s in jobs[:4] + jobs[5:]
    ]
    assert 120.0 < most[0] <= 150.0  # two at a time, within the budget

    def failing(seconds: float) -> float:
        if seconds == 90.0:
            raise ValueError("no")
        return seconds

    with pytest.raises(ValueError, match="no"):
        within_budget(jobs, lambda s: s, 150.0, failing, threads=2)
    assert within_budget([], lambda s: s, 150.0, work, threads=2) == []


def test_the_next_batch_is_made_while_the_caller_finishes_one_and_no_further_ahead() -> None:
    from publisher.briefings import worked_ahead

    started: list[int] = []

    def work(job: int) -> int:
        started.append(job)
        return job * 10

    def until_started(jobs: list[int]) -> list[int]:
        deadline = time.monotonic() + 5
        while started != jobs and time.monotonic() < deadline:
            time.sleep(0.001)
        return started

    results = worked_ahead([1, 2, 3], work)
    assert next(results) == 10
    assert until_started([1, 2]) == [1, 2]  # the second is made while the caller works on the first
    time.sleep(0.05)
    assert started == [1, 2]  # the third waits until the caller takes the second
    assert next(results) == 20
    assert until_started([1, 2, 3]) == [1, 2, 3]
    assert list(results) == [30]

    def failing(job: int) -> int:
        if job == 2:
            raise ValueError("batch 2")
        return job

    failed = worked_ahead([1, 2, 3, 4], failing)
    assert next(failed) == 1
    with pytest.raises(ValueError, match="batch 2"):
        next(failed)
    assert list(worked_ahead([], work)) == []
    started.clear()
    two = worked_ahead([1, 2, 3, 4], work, ahead=2)
    assert next(two) == 10
    assert until_started([1, 2, 3]) == [1, 2, 3]  # two are made while the caller works on the first
    time.sleep(0.05)
    assert started == [1, 2, 3]
    assert list(two) == [20, 30, 40]


def test_the_command_line_keeps_fewer_malloc_arenas(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import platform

    import publisher.cli as cli
    from publisher.memory import fewer_malloc_arenas

    if platform.libc_ver()[0] == "glibc":
        assert fewer_malloc_arenas(8)  # glibc takes the setting (8 a core is its own default)
    asked: list[int] = []

    def asking(count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(cli, "fewer_malloc_arenas", asking)
    code = main(["build", str(SMALL), "-o", str(tmp_path / "out"), "--engine", "fake", "--workers", "3", "-q"])
    assert code == 0 and asked == [3]

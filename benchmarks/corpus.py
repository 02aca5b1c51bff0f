"""Publishing many factsheets into one channel; prints one JSON object.

    python benchmarks/corpus.py --count 100                  # one command builds them all (default voice)
    python benchmarks/corpus.py --count 100 --repeat 3       # floor and build in turn 3 times: medians
    python benchmarks/corpus.py --count 500 --engine hibari  # memory stays flat: peak RSS of the build
    python benchmarks/corpus.py --count 100 --scheduler local     # on a Dask cluster of 1, then 2, local
                                                                  # worker processes (the dask extra)
    python benchmarks/corpus.py --count 100 --scheduler local --repeat 3 --no-floor   # 3 pairs: median
    python benchmarks/corpus.py --count 100 --scheduler tcp://HOST:8786   # on your cluster
    python benchmarks/corpus.py --each --count 20 --engine fake   # one build per factsheet, as before

The factsheets are made here from the test fixtures (numbers and titles varied), not kept as files.

One command (the default): `publisher build SHEET... -o OUT` in a fresh process, with an empty cache.
Reported: wall seconds, seconds of audio made and times realtime, the build process's peak RSS, and the
floor: in another fresh process, the voice and the encoder alone on the same (distinct) sentences, on
all cores (one voice shared by a thread per core, the fastest way this voice runs, with LAME encoding
each thread's audio), imports and voice loading included as they are in a build.
"throughput_of_floor" is floor seconds over build seconds: 1.0 would be a build that costs nothing
besides speaking and encoding. With --scheduler the build makes its sections on the cluster; "local"
starts a cluster of 1 and then 2 worker processes (one thread each) on this machine.

--each builds each factsheet in turn with its own command (every build pays the same start-up, as
for a team publishing one factsheet at a time) and reports the cost per word of the first and last 10
builds (a rising cost would show work that grows with the channel).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Factsheets of 400-520 words (the easy-read corpus), then short ones in other formats.
TEMPLATES = [
    *sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")),
    *(ROOT / "tests" / "fixtures" / "formats" / name
      for name in ("parking.txt", "parking.md", "govuk-page.html", "council-tax.md", "no-blank-lines.txt")),
    ROOT / "tests" / "fixtures" / "bin-collections.txt",
]  # fmt: skip


def make_corpus(folder: Path, count: int) -> list[Path]:
    """count factsheets, each a fixture with its numbers changed and a title of its own."""
    rng = random.Random(7)
    paths = []
    for number in range(count):
        template = TEMPLATES[number % len(TEMPLATES)]
        text = template.read_text(encoding="utf-8")
        # Vary the numbers in the text, not in tag names such as h2.
        text = re.sub(r"(?<![A-Za-z#&\d])\d+", lambda m: str(rng.randint(2, 99)) if rng.random() < 0.5 else m[0], text)
        first_line = text.splitlines()[0]
        text = text.replace(first_line, f"{first_line} {number + 1}", 1) if first_line.strip() else text
        path = folder / f"sheet-{number + 1:03d}{template.suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def build_here(path: Path, out: Path, engine: str, cache: Path) -> None:
    """One build by the library call, in this process (imports and the like paid by the first only)."""
    from publisher.build import build
    from publisher.config import load_config

    build([path], load_config(None, output_dir=out, engine=engine, cache_dir=cache))


def count_words(manifest: Path, source: Path) -> int:
    """Words of the briefing made from source, as published (its easy-read text)."""
    briefings = json.loads(manifest.read_text(encoding="utf-8"))["briefings"]
    entry = next(b for b in briefings if Path(b["source"]).name == source.name)
    blocks = [block for section in entry["sections"] for block in section["blocks"]]
    return sum(len(item.split()) for block in blocks for item in block["items"])


def run_each(args: argparse.Namespace) -> None:
    """Build each factsheet in turn into one output folder, each with the command a user runs."""
    with tempfile.TemporaryDirectory() as folder:
        paths = make_corpus(Path(folder), args.count)
        out = Path(folder) / "out"
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(folder) / "cache")}
        costs: list[float] = []
        words_total = 0
        started = time.perf_counter()
        for path in paths:
            begun = time.perf_counter()
            if args.in_process:
                build_here(path, out, args.engine, Path(folder) / "cache")
            else:
                command = [sys.executable, "-m", "publisher", "-q", "build", str(path), "-o", str(out)]
                subprocess.run([*command, "--engine", args.engine], check=True, env=env, cwd=folder)
            seconds = time.perf_counter() - begun
            words = count_words(out / "manifest.json", path)
            words_total += words
            costs.append(seconds / max(words, 1))
        wall = time.perf_counter() - started
    first, last = costs[:10], costs[-10:]
    peak_kb = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    report = {
        "benchmark": f"{args.count} factsheets built one at a time into one channel ({args.engine}), "
        + ("in this process" if args.in_process else "each by the command in a fresh process"),
        "wall_seconds": round(wall, 1),
        "words": words_total,
        "words_per_second": round(words_total / wall, 1),
        "first_10_ms_per_word": round(1000 * sum(first) / len(first), 2),
        "last_10_ms_per_word": round(1000 * sum(last) / len(last), 2),
        "last_over_first": round(sum(last) / sum(first), 2),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }
    print(json.dumps(report, indent=2))


def sentences_of(paths: list[Path], engine: str) -> list[str]:
    """The sentences a build of these factsheets says, in order, repeats included (their easy-read wording)."""
    sys.path.insert(0, str(ROOT))
    from publisher.briefings import write_scripts
    from publisher.build import read_documents
    from publisher.config import load_config
    from publisher.plain import rewrite_document
    from publisher.sources import load_source

    config = load_config(None, engine=engine)
    documents = [rewrite_document(d, config.rewriter) for d in read_documents([load_source(p) for p in paths], config)]
    scripts = write_scripts(documents, config)
    return [u.engine_text for s in scripts.values() for script in s for u in script.utterances]


def floor(texts_file: Path, cores: int) -> None:
    """The voice on these sentences (each distinct one once, as the build's clip cache does) and the
    encoder on all of them (as every section is encoded), on all cores; run in a fresh process."""
    from concurrent.futures import ThreadPoolExecutor

    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    started = time.perf_counter()
    import lameenc  # noqa: F401 - importing the encoder is part of the floor, as in a build
    from build_seed import encode_as_a_build_does
    from hibari import Hibari

    from publisher.voices.base import float_to_pcm16, seed_for

    voice = Hibari(threads=1)

    def speak(text: str) -> bytes:
        return float_to_pcm16(voice(text, seed=seed_for(text)))

    def encode(chunk: list[str]) -> int:
        pcm = b"".join(spoken[text] for text in chunk)
        encode_as_a_build_does(pcm)
        return len(pcm)

    distinct = list(dict.fromkeys(texts))
    with ThreadPoolExecutor(cores) as pool:
        spoken = dict(zip(distinct, pool.map(speak, distinct), strict=True))
        total = sum(pool.map(encode, [texts[i : i + 40] for i in range(0, len(texts), 40)]))
    print(json.dumps({"floor_seconds": round(time.perf_counter() - started, 2), "floor_sentences": len(distinct),
                      "floor_audio_seconds": round(total / 2 / 24000, 1)}))  # fmt: skip


def measured(command: list[str], env: dict[str, str], cwd: str) -> tuple[float, float, float, str]:
    """Run a command: its wall seconds, its CPU seconds (its helpers' included), its peak RSS in MB, and
    what it printed.

    The peak is the process's own high-water mark (VmHWM), read every 20 ms while it runs: the figure
    wait4 gives counts this process's memory too (the child starts as its copy, and Linux keeps the
    larger mark across exec), and this process holds the parse and 100s of factsheets."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, text=True)
    peaks = [0.0]
    finished = threading.Event()
    watcher = threading.Thread(target=_watch_peak, args=(process.pid, finished, peaks), daemon=True)
    watcher.start()
    output = process.stdout.read() if process.stdout else ""
    finished.set()
    watcher.join()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command[:6])} ...")
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - started, cpu, max(peaks), output


def _watch_peak(pid: int, finished: threading.Event, peaks: list[float]) -> None:
    """Keep the process's high-water RSS in MB in peaks, until it ends."""
    status = Path(f"/proc/{pid}/status")
    while not finished.wait(0.02):
        try:
            lines = status.read_text(encoding="utf-8").splitlines()
        except OSError:
            return
        # A process that has ended but is not yet waited for has no memory, and no VmHWM line.
        peaks += [int(line.split()[1]) / 1024 for line in lines if line.startswith("VmHWM:")]


def audio_seconds(manifest: Path) -> float:
    """Seconds of section audio in an output."""
    briefings = json.loads(manifest.read_text(encoding="utf-8"))["briefings"]
    return float(sum(s["audio"]["duration_seconds"] for b in briefings for s in b["sections"]))


def one_command(paths: list[Path], args: argparse.Namespace, folder: Path, scheduler: str | None) -> dict[str, object]:
    """One `publisher build` of every factsheet, with an empty cache."""
    out = folder / f"out-{time.monotonic_ns()}"
    env = {**os.environ, "XDG_CACHE_HOME": str(folder / f"cache-{time.monotonic_ns()}")}
    command = [
        sys.executable,
        "-m",
        "publisher",
        "-q",
        "build",
        *map(str, paths),
        "-o",
        str(out),
        "--engine",
        args.engine,
    ]
    if scheduler:
        command += ["--scheduler", scheduler]
    wall, cpu, rss, _ = measured(command, env, str(folder))
    audio = audio_seconds(out / "manifest.json")
    return {"wall_seconds": round(wall, 1), "cpu_seconds": round(cpu, 1), "audio_seconds": round(audio, 1),
            "x_realtime": round(audio / wall, 1), "peak_rss_mb": round(rss, 1)}  # fmt: skip


def floor_report(texts: Path, cores: int, folder: str) -> dict[str, object]:
    """The floor, measured in a fresh process."""
    floor_command = [sys.executable, __file__, "--floor-of", str(texts), "--cores", str(cores)]
    _, cpu, _, printed = measured(floor_command, dict(os.environ), folder)
    return {**json.loads(printed), "floor_cpu_seconds": round(cpu, 1), "floor_cores": cores}


def voice_in_processes(texts: Path, folder: Path) -> dict[str, object]:
    """The most two worker processes can gain here: the floor on one core, in one process, against
    two such processes at once, each with half the sentences (a worker process speaks with a voice of
    its own; threads of one process share it)."""
    sentences = json.loads(texts.read_text(encoding="utf-8"))
    halves = [folder / "first-half.json", folder / "second-half.json"]
    for number, half in enumerate(halves):
        half.write_text(json.dumps(sentences[number::2]), encoding="utf-8")
    command = [sys.executable, __file__, "--cores", "1", "--floor-of"]
    one, _, _, _ = measured([*command, str(texts)], dict(os.environ), str(folder))
    started = time.perf_counter()
    both = [subprocess.Popen([*command, str(half)], cwd=folder, stdout=subprocess.DEVNULL) for half in halves]
    if any(process.wait() != 0 for process in both):
        raise SystemExit("failed: the floor in two processes")
    two = time.perf_counter() - started
    return {"voice_one_process_seconds": round(one, 1), "voice_two_processes_seconds": round(two, 1),
            "voice_speed_up_2_processes": round(one / two, 2)}  # fmt: skip


def repeated(paths: list[Path], args: argparse.Namespace, folder: Path, texts: Path, cores: int) -> dict[str, object]:
    """The floor and the build in turn, args.repeat times: medians, and each pair's throughput (a pair
    runs minutes apart at most, so a slower spell of a shared machine weighs on both alike)."""
    runs = []
    for _ in range(args.repeat):
        floor_run = floor_report(texts, cores, str(folder))
        build_run = one_command(paths, args, folder, args.scheduler)
        runs.append({**floor_run, **build_run})

    def median(key: str) -> float:
        return round(float(statistics.median(float(str(run[key])) for run in runs)), 2)

    pairs = [float(str(r["floor_seconds"])) / float(str(r["wall_seconds"])) for r in runs]
    cpu = [float(str(r["floor_cpu_seconds"])) / float(str(r["cpu_seconds"])) for r in runs]
    return {**runs[-1], **{key: median(key) for key in ("floor_seconds", "wall_seconds", "cpu_seconds",
                                                         "floor_cpu_seconds", "peak_rss_mb")},
            "throughput_of_floor": round(float(statistics.median(pairs)), 2),
            "throughput_of_floor_each": [round(p, 2) for p in pairs],
            "cpu_of_floor_each": [round(c, 2) for c in cpu]}  # fmt: skip


def on_local_cluster(paths: list[Path], args: argparse.Namespace, folder: Path) -> dict[str, object]:
    """The build on a LocalCluster of 1, then 2 worker processes (one thread each); with --repeat, that
    many pairs, the order turned about each time (1, 2, then 2, 1, ...) so that a slow spell of a shared
    machine weighs on both: the median of the pairs' speed-ups."""
    from distributed import LocalCluster

    local = {"threads_per_worker": 1, "processes": True, "host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"}
    runs: list[dict[str, object]] = []
    ratios = []
    for turn in range(max(1, args.repeat)):
        walls = {}
        for workers in (1, 2) if turn % 2 == 0 else (2, 1):
            with LocalCluster(n_workers=workers, **local) as cluster:  # type: ignore[no-untyped-call]
                run = one_command(paths, args, folder, cluster.scheduler_address)
            runs.append({"worker_processes": workers, **run})
            walls[workers] = float(str(run["wall_seconds"]))
        ratios.append(round(walls[1] / walls[2], 2))
    return {"cluster_runs": runs, "speed_up_2_over_1": float(statistics.median(ratios)), "speed_up_each": ratios}


def run_batch(args: argparse.Namespace) -> None:
    """Build all the factsheets with one command (here, or on a cluster) and compare with the floor."""
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = make_corpus(folder, args.count)
        if args.batch_sentences:
            (folder / "publisher.toml").write_text(f"batch_sentences = {args.batch_sentences}\n", encoding="utf-8")
        texts = folder / "sentences.json"
        texts.write_text(json.dumps(sentences_of(paths, args.engine)), encoding="utf-8")
        report: dict[str, object] = {"benchmark": f"{args.count} factsheets in one build command ({args.engine})"}
        if args.scheduler != "local" and args.repeat > 1:
            report.update(repeated(paths, args, folder, texts, cores))
        else:
            if args.engine == "hibari" and not args.no_floor:
                report.update(floor_report(texts, cores, name))
            report.update(on_local_cluster(paths, args, folder) if args.scheduler == "local" else
                          one_command(paths, args, folder, args.scheduler))  # fmt: skip
            if args.scheduler == "local" and args.engine == "hibari":
                report.update(voice_in_processes(texts, folder))
            if "floor_seconds" in report and "wall_seconds" in report:
                report["throughput_of_floor"] = round(
                    float(str(report["floor_seconds"])) / float(str(report["wall_seconds"])), 2
                )
    print(json.dumps(report, indent=2))


def main() -> None:
    """One command for all the factsheets (default), or one command each (--each)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--engine", default="hibari")
    parser.add_argument("--each", action="store_true", help="one build per factsheet, each a fresh process")
    parser.add_argument("--in-process", action="store_true", help="with --each: call build() in this process")
    parser.add_argument("--scheduler", help="build on a Dask cluster: its address, or 'local' for 1 and 2 workers")
    parser.add_argument("--batch-sentences", type=int, help="the build's batch_sentences (publisher.toml)")
    parser.add_argument("--repeat", type=int, default=1, help="floor and build in turn N times; medians")
    parser.add_argument("--no-floor", action="store_true", help="leave out the floor (it takes as long as a build)")
    parser.add_argument("--floor-of", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_of:
        floor(args.floor_of, args.cores)
    elif args.each:
        run_each(args)
    else:
        run_batch(args)


if __name__ == "__main__":
    main()

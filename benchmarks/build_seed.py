"""Builds of the seed factsheet with the default voice; prints one JSON object.

    python benchmarks/build_seed.py            # 1 and 2 workers, each in a fresh process, 3 times
    python benchmarks/build_seed.py --workers 2 --repeat 5

For each worker count, in a fresh process: a cold build (empty clip cache, every sentence spoken), then
a rebuild with nothing changed, then a rebuild after one sentence is edited. "engine_seconds" is the
time spent inside Engine.synthesize, added up over all worker processes. "floor_seconds" is measured in
its own fresh process: import and load the default voice, speak the same sentences, and LAME-encode the
result at 44.1 kHz, quality 7, on one core - the work no build can avoid. "cpu_seconds" is the user and
system time of the cold build, helper processes included: about the wall time means one core was used.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "small-boats.txt"


def encode_as_a_build_does(pcm: bytes) -> bytes:
    """24 kHz mono PCM as an MP3 at the build's defaults: LAME, 44.1 kHz, 64 kbps, quality 7."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(24000)
    encoder.set_out_sample_rate(44100)
    encoder.set_bit_rate(64)
    encoder.set_quality(7)
    return bytes(encoder.encode(pcm) + encoder.flush())


def floor() -> dict[str, object]:
    """The unavoidable work, on one core: load the voice, speak the seed's sentences, encode them."""
    started = time.perf_counter()
    from publisher.briefings import write_scripts
    from publisher.build import read_documents
    from publisher.config import load_config
    from publisher.plain import rewrite_document
    from publisher.sources import load_source
    from publisher.voices.base import float_to_pcm16, seed_for

    config = load_config(None, workers=1)
    documents = [rewrite_document(d, config.rewriter) for d in read_documents([load_source(SEED)], config)]
    # The sentences the build speaks: the easy-read ones.
    texts = [
        u.engine_text for s in write_scripts(documents, config).values() for script in s for u in script.utterances
    ]
    preparation = time.perf_counter() - started  # reading and rewriting: not part of the floor
    started = time.perf_counter()
    import lameenc  # noqa: F401 - importing the voice (numpy, onnxruntime, scipy.fft) is part of the floor
    from hibari import Hibari

    imported = time.perf_counter() - started
    voice = Hibari(threads=1)
    pcm = b"".join(float_to_pcm16(voice(text, seed=seed_for(text))) for text in texts)
    seconds = len(pcm) / 2 / Hibari.sample_rate
    encode_as_a_build_does(pcm)
    return {
        "floor_seconds": round(time.perf_counter() - started, 2),
        "floor_import_seconds": round(imported, 2),
        "floor_preparation_seconds": round(preparation, 2),
        "floor_sentences": len(texts),
        "floor_speech_seconds": round(seconds, 1),
    }


def cpu_seconds() -> float:
    """User and system time so far of this process and its finished helpers."""
    usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in usage)


def measure(workers: int) -> dict[str, object]:
    """A cold build, a rebuild with nothing changed and one after a one-sentence edit, in this process."""
    from publisher.build import build
    from publisher.config import load_config

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "small-boats.txt"
        source.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
        config = load_config(None, output_dir=Path(folder) / "out", workers=workers, cache_dir=Path(folder) / "cache")
        cpu, started = cpu_seconds(), time.perf_counter()
        result = build([source], config)
        wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
        again = time.perf_counter()
        unchanged = build([source], config)
        unchanged_wall = time.perf_counter() - again
        source.write_text(source.read_text(encoding="utf-8").replace("safe country", "safe place", 1), encoding="utf-8")
        again = time.perf_counter()
        edited = build([source], config)
        edited_wall = time.perf_counter() - again
    audio = result.audio_seconds
    usage = [resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    peak_kb = max(usage)
    return {
        "workers": workers,
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),  # user + system time of this process and its helpers, cold build
        "engine_seconds": result.synthesis.engine_seconds,
        "engine_share_of_wall": round(result.synthesis.engine_seconds / wall, 3),
        "sentences_spoken": result.synthesis.synthesized,
        "audio_seconds": round(audio, 1),
        "x_realtime": round(audio / wall, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "no_change_rebuild_seconds": round(unchanged_wall, 2),
        "no_change_sentences_spoken": unchanged.synthesis.synthesized,
        "one_edit_rebuild_seconds": round(edited_wall, 2),
        "one_edit_sentences_spoken": edited.synthesis.synthesized,
    }


def _inside(workers: int) -> dict[str, Any]:
    """One measurement in a fresh interpreter (0 workers: the floor)."""
    command = [sys.executable, __file__, "--inside", "--workers", str(workers)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    return result


def _median_run(runs: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """The run with the median value of key, with every run's value of it alongside."""
    ordered = sorted(runs, key=lambda run: float(run[key]))
    return {**ordered[len(ordered) // 2], f"{key}_all_runs": [run[key] for run in runs]}


def main() -> None:
    """Run the floor and each worker count, each several times in a fresh interpreter, and print the
    median runs as one JSON object (a shared two-core machine varies by about 10 % from run to run)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, action="append", help="worker counts (default: 1 and 2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the median is reported (default: 3)")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        print(json.dumps(floor() if args.workers[0] == 0 else measure(args.workers[0])))
        return
    counts = args.workers or [1, 2]
    floors: list[dict[str, Any]] = []
    measured: dict[int, list[dict[str, Any]]] = {workers: [] for workers in counts}
    for _ in range(max(1, args.repeat)):  # interleaved, so that a slow spell of the machine hits all alike
        floors.append(_inside(0))
        for workers in counts:
            measured[workers].append(_inside(workers))
    base = _median_run(floors, "floor_seconds")
    runs = [_median_run(measured[workers], "wall_seconds") for workers in counts]
    for run in runs:
        run["wall_over_floor"] = round(float(run["wall_seconds"]) / float(base["floor_seconds"]), 2)
    report = {"benchmark": "builds of examples/small-boats.txt (hibari), medians", **base, "runs": runs}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

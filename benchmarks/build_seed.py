"""Cold builds of the seed factsheet with the default voice, with 1 and 2 workers; prints one JSON object.

    python benchmarks/build_seed.py            # both worker counts, each in a fresh process
    python benchmarks/build_seed.py --workers 2

Each build starts with an empty clip cache, so every sentence is spoken. "engine_seconds" is the time
spent inside Engine.synthesize, added up over all worker processes.
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

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "small-boats.txt"


def measure(workers: int) -> dict[str, object]:
    """One cold build in this process."""
    from publisher.build import build
    from publisher.config import load_config

    with tempfile.TemporaryDirectory() as folder:
        config = load_config(None, output_dir=Path(folder) / "out", workers=workers, cache_dir=Path(folder) / "cache")
        started = time.perf_counter()
        result = build([SEED], config)
        wall = time.perf_counter() - started
    audio = result.audio_seconds
    usage = [resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    peak_kb = max(usage)
    return {
        "workers": workers,
        "wall_seconds": round(wall, 2),
        "engine_seconds": result.synthesis.engine_seconds,
        "engine_share_of_wall": round(result.synthesis.engine_seconds / wall, 3),
        "sentences_spoken": result.synthesis.synthesized,
        "audio_seconds": round(audio, 1),
        "x_realtime": round(audio / wall, 1),
        "peak_rss_mb": round(peak_kb / 1024, 1),
    }


def main() -> None:
    """Run each worker count in a fresh interpreter and print the results as one JSON object."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, action="append", help="worker counts (default: 1 and 2)")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        print(json.dumps(measure(args.workers[0])))
        return
    runs = []
    for workers in args.workers or [1, 2]:
        command = [sys.executable, __file__, "--inside", "--workers", str(workers)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.strip().splitlines()[-1]))
    print(json.dumps({"benchmark": "cold build of examples/small-boats.txt (hibari)", "runs": runs}, indent=2))


if __name__ == "__main__":
    main()

"""Publishing many factsheets into one channel, one build each; prints one JSON object.

    python benchmarks/corpus.py                 # 100 factsheets, default voice
    python benchmarks/corpus.py --count 20 --engine fake

The factsheets are made here from the test fixtures (numbers and titles varied), not kept as files.
Reported: total wall seconds, words per second, the cost per word of the first and last 10 builds
(the channel grows as it goes, so a rising cost would show work that grows with the channel), and peak
memory. Each build is the command a user runs, `publisher build SHEET -o OUT`, in a fresh process: so
every build pays the same start-up, as it does for a team publishing one factsheet at a time
(--in-process calls build() instead, as the first version of this script did).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = [
    ROOT / "tests" / "fixtures" / "formats" / name
    for name in ("parking.txt", "parking.md", "govuk-page.html", "council-tax.md", "no-blank-lines.txt")
] + [ROOT / "tests" / "fixtures" / "bin-collections.txt"]


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


def main() -> None:
    """Build each factsheet in turn into one output folder, each with the command a user runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--engine", default="hibari")
    parser.add_argument("--in-process", action="store_true", help="call build() in this process instead")
    args = parser.parse_args()

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


if __name__ == "__main__":
    main()

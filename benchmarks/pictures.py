"""Pictures beside the key points: how many blocks get one, and which; prints one JSON object.

    python benchmarks/pictures.py                      # the example, the corpus, the styles, the formats
    python benchmarks/pictures.py FILE_OR_FOLDER ...   # any factsheets (a folder: every file in it)
    python benchmarks/pictures.py --list FILE          # also every choice with its block's text, to judge

Per file: the paragraphs and lists that could have a picture, how many got one (the share, as
easy-read guides expect about 6 in 10), the concepts used, and the seconds the choosing took. Then the
median share. Whether each choice is right is for a person to judge from --list: no measure here can.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="print every choice with its text")
    parser.add_argument("--pictures", default="openmoji", help="openmoji, or a symbol folder")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from easy_read import DEFAULT, factsheet_files  # the same factsheets as the easy-read judge reads

    from publisher.build import read_sources
    from publisher.config import load_config
    from publisher.pictures import PICTURED_KINDS, add_pictures, open_pictures
    from publisher.plain import rewrite_documents

    config = load_config(None, cache_dir=None)
    chooser = open_pictures(args.pictures)
    results: list[dict[str, Any]] = []
    for path in factsheet_files(args.paths or DEFAULT):
        documents = rewrite_documents(read_sources([path], config)[0], config.rewriter)
        started = time.perf_counter()
        documents = add_pictures(documents, chooser)
        seconds = time.perf_counter() - started
        blocks = [(s, b) for d in documents for s in d.sections for b in s.blocks if b.kind in PICTURED_KINDS]
        pictures = [(s, p) for d in documents for s in d.sections for p in s.pictures]
        result: dict[str, Any] = {
            "file": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
            "blocks": len(blocks),
            "pictured": len(pictures),
            "share": round(len(pictures) / len(blocks), 2) if blocks else 0.0,
            "concepts": sorted({p.concept for _, p in pictures}),
            "seconds": round(seconds, 3),
        }
        if args.list:
            result["choices"] = [f"{p.concept}: {' | '.join(s.blocks[p.block].items)[:160]}" for s, p in pictures]
            pictured = {(id(s), p.block) for s, p in pictures}
            result["none"] = [
                " | ".join(b.items)[:120]
                for s in (s for d in documents for s in d.sections)
                for n, b in enumerate(s.blocks)
                if b.kind in PICTURED_KINDS and (id(s), n) not in pictured
            ]
        results.append(result)
    shares = [r["share"] for r in results if r["blocks"]]
    summary = {
        "files": len(results),
        "median_share": round(statistics.median(shares), 2) if shares else 0.0,
        "lowest_share": min(shares, default=0.0),
        "highest_share": max(shares, default=0.0),
        "median_seconds": round(statistics.median(r["seconds"] for r in results), 3) if results else 0.0,
    }
    print(json.dumps({"summary": summary, "files": results}, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()

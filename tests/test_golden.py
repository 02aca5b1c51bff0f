"""Golden output for one small fixture (fake engine, fixed date).

After an intended change, rewrite the golden files with
    python -m pytest tests/test_golden.py --update-golden
and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from publisher.build import build
from publisher.config import Config
from tests.conftest import ROOT, SMALL

GOLDEN = ROOT / "tests" / "golden" / "bin-collections"
COMPARED = (
    "manifest.json",
    "feed.xml",
    "sections.xml",
    "index.html",
    "factsheet-bin-collections-over-winter/index.html",
    "factsheet-bin-collections-over-winter/chapters.json",
    "factsheet-bin-collections-over-winter/audio/02-recycle.vtt",
)


def _comparable(data: bytes) -> bytes:
    """The file with its fingerprints blanked: they digest publisher's own code, so any change moves them."""
    return re.sub(rb'("(?:site_)?fingerprint": ")[0-9a-f]{64}"', rb'\1"', data)


def test_small_fixture_matches_golden_files(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch, update_golden: bool
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")
    monkeypatch.chdir(ROOT)
    from publisher.config import load_config

    base = load_config(None)
    config = make_config(build_time=base.build_time, source_date=base.source_date)
    result = build([SMALL.relative_to(ROOT)], config)
    for name in COMPARED:
        produced = (result.output_dir / name).read_bytes()
        golden = GOLDEN / name
        if update_golden:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes(produced)
        assert golden.is_file(), f"{golden} is missing: run pytest with --update-golden"
        assert _comparable(produced) == _comparable(golden.read_bytes()), (
            f"{name} differs from {golden} (see the module docstring)"
        )


def test_build_is_byte_identical_when_repeated(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")
    from publisher.config import load_config

    base = load_config(None)
    trees = []
    for name in ("a", "b"):
        config = make_config(output_dir=tmp_path / name, build_time=base.build_time, source_date=base.source_date)
        build([SMALL], config)
        trees.append(
            {p.relative_to(config.output_dir): p.read_bytes() for p in config.output_dir.rglob("*") if p.is_file()}
        )
    assert trees[0] == trees[1]
    # 4 MP3s and their transcripts; 2 pages, chapters, the book, manifest, 2 feeds, cover, css, js; the marker;
    # the bin and recycling pictures, each as SVG beside its text and as PNG for its chapter
    pictures = sorted(p.name for p in trees[0] if p.parent.name == "pictures")
    assert pictures == ["1F5D1.chapter.png", "1F5D1.svg", "267B.chapter.png", "267B.svg"]
    assert len(trees[0]) == 4 * 2 + 10 + 1 + len(pictures)

"""Large builds: briefings made a batch at a time with their files on disk, and scale-out on Dask."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from publisher.build import build
from publisher.config import Config
from publisher.model.render import RenderJob
from publisher.outputs import render_briefing_files
from tests.conftest import FIXTURES, SMALL

SOURCES = [SMALL, FIXTURES / "formats" / "parking.txt", FIXTURES / "formats" / "council-tax.md",
           FIXTURES / "formats" / "govuk-page.html"]  # fmt: skip


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
    assert all(a.data == b"" for b in result.briefings for a in b.audio)  # nothing of them is held
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

"""The wheel carries the templates, so an installed publisher finds its theme."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_templates_and_entry_point(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("publisher-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in ("base.html.j2", "briefing.html.j2", "index.html.j2", "static/style.css"):
        assert f"publisher/templates/{template}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "publisher = publisher.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

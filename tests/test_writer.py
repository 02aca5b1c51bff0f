from __future__ import annotations

from pathlib import Path

import pytest

from publisher.errors import OutputError
from publisher.writer import MARKER, write_output


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_writes_files_and_replaces_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out, {"a.txt": b"1", "d/b.txt": b"2"})
    assert _tree(out) == {"a.txt": b"1", "d/b.txt": b"2", MARKER: _tree(out)[MARKER]}
    write_output(out, {"c.txt": b"3"})
    assert set(_tree(out)) == {"c.txt", MARKER}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_unchanged_files_are_linked_from_the_last_build_and_changed_ones_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out, {"same.html": b"page", "deep/er/x.json": b"old"})
    same, changed = (out / "same.html").stat().st_ino, (out / "deep/er/x.json").stat().st_ino
    write_output(out, {"same.html": b"page", "deep/er/x.json": b"new"})
    assert (out / "same.html").stat().st_ino == same  # carried by a link, not created again
    assert (out / "deep/er/x.json").stat().st_ino != changed
    assert _tree(out) == {"same.html": b"page", "deep/er/x.json": b"new", MARKER: _tree(out)[MARKER]}


@pytest.mark.parametrize("bad", ["../escape.txt", "/etc/passwd", "a/../../b", "", "a\\..\\b"])
def test_paths_cannot_leave_the_output(tmp_path: Path, bad: str) -> None:
    with pytest.raises(OutputError, match="outside the output"):
        write_output(tmp_path / "out", {bad: b"x"})
    assert not (tmp_path / "out").exists()


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(OutputError, match="not made by publisher"):
        write_output(precious, {"index.html": b"x"})
    assert (precious / "thesis.docx").read_bytes() == b"years of work"


def test_refuses_the_current_folder_and_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="folder of its own"):
        write_output(Path(), {"a": b"x"})
    (tmp_path / "file").write_bytes(b"x")
    with pytest.raises(OutputError, match="not a folder"):
        write_output(tmp_path / "file", {"a": b"x"})


def test_failure_leaves_the_old_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out, {"keep.txt": b"old"})
    before = _tree(out)
    # A file and a folder with the same name cannot both be written: the build fails half-way.
    with pytest.raises(OutputError):
        write_output(out, {"x": b"1", "x/y": b"2"})
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]

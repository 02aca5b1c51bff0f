from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from publisher.errors import OutputError
from publisher.writer import MARKER, write_output


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_writes_files_and_replaces_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out, {"a.txt": b"1", "d/b.txt": b"2"})
    assert _tree(out) == {"a.txt": b"1", "d/b.txt": b"2", MARKER: _tree(out)[MARKER]}
    first = _tree(out)
    write_output(out, {"c.txt": b"3"})
    assert set(_tree(out)) == {"c.txt", MARKER}
    # The site just replaced waits beside the output, for the next build to start from.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.previous", "out"]
    assert _tree(tmp_path / ".out.previous") == first


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
    write_output(out, {"keep.txt": b"old", "d/e.txt": b"e"})
    before = _tree(out)
    # A file and a folder with the same name cannot both be written: the build fails half-way,
    # in a staging folder made from the spare site.
    with pytest.raises(OutputError):
        write_output(out, {"x": b"1", "x/y": b"2"})
    assert _tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    write_output(out, {"keep.txt": b"new"})
    assert _tree(out) == {"keep.txt": b"new", MARKER: before[MARKER]}


def test_a_folder_of_the_spare_name_not_made_by_publisher_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out, {"a.txt": b"1"})
    (tmp_path / ".out.previous").mkdir()
    (tmp_path / ".out.previous" / "notes.txt").write_bytes(b"mine")
    write_output(out, {"a.txt": b"2"})
    write_output(out, {"a.txt": b"3"})
    assert _tree(out) == {"a.txt": b"3", MARKER: _tree(out)[MARKER]}
    assert _tree(tmp_path / ".out.previous") == {"notes.txt": b"mine"}


_NAMES = ["a", "b", "d", "d/a", "d/b", "d/e/f", "e/a", "e"]


@st.composite
def _builds(draw: st.DrawFn) -> list[tuple[dict[str, bytes], list[str], str]]:
    """Builds in a row: files to write, paths to keep (of any earlier build) and damage to do to the spare."""
    builds = []
    for _ in range(draw(st.integers(2, 6))):
        names = draw(st.lists(st.sampled_from(_NAMES), unique=True, max_size=5))
        files = {name: draw(st.sampled_from([b"x", b"y", b"zz"])) for name in names}
        keep = draw(st.lists(st.sampled_from(_NAMES), unique=True, max_size=4))
        damage = draw(st.sampled_from(["none", "none", "extra", "rewrite", "delete", "symlink", "remove"]))
        builds.append((files, keep, damage))
    return builds


def _damage(spare: Path, how: str) -> None:
    """Change the spare site as a user or a crash might."""
    files = sorted(p for p in spare.rglob("*") if p.is_file() and p.name != MARKER) if spare.is_dir() else []
    if how == "remove" and spare.is_dir():
        shutil.rmtree(spare)
    elif how == "extra" and spare.is_dir():
        (spare / "stray").mkdir(exist_ok=True)
        (spare / "stray" / "file").write_bytes(b"stray")
    elif files and how == "rewrite":
        files[0].unlink()
        files[0].write_bytes(b"changed")
    elif files and how == "delete":
        files[-1].unlink()
    elif files and how == "symlink":
        files[0].unlink()
        files[0].symlink_to("/etc/hostname")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(builds=_builds())
def test_each_build_gives_exactly_its_files_whatever_the_spare_holds(
    tmp_path_factory: pytest.TempPathFactory, builds: list[tuple[dict[str, bytes], list[str], str]]
) -> None:
    root = tmp_path_factory.mktemp("spare")
    out = root / "out"
    expected: dict[str, bytes] = {}
    for files, keep, damage in builds:
        kept = [name for name in keep if name in expected and name not in files]
        wanted = {**files, **{name: expected[name] for name in kept}}
        clash = any(other.startswith(name + "/") for name in wanted for other in wanted)
        before = _tree(out) if out.exists() else None
        if clash:
            with pytest.raises(OutputError):
                write_output(out, files, keep=kept)
            assert (_tree(out) if out.exists() else None) == before
        else:
            write_output(out, files, keep=kept)
            expected = wanted
            assert {k: v for k, v in _tree(out).items() if k != MARKER} == expected
            assert not [p for p in out.rglob("*") if p.is_symlink()]
            if before is not None:  # what was live is now the spare, unchanged by the build
                assert _tree(root / ".out.previous") == before
        _damage(root / ".out.previous", damage)

"""The only module that writes output: everything goes to a staging folder, then is swapped in."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any

from publisher.errors import OutputError

log = logging.getLogger(__name__)

MARKER = ".publisher-output"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _check_relative(path: str) -> PurePosixPath:
    """A relative path that stays inside the output folder."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(p in ("", ".", "..") for p in pure.parts) or "\\" in path:
        raise OutputError(f"refusing to write outside the output folder: {path!r}")
    return pure


def _check_replaceable(output: Path) -> None:
    """Only an empty folder or one publisher made before may be replaced."""
    if not output.exists():
        return
    if not output.is_dir():
        raise OutputError(f"{output} exists and is not a folder")
    if any(output.iterdir()) and not (output / MARKER).is_file():
        raise OutputError(f"{output} is not empty and was not made by publisher; choose another folder with -o")


def _place(target: Path, data: bytes, before: Path) -> None:
    """Write a file into the staging folder, or link the previous build's copy when it has these bytes:
    a channel re-renders every page on every build, and creating files cost more than comparing them.
    (Flushed to disk for all files at once by _flush_filesystem.)"""
    try:
        if before.stat().st_size == len(data) and before.read_bytes() == data:
            os.link(before, target)
            return
    except OSError:
        pass
    target.write_bytes(data)


def _flush_filesystem(folder: Path) -> None:
    """Put everything written under folder on disk before it is swapped in: one syncfs for the whole
    staging folder, where an fsync per file cost 0.4 s per build once a channel had 100 briefings."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        syncfs = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)
        if syncfs is None or syncfs(handle) != 0:
            os.sync()
    finally:
        os.close(handle)


def read_previous(output: Path, name: str) -> dict[str, Any] | None:
    """The JSON file `name` of a previous build in the output folder, or None when there is none."""
    path = output / name
    if not (output / MARKER).is_file() or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise OutputError(f"{path} cannot be read ({error}); move the folder away to start afresh") from error
    if not isinstance(data, dict):
        raise OutputError(f"{path} is not a publisher manifest; move the folder away to start afresh")
    return data


def _carry(source: Path, target: Path) -> None:
    """Bring a file of the previous build into the staging folder (a hard link where possible)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _exchange(staging: Path, output: Path) -> None:
    """Swap the two folders in one step (Linux renameat2 RENAME_EXCHANGE): at every instant the output
    path holds either the whole old site or the whole new one, even if the process is killed."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(output), _RENAME_EXCHANGE)
        if result == 0:
            return
        error = ctypes.get_errno()
        if error not in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
            raise OSError(error, os.strerror(error))
    # Elsewhere: two renames, with a moment in between that recover_output() repairs.
    retired = output.parent / f".{output.name}.old-{os.getpid()}"
    output.rename(retired)
    staging.rename(output)
    retired.rename(staging)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (renames) to disk."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def recover_output(output: Path) -> None:
    """Tidy up after a build that was killed: put back an output left aside, drop half-built folders."""
    parent = output.parent
    if not parent.is_dir():
        return
    for left in sorted(parent.glob(f".{output.name}.old-*")):
        if not output.exists():
            left.rename(output)
        else:
            shutil.rmtree(left, ignore_errors=True)
    for half in parent.glob(f".{output.name}.staging-*"):
        shutil.rmtree(half, ignore_errors=True)


@contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold the output folder for one build: a second build at the same time stops with a clear message.

    The lock (a file beside the folder) is an flock, so the system releases it when its holder dies:
    a stale lock from a killed build never blocks the next one.
    """
    output = output.absolute()
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(output.parent / f".{output.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise OutputError(f"cannot lock {output}: {error.strerror}") from error
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 32, 0).decode("ascii", "replace").strip() or "another process"
            raise OutputError(
                f"another publisher build (process {holder}) is writing {output}; try again when it has finished"
            ) from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{os.getpid()}\n".encode("ascii"), 0)
        recover_output(output)
        yield
    finally:
        os.close(handle)  # closing releases the flock


def write_output(output: Path, files: Mapping[str, bytes], keep: Iterable[str] = ()) -> None:
    """Replace the output folder with these files plus `keep` (paths carried over from the previous
    build), or leave it untouched on failure. Call it inside output_lock()."""
    output = output.absolute()
    if output == Path(output.anchor) or output == Path.cwd() or output in Path.cwd().parents:
        raise OutputError(f"refusing to replace {output}: choose a folder of its own with -o")
    paths = {name: _check_relative(name) for name in files}
    kept = {name: _check_relative(name) for name in keep if name not in files}
    _check_replaceable(output)
    missing = [name for name, path in kept.items() if not output.joinpath(*path.parts).is_file()]
    if missing:
        raise OutputError(f"{output} is missing {missing[0]} from an earlier build; rebuild that briefing")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    except OSError as error:
        raise OutputError(f"cannot create the output folder next to {output}: {error.strerror}") from error
    try:
        for folder in {p.parent for p in [*paths.values(), *kept.values()]}:
            staging.joinpath(*folder.parts).mkdir(parents=True, exist_ok=True)  # each folder once
        for name, data in files.items():
            parts = paths[name].parts
            _place(staging.joinpath(*parts), data, output.joinpath(*parts))
        for path in kept.values():
            _carry(output.joinpath(*path.parts), staging.joinpath(*path.parts))
        (staging / MARKER).write_bytes(b"This folder is written by publisher; it is replaced on every build.\n")
        staging.chmod(0o755)
        _flush_filesystem(staging)
        if output.exists():
            _exchange(staging, output)  # staging now holds the old site
        else:
            staging.rename(output)
        _sync_folder(output.parent)
    except OSError as error:
        raise OutputError(f"cannot write {output}: {error.strerror or error}") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    log.info("wrote %d files and kept %d in %s", len(files), len(kept), output)

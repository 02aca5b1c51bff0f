"""The only module that writes output: everything goes to a staging folder, then is swapped in."""

from __future__ import annotations

import ctypes
import errno
import fcntl
import logging
import os
import shutil
import tempfile
from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import orjson

from publisher.errors import OutputError

log = logging.getLogger(__name__)

MARKER = ".publisher-output"
_MARKER_TEXT = b"This folder is written by publisher; it is replaced on every build.\n"
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _check_relative(path: str) -> str:
    """A relative path that stays inside the output folder (checked as a string: a large channel
    keeps thousands of files, and making a path object of each cost more than the rest of the work)."""
    if not path or path.startswith("/") or "\\" in path or any(p in ("", ".", "..") for p in path.split("/")):
        raise OutputError(f"refusing to write outside the output folder: {path!r}")
    return path


def _check_replaceable(output: Path) -> None:
    """Only an empty folder or one publisher made before may be replaced."""
    if not output.exists():
        return
    if not output.is_dir():
        raise OutputError(f"{output} exists and is not a folder")
    if any(output.iterdir()) and not (output / MARKER).is_file():
        raise OutputError(f"{output} is not empty and was not made by publisher; choose another folder with -o")


def _inodes(root: Path) -> dict[str, int]:
    """Inode number of every entry under root by relative path, folders marked by a trailing slash
    (one directory read per folder: no stat calls)."""
    found: dict[str, int] = {}
    pending = [("", str(root))]
    while pending:
        prefix, folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError:
            continue
        for entry in entries:
            name = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                found[name + "/"] = entry.inode()
                pending.append((name + "/", entry.path))
            elif entry.is_file(follow_symlinks=False):
                found[name] = entry.inode()
            else:
                found[name] = -1  # a link or device: never kept
    return found


def _place(target: Path, data: bytes, before: Path, linked: bool) -> None:
    """Write a file into the staging folder, or link the previous build's copy when it has these bytes
    (`linked`: the staging folder holds that very copy already). A channel re-renders its index and
    feeds on every build, and creating files cost more than comparing them. Files are never written
    in place: a staged file may be a link to a live one. (Flushed to disk by _flush_filesystem.)"""
    try:
        if before.stat().st_size == len(data) and before.read_bytes() == data:
            if not linked:
                target.unlink(missing_ok=True)
                os.link(before, target)
            return
    except OSError:
        pass
    target.unlink(missing_ok=True)
    target.write_bytes(data)


def _flush_filesystem(folder: Path) -> None:
    """Put everything written under folder on disk before it is swapped in: one syncfs for the whole
    staging folder: an fsync per file would cost more with every briefing the channel gains."""
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
        data = orjson.loads(path.read_bytes())  # the whole channel: orjson reads it fastest
    except (OSError, ValueError) as error:
        raise OutputError(f"{path} cannot be read ({error}); move the folder away to start afresh") from error
    if not isinstance(data, dict):
        raise OutputError(f"{path} is not a publisher manifest; move the folder away to start afresh")
    return data


def _carry(source: Path, target: Path) -> None:
    """Bring a file of the previous build into the staging folder (a hard link where possible)."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _take_spare(output: Path, staging: Path) -> None:
    """Move the site of the build before last (kept beside the output by the last build) into the
    empty staging folder, to be brought up to date there: cheaper than making every folder and link
    of a large channel again. A folder of that name that publisher did not make is left alone."""
    spare = _spare(output)
    if (spare / MARKER).is_file():
        with suppress(OSError):
            spare.rename(staging)  # replaces the empty folder


def _prune(staging: Path, present: Mapping[str, int], wanted: Collection[str]) -> None:
    """Remove what the staging folder holds beyond the wanted files and their folders."""
    folders = {"/".join(parts[:i]) + "/" for parts in (w.split("/") for w in wanted) for i in range(1, len(parts))}
    for name in sorted(present, key=len, reverse=True):  # files before the folders that hold them
        if name in folders or name in wanted:
            continue
        path = staging / name.rstrip("/")
        if name.endswith("/"):
            shutil.rmtree(path, ignore_errors=True)
        elif path.parent.is_dir():
            path.unlink(missing_ok=True)


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
    for half in [*parent.glob(f".{output.name}.staging-*"), *parent.glob(f".{output.name}.spool-*")]:
        shutil.rmtree(half, ignore_errors=True)


def _spare(output: Path) -> Path:
    """Where the site of the build before last waits to be brought up to date by the next build."""
    return output.parent / f".{output.name}.previous"


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


class Spool:
    """Files of the briefings finished so far, put on disk as each is made, beside the output (so on
    its file system): a large build holds none of them in memory. write_output moves them in."""

    def __init__(self, output: Path) -> None:
        """An empty spool folder beside the output (an OutputError when it cannot be made)."""
        output = output.absolute()
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            self.folder = Path(tempfile.mkdtemp(prefix=f".{output.name}.spool-", dir=output.parent))
        except OSError as error:
            raise OutputError(f"cannot create a folder next to {output}: {error.strerror}") from error
        self.files: dict[str, Path] = {}

    def put(self, files: Mapping[str, bytes]) -> None:
        """Put these files (output path → bytes) on disk until the output is written."""
        for name, data in files.items():
            path = self.folder / str(len(self.files))
            try:
                path.write_bytes(data)
            except OSError as error:
                raise OutputError(f"cannot write next to the output: {error.strerror or error}") from error
            self.files[_check_relative(name)] = path

    def close(self) -> None:
        """Remove whatever the output did not take."""
        shutil.rmtree(self.folder, ignore_errors=True)


@contextmanager
def spool_for(output: Path) -> Iterator[Spool]:
    """A spool for one build's finished files (call inside output_lock()), removed when it ends."""
    spool = Spool(output)
    try:
        yield spool
    finally:
        spool.close()


def _stage(
    staging: Path,
    output: Path,
    files: Mapping[str, bytes],
    kept: list[str],
    live: Mapping[str, int],
    *,
    spooled: Mapping[str, Path],
) -> None:
    """Bring the staging folder to exactly the files, the spooled ones and the kept ones of the live
    output, touching only what differs from what it holds (nothing, when it is empty)."""
    present = _inodes(staging)
    _prune(staging, present, {*files, *spooled, *kept, MARKER})
    for folder in sorted({name.rpartition("/")[0] for name in [*files, *spooled, *kept]}):
        if folder and f"{folder}/" not in present:
            (staging / folder).mkdir(parents=True, exist_ok=True)  # each folder once
    for name, data in files.items():
        linked = present.get(name, -1) >= 0 and present.get(name) == live.get(name)
        _place(staging / name, data, output / name, linked)
    for name, path in spooled.items():
        (staging / name).unlink(missing_ok=True)  # it may be a link to the live copy
        path.replace(staging / name)
    for name in kept:
        if present.get(name, -1) < 0 or present.get(name) != live.get(name):
            _carry(output / name, staging / name)
    _place(staging / MARKER, _MARKER_TEXT, staging / MARKER, linked=True)
    staging.chmod(0o755)


def write_output(
    output: Path, files: Mapping[str, bytes], keep: Iterable[str] = (), spooled: Spool | None = None
) -> None:
    """Replace the output folder with these files, the spooled ones, and `keep` (paths carried over
    from the previous build), or leave it untouched on failure. Call it inside output_lock().

    The new site is made in a staging folder from the one before last (kept beside the output as
    .NAME.previous), so a build touches only what changed since then, not every file of the channel.
    """
    output = output.absolute()
    if output == Path(output.anchor) or output == Path.cwd() or output in Path.cwd().parents:
        raise OutputError(f"refusing to replace {output}: choose a folder of its own with -o")
    for name in files:
        _check_relative(name)
    put = spooled.files if spooled is not None else {}
    kept = [_check_relative(name) for name in keep if name not in files and name not in put]
    _check_replaceable(output)
    live = _inodes(output) if output.is_dir() else {}
    missing = [name for name in kept if live.get(name, -1) < 0]
    if missing:
        raise OutputError(f"{output} is missing {missing[0]} from an earlier build; rebuild that briefing")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    except OSError as error:
        raise OutputError(f"cannot create the output folder next to {output}: {error.strerror}") from error
    swapped = False
    try:
        _take_spare(output, staging)
        _stage(staging, output, files, kept, live, spooled=put)
        _flush_filesystem(staging)
        if output.exists():
            _exchange(staging, output)  # staging now holds the old site
            swapped = True
        else:
            staging.rename(output)
        _sync_folder(output.parent)
    except OSError as error:
        raise OutputError(f"cannot write {output}: {error.strerror or error}") from error
    finally:
        if swapped:
            _keep_spare(staging, output)
        else:
            shutil.rmtree(staging, ignore_errors=True)
    log.info("wrote %d files and kept %d in %s", len(files) + len(put), len(kept), output)


def _keep_spare(old: Path, output: Path) -> None:
    """Keep the site just replaced beside the output, for the next build to start from."""
    try:
        old.rename(_spare(output))
    except OSError:
        shutil.rmtree(old, ignore_errors=True)

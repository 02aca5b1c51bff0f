"""The only module that writes output: everything goes to a staging folder, then is swapped in."""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from publisher.errors import OutputError

log = logging.getLogger(__name__)

MARKER = ".publisher-output"


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


def _write_file(path: Path, data: bytes) -> None:
    """Write bytes and flush them to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


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
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def write_output(output: Path, files: Mapping[str, bytes], keep: Iterable[str] = ()) -> None:
    """Replace the output folder with these files plus `keep` (paths carried over from the previous
    build), or leave it untouched on failure."""
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
    retired = output.parent / f".{output.name}.old-{staging.name.rsplit('-', 1)[-1]}"
    try:
        for name, data in files.items():
            _write_file(staging.joinpath(*paths[name].parts), data)
        for path in kept.values():
            _carry(output.joinpath(*path.parts), staging.joinpath(*path.parts))
        _write_file(staging / MARKER, b"This folder is written by publisher; it is replaced on every build.\n")
        staging.chmod(0o755)
        if output.exists():
            output.rename(retired)
        staging.rename(output)
    except OSError as error:
        if retired.exists() and not output.exists():
            retired.rename(output)
        raise OutputError(f"cannot write {output}: {error.strerror or error}") from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(retired, ignore_errors=True)
    log.info("wrote %d files and kept %d in %s", len(files), len(kept), output)

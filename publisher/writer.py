"""The only module that writes output: everything goes to a staging folder, then is swapped in."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

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
        raise OutputError(
            f"{output} is not empty and was not made by publisher; choose another folder with -o"
        )


def _write_file(path: Path, data: bytes) -> None:
    """Write bytes and flush them to disk."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def write_output(output: Path, files: Mapping[str, bytes]) -> None:
    """Replace the output folder with exactly these files, or leave it untouched on failure."""
    output = output.absolute()
    if output == Path(output.anchor) or output == Path.cwd() or output in Path.cwd().parents:
        raise OutputError(f"refusing to replace {output}: choose a folder of its own with -o")
    paths = {name: _check_relative(name) for name in files}
    _check_replaceable(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))
    except OSError as error:
        raise OutputError(f"cannot create the output folder next to {output}: {error.strerror}") from error
    retired = output.parent / f".{output.name}.old-{staging.name.rsplit('-', 1)[-1]}"
    try:
        for name, data in files.items():
            _write_file(staging.joinpath(*paths[name].parts), data)
        _write_file(
            staging / MARKER, b"This folder is written by publisher; it is replaced on every build.\n"
        )
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
    log.info("wrote %d files to %s", len(files), output)

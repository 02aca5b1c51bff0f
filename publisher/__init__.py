"""publisher: turn a factsheet into an easy-read page, spoken audio, transcripts and a podcast feed."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

__version__ = "0.1.0"

__all__ = [
    "BuildResult",
    "Config",
    "ConfigError",
    "EngineError",
    "OutputError",
    "PublisherError",
    "SourceError",
    "__version__",
    "build",
    "load_config",
]

_EXPORTS = {
    "BuildResult": "publisher.build",
    "build": "publisher.build",
    "Config": "publisher.config",
    "load_config": "publisher.config",
    "ConfigError": "publisher.errors",
    "EngineError": "publisher.errors",
    "OutputError": "publisher.errors",
    "PublisherError": "publisher.errors",
    "SourceError": "publisher.errors",
}


@cache
def code_identity(part: str = "") -> str:
    """The version and a digest of the package's code and word lists (.py and .toml files, under its
    folder `part`, if given).

    Caches and the checks that skip unchanged briefings key on it, so that they never outlive a
    change of code: a build from a checkout between releases keeps the version number.
    """
    folder = Path(__file__).parent / part
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.suffix in (".py", ".toml")):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def default_templates() -> Path:
    """The default theme: inside the installed package, or templates/ beside it in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so engine worker processes start light."""
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'publisher' has no attribute {name!r}")

"""publisher: turn a factsheet into an easy-read page, spoken audio, transcripts and a podcast feed."""

from __future__ import annotations

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


def __getattr__(name: str) -> Any:
    """Import the public API on first use, so engine worker processes start light."""
    if name in _EXPORTS:
        import importlib

        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'publisher' has no attribute {name!r}")

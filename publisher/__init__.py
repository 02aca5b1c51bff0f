"""publisher: turn a factsheet into an easy-read page, spoken audio, transcripts and a podcast feed."""

from __future__ import annotations

__version__ = "0.1.0"

from publisher.build import BuildResult, build
from publisher.config import Config, load_config
from publisher.errors import ConfigError, EngineError, OutputError, PublisherError, SourceError

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

"""Errors that publisher reports to the user as one line, with the exit code the CLI uses."""

from __future__ import annotations


class PublisherError(Exception):
    """Base of every error publisher reports to the user without a traceback."""

    exit_code = 1


class SourceError(PublisherError):
    """A source file is missing, unreadable, empty or not text."""

    exit_code = 3


class ConfigError(PublisherError):
    """A configuration value or command-line option is invalid."""

    exit_code = 2


class EngineError(PublisherError):
    """A speech engine is unknown, not installed, or failed to speak (sentence: the one it failed on)."""

    exit_code = 4

    def __init__(self, message: str, sentence: str | None = None) -> None:
        super().__init__(message)
        self.sentence = sentence


class OutputError(PublisherError):
    """The output directory cannot be written or replaced safely."""

    exit_code = 5


class FactCheckError(PublisherError):
    """With --strict: the easy-read rewrite lost or invented a fact."""

    exit_code = 6


class ManifestError(OutputError):
    """A manifest.json breaks the manifest's schema (problems: each place, one line)."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems

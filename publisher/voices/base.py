"""The engine protocol: text in, mono PCM out; engines never write files."""

from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from types import TracebackType
from typing import ClassVar

from publisher.model import Clip


class Engine(ABC):
    """A speech engine. Subclasses implement synthesize(); close() frees what they hold."""

    name: ClassVar[str]
    description: ClassVar[str] = ""
    # Engines that run in several processes at once; online ones stay in one to be kind to the service.
    parallel: ClassVar[bool] = True
    # Engines whose one instance may speak several sentences at once from threads, because their work
    # happens outside the GIL and they keep no per-call state; the others get a process each.
    thread_safe: ClassVar[bool] = False
    # The phoneme alphabet the engine takes through markup(), if any.
    phoneme_alphabet: ClassVar[str | None] = None

    def __init__(self, voice: str | None = None) -> None:
        self.voice = voice

    @abstractmethod
    def synthesize(self, text: str) -> Clip:
        """Speak one sentence and return its audio."""

    @classmethod
    def identity(cls, voice: str | None) -> str:
        """What makes this engine's audio what it is (library version, voice), for the clip cache."""
        return f"{cls.name} voice={voice or 'default'}"

    @classmethod
    def markup(cls, words: str, phonemes: str) -> str:
        """Text that makes the engine say these phonemes for these words (engines without: the words)."""
        return words

    @classmethod
    def voices(cls) -> list[str]:
        """Voices this engine can use here."""
        return []

    @classmethod
    def availability(cls) -> str | None:
        """None when the engine can run here, else why not."""
        return None

    def close(self) -> None:  # noqa: B027 - most engines hold nothing to release
        """Release models, sessions or processes."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def seed_for(text: str) -> int:
    """A stable 32-bit seed for a text, so the same sentence always sounds the same."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big")


def float_to_pcm16(samples: object) -> bytes:
    """Float samples in [-1, 1] (a numpy array) to 16-bit little-endian PCM bytes."""
    import numpy as np

    array = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
    return (array * 32767.0).round().astype("<i2").tobytes()

"""The default offline voice: hibari-tts (Apache-2.0), an American English voice inside its wheel."""

from __future__ import annotations

from typing import Any

from publisher.errors import EngineError
from publisher.model import Clip

from .base import Engine, float_to_pcm16, seed_for


class HibariEngine(Engine):
    """hibari-tts; each sentence is seeded from its text so builds are reproducible."""

    name = "hibari"
    description = "hibari-tts, offline neural voice (default)"

    def __init__(self, voice: str | None = None, threads: int = 1) -> None:
        super().__init__(voice)
        try:
            from hibari import Hibari
            from hibari.voices import DEFAULT, VOICES
        except ImportError as error:
            raise EngineError("the hibari engine needs hibari-tts: pip install hibari-tts") from error
        chosen = voice or DEFAULT
        if chosen not in VOICES:
            raise EngineError(f"hibari has no voice '{chosen}' (voices: {', '.join(sorted(VOICES))})")
        try:
            self._tts: Any = Hibari(voice=chosen, threads=threads)
        except Exception as error:
            # A voice other than the bundled one is downloaded on first use; offline that fails.
            raise EngineError(f"hibari could not load voice '{chosen}': {error}") from error
        self.voice = chosen
        self.sample_rate: int = Hibari.sample_rate

    def synthesize(self, text: str) -> Clip:
        """Speak one sentence with a seed taken from its text."""
        samples = self._tts(text, seed=seed_for(text))
        return Clip(pcm=float_to_pcm16(samples), sample_rate=self.sample_rate)

    def close(self) -> None:
        """Drop the ONNX session."""
        self._tts = None

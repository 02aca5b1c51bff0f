"""Speech engines behind one protocol, found by name in a registry."""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points

from publisher.errors import EngineError

from .base import Engine

__all__ = ["BUILTIN_ENGINES", "DEFAULT_ENGINE", "Engine", "engine_class", "engine_names", "open_engine"]

DEFAULT_ENGINE = "hibari"
ENTRY_POINT_GROUP = "publisher.engines"

# name -> "module:Class"; imported only when chosen, so optional libraries stay optional.
BUILTIN_ENGINES: dict[str, str] = {
    "hibari": "publisher.voices.hibari:HibariEngine",
    "piper": "publisher.voices.piper:PiperEngine",
    "espeak": "publisher.voices.espeak:EspeakEngine",
    "gtts": "publisher.voices.gtts:GttsEngine",
    "fake": "publisher.voices.fake:FakeEngine",
}


def _registry() -> dict[str, str]:
    """Built-in engines plus those other packages register as entry points."""
    found = {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}
    return {**found, **BUILTIN_ENGINES}


def engine_names() -> list[str]:
    """Names of every engine that can be asked for."""
    return sorted(_registry())


def engine_class(name: str) -> type[Engine]:
    """The class of the named engine, without starting it (no model is loaded)."""
    target = _registry().get(name)
    if target is None:
        raise EngineError(f"unknown engine '{name}' (engines: {', '.join(engine_names())})")
    module_name, _, class_name = target.partition(":")
    try:
        found = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as error:
        raise EngineError(f"engine '{name}' cannot be loaded from {target}: {error}") from error
    if not (isinstance(found, type) and issubclass(found, Engine)):
        raise EngineError(f"engine '{name}' ({target}) is not a publisher Engine")
    return found


def open_engine(name: str, voice: str | None = None) -> Engine:
    """Load and start the named engine; unknown or broken engines raise EngineError."""
    return engine_class(name)(voice=voice)

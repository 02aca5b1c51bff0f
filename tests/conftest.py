"""Shared fixtures; the network is closed to every test, and --update-golden rewrites golden files."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from publisher.config import Config
from publisher.model import AudioSettings, Briefing, Cover
from publisher.model.manifest import AudioTargets, Channel, Manifest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "examples" / "small-boats.txt"
SMALL = FIXTURES / "bin-collections.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from this build")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any connection to a non-loopback address fails, as it would on the build machines."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost") and self.family != socket.AF_UNIX:
            raise OSError(f"tests may not use the network (tried {host})")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default clip cache lives in a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))


@pytest.fixture
def make_config(tmp_path: Path) -> Callable[..., Config]:
    """A config for a fast build with the fake engine into a temporary folder."""

    def make(**changes: Any) -> Config:
        values: dict[str, Any] = {
            "output_dir": tmp_path / "out",
            "engine": "fake",
            "base_url": "https://example.org/briefings/",
            "audio": AudioSettings(sample_rate=22050, bitrate_kbps=32),
            "cache_dir": tmp_path / "cache",
            "workers": 1,
        }
        values.update(changes)
        return Config(**values)

    return make


def decode_float(path: Path) -> tuple[Any, int]:
    """An MP3 file decoded from disk to mono float samples, and their rate."""
    import miniaudio
    import numpy as np

    decoded = miniaudio.decode(path.read_bytes(), nchannels=1, output_format=miniaudio.SampleFormat.FLOAT32)
    return np.frombuffer(decoded.samples, dtype=np.float32), decoded.sample_rate


def decoded_seconds(mp3: bytes) -> float:
    """Length of MP3 bytes as a decoder hears it."""
    import miniaudio

    decoded = miniaudio.decode(mp3, nchannels=1, sample_rate=44100)
    return float(decoded.num_frames / decoded.sample_rate)


COVER = Cover(b"\x89PNG fake", "image/png")
BUILT = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture
def small_briefings(make_config: Callable[..., Config]) -> list[Briefing]:
    """The small fixture, read and voiced with the fake engine."""
    from publisher.briefings import encode_briefing, speak_scripts, write_scripts
    from publisher.build import read_documents
    from publisher.sources import load_source

    config = make_config()
    documents = read_documents([load_source(SMALL)], config)
    scripts = write_scripts(documents, config)
    clips, _ = speak_scripts(scripts, config)
    return [encode_briefing(d, scripts[d.slug], clips, config, COVER) for d in documents]


@pytest.fixture
def channel() -> Channel:
    """Channel settings for tests."""
    return Channel(
        title="Council briefings",
        description="Easy-read council news.",
        author="Riverside Council",
        email="press@example.org",
        category="Government",
        language="en-GB",
        base_url="https://example.org/briefings/",
        artwork="cover.png",
    )


def manifest_of(
    briefings: Sequence[Briefing], channel: Channel, previous: Manifest | None = None, built: datetime = BUILT
) -> Manifest:
    """The manifest of these briefings built into an output holding `previous`, at the default targets."""
    from publisher.manifest import briefing_entry, make_manifest

    entries = [briefing_entry(b, AudioTargets()) for b in briefings]
    return make_manifest(entries, channel, generator="publisher test", built=built, previous=previous)


@pytest.fixture
def small_manifest(small_briefings: list[Briefing], channel: Channel) -> Manifest:
    """The manifest of the small fixture built alone."""
    return manifest_of(small_briefings, channel)


def with_first_briefing(manifest: Manifest, **changes: Any) -> Manifest:
    """The manifest with these fields of its first briefing changed."""
    from dataclasses import replace

    first, *rest = manifest.briefings
    return replace(manifest, briefings=(replace(first, **changes), *rest))


def with_first_section(manifest: Manifest, **changes: Any) -> Manifest:
    """The manifest with these fields of its first briefing's first section changed."""
    from dataclasses import replace

    first, *rest = manifest.briefings[0].sections
    return with_first_briefing(manifest, sections=(replace(first, **changes), *rest))


def rewritten_sentences(sentence: str) -> list[str]:
    """One sentence as the rules rewrite it, a list shown as 'intro item / item / item'."""
    from publisher.plain import rewrite_sentence
    from publisher.plain.acronyms import Expander

    pieces, _ = rewrite_sentence(sentence, Expander({}))
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.errors import EngineError
from publisher.model import Clip
from publisher.voices import engine_names, open_engine
from publisher.voices.base import Engine, float_to_pcm16, seed_for
from publisher.voices.fake import FakeEngine
from publisher.voices.gtts import GttsEngine


def test_registry_lists_builtin_engines() -> None:
    assert {"hibari", "gtts", "fake"} <= set(engine_names())


def test_unknown_engine_names_the_choices() -> None:
    with pytest.raises(EngineError, match=r"unknown engine 'nope' \(engines: .*hibari"):
        open_engine("nope")


def test_fake_engine_is_deterministic_and_scales_with_text() -> None:
    with open_engine("fake") as engine:
        assert isinstance(engine, FakeEngine)
        short, again, long = engine.synthesize("Hi."), engine.synthesize("Hi."), engine.synthesize("Hi." * 40)
    assert short == again
    assert short.pcm
    assert long.duration_seconds > short.duration_seconds * 5


def test_seed_is_stable() -> None:
    assert seed_for("Same text.") == seed_for("Same text.") != seed_for("Other text.")
    assert 0 <= seed_for("x") < 2**32


def test_float_to_pcm16_clips_and_scales() -> None:
    import numpy as np

    pcm = float_to_pcm16(np.array([0.0, 1.0, -1.0, 2.0], dtype=np.float32))
    assert np.frombuffer(pcm, "<i2").tolist() == [0, 32767, -32767, 32767]


def test_gtts_offline_fails_with_a_clear_message_after_retries() -> None:
    calls: list[str] = []
    sleeps: list[float] = []

    def offline(text: str, lang: str, tld: str) -> bytes:
        calls.append(f"{lang}/{tld}")
        raise OSError("Failed to connect. Probable cause: Host is not reachable")

    engine = GttsEngine(client=offline, attempts=3, sleep=sleeps.append)
    with pytest.raises(EngineError, match=r"online engine and could not reach Google.*after 3 attempts"):
        engine.synthesize("Hello.")
    assert calls == ["en/co.uk"] * 3
    assert sleeps == [1.0, 2.0]


def test_gtts_real_client_is_offline_here() -> None:
    """The real gTTS path fails (the test network is closed) with the one-line engine error."""
    engine = GttsEngine(attempts=1)
    with pytest.raises(EngineError, match="could not reach Google"):
        engine.synthesize("Hello.")


def test_gtts_decodes_mp3_from_the_service() -> None:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(24000)
    encoder.set_bit_rate(32)
    mp3 = bytes(encoder.encode(b"\x00\x10" * 24000) + encoder.flush())
    engine = GttsEngine(voice="en-com", client=lambda text, lang, tld: mp3)
    clip = engine.synthesize("Hello.")
    assert (engine.lang, engine.tld) == ("en", "com")
    assert clip.sample_rate == 24000
    assert 0.9 < clip.duration_seconds < 1.2


def test_entry_point_engines_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    import publisher.voices as voices

    point = EntryPoint("tone", "publisher.voices.fake:FakeEngine", "publisher.engines")
    monkeypatch.setattr(voices, "entry_points", lambda group: [point] if group == "publisher.engines" else [])
    assert "tone" in voices.engine_names()
    assert isinstance(voices.open_engine("tone"), FakeEngine)


def test_broken_entry_point_is_an_engine_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    import publisher.voices as voices

    point = EntryPoint("broken", "no_such_module:Engine", "publisher.engines")
    monkeypatch.setattr(voices, "entry_points", lambda group: [point])
    with pytest.raises(EngineError, match="cannot be loaded"):
        voices.open_engine("broken")


class _Silent(Engine):
    name = "silent"

    def synthesize(self, text: str) -> Clip:
        return Clip(pcm=b"", sample_rate=16000)


def test_engine_base_is_a_context_manager() -> None:
    with _Silent() as engine:
        assert engine.synthesize("x").duration_seconds == 0.0


@pytest.mark.slow
def test_hibari_speaks_a_sentence_reproducibly() -> None:
    with open_engine("hibari") as engine:
        first = engine.synthesize("The centre opened in Calais in November 2018.")
        second = engine.synthesize("The centre opened in Calais in November 2018.")
    assert first.sample_rate == 24000
    assert first.pcm == second.pcm
    assert 1.5 < first.duration_seconds < 6.0


@pytest.mark.slow
def test_hibari_sessions_plan_no_memory_pattern_and_sound_the_same() -> None:
    import onnxruntime as ort

    from publisher.voices.hibari import HibariEngine

    standard = ort.SessionOptions
    lean = HibariEngine()
    assert not lean._tts.sess.get_session_options().enable_mem_pattern
    assert ort.SessionOptions is standard and ort.SessionOptions().enable_mem_pattern  # put back
    planned = HibariEngine()
    planned._tts.sess = ort.InferenceSession(lean._tts.model_path, standard(), providers=["CPUExecutionProvider"])
    for text in ("Phone us.", "The centre opened in Calais in November 2018, after a review of the old one."):
        assert lean.synthesize(text).pcm == planned.synthesize(text).pcm


def test_hibari_unknown_voice() -> None:
    with pytest.raises(EngineError, match="hibari has no voice 'nobody'"):
        open_engine("hibari", voice="nobody")


def test_registry_has_every_builtin_engine_and_classes_load_without_models() -> None:
    from publisher.voices import engine_class

    assert {"hibari", "piper", "espeak", "gtts", "fake"} <= set(engine_names())
    assert engine_class("hibari").phoneme_alphabet == "misaki"
    assert engine_class("hibari").markup("Calais", "kˈælA") == "[Calais](/kˈælA/)"
    assert engine_class("fake").markup("x", "y") == "x"
    assert engine_class("gtts").parallel is False
    assert "hibari-tts" in engine_class("hibari").identity(None)


@pytest.mark.slow
def test_piper_speaks_when_installed() -> None:
    from publisher.voices.piper import PiperEngine

    if PiperEngine.availability() is not None:
        pytest.skip("piper-tts is not installed (pip install 'publisher[piper]')")
    with open_engine("piper") as engine:
        clip = engine.synthesize("The centre opened in Calais.")
    assert clip.sample_rate == 22050
    assert 1.0 < clip.duration_seconds < 5.0


def test_piper_voice_errors() -> None:
    from publisher.voices.piper import PiperEngine

    if PiperEngine.availability() is not None:
        pytest.skip("piper-tts is not installed")
    with pytest.raises(EngineError, match="does not exist"):
        open_engine("piper", voice="/nowhere/voice.onnx")
    with pytest.raises(EngineError, match=r"neither a \.onnx file nor an installed voice package"):
        open_engine("piper", voice="no_such_voice_package")


def test_espeak_speaks_when_installed() -> None:
    from publisher.voices.espeak import EspeakEngine

    if EspeakEngine.availability() is not None:
        pytest.skip("espeak-ng is not installed")
    with open_engine("espeak") as engine:
        clip = engine.synthesize("-v --help; rm -rf / is just text here.")
    assert clip.sample_rate == 22050
    assert clip.duration_seconds > 1.0
    assert any(v.startswith("en-gb") for v in EspeakEngine.voices())
    with pytest.raises(EngineError, match="not a voice name"):
        open_engine("espeak", voice="--help")


def test_hibari_dictionaries_that_fail_to_load_give_an_engine_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import hibari.g2p

    def broken(*args: object, **kwargs: object) -> object:
        raise OSError("lexicon unreadable")

    monkeypatch.setattr(hibari.g2p, "G2P", broken)
    with pytest.raises(EngineError, match="hibari could not load its pronunciation dictionaries: lexicon unreadable"):
        open_engine("hibari")


def test_hibari_dictionaries_read_with_orjson_are_hibaris_own(monkeypatch: pytest.MonkeyPatch) -> None:
    import hibari.g2p

    from publisher.voices.hibari import _load_g2p, _read_asset

    standard = hibari.g2p._load_json
    ours, theirs = _load_g2p(british=False), hibari.g2p.G2P(british=False)
    assert hibari.g2p._load_json is standard  # put back after loading
    for accent in ("us", "gb"):
        for name in (f"lexicon_{accent}_gold.json.gz", f"lexicon_{accent}_silver.json.gz"):
            assert hibari.g2p._load_json(name) == _read_asset(hibari.g2p.ASSETS, name)
    for name in ("tokenizer_exceptions.json", "tagger.json.gz"):
        assert hibari.g2p._load_json(name) == _read_asset(hibari.g2p.ASSETS, name)
    sentence = "The UK-France Coordination Centre opened in Calais on 12 November 2018, at 9:30am."
    assert ours(sentence) == theirs(sentence)
    # A hibari whose assets are not where this one keeps them: its own loader is used.
    read: list[str] = []

    def counted(name: str) -> object:
        read.append(name)
        return standard(name)

    monkeypatch.setattr(hibari.g2p, "ASSETS", Path(hibari.g2p.ASSETS))
    monkeypatch.setattr(hibari.g2p, "_load_json", counted)
    british = _load_g2p(british=True)
    assert "tagger.json.gz" in read
    assert british(sentence) == hibari.g2p.G2P(british=True)(sentence)

from __future__ import annotations

import miniaudio
import pytest

from publisher.audio import assemble, render_audio
from publisher.errors import EngineError
from publisher.model import AudioSettings, Block, Clip, Script, Section
from publisher.speech import to_script
from publisher.voices.fake import FakeEngine
from tests.conftest import decoded_seconds

SECTION = Section(
    slug="part",
    title="Part",
    blocks=(Block("paragraph", ("First sentence here. Second one.",)), Block("bullets", ("An item",))),
)


def _script_and_clips() -> tuple[Script, list[Clip]]:
    script = to_script(SECTION)
    engine = FakeEngine()
    return script, [engine.synthesize(u.spoken) for u in script.utterances]


def test_cues_follow_pauses_between_sentences_and_blocks() -> None:
    script, clips = _script_and_clips()
    settings = AudioSettings(sentence_pause_ms=400, paragraph_pause_ms=900, edge_silence_ms=250)
    segment, cues = assemble(script, clips, settings)
    assert cues[0].start == pytest.approx(0.25, abs=0.001)
    assert cues[0].end == pytest.approx(0.25 + clips[0].duration_seconds, abs=0.001)
    assert cues[1].start - cues[0].end == pytest.approx(0.4, abs=0.001)
    assert cues[2].start - cues[1].end == pytest.approx(0.9, abs=0.001)
    assert segment.duration_seconds == pytest.approx(cues[-1].end + 0.25, abs=0.001)
    assert [c.text for c in cues] == ["First sentence here.", "Second one.", "An item"]


def test_mp3_is_mono_cbr_at_the_configured_rate_and_decodes_to_its_duration() -> None:
    script, clips = _script_and_clips()
    audio = render_audio(script, clips, AudioSettings(sample_rate=44100, bitrate_kbps=64))
    info = miniaudio.mp3_get_info(audio.data)
    assert (info.nchannels, info.sample_rate) == (1, 44100)
    assert decoded_seconds(audio.data) == pytest.approx(audio.duration_seconds, abs=0.1)
    # CBR 64 kbit/s: the size follows the duration.
    assert len(audio.data) == pytest.approx(audio.duration_seconds * 64000 / 8, rel=0.05)
    assert audio.mime_type == "audio/mpeg"
    assert len(audio.sha256) == 64


def test_mixed_sample_rates_are_resampled() -> None:
    script, clips = _script_and_clips()
    clips[1] = Clip(pcm=b"\x00\x01" * 48000, sample_rate=48000)
    segment, cues = assemble(script, clips, AudioSettings())
    assert segment.frame_rate == clips[0].sample_rate
    assert cues[1].end - cues[1].start == pytest.approx(1.0, abs=0.01)


def test_empty_clip_names_section_and_sentence() -> None:
    script, clips = _script_and_clips()
    clips[1] = Clip(pcm=b"", sample_rate=16000)
    with pytest.raises(EngineError, match=r"section 'Part', sentence: 'Second one\.'"):
        render_audio(script, clips, AudioSettings())

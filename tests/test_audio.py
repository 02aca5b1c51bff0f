from __future__ import annotations

import io

import miniaudio
import numpy as np
import pytest
from mutagen.id3 import ID3

from publisher.audio import render_episode, render_section
from publisher.audio.loudness import cap_true_peak, normalise, pcm_to_float
from publisher.audio.meter import Samples, measure_loudness, true_peak
from publisher.audio.mixing import assemble
from publisher.errors import EngineError
from publisher.model import AudioSettings, Block, Chapter, Clip, Cover, Script, Section, Tags
from publisher.speech import to_script
from publisher.voices.fake import FakeEngine
from tests.conftest import decoded_seconds

SECTION = Section(
    slug="part",
    title="Part",
    blocks=(Block("paragraph", ("First sentence here. Second one.",)), Block("bullets", ("An item",))),
)
TAGS = Tags(title="Part", album="Briefing", artist="Council", track=1, track_total=2, year=2026,
            comment="Computer voice.", cover=Cover(b"\x89PNG", "image/png"))  # fmt: skip


def _script_and_clips(section: Section = SECTION) -> tuple[Script, list[Clip]]:
    script = to_script(section)
    engine = FakeEngine()
    return script, [engine.synthesize(u.spoken) for u in script.utterances]


def _decode(mp3: bytes) -> Samples:
    decoded = miniaudio.decode(mp3, nchannels=1, sample_rate=44100, output_format=miniaudio.SampleFormat.FLOAT32)
    return np.frombuffer(decoded.samples, dtype=np.float32)


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


def test_section_mp3_is_mono_cbr_tagged_loud_enough_and_decodes_to_its_duration() -> None:
    script, clips = _script_and_clips()
    audio = render_section(script, clips, AudioSettings(sample_rate=44100, bitrate_kbps=64), TAGS).audio
    info = miniaudio.mp3_get_info(audio.data)
    assert (info.nchannels, info.sample_rate) == (1, 44100)
    assert decoded_seconds(audio.data) == pytest.approx(audio.duration_seconds, abs=0.05)
    samples = _decode(audio.data)
    assert measure_loudness(samples, 44100) == pytest.approx(-16.0, abs=1.0)
    assert true_peak(samples) <= -1.0
    tags = ID3(io.BytesIO(audio.data))
    assert tags.version == (2, 3, 0)
    assert str(tags["TIT2"]) == "Part" and str(tags["TALB"]) == "Briefing" and str(tags["TPE1"]) == "Council"
    assert str(tags["TRCK"]) == "1/2"
    assert "Computer voice." in str(tags.getall("COMM")[0])
    assert tags.getall("APIC")[0].data == b"\x89PNG"


def test_episode_joins_sections_with_ordered_chapters() -> None:
    settings = AudioSettings(section_pause_ms=1000)
    second = Section("next", "Next", (Block("paragraph", ("Another part of the briefing.",)),))
    parts = [render_section(*_script_and_clips(s), settings, TAGS) for s in (SECTION, second)]
    episode, chapters = render_episode(parts, ["Part", "Next"], ["part", "next"], settings, TAGS)
    assert chapters[0] == Chapter(0.0, parts[0].audio.duration_seconds, "Part", "part")
    frame = 1152 / 44100  # the pause is whole MP3 frames long
    assert 1.0 <= chapters[1].start - chapters[0].end <= 1.0 + 2 * frame
    assert chapters[1].end == pytest.approx(episode.duration_seconds, abs=0.001)
    assert decoded_seconds(episode.data) == pytest.approx(episode.duration_seconds, abs=0.05)
    # The second section's first cue moved by the start of its chapter.
    assert episode.cues[3].start == pytest.approx(parts[1].audio.cues[0].start + chapters[1].start, abs=0.001)
    tags = ID3(io.BytesIO(episode.data))
    toc = tags.getall("CTOC")[0]
    assert toc.child_element_ids == ["chp1", "chp2"]
    assert [tags[f"CHAP:{i}"].start_time for i in toc.child_element_ids] == [
        0,
        round(chapters[1].start * 1000),
    ]


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
        render_section(script, clips, AudioSettings(), TAGS)


def _speechlike(seconds: float, rate: int = 24000) -> Samples:
    """Noise bursts with pauses and a few sharp peaks: loud peaks over a quiet average, like speech."""
    rng = np.random.default_rng(1)
    samples = rng.normal(0, 0.02, int(seconds * rate)).astype(np.float32)
    samples *= (np.sin(np.arange(len(samples)) / rate * 2 * np.pi * 1.5) > 0).astype(np.float32)
    samples[:: rate // 3] = 0.9
    return samples


def test_normalise_reaches_target_under_the_ceiling() -> None:
    samples = _speechlike(10)
    quiet = measure_loudness(samples, 24000)
    assert quiet is not None and quiet < -25
    louder, loudness = normalise(samples, 24000, -15.5, -1.7)
    assert loudness is not None and loudness == pytest.approx(-15.5, abs=0.1)
    assert loudness == pytest.approx(measure_loudness(louder, 24000), abs=0.02)  # an estimate, close
    assert true_peak(samples) + (loudness - quiet) > 0  # without the limiter it would clip ...
    assert true_peak(louder) <= -1.7  # ... with it, the peaks stay under the ceiling


def test_true_peaks_are_capped_exactly_at_the_ceiling() -> None:
    loud = _speechlike(10) * 2.5
    assert true_peak(loud) > 6
    capped, peak = cap_true_peak(loud, 24000, -1.0)
    assert peak == pytest.approx(true_peak(capped), abs=1e-6)
    assert -1.5 < peak <= -1.0


def test_limiter_holds_peaks_and_leaves_quiet_audio_alone() -> None:
    from publisher.audio.loudness import _limited

    samples = _speechlike(3) * 1.5
    limited, _ = _limited(samples, 24000, 0.5, 0.5)
    assert np.abs(limited).max() <= 0.5 + 1e-6
    quiet = samples * 0.1
    assert np.array_equal(_limited(quiet, 24000, 0.5, 0.5)[0], quiet)


def test_the_limiter_gain_lowers_each_peak_enough_and_nothing_else() -> None:
    from publisher.audio.loudness import _limit_gain

    count, ceiling = 48000, 0.5
    positions = np.array([5000, 5003, 5100, 20000, 40000])
    envelope = np.array([0.8, 0.6, 0.45, 0.5, 0.3], dtype=np.float32)
    envelope[3] = np.float32(ceiling) * np.float32(1.0000001)  # the slightest peak still counts
    found = _limit_gain(positions, envelope, count, 24000, ceiling)
    assert found is not None
    where, gains = found
    assert len(np.unique(where)) == len(where) and where.min() >= 0 and where.max() < count
    gain = np.ones(count, dtype=np.float32)
    gain[where] = gains
    assert (gain <= 1.0).all()
    over = envelope > ceiling
    assert (envelope[over] * gain[positions[over]] <= ceiling * (1 + 1e-6)).all()
    assert gain[positions[3]] < 1.0 and gain[positions[2]] < 1.0  # under the peak before it too
    far = np.ones(count, dtype=bool)  # more than the release from any peak, nothing is lowered
    for position in positions[over]:
        far[max(0, position - 1300) : position + 1300] = False
    assert far.any() and (gain[far] == 1.0).all()
    assert _limit_gain(positions, envelope * 0.5, count, 24000, ceiling) is None


def test_short_or_silent_audio_is_not_normalised() -> None:
    silence = np.zeros(24000 * 2, dtype=np.float32)
    assert measure_loudness(silence, 24000) is None
    assert normalise(silence, 24000, -16.0, -1.0)[1] is None
    blip = pcm_to_float(b"\x00\x40" * 100)
    assert normalise(blip, 24000, -16.0, -1.0)[0] is blip


@pytest.mark.parametrize("rate", [16000, 22050, 24000, 44100])
def test_loudness_matches_pyloudnorm(rate: int) -> None:
    import pyloudnorm

    generator = np.random.default_rng(7)
    seconds = np.arange(rate * 7) / rate
    # speech-like: noise bursts, a tone and pauses, so both gates have work to do
    samples = (generator.normal(0, 0.1, len(seconds)) * (np.sin(2 * np.pi * 0.7 * seconds) > 0.2)
               + 0.05 * np.sin(2 * np.pi * 440 * seconds)).astype(np.float32)  # fmt: skip
    samples[rate * 3 : rate * 4] = 0.0
    expected = pyloudnorm.Meter(rate).integrated_loudness(samples.astype(np.float64))
    assert measure_loudness(samples, rate) == pytest.approx(expected, abs=0.01)


def test_a_click_is_heard_where_the_cues_say() -> None:
    """Mastered (resampled 24 to 44.1 kHz) and encoded, a click at 1.000 s decodes 1.000 s plus LAME's delay in."""
    from publisher.audio.mixing import encode_mp3, encoder_delay, master

    samples = np.zeros(24000 * 2, dtype="<i2")
    samples[24000] = 30000
    settings = AudioSettings()
    track = master(samples.tobytes(), 24000, (), settings)
    assert track.sample_rate == 44100
    mp3 = encode_mp3(track, settings)
    decoded = miniaudio.decode(mp3, output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1)
    heard = np.argmax(np.abs(np.asarray(decoded.samples))) / decoded.sample_rate
    assert decoded.sample_rate == 44100
    assert heard == pytest.approx(1.0 + encoder_delay(settings), abs=0.001)


def test_true_peak_is_that_of_the_signal_oversampled_four_times() -> None:
    from scipy.signal import upfirdn

    from publisher.audio.meter import INTERPOLATOR

    samples = _speechlike(4)
    samples[1000:1004] = [0.7, -0.7, 0.7, -0.7]  # a peak between samples
    at_the_ends = samples.copy()  # windows that run off the ends of the signal
    at_the_ends[:3], at_the_ends[-3:] = [0.8, -0.8, 0.8], [-0.9, 0.9, -0.9]
    for signal in (samples, at_the_ends):
        upsampled = upfirdn(INTERPOLATOR, signal, up=4)
        expected = 20 * np.log10(max(np.abs(upsampled).max(), np.abs(signal).max()))
        assert true_peak(signal) == pytest.approx(expected, abs=1e-4)
    assert true_peak(samples) > 20 * np.log10(0.7) + 1  # well above the sample peak
    assert true_peak(at_the_ends) > 20 * np.log10(0.9) + 0.5


def test_the_peak_envelope_holds_every_place_that_may_reach_the_threshold() -> None:
    from publisher.audio.meter import _BEFORE, _PHASES, _TAPS, peak_envelope

    samples = _speechlike(2) * 2.5
    samples[:100] = samples[-100:] = 0.0  # silent ends, as every section has
    at_the_ends = samples.copy()  # windows that run off the ends of the signal
    at_the_ends[:3], at_the_ends[-3:] = [0.8, -0.8, 0.8], [-0.9, 0.9, -0.9]
    for signal in (samples, at_the_ends):
        # The envelope everywhere, the slow way: every window of the zero-padded signal.
        padded = np.concatenate([np.zeros(_BEFORE), signal, np.zeros(_TAPS)]).astype(np.float32)
        windows = np.lib.stride_tricks.sliding_window_view(padded, _TAPS)[: len(signal)]
        everywhere = np.maximum(np.abs(windows @ _PHASES).max(axis=1), np.abs(signal))
        for threshold in (0.3, 0.6):
            positions, envelope = peak_envelope(signal, threshold)
            assert 0 < len(positions) < len(signal) / 2
            assert np.allclose(envelope, everywhere[positions], atol=1e-6)
            assert set(np.flatnonzero(everywhere >= threshold)) <= set(positions.tolist())


def test_the_k_weighting_and_interpolator_are_pyloudnorm_and_scipy_designs() -> None:
    import pyloudnorm
    from scipy.signal import firwin

    from publisher.audio.meter import INTERPOLATOR, k_weighting

    for rate in (16000, 24000, 44100, 48000):
        stages = [pyloudnorm.IIRfilter(4.0, 1 / np.sqrt(2), 1500.0, rate, "high_shelf"),
                  pyloudnorm.IIRfilter(0.0, 0.5, 38.0, rate, "high_pass")]  # fmt: skip
        for (b, a), stage in zip(k_weighting(rate), stages, strict=True):
            assert np.allclose(b, stage.b / stage.a[0]) and np.allclose(a, stage.a / stage.a[0])
    assert np.allclose(INTERPOLATOR, firwin(48, 0.25) * 4, atol=1e-7)


def test_the_limiter_filters_are_scipy_ndimage_ones() -> None:
    from scipy.ndimage import minimum_filter1d, uniform_filter1d

    from publisher.audio.loudness import _running_mean, _running_minimum

    values = np.random.default_rng(3).random(1003).astype(np.float32)
    for attack, release in ((2, 5), (9, 91), (1, 1)):
        size = attack + release + 1
        expected = minimum_filter1d(values, size=size, origin=release - size // 2, mode="nearest")
        assert np.array_equal(_running_minimum(np.pad(values, (release, attack), mode="edge"), size), expected)
    for size in (1, 5, 61):
        assert np.allclose(_running_mean(values, size), uniform_filter1d(values, size=size, mode="nearest"), atol=1e-6)

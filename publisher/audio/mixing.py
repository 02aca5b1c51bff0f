"""Sentence clips joined with pauses (pydub), mastered for loudness, encoded to CBR mono MP3 (lameenc)."""

from __future__ import annotations

import math
import warnings
from dataclasses import replace

import lameenc
import miniaudio
import soxr

with warnings.catch_warnings():
    # pydub warns at import that ffmpeg is missing; publisher never uses ffmpeg (lameenc encodes).
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment

from publisher.errors import EngineError
from publisher.model import AudioSettings, Chapter, Clip, Cue, Script, Track

from .loudness import (
    ENCODER_HEADROOM_DB,
    ENCODER_LOUDNESS_LOSS_DB,
    cap_true_peak,
    float_to_pcm,
    normalise,
    pcm_to_float,
)

_SAMPLE_WIDTH = 2


def _segment(clip: Clip, frame_rate: int) -> AudioSegment:
    """A clip as a mono pydub segment at the given frame rate."""
    segment = AudioSegment(data=clip.pcm, sample_width=_SAMPLE_WIDTH, frame_rate=clip.sample_rate, channels=1)
    return segment if clip.sample_rate == frame_rate else segment.set_frame_rate(frame_rate)


def _frames(segment: AudioSegment) -> int:
    """Number of samples in a mono segment."""
    return len(segment.raw_data) // _SAMPLE_WIDTH


def assemble(script: Script, clips: list[Clip], settings: AudioSettings) -> tuple[AudioSegment, tuple[Cue, ...]]:
    """Join the clips of a section with pauses, returning the audio and when each sentence is heard."""
    if len(clips) != len(script.utterances):
        raise ValueError("one clip is needed per utterance")
    for utterance, clip in zip(script.utterances, clips, strict=True):
        if not clip.pcm:
            raise EngineError(
                f"the engine returned no audio for section '{script.section.title}', sentence: {utterance.text[:80]!r}"
            )
    frame_rate = clips[0].sample_rate if clips else settings.sample_rate
    parts = [AudioSegment.silent(settings.edge_silence_ms, frame_rate)]
    cursor = _frames(parts[0])
    cues: list[Cue] = []
    previous_block: int | None = None
    for utterance, clip in zip(script.utterances, clips, strict=True):
        if previous_block is not None:
            pause_ms = settings.sentence_pause_ms if utterance.block == previous_block else settings.paragraph_pause_ms
            pause = AudioSegment.silent(pause_ms, frame_rate)
            parts.append(pause)
            cursor += _frames(pause)
        speech = _segment(clip, frame_rate)
        parts.append(speech)
        start, cursor = cursor, cursor + _frames(speech)
        cues.append(
            Cue(
                round(start / frame_rate, 3),
                round(cursor / frame_rate, 3),
                utterance.text,
                utterance.spoken,
                utterance.block,
                utterance.item,
            )
        )
        previous_block = utterance.block
    parts.append(AudioSegment.silent(settings.edge_silence_ms, frame_rate))
    # One join instead of `+` per part, which would copy the growing audio each time.
    data = b"".join(part.raw_data for part in parts)
    joined = AudioSegment(data=data, sample_width=_SAMPLE_WIDTH, frame_rate=frame_rate, channels=1)
    return joined, tuple(cues)


# LAME puts 576 + 529 samples (at the output rate) of delay before the audio; decoders without gapless
# information play them, so cue times in the MP3 are that much later than in the PCM (measured: a click
# at 1.000 s decodes at 1.025 s at 44.1 kHz).
LAME_DELAY_SAMPLES = 1105


def encoder_delay(settings: AudioSettings) -> float:
    """Seconds LAME's delay adds before the audio at the configured output rate."""
    return LAME_DELAY_SAMPLES / settings.sample_rate


def encode_mp3(track: Track, settings: AudioSettings) -> bytes:
    """Mono 16-bit audio to constant-bitrate MP3 at the configured output sample rate (master() has
    resampled it already; LAME's own resampler, 1.8x slower than soxr and LAME, is only a fallback)."""
    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(track.sample_rate)
    encoder.set_out_sample_rate(settings.sample_rate)
    encoder.set_bit_rate(settings.bitrate_kbps)
    encoder.set_quality(settings.quality)
    return bytes(encoder.encode(track.pcm) + encoder.flush())


def master(pcm: bytes, rate: int, cues: tuple[Cue, ...], settings: AudioSettings) -> Track:
    """PCM brought to the target loudness under the true-peak ceiling, at the output sample rate, as a Track.

    Loudness is set at the voice's rate; peaks are held again after resampling, because the
    resampler keeps the voice's content up to its Nyquist frequency, where the four-times oversampled
    estimate at the lower rate missed inter-sample peaks by up to 1.2 dB (measured on the seed).
    """
    ceiling = settings.true_peak_dbtp - ENCODER_HEADROOM_DB
    target = settings.loudness_lufs + ENCODER_LOUDNESS_LOSS_DB
    samples, loudness = normalise(pcm_to_float(pcm), rate, target, ceiling)
    if rate != settings.sample_rate:
        samples, rate = soxr.resample(samples, rate, settings.sample_rate), settings.sample_rate
    samples, peak = cap_true_peak(samples, rate, ceiling)
    return Track(
        pcm=float_to_pcm(samples),
        sample_rate=rate,
        cues=cues,
        loudness_lufs=None if loudness is None else round(loudness - ENCODER_LOUDNESS_LOSS_DB, 2),
        true_peak_dbtp=round(peak + ENCODER_HEADROOM_DB, 2),  # an upper bound: MP3 coding adds at most this
    )


def mix_section(script: Script, clips: list[Clip], settings: AudioSettings) -> Track:
    """The mastered audio of one section with the cue of each sentence."""
    segment, cues = assemble(script, clips, settings)
    return master(segment.raw_data, segment.frame_rate, cues, settings)


def mp3_seconds(data: bytes) -> float:
    """How long an MP3 plays, from its frames."""
    info = miniaudio.mp3_get_info(data)
    return float(info.num_frames / info.sample_rate)


def join_mp3s(
    parts: list[tuple[bytes, Track]], titles: list[str], slugs: list[str], settings: AudioSettings
) -> tuple[bytes, Track, tuple[Chapter, ...]]:
    """Untagged section MP3s joined frame by frame with encoded pauses between them (no second encode).

    All parts share one encoder setting (CBR, same rate), so their frames can follow each other;
    each section then starts where the frames before it end, which gives exact chapter times.
    """
    rate = parts[0][1].sample_rate
    silence = Track(sample_rate=rate, cues=(), pcm=AudioSegment.silent(settings.section_pause_ms, rate).raw_data)
    pause = encode_mp3(silence, settings)
    pause_seconds = mp3_seconds(pause)
    data: list[bytes] = []
    cues: list[Cue] = []
    chapters: list[Chapter] = []
    offset = 0.0
    for index, ((mp3, track), title, slug) in enumerate(zip(parts, titles, slugs, strict=True)):
        if index:
            data.append(pause)
            offset += pause_seconds
        length = mp3_seconds(mp3)
        chapters.append(Chapter(round(offset, 3), round(offset + length, 3), title, slug))
        cues.extend(replace(c, start=round(c.start + offset, 3), end=round(c.end + offset, 3)) for c in track.cues)
        data.append(mp3)
        offset += length
    peaks = [track.true_peak_dbtp for _, track in parts if track.true_peak_dbtp is not None]
    episode = Track(
        sample_rate=rate,
        cues=tuple(cues),
        loudness_lufs=combined_loudness([(t.loudness_lufs, mp3_seconds(mp3)) for mp3, t in parts]),
        # Pauses separate the sections, so the loudest inter-sample peak is one of theirs.
        true_peak_dbtp=max(peaks, default=None),
    )
    return b"".join(data), episode, tuple(chapters)


def combined_loudness(parts: list[tuple[float | None, float]]) -> float | None:
    """Loudness of sections played one after another: their power, weighted by duration.

    Every section is already mastered to the same target, so this stays within a tenth of a LU of a
    measurement of the joined audio (publisher check measures the real file).
    """
    measured = [(loudness, seconds) for loudness, seconds in parts if loudness is not None]
    if not measured:
        return None
    total = sum(seconds for _, seconds in measured)
    power = sum(10 ** (loudness / 10) * seconds for loudness, seconds in measured) / total
    return round(10 * math.log10(power), 2)

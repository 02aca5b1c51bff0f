"""Section audio: sentence clips joined with pauses (pydub), encoded to CBR mono MP3 (lameenc)."""

from __future__ import annotations

import warnings

import lameenc

with warnings.catch_warnings():
    # pydub warns at import that ffmpeg is missing; publisher never uses ffmpeg (lameenc encodes).
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment

from publisher.errors import EngineError
from publisher.model import Audio, AudioSettings, Clip, Cue, Script

_SAMPLE_WIDTH = 2


def _segment(clip: Clip, frame_rate: int) -> AudioSegment:
    """A clip as a mono pydub segment at the given frame rate."""
    segment = AudioSegment(data=clip.pcm, sample_width=_SAMPLE_WIDTH, frame_rate=clip.sample_rate, channels=1)
    return segment if clip.sample_rate == frame_rate else segment.set_frame_rate(frame_rate)


def _frames(segment: AudioSegment) -> int:
    """Number of samples in a mono segment."""
    return len(segment.raw_data) // _SAMPLE_WIDTH


def assemble(
    script: Script, clips: list[Clip], settings: AudioSettings
) -> tuple[AudioSegment, tuple[Cue, ...]]:
    """Join the clips of a section with pauses, returning the audio and when each sentence is heard."""
    if len(clips) != len(script.utterances):
        raise ValueError("one clip is needed per utterance")
    for utterance, clip in zip(script.utterances, clips, strict=True):
        if not clip.pcm:
            raise EngineError(
                f"the engine returned no audio for section '{script.section.title}', "
                f"sentence: {utterance.text[:80]!r}"
            )
    frame_rate = clips[0].sample_rate if clips else settings.sample_rate
    parts = [AudioSegment.silent(settings.edge_silence_ms, frame_rate)]
    cursor = _frames(parts[0])
    cues: list[Cue] = []
    previous_block: int | None = None
    for utterance, clip in zip(script.utterances, clips, strict=True):
        if previous_block is not None:
            pause_ms = (
                settings.sentence_pause_ms
                if utterance.block == previous_block
                else settings.paragraph_pause_ms
            )
            pause = AudioSegment.silent(pause_ms, frame_rate)
            parts.append(pause)
            cursor += _frames(pause)
        speech = _segment(clip, frame_rate)
        parts.append(speech)
        start, cursor = cursor, cursor + _frames(speech)
        cues.append(
            Cue(round(start / frame_rate, 3), round(cursor / frame_rate, 3), utterance.text, utterance.spoken)
        )
        previous_block = utterance.block
    parts.append(AudioSegment.silent(settings.edge_silence_ms, frame_rate))
    # One join instead of `+` per part, which would copy the growing audio each time.
    data = b"".join(part.raw_data for part in parts)
    joined = AudioSegment(data=data, sample_width=_SAMPLE_WIDTH, frame_rate=frame_rate, channels=1)
    return joined, tuple(cues)


def encode_mp3(segment: AudioSegment, settings: AudioSettings) -> bytes:
    """Mono 16-bit audio to constant-bitrate MP3 at the configured output sample rate."""
    encoder = lameenc.Encoder()
    encoder.set_channels(1)
    encoder.set_in_sample_rate(segment.frame_rate)
    encoder.set_out_sample_rate(settings.sample_rate)
    encoder.set_bit_rate(settings.bitrate_kbps)
    encoder.set_quality(settings.quality)
    return bytes(encoder.encode(segment.raw_data) + encoder.flush())


def render_audio(script: Script, clips: list[Clip], settings: AudioSettings) -> Audio:
    """The encoded MP3 of one section with its duration and sentence cues."""
    segment, cues = assemble(script, clips, settings)
    return Audio(
        data=encode_mp3(segment, settings),
        duration_seconds=round(_frames(segment) / segment.frame_rate, 3),
        cues=cues,
    )

"""Audio: sections mixed and mastered, MP3s encoded and tagged, the full episode joined with chapters."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from publisher.model import Audio, AudioSettings, Chapter, Clip, Script, Tags, Track

from .mixing import encode_mp3, encoder_delay, join_mp3s, mix_section, mp3_seconds
from .tags import tag_mp3

__all__ = ["SectionRender", "render_episode", "render_section", "retag_section"]


@dataclass(frozen=True)
class SectionRender:
    """A section's mastered track and its untagged MP3, kept to build the full episode from."""

    track: Track
    mp3: bytes = field(repr=False)
    audio: Audio


def _audio(mp3: bytes, track: Track, tags: Tags, settings: AudioSettings, chapters: tuple[Chapter, ...] = ()) -> Audio:
    """A tagged MP3 with the timings (as heard in the MP3) and loudness of its track."""
    delay = encoder_delay(settings)
    return Audio(
        data=tag_mp3(mp3, tags, chapters),
        duration_seconds=round(mp3_seconds(mp3), 3),
        cues=tuple(replace(c, start=round(c.start + delay, 3), end=round(c.end + delay, 3)) for c in track.cues),
        loudness_lufs=track.loudness_lufs,
        true_peak_dbtp=track.true_peak_dbtp,
    )


def render_section(script: Script, clips: list[Clip], settings: AudioSettings, tags: Tags) -> SectionRender:
    """One section mixed, mastered, encoded and tagged."""
    track = mix_section(script, clips, settings)
    mp3 = encode_mp3(track, settings)
    return SectionRender(track=track, mp3=mp3, audio=_audio(mp3, track, tags, settings))


def retag_section(track: Track, mp3: bytes, settings: AudioSettings, tags: Tags) -> SectionRender:
    """A section mastered and encoded before (from the cache), with this build's tags."""
    return SectionRender(track=track, mp3=mp3, audio=_audio(mp3, track, tags, settings))


def render_episode(
    sections: list[SectionRender], titles: list[str], slugs: list[str], settings: AudioSettings, tags: Tags
) -> tuple[Audio, tuple[Chapter, ...]]:
    """All sections as one tagged MP3 with ID3 chapters, and the chapters themselves."""
    mp3, track, chapters = join_mp3s([(s.mp3, s.track) for s in sections], titles, slugs, settings)
    return _audio(mp3, track, tags, settings, chapters), chapters

"""WebVTT transcripts: one cue per sentence at the times it is heard."""

from __future__ import annotations

from collections.abc import Iterable

from publisher.model import Cue
from publisher.model.manifest import BriefingEntry
from publisher.model.render import RenderJob


def format_timestamp(seconds: float) -> str:
    """Seconds as a WebVTT timestamp, hh:mm:ss.ttt."""
    milliseconds = max(0, round(seconds * 1000))
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _escape(text: str) -> str:
    """Cue text with the characters WebVTT reserves escaped, on one line."""
    text = " ".join(text.split())
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_vtt(cues: Iterable[Cue]) -> bytes:
    """A WebVTT file with a numbered cue for each sentence."""
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, 1):
        lines += [
            str(number),
            f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}",
            _escape(cue.text),
            "",
        ]
    return "\n".join(lines).encode("utf-8")


class Transcripts:
    """A WebVTT transcript beside every MP3, made when its audio is made."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """The transcripts of a briefing's episode and sections."""
        return tuple(audio.transcript for audio in briefing.audio_files)

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The transcripts of the briefings built now, from their sentence timings."""
        files: dict[str, bytes] = {}
        for briefing in job.manifest.briefings:
            if briefing.slug in job.built:
                files[briefing.episode.transcript] = render_vtt(briefing.episode.sentences)
                for section in briefing.sections:
                    files[section.audio.transcript] = render_vtt(section.sentences)
        return files

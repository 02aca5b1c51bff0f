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


MAX_LINE = 42  # characters a caption line holds (BBC and Ofcom subtitle guidelines: about 37 to 42)
MAX_LINES = 2
# Words a caption line should rather start with than end with: a new phrase begins at them.
_PHRASE_STARTS = frozenset(
    "and but or so because which who whose that when where while if unless until after before since than "
    "to for with from by about into over under on in at of as".split()
)


def _lines(text: str) -> list[str]:
    """A sentence in lines of at most MAX_LINE characters, broken between words, and, once a line is
    well filled, after punctuation or before a word that starts a phrase."""
    words: list[str] = []
    for word in text.split():  # a word longer than a line (a web address) is cut into lines of its own
        words += [word[i : i + MAX_LINE] for i in range(0, len(word), MAX_LINE)] if len(word) > MAX_LINE else [word]
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if len(candidate) > MAX_LINE:
            lines.append(current)
            current = word
            continue
        current = candidate
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        filled = len(current) >= MAX_LINE * 0.6
        if filled and (word.endswith((",", ";", ":")) or following in _PHRASE_STARTS):
            lines.append(current)
            current = ""
    if current:
        lines.append(current)
    return _balanced(lines)


def _balanced(lines: list[str]) -> list[str]:
    """Lines where a caption's second line is not left with a word or two: words move down from the
    line above while that makes the two more even."""
    lines = list(lines)
    for second in range(1, len(lines), MAX_LINES):
        first = second - 1
        while len(lines[second]) < 15 and " " in lines[first]:
            head, word = lines[first].rsplit(" ", 1)
            moved = f"{word} {lines[second]}"
            if len(moved) > MAX_LINE or len(moved) > len(lines[first]):
                break
            lines[first], lines[second] = head, moved
    return lines


def captions(text: str) -> list[str]:
    """A sentence as captions of at most MAX_LINES lines of at most MAX_LINE characters each."""
    lines = [_escape(line) for line in _lines(" ".join(text.split()))]  # measured as shown, then escaped
    return ["\n".join(lines[i : i + MAX_LINES]) for i in range(0, len(lines), MAX_LINES)]


def render_vtt(cues: Iterable[Cue]) -> bytes:
    """A WebVTT file of captions: each sentence in cues of at most two lines of 42 characters, which
    share its time in proportion to their length."""
    lines = ["WEBVTT", ""]
    number = 0
    for cue in cues:
        pieces = captions(cue.text)
        total = sum(len(piece) for piece in pieces) or 1
        start = cue.start
        for position, piece in enumerate(pieces):
            last = position == len(pieces) - 1
            end = cue.end if last else max(start + 0.001, start + (cue.end - cue.start) * len(piece) / total)
            number += 1
            lines += [str(number), f"{format_timestamp(start)} --> {format_timestamp(end)}", piece, ""]
            start = end
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

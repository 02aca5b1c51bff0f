"""publisher check: re-verify a built output without rebuilding it, one line per problem."""

from __future__ import annotations

import hashlib
import html
import io
import json
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from publisher.categories import is_apple_category
from publisher.errors import ManifestError
from publisher.feed import NAMESPACES, podcast_guid
from publisher.model import absolute_url
from publisher.model.manifest import MANIFEST_PATH, AudioFile, AudioTargets, BriefingEntry, Manifest
from publisher.transcripts import MAX_LINE, MAX_LINES

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

LOUDNESS_TOLERANCE = 1.0
DURATION_TOLERANCE = 1.0
_TIMESTAMP = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING = re.compile(rf"^{_TIMESTAMP}[ \t]+-->[ \t]+{_TIMESTAMP}(?:[ \t].*)?$")


def _seconds(groups: tuple[str | None, ...]) -> float:
    """hh, mm, ss, ttt groups of a WebVTT timestamp as seconds."""
    hours, minutes, seconds, millis = groups
    return int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(seconds or 0) + int(millis or 0) / 1000


def check_vtt(text: str) -> Iterator[str]:
    """Problems in a WebVTT file: its signature, cue timings, start times that go backwards, and cues
    longer than captions may be (more than MAX_LINES lines, or lines over MAX_LINE characters)."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not re.fullmatch(r"WEBVTT([ \t].*)?", lines[0].lstrip("\ufeff")):
        yield "does not start with WEBVTT"
        return
    previous = -1.0
    cues = 0
    for number, line in enumerate(lines[1:], 2):
        if "-->" not in line:
            continue
        match = _TIMING.match(line)
        if not match:
            yield f"line {number}: malformed cue timing {line!r}"
            continue
        start, end = _seconds(match.groups()[:4]), _seconds(match.groups()[4:])
        if end <= start:
            yield f"line {number}: cue ends before it starts"
        if start < previous:
            yield f"line {number}: cue starts before the one above it"
        previous = start
        cues += 1
        rows = list(takewhile(str.strip, lines[number:]))
        if len(rows) > MAX_LINES or any(len(html.unescape(row)) > MAX_LINE for row in rows):
            yield f"line {number}: cue is longer than {MAX_LINES} lines of {MAX_LINE} characters"
    if not cues:
        yield "has no cues"


def _decode(data: bytes) -> tuple[npt.NDArray[np.float32], int]:
    """Decoded mono float samples of an MP3 and their rate."""
    import miniaudio
    import numpy as np

    decoded = miniaudio.decode(data, output_format=miniaudio.SampleFormat.FLOAT32, nchannels=1)
    return np.frombuffer(decoded.samples, dtype=np.float32), decoded.sample_rate


def check_audio(root: Path, entry: AudioFile, targets: AudioTargets, measure: bool) -> Iterator[str]:
    """Problems with one audio file of the manifest, its transcript and its sound (against the loudness
    targets it was mastered to)."""
    path = root / entry.path
    if not path.is_file():
        yield f"{entry.path}: missing"
        return
    data = path.read_bytes()
    if len(data) != entry.size:
        yield f"{entry.path}: {len(data)} bytes, the manifest says {entry.size}"
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        yield f"{entry.path}: SHA-256 differs from the manifest"
    transcript = root / entry.transcript
    if not transcript.is_file():
        yield f"{entry.transcript}: missing transcript"
    else:
        yield from (f"{entry.transcript}: {p}" for p in check_vtt(transcript.read_text("utf-8")))
    if not measure:
        return
    from publisher.audio.meter import measure_loudness, true_peak

    samples, rate = _decode(data)
    seconds = len(samples) / rate
    if abs(seconds - entry.duration_seconds) > DURATION_TOLERANCE:
        yield f"{entry.path}: plays {seconds:.2f} s, the manifest says {entry.duration_seconds:.2f} s"
    loudness = measure_loudness(samples, rate)
    if loudness is not None and abs(loudness - targets.loudness_lufs) > LOUDNESS_TOLERANCE:
        target = f"{targets.loudness_lufs:g} ± {LOUDNESS_TOLERANCE:g}"
        yield f"{entry.path}: loudness {loudness:.1f} LUFS, outside {target}"
    peak = true_peak(samples)
    if peak > targets.true_peak_dbtp:
        yield f"{entry.path}: true peak {peak:.2f} dBTP, above {targets.true_peak_dbtp:g} dBTP"


def check_chapters(root: Path, briefing: BriefingEntry) -> Iterator[str]:
    """Problems with a briefing's JSON chapters file."""
    name = briefing.episode.chapters
    try:
        chapters = json.loads((root / name).read_text("utf-8"))
    except (OSError, ValueError) as error:
        yield f"{name}: cannot be read ({error})"
        return
    starts = [c.get("startTime") for c in chapters.get("chapters", [])]
    if not chapters.get("version") or not starts or not all(isinstance(s, int | float) for s in starts):
        yield f"{name}: needs a version and chapters with startTime"
    elif starts != sorted(starts):
        yield f"{name}: chapters are not in ascending order"
    elif [round(s, 3) for s in starts] != [round(c.start, 3) for c in briefing.chapters]:
        yield f"{name}: chapter starts differ from the manifest"


_SMIL = "{http://www.w3.org/ns/SMIL}"
_CLOCK = re.compile(r"(\d+(?:\.\d+)?)s")


def check_book(root: Path, briefing: BriefingEntry) -> Iterator[str]:
    """Problems with a briefing's talking book: its size and hash, its zip structure (mimetype first
    and stored), and every media overlay's clips, which must lie inside the audio they play."""
    book = briefing.book
    if book is None:
        return
    path = root / book.path
    if not path.is_file():
        yield f"{book.path}: missing"
        return
    data = path.read_bytes()
    if len(data) != book.size or hashlib.sha256(data).hexdigest() != book.sha256:
        yield f"{book.path}: size or SHA-256 differs from the manifest"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            yield from (f"{book.path}: {problem}" for problem in _book_problems(archive))
    except (zipfile.BadZipFile, OSError, ET.ParseError, KeyError, ValueError) as error:
        yield f"{book.path}: cannot be read as an EPUB ({error})"


def _book_problems(archive: zipfile.ZipFile) -> Iterator[str]:
    """What is wrong inside an EPUB container."""
    from publisher.audio.mixing import mp3_seconds

    first = archive.infolist()[0]
    if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
        yield "the first entry must be 'mimetype', stored uncompressed"
    elif archive.read("mimetype") != b"application/epub+zip":
        yield "mimetype must be application/epub+zip"
    if "META-INF/container.xml" not in archive.namelist():
        yield "META-INF/container.xml is missing"
    for name in (n for n in archive.namelist() if n.endswith(".smil")):
        folder = posixpath.dirname(name)
        lengths: dict[str, float] = {}
        for audio in ET.fromstring(archive.read(name)).iter(f"{_SMIL}audio"):
            source = posixpath.normpath(posixpath.join(folder, audio.get("src", "")))
            if source not in lengths:
                lengths[source] = mp3_seconds(archive.read(source))
            begin, end = (_CLOCK.fullmatch(audio.get(key, "")) for key in ("clipBegin", "clipEnd"))
            if begin is None or end is None:
                yield f"{name}: a clip of {source} has no clipBegin or clipEnd in seconds"
            elif not 0 <= float(begin[1]) < float(end[1]) <= lengths[source] + DURATION_TOLERANCE / 10:
                yield f"{name}: clip {begin[1]}-{end[1]} s lies outside {source} ({lengths[source]:.3f} s)"


def _text(element: ET.Element, path: str) -> str | None:
    """The text of the first element at path, or None."""
    found = element.find(path, NAMESPACES)
    return None if found is None else (found.text or "")


def check_feed(root: Path, name: str, manifest: Manifest, entries: dict[str, tuple[AudioFile, int]]) -> Iterator[str]:
    """Problems with a feed against the podcast rules and the manifest (entries: audio and its size on
    disk, by URL)."""
    try:
        rss = ET.parse(root / name).getroot()
    except (OSError, ET.ParseError) as error:
        yield f"{name}: cannot be parsed ({error})"
        return
    channel = rss.find("channel")
    if rss.tag != "rss" or rss.get("version") != "2.0" or channel is None:
        yield f"{name}: not an RSS 2.0 feed"
        return
    for tag in ("title", "link", "description", "language", "itunes:author"):
        if not _text(channel, tag):
            yield f"{name}: channel has no {tag}"
    if _text(channel, "itunes:explicit") != "false":
        yield f"{name}: itunes:explicit must be 'false'"
    category = channel.find("itunes:category", NAMESPACES)
    sub = None if category is None else category.find("itunes:category", NAMESPACES)
    text = "" if category is None else (category.get("text") or "") + (f"/{sub.get('text')}" if sub is not None else "")
    if not is_apple_category(text):
        yield f"{name}: itunes:category {text!r} is not in Apple's list"
    image = channel.find("itunes:image", NAMESPACES)
    if image is None or not (root / manifest.channel.artwork).is_file():
        yield f"{name}: itunes:image is missing or its file is not in the output"
    self_link = channel.find("atom:link[@rel='self']", NAMESPACES)
    feed_url = absolute_url(manifest.channel.base_url, name)
    if self_link is None or self_link.get("href") != feed_url:
        yield f"{name}: atom:link rel=self should be {feed_url}"
    expected_guid = podcast_guid(feed_url)
    if _text(channel, "podcast:guid") != expected_guid:
        yield f"{name}: podcast:guid should be {expected_guid}"
    if _text(channel, "podcast:locked") not in ("yes", "no"):
        yield f"{name}: podcast:locked must be yes or no"
    guids: set[str] = set()
    for item in channel.findall("item"):
        yield from _check_item(name, item, entries, guids)


def _check_item(
    name: str, item: ET.Element, entries: dict[str, tuple[AudioFile, int]], guids: set[str]
) -> Iterator[str]:
    """Problems with one feed item."""
    title = _text(item, "title") or "(untitled item)"
    where = f"{name}: item {title!r}"
    guid = _text(item, "guid")
    if not guid or guid in guids:
        yield f"{where}: GUID missing or repeated"
    guids.add(guid or "")
    try:
        if parsedate_to_datetime(_text(item, "pubDate") or "").tzinfo is None:
            yield f"{where}: pubDate has no time zone"
    except (TypeError, ValueError):
        yield f"{where}: pubDate is not an RFC 2822 date"
    enclosure = item.find("enclosure")
    found = None if enclosure is None else entries.get(enclosure.get("url", ""))
    if enclosure is None or found is None:
        yield f"{where}: enclosure does not point at an audio file of the manifest"
        return
    audio, size = found
    if enclosure.get("length") != str(size) or enclosure.get("type") != "audio/mpeg":
        yield f"{where}: enclosure length must be the file's {size} bytes and type audio/mpeg"
    duration = _text(item, "itunes:duration") or ""
    if not duration.isdigit() or abs(int(duration) - audio.duration_seconds) > DURATION_TOLERANCE:
        yield f"{where}: itunes:duration must be whole seconds near {audio.duration_seconds:.0f}"
    if not (_text(item, "itunes:episode") or "").isdigit():
        yield f"{where}: itunes:episode missing"
    transcript = item.find("podcast:transcript", NAMESPACES)
    if transcript is None or transcript.get("type") != "text/vtt":
        yield f"{where}: podcast:transcript (text/vtt) missing"
    if item.find("podcast:txt[@purpose='ai-content']", NAMESPACES) is None:
        yield f"{where}: no podcast:txt note that the voice is synthetic"


def check_output(root: Path, measure: bool = True) -> list[str]:
    """Every problem found in a built output folder, as lines; empty when it is all right."""
    try:
        manifest = Manifest.from_json(orjson.loads((root / MANIFEST_PATH).read_bytes()))
    except (OSError, ValueError) as error:
        return [f"{MANIFEST_PATH}: cannot be read ({error})"]
    except ManifestError as error:
        return [f"{MANIFEST_PATH}: {problem}" for problem in error.problems]
    problems: list[str] = []
    entries: dict[str, tuple[AudioFile, int]] = {}
    base_url = manifest.channel.base_url
    for briefing in manifest.briefings:
        if not (root / briefing.page).is_file():
            problems.append(f"{briefing.page}: page missing")
        for audio in briefing.audio_files:
            problems.extend(check_audio(root, audio, briefing.audio_targets, measure))
            path = root / audio.path
            entries[absolute_url(base_url, audio.path)] = (audio, path.stat().st_size if path.is_file() else -1)
        problems.extend(check_chapters(root, briefing))
        problems.extend(check_book(root, briefing))
        problems.extend(f"{path}: picture missing" for path in briefing.picture_files if not (root / path).is_file())
    for name in (manifest.channel.feeds.briefings, manifest.channel.feeds.sections):
        problems.extend(check_feed(root, name, manifest, entries))
    return problems

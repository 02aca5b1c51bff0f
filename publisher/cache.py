"""Content-addressed clip cache: (engine, voice, options, text) -> PCM, written atomically, checked on read."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import struct
import tempfile
from dataclasses import asdict
from pathlib import Path

from publisher.model import Clip, Cue, Track

log = logging.getLogger(__name__)

MAGIC = b"PUBCLIP1"
_HEADER = struct.Struct("<8sI32s")  # magic, sample rate, SHA-256 of the PCM


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/publisher, else ~/.cache/publisher."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "publisher"


def clip_key(identity: str, text: str) -> str:
    """The cache key of one sentence spoken by one engine and voice."""
    return hashlib.sha256(json.dumps([identity, text], ensure_ascii=False).encode("utf-8")).hexdigest()


class ClipCache:
    """Clips on disk under their key; a damaged entry is dropped and made again, never used."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / "clips" / key[:2] / f"{key}.pcm"

    def get(self, key: str) -> Clip | None:
        """The clip stored under key, or None when there is none or it is damaged."""
        if self.directory is None:
            return None
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if len(data) >= _HEADER.size:
            magic, rate, digest = _HEADER.unpack_from(data)
            pcm = data[_HEADER.size :]
            if magic == MAGIC and rate > 0 and hashlib.sha256(pcm).digest() == digest and len(pcm) % 2 == 0:
                return Clip(pcm=pcm, sample_rate=rate)
        log.warning("discarding a damaged cache entry %s", path)
        path.unlink(missing_ok=True)
        return None

    def put(self, key: str, clip: Clip) -> None:
        """Store a clip (readers never see half an entry)."""
        if self.directory is not None:
            header = _HEADER.pack(MAGIC, clip.sample_rate, hashlib.sha256(clip.pcm).digest())
            _store(self._path(key), header + clip.pcm)


class SectionCache:
    """Mastered, encoded section audio (untagged MP3 and its timings), so that a rebuild after a small
    edit masters and encodes only the sections that changed. Checked by SHA-256 like the clips."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = None if directory is None else directory / "sections"

    def get(self, key: str) -> tuple[Track, bytes] | None:
        """The track (without PCM) and MP3 stored under key, or None."""
        if self.directory is None:
            return None
        try:
            meta = json.loads((self.directory / f"{key}.json").read_text("utf-8"))
            mp3 = (self.directory / f"{key}.mp3").read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or hashlib.sha256(mp3).hexdigest() != meta.get("sha256"):
            log.warning("discarding a damaged section cache entry %s", key)
            return None
        cues = tuple(Cue(**cue) for cue in meta["cues"])
        return Track(meta["sample_rate"], cues, meta["loudness_lufs"], meta["true_peak_dbtp"]), mp3

    def put(self, key: str, track: Track, mp3: bytes) -> None:
        """Store a mastered section: the MP3 first, then the metadata that vouches for it."""
        if self.directory is None:
            return
        meta = {
            "sha256": hashlib.sha256(mp3).hexdigest(),
            "sample_rate": track.sample_rate,
            "loudness_lufs": track.loudness_lufs,
            "true_peak_dbtp": track.true_peak_dbtp,
            "cues": [asdict(cue) for cue in track.cues],
        }
        if _store(self.directory / f"{key}.mp3", mp3):
            _store(self.directory / f"{key}.json", json.dumps(meta).encode("utf-8"))


def _store(path: Path, data: bytes) -> bool:
    """Write a cache file through a temporary file and a rename; a failure only costs time later."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=".entry-")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        temporary.replace(path)
        return True
    except OSError as error:
        log.warning("cannot write the cache in %s: %s", path.parent, error)
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        return False


class RewriteCache:
    """The easy-read rewrite's restructuring of each sentence (JSON values, by the sentence's plain
    words), so that a rebuild parses only the sentences it has not seen: one file per version of the
    code and the parse model, read once, written back atomically after the rewrite (merged with what
    another process, such as the rewrite helper, wrote meanwhile)."""

    LIMIT = 20000  # sentences kept: the most recently added

    def __init__(self, directory: Path | None, identity: str) -> None:
        self.path = None if directory is None else directory / "rewrites" / f"{identity}.json"
        self._entries: dict[str, object] | None = None
        self._added: dict[str, object] = {}

    def _read(self) -> dict[str, object]:
        """The entries in the file now (none if it is missing or damaged)."""
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _load(self) -> dict[str, object]:
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def get(self, key: str) -> object | None:
        """The value stored for key, or None."""
        return self._load().get(key)

    def entries(self) -> dict[str, object]:
        """Every value stored, by key."""
        return dict(self._load())

    def put(self, key: str, value: object) -> None:
        """Store a value (kept in memory until save)."""
        self._load()[key] = value
        self._added[key] = value

    def save(self) -> None:
        """Write the entries back if any were added (a failure to write only costs a later parse)."""
        if self.path is None or not self._added:
            return
        entries = self._read()
        entries.update(self._added)
        entries = dict(list(entries.items())[-self.LIMIT :])
        written: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.path.parent, delete=False) as handle:
                written = handle.name
                json.dump(entries, handle, ensure_ascii=False)
            Path(written).replace(self.path)
        except OSError as error:
            log.warning("could not keep the rewrite cache %s: %s", self.path, error)
            if written is not None:
                Path(written).unlink(missing_ok=True)
        self._added = {}

"""Config: defaults, then publisher.toml, then command-line options; validated with clear errors."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from publisher.cache import default_cache_dir
from publisher.categories import is_apple_category
from publisher.errors import ConfigError
from publisher.model import AudioSettings
from publisher.pictures import NO_PICTURES, OVERRIDES_FILE
from publisher.pictures.sets import SYMBOL_SETS

CONFIG_FILE = "publisher.toml"
DEFAULT_BASE_URL = "http://localhost:8000/"
MP3_BITRATES = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
MP3_SAMPLE_RATES = (16000, 22050, 24000, 32000, 44100, 48000)


@dataclass(frozen=True)
class Config:
    """Everything a build needs to know besides its sources."""

    output_dir: Path = Path("output")
    engine: str = "hibari"
    voice: str | None = None
    base_url: str = DEFAULT_BASE_URL
    title: str = "Easy-read briefings"
    description: str = "Factsheets in easy read, with a computer voice reading each part aloud."
    author: str | None = None
    email: str | None = None
    category: str = "Government"
    artwork: Path | None = None
    language: str = "en-GB"
    templates: tuple[Path, ...] = ()
    lexicon: tuple[Path, ...] = ()
    # One per core, but at most 4: each worker loads its own voice model (about 150 MB).
    workers: int = field(default_factory=lambda: min(os.cpu_count() or 1, 4))
    cache_dir: Path | None = field(default_factory=default_cache_dir)
    progress: bool = False
    rewriter: str = "rules"
    max_source_bytes: int = 20 * 1024 * 1024
    engine_timeout: float = 300.0  # seconds one sentence may take
    strict: bool = False
    keep_going: bool = False  # a source that cannot be read is reported and the others published
    feed_limit: int | None = None  # from a news feed, only the newest entries
    easy: Path | None = None  # a draft of the easy-read wording to use (else <source>.easy.md, if there)
    scheduler: str | None = None  # a Dask scheduler's address (tcp://host:8786, tls://...): sections made there
    # Briefings are spoken and encoded in batches of about this many sentences (about 2 factsheets): on
    # 100 factsheets, 400 peaked at 670 MB and 200 at 580 MB, at the same speed.
    batch_sentences: int = 200
    pictures: str = "openmoji"  # the symbol set: "openmoji", a folder of the user's, or "none"
    picture_overrides: Path | None = None  # an editor's choices (pictures.toml beside the config, if there)
    audio: AudioSettings = field(default_factory=AudioSettings)
    build_time: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    source_date: datetime | None = None


_TOP_KEYS = {"output": "output_dir", "engine": "engine", "voice": "voice", "base_url": "base_url",
             "title": "title", "description": "description", "author": "author", "email": "email",
             "category": "category", "artwork": "artwork", "language": "language",
             "templates": "templates", "lexicon": "lexicon", "workers": "workers",
             "cache_dir": "cache_dir", "rewriter": "rewriter", "strict": "strict",
             "pictures": "pictures", "picture_overrides": "picture_overrides",
             "batch_sentences": "batch_sentences", "scheduler": "scheduler",
             "max_source_bytes": "max_source_bytes", "engine_timeout": "engine_timeout"}  # fmt: skip
_PATH_KEYS = {"output", "artwork", "cache_dir", "picture_overrides"}
_PATH_LIST_KEYS = {"templates", "lexicon"}


def _check_base_url(url: str) -> str:
    """An absolute http(s) URL ending in '/'."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ConfigError(f"base_url must be an absolute http(s) URL like https://example.org/briefings/, not {url!r}")
    return url if url.endswith("/") else url + "/"


def _check_channel(config: Config) -> None:
    """The podcast channel settings that directories check."""
    if not is_apple_category(config.category):
        raise ConfigError(f"category {config.category!r} is not in Apple's list (e.g. 'Government' or 'News/Politics')")
    if config.email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", config.email):
        raise ConfigError(f"email {config.email!r} is not an email address")
    if not re.fullmatch(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", config.language):
        raise ConfigError(f"language {config.language!r} is not a language tag like en-GB")
    for name in ("title", "author", "description"):
        if getattr(config, name) is not None and not getattr(config, name).strip():
            raise ConfigError(f"{name} must not be empty")


def _check_audio(values: dict[str, Any], where: str) -> AudioSettings:
    """AudioSettings from a table, each value range-checked."""
    known = {f.name for f in fields(AudioSettings)}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{where}: unknown key 'audio.{key}' (known: {', '.join(sorted(known))})")
        wanted = float if key in ("loudness_lufs", "true_peak_dbtp") else int
        if not isinstance(value, wanted | int) or isinstance(value, bool):
            raise ConfigError(f"{where}: 'audio.{key}' must be a {'number' if wanted is float else 'whole number'}")
    settings = AudioSettings(**values)
    if settings.bitrate_kbps not in MP3_BITRATES:
        raise ConfigError(f"{where}: audio.bitrate_kbps must be one of {MP3_BITRATES}")
    if settings.sample_rate not in MP3_SAMPLE_RATES:
        raise ConfigError(f"{where}: audio.sample_rate must be one of {MP3_SAMPLE_RATES}")
    if not 0 <= settings.quality <= 9:
        raise ConfigError(f"{where}: audio.quality must be 0 (best) to 9 (fastest)")
    for name in ("sentence_pause_ms", "paragraph_pause_ms", "section_pause_ms", "edge_silence_ms"):
        if not 0 <= getattr(settings, name) <= 10000:
            raise ConfigError(f"{where}: audio.{name} must be 0 to 10000")
    if not -30 <= settings.loudness_lufs <= -10:
        raise ConfigError(f"{where}: audio.loudness_lufs must be from -30 to -10")
    if not -6 <= settings.true_peak_dbtp <= 0:
        raise ConfigError(f"{where}: audio.true_peak_dbtp must be from -6 to 0")
    return settings


_KINDS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "strict": (bool, "true or false"),
    "workers": (int, "a whole number"),
    "batch_sentences": (int, "a whole number"),
    "max_source_bytes": (int, "a whole number"),
    "engine_timeout": ((int, float), "a number of seconds"),
}


def _value(key: str, value: Any, where: str, base: Path) -> Any:
    """One top-level value, checked for its type; paths are taken relative to the config file."""
    if key in _PATH_LIST_KEYS:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be a list of paths")
        return tuple(base / v for v in value)
    wanted, described = _KINDS.get(key, (str, "a string"))
    if not isinstance(value, wanted) or (wanted is not bool and isinstance(value, bool)):
        raise ConfigError(f"{where}: '{key}' must be {described}")
    if key == "pictures" and value not in (*SYMBOL_SETS, NO_PICTURES):
        return str(base / str(value))  # a folder of the user's, relative to the config file
    return base / str(value) if key in _PATH_KEYS else value


def _from_table(table: dict[str, Any], where: str, base: Path) -> dict[str, Any]:
    """Config field values from a parsed TOML table."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key == "audio":
            if not isinstance(value, dict):
                raise ConfigError(f"{where}: 'audio' must be a table")
            values["audio"] = _check_audio(value, where)
        elif key not in _TOP_KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(sorted([*_TOP_KEYS, 'audio']))})")
        else:
            values[_TOP_KEYS[key]] = _value(key, value, where, base)
    return values


def _source_date() -> datetime | None:
    """SOURCE_DATE_EPOCH as a UTC datetime, for reproducible builds."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return None
    try:
        return datetime.fromtimestamp(int(raw), UTC)
    except (ValueError, OverflowError, OSError) as error:
        raise ConfigError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {raw!r}") from error


def load_config(path: Path | None = None, **overrides: Any) -> Config:
    """Defaults, then the config file (given, or ./publisher.toml if present), then overrides."""
    values: dict[str, Any] = {}
    candidate = path or (Path(CONFIG_FILE) if Path(CONFIG_FILE).is_file() else None)
    if candidate is not None:
        try:
            table = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise ConfigError(f"config file {candidate} does not exist") from error
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(f"config file {candidate} cannot be read: {error}") from error
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"config file {candidate} is not valid TOML: {error}") from error
        values.update(_from_table(table, str(candidate), candidate.parent))
    overrides_beside = (candidate.parent if candidate else Path()) / OVERRIDES_FILE
    if "picture_overrides" not in values and overrides_beside.is_file():
        values["picture_overrides"] = overrides_beside
    values.update({key: value for key, value in overrides.items() if value is not None})
    source_date = _source_date()
    config = checked(replace(Config(**values), source_date=source_date))
    return replace(config, build_time=source_date) if source_date else config


def updated(config: Config, **changes: Any) -> Config:
    """The config with these fields changed, checked as a loaded one is."""
    return checked(replace(config, **changes))


def checked(config: Config) -> Config:
    """The config with its base URL normalised, or a ConfigError naming the first bad value."""
    from publisher.plain import REWRITERS

    if config.rewriter not in REWRITERS:
        raise ConfigError(f"rewriter must be one of {', '.join(sorted(REWRITERS))}, not {config.rewriter!r}")
    if config.engine_timeout < 0:
        raise ConfigError("engine_timeout must be 0 (no limit) or more seconds")
    if config.max_source_bytes < 1:
        raise ConfigError("max_source_bytes must be at least 1")
    if config.feed_limit is not None and config.feed_limit < 1:
        raise ConfigError(f"--limit must be 1 or more, not {config.feed_limit}")
    if config.pictures not in (*SYMBOL_SETS, NO_PICTURES) and not Path(config.pictures).is_dir():
        named = ", ".join(SYMBOL_SETS)
        raise ConfigError(f"pictures must be {named}, none, or a folder of symbols, not {config.pictures!r}")
    if config.scheduler is not None and not re.fullmatch(r"(tcp|tls|inproc|ws|wss|ucx)://\S+", config.scheduler):
        raise ConfigError(
            f"scheduler must be an address like tcp://host:8786 or tls://host:8786, not {config.scheduler!r}"
        )
    if config.batch_sentences < 1:
        raise ConfigError(f"batch_sentences must be 1 or more, not {config.batch_sentences}")
    if not 1 <= config.workers <= 64:
        raise ConfigError(f"workers must be 1 to 64, not {config.workers}")
    config = replace(config, base_url=_check_base_url(config.base_url))
    _check_channel(config)
    return config

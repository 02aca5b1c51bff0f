from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from publisher.config import load_config, updated
from publisher.errors import ConfigError


def test_defaults_without_a_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    config = load_config()
    assert config.engine == "hibari"
    assert config.output_dir == Path("output")
    assert config.base_url == "http://localhost:8000/"
    assert config.audio.sample_rate == 44100
    assert config.source_date is None


def test_file_then_overrides(tmp_path: Path) -> None:
    path = tmp_path / "publisher.toml"
    path.write_text(
        'engine = "fake"\nbase_url = "https://example.org/news"\noutput = "site"\n'
        'templates = ["theme"]\ncategory = "News/Politics"\nemail = "press@example.gov.uk"\n'
        'artwork = "art/cover.png"\nlexicon = ["words.toml"]\nworkers = 2\ncache_dir = "cache"\n'
        "[audio]\nbitrate_kbps = 96\nloudness_lufs = -18.5\n",
        encoding="utf-8",
    )
    config = load_config(path, engine="gtts")
    assert config.engine == "gtts"
    assert config.base_url == "https://example.org/news/"
    assert config.output_dir == tmp_path / "site"
    assert config.templates == (tmp_path / "theme",)
    assert config.audio.bitrate_kbps == 96
    assert config.audio.loudness_lufs == -18.5
    assert (config.category, config.email) == ("News/Politics", "press@example.gov.uk")
    assert config.artwork == tmp_path / "art" / "cover.png"
    assert (config.lexicon, config.workers, config.cache_dir) == ((tmp_path / "words.toml",), 2, tmp_path / "cache")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('engin = "fake"', "unknown key 'engin'"),
        ("[audio]\nbitrate = 64", "unknown key 'audio.bitrate'"),
        ("[audio]\nbitrate_kbps = 65", "bitrate_kbps must be one of"),
        ("[audio]\nsample_rate = 12345", "sample_rate must be one of"),
        ('[audio]\nquality = "best"', "must be a whole number"),
        ("engine = 3", "'engine' must be a string"),
        ('base_url = "ftp://x"', "absolute http"),
        ("engine = ", "not valid TOML"),
        ('audio = "loud"', "'audio' must be a table"),
        ('category = "Politics"', "not in Apple's list"),
        ('category = "Government/Local"', "not in Apple's list"),
        ('email = "press office"', "not an email address"),
        ('language = "English"', "not a language tag"),
        ('author = "  "', "author must not be empty"),
        ("[audio]\nloudness_lufs = -40", "loudness_lufs must be from -30 to -10"),
        ("[audio]\nsection_pause_ms = 1.5", "must be a whole number"),
        ("workers = 0", "workers must be 1 to 64"),
        ('workers = "two"', "'workers' must be a whole number"),
        ('lexicon = "words.toml"', "'lexicon' must be a list of paths"),
    ],
)
def test_bad_config_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "publisher.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")


def test_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    config = load_config(None)
    assert config.source_date == datetime.fromtimestamp(1700000000, UTC)
    assert config.build_time == config.source_date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(ConfigError, match="SOURCE_DATE_EPOCH"):
        load_config(None)


def test_options_changed_after_loading_are_checked_like_loaded_ones() -> None:
    config = load_config(None)
    assert updated(config, base_url="https://example.org/news").base_url == "https://example.org/news/"
    assert updated(config, cache_dir=None).cache_dir is None
    with pytest.raises(ConfigError, match="rewriter must be one of"):
        updated(config, rewriter="shakespeare")
    with pytest.raises(ConfigError, match="workers must be 1 to 64"):
        updated(config, workers=0)

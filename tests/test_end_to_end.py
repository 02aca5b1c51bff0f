"""The whole command on the real seed with the real default voice (about ten seconds)."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from publisher.cli import main
from tests.conftest import SEED, decoded_seconds


@pytest.mark.slow
def test_seed_publishes_with_the_real_voice(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = main(["-q", "build", str(SEED), "-o", str(out), "--base-url", "https://example.gov.uk/media/"])
    assert code == 0
    assert (out / "index.html").is_file()
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    briefing = manifest["briefings"][0]
    assert briefing["title"] == "Media factsheet: Small boats"
    assert (out / briefing["page"]).is_file()
    sections = briefing["sections"]
    assert len(sections) == 7
    mp3s = sorted(out.rglob("*.mp3"))
    assert len(mp3s) == 7
    total = 0.0
    for section in sections:
        audio = section["audio"]
        data = (out / audio["path"]).read_bytes()
        assert len(data) == audio["bytes"]
        heard = decoded_seconds(data)
        assert heard == pytest.approx(audio["duration_seconds"], abs=0.5)
        # Real speech: about 2-4 words a second, never silence or a stub.
        words = len(section["text"].split())
        assert 1.5 < words / audio["duration_seconds"] < 4.5
        total += heard
    assert 250 < total < 600
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo
    assert len(feed.entries) == 7
    for entry, section in zip(feed.entries, sections, strict=True):
        enclosure = entry.enclosures[0]
        assert int(enclosure.length) == (out / section["audio"]["path"]).stat().st_size
        assert enclosure.href == "https://example.gov.uk/media/" + section["audio"]["path"]

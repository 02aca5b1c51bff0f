"""The whole command on the real seed with the real default voice (about ten seconds)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import feedparser
import pytest

from publisher.audio.meter import measure_loudness, true_peak
from publisher.check import check_output
from publisher.cli import main
from tests.conftest import SEED, decode_float, decoded_seconds
from tests.test_book import _epubcheck


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
    assert len(list(out.glob("*/audio/*.mp3"))) == 7
    assert (out / briefing["episode"]["path"]).is_file()
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
    # Sentence timings add up: lead-in, sentences and pauses, tail = the audio's duration (±50 ms).
    for section in sections:
        sentences = section["sentences"]
        assert sentences[0]["start"] == pytest.approx(0.3 + 1105 / 44100, abs=0.001)  # lead-in + LAME's delay
        for before, after in itertools.pairwise(sentences):
            assert after["start"] - before["end"] in (pytest.approx(0.35, abs=0.002), pytest.approx(0.75, abs=0.002))
        assert sentences[-1]["end"] + 0.3 == pytest.approx(section["audio"]["duration_seconds"], abs=0.05)
    spoken = " ".join(s["text"] for s in sections)
    assert "slash" not in spoken and not any(ch.isdigit() for ch in spoken)
    assert "twenty-four seven" in spoken
    feed = feedparser.parse((out / "sections.xml").read_bytes())
    assert not feed.bozo
    assert len(feed.entries) == 7
    for entry, section in zip(feed.entries, sections, strict=True):
        enclosure = entry.enclosures[0]
        assert int(enclosure.length) == (out / section["audio"]["path"]).stat().st_size
        assert enclosure.href == "https://example.gov.uk/media/" + section["audio"]["path"]
    episodes = feedparser.parse((out / "feed.xml").read_bytes())
    assert len(episodes.entries) == 1
    assert int(episodes.entries[0].enclosures[0].length) == (out / briefing["episode"]["path"]).stat().st_size
    # The whole output passes the conformance gate, including loudness and true peak of every file.
    assert check_output(out) == []
    # The talking book of the real voice's audio passes EPUBCheck with nothing to say.
    assert _epubcheck(out / briefing["book"]["path"])["messages"] == []
    for audio in [briefing["episode"], *(s["audio"] for s in sections)]:
        samples, rate = decode_float(out / audio["path"])
        assert measure_loudness(samples, rate) == pytest.approx(-16.0, abs=1.0)
        assert true_peak(samples) <= -1.0
    starts = [c["start"] for c in briefing["chapters"]]
    assert starts == sorted(starts)
    for chapter, section in zip(briefing["chapters"], sections, strict=True):
        # Each chapter starts where its section's audio begins: the first sentence follows the lead-in.
        first = next(s for s in briefing["episode"]["sentences"] if s["text"] == section["sentences"][0]["text"])
        assert first["start"] - section["sentences"][0]["start"] == pytest.approx(chapter["start"], abs=0.05)

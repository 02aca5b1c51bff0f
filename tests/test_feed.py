from __future__ import annotations

import json
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser

from publisher.feed import encode_manifest, make_manifest, render_feed
from publisher.model import Site


def test_manifest_has_the_required_fields(small_briefings: list[Any], site: Site) -> None:
    manifest = make_manifest(small_briefings, site)
    briefing = manifest["briefings"][0]
    assert {"slug", "title", "page", "sections"} <= set(briefing)
    assert briefing["page"] == f"{briefing['slug']}/index.html"
    for number, section in enumerate(briefing["sections"], 1):
        assert {"slug", "title", "text", "audio"} <= set(section)
        audio = section["audio"]
        assert {"path", "bytes", "duration_seconds", "sha256", "mime_type"} <= set(audio)
        assert audio["path"].startswith(f"{briefing['slug']}/audio/{number:02d}-")
        assert audio["mime_type"] == "audio/mpeg"
        assert section["text"] == " ".join(s["spoken"] for s in section["sentences"])
    assert json.loads(encode_manifest(manifest)) == manifest


def test_feed_has_one_item_per_section_with_exact_enclosures(small_briefings: list[Any], site: Site) -> None:
    manifest = make_manifest(small_briefings, site)
    parsed = feedparser.parse(render_feed(manifest))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    sections = manifest["briefings"][0]["sections"]
    assert len(parsed.entries) == len(sections) == 3
    for entry, section in zip(parsed.entries, sections, strict=True):
        enclosure = entry.enclosures[0]
        assert enclosure.href == "https://example.org/briefings/" + section["audio"]["path"]
        assert int(enclosure.length) == section["audio"]["bytes"]
        assert enclosure.type == "audio/mpeg"
        assert entry.id == f"publisher:{manifest['briefings'][0]['slug']}:{section['slug']}"
        assert parsedate_to_datetime(entry.published).tzinfo is not None


def test_feed_escapes_markup_in_titles(small_briefings: list[Any], site: Site) -> None:
    manifest = make_manifest(small_briefings, site)
    manifest["briefings"][0]["title"] = "A </title> & <script>alert(1)</script> ]]>"
    xml = render_feed(manifest)
    assert b"<script>" not in xml
    parsed = feedparser.parse(xml)
    assert not parsed.bozo
    assert parsed.entries[0].title.startswith("A </title> & <script>")

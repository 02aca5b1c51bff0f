"""The manifest (the single source of truth) and the RSS feed made from it."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import quote, urljoin

from publisher.model import Briefing, Site, audio_path, page_path

MANIFEST_PATH = "manifest.json"
FEED_PATH = "feed.xml"
SCHEMA_VERSION = 1

NAMESPACES = {
    "atom": "http://www.w3.org/2005/Atom",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
}
for _prefix, _uri in NAMESPACES.items():
    ET.register_namespace(_prefix, _uri)


def absolute_url(base_url: str, path: str) -> str:
    """The public URL of a file in the output, percent-encoded."""
    return urljoin(base_url, quote(path))


def _section_entry(briefing: Briefing, number: int, site: Site) -> dict[str, Any]:
    """The manifest entry of one section."""
    section = briefing.document.sections[number - 1]
    audio = briefing.audio[number - 1]
    path = audio_path(briefing.document.slug, number, section.slug)
    return {
        "slug": section.slug,
        "title": section.title,
        "text": " ".join(cue.spoken for cue in audio.cues),
        "audio": {
            "path": path,
            "url": absolute_url(site.base_url, path),
            "bytes": len(audio.data),
            "duration_seconds": audio.duration_seconds,
            "sha256": audio.sha256,
            "mime_type": audio.mime_type,
        },
        "sentences": [
            {"start": cue.start, "end": cue.end, "text": cue.text, "spoken": cue.spoken} for cue in audio.cues
        ],
    }


def make_manifest(briefings: list[Briefing], site: Site) -> dict[str, Any]:
    """The manifest as plain data: every briefing, section and audio file, with sizes and hashes."""
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": site.generator,
        "title": site.title,
        "base_url": site.base_url,
        "language": site.language,
        "built": site.built.isoformat(),
        "feed": FEED_PATH,
        "briefings": [
            {
                "slug": b.document.slug,
                "title": b.document.title,
                "page": page_path(b.document.slug),
                "source": b.document.source,
                "published": b.document.published.isoformat(),
                "language": b.document.language,
                "metadata": dict(b.document.metadata),
                "sections": [_section_entry(b, n, site) for n in range(1, len(b.document.sections) + 1)],
            }
            for b in briefings
        ],
    }


def encode_manifest(manifest: dict[str, Any]) -> bytes:
    """The manifest as UTF-8 JSON, indented, with a final newline."""
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Append a child element, resolving 'prefix:name' tags to their namespaces."""
    prefix, _, name = tag.rpartition(":")
    element = ET.SubElement(parent, f"{{{NAMESPACES[prefix]}}}{name}" if prefix else tag, attributes)
    element.text = text
    return element


def render_feed(manifest: dict[str, Any]) -> bytes:
    """RSS 2.0 with one item per section audio, built from the manifest as XML in code."""
    base_url = manifest["base_url"]
    rss = ET.Element("rss", {"version": "2.0"})
    channel = _sub(rss, "channel")
    _sub(channel, "title", manifest["title"])
    _sub(channel, "link", base_url)
    titles = "; ".join(b["title"] for b in manifest["briefings"])
    _sub(channel, "description", f"Easy-read briefings with spoken audio: {titles}")
    _sub(channel, "language", manifest["language"].lower())
    _sub(channel, "generator", manifest["generator"])
    _sub(channel, "lastBuildDate", format_datetime(datetime.fromisoformat(manifest["built"])))
    feed_url = absolute_url(base_url, manifest["feed"])
    _sub(channel, "atom:link", href=feed_url, rel="self", type="application/rss+xml")
    for briefing in manifest["briefings"]:
        published = format_datetime(datetime.fromisoformat(briefing["published"]))
        for section in briefing["sections"]:
            item = _sub(channel, "item")
            _sub(item, "title", f"{briefing['title']}: {section['title']}")
            _sub(item, "link", absolute_url(base_url, briefing["page"]) + "#" + section["slug"])
            _sub(item, "description", section["text"])
            audio = section["audio"]
            _sub(item, "enclosure", url=audio["url"], length=str(audio["bytes"]), type=audio["mime_type"])
            guid = _sub(item, "guid", f"publisher:{briefing['slug']}:{section['slug']}")
            guid.set("isPermaLink", "false")
            _sub(item, "pubDate", published)
            _sub(item, "itunes:duration", str(round(audio["duration_seconds"])))
    ET.indent(rss)
    data: bytes = ET.tostring(rss, encoding="utf-8", xml_declaration=True)
    return data + b"\n"

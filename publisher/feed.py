"""Podcast feeds made from the manifest, as XML built in code: RSS 2.0 + itunes + podcast namespaces."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from email.utils import format_datetime
from functools import cache
from typing import Any

from publisher.model import absolute_url

BRIEFINGS_FEED = "feed.xml"
SECTIONS_FEED = "sections.xml"
# The podcast namespace's own UUIDv5 namespace for podcast:guid.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
_DECLARATION = b"<?xml version='1.0' encoding='utf-8'?>\n"
SYNTHETIC_NOTE = "The voice in this episode is a computer voice (text to speech), not a person."

NAMESPACES = {
    "atom": "http://www.w3.org/2005/Atom",
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
}
for _prefix, _uri in NAMESPACES.items():
    ET.register_namespace(_prefix, _uri)


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: UUIDv5 of the feed URL without its scheme and trailing slashes."""
    bare = feed_url.split("://", 1)[-1].rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


@cache
def _rfc2822(iso: str) -> str:
    """An ISO 8601 time with zone as an RFC 2822 date."""
    return format_datetime(datetime.fromisoformat(iso))


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Append a child element, resolving 'prefix:name' tags to their namespaces."""
    prefix, _, name = tag.rpartition(":")
    element = ET.SubElement(parent, f"{{{NAMESPACES[prefix]}}}{name}" if prefix else tag, attributes)
    element.text = text
    return element


def _channel(rss: ET.Element, manifest: dict[str, Any], feed_path: str, subtitle: str) -> ET.Element:
    """The channel element with everything podcast directories require."""
    info = manifest["channel"]
    base_url = info["base_url"]
    feed_url = absolute_url(base_url, feed_path)
    channel = _sub(rss, "channel")
    title = f"{info['title']}{subtitle}"
    _sub(channel, "title", title)
    _sub(channel, "link", base_url)
    _sub(channel, "description", info["description"])
    _sub(channel, "language", info["language"].lower())
    _sub(channel, "generator", manifest["generator"])
    _sub(channel, "lastBuildDate", _rfc2822(manifest["updated"]))
    _sub(channel, "atom:link", href=feed_url, rel="self", type="application/rss+xml")
    image = _sub(channel, "image")
    _sub(image, "url", absolute_url(base_url, info["artwork"]))
    _sub(image, "title", title)
    _sub(image, "link", base_url)
    _sub(channel, "itunes:author", info["author"])
    if info["email"]:
        owner = _sub(channel, "itunes:owner")
        _sub(owner, "itunes:name", info["author"])
        _sub(owner, "itunes:email", info["email"])
    _sub(channel, "itunes:image", href=absolute_url(base_url, info["artwork"]))
    top, _, sub = info["category"].partition("/")
    category = _sub(channel, "itunes:category")
    category.set("text", top)  # an attribute called "text", not the element's text
    if sub:
        _sub(category, "itunes:category").set("text", sub)
    _sub(channel, "itunes:explicit", "false")
    _sub(channel, "itunes:type", "episodic")
    _sub(channel, "podcast:guid", podcast_guid(feed_url))
    if info["email"]:
        _sub(channel, "podcast:locked", "yes", owner=info["email"])
    else:
        _sub(channel, "podcast:locked", "no")
    _sub(channel, "podcast:txt", SYNTHETIC_NOTE, purpose="ai-content")
    return channel


def _item(channel: ET.Element, manifest: dict[str, Any], entry: dict[str, Any]) -> None:
    """One episode: an audio file with its transcript (and chapters, where there are any)."""
    base_url = manifest["channel"]["base_url"]
    audio = entry["audio"]
    item = _sub(channel, "item")
    _sub(item, "title", entry["title"])
    _sub(item, "link", entry["link"])
    _sub(item, "description", entry["description"])
    _sub(item, "guid", entry["guid"], isPermaLink="false")
    _sub(item, "pubDate", _rfc2822(entry["published"]))
    _sub(
        item,
        "enclosure",
        url=absolute_url(base_url, audio["path"]),
        length=str(audio["bytes"]),
        type=audio["mime_type"],
    )
    _sub(item, "itunes:duration", str(round(audio["duration_seconds"])))
    _sub(item, "itunes:episode", str(entry["number"]))
    _sub(item, "itunes:episodeType", "full")
    _sub(item, "itunes:explicit", "false")
    _sub(
        item,
        "podcast:transcript",
        url=absolute_url(base_url, audio["transcript"]),
        type="text/vtt",
        language=entry["language"].lower(),
    )
    if entry.get("chapters"):
        _sub(
            item,
            "podcast:chapters",
            url=absolute_url(base_url, entry["chapters"]),
            type="application/json+chapters",
        )
    _sub(item, "podcast:txt", SYNTHETIC_NOTE, purpose="ai-content")


def _briefing_entries(manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One feed entry per briefing: the full, chaptered episode."""
    base_url = manifest["channel"]["base_url"]
    for briefing in manifest["briefings"]:
        parts = "; ".join(s["title"] for s in briefing["sections"])
        yield {
            "title": briefing["title"],
            "link": absolute_url(base_url, briefing["page"]),
            "description": f"{len(briefing['sections'])} parts: {parts}. {SYNTHETIC_NOTE}",
            "guid": briefing["guid"],
            "published": briefing["published"],
            "audio": briefing["episode"],
            "chapters": briefing["episode"]["chapters"],
            "number": briefing["episode_number"],
            "language": briefing["language"],
        }


def _section_entries(manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One feed entry per section, numbered through the whole channel."""
    base_url = manifest["channel"]["base_url"]
    number = 0
    for briefing in manifest["briefings"]:
        for section in briefing["sections"]:
            number += 1
            yield {
                "title": f"{briefing['title']}: {section['title']}",
                "link": f"{absolute_url(base_url, briefing['page'])}#{section['slug']}",
                "description": section["text"],
                "guid": section["guid"],
                "published": briefing["published"],
                "audio": section["audio"],
                "number": number,
                "language": briefing["language"],
            }


def render_feed(manifest: dict[str, Any], per_section: bool = False) -> bytes:
    """feed.xml (an episode per briefing) or, per_section, sections.xml (an episode per section)."""
    rss = ET.Element("rss", {"version": "2.0"})
    path, subtitle = (SECTIONS_FEED, " (by section)") if per_section else (BRIEFINGS_FEED, "")
    channel = _channel(rss, manifest, path, subtitle)
    for entry in _section_entries(manifest) if per_section else _briefing_entries(manifest):
        _item(channel, manifest, entry)
    ET.indent(rss)
    # Written as text and encoded once: ElementTree's own UTF-8 writer encodes each of the tens of
    # thousands of pieces of a large channel's feed on its own, which took half the time.
    return _DECLARATION + ET.tostring(rss, encoding="unicode").encode("utf-8") + b"\n"

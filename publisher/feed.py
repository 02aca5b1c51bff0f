"""Podcast feeds made from the manifest, as XML built in code: RSS 2.0 + itunes + podcast namespaces."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from functools import cache

from publisher.model import SYNTHETIC_VOICE_NOTE, absolute_url
from publisher.model.manifest import AudioFile, BriefingEntry, Manifest
from publisher.model.render import RenderJob

# The podcast namespace's own UUIDv5 namespace for podcast:guid.
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
_DECLARATION = b"<?xml version='1.0' encoding='utf-8'?>\n"

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
def _rfc2822(moment: datetime) -> str:
    """A time with zone as an RFC 2822 date."""
    return format_datetime(moment)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """Append a child element, resolving 'prefix:name' tags to their namespaces."""
    prefix, _, name = tag.rpartition(":")
    element = ET.SubElement(parent, f"{{{NAMESPACES[prefix]}}}{name}" if prefix else tag, attributes)
    element.text = text
    return element


def _channel(rss: ET.Element, manifest: Manifest, feed_path: str, subtitle: str) -> ET.Element:
    """The channel element with everything podcast directories require."""
    info = manifest.channel
    base_url = info.base_url
    feed_url = absolute_url(base_url, feed_path)
    channel = _sub(rss, "channel")
    title = f"{info.title}{subtitle}"
    _sub(channel, "title", title)
    _sub(channel, "link", base_url)
    _sub(channel, "description", info.description)
    _sub(channel, "language", info.language.lower())
    _sub(channel, "generator", manifest.generator)
    _sub(channel, "lastBuildDate", _rfc2822(manifest.updated))
    _sub(channel, "atom:link", href=feed_url, rel="self", type="application/rss+xml")
    image = _sub(channel, "image")
    _sub(image, "url", absolute_url(base_url, info.artwork))
    _sub(image, "title", title)
    _sub(image, "link", base_url)
    _sub(channel, "itunes:author", info.author)
    if info.email:
        owner = _sub(channel, "itunes:owner")
        _sub(owner, "itunes:name", info.author)
        _sub(owner, "itunes:email", info.email)
    _sub(channel, "itunes:image", href=absolute_url(base_url, info.artwork))
    top, _, sub = info.category.partition("/")
    category = _sub(channel, "itunes:category")
    category.set("text", top)  # an attribute called "text", not the element's text
    if sub:
        _sub(category, "itunes:category").set("text", sub)
    _sub(channel, "itunes:explicit", "false")
    _sub(channel, "itunes:type", "episodic")
    _sub(channel, "podcast:guid", podcast_guid(feed_url))
    if info.email:
        _sub(channel, "podcast:locked", "yes", owner=info.email)
    else:
        _sub(channel, "podcast:locked", "no")
    _sub(channel, "podcast:txt", SYNTHETIC_VOICE_NOTE, purpose="ai-content")
    return channel


@dataclass(frozen=True, kw_only=True)
class FeedItem:
    """One episode of a feed: a briefing's full episode or one section's audio."""

    title: str
    link: str
    description: str
    guid: str
    published: datetime
    audio: AudioFile
    chapters: str | None = None
    number: int
    language: str


def _item(channel: ET.Element, base_url: str, entry: FeedItem) -> None:
    """One episode: an audio file with its transcript (and chapters, where there are any)."""
    audio = entry.audio
    item = _sub(channel, "item")
    _sub(item, "title", entry.title)
    _sub(item, "link", entry.link)
    _sub(item, "description", entry.description)
    _sub(item, "guid", entry.guid, isPermaLink="false")
    _sub(item, "pubDate", _rfc2822(entry.published))
    _sub(item, "enclosure", url=absolute_url(base_url, audio.path), length=str(audio.size), type=audio.mime_type)
    _sub(item, "itunes:duration", str(round(audio.duration_seconds)))
    _sub(item, "itunes:episode", str(entry.number))
    _sub(item, "itunes:episodeType", "full")
    _sub(item, "itunes:explicit", "false")
    transcript = absolute_url(base_url, audio.transcript)
    _sub(item, "podcast:transcript", url=transcript, type="text/vtt", language=entry.language.lower())
    if entry.chapters:
        chapters = absolute_url(base_url, entry.chapters)
        _sub(item, "podcast:chapters", url=chapters, type="application/json+chapters")
    _sub(item, "podcast:txt", SYNTHETIC_VOICE_NOTE, purpose="ai-content")


def _briefing_items(manifest: Manifest) -> Iterator[FeedItem]:
    """One feed item per briefing: the full, chaptered episode."""
    base_url = manifest.channel.base_url
    for briefing in manifest.briefings:
        parts = "; ".join(s.title for s in briefing.sections)
        yield FeedItem(
            title=briefing.title,
            link=absolute_url(base_url, briefing.page),
            description=f"{len(briefing.sections)} parts: {parts}. {SYNTHETIC_VOICE_NOTE}",
            guid=briefing.guid,
            published=briefing.published,
            audio=briefing.episode,
            chapters=briefing.episode.chapters,
            number=briefing.episode_number,
            language=briefing.language,
        )


def _section_items(manifest: Manifest) -> Iterator[FeedItem]:
    """One feed item per section, numbered through the whole channel."""
    base_url = manifest.channel.base_url
    number = 0
    for briefing in manifest.briefings:
        for section in briefing.sections:
            number += 1
            yield FeedItem(
                title=f"{briefing.title}: {section.title}",
                link=f"{absolute_url(base_url, briefing.page)}#{section.slug}",
                description=section.text,
                guid=section.guid,
                published=briefing.published,
                audio=section.audio,
                number=number,
                language=briefing.language,
            )


def render_feed(manifest: Manifest, per_section: bool = False) -> bytes:
    """The briefings feed (an episode per briefing) or, per_section, the sections feed (one per section)."""
    rss = ET.Element("rss", {"version": "2.0"})
    feeds = manifest.channel.feeds
    path, subtitle = (feeds.sections, " (by section)") if per_section else (feeds.briefings, "")
    channel = _channel(rss, manifest, path, subtitle)
    for entry in _section_items(manifest) if per_section else _briefing_items(manifest):
        _item(channel, manifest.channel.base_url, entry)
    ET.indent(rss)
    # Written as text and encoded once: ElementTree's own UTF-8 writer encodes each of the tens of
    # thousands of pieces of a large channel's feed on its own.
    return _DECLARATION + ET.tostring(rss, encoding="unicode").encode("utf-8") + b"\n"


class Feeds:
    """The two podcast feeds, made again on every build: they list the whole channel."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """No feed belongs to one briefing."""
        return ()

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """Both feeds."""
        feeds = job.manifest.channel.feeds
        return {
            feeds.briefings: render_feed(job.manifest),
            feeds.sections: render_feed(job.manifest, per_section=True),
        }

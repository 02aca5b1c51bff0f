from __future__ import annotations

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
from hypothesis import given, settings
from hypothesis import strategies as st

from publisher.feed import podcast_guid, render_feed
from publisher.model.manifest import Manifest
from tests.conftest import with_first_briefing

NS = {
    "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    "podcast": "https://podcastindex.org/namespace/1.0",
    "atom": "http://www.w3.org/2005/Atom",
}
BASE = "https://example.org/briefings/"


def test_podcast_guid_follows_the_namespace_spec() -> None:
    # The worked example in the podcast namespace's description of podcast:guid.
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("https://example.org/feed.xml/") == podcast_guid("http://example.org/feed.xml")


def test_channel_has_every_tag_directories_want(small_manifest: Manifest) -> None:
    for per_section in (False, True):
        channel = ET.fromstring(render_feed(small_manifest, per_section=per_section)).find("channel")
        assert channel is not None
        name = "sections.xml" if per_section else "feed.xml"
        assert channel.findtext("title", "").startswith("Council briefings")
        assert channel.findtext("link") == BASE
        assert channel.findtext("language") == "en-gb"
        assert channel.findtext("description")
        assert channel.find("itunes:image", NS).get("href") == BASE + "cover.png"  # type: ignore[union-attr]
        assert channel.find("itunes:category", NS).get("text") == "Government"  # type: ignore[union-attr]
        assert channel.findtext("itunes:explicit", namespaces=NS) == "false"
        assert channel.findtext("itunes:author", namespaces=NS) == "Riverside Council"
        assert channel.findtext("itunes:owner/itunes:email", namespaces=NS) == "press@example.org"
        assert channel.find("atom:link[@rel='self']", NS).get("href") == BASE + name  # type: ignore[union-attr]
        assert channel.findtext("podcast:guid", namespaces=NS) == podcast_guid(BASE + name)
        locked = channel.find("podcast:locked", NS)
        assert locked is not None and (locked.text, locked.get("owner")) == ("yes", "press@example.org")
        assert channel.find("podcast:txt[@purpose='ai-content']", NS) is not None


def test_briefing_feed_has_one_chaptered_episode(small_manifest: Manifest) -> None:
    xml = render_feed(small_manifest)
    parsed = feedparser.parse(xml)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    briefing = small_manifest.briefings[0]
    (entry,) = parsed.entries
    enclosure = entry.enclosures[0]
    assert enclosure.href == BASE + briefing.episode.path
    assert int(enclosure.length) == briefing.episode.size
    assert entry.id == briefing.guid
    assert parsedate_to_datetime(entry.published).tzinfo is not None
    item = ET.fromstring(xml).find("channel/item")
    assert item is not None
    assert item.findtext("itunes:duration", namespaces=NS) == str(round(briefing.episode.duration_seconds))
    assert item.findtext("itunes:episode", namespaces=NS) == "1"
    assert item.find("podcast:chapters", NS).get("url") == BASE + briefing.episode.chapters  # type: ignore[union-attr]
    transcript = item.find("podcast:transcript", NS)
    assert transcript is not None and transcript.get("type") == "text/vtt"
    assert transcript.get("url") == BASE + briefing.episode.transcript


def test_sections_feed_has_an_episode_per_section(small_manifest: Manifest) -> None:
    parsed = feedparser.parse(render_feed(small_manifest, per_section=True))
    assert not parsed.bozo
    sections = small_manifest.briefings[0].sections
    assert len(parsed.entries) == len(sections) == 3
    for number, (entry, section) in enumerate(zip(parsed.entries, sections, strict=True), 1):
        assert entry.enclosures[0].href == BASE + section.audio.path
        assert int(entry.enclosures[0].length) == section.audio.size
        assert entry.id == section.guid
        assert entry.itunes_episode == str(number)
    assert len({e.id for e in parsed.entries}) == 3


def test_feed_escapes_markup_in_titles(small_manifest: Manifest) -> None:
    xml = render_feed(with_first_briefing(small_manifest, title="A </title> & <script>alert(1)</script> ]]>"))
    assert b"<script>" not in xml
    parsed = feedparser.parse(xml)
    assert not parsed.bozo
    assert parsed.entries[0].title.startswith("A </title> & <script>")


def test_channel_without_email_is_unlocked(small_manifest: Manifest) -> None:
    from dataclasses import replace

    unlocked = replace(small_manifest, channel=replace(small_manifest.channel, email=None))
    channel = ET.fromstring(render_feed(unlocked)).find("channel")
    assert channel is not None
    assert channel.findtext("podcast:locked", namespaces=NS) == "no"
    assert channel.find("itunes:owner", NS) is None


@settings(max_examples=400)
@given(
    base=st.sampled_from(["https://example.org/", "https://example.org", "https://x.org/a/b", "https://x.org/a/../b/",
                          "https://x.org/a/?q=1#f", "http://localhost:8000/", "https://x.org/a/./", "https://x.org/a//"]),
    path=st.lists(st.text(alphabet="ab.é /:?#%", max_size=4), min_size=1, max_size=4).map("/".join),
)  # fmt: skip
def test_absolute_urls_are_what_urljoin_makes(base: str, path: str) -> None:
    from urllib.parse import quote, urljoin

    from publisher.model import absolute_url

    assert absolute_url(base, path) == urljoin(base, quote(path))

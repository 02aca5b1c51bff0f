"""News feeds as sources: an RSS 2.0 or Atom feed (read with feedparser) gives one source per entry,
named by the feed and the entry's id, so that an entry keeps its briefing from build to build."""

from __future__ import annotations

import calendar
import logging
import re
from datetime import UTC, datetime
from typing import Any

from publisher.errors import SourceError

from .parsed import Loaded

log = logging.getLogger(__name__)

_FEED_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)


def is_feed(text: str) -> bool:
    """True when a text is an RSS or Atom document."""
    return _FEED_START.match(text[:4000]) is not None


def _moment(entry: Any, key: str) -> datetime | None:
    """An entry's date (feedparser gives it in UTC), or None. Read as a plain dict: feedparser's own
    look-up puts the published date in for a missing updated one, with a deprecation warning."""
    parsed = dict.get(entry, f"{key}_parsed")
    return None if parsed is None else datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _content(entry: Any) -> str:
    """An entry's HTML: its full content where the feed has it, else its summary."""
    contents = entry.get("content") or ()
    html = max((str(c.get("value") or "") for c in contents), key=len, default="")
    return html or str(entry.get("summary") or "")


def _entry_source(feed: str, entry: Any, title: str, html: str, when: datetime | None) -> Loaded:
    """One entry as a source of its own: its HTML, with the title, date, link and author from the feed."""
    ident = str(entry.get("id") or entry.get("link") or title)
    metadata = [("canonical", str(entry.get("link") or "")), ("author", str(entry.get("author") or ""))]
    metadata += [(key, moment.isoformat()) for key in ("published", "updated") if (moment := _moment(entry, key))]
    # The entry's HTML is a fragment: an <article> around it makes the reader take all of it.
    return Loaded(
        text=f"<article>{html}</article>",
        kind="html",
        name=f"{feed}#{ident}",
        modified=when,
        title=title,
        metadata=tuple((key, value) for key, value in metadata if value),
    )


def read_feed(text: str, name: str, limit: int | None = None) -> list[Loaded]:
    """Every entry of a feed (only the newest `limit` when given), oldest first; an entry without a
    title or text is skipped with a warning, and a feed with none to publish is a SourceError."""
    import feedparser

    parsed = feedparser.parse(text.encode("utf-8"))
    if parsed.get("bozo") and not parsed.entries:
        raise SourceError(f"{name} is not a feed publisher can read ({parsed.get('bozo_exception')})")
    found: list[tuple[datetime | None, int, Loaded]] = []
    names: set[str] = set()
    for position, entry in enumerate(parsed.entries):
        title = " ".join(str(entry.get("title") or "").split())
        html = _content(entry)
        if not title or not html.strip():
            log.warning("%s: entry %d has no %s; skipped", name, position + 1, "title" if not title else "text")
            continue
        when = _moment(entry, "published") or _moment(entry, "updated")
        loaded = _entry_source(name, entry, title, html, when)
        if loaded.name in names:  # one id is one briefing: the feed lists the newest first
            log.warning("%s: entry %d repeats the id of an earlier one; skipped", name, position + 1)
            continue
        names.add(loaded.name)
        found.append((when, position, loaded))
    if not found:
        raise SourceError(f"{name} is a feed with no entries to publish")
    oldest = datetime.min.replace(tzinfo=UTC)
    # Newest first by date (entries without one in the feed's own order, which lists the newest first).
    newest = sorted(found, key=lambda item: (item[0] or oldest, -item[1]), reverse=True)
    chosen = newest[:limit] if limit else newest
    return [loaded for _, _, loaded in reversed(chosen)]

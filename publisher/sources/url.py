"""Fetching a factsheet from a web address: HTTP(S) only, with a timeout, a size cap and clear errors."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from publisher.errors import SourceError

TIMEOUT_SECONDS = 20
USER_AGENT = "publisher (easy-read factsheet publisher)"


@dataclass(frozen=True)
class Fetched:
    """A fetched page: its bytes and its media type."""

    data: bytes
    media_type: str


def is_url(source: str) -> bool:
    """True for http:// and https:// addresses."""
    return urlsplit(source).scheme in ("http", "https")


def fetch(url: str, max_bytes: int, timeout: float = TIMEOUT_SECONDS) -> Fetched:
    """The page at url, or a SourceError that says why not."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceError(f"{url} is not an http(s) address")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/*;q=0.8"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            media_type = response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raise SourceError(f"{url} answered {error.code} {error.reason}") from error
    except urllib.error.URLError as error:
        raise SourceError(f"{url} cannot be fetched ({error.reason})") from error
    except TimeoutError as error:
        raise SourceError(f"{url} did not answer within {timeout:.0f} s") from error
    except OSError as error:
        raise SourceError(f"{url} cannot be fetched ({error})") from error
    if len(data) > max_bytes:
        raise SourceError(f"{url} is too large (over {max_bytes:,} bytes)")
    return Fetched(data, media_type)

"""publisher serve: a local preview of the output on 127.0.0.1, with the MIME types and byte ranges
that audio players need, (optionally) a rebuild whenever a source file changes, and (optionally) the
review page for the people who check the easy read."""

from __future__ import annotations

import io
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from publisher.errors import PublisherError

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
MIME_TYPES = {
    ".mp3": "audio/mpeg",
    ".epub": "application/epub+zip",
    ".vtt": "text/vtt; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}
_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


class OutputHandler(SimpleHTTPRequestHandler):
    """Static files of one output folder, with single byte ranges (206) for seeking in audio."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, **MIME_TYPES}  # noqa: RUF012 - as the base class

    def send_head(self) -> BinaryIO | io.BytesIO | None:
        """Answer a range request with 206 Partial Content; everything else as usual."""
        requested = self.headers.get("Range")
        path = Path(self.translate_path(self.path))
        if requested is None or not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        match = _RANGE.match(requested.strip())
        if match is None or not (match.group(1) or match.group(2)):
            self._unsatisfiable(size)
            return None
        if match.group(1):
            start = int(match.group(1))
            end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        else:  # "bytes=-500": the last 500 bytes
            start, end = max(0, size - int(match.group(2))), size - 1
        if start >= size or start > end:
            self._unsatisfiable(size)
            return None
        with path.open("rb") as handle:
            handle.seek(start)
            body = handle.read(end - start + 1)
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return io.BytesIO(body)

    def _unsatisfiable(self, size: int) -> None:
        self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
        self.send_header("Content-Range", f"bytes */{size}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def end_headers(self) -> None:
        """Every answer says ranges are welcome and nothing should be cached (it is a preview)."""
        if not self._headers_buffer or b"Accept-Ranges" not in b"".join(self._headers_buffer):  # type: ignore[attr-defined]
            self.send_header("Accept-Ranges", "bytes")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Requests go to the debug log, not standard error."""
        log.debug("%s %s", self.address_string(), format % args)


REVIEW_PATH = "/review/"


class ReviewHandler(OutputHandler):
    """The output folder, and at /review/ the review page, made from its manifest on every request."""

    def send_head(self) -> BinaryIO | io.BytesIO | None:
        """The review page at /review/; every other path as a file of the output."""
        if self.path.split("?", 1)[0] not in (REVIEW_PATH, REVIEW_PATH.rstrip("/")):
            return super().send_head()
        from publisher.editing import render_review
        from publisher.model.manifest import MANIFEST_PATH, Manifest

        try:
            manifest = Manifest.from_json(orjson.loads((Path(self.directory) / MANIFEST_PATH).read_bytes()))
        except (OSError, ValueError, PublisherError) as error:
            self.send_error(HTTPStatus.NOT_FOUND, f"no manifest to review ({error})")
            return None
        body = render_review(manifest)
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def make_server(directory: Path, port: int = 8000, review: bool = False) -> ThreadingHTTPServer:
    """A server for the folder on 127.0.0.1 (port 0: any free port), with the review page if asked."""
    handler = partial(ReviewHandler if review else OutputHandler, directory=str(directory))
    return ThreadingHTTPServer((HOST, port), handler)


def watch(sources: Sequence[Path], rebuild: Callable[[], None], stop: threading.Event, every: float = 1.0) -> None:
    """Call rebuild whenever a source file's modification time changes, until stop is set."""

    def stamp() -> list[float]:
        return [p.stat().st_mtime if p.exists() else 0.0 for p in sources]

    seen = stamp()
    while not stop.wait(every):
        now = stamp()
        if now != seen:
            seen = now
            started = time.perf_counter()
            try:
                rebuild()
                log.warning("rebuilt in %.1f s", time.perf_counter() - started)
            except Exception as error:  # a failed rebuild leaves the old output; keep serving it
                log.error("rebuild failed: %s", error)

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path

import pytest

from publisher.serve import make_server, watch


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "talk.mp3").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "a" / "talk.vtt").write_text("WEBVTT\n", "utf-8")
    (tmp_path / "a" / "a.epub").write_bytes(b"PK\x03\x04mimetypeapplication/epub+zip")
    (tmp_path / "feed.xml").write_text("<rss/>", "utf-8")
    (tmp_path / "index.html").write_text("<!DOCTYPE html><title>x</title>", "utf-8")
    server = make_server(tmp_path, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _get(url: str, **headers: str) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_mime_types(site: str) -> None:
    assert _get(f"{site}/a/talk.mp3")[1]["Content-Type"] == "audio/mpeg"
    assert _get(f"{site}/a/talk.vtt")[1]["Content-Type"].startswith("text/vtt")
    assert _get(f"{site}/a/a.epub")[1]["Content-Type"] == "application/epub+zip"
    assert _get(f"{site}/feed.xml")[1]["Content-Type"].startswith("application/rss+xml")
    assert _get(f"{site}/")[1]["Content-Type"].startswith("text/html")


def test_byte_ranges_for_audio_seeking(site: str) -> None:
    status, headers, body = _get(f"{site}/a/talk.mp3", Range="bytes=10-19")
    assert status == 206
    assert headers["Content-Range"] == "bytes 10-19/1024"
    assert body == bytes(range(10, 20))
    status, headers, body = _get(f"{site}/a/talk.mp3", Range="bytes=1000-")
    assert (status, len(body), headers["Content-Range"]) == (206, 24, "bytes 1000-1023/1024")
    status, _, body = _get(f"{site}/a/talk.mp3", Range="bytes=-4")
    assert (status, body) == (206, bytes([252, 253, 254, 255]))
    status, headers, _ = _get(f"{site}/a/talk.mp3", Range="bytes=5000-")
    assert (status, headers["Content-Range"]) == (416, "bytes */1024")
    status, headers, body = _get(f"{site}/a/talk.mp3")
    assert (status, len(body), headers["Accept-Ranges"]) == (200, 1024, "bytes")


def test_missing_files_and_paths_outside(site: str) -> None:
    assert _get(f"{site}/nothing.mp3")[0] == 404
    assert _get(f"{site}/../../etc/passwd")[0] == 404


def test_serves_only_on_loopback(tmp_path: Path) -> None:
    server = make_server(tmp_path, 0)
    assert server.server_address[0] == "127.0.0.1"
    server.server_close()


def test_watch_rebuilds_when_a_source_changes(tmp_path: Path) -> None:
    source = tmp_path / "sheet.txt"
    source.write_text("one", "utf-8")
    calls: list[float] = []
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([source], lambda: calls.append(1), stop, 0.05))
    thread.start()
    time.sleep(0.2)
    assert calls == []
    source.write_text("two", "utf-8")
    import os

    os.utime(source, (time.time() + 5, time.time() + 5))
    deadline = time.time() + 3
    while not calls and time.time() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join()
    assert calls == [1]


def test_serve_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from publisher.cli import main

    assert main(["serve", str(tmp_path / "nowhere")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert main(["serve", str(tmp_path), "--port", "70000"]) == 2

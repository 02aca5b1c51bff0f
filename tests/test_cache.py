from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from publisher.cache import ClipCache, clip_key
from publisher.model import Clip

CLIP = Clip(pcm=b"\x01\x02" * 100, sample_rate=24000)


def test_round_trip_and_keys(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    key = clip_key("hibari heart", "Hello.")
    assert cache.get(key) is None
    cache.put(key, CLIP)
    assert cache.get(key) == CLIP
    assert clip_key("hibari heart", "Hello.") == key
    assert clip_key("hibari emma", "Hello.") != key
    assert clip_key("hibari heart", "Hello!") != key
    assert not list(tmp_path.rglob(".entry-*"))  # no temporary files left


def test_damaged_entries_are_discarded(tmp_path: Path) -> None:
    cache = ClipCache(tmp_path)
    damages: list[Callable[[bytes], bytes]] = [
        lambda d: d[:-10],
        lambda d: d[:20],
        lambda d: d[:-1] + b"\x00",
        lambda d: b"junk" + d[4:],
    ]
    for number, damage in enumerate(damages):
        key = clip_key("x", str(number))
        cache.put(key, CLIP)
        (path,) = [p for p in tmp_path.rglob(f"{key}.pcm")]
        path.write_bytes(damage(path.read_bytes()))
        assert cache.get(key) is None
        assert not path.exists()


def test_disabled_and_unwritable_caches(tmp_path: Path) -> None:
    off = ClipCache(None)
    off.put("k", CLIP)
    assert off.get("k") is None
    blocked = tmp_path / "file"
    blocked.write_bytes(b"")
    ClipCache(blocked).put("abcd", CLIP)  # cannot make a folder under a file: no exception
    assert ClipCache(blocked).get("abcd") is None

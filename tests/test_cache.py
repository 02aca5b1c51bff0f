from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from publisher.cache import ClipCache, RewriteCache, clip_key
from publisher.config import Config
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


def test_the_rewrite_cache_keeps_values_between_builds_and_ignores_damage(tmp_path: Path) -> None:
    first = RewriteCache(tmp_path, "abc")
    assert first.get("A long sentence.") is None
    first.put("A long sentence.", {"pieces": ["A long.", "Sentence."], "changes": []})
    first.save()
    again = RewriteCache(tmp_path, "abc")
    assert again.get("A long sentence.") == {"pieces": ["A long.", "Sentence."], "changes": []}
    assert RewriteCache(tmp_path, "other").get("A long sentence.") is None  # another version of the code
    (tmp_path / "rewrites" / "abc.json").write_text("{not json", "utf-8")
    assert RewriteCache(tmp_path, "abc").get("A long sentence.") is None
    RewriteCache(None, "abc").save()  # no cache folder: nothing kept, nothing fails


def test_two_processes_saving_the_rewrite_cache_keep_both_their_sentences(tmp_path: Path) -> None:
    here, helper = RewriteCache(tmp_path, "abc"), RewriteCache(tmp_path, "abc")
    here.put("First sentence.", {"pieces": ["First."]})
    helper.put("Second sentence.", {"pieces": ["Second."]})
    helper.save()
    here.save()  # written after the helper's: it keeps the helper's sentence too
    merged = RewriteCache(tmp_path, "abc")
    assert merged.get("First sentence.") == {"pieces": ["First."]}
    assert merged.get("Second sentence.") == {"pieces": ["Second."]}


def test_a_rebuild_takes_restructured_sentences_from_the_cache_and_parses_none(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections import OrderedDict

    import publisher.plain.parser as parsing
    from publisher.build import read_documents, rewrite_and_load
    from publisher.sources import load_source
    from tests.conftest import SEED

    config = make_config(workers=1, cache_dir=tmp_path / "cache")
    documents = read_documents([load_source(SEED)], config)
    first, _, _ = rewrite_and_load(documents, config)
    parsed: list[str] = []
    real = parsing._run

    def counting(texts: list[str]) -> object:
        parsed.extend(texts)
        return real(texts)

    monkeypatch.setattr(parsing, "_run", counting)
    monkeypatch.setattr(parsing, "_PARSES", OrderedDict())  # nothing kept from the first rewrite
    second, _, _ = rewrite_and_load(documents, config)
    assert second == first and parsed == []
    assert config.cache_dir is not None
    damaged = next((config.cache_dir / "rewrites").glob("*.json"))
    damaged.write_text('{"pieces": 3}', "utf-8")
    third, _, _ = rewrite_and_load(documents, config)
    assert third == first and parsed  # made again, the same

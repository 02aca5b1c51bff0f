"""News feeds as sources (a briefing per entry, stable across builds) and batches that survive a bad file."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from publisher.build import build
from publisher.cli import main
from publisher.config import Config
from publisher.errors import SourceError
from publisher.sources import load_source, load_sources
from tests.conftest import FIXTURES, SMALL

FEEDS = FIXTURES / "feeds"
RSS = FEEDS / "council-news.xml"


def _briefings(out: Path) -> list[dict[str, object]]:
    briefings: list[dict[str, object]] = orjson.loads((out / "manifest.json").read_bytes())["briefings"]
    return briefings


def test_each_entry_of_a_feed_is_a_briefing_and_an_edit_rebuilds_only_its_own(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    feed = tmp_path / "news.xml"
    shutil.copy(RSS, feed)
    config = make_config()
    result = build([feed], config)
    assert [b.document.title for b in result.briefings] == [
        "Free swimming for children this half term", "Road closure on Station Street",
        "Garden waste collections restart in March",
    ]  # fmt: skip
    first = _briefings(config.output_dir)
    assert [b["source"] for b in first] == [f"{feed}#riverside-news-{n}" for n in (1039, 1040, 1041)]
    garden = first[2]
    assert garden["metadata"] == {
        "canonical": "https://www.riverside.example/news/garden-waste-restarts",
        "author": "Riverside press office",
        "published": "2026-02-16T09:00:00+00:00",
    }
    page = (config.output_dir / str(garden["page"])).read_text(encoding="utf-8")
    assert "What you need to do" in page and "never run" not in page

    # The newest entry is edited, title and all: only it is built again, and it keeps its identity.
    text = feed.read_text(encoding="utf-8")
    edited = text.replace("Garden waste collections restart in March", "Garden waste collections restart on 2 March")
    feed.write_text(edited.replace("by 7am", "by 6am"), encoding="utf-8")
    again = build([feed], make_config())
    assert [b.document.title for b in again.briefings] == ["Garden waste collections restart on 2 March"]
    assert again.unchanged == 2
    second = _briefings(config.output_dir)
    assert [(b["slug"], b["guid"], b["episode_number"]) for b in second] == [
        (b["slug"], b["guid"], b["episode_number"]) for b in first
    ]
    assert second[:2] == first[:2]


def test_a_feed_limit_takes_the_newest_entries_and_atom_feeds_work(make_config: Callable[..., Config]) -> None:
    assert [i.title for i in load_sources(RSS, feed_limit=1)] == ["Garden waste collections restart in March"]
    atom = load_sources(FEEDS / "health-updates.atom")
    assert [i.title for i in atom] == ["Walk-in centre opening hours", "Flu vaccines for over 65s"]
    assert dict(atom[1].metadata)["author"] == "Riverside Health"
    config = make_config(feed_limit=2)
    result = build([RSS, FEEDS / "health-updates.atom"], config)
    assert len(result.briefings) == 4
    with pytest.raises(SourceError, match="is a news feed"):
        load_source(RSS)


def test_a_feed_with_nothing_to_publish_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.xml"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', "utf-8")
    with pytest.raises(SourceError, match="no entries to publish"):
        load_sources(empty)


def test_keep_going_publishes_what_it_can_and_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    missing = tmp_path / "missing.txt"
    args = ["build", str(missing), str(SMALL), str(binary), "-o", str(out), "--engine", "fake"]
    assert main(args) == 3  # without --keep-going the first bad source stops the build
    assert not out.exists()
    capsys.readouterr()
    assert main([*args, "--keep-going"]) == 3
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if "error" in line]
    assert f"publisher: error: {missing} does not exist" in errors
    assert any(str(binary) in line and "not a text file" in line for line in errors)
    assert "2 source(s) could not be published" in captured.err
    assert "published 1 briefing(s)" in captured.out
    assert len(_briefings(out)) == 1
    # Nothing readable at all: a clear error, and still nothing is written elsewhere.
    assert main(["build", str(missing), str(binary), "-o", str(tmp_path / "other"), "--engine", "fake",
                 "--keep-going"]) == 3  # fmt: skip
    assert "none of the 2 source(s) could be read" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_a_source_or_an_entry_given_twice_is_one_briefing(make_config: Callable[..., Config], tmp_path: Path) -> None:
    feed = tmp_path / "news.xml"
    text = RSS.read_text(encoding="utf-8")
    first_item = text[text.index("<item>") : text.index("</item>") + len("</item>")]
    feed.write_text(text.replace(first_item, first_item + first_item.replace("restart in March", "restart soon")))
    assert [i.title for i in load_sources(feed)][-1] == "Garden waste collections restart in March"
    assert len(load_sources(feed)) == 3
    config = make_config()
    for _ in range(2):
        result = build([SMALL, feed, SMALL, str(SMALL)], make_config(cache_dir=None))
        assert len(result.briefings) == 4
    assert len({b["slug"] for b in _briefings(config.output_dir)}) == len(_briefings(config.output_dir)) == 4


def test_hostile_xml_neither_expands_nor_reads_files(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY {b} "{("&" + a + ";") * 16}">' for a, b in zip("abcdef", "bcdefg", strict=True))
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">{laughs}'
        '<!ENTITY secret SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>x</title><item>'
        "<title>Bomb &g;</title><guid>1</guid><description>Hello &secret; there, this is the news.</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    (entry,) = load_sources(bomb)
    assert len(entry.text) < 1000 and "root:" not in entry.text and len(entry.title or "") < 100
    svg = tmp_path / "picture.xml"
    svg.write_text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>', "utf-8")
    with pytest.raises(SourceError, match="is XML but not an RSS or Atom feed"):
        load_sources(svg)

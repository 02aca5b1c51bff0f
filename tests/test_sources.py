from __future__ import annotations

import re
from pathlib import Path

import pytest

from publisher.errors import SourceError
from publisher.sources import decode_text, read_source
from publisher.sources.text import parse_text
from tests.conftest import SEED, SMALL


def test_seed_has_title_and_seven_sections() -> None:
    document = read_source(SEED)
    assert document.title == "Media factsheet: Small boats"
    assert len(document.sections) == 7
    assert dict(document.metadata)["site"] == "Home Office in the media"


def test_seed_chrome_is_dropped() -> None:
    document = read_source(SEED)
    text = " ".join(item for s in document.sections for b in s.blocks for item in b.items)
    for chrome in ("Skip to main content", "Posted by", "Sharing and comments", "Share this page"):
        assert chrome not in text
    assert "Home Office in the media" not in text
    assert text.startswith("No one should be making")
    assert text.endswith("use all our means to end it.")


def test_page_numbers_of_a_printed_factsheet_are_dropped(tmp_path: Path) -> None:
    copied = tmp_path / "gritting.txt"
    copied.write_text(
        "Winter gritting\n\nPage 1 of 2\n\nWe grit 450 km of roads every winter.\n\nPage 2 of 2\n\n"
        "Page 1 of the plan lists every road we grit.\n",
        encoding="utf-8",
    )
    text = [item for s in read_source(copied).sections for b in s.blocks for item in b.items]
    assert text == ["We grit 450 km of roads every winter.", "Page 1 of the plan lists every road we grit."]


def test_seed_bullets_stay_list_items() -> None:
    document = read_source(SEED)
    lists = [b for s in document.sections for b in s.blocks if b.kind == "bullets"]
    assert len(lists) == 1
    assert len(lists[0].items) == 5
    assert lists[0].items[1] == "Assist with preventing illegal attempts to cross the shared border"
    assert not any(item.startswith("•") for item in lists[0].items)


def test_seed_section_titles_are_short_unique_and_slugs_ascii() -> None:
    document = read_source(SEED)
    titles = [s.title for s in document.sections]
    slugs = [s.slug for s in document.sections]
    assert all(1 <= len(t.split()) <= 8 for t in titles)
    assert len({t.lower() for t in titles}) == 7
    assert len(set(slugs)) == 7
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs)
    assert document.slug == "media-factsheet-small-boats"


def test_wrapped_lines_join_and_bullet_styles() -> None:
    parsed = parse_text("Title\n\n\nFirst line\ncontinues here.\n\n- one\n* two\n– three\n")
    assert parsed.title == "Title"
    blocks = parsed.sections[0][1]
    assert blocks[0].items == ("First line continues here.",)
    assert blocks[1].kind == "bullets"
    assert blocks[1].items == ("one", "two", "three")


def test_document_without_title_uses_file_name(tmp_path: Path) -> None:
    path = tmp_path / "road-works_2026.txt"
    path.write_text("The bridge closes on Monday. It opens again on Friday.\n", encoding="utf-8")
    document = read_source(path)
    assert document.title == "Road works 2026"
    assert len(document.sections) == 1


def test_small_fixture_sections() -> None:
    document = read_source(SMALL)
    assert document.title == "Factsheet: Bin collections over winter"
    assert len(document.sections) == 3
    assert document.sections[1].blocks[1].items == ("Paper and card", "Glass bottles and jars", "Food tins")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "has no text"),
        (b"  \n\n\t \n", "has no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (bytes(range(256)) * 4, "not a text file"),
        (b"Skip to main content\n\nShare this page\n", "has no text"),
    ],
)
def test_bad_sources_raise_source_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        read_source(path)


def test_missing_directory_and_unknown_type(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        read_source(tmp_path / "missing.txt")
    with pytest.raises(SourceError, match="is a directory"):
        read_source(tmp_path)
    odd = tmp_path / "sheet.pdf"
    odd.write_bytes(b"%PDF-1.4")
    with pytest.raises(SourceError, match=r"unsupported type '\.pdf'"):
        read_source(odd)


def test_decoding_boms_windows_1252_and_invisible_characters() -> None:
    assert decode_text("\ufeffHello".encode(), "x") == "Hello"
    assert decode_text("Caf\u00e9 line".encode("utf-16"), "x") == "Café line"
    assert decode_text("\u201cquoted\u201d".encode("cp1252"), "x") == "“quoted”"
    assert decode_text("a\u200bb\u202ec\r\nd\te".encode(), "x") == "abc\nd e"


def test_a_name_a_tool_saved_a_file_under_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "Document1.txt"
    path.write_text("Council tax bills go up in April for every band. You can pay in ten parts.\n", encoding="utf-8")
    assert read_source(path).title.startswith("Council tax")

"""Readers for text, HTML, Markdown and URLs, on small factsheets written for these tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from publisher.build import build
from publisher.config import Config
from publisher.errors import SourceError
from publisher.sources import read_source, sniff
from tests.conftest import FIXTURES

FORMATS = FIXTURES / "formats"


def _shape(path: Path) -> tuple[str, list[tuple[str, list[tuple[str, tuple[str, ...]]]]]]:
    document = read_source(path)
    return document.title, [(s.title, [(b.kind, b.items) for b in s.blocks]) for s in document.sections]


def test_the_same_document_in_three_formats_gives_the_same_sections() -> None:
    text, html, markdown = (_shape(FORMATS / f"parking.{suffix}") for suffix in ("txt", "html", "md"))
    assert text == html == markdown
    title, sections = text
    assert title == "Parking in the town centre"
    assert [s[0] for s in sections] == ["Parking charges", "How to get a permit", "What the council says"]
    kinds = [kind for _, blocks in sections for kind, _ in blocks]
    assert kinds == ["paragraph", "paragraph", "bullets", "numbered", "paragraph", "quote"]


def test_text_headings_start_sections_and_lines_without_gaps_still_split() -> None:
    document = read_source(FORMATS / "no-blank-lines.txt")
    assert document.title == "Bus pass changes"
    assert [s.title for s in document.sections] == ["Introduction", "Who can get a bus pass", "How to apply"]


def test_html_keeps_only_the_article_with_its_table_and_lists() -> None:
    document = read_source(FORMATS / "govuk-page.html")
    assert document.title == "Flood warnings: what to do"
    assert [s.title for s in document.sections] == [
        "Introduction",
        "Types of warning",
        "What to do now",
        "If you have to leave",
    ]
    table = document.sections[1].blocks[0]
    assert table.kind == "table" and table.header and table.caption == "Flood warnings and what they mean"
    assert table.rows[0] == ("Warning", "What it means")
    assert table.items[2] == "Warning: Severe flood warning. What it means: Danger to life."
    assert document.sections[2].blocks[0].kind == "bullets"
    metadata = dict(document.metadata)
    assert metadata["department"] == "Environment Agency"
    assert metadata["canonical"] == "https://www.gov.uk/guidance/flood-warnings"
    assert document.published.isoformat() == "2024-01-24T09:30:00+00:00"
    words = " ".join(i for s in document.sections for b in s.blocks for i in b.items)
    for furniture in ("window.alert", "Navigation", "Cookies", "Licence", "Share this page", "Home ›", "Skip to"):
        assert furniture not in words


def test_html_output_has_no_script_or_navigation_text_anywhere(make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([FORMATS / "govuk-page.html", FORMATS / "parking.html"], config)
    everything = "\n".join(
        p.read_text("utf-8") for p in config.output_dir.rglob("*") if p.suffix in (".html", ".json", ".xml", ".vtt")
    )
    for text in ("this must never run", "trackingCode", "Navigation menu", "Menu: Bins", "Cookies on GOV.UK",
                 "Accept all cookies", "Open Government Licence", "Footer links", "analytics.js"):  # fmt: skip
        assert text not in everything
    page = (config.output_dir / "flood-warnings-what-to-do" / "index.html").read_text("utf-8")
    assert "<caption>Flood warnings and what they mean</caption>" in page
    assert '<th scope="col">What it means</th>' in page and "<td>Danger to life</td>" in page
    parking = (config.output_dir / "parking-in-the-town-centre" / "index.html").read_text("utf-8")
    assert "<ol>" in parking and "<blockquote>" in parking and "<ul>" in parking


def test_comments_and_other_unseen_markup_are_not_read(tmp_path: Path, recwarn: pytest.WarningsRecorder) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<main><h1>Council tax help</h1><!-- TODO: update figures for 2025 -->"
        "<p>You may get help. <!-- editor: check --> Ask us today.</p><h2>How to apply</h2>"
        "<p>Fill in the form.</p><![CDATA[ hidden cdata ]]><?php echo 'x'; ?></main>",
        encoding="utf-8",
    )
    title, sections = _shape(page)
    assert title == "Council tax help"
    assert [blocks for _, blocks in sections] == [[("paragraph", ("You may get help. Ask us today.",))],
                                                  [("paragraph", ("Fill in the form.",))]]  # fmt: skip
    drawing = tmp_path / "drawing.html"  # XML, not a page: nothing to read, and no parser advice printed
    drawing.write_text('<?xml version="1.0"?><svg><!-- note --></svg>', encoding="utf-8")
    with pytest.raises(SourceError, match="no text to publish"):
        read_source(drawing)
    assert not [w for w in recwarn if "bs4" in w.filename or "BeautifulSoup" in str(w.message)]


def test_links_keep_their_punctuation_and_line_breaks_end_sentences(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<main><h1>Contact us</h1><p>See <a href='/help'>more advice</a>. Call (<abbr>NHS</abbr>) 111.</p>"
        "<p>Town Hall<br>High Street<br/>Anytown.<br>AB1 2CD</p></main>",
        encoding="utf-8",
    )
    _title, sections = _shape(page)
    assert sections[0][1] == [("paragraph", ("See more advice. Call (NHS) 111.",)),
                              ("paragraph", ("Town Hall. High Street. Anytown. AB1 2CD",))]  # fmt: skip


def test_html_blocks_in_markdown_are_read_as_html(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# Bus passes\n\n<!-- Draft: not until legal has checked -->\n\nFrom April you can travel earlier.\n\n"
        '<div class="note">Bring <b>photo ID</b> when you apply.</div>\n\n<script>alert(1)</script>\n',
        encoding="utf-8",
    )
    title, sections = _shape(draft)
    assert title == "Bus passes"
    assert [blocks for _, blocks in sections] == [[("paragraph", ("From April you can travel earlier.",)),
                                                   ("paragraph", ("Bring photo ID when you apply.",))]]  # fmt: skip


def test_markdown_table_and_emphasis_words() -> None:
    document = read_source(FORMATS / "council-tax.md")
    table = document.sections[1].blocks[0]
    assert table.rows == (("Band", "Yearly cost"), ("A", "£1,200"), ("B", "£1,400"), ("C", "£1,600"))
    assert document.sections[2].blocks[0].items == (
        "You can pay in 10 or 12 monthly payments. Most people pay by Direct Debit.",
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("word-pasted-cp1252.txt", "You may get help with your council tax’s cost. Ask us “today” – it’s free."),
        ("utf16.txt", "The library opens at 9am on weekdays. It shuts at 5pm."),
    ],
)
def test_encodings_and_invisible_characters(name: str, expected: str) -> None:
    document = read_source(FORMATS / name)
    assert document.sections[0].blocks[0].items[0] == expected


def test_format_sniffing_for_files_without_a_suffix(tmp_path: Path) -> None:
    assert sniff("<!DOCTYPE html><p>x</p>") == "html"
    assert sniff("# Title\n\n- item\n") == "markdown"
    assert sniff("Just words.\n") == "text"
    page = tmp_path / "page"
    page.write_bytes((FORMATS / "parking.html").read_bytes())
    assert read_source(page).sections[0].title == "Parking charges"


def test_oversized_sources_are_refused_with_the_configured_cap(make_config: Callable[..., Config]) -> None:
    with pytest.raises(SourceError, match=r"too large \(488 bytes; the limit is 100\)"):
        read_source(FORMATS / "parking.txt", max_bytes=100)
    config = make_config(max_source_bytes=100)
    with pytest.raises(SourceError, match="too large"):
        build([FORMATS / "parking.txt"], config)
    assert not config.output_dir.exists()


@pytest.fixture
def web() -> Iterator[str]:
    handler = partial(SimpleHTTPRequestHandler, directory=str(FORMATS))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_build_from_a_url(web: str, make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([f"{web}/govuk-page.html"], config)
    manifest = json.loads((config.output_dir / "manifest.json").read_text("utf-8"))
    briefing = manifest["briefings"][0]
    assert briefing["source"] == f"{web}/govuk-page.html"
    assert briefing["title"] == "Flood warnings: what to do"
    assert briefing["metadata"]["department"] == "Environment Agency"


def test_url_errors_are_clear(web: str) -> None:
    with pytest.raises(SourceError, match=r"answered 404"):
        read_source(f"{web}/missing.html")
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with pytest.raises(SourceError, match="cannot be fetched"):
        read_source(f"http://127.0.0.1:{closed}/page.html")
    with pytest.raises(SourceError, match="too large"):
        read_source(f"{web}/govuk-page.html", max_bytes=50)


def test_cli_builds_a_url_and_fails_clearly_on_a_dead_one(
    web: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from publisher.cli import main

    out = tmp_path / "site"
    assert main(["-q", "build", f"{web}/parking.md", "-o", str(out), "--engine", "fake", "--workers", "1"]) == 0
    assert (out / "parking-in-the-town-centre" / "index.html").is_file()
    assert main(["build", f"{web}/gone.html", "-o", str(tmp_path / "other"), "--engine", "fake"]) == 3
    assert capsys.readouterr().err.strip().endswith("gone.html answered 404 File not found")


def test_seed_still_gives_seven_sections() -> None:
    from tests.conftest import SEED

    assert len(read_source(SEED).sections) == 7
    assert replace(read_source(SEED)).title == "Media factsheet: Small boats"


def test_emphasis_is_kept_and_shown(make_config: Callable[..., Config], tmp_path: Path) -> None:
    page = tmp_path / "note.html"
    page.write_text(
        "<main><h1>Bins</h1><p>Put bins out by <strong>7am</strong> on <em>Monday</em>. "
        "Use the <b>green</b> bin.</p><p>More words here to make this a real page of text.</p></main>",
        "utf-8",
    )
    block = read_source(page).sections[0].blocks[0]
    assert block.marks == (("7am", "strong"), ("Monday", "em"), ("green", "strong"))
    assert read_source(FORMATS / "council-tax.md").sections[2].blocks[0].marks == (
        ("Most people", "em"),
        ("Direct Debit", "strong"),
    )
    config = make_config()
    build([page], config)
    html = (config.output_dir / "bins" / "index.html").read_text("utf-8")
    assert "<strong>7am</strong>" in html and "<em>Monday</em>" in html and "<strong>green</strong>" in html


def test_emphasis_cannot_inject_markup() -> None:
    from publisher.site import emphasise

    marked = emphasise("a <b>x</b> & y", [("<b>x</b>", "strong")])
    assert str(marked) == "a <strong>&lt;b&gt;x&lt;/b&gt;</strong> &amp; y"


def test_a_letters_signature_is_not_a_section() -> None:
    from publisher.sources.text import parse_text

    parsed = parse_text(
        "Your rent\n\nDear resident,\n\nYour rent will not change this year.\n\nYours faithfully,\n\n"
        "Sarah Okafor\nRegeneration Manager\n"
    )
    titles = [title for title, _ in parsed.sections]
    assert "Sarah Okafor" not in titles
    assert any("Sarah Okafor" in item for _, blocks in parsed.sections for b in blocks for item in b.items)


def test_a_nested_list_a_parent_leads_into_is_said_with_the_parents_words() -> None:
    from publisher.sources.html import parse_html

    parsed = parse_html(
        "<h1>Blue Badge</h1><p>You will get a badge if you:</p><ul><li>are registered blind</li>"
        "<li>get PIP and scored:<ul><li>8 points in moving around</li><li>10 points in planning journeys</li></ul>"
        "</li></ul>"
    )
    items = [item for _, blocks in parsed.sections for b in blocks if b.kind == "bullets" for item in b.items]
    assert items == [
        "are registered blind",
        "get PIP and scored 8 points in moving around",
        "get PIP and scored 10 points in planning journeys",
    ]


def test_a_pages_date_in_its_text_is_metadata_not_words_to_read() -> None:
    from publisher.sources.html import parse_html

    parsed = parse_html("<h1>Blue Badge</h1><p>Last updated: 3 November 2026</p><p>A badge costs £10.</p>")
    items = [item for _, blocks in parsed.sections for b in blocks for item in b.items]
    assert items == ["A badge costs £10."]
    assert dict(parsed.metadata)["updated"] == "2026-11-03"


def test_nested_lists_in_markdown_and_text_are_said_with_their_parents_words() -> None:
    from publisher.sources.markdown import parse_markdown
    from publisher.sources.text import parse_text

    markdown = parse_markdown(
        "# Blue Badge\n\nYou will get a badge if you:\n\n- are registered blind\n- get PIP and scored:\n"
        "  - 8 points in moving around\n  - 10 points in planning journeys\n\nLast updated: 3 November 2026\n"
    )
    text = parse_text(
        "Blue Badge\n\nYou will get a badge if you:\n\n- are registered blind\n- get PIP and scored:\n"
        "    - 8 points in moving around\n    - 10 points in planning journeys\n"
    )
    for parsed in (markdown, text):
        items = [item for _, blocks in parsed.sections for b in blocks if b.kind == "bullets" for item in b.items]
        assert items == [
            "are registered blind",
            "get PIP and scored 8 points in moving around",
            "get PIP and scored 10 points in planning journeys",
        ]
    assert dict(markdown.metadata)["updated"] == "2026-11-03"


def test_a_govuk_pages_hidden_label_summary_and_related_links_read_as_a_reader_would() -> None:
    from publisher.sources.html import parse_html

    parsed = parse_html(
        "<main><h1>Energy bills</h1><p>You could get £150 off your bill.</p>"
        '<div class="govuk-warning-text"><strong><span class="govuk-visually-hidden">Warning</span>'
        "You do not need to apply.</strong></div>"
        "<details><summary><span>If you live abroad</span></summary><div>You can only get it in Switzerland.</div>"
        "</details><h2>Related content</h2><ul><li><a href='/x'>Cold Weather Payment</a></li></ul></main>"
    )
    items = [item for _, blocks in parsed.sections for b in blocks for item in b.items]
    assert items == [
        "You could get £150 off your bill.",
        "Warning: You do not need to apply.",
        "If you live abroad",
        "You can only get it in Switzerland.",
    ]


def test_a_step_of_sentences_is_not_said_again_with_each_thing_under_it() -> None:
    from publisher.sources.markdown import parse_markdown

    parsed = parse_markdown(
        "# Bins\n\n1. Check the street.\n2. Order online using our form. You will need:\n   - your address\n"
        "   - the size of bin\n3. Pay online.\n"
    )
    items = [item for _, blocks in parsed.sections for b in blocks for item in b.items]
    assert sum(item.startswith("Order online") for item in items) == 1


def test_nested_items_of_an_empty_list_are_none() -> None:
    from publisher.sources.parsed import nested_items

    assert nested_items([]) == []
    assert nested_items([(0, "bring:")]) == ["bring:"]


def test_a_letter_signed_off_with_thank_you_has_no_section_for_its_sender() -> None:
    from publisher.sources.text import parse_text

    parsed = parse_text(
        "Oak Tree Playgroup\n\nDear Parents\n\nMeasles at playgroup\n\nThere has been a case of measles in the "
        "Ladybirds group. Please check that your child has had 2 doses of the MMR vaccine.\n\nThank you\n\n"
        "Mr Tom Hale\nPlaygroup Leader\n"
    )
    titles = [title for title, _ in parsed.sections]
    assert "Mr Tom Hale" not in titles
    paragraphs = [item for _, blocks in parsed.sections for b in blocks for item in b.items]
    assert "Mr Tom Hale" in paragraphs

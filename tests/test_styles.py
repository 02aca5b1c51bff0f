"""Factsheets as people copy them from real sites (fixtures written for these tests in the styles of
GOV.UK, a council, the NHS, a charity, a press office, a blog and a PDF): the right title, the page's
dates in the metadata, and nothing of the page's furniture in the words or the audio."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from publisher.config import Config
from publisher.model import Document
from publisher.sources import read_source
from publisher.sources.dates import iso_date
from publisher.sources.furniture import clean
from publisher.sources.text import parse_text
from publisher.sources.unwrap import join_markers, unwrap
from tests.conftest import FIXTURES

STYLES = FIXTURES / "styles"
# Title, metadata the page gave, and the section titles.
EXPECTED: dict[str, tuple[str, dict[str, str], list[str]]] = {
    "govuk-policy-paper.txt": (
        "Coastal rescue boats: factsheet",
        {"published": "2024-10-02", "updated": "2025-03-14", "department": "Maritime and Coastguard Agency",
         "canonical": "https://www.gov.uk/government/publications/coastal-rescue-boats-factsheet"},
        ["What is changing?", "Who will run the new boats?", "What happens next?"],
    ),
    "govuk-guidance.txt": (
        "Applying for a home through your council",
        {"published": "2025-02-03", "updated": "2025-06-09", "department": "Department for Housing and Communities"},
        ["Who can apply", "How long it takes"],
    ),
    "press-release.txt": (
        "New cycle lanes for Riverside town centre",
        {"published": "2025-05-12", "department": "Riverside Borough Council"},
        ["New cycle lanes for Riverside town centre"],  # a text of one part, with no heading: its title
    ),
    "blog-post.txt": (
        "Why we are fixing damp before winter", {"site": "Riverside Housing blog"}, ["Introduction", "What you can do"]
    ),
    "nhs-page.txt": (
        "Chickenpox",
        {"reviewed": "2024-08-12", "next_review": "2027-08-12"},
        ["Introduction", "Check if it is chickenpox", "How to look after your child"],
    ),
    "council-news.txt": (
        "Longer opening hours at the central library",
        {"published": "2025-12-02"},
        ["Longer opening hours at the central library"],
    ),
    "charity-factsheet.txt": (
        "Getting a break from caring",
        {"updated": "2025-09-05"},
        ["Introduction", "What is respite care?", "Who pays for it?", "How do I ask for an assessment?"],
    ),
    "pdf-copy.txt": (
        "Winter gritting: how we keep roads safe",
        {"site": "Riverside Borough Council"},
        ["When we grit the roads", "Which roads we cannot treat", "Grit bins"],
    ),
}  # fmt: skip
# Furniture of those pages: none of it may be shown or said.
FURNITURE = ("gov.uk", "Policy paper", "Guidance", "Press release", "Print this page", "Contents", "useful",
             "Report a problem", "Related content", "Part of", "Get emails", "Updated", "Published", "From:",
             "See all updates", "ENDS", "Notes to editors", "press office", "Posted by", "Share", "Photo",
             "Flats on Mill Road", "Sharing and comments", "Search", "My account", "Health A to Z", "Live Well",
             "Page last reviewed", "Next review due", "Help us improve", "quick question", "Menu", "Copy link",
             "©", "Accessibility", "Privacy", "Factsheet 12", "Registered", "Page 1 of 2", "Page 2 of 2",
             "Home >", "Home /", "Council tax", "Bins and recycling")  # fmt: skip


def _furniture_in(text: str) -> list[str]:
    """The furniture phrases found in a text, as whole words."""
    return [f for f in FURNITURE if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text, re.IGNORECASE)]


def _words(document: Document) -> str:
    """Every section title and block item of a document, one a line."""
    return "\n".join(
        [s.title for s in document.sections]
        + [item for s in document.sections for block in s.blocks for item in block.items]
        + [cell for s in document.sections for block in s.blocks for row in block.rows for cell in row]
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_copied_pages_give_their_title_dates_and_words_only(name: str) -> None:
    title, metadata, sections = EXPECTED[name]
    document = read_source(STYLES / name)
    assert document.title == title
    assert dict(document.metadata) == metadata
    assert [s.title for s in document.sections] == sections
    words = _words(document)
    assert _furniture_in(words) == []
    assert all(any(c.isalnum() for c in line) for line in words.split("\n"))
    if "published" in metadata:
        assert document.published.date().isoformat() == metadata["published"]


def test_a_press_release_keeps_its_quotation_and_stops_at_ends() -> None:
    document = read_source(STYLES / "press-release.txt")
    blocks = [b for s in document.sections for b in s.blocks]
    assert [b.kind for b in blocks].count("quote") == 1
    assert blocks[-1].items[0].startswith("Buses will keep running")


def test_text_copied_from_a_pdf_is_joined_back_into_sentences() -> None:
    document = read_source(STYLES / "pdf-copy.txt")
    first = document.sections[0].blocks[0].items[0]
    assert "before most people start their journeys. We treat" in first
    assert "most pavements are not treated" in document.sections[1].blocks[0].items[0]
    assert len(document.sections) == 3 and all(len(s.blocks) == 1 for s in document.sections)


def test_a_long_run_of_quotations_with_no_blank_lines_is_split_at_an_attribution() -> None:
    document = read_source(STYLES / "flat-quotes.txt")
    assert document.title == "What people told us about the new bus routes"
    assert len(document.sections) == 2
    second = document.sections[1].blocks
    assert second[0].items[0].endswith("said:") and second[1].kind == "quote"
    kinds = [b.kind for s in document.sections for b in s.blocks]
    assert kinds.count("quote") == 4


@pytest.mark.parametrize(
    ("text", "iso"),
    [("20 March 2024", "2024-03-20"), ("3rd Jan 2025", "2025-01-03"), ("March 20, 2024", "2024-03-20"),
     ("2024-03-20", "2024-03-20"), ("05/09/2025", "2025-09-05"), ("31 February 2024", None), ("soon", None)],
)  # fmt: skip
def test_dates_as_pages_write_them(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_lines_without_words_never_reach_the_page() -> None:
    parsed = parse_text("Bin days\n\nYour bins go out on Monday.\n-\n* * *\n…\n\nTell us if we miss one.\n")
    items = [item for _, blocks in parsed.sections for block in blocks for item in block.items]
    assert items == ["Your bins go out on Monday.", "Tell us if we miss one."]
    assert {"-", "* * *", "…"} <= set(parsed.dropped)


def test_a_bullet_on_its_own_line_joins_its_item() -> None:
    assert join_markers(["Bring:", "•", "your letter", "•", "", "a photo", "-"]) == [
        "Bring:", "• your letter", "• a photo", "-"
    ]  # fmt: skip


def test_words_broken_at_a_line_end_are_joined_only_where_the_hyphen_is_not_theirs() -> None:
    lines = ["We checked every house on the road before the start of the jour-", "neys and the", "well-",
             "being of residents. Then we left."]  # fmt: skip
    assert unwrap(lines) == ["We checked every house on the road before the start of the journeys and the well-being "
                             "of residents. Then we left."]  # fmt: skip
    # A heading and its text stay apart; a new sentence on the next line stays a line of its own.
    assert unwrap(["Who can apply", "Anyone over 18.", "You must live here."]) == [
        "Who can apply", "Anyone over 18.", "You must live here."
    ]  # fmt: skip


def test_a_web_address_at_the_top_is_the_canonical_address_not_the_title() -> None:
    cleaned = clean("www.example.gov.uk/parking\nParking permits\n\nA permit costs £50 a year for each car you own.\n")
    assert cleaned.title == "Parking permits"
    assert dict(cleaned.metadata) == {"canonical": "https://www.example.gov.uk/parking"}


def test_every_style_builds_with_the_default_voice(make_config: Callable[..., Config], tmp_path: Path) -> None:
    """The real voice says every fixture (no sentence without words stops it) and the output checks out."""
    import orjson

    from publisher.build import build
    from publisher.check import check_output

    config = make_config(engine="hibari", workers=2, cache_dir=tmp_path / "cache")
    result = build(sorted(STYLES.glob("*.txt")), config)
    assert len(result.briefings) == len(list(STYLES.glob("*.txt")))
    assert check_output(config.output_dir) == []
    manifest = orjson.loads((config.output_dir / "manifest.json").read_bytes())
    spoken = " ".join(s["text"] for b in manifest["briefings"] for s in b["sections"])
    assert _furniture_in(spoken) == []
    dates = {b["source"].rsplit("/", 1)[-1]: b["metadata"].get("published") for b in manifest["briefings"]}
    assert dates["press-release.txt"] == "2025-05-12" and dates["govuk-guidance.txt"] == "2025-02-03"


def test_a_heading_named_like_a_menu_item_stays_between_the_prose() -> None:
    text = (
        "Home\nSearch\nContact us\nLibrary cards\n\nA library card is free for everyone who lives in the borough.\n\n"
        "Contact us\nCall the library on 01632 960 000 between 9am and 5pm on weekdays.\n\nAccessibility\nPrivacy\n"
    )
    parsed = parse_text(text)
    assert parsed.title == "Library cards"
    assert [heading for heading, _ in parsed.sections] == [None, "Contact us"]
    assert {"Home", "Search", "Accessibility", "Privacy"} <= set(parsed.dropped)

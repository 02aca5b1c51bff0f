"""People check the easy read: drafts to edit, builds that use them, and `publisher say`."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

from publisher.build import build, read_documents, with_edits
from publisher.cli import main
from publisher.config import Config
from publisher.errors import FactCheckError, SourceError
from publisher.plain import rewrite_document
from publisher.sources import load_source
from tests.conftest import FIXTURES, SEED, SMALL, decoded_seconds


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    """The small fixture, copied where its draft can sit beside it."""
    path = tmp_path / "bins.txt"
    shutil.copy(SMALL, path)
    return path


def _draft(path: Path) -> Path:
    assert main(["-q", "draft", str(path)]) == 0
    draft = path.with_name(f"{path.stem}.easy.md")
    assert draft.is_file()
    return draft


def _edit(draft: Path, old: str, new: str) -> None:
    """Change the wording of a draft (the last occurrence: the one after the original's comment)."""
    text = draft.read_text(encoding="utf-8")
    before, found, after = text.rpartition(old)
    assert found and "<!--" not in after.split("##")[0]
    draft.write_text(before + new + after, encoding="utf-8")


@pytest.mark.parametrize("source", [SMALL, SEED, FIXTURES / "formats" / "govuk-page.html"], ids=lambda p: p.name)
def test_an_untouched_draft_reads_back_as_the_rules_wording(
    source: Path, tmp_path: Path, make_config: Callable[..., Config]
) -> None:
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    _draft(copy)
    config = make_config()
    item = load_source(copy)
    (plain,) = [rewrite_document(d) for d in read_documents([item], config)]
    (edited,) = [rewrite_document(with_edits(item, d, config)) for d in read_documents([item], config)]
    assert edited.sections[0].report is not None and edited.sections[0].report.changes[0].kind == "draft"
    assert [s.blocks for s in edited.sections] == [s.blocks for s in plain.sections]
    assert edited.title == plain.title


def test_an_edit_is_shown_and_said_and_only_it_is_spoken_again(sheet: Path, make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([sheet], config)
    draft = _draft(sheet)
    _edit(draft, "Please rinse them first.", "Please wash them first.")
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace('checked_by: ""', 'checked_by: "Riverside easy-read group"')
                     .replace('checked_on: ""', 'checked_on: "20 November 2026"'), encoding="utf-8")  # fmt: skip
    result = build([sheet], make_config())
    assert result.synthesis.synthesized == 1
    manifest = orjson.loads((config.output_dir / "manifest.json").read_bytes())
    briefing = manifest["briefings"][0]
    said = [s["text"] for section in briefing["sections"] for s in section["sentences"]]
    assert "Please wash them first." in said and "Please rinse them first." not in said
    assert briefing["checked"] == {"by": "Riverside easy-read group", "on": "20 November 2026"}
    assert briefing["sections"][1]["plain"]["changes"] == [{"kind": "draft", "before": "", "after": str(draft)}]
    page = (config.output_dir / briefing["page"]).read_text(encoding="utf-8")
    assert "Please wash them first." in page
    assert "People checked this easy read: Riverside easy-read group, on 20 November 2026." in page
    assert "Please rinse them first." in page  # the original wording, under "Original wording"


def test_a_fact_lost_in_a_draft_stops_a_strict_build(sheet: Path, make_config: Callable[..., Config]) -> None:
    draft = _draft(sheet)
    _edit(draft, "We collect 52,000 bins a week.", "We collect many bins a week.")
    with pytest.raises(FactCheckError, match=r"section 'Introduction': the easy-read wording lost facts \(52000\)"):
        build([sheet], make_config(strict=True))
    assert not make_config().output_dir.exists()


def test_a_stale_draft_is_used_with_a_warning_naming_what_changed(
    sheet: Path, make_config: Callable[..., Config], capsys: pytest.CaptureFixture[str]
) -> None:
    _draft(sheet)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("7am", "6am"), encoding="utf-8")
    config = make_config()
    assert main(["build", str(sheet), "-o", str(config.output_dir), "--engine", "fake"]) == 0
    warning = [line for line in capsys.readouterr().err.splitlines() if "earlier version" in line]
    assert len(warning) == 1 and "bins.easy.md was made from an earlier version of" in warning[0]
    assert warning[0].endswith("sections changed since: Introduction")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## Bins\n\nHello.\n", "has no front matter"),
        ('---\nsource: "a"\n---\n\n## Bins\n\nHello.\n', "front matter has no fingerprint"),
        ('---\nsource: "a"\nfingerprint: "b"\nowner: "c"\n---\n', "line 4: expected one of"),
        ('---\nsource: "a"\nfingerprint: "b"\n---\n\n## Bin days\n\nHello.\n', "heading 'Bin days' matches no section"),
        ('---\nsource: "a"\nfingerprint: "b"\n---\n\n## Bins\n\n<!-- never closed\n\nHello.\n', "never closed"),
        ('---\nsource: "a"\nfingerprint: "b"\n---\n\nStray words.\n\n## Bins\n\nHello.\n', "text before the first"),
    ],
)  # fmt: skip
def test_a_malformed_draft_is_one_clear_error_and_nothing_is_written(
    sheet: Path, make_config: Callable[..., Config], text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet.with_name("bins.easy.md").write_text(text, encoding="utf-8")
    with pytest.raises(SourceError, match=message):
        build([sheet], make_config())
    out = sheet.parent / "out"
    assert main(["build", str(sheet), "-o", str(out), "--engine", "fake"]) == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not out.exists()


def test_a_draft_saved_with_a_byte_order_mark_and_windows_line_ends_is_read(
    sheet: Path, make_config: Callable[..., Config]
) -> None:
    draft = _draft(sheet)
    _edit(draft, "Please rinse them first.", "Please wash them first.")
    draft.write_bytes(b"\xef\xbb\xbf" + draft.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    config = make_config()
    build([sheet], config)
    manifest = orjson.loads((config.output_dir / "manifest.json").read_bytes())
    said = [s["text"] for section in manifest["briefings"][0]["sections"] for s in section["sentences"]]
    assert "Please wash them first." in said


def test_drafts_are_never_written_over(sheet: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = _draft(sheet)
    draft.write_text(draft.read_text(encoding="utf-8") + "\nAn editor's note.\n", encoding="utf-8")
    assert main(["draft", str(sheet)]) == 1
    assert "exists: an editor may have changed it" in capsys.readouterr().err
    assert draft.read_text(encoding="utf-8").endswith("An editor's note.\n")
    assert main(["-q", "draft", str(sheet), "--force"]) == 0
    assert "An editor's note." not in draft.read_text(encoding="utf-8")


def test_a_feed_gets_a_draft_per_entry(tmp_path: Path) -> None:
    feed = tmp_path / "news.xml"
    shutil.copy(FIXTURES / "feeds" / "council-news.xml", feed)
    assert main(["-q", "draft", str(feed)]) == 0
    assert sorted(p.name for p in tmp_path.glob("*.easy.md")) == [
        "news.free-swimming-for-children-this-half-term.easy.md",
        "news.garden-waste-collections-restart-in-march.easy.md",
        "news.road-closure-on-station-street.easy.md",
    ]


def test_say_speaks_a_word_with_the_configured_voice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "word.mp3"
    assert main(["say", "Calais", "-o", str(out), "--engine", "fake"]) == 0
    assert 0.2 < decoded_seconds(out.read_bytes()) < 3
    assert f"wrote {out}" in capsys.readouterr().out
    assert main(["say", " - ", "-o", str(out), "--engine", "fake"]) == 1
    assert "give a word or a sentence to say" in capsys.readouterr().err

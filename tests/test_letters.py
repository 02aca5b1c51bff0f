"""Letters read as letters: the subject line is the title, never the greeting, the sender or a reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.model import Document
from publisher.plain import rewrite_document
from publisher.sources import read_source
from publisher.sources.parsed import Parsed
from publisher.sources.text import parse_text

_HEADED = (
    "Elmvale Borough Council\nBenefits Service\nPO Box 42\nElmvale EL1 4ZZ\n\n"
    "Ms Ruth Adeyemi\n3 Larch Court\nElmvale EL6 2BT\n\n"
    "National Insurance number: AB 98 76 54 D\nProperty: 3 Larch Court\nDate: 4 June 2027\n\n"
    "Dear Ms Adeyemi\n\n"
    "Your Housing Benefit is changing\n\n"
    "We have looked again at your claim because your earnings went up in May. From 1 July 2027 you will "
    "get £96.40 a week instead of £112.10 a week.\n\n"
    "If you think we have made a mistake, please write to us within one month of the date of this letter.\n\n"
    "Yours sincerely\n\nBenefits Officer\n"
)


def _paragraphs(parsed: Parsed) -> list[str]:
    return [item for _, blocks in parsed.sections for b in blocks for item in b.items]


def test_a_letters_subject_line_after_its_greeting_is_its_title() -> None:
    parsed = parse_text(_HEADED)
    assert parsed.title == "Your Housing Benefit is changing"
    assert dict(parsed.metadata)["published"] == "2027-06-04"  # 'Date: 4 June 2027' is the letter's date


def test_a_letters_references_and_greeting_stay_in_its_text_and_are_no_headings() -> None:
    parsed = parse_text(_HEADED)
    paragraphs = _paragraphs(parsed)
    for line in ("National Insurance number: AB 98 76 54 D", "Property: 3 Larch Court", "Dear Ms Adeyemi"):
        assert line in paragraphs
    titles = [title for title, _ in parsed.sections]
    assert not any(t and (t.startswith("Dear") or t.startswith("Property")) for t in titles)
    assert "Ms Ruth Adeyemi" not in " ".join(paragraphs)  # the addresses above are the envelope's, not the text


def test_a_greeting_at_the_top_is_never_a_title() -> None:
    parsed = parse_text(
        "Dear Resident\n\nGrass cutting on Mill Green\n\nWe will cut the grass on Mill Green every 3 weeks from "
        "April to October. Please move any cars parked on the verge on the days we visit.\n"
    )
    assert parsed.title == "Grass cutting on Mill Green"
    assert "Dear Resident" in _paragraphs(parsed)


def test_a_subject_line_above_the_greeting_stays_the_title() -> None:
    parsed = parse_text(
        "Council Tax reminder\n\nAccount reference: 70023456\n\nDear Mr Lee,\n\nOur records show that you have "
        "not paid the Council Tax instalment that was due on 1 May 2027, which was £148.\n"
    )
    assert parsed.title == "Council Tax reminder"
    assert "Account reference: 70023456" in _paragraphs(parsed)


def _easy_read(tmp_path: Path, text: str) -> Document:
    source = tmp_path / "letter.txt"
    source.write_text(text, encoding="utf-8")
    return rewrite_document(read_source(source))


def test_a_signature_is_said_as_who_the_letter_is_from(tmp_path: Path) -> None:
    easy = _easy_read(tmp_path, _HEADED)
    last = easy.sections[-1]
    assert [b.items[0] for b in last.blocks][-1] == "This letter is from the Benefits Officer."
    assert "Yours sincerely" not in " ".join(i for s in easy.sections for b in s.blocks for i in b.items)
    assert [c.kind for c in last.report.changes if c.kind == "signature"] == ["signature"]  # type: ignore[union-attr]
    assert "Yours sincerely" in [b.items[0] for b in last.original]  # the original wording stays beside it
    # (the names of the signature, mid-sentence now, are the names the lines were: no fact is added)
    assert all(s.report is not None and not s.report.invented_facts for s in easy.sections)


def test_a_signature_written_without_gaps_keeps_its_lines_apart_and_thanks_stay_said(tmp_path: Path) -> None:
    parsed = parse_text("Bins\n\nDear resident,\n\nYour bin day is changing.\n\nThank you,\nPriya Shah\nWaste Team\n")
    assert _paragraphs(parsed)[-3:] == ["Thank you,", "Priya Shah", "Waste Team"]
    easy = _easy_read(
        tmp_path,
        "Bins\n\nDear resident,\n\nYour bin day is changing.\n\nThank you,\nPriya Shah\nDirector, Elmvale Waste\n",
    )
    said = [i for s in easy.sections for b in s.blocks for i in b.items]
    assert said[-2:] == ["Thank you.", "This letter is from Priya Shah, Director, Elmvale Waste."]
    assert all(s.report is not None and not s.report.invented_facts for s in easy.sections)


def test_a_closing_followed_by_sentences_is_no_signature(tmp_path: Path) -> None:
    easy = _easy_read(
        tmp_path, "Bins\n\nYour bin day is changing on 4 May.\n\nThank you\n\nWe will send you a new calendar.\n"
    )
    said = [i for s in easy.sections for b in s.blocks for i in b.items]
    assert not any(i.startswith("This letter is from") for i in said)
    assert said[-1] == "We will send you a new calendar."


def test_an_acronym_that_opens_a_reference_line_is_a_name_on_both_sides_of_the_fact_check(tmp_path: Path) -> None:
    easy = _easy_read(
        tmp_path,
        "Elmvale Hospital\nHospital Road\nElmvale EL4 2HR\n\nNHS number: 943 476 5919\nDate: 2 March 2027\n\n"
        "Dear Parent\n\nYour baby's hearing test\n\nWe have booked a hearing test for your baby on 17 March 2027.\n",
    )
    assert all(
        s.report is not None and not s.report.invented_facts and not s.report.missing_facts for s in easy.sections
    )


def test_a_factsheet_that_ends_with_thanks_and_names_is_no_letter(tmp_path: Path) -> None:
    easy = _easy_read(
        tmp_path,
        "Warm spaces\n\nYou can keep warm in 12 libraries and halls this winter.\n\nThanks\n\nElmvale Rotary Club\n"
        "Age UK Elmvale\n",
    )
    said = [i for s in easy.sections for b in s.blocks for i in b.items]
    assert not any(i.startswith("This letter is from") for i in said)


@pytest.mark.parametrize("closing", ["With our warmest wishes,", "Best wishes", "With kind regards,"])
def test_a_letter_closed_with_good_wishes_is_signed(tmp_path: Path, closing: str) -> None:
    easy = _easy_read(
        tmp_path,
        "Dear Mr Bennett,\n\nWe were so sorry to hear of the death of your wife. Our team would like to offer you "
        f"support.\n\n{closing}\n\nRebecca Shaw\nFamily Support Lead\n",
    )
    items = [item for section in easy.sections for block in section.blocks for item in block.items]
    assert items[-1] == "This letter is from Rebecca Shaw, Family Support Lead."


def test_a_letter_signed_with_no_closing_words_says_who_it_is_from(tmp_path: Path) -> None:
    # 'Thank you, and we hope you enjoy reading.' then 'Waste and Recycling Team' alone: a signature all the same
    easy = _easy_read(
        tmp_path,
        "Books that are overdue\n\nDear Ethan\n\n"
        "Our records show that you have 3 books that were due back on 12 November 2026.\n\n"
        "Thank you, and we hope you are enjoying reading.\n\nWaste and Recycling Team\n",
    )
    said = [item for block in easy.sections[-1].blocks for item in block.items]
    assert said[-1] == "This letter is from the Waste and Recycling Team."


def test_a_letter_that_greets_nobody_is_still_signed(tmp_path: Path) -> None:
    # a letter to every family may open with no 'Dear'; 'Yours faithfully' is a letter's all the same
    easy = _easy_read(
        tmp_path,
        "Sports day moves indoors\n\nOur sports day on 3 July 2026 will now take place in the main hall, because"
        " the field is being reseeded.\n\nYours faithfully\n\nMr T. Adebayo\nDeputy Headteacher\n",
    )
    said = [item for section in easy.sections for block in section.blocks for item in block.items]
    assert said[-1] == "This letter is from Mr T. Adebayo, Deputy Headteacher."
    assert "Yours faithfully" not in said

"""Letters read as letters: the subject line is the title, never the greeting, the sender or a reference."""

from __future__ import annotations

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

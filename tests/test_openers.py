"""A phrase that opens a long sentence said after it, in the main verb's tense, only where the phrase has
no verb of its own and the main clause stays one sentence."""

from __future__ import annotations

import pytest

from publisher.plain.openers import at_opening_phrase


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Depending on the size of your garden, you will be offered a small or a large green bin",
            ["You will be offered a small or a large green bin", "This depends on the size of your garden"],
        ),
        (
            "Under the Road Traffic Act 1988, the council must keep every public road in good repair",
            ["The council must keep every public road in good repair", "This is under the Road Traffic Act 1988"],
        ),
        (
            "After a long review of the library service, the council closed two of its smaller branches",
            ["The council closed two of its smaller branches", "This followed a long review of the library service"],
        ),
    ],
)
def test_an_opening_phrase_is_said_after_its_sentence(sentence: str, expected: list[str]) -> None:
    assert at_opening_phrase(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause ('after you apply') is said first, as it happens first
        "After you have sent in the form and the photos, the council will check your details within a week",
        # a main clause too long to stay one sentence: 'This follows X' would land after the wrong piece
        "After a review of the costs, the charge for the first bin will go up from £52 to £58 and the charge "
        "for each extra bin will go up from £40 to £45",
        # too short a phrase to be worth a sentence
        "After that, the council will write to every household in the borough about the new charges",
    ],
)
def test_an_opening_phrase_stays_where_moving_it_would_not_help(sentence: str) -> None:
    assert at_opening_phrase(sentence) is None

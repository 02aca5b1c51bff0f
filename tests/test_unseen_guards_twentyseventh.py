"""Guards from a seventy-fourth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from .said import restructured as _said


def test_a_closing_while_that_sets_another_thing_against_the_first_is_a_but() -> None:
    assert _said(
        "Small parcels will be delivered within 2 days, while larger items may take up to a fortnight to arrive."
    ) == [
        "Small parcels will be delivered within 2 days.",
        "But larger items may take up to a fortnight to arrive.",
    ]
    assert _said("Some of our car parks are free on Sundays, while others charge the usual rate every day.")[
        1
    ].startswith("But others charge")
    # a 'while' that says when stays in its sentence
    for sentence in (
        "Please keep your dog on a short lead at all times, while you are walking through the nature reserve.",
        "Your child will be given a light meal and a drink in the afternoon, while they are waiting to be collected.",
    ):
        assert not any(p.startswith("But") for p in _said(sentence))

"""Splits and guards from an eighty-ninth look at unseen factsheets: each case here, in this project's words, was
left long or read wrongly before."""

from __future__ import annotations

from publisher.sources.naming import derive_titles

from .said import restructured as _said


def test_a_list_of_what_a_thing_is_aimed_at_leads_with_the_thing() -> None:
    assert _said(
        "You will need to pay for vaccines against rabies, yellow fever, Japanese encephalitis and tick-borne "
        "encephalitis."
    ) == ["You will need to pay for vaccines against: rabies / yellow fever / Japanese encephalitis / tick-borne "
          "encephalitis"]  # fmt: skip


def test_a_list_after_for_keeps_its_things_whole() -> None:
    # (after 'for' the small model joins the later things to the infections as readily; they are what is offered)
    assert _said(
        "Our clinics offer free and confidential testing and treatment for sexually transmitted infections, "
        "contraception, and advice."
    ) == ["Our clinics offer: free and confidential testing and treatment for sexually transmitted infections / "
          "contraception / advice"]  # fmt: skip


def test_a_denied_list_of_orders_after_please_is_listed() -> None:
    assert _said(
        "Please do not take off or disconnect the closer at the top of your door, wedge the door open, or fit a cat "
        "flap or letter box to it."
    ) == ["Please do not: take off or disconnect the closer at the top of your door / wedge the door open, or / fit a "
          "cat flap or letter box to it"]  # fmt: skip


def test_a_part_that_opens_by_forbidding_is_not_named_by_what_it_forbids() -> None:
    texts = [
        "Please do not wedge the door open, or fit a cat flap to it. If you have already changed your door, tell us "
        "and we will replace the door.",
        "Your front door holds back fire and smoke for 30 minutes.",
    ]
    assert "open" not in derive_titles(texts)[0].lower()


def test_an_outcome_with_a_condition_of_its_own_is_not_listed_under_the_first() -> None:
    said = _said(
        "If we find changes that need to be watched more closely, we will invite you for checks more often, and if "
        "you need treatment, we will refer you to a hospital eye clinic."
    )
    assert not any(piece.startswith("If we find changes") and "treatment" in piece for piece in said)
    assert "We will refer you to a hospital eye clinic." in said

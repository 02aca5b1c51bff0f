"""Splits and guards from a ninety-second look at unseen factsheets: each case here, in this project's words, was left
long or read wrongly before."""

from __future__ import annotations

from .said import restructured as _said


def test_a_place_listed_after_one_with_an_article_keeps_the_article() -> None:
    said = _said("It is against the law to park on a grass verge, footpath, cycle track or in a loading bay.")
    assert said == [
        "It is against the law to park: on a grass verge / on a footpath / on a cycle track, or / in a loading bay"
    ]


def test_what_may_befall_the_reader_later_is_not_asked() -> None:
    said = _said(
        "If you are convicted of the offence, you could be fined up to £1,000 and banned from keeping animals."
    )
    assert not any(p.startswith("Are you") for p in said)


def test_a_participle_after_a_closing_condition_is_the_main_clauses() -> None:
    # (the parse hangs 'rising' on the condition's verb)
    said = _said(
        "The penalty is £80 for each parent if it is paid within 21 days of the date of this notice, rising to £160 if "
        "it is paid after 21 days but within 28 days."
    )
    assert said == [
        "The penalty is £80 for each parent if it is paid within 21 days of the date of this notice.",
        "The penalty rises to £160 if it is paid after 21 days but within 28 days.",
    ]


def test_a_condition_after_a_state_and_a_helped_doing_is_the_doings() -> None:
    said = _said(
        "Staff who give the vaccine are trained to deal with them and will ask you to wait for 15 minutes after your "
        "injection if it is the first time you have had the vaccine."
    )
    assert said[0] == "Staff who give the vaccine are trained to deal with them."
    assert said[1].endswith(
        "will ask you to wait for 15 minutes after your injection if it is the first time you have had the vaccine."
    )


def test_a_which_clause_with_a_plural_verb_is_about_the_plural_before_the_singular() -> None:
    said = _said(
        "Every March we set our charges in line with the limits agreed by the council, which allow us to raise the "
        "price of a parking permit by up to the rate of inflation plus 2%."
    )
    assert said == [
        "Every March we set our charges in line with the limits agreed by the council.",
        "The limits allow us to raise the price of a parking permit by up to the rate of inflation plus 2%.",
    ]

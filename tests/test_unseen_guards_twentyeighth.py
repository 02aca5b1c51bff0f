"""Guards from a seventy-fifth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from .said import restructured as _said


def test_a_list_of_things_with_no_comma_before_its_and_is_bullets() -> None:
    assert _said(
        "Please bring a repayment plan, a recent payslip, an electricity bill and details of any other debts."
    ) == ["Please bring: a repayment plan / a recent payslip / an electricity bill / details of any other debts"]
    assert _said(
        "You will need to give a street name, a house number, a short description and details of the problem."
    ) == ["You will need to give: a street name / a house number / a short description / details of the problem"]
    # things the parse gave the verb one by one, after a first thing with a 'with', stay in their sentence
    said = _said(
        "Before we decide, we will make enquiries with the police, your family doctor (GP), your social worker and"
        " your school."
    )
    assert not any(p.endswith(": enquiries") or "/ your family doctor" in p for p in said)


def test_an_opening_phrase_goes_with_a_series_of_things_to_do_written_without_a_last_comma() -> None:
    assert _said(
        "At the appointment, one of our advisers will check your details, explain the choices you have and help you"
        " fill in the form."
    ) == [
        "At the appointment, one of our advisers will: check your details / explain the choices you have /"
        " help you fill in the form"
    ]

"""Conditions said first that the rewrite had left whole, or asked badly, found on unseen factsheets: a comma
the parse hangs inside the condition, a 'then' after it, two clauses, a 'no' in a question, a past case."""

from __future__ import annotations

from publisher.plain import restructure
from publisher.plain.series import Bullets


def _shown(pieces: list[str | Bullets]) -> list[str]:
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


def _said(sentence: str) -> list[str]:
    pieces, _ = restructure(sentence)
    return _shown(pieces)


def test_a_condition_whose_comma_the_parse_hangs_inside_it_is_still_asked() -> None:
    said = _said(
        "If you are offered an assessment, a member of the housing support team will make an appointment to visit "
        "you at home."
    )
    assert said[0] == "Are you offered an assessment?"
    assert said[1].startswith("A member of the housing support team will make an appointment")


def test_a_then_after_the_conditions_comma_is_said_once() -> None:
    said = _said(
        "If the council has not received your form, then a reminder will be sent to your address within a few weeks "
        "of the closing date."
    )
    assert said[0] == "Sometimes the council has not received your form."
    assert said[1] == "Then a reminder will be sent to your address."


def test_a_condition_with_no_in_it_is_not_asked() -> None:
    said = _said(
        "If there is no improvement in your son's attendance at the end of the term, a referral to the county's "
        "education welfare service can be made."
    )
    assert not any(s.startswith("Is there no") for s in said)
    assert said[0] == "Sometimes there is no improvement in your son's attendance at the end of the term."


def test_a_second_condition_after_the_first_is_not_left_to_open_the_main_clause() -> None:
    said = _said(
        "If more substantial changes are needed, particularly if they are likely to need another round of "
        "consultation, we may invite you to withdraw the plans and send new ones."
    )
    assert not any(s.startswith("Then particularly") for s in said)


def test_two_clauses_of_a_condition_are_listed_where_the_parse_hangs_their_and_on_a_noun() -> None:
    said = _said(
        "If you are living in a flat and all the other adult residents permanently move out, you can apply for a "
        "single person discount on your council tax."
    )
    assert said == [
        "You can apply for a single person discount on your council tax if: you are living in a flat, and / all the "
        "other adult residents permanently move out"
    ]


def test_two_clauses_of_a_condition_are_said_as_one_case() -> None:
    said = _said(
        "If your permit is due to run out and your car has not changed, we will renew the permit for you and post "
        "it at least a week before the old one runs out."
    )
    assert said[0] == "Sometimes your permit is due to run out and your car has not changed."
    assert said[1].startswith("Then we will renew the permit for you")


def test_two_clauses_one_about_the_reader_are_said_as_one_case() -> None:
    said = _said(
        "If you are claiming housing benefit and someone moves in or out of your home, you need to tell us about it "
        "on the change of circumstances form."
    )
    assert said[0] == "Sometimes you are claiming housing benefit and someone moves in or out of your home."
    assert said[1].startswith("Then you need to tell us about it")


def test_a_condition_in_the_past_is_not_said_as_something_that_happens_sometimes() -> None:
    said = _said(
        "If your box was not put out for collection before 7am or in the right place, we will not come back to "
        "empty it."
    )
    assert not any(s.startswith("Sometimes your box was") for s in said)


# Two clauses joined by 'and' with no comma, where the parse hangs the second clause's subject on a noun before it


def test_a_clause_after_and_with_a_subject_of_its_own_is_a_sentence() -> None:
    assert _said("Ignoring the notice is a criminal offence and the person responsible could be taken to court.") == [
        "Ignoring the notice is a criminal offence.",
        "The person responsible could be taken to court.",
    ]
    said = _said(
        "The station has plenty of staff still on duty and a visible police presence will continue through the night."
    )
    assert said == [
        "The station has plenty of staff still on duty.",
        "A visible police presence will continue through the night.",
    ]


def test_a_clause_after_and_inside_what_someone_thinks_stays() -> None:
    thought = "We think the new plan for the park is a good one and the council has agreed to pay for most of it."
    assert not any(s == "The council has agreed to pay for most of it." for s in _said(thought))


def test_a_clause_after_and_inside_a_time_or_a_list_of_checks_stays() -> None:
    once = "Your child can go back to nursery once they are past the infectious stage and the spots have crusted over."
    assert _said(once) == [once]
    checks = (
        "Ask a neighbour to check that the post is pushed through the letterbox, the grass is cut and the bin is not "
        "left out."
    )
    assert _said(checks) == [checks]


def test_conditions_with_a_lead_before_the_colon_are_listed() -> None:
    said = _said(
        "If you are having trouble paying your council tax or are worried about your arrears, our money advice team "
        "can help you."
    )
    assert said == [
        "Our money advice team can help you if you: are having trouble paying your council tax, or / are worried "
        "about your arrears"
    ]


def test_an_any_of_how_much_is_no_supposing() -> None:
    said = _said(
        "If the sum you owe us is small and not getting any bigger, we may ask the court for a money judgment."
    )
    assert said[0] == "Sometimes the sum you owe us is small and not getting any bigger."
    assert not _said("If he breaks any of the terms of his licence, he may be sent back to prison.")[0].startswith(
        "Sometimes"
    )

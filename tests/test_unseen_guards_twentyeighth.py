"""Guards from a seventy-fifth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from publisher.plain.commas import at_comma
from publisher.plain.words import replace_words

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


def test_a_list_that_goes_on_after_a_run_by_phrase_is_no_aside() -> None:
    said = _said(
        "There are 12 youth clubs in the city this year, run by the council, schools, churches, sports clubs and"
        " local charities."
    )
    assert not any(p.endswith("runs it.") for p in said)
    assert any("run by the council, schools" in p for p in said)


def test_consider_is_look_at_only_where_it_is_no_judging_and_no_thinking_about_doing() -> None:
    assert replace_words("The panel considers a tenant to be at fault if the rent is 2 months late.")[0] == (
        "The panel considers a tenant to be at fault if the rent is 2 months late."
    )
    assert replace_words("You should consider getting a flu jab before the winter.")[0].startswith(
        "You should consider getting"
    )
    assert replace_words("We will consider your request within 10 working days.")[0] == (
        "We will look at your request within 10 working days."
    )
    assert replace_words("We cannot consider issues such as the value of your home.")[0].startswith(
        "We cannot look at issues"
    )


def test_going_on_to_do_something_is_no_purpose() -> None:
    said = _said("Around 1 in 5 of these children will go on to need glasses before they reach the age of 10.")
    assert not any(p.startswith("This is to") for p in said)


def test_a_which_after_either_of_two_things_is_not_said_of_the_last_alone() -> None:
    said = _said(
        "Every pupil in year 7 will be sent either a laptop or a tablet, which will have all the software they need"
        " for their lessons and homework this year."
    )
    assert not any(p.startswith("A tablet") for p in said)


def test_a_second_state_of_the_readers_after_a_closing_condition_stays_in_the_condition() -> None:
    said = _said(
        "You can get the grant if you rent the home or have written consent from your landlord, and your back garden"
        " or yard is at least 2 metres above the river."
    )
    assert "Your back garden or yard is at least 2 metres above the river." not in said
    assert _said("You can put up the sign if you have written permission from the owner of the building.") == [
        "Do you have written permission from the owner of the building?",
        "You can put up the sign.",
    ]


def test_a_helper_inside_a_clause_of_a_noun_opens_no_list_of_things_to_do() -> None:
    said = _said(
        "Turn off any heater you think might be giving off fumes, open all the windows, leave the building and call"
        " the emergency line on 0800 000 111."
    )
    assert not any(": " in p and p.split(": ")[0].endswith(("might", "think")) for p in said)
    said = _said(
        "Switch off any heater you believe may be leaking fumes, open the windows, go outside and ring the emergency"
        " line on 0800 000 111."
    )
    assert not any(" / " in p for p in said)


def test_questions_after_a_which_are_the_things_it_tells() -> None:
    said = _said(
        "Please send us a short report, which explains what went wrong, when it happened and who was involved in the"
        " incident."
    )
    assert not any(p.startswith("Please send us:") or p.startswith("Please send us a short report, when") for p in said)


def test_when_to_call_is_no_thing_to_call() -> None:
    said = _said(
        "You can ring the helpline on 0800 100 200, Monday to Saturday from 8am to 8pm, or the out-of-hours team on"
        " 0800 300 400 at any other time."
    )
    assert not any("/ Monday to Saturday" in p for p in said)


def test_a_clause_that_opens_the_list_after_a_colon_is_its_introduction() -> None:
    assert _said(
        "Bullying is not only hitting or kicking: it also includes name-calling, spreading rumours, leaving someone out"
        " and sending nasty messages."
    ) == [
        "Bullying is not only hitting or kicking.",
        "It also includes: name-calling / spreading rumours / leaving someone out / sending nasty messages",
    ]


def test_who_clauses_joined_by_both_or_and_and_are_no_one_list() -> None:
    said = _said(
        "The club is for children who live in the ward, or who go to a school in the ward, and who are aged between 8"
        " and 13 years old."
    )
    assert not any(" / " in p for p in said)


def test_an_aside_whose_questions_go_on_past_its_comma_stays() -> None:
    said = _said(
        "Ask your nurse to fill in a registration form, which tells us what kind of waste you have, how much there is"
        " and how long you will need the service."
    )
    assert not any(p.startswith("Ask your nurse to fill in a registration form, how much") for p in said)


def test_a_which_clause_with_another_of_its_noun_after_it_stays() -> None:
    said = _said(
        "You can use the council bulky waste service, which collects furniture, fridges and mattresses, or any other"
        " carrier who holds a waste licence."
    )
    assert not any(" / " in p or p.startswith("This collects") for p in said)


def test_a_condition_inside_a_reason_keeps_its_main_clause() -> None:
    assert (
        at_comma(
            "This is because if your rubbish is fly-tipped by a carrier with no licence, you could be taken to court as"
            " well"
        )
        is None
    )


def test_questions_after_an_aside_are_more_of_it() -> None:
    said = _said(
        "You must fill in a delivery note, which describes the goods, how many there are and who is carrying them, and"
        " you must keep a copy for a year."
    )
    assert not any(p.startswith("You must fill in a delivery note, how many") for p in said)


def test_neither_of_which_is_said_of_them() -> None:
    said = _said(
        "You may build one shed and one summer house on your plot, neither of which may be taller than 2 metres, but"
        " you must ask us in writing before you build anything else, such as a pond or a fence."
    )
    assert "Neither of them may be taller than 2 metres." in said


def test_a_bare_verb_straight_after_so_is_an_order() -> None:
    said = _said(
        "If your child has a disability, the council may pay part of the cost of a short break, such as a weekend"
        " away, so ask your social worker before you book anything for the holidays."
    )
    assert "So ask your social worker before you book anything for the holidays." in said


def test_a_second_to_after_an_aside_is_the_main_clauses() -> None:
    said = _said(
        "Your nurse may ask you to give a urine sample, which shows whether you have an infection and takes a few"
        " minutes, or to keep a diary of how often you need to go to the toilet."
    )
    assert not any(p.startswith("This shows") and "or to keep" in p for p in said)


def test_cases_of_an_opening_condition_go_on_to_its_last_or() -> None:
    said = _said(
        "If a person's mouth has drooped on one side, they cannot raise both arms, or their words are muddled, call"
        " 999 at once, even if they seem to get better."
    )
    assert said[0].startswith("Call 999 at once if: a person's mouth has drooped on one side / they cannot raise")


def test_a_when_of_what_does_not_happen_is_said_to_happen_sometimes() -> None:
    said = _said(
        "When your kidneys do not work properly, waste can build up in your blood and make you feel tired and sick,"
        " which can last for weeks."
    )
    assert said[0] == "Sometimes your kidneys do not work properly."


def test_not_entitled_to_with_its_thing_before_it_stays() -> None:
    assert replace_words("It is fraud to take money you are not entitled to by giving false details.")[0] == (
        "It is fraud to take money you are not entitled to by giving false details."
    )
    assert replace_words("If you are not entitled to free dental care, you must pay.")[0] == (
        "If you cannot get free dental care, you must pay."
    )


def test_three_ways_given_as_examples_are_bullets() -> None:
    assert _said(
        "Neighbours can help in many ways, for example by checking on older people, clearing snow from paths, and"
        " collecting shopping for people who cannot go out."
    ) == [
        "Neighbours can help in many ways.",
        "For example, this could be by: checking on older people / clearing snow from paths / collecting shopping"
        " for people who cannot go out",
    ]
    # two ways are said as they were
    said = _said(
        "Some advisers can help with money worries, for example by checking that you are getting every benefit or"
        " helping you deal with energy bills."
    )
    assert not any(" / " in p for p in said)

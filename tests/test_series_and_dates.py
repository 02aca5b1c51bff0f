"""Three things said of one subject, a clause with helpers of its own after a denial, and a date that ends
a long sentence: each said as a sentence of its own, and the sentences each must leave whole."""

from __future__ import annotations

from publisher.plain.wording import dated
from tests.conftest import rewritten_sentences as _sentences


def test_three_things_said_of_one_subject_are_three_sentences() -> None:
    assert _sentences(
        "The grants are not taxable, will not count towards the benefit cap and will not change your other benefits."
    ) == [
        "The grants are not taxable.",
        "The grants will not count towards the benefit cap.",
        "The grants will not change your other benefits.",
    ]
    assert _sentences(
        "The centre opens at 9am on weekdays, closes at 1pm on Saturdays and stays closed on Sundays and bank holidays."
    ) == [
        "The centre opens at 9am on weekdays.",
        "The centre closes at 1pm on Saturdays.",
        "The centre stays closed on Sundays and bank holidays.",
    ]


def test_what_you_will_need_to_do_is_said_for_each_step() -> None:
    assert _sentences(
        "You will need to fill in the form with your details, sign it on the last page and send it back in the "
        "envelope provided."
    ) == [
        "You will need to fill in the form with your details.",
        "You will need to sign it on the last page.",
        "You will need to send it back in the envelope provided.",
    ]


def test_a_denial_that_covers_all_three_is_said_once_before_them() -> None:
    sentence = (
        "You should not leave bags next to the bin, put glass in the blue bag or leave cardboard boxes out in the rain."
    )
    assert _sentences(sentence) == [
        "You should not: leave bags next to the bin / put glass in the blue bag, or / leave cardboard boxes out in the "
        "rain"
    ]


def test_a_clause_with_its_own_helpers_after_a_denial_stands_alone() -> None:
    assert _sentences(
        "You do not have to answer every question in the survey, and you can leave the panel whenever you like."
    ) == ["You do not have to answer every question in the survey.", "You can leave the panel whenever you like."]


def test_a_date_that_ends_a_long_sentence_is_said_on_its_own() -> None:
    assert _sentences(
        "The water supply to around 450 homes in Eastfield will be turned off on Tuesday 3 March 2026 between 9am "
        "and 4pm."
    ) == [
        "The water supply to around 450 homes in Eastfield will be turned off.",
        "This will happen on Tuesday 3 March 2026 between 9am and 4pm.",
    ]
    assert _sentences(
        "The county council will add 12 new electric buses to the number 7 route by the end of 2027."
    ) == [
        "The county council will add 12 new electric buses to the number 7 route.",
        "This will happen by the end of 2027.",
    ]


def test_times_that_are_the_point_or_no_date_stay_whole() -> None:
    kept = [
        # a state, not a thing that happens
        "There is a free shuttle bus from the station every 30 minutes from 7am to 7pm on weekdays.",
        # 'take place' needs its time
        "Collections due on Friday 26 December at the start of the holiday will take place on Monday 29 December.",
        # one time said in two phrases
        "The crash happened at around 6.15pm on Friday 14 November at the junction of Mill Street and Canal Road.",
        # the date is the strike's, not the planning's
        "Union members at the bus depot are planning to strike on Thursday 3 December and Saturday 5 December 2026.",
        # a phone number is no year
        "You can contact the council or the free 24-hour helpline for private support and advice on 0808 2000 247.",
    ]
    for sentence in kept:
        assert _sentences(sentence) == [sentence]


def test_dates_and_times_are_read_without_the_entity_recogniser() -> None:
    assert [dated(t) for t in ("by 5pm", "on Tuesday 3 March", "by the end of 2026", "from 17:30")] == [True] * 4
    assert [dated(t) for t in ("at 14 High Street", "on 0808 2000 247", "by phone", "for 3 weeks")] == [False] * 4


def test_a_date_of_a_state_or_inside_a_phrase_stays() -> None:
    kept = [
        # what is so on Saturdays, not a thing that will happen then
        "On market days the car park at Hill Street is restricted to market traders between 6am and 4pm on Saturdays.",
        # 'on a lead' is how, even with a month after it
        "All dogs on the beach must be kept on a lead between May and September.",
    ]
    for sentence in kept:
        assert _sentences(sentence) == [sentence]


def test_conditions_with_subjects_of_their_own_are_listed_after_what_they_allow() -> None:
    assert _sentences(
        "You can join the scheme if you live in the borough, your home was built before 1990, and it has no wall "
        "insulation where one could be fitted."
    ) == [
        "You can join the scheme if: you live in the borough / your home was built before 1990, and / it has no wall "
        "insulation where one could be fitted"
    ]
    # orders after a condition said first are no conditions
    said = _sentences(
        "If a person shows these signs, get them to lie down somewhere cool and raise their feet, and give them "
        "small sips of water."
    )
    assert not any("if:" in s for s in said)


def test_the_last_of_listed_conditions_is_not_said_as_a_fact() -> None:
    said = _sentences(
        "You can claim the grant if you live in the borough, the house is your main home, and it has been empty for "
        "less than a year because of the works."
    )
    assert not any(s.startswith(("It has been empty", "And it has been empty")) for s in said)


def test_restricted_to_is_no_purpose() -> None:
    said = _sentences(
        "Parking on the streets near the stadium is restricted to permit holders on match days between noon and 6pm."
    )
    assert not any(s.startswith("This is to permit") for s in said)


def test_what_must_be_done_with_a_thing_keeps_its_must() -> None:
    assert _sentences(
        "All dogs on the beach must be kept on a lead between May and September, with the owner's phone number "
        "shown on the collar."
    ) == [
        "All dogs on the beach must be kept on a lead between May and September.",
        "The owner's phone number must be shown on the collar.",
    ]


def test_two_orders_joined_by_and_are_two_sentences() -> None:
    assert _sentences(
        "Keep your child off school or nursery until every spot has dried into a scab, and try to keep them away "
        "from newborn babies and people with a weak immune system."
    ) == [
        "Keep your child off school or nursery until every spot has dried into a scab.",
        "Try to keep them away from newborn babies and people with a weak immune system.",
    ]


def test_orders_after_a_condition_stay_with_it() -> None:
    sentence = "If you smell gas, open the windows and doors, and call the gas emergency line on 0800 111 999 at once."
    listed = "If you smell gas: open the windows and doors, and / call the gas emergency line on 0800 111 999 at once"
    # whole, or both orders listed under the condition, or both said straight after it is asked
    asked = ["Do you smell gas?", "Open the windows and doors.", "Call the gas emergency line on 0800 111 999 at once."]
    assert _sentences(sentence) in ([sentence], [listed], asked)

"""Wrong outputs that more factsheets the rules had never seen showed (energy grants, fly-tipping, school
uniform grants), each kept from coming back."""

from __future__ import annotations

from tests.conftest import rewritten_sentences as _sentences


def test_conditions_listed_after_a_long_main_clause_are_not_said_as_facts() -> None:
    said = _sentences(
        "You could get a grant to pay for a new boiler, a heat pump or solar panels if you own your home or rent it "
        "privately, your household income is less than £31,000 a year, and your home has a rating of E, F or G."
    )
    assert not any(s.startswith(("Your household income is", "Your home has a rating")) for s in said)


def test_a_list_with_a_one_word_item_is_not_cut_at_a_comma() -> None:
    said = _sentences(
        "The scheme gives extra help to people who are older, disabled, have a long-term health condition or have "
        "young children, such as notice of planned power cuts."
    )
    assert not any(s.startswith("Disabled") for s in said)


def test_two_groups_with_a_clause_on_the_second_are_not_some_of_both() -> None:
    sentence = "Pupils in care and pupils who are helped by the leaving care team will be sent a voucher automatically."
    assert _sentences(sentence) == [sentence]


def test_who_a_thing_is_for_is_not_pinned_on_a_noun_inside_another() -> None:
    said = _sentences(
        "Westfield Council pays a one-off grant of £120 towards the cost of a school coat for pupils who are starting "
        "year 7 in September."
    )
    assert "This is for pupils who are starting year 7 in September." in said
    assert not any(s.startswith("This school coat") for s in said)


def test_what_a_duty_is_is_no_purpose() -> None:
    said = _sentences(
        "Every business has a legal duty of care to make sure that its waste is only given to a carrier that holds "
        "a licence."
    )
    assert not any(s.startswith("This is to make sure") for s in said)

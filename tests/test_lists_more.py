"""Lists (and one clause) that unseen factsheets left as long sentences, now bullets: conditions as examples, phrases
that each repeat 'at' or 'by', a 'which' clause or a comma inside an item, and things to do for a purpose."""

from __future__ import annotations

from tests.conftest import rewritten_sentences as _sentences


def test_example_conditions_are_listed_after_the_sentence() -> None:
    said = _sentences(
        "There are some reasons why you may not be able to give blood, for example if you have had a tattoo in the "
        "last 4 months, if you are pregnant, or if you are taking certain medicines."
    )
    assert said == [
        "There are some reasons why you may not be able to give blood.",
        "For example, this could be if: you have had a tattoo in the last 4 months / you are pregnant, or / you "
        "are taking certain medicines",
    ]


def test_conditions_that_each_repeat_if_keep_their_or_and_a_comma_inside_the_last() -> None:
    said = _sentences(
        "Call 999 if your child is having difficulty breathing, if there are pauses when they breathe, or if their "
        "skin, tongue or lips are blue or grey."
    )
    assert said == [
        "Call 999 if: your child is having trouble breathing / there are pauses when they breathe, or / their "
        "skin, tongue or lips are blue or grey"
    ]


def test_places_that_each_repeat_at_are_listed() -> None:
    said = _sentences(
        "The sessions will be held at Northgate Library on Tuesdays from 10am to 12pm, at Riverside Library on "
        "Wednesdays from 2pm to 4pm, and at Elmvale Central Library on Fridays from 10am to 1pm."
    )
    assert said[0].startswith("The sessions will be held at: Northgate Library on Tuesdays from 10am to 12pm / ")


def test_ways_that_each_repeat_by_keep_a_which_clause_with_its_item() -> None:
    said = _sentences(
        "You can take part by completing the online survey, by filling in a paper copy, which is available at "
        "every library, or by going to one of 4 public meetings."
    )
    assert said == [
        "You can take part by: completing the online survey / filling in a paper copy, which is available at every "
        "library, or / going to one of 4 public meetings"
    ]


def test_a_doing_word_with_its_own_complete_list_does_not_stop_a_list_of_things() -> None:
    said = _sentences(
        "You will need to give floor plans of the property showing the size and use of each room, a current gas "
        "safety certificate, an electrical installation condition report that is less than 5 years old, and "
        "details of the fire alarm system."
    )
    assert said[0].startswith("You will need to give: floor plans of the property showing the size and use of each")
    assert said[0].endswith(" / details of the fire alarm system")


def test_things_a_sentence_says_it_may_be_are_listed() -> None:
    said = _sentences(
        "It may be a place on a school bus or minibus, a shared taxi with a passenger assistant, a free bus pass, or "
        "a personal travel budget."
    )
    assert said == [
        "It may be: a place on a school bus or minibus / a shared taxi with a passenger assistant / a free bus pass, "
        "or / a personal travel budget"
    ]


def test_what_a_whole_clause_may_lead_to_is_said_after_it() -> None:
    said = _sentences(
        "Employers who knowingly employ illegal workers can also be prosecuted, which may result in an unlimited "
        "fine and a prison sentence of up to 5 years."
    )
    assert said == [
        "Some employers knowingly employ illegal workers.",
        "They can also be prosecuted.",
        "This may result in an unlimited fine and a prison sentence of up to 5 years.",
    ]


def test_things_a_closing_which_clause_names_are_listed() -> None:
    said = _sentences(
        "Applications can be made online, by phone, or with the help of one of the council's partner organisations, "
        "which include Citizens Advice Elmvale, Age UK Elmvale and the Elmvale Foodbank."
    )
    assert said == [
        "Applications can be made online, by phone, or with the help of one of the council's partner organisations.",
        "These include: Citizens Advice Elmvale / Age UK Elmvale / the Elmvale Foodbank",
    ]


def test_conditions_ending_in_the_same_noun_are_still_a_list_of_clauses() -> None:
    said = _sentences(
        "A tenant may lose their deposit protection if they have never signed a tenancy agreement at the flat, if "
        "they have let a friend stay in the flat without telling the landlord, or if they have moved out of the flat."
    )
    assert said[0].startswith("A tenant may lose their deposit protection if: they have never signed a tenancy ")
    assert said[0].endswith(" / they have moved out of the flat")


def test_a_thing_of_up_to_18_words_is_an_item_of_a_list() -> None:
    said = _sentences(
        "The new depot has a workshop, a canteen and a wash bay where gritters are cleaned and loaded between "
        "runs by a night team."
    )
    assert said == [
        "The new depot has: a workshop / a canteen / a wash bay where gritters are cleaned and loaded between runs "
        "by a night team"
    ]

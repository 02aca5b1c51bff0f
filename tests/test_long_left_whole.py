"""Long sentences the rules used to leave whole although a safe split was there, each split now (these tests
failed on the rules before the change), and the wrong outputs the new splits must not make (these hold the
new rules' refusals, so they passed before too)."""

from __future__ import annotations

from tests.conftest import rewritten_sentences as _sentences


def test_a_second_clause_with_its_own_subject_is_cut_off_before_its_ways() -> None:
    said = _sentences(
        "The survey will be open for 6 weeks, from 3 May to 14 June, and answers can be sent through the form on "
        "our website, by email to the parks team, or by post to the town hall."
    )
    assert said[0].startswith("The survey will be open for 6 weeks")
    assert not any("and answers" in s for s in said)
    assert said[-1].startswith("Answers can be sent")


def test_a_later_link_with_no_clause_after_it_does_not_hide_an_earlier_one() -> None:
    said = _sentences(
        "You can fill in the form on a tablet, which will save your answers as you go, or on paper, although you "
        "will still need to post the paper form to us."
    )
    assert said[-1] == "But you will still need to post the paper form to us."


def test_two_outcomes_of_a_condition_are_listed_under_it() -> None:
    said = _sentences(
        "If the tenant does not renew the permit in time, the permit will stop being valid, and a parking fine may "
        "be issued to the car."
    )
    assert said == [
        "If the tenant does not renew the permit in time: the permit will stop being valid, and / a parking fine "
        "may be issued to the car"
    ]


def test_two_outcomes_of_a_condition_the_reader_is_asked_are_not_listed() -> None:
    said = _sentences(
        "If you live in a flat above a shop, we will collect your bins from the front, and you should put them out "
        "by 7am."
    )
    assert said[0] == "Do you live in a flat above a shop?"
    assert not any(":" in s for s in said)


def test_a_main_clause_the_parse_put_in_the_condition_stops_the_outcomes_list() -> None:
    said = _sentences(
        "If you feel able to, we suggest that you talk to them calmly at a time when you are both at home, explain "
        "how the smoke is affecting you, and try to agree a way forward."
    )
    assert not any(s.startswith("If you feel able to, we suggest that you talk to them calmly at a time when you are "
                                "both at home:") for s in said)  # fmt: skip


def test_an_outcome_with_a_closing_condition_of_its_own_is_not_listed() -> None:
    said = _sentences(
        "If the hens are kept indoors, you must clean your boots before entering the shed, and you must keep a "
        "record of visitors, if you keep more than 500 birds."
    )
    assert not any(s.endswith(":") or " / " in s for s in said)


def test_examples_of_a_condition_follow_it() -> None:
    said = _sentences(
        "If your car was damaged by something on the road, such as a pothole or a loose drain cover, you can make a "
        "claim."
    )
    assert said == [
        "Was your car damaged by something on the road?",
        "Examples are a pothole and a loose drain cover.",
        "Then you can make a claim.",
    ]


def test_a_condition_is_not_said_last_after_words_that_point_at_it() -> None:
    said = _sentences(
        "If the lid of the container is broken in any way, such as a crack or a missing hinge, we will replace it "
        "free of charge."
    )
    assert not any(s.startswith("We will replace it") for s in said)


def test_an_example_said_next_keeps_the_sentence_it_is_of_whole() -> None:
    said = _sentences(
        "You can still ask for a review if you have a good reason for missing the closing date, for example because "
        "you were in hospital when the letter came."
    )
    assert said[0] == "You can still ask for a review if you have a good reason for missing the closing date."


def test_examples_of_a_condition_said_first_come_between_it_and_what_follows() -> None:
    said = _sentences(
        "If you cannot come to the hearing on the date given, for example because you have a hospital appointment, "
        "you can ask for it to be moved to another day."
    )
    assert said == [
        "Sometimes you cannot come to the hearing on the date given.",
        "For example, this could be because you have a hospital appointment.",
        "Then you can ask for it to be moved to another day.",
    ]


def test_things_given_as_examples_of_a_condition_are_said_after_its_question() -> None:
    said = _sentences(
        "If the school asks you for papers, such as a passport or a council tax bill, you should explain that you do "
        "not have them."
    )
    # (what the school may yet do is said as what might happen: see test_unseen_guards_fortyfifth)
    assert said == [
        "The school might ask you for papers.",
        "Examples are a passport and a council tax bill.",
        "If it does, you should explain that you do not have them.",
    ]


def test_a_condition_that_goes_on_after_its_examples_is_not_cut_at_them() -> None:
    said = _sentences(
        "If you think that weeds on council land, such as a park or a verge, are spreading into your garden, you can "
        "report it to us online."
    )
    assert not any(s.startswith("Do you think that weeds on council land?") for s in said)


def test_a_closing_condition_hung_on_the_verb_the_main_one_goes_on_to_is_asked_first() -> None:
    said = _sentences("You may be able to get help with the cost of school uniform if you are on a low income.")
    assert said == ["Are you on a low income?", "You could get help with the cost of school uniform."]


def test_a_main_clause_of_three_words_a_person_does_is_left_once_its_condition_is_asked() -> None:
    said = _sentences(
        "You cannot join if your flat was bought with a grant from a housing charity in the last 5 years."
    )
    assert said == [
        "Was your flat bought with a grant from a housing charity in the last 5 years?",
        "You cannot join.",
    ]


def test_a_condition_whose_pronoun_means_a_thing_of_the_main_clause_is_not_asked_before_it() -> None:
    for sentence in (
        "You can ask the tribunal to look at your parking fine again if you think it was given wrongly.",
        "Your son can get a free bus pass for the school year if their family gets Universal Credit.",
    ):
        assert _sentences(sentence) == [sentence]


def test_a_condition_whose_pronoun_means_a_noun_of_its_own_is_still_asked_first() -> None:
    said = _sentences("But you will not be charged if your bin was broken by our crews while it was being emptied.")
    assert said[0] == "But was your bin broken by our crews while it was being emptied?"

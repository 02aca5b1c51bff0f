"""Long sentences made shorter where the parse shows it is safe, and the wrong outputs those splits must not
make: each test here failed on the rules before the change it guards."""

from __future__ import annotations

from publisher.plain.parse import stands_alone
from publisher.plain.words import replace_words
from tests.conftest import rewritten_sentences as _sentences


def test_a_helper_put_in_for_to_takes_every_verb_in_its_series() -> None:
    said = replace_words("You are strongly advised to use all of your preferences and to include one near school.")[0]
    assert said == "You should use all of your preferences and include one near school."
    said = replace_words("You are required to pay the fee and to send proof.")[0]
    assert said == "You must pay the fee and send proof."
    assert replace_words("You are unable to work or to study.")[0] == "You cannot work or study."
    # a 'to' that is no verb's stays: 'write to the council and to your MP'
    assert replace_words("You are able to write to the council and to your MP.")[0] == (
        "You can write to the council and to your MP."
    )
    assert replace_words("You are able to apply and to parents.")[0] == "You can apply and to parents."


def test_a_second_when_in_series_is_no_unfinished_clause() -> None:
    sentence = (
        "The badge may only be used when the holder is travelling in the vehicle or when the vehicle is being "
        "used to collect or drop them off, and misuse of a badge is a criminal offence."
    )
    assert _sentences(sentence) == [
        "The badge may only be used when the holder is travelling in the vehicle or when the vehicle is being "
        "used to collect or drop them off.",
        "Misuse of a badge is a criminal offence.",
    ]


def test_examples_with_a_which_after_them_stay_with_their_noun() -> None:
    sentence = (
        "You may also qualify if you have a condition that is hard to see, such as autism or dementia, which "
        "causes you great trouble on a journey."
    )
    assert not any(s.startswith("This includes") for s in _sentences(sentence))


def test_things_to_do_after_will_become_bullets_where_the_parse_misread_one_verb() -> None:
    sentence = (
        "During a visit, a firefighter or safety adviser will check your home for fire risks, fit free smoke "
        "alarms where needed, and help you to make an escape plan."
    )
    assert _sentences(sentence) == [
        "During a visit, a firefighter or safety adviser will: check your home for fire risks / fit free smoke "
        "alarms where needed / help you to make an escape plan"
    ]
    # a word read as a noun is no order: a list of things stays one
    assert "will:" not in " ".join(_sentences("We will collect food waste, garden waste, and old paper every week."))


def test_a_sentence_of_more_than_12_words_is_split_where_safe() -> None:
    assert _sentences("A book of 10 vouchers costs £15, and each voucher is valid for one day.") == [
        "A book of 10 vouchers costs £15.",
        "Each voucher is valid for one day.",
    ]


def test_a_counted_group_keeps_its_number_and_a_clause_parsed_wrong_is_not_cut() -> None:
    sentence = "2,100 people who had stopped using the library because of unpaid fines came back."
    assert _sentences(sentence) == [sentence]
    assert not stands_alone("Some people had stopped using the library because of.")
    assert stands_alone("This is a first payment of £3,500 followed by 18 monthly payments of £350.")


def test_a_which_after_the_doer_of_a_passive_is_not_this() -> None:
    said = _sentences(
        "Any refund that you are owed will be paid directly into your bank account by the council, which will "
        "write to you."
    )
    assert not any(s.startswith("This") for s in said)


def test_no_question_comes_between_this_and_what_it_means() -> None:
    sentence = "But this may be lower than the standard weekly rate if you can show that it would cause you hardship."
    assert _sentences(sentence) == [sentence]


def test_what_is_no_purpose_is_not_said_as_one() -> None:
    for sentence in (
        "Coronavirus has had no impact on our ability to work to deal with illegal migration.",
        "A typical car will take around 6 to 8 hours to charge fully at one of these points.",
        "This is to break up and arrest the criminal gangs who trade in people smuggling.",
        "We will do whatever it takes to stop these crossings completely and for good.",
    ):
        assert _sentences(sentence) == [sentence]
    # 'the action needed to X' still says what the action is for
    assert _sentences("We are taking all the action needed to bring these harmful criminals to justice.") == [
        "We are taking all the action needed.",
        "This is to bring these harmful criminals to justice.",
    ]


def test_a_time_that_says_which_day_stays_with_it() -> None:
    sentence = "Please report it online or by phone by 5pm on the working day after your usual collection day."
    assert _sentences(sentence) == [sentence]


def test_even_when_is_no_sentence() -> None:
    assert not stands_alone("Even when it is cold.")
    sentence = "Open a window for a few minutes each day, even when it is cold."
    assert _sentences(sentence) == [sentence]


def test_a_loss_being_an_amount_is_not_made_a_present_tense() -> None:
    said = _sentences("At least 4 of them lost money to callers last month, with the largest single loss being £2,300.")
    assert not any("is being" in s for s in said)


def test_a_list_inside_its_first_item_is_no_list_of_things() -> None:
    assert _sentences("The council will check that the work is needed, appropriate, reasonable and practical.") == [
        "The council will check that the work is: needed / appropriate / reasonable / practical"
    ]
    for sentence in (
        "Knife crime has a devastating impact on victims, their families and the wider community.",
        "The lanes will link the railway station to the high street, the hospital and the college.",
    ):
        assert _sentences(sentence) == [sentence]


def test_a_condition_said_with_sometimes_keeps_both_its_parts() -> None:
    sentence = "Sometimes the asbestos is in good condition and is not likely to be disturbed by pupils or staff."
    assert _sentences(sentence) == [sentence]


def test_a_sentence_that_the_next_points_back_at_is_not_turned_round() -> None:
    said = _sentences(
        "You can also get a free flu vaccine from your GP surgery if you have certain long-term conditions, including "
        "diabetes, heart disease, chronic kidney disease and some lung conditions."
    )
    assert said[0] == (
        "You can also get a free flu vaccine from your family doctor (GP) surgery if you have certain long-term "
        "conditions."
    )
    assert said[1].startswith("This includes")


def test_a_condition_said_with_sometimes_keeps_its_reason() -> None:
    sentence = "Sometimes your child cannot go to school on a normal school day because they are ill with a fever."
    assert _sentences(sentence) == [sentence]
    # 'take action in the coming weeks to stop X' is still a purpose: the weeks are not what it takes
    assert _sentences("We will take action in the coming weeks to stop these gangs from operating on our streets.") == [
        "We will take action in the coming weeks.",
        "This is to stop these gangs from operating on our streets.",
    ]

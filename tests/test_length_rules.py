"""Long sentences made shorter where the parse shows it is safe, and the wrong outputs those splits must not
make: each test here failed on the rules before the change it guards."""

from __future__ import annotations

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

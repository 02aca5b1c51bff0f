"""Guards from a seventy-fourth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from .said import restructured as _said


def test_a_closing_while_that_sets_another_thing_against_the_first_is_a_but() -> None:
    assert _said(
        "Small parcels will be delivered within 2 days, while larger items may take up to a fortnight to arrive."
    ) == [
        "Small parcels will be delivered within 2 days.",
        "But larger items may take up to a fortnight to arrive.",
    ]
    assert _said("Some of our car parks are free on Sundays, while others charge the usual rate every day.")[
        1
    ].startswith("But others charge")
    # a 'while' that says when stays in its sentence
    for sentence in (
        "Please keep your dog on a short lead at all times, while you are walking through the nature reserve.",
        "Your child will be given a light meal and a drink in the afternoon, while they are waiting to be collected.",
    ):
        assert not any(p.startswith("But") for p in _said(sentence))


def test_a_participle_after_an_order_is_the_next_thing_to_do() -> None:
    assert _said(
        "Ring the lost property office as soon as you can, giving the route and the time of your journey."
    ) == [
        "Ring the lost property office as soon as you can.",
        "Give the route and the time of your journey.",
    ]
    # a time to start from is no second thing to do
    said = _said(
        "Take one of these tablets three times a day with a glass of water, starting on the day after the test."
    )
    assert not any(p.startswith("Start") for p in said)


def test_two_participles_joined_by_and_are_said_together() -> None:
    assert (
        _said(
            "You must write to the panel within 15 working days of this letter, saying why you think we are wrong and "
            "sending copies of any papers that support what you say."
        )[-1]
        == "You must say why you think we are wrong and send copies of any papers that support what you say."
    )
    # two things done by the one before the 'and' are not a second participle
    said = " ".join(
        _said("Send the energy team an email within 10 days, explaining the cost of heating and cooling your home.")
    )
    assert "and cool your" not in said


def test_a_time_after_a_participle_stays_with_the_order_before_it() -> None:
    # was 'Please post us a copy of your tenancy agreement.' 'Show the start date, within 14 days of this letter.'
    said = _said(
        "Please post us a copy of your tenancy agreement, showing the start date, within 14 days of this letter."
    )
    assert not any(p.startswith("Show the start date") for p in said)


def test_a_list_that_starts_after_because_in_its_first_item_is_no_list() -> None:
    # was 'But some do:' 'because they feel unsafe' / 'want to look tough or ...' / 'carrying one makes it ...'
    said = _said(
        "Most young people never wear a helmet, but some do because they feel unsafe, want to look careful or are "
        "being told to by others, and wearing one makes it less likely that they will get hurt."
    )
    assert not any(not isinstance(p, str) or p.endswith("do:") for p in said)
    assert not any(p.startswith("But some do: because") for p in said)


def test_a_second_case_set_against_the_first_by_while_if_is_its_own_sentence() -> None:
    # was 'We will take the difference off your next bill, while if you have paid too little.' (a fragment)
    said = _said(
        "If the meter reading shows you have paid too much, we will refund the difference, while if you have paid too "
        "little, we will add it to your next bill."
    )
    assert not any(p.endswith("too little.") for p in said)
    assert said[-1] == "We will add it to your next bill."


def test_a_that_clause_of_what_it_is_an_offence_to_do_says_which() -> None:
    # was 'It is a criminal offence to run an HMO.' 'This needs a licence without one.'
    sentence = "It is against the law to keep a dog that needs a licence without one."
    assert _said(sentence) == [sentence]
    said = _said("It is an offence to drive a taxi that needs a permit without one, and you could be fined £1,000.")
    assert said[0] == "It is an offence to drive a taxi that needs a permit without one."


def test_an_order_after_a_reason_that_the_parse_reads_as_things_is_not_the_reason() -> None:
    # was 'This is because alcohol hand gels do not kill norovirus, and clean surfaces such as X with a cleaner.'
    said = _said(
        "Rinse the cut under a cold tap, as plasters do not stick to dirty skin, and clean surfaces such as worktops "
        "and handles with a mild soap."
    )
    assert not any(p.startswith("This is because") and "clean surfaces" in p for p in said)


def test_a_verb_with_its_own_for_after_a_which_aside_is_the_main_clause_s() -> None:
    # was 'We will carry out a criminal record check.' 'This is free, and ask for 2 references.'
    said = _said("We will arrange a home visit, which is free, and ask for 2 photos of the room you want to adapt.")
    assert not any(p.startswith("This is free, and ask") for p in said)


def test_hundred_is_written_as_a_number_only_after_a_count() -> None:
    from publisher.plain.facts import _numbers
    from publisher.plain.words import replace_words

    # was 'several 100 pounds' and 'about 2 100 people'
    assert replace_words("Some callers say you are owed several hundred pounds.")[0] == (
        "Some callers say you are owed several hundred pounds."
    )
    assert replace_words("About two hundred people came to the meeting.")[0] == "About 200 people came to the meeting."
    assert replace_words("A hundred people came.")[0] == "A hundred people came."
    assert _numbers("About two hundred people came.") == _numbers("About 200 people came.") == {"200"}


def test_a_time_after_a_which_clause_is_the_main_verb_s() -> None:
    # was 'This is £1,045 a week, until their value falls below this amount.' (the time said of the cost)
    said = _said(
        "This means that you will pay the full fee for your place, which is £900 a week, until your savings fall "
        "below the limit."
    )
    assert not any(p.startswith("This is £900") for p in said)


def test_a_number_of_tens_and_units_said_in_words_is_one_number() -> None:
    from publisher.plain.facts import _numbers
    from publisher.plain.words import replace_words

    # was 'twenty-5 places' and '50 5 replies'
    assert replace_words("There are twenty-five places left.")[0] == "There are 25 places left."
    assert replace_words("We had fifty five replies.")[0] == "We had 55 replies."
    assert replace_words("It ends on the twenty-first day.")[0] == "It ends on the twenty-first day."
    assert _numbers("There are twenty-five places.") == {"25"}


def test_a_noun_after_a_phrase_of_people_is_no_verb_of_theirs() -> None:
    # was 'especially for:' 'older people' / 'babies' / 'young children' and then 'And people with heart or breathing
    # problems.' ('problems' read as the verb of 'people')
    from publisher.plain.parse import stands_alone

    assert not stands_alone("And people with heart or kidney problems.")
    said = _said(
        "Cold weather can be harmful, especially for older people, babies and young children, and people with heart "
        "or kidney problems."
    )
    assert not any(isinstance(p, str) and p.startswith("And people with") for p in said)
    # a verb in '-s' read as a noun still makes a sentence
    assert stands_alone("A second notice costs £160.")


def test_a_second_order_after_a_purpose_is_no_part_of_the_purpose() -> None:
    # was 'Please call the surgery on X.' 'This is to book your first appointment, or book online using the app.'
    said = _said(
        "Please phone the clinic on 01632 445 903 to book your first appointment, or book online using our app, which "
        "you can download free on your phone."
    )
    assert not any(p.startswith("This is to book") for p in said)

"""Guards from a seventy-sixth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from publisher.plain.words import replace_words
from publisher.sources.naming import derive_titles

from .said import restructured as _said


def test_two_clauses_the_parse_of_the_whole_missed_are_two_sentences() -> None:
    # the parse hung the second clause's verb on the first's 'or', or inside the 'where' clause
    assert (
        _said(
            "We may suspend or withdraw your permit, and selling without a permit is an offence, for which you could be"
            " fined up to £2,500."
        )[0]
        == "We may suspend or withdraw your permit."
    )
    assert (
        _said(
            "Damp grows where air cannot move freely, and breathing in the spores of mould can cause or worsen asthma,"
            " coughs and skin rashes."
        )[0]
        == "Damp grows where air cannot move freely."
    )
    # after a condition, a clause that states something with its own helper is a sentence of its own
    assert (
        _said(
            "Dogs may use the field, as long as they are kept on a lead at all times, and you must pick up after them."
        )[-1]
        == "You must pick up after them."
    )
    # but one the reader is still asked about stays the condition's
    said = _said(
        "You could get a grant for a new boiler if you own the home you live in, or rent it from a private landlord,"
        " and your household income is under £31,000 a year."
    )
    assert not any(s.startswith("Your household income is") for s in said)


def test_an_it_that_stands_for_what_follows_is_no_description_of_the_thing_before() -> None:
    said = _said(
        "Treatment usually means taking 3 kinds of tablets every day for 6 months, and it is important to finish the"
        " whole course, even if you feel better."
    )
    assert "It is important to finish the whole course." in said


def test_what_a_thing_is_set_to_do_is_no_purpose() -> None:
    said = _said(
        "You should run any taps that have not been used for a week or more, especially when a flat has been empty"
        " between lets, and you should set the hot water cylinder to store water at 60 degrees or more."
    )
    assert not any(s.startswith("This is to store water") for s in said)
    assert "You should set the hot water cylinder to store water at 60 degrees or more." in said


def test_a_time_limit_on_taking_place_stays_with_it() -> None:
    said = _said(
        "Notice must be given at least 28 days before the wedding, and it lasts for 12 months, so your wedding must"
        " take place within a year of the date you give notice."
    )
    assert not any(s.endswith("must take place.") for s in said)
    assert any("must take place within a year" in s for s in said)


def test_anyone_who_is_not_asked_as_the_reader_where_the_reader_is_named_already() -> None:
    said = _said(
        "Anyone who has seen your dog near the railway line can call the warden on 01632 960 118 at any time of day."
    )
    assert not any(s.startswith("Have you seen your dog") for s in said)


def test_a_condition_that_ends_on_to_is_not_asked() -> None:
    said = _said(
        "If your rent is more than the local limit, you will have to pay the difference yourself, but we can still"
        " pay the landlord directly if you ask us to."
    )
    assert not any(s.endswith("ask us to?") for s in said)


def test_what_someone_else_may_do_after_or_is_no_order() -> None:
    said = _said(
        "Speak to a pharmacist if your eye is still sore after using drops for 3 days, and they may suggest an"
        " ointment you can buy that clears the infection, or tell you to see a doctor."
    )
    assert "Or tell you to see a doctor." not in said
    # an order after 'and never' is the reader's all the same
    said = _said(
        "Tell your neighbours before you light the barbecue, so that they can close their windows and bring in their"
        " washing, and never leave it unattended or use petrol to get it going."
    )
    assert "Never leave it unattended or use petrol to get it going." in said


def test_a_web_address_is_not_what_a_clause_after_it_describes() -> None:
    said = _said(
        "You can pay online at www.example.gov.uk/pay, which is the fastest way, or you can send a cheque with the"
        " slip at the bottom of this letter, but please allow 7 days for it to reach us."
    )
    assert not any(s.lower().startswith("www.") for s in said)


def test_a_title_is_not_what_no_longer_happens() -> None:
    titles = derive_titles(["We no longer print paper timetables, because every bus stop now shows the times live."])
    assert not titles[0].lower().startswith("print")


def test_an_order_after_a_so_that_clause_is_still_an_order() -> None:
    said = _said(
        "Stand the bin on bare earth in a sunny or partly shaded spot, so that worms and beetles can get in, and turn"
        " the contents with a fork every few weeks to let air in."
    )
    assert "Turn the contents with a fork every few weeks to let air in." in said


def test_a_phrase_after_or_that_opens_as_one_before_it_is_more_of_that_list() -> None:
    said = _said(
        "We are not responsible for trunk roads or motorways, which are run by National Highways, or for private"
        " lanes, so please check who owns the road before you report a fault."
    )
    assert not any(s.startswith("Or for private lanes") for s in said)
    # a phrase that opens a clause with its own subject is no item of a list
    said = _said(
        "You need a licence from us if you rent out a house that 5 or more people share, and in some parts of the"
        " city, all shared houses need a licence, whatever their size."
    )
    assert not any(s.endswith("in some parts of the city.") for s in said)


def test_an_application_to_do_a_thing_is_no_purpose_of_receiving_it() -> None:
    said = _said(
        "The council has received an application from the police to review the premises licence for the Red Lion, 2"
        " High Street, which allows the sale of alcohol until midnight on Fridays and Saturdays and until 11pm on"
        " other days."
    )
    assert not any(s.startswith("This is to review") for s in said)
    # a time held by a phrase of its own leaves the purpose the verb's
    assert _said(
        "We will write to you within 90 days of your application to tell you when an engineer will fit the meter."
    ) == [
        "We will write to you within 90 days of your application.",
        "This is to tell you when an engineer will fit the meter.",
    ]


def test_a_number_word_inside_a_name_stays_a_word() -> None:
    said, _ = replace_words("The licence for The Three Crowns on Church Lane allows the sale of alcohol until 1am.")
    assert "The Three Crowns" in said
    # a count is still said in digits, before a word or an acronym
    assert (
        replace_words("Three people were hurt and two NHS trusts helped.")[0]
        == "3 people were hurt and 2 NHS trusts helped."
    )


def test_what_you_can_choose_to_do_to_a_thing_takes_it_after_the_doing() -> None:
    said = _said(
        "Pupils whose test shows they may need glasses will be offered an eye test, which you can choose to take up or"
        " not, and it does not cost anything."
    )
    assert "You can choose to take it up or not." in said
    assert not any("choose it to" in s for s in said)


def test_orders_after_so_are_not_said_of_the_subject_before_them() -> None:
    said = _said(
        "Braking distances can be up to 10 times longer on ice than on a dry road, so leave much more room between you"
        " and the car in front, and use the highest gear you can to avoid wheel spin."
    )
    assert not any(s.startswith("Braking distances can so") or s.startswith("Braking distances can use") for s in said)


def test_two_clauses_after_a_linking_word_are_two_sentences_and_then_keeps_its_and() -> None:
    assert _said(
        "But helpers under 16 will need a parent or carer to sign a consent form, and some tasks, such as lifting"
        " heavy boxes, are only open to adults."
    ) == [
        "But helpers under 16 will need a parent or carer to sign a consent form.",
        "Some tasks, such as lifting heavy boxes, are only open to adults.",
    ]
    # what then happens is still what then happens: the second says so with 'And'
    said = _said(
        "Then we open extra rest centres, and everyone who has had to leave their home will be offered a bed,"
        " whatever their circumstances."
    )
    assert said[0] == "Then we open extra rest centres."
    assert said[1].startswith("And everyone who has had to leave their home will be offered a bed")


def test_a_date_the_parser_cuts_at_its_month_stays_one_date() -> None:
    said = _said(
        "You need to apply every time your child starts at a new school, and you should apply by 31 May if your child"
        " is starting in September, so that we can have travel ready for the first day of term."
    )
    assert not any(s.endswith("by 31.") or s.startswith("May if") for s in said)
    assert any("by 31 May if your child is starting in September" in s for s in said)


def test_a_threshold_said_first_is_not_said_to_be_met() -> None:
    said = _said(
        "When enough people in an area have had the vaccine, the disease finds it harder to spread, and it also"
        " protects those who are too ill to have it."
    )
    said += _said(
        "When more than 30 people sign up for a course, we open a second group on another evening of the week."
    )
    assert not any(s.startswith(("Enough people", "More than 30 people")) for s in said)


def test_when_it_matters_most_is_not_said_as_this_happens() -> None:
    said = _said(
        "Check on older neighbours, relatives and friends who live alone, and make sure they have food and medicines,"
        " and that their heating is working, especially during a cold spell."
    )
    assert not any(s.startswith("This happens") for s in said)


def test_a_clause_after_the_last_thing_listed_is_no_part_of_it() -> None:
    said = _said(
        "It helps us if you can tell us the address, the name of the person you think is living there and how long"
        " you think it has been going on, but please do not try to find out more yourself."
    )
    assert not any("but please" in s for s in said)


def test_the_things_a_sentence_includes_are_not_cut_at_their_first_comma() -> None:
    said = _said(
        "Being registered as severely sight impaired can help you to get other support, such as a Blue Badge, a"
        " disabled person's bus pass and a reduction in the cost of a TV licence if you are severely sight impaired."
    )
    assert not any(s.startswith("A disabled person's bus pass") for s in said)


def test_short_things_after_a_long_first_one_are_what_its_last_phrase_takes() -> None:
    said = _said(
        "If you need space on the road outside a property for a removal van, building work or a skip, you can ask us to"
        " suspend one or more parking bays, which means nobody else will be allowed to park there while the"
        " suspension is in place."
    )
    assert not any("/ building work /" in s for s in said)

"""Splits and guards from an eighty-third set of unseen factsheets: each case here, in this project's words, was read
wrongly or left long before."""

from __future__ import annotations

import pytest

from publisher.plain.parse import stands_alone

from .said import restructured as _said


@pytest.mark.parametrize(
    "sentence",
    [
        "Schools decide how to spend the grant.",  # a present tense tagged as a base form
        "Many people who have it do not feel sick.",  # 'do' tagged as a base form
        "Whoever finds the lost card can call the number on the back.",  # a 'whoever' clause as the subject
        "Even if you stop now, your baby will still benefit.",  # 'even if' of the main verb that follows
        "Bookings for the spring term close on 12 March 2027.",  # a verb of when read as a describing word
        "The fee depends on the size of the stall and whether it is run for profit.",  # a question as a thing of a list
        "Quote the number printed at the top of the letter.",  # an order the parse read as a noun
    ],
)
def test_a_sentence_the_parse_misreads_stands_alone(sentence: str) -> None:
    assert stands_alone(sentence)


@pytest.mark.parametrize(
    "piece",
    [
        "Even when it is cold.",
        "Only if you agree.",
        "Whoever you are.",
        "Whatever your skills and however much time you can give.",
        "Houses close to the river.",
        "The service run by the council for people over 65.",
    ],
)
def test_a_piece_waiting_for_its_sentence_still_hangs(piece: str) -> None:
    assert not stands_alone(piece)


def test_a_closing_date_and_what_follows_are_two_sentences() -> None:
    assert _said(
        "Bookings for the spring term close on 12 March 2027, and we aim to confirm your place within 2 weeks of that."
    ) == [
        "Bookings for the spring term close on 12 March 2027.",
        "We aim to confirm your place within 2 weeks of that.",
    ]


def test_what_we_do_after_the_readers_step_is_a_next_step() -> None:
    said = _said(
        "If the leak comes back, or the ceiling is still wet after a week, please ring us again, and we will send "
        "someone out."
    )
    assert said[-1] == "We will send someone out."
    assert _said("Then tell us when we ring you to book the visit, and we can come and see you at home instead.") == [
        "Then tell us when we ring you to book the visit.",
        "We can come and see you at home instead.",
    ]


def test_three_orders_with_no_comma_before_the_last_are_said_one_at_a_time() -> None:
    assert _said("Turn off the cooker if it is safe to do so, leave the kitchen and call the fire service on 999.") == [
        "Turn off the cooker if it is safe to do so.",
        "Leave the kitchen.",
        "Call the fire service on 999.",
    ]
    assert _said("Print the form, sign both pages and post it to us at the address on the letter by 4 May 2027.") == [
        "Print the form.",
        "Sign both pages.",
        "Post it to us at the address on the letter by 4 May 2027.",
    ]


def test_what_a_named_person_will_do_is_never_an_order() -> None:
    sentence = (
        "When you arrive, please go to the front desk to meet our warden, Ali, who will show you the site, explain "
        "how the gates work and go through the fire drill."
    )
    said = _said(sentence)
    assert not any(piece.startswith(("Explain", "Go through")) for piece in said)


def test_an_aside_before_a_contrast_stays_in_its_place() -> None:
    said = _said(
        "The spots turn into small blisters, which then dry up, although before the spots come your child may have "
        "a fever, aches and pains, and a poor appetite."
    )
    assert "Blisters then dry up." not in said
    assert not any(piece.startswith("They then dry up") for piece in said[1:])


def test_examples_followed_by_when_stay_with_their_sentence() -> None:
    said = _said(
        "Most people who have the virus feel well, but it can lead to serious illness, including kidney damage and "
        "heart disease, many years later."
    )
    assert not any(piece.startswith("This includes") for piece in said)


def test_the_last_of_what_one_subject_does_leaves_no_comma_splice() -> None:
    said = _said("All our wardens have had a safety check, carry a photo badge and will always ring before they visit.")
    assert not any(piece.endswith("carry a photo badge.") for piece in said)


def test_a_condition_after_a_closing_when_is_the_sentences() -> None:
    said = _said(
        "Keep the blinds closed in rooms that face the sun in the afternoon, and open the windows at night, when the "
        "air is cooler, if it is safe to do so."
    )
    assert not any(piece.startswith("This is when") for piece in said)


def test_a_place_after_including_is_where_it_also_applies() -> None:
    said = _said(
        "Before the visit, you will need to vacuum every floor, including under the beds and the sofa, and wash all "
        "your bedding at 60 degrees."
    )
    assert not any(piece.startswith(("This includes under", "These include under")) for piece in said)
    assert "This also applies under the beds and the sofa." in said


def test_a_condition_with_another_case_still_lets_its_main_clauses_apart() -> None:
    said = _said(
        "If you get the higher rate of the care part of Disability Living Allowance, or the enhanced rate of the daily "
        "living part of PIP, you will not need a new assessment, but you must send us your award letter."
    )
    assert said[-1] == "But you must send us your award letter."


def test_a_list_of_what_an_inner_clause_could_be_is_no_list_of_the_sentences() -> None:
    said = _said(
        "Please contact us within 28 days to tell us what you plan to do, which could be to lower the wall to 1 metre, "
        "to take it down, or to apply for permission to keep it."
    )
    assert not any(" / " in piece for piece in said)


def test_things_shared_with_someone_are_all_shared_with_them() -> None:
    said = _said("Please do not share cups, cutlery, towels or bedding with anyone who has the infection at home.")
    assert not any(" / " in piece for piece in said)


def test_what_it_means_stays_one_sentence() -> None:
    said = _said(
        "This means that we pay your care home fees and you pay us back later, usually when the house is sold."
    )
    assert not any(piece.startswith("And you pay us back") for piece in said)


def test_things_towards_a_persons_x_are_all_of_that_person() -> None:
    said = _said(
        "A hate crime is any crime that someone thinks was motivated by hostility towards a person's disability, "
        "race, religion, sexual orientation or transgender identity."
    )
    assert not any(" / " in piece for piece in said)


def test_where_after_sessions_that_are_run_says_at_these_sessions() -> None:
    assert _said(
        "Our fire safety team runs free home safety sessions, where a trained officer will check that your alarms work."
    ) == [
        "Our fire safety team runs free home safety sessions.",
        "At these sessions, a trained officer will check that your alarms work.",
    ]


def test_where_after_the_last_of_a_list_of_gatherings_stays() -> None:
    said = _said(
        "The centre runs clubs, classes and drop-in sessions, where you can meet other parents and get advice on "
        "feeding."
    )
    assert not any(piece.startswith("At these") for piece in said)


def test_a_purpose_after_the_lists_own_or_is_no_item() -> None:
    said = _said(
        "When a nursery has an outbreak, it may ask parents to stay away for a while, or to visit only one room and go "
        "straight to the office, to stop the bug spreading to other children."
    )
    assert not any(" / " in piece for piece in said)


@pytest.mark.parametrize(
    ("signed", "said"),
    [
        ("Head Teacher", "This letter is from the Head Teacher."),  # a role takes 'the'
        ("Parking Services", "This letter is from Parking Services."),  # a department of 'Services' does not
    ],
)
def test_a_signature_is_said_with_the_article_its_name_takes(signed: str, said: str) -> None:
    from publisher.model import Block
    from publisher.plain.letters import said_from

    blocks = [
        Block("paragraph", ("Please call us if you have any questions.",)),
        Block("paragraph", ("Yours sincerely,",)),
        Block("paragraph", (signed,)),
    ]
    assert said_from(blocks)[0][-1].items == (said,)


def test_clauses_of_one_subject_after_a_number_with_a_comma_are_said_apart() -> None:
    assert _said(
        "It costs us over £250,000 a year to clear, it harms wildlife and it makes our parks look uncared for."
    ) == ["It costs us over £250,000 a year to clear.", "It harms wildlife.", "It makes our parks look uncared for."]


def test_more_things_after_a_list_are_no_sentence_of_their_own() -> None:
    said = _said(
        "Depending on your home, you could get loft, wall or floor insulation, an air source heat pump, solar panels, "
        "or new windows and doors, and most homes get more than one improvement."
    )
    assert not any(piece.startswith("An air source heat pump") for piece in said)


def test_a_thing_put_at_a_place_may_be_what_a_closing_which_would_do() -> None:
    said = _said(
        "We would also introduce new self-service machines at 4 libraries, which would let members use the library "
        "with their card and a PIN when no staff are there, so that they could be open for longer."
    )
    assert not any(piece.startswith(("They would let", "This would let", "The 4 libraries would")) for piece in said)


def test_at_least_after_including_is_an_amount_it_includes() -> None:
    said = _said(
        "Our apprentices are paid at least £12.21 an hour, and they work 37 hours a week, including at least 6 hours "
        "of training."
    )
    assert not any(piece.startswith("This also applies at least") for piece in said)


def test_a_lone_the_and_its_noun_share_it_with_the_next_things() -> None:
    said = _said(
        "If you see someone dumping rubbish, make a note of the date, time and place, a description of the people and "
        "the rubbish, and the make, colour and registration number of any vehicle, and report it to us."
    )
    assert not any(" / the make / " in piece for piece in said)


def test_the_last_of_what_things_that_a_clause_names_do_stays_with_them() -> None:
    said = _said(
        "Our small grants fund projects that bring people together, make streets safer or greener, or help people who "
        "are lonely or struggling."
    )
    assert not any(piece.startswith(("Or they help", "Or it helps")) for piece in said)


def test_the_same_subject_again_after_a_closing_if_is_more_of_the_condition() -> None:
    said = _said(
        "The law says that we are not liable for damage caused by a fault in the road if we have a proper system for "
        "inspecting roads, and we did not know about the fault."
    )
    assert "We did not know about the fault." not in said


def test_a_to_of_the_last_thing_of_a_list_is_no_purpose_of_the_sentence() -> None:
    said = _said(
        "Tenancy fraud includes letting out the whole of your home without permission, not living in your home as your "
        "main home, and giving false information to get a home."
    )
    assert "This is to get a home." not in said


def test_them_after_an_aside_keeps_what_the_aside_named_before_it() -> None:
    said = _said(
        "We have a dog control order, which sets out rules for dog owners in the town's parks and open spaces, to "
        "keep them clean and safe for everyone."
    )
    assert not any(piece.endswith("to keep them clean and safe for everyone.") and "order" in piece for piece in said)

"""Guards from a thirty-third set of unseen factsheets (parking permits, hospital discharge, school attendance,
tenants' repairs, visas, noise complaints, flooding, bus passes): each sentence here was rewritten wrongly, or
less plainly than it could be."""

from __future__ import annotations

import pytest

from publisher.plain import restructure
from publisher.plain.series import Bullets
from publisher.plain.words import replace_words


def _shown(pieces: list[str | Bullets]) -> list[str]:
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


def test_a_condition_said_with_should_first_is_asked() -> None:
    pieces, _ = restructure(
        "Should your consultant wish to see you again after the operation, a letter with the time will be posted "
        "to you."
    )
    assert _shown(pieces)[0] == "Does your consultant wish to see you again after the operation?"
    pieces, _ = restructure(
        "Should you need any help with the form or have a question about your claim, please phone the benefits "
        "team on 0300 123 4567."
    )
    assert _shown(pieces)[0] == "Do you need any help with the form or have a question about your claim?"


def test_a_condition_said_with_should_first_is_never_cut_off_as_a_statement() -> None:
    pieces, _ = restructure(
        "Should the repairs not be finished by the end of the month, we will write to tell you about the new "
        "date for them."
    )
    assert not any(p.startswith("Should") and p.endswith(".") and "," not in p for p in _shown(pieces))


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("The nurse may consider it unsafe for you to drive home.", "may think it unsafe for you"),
        ("If the officer considers it necessary, we will visit.", "officer thinks it"),
    ],
)
def test_considering_something_to_be_so_is_thinking_it(sentence: str, plain: str) -> None:
    said, _ = replace_words(sentence)
    assert plain in said and "look" not in said


def test_considering_a_thing_is_still_looking_at_it() -> None:
    assert replace_words("We will consider it carefully.")[0] == "We will look at it carefully."


def test_two_subjects_of_one_verb_are_not_cut_apart() -> None:
    pieces, _ = restructure(
        "Before you sign a tenancy, you are advised to ask the landlord to make sure your flat, or the garage "
        "next to it is eligible to receive a residents' parking permit."
    )
    assert not any(p.startswith("Or ") for p in _shown(pieces))


def test_what_happens_when_there_is_something_happens_sometimes() -> None:
    pieces, _ = restructure(
        "When there is a strike on the buses, please check our website for the latest times before you set out "
        "for school."
    )
    assert _shown(pieces)[0] == "Sometimes there is a strike on the buses."


def test_an_order_after_a_semicolon_that_says_please_is_the_sources() -> None:
    pieces, _ = restructure(
        "Please ring the school office every day your child is off sick; when your child is back at school "
        "please send in a note so that the class teacher knows why they were away."
    )
    assert len(pieces) >= 2 and not any(";" in p for p in _shown(pieces))


def test_what_will_then_follow_is_no_second_condition() -> None:
    pieces, _ = restructure(
        "The school will send a warning letter to the parents of any pupil if more than 10 sessions are missed "
        "without a reason in one term and a penalty notice will then be issued should the absences go on."
    )
    assert not any(isinstance(p, Bullets) for p in pieces)


@pytest.mark.parametrize(
    "sentence",
    [
        "Successful applicants will receive a letter with their decision.",
        "These changes are for applicants travelling to the UK for longer than 6 months.",
        "We write to unsuccessful applicants within 10 days.",
    ],
)
def test_applicants_described_by_another_word_stay_applicants(sentence: str) -> None:
    said, _ = replace_words(sentence)
    assert "applicants" in said and "people who apply" not in said


def test_applicants_alone_are_people_who_apply() -> None:
    assert replace_words("We help applicants.")[0] == "We help people who apply."
    assert replace_words("All applicants need ID.")[0] == "All people who apply need ID."


def test_a_second_case_after_until_stays_with_it() -> None:
    pieces, _ = restructure(
        "Please keep a record of the noise every night until the case is closed, or the officer is satisfied "
        "that the noise has stopped."
    )
    assert not any(p.startswith("Or ") for p in _shown(pieces))


def test_examples_after_a_purpose_are_not_the_purposes() -> None:
    pieces, _ = restructure(
        "Some complaints are complicated and will need us to work with other bodies to investigate, such as "
        "housing associations or the police."
    )
    assert not any(p.startswith("This is to") and "such as" in p for p in _shown(pieces))


def test_a_duty_that_requires_someone_of_somewhere_to_act_makes_them_act() -> None:
    said, _ = replace_words(
        "Every landlord has a duty that requires the owners of rented homes to fit a smoke alarm on each floor."
    )
    assert "makes the owners of rented homes fit a smoke alarm" in said
    pieces, _ = restructure(said)
    assert not any(p.startswith("This needs") for p in _shown(pieces))


@pytest.mark.parametrize(
    "sentence",
    [
        "As a dog owner you have a legal obligation (a duty of care) to keep your dog under control in every "
        "public place in the borough.",
        "As a householder you must take reasonable steps to check that anyone who takes your rubbish away is "
        "allowed to carry waste.",
    ],
)
def test_what_an_obligation_or_steps_are_for_stays_with_them(sentence: str) -> None:
    pieces, _ = restructure(sentence)
    assert not any(p.startswith(("This is to keep", "This is to check")) for p in _shown(pieces))


def test_please_phone_after_a_semicolon_is_a_sentence() -> None:
    pieces, _ = restructure(
        "At most of our offices an appointment is needed; please phone to arrange a time that suits you."
    )
    assert _shown(pieces) == [
        "At most of our offices an appointment is needed.",
        "Please phone to arrange a time that suits you.",
    ]


def test_attending_at_a_place_is_going_to_it() -> None:
    assert "go to the office" in replace_words("You can attend at the office on Mondays.")[0]


def test_two_orders_after_a_condition_are_two_steps() -> None:
    pieces, _ = restructure(
        "If your child gets a rash and has not had the vaccine, phone your doctor straight away and tell them "
        "that your child may have been near someone with measles."
    )
    assert _shown(pieces)[-1] == "Tell them that your child may have been near someone with measles."


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [
        (
            "Please note as a result of the recent storms, we have had to change the order in which we mend the roads.",
            "Please note as a result of the recent storms.",
        ),
        (
            "So that the fault can be put right as soon as possible, please report it to us as quickly as you can.",
            "So that the fault can be put right as soon as possible.",
        ),
        (
            "However, if by the end of the month we have not had the new plans and no more time has been agreed, "
            "the council may decide on the plans as they are.",
            "But if by the end of the month we have not had the new plans and no more time has been agreed.",
        ),
    ],
)
def test_what_comes_before_the_comma_is_no_sentence_alone(sentence: str, cut: str) -> None:
    pieces, _ = restructure(sentence)
    assert cut not in _shown(pieces)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new law will place a duty on the council to collect all the waste that people leave out on the pavement.",
        "The new law also gives new powers to the council to close any shop that sells knives to children.",
    ],
)
def test_what_a_duty_or_power_given_to_someone_is_for_stays_with_it(sentence: str) -> None:
    pieces, _ = restructure(sentence)
    assert not any(p.startswith("This is to") for p in _shown(pieces))


def test_two_conditions_cut_short_are_not_listed() -> None:
    pieces, _ = restructure("The guards will let you through if they can, and if it is safe.")
    assert not any(isinstance(p, Bullets) for p in pieces)


def test_a_clause_with_its_own_subject_after_not_is_split() -> None:
    pieces, _ = restructure(
        "Taking a child out of school for a holiday is not acceptable and parents need to know that the head "
        "teacher can no longer agree to it."
    )
    assert _shown(pieces) == [
        "Taking a child out of school for a holiday is not acceptable.",
        "Parents need to know that the head teacher can no longer agree to it.",
    ]


def test_what_is_provided_is_no_condition_and_the_condition_after_but_is_the_second_clauses() -> None:
    pieces, _ = restructure(
        "Hot meals and blankets are provided but you will need to bring your own medicines and nappies if you "
        "have a baby."
    )
    assert _shown(pieces)[0] == "Hot meals and blankets are provided."


def test_investigated_with_nothing_after_it_stays() -> None:
    said, _ = replace_words("The road was shut while officers investigated and it opened again at noon.")
    assert "looked into and" not in said
    assert replace_words("Officers investigated the crash.")[0] == "Officers looked into the crash."


def test_immediately_before_is_just_before() -> None:
    said, _ = replace_words("The lists are kept until the end of August immediately prior to the new term.")
    assert "just before the new term" in said and "straight away" not in said


def test_a_clause_about_a_thing_named_with_a_says_the_thing() -> None:
    pieces, _ = restructure(
        "However, due to the flooding last winter, it was not felt appropriate to launch a consultation into a "
        "service which had to be closed."
    )
    assert _shown(pieces)[-1] == "The service had to be closed."


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("The van visits the majority of stops once a month.", "visits most stops"),
        ("The majority of the stops are in villages.", "Most of the stops"),
    ],
)
def test_the_majority_of_is_most(sentence: str, plain: str) -> None:
    assert plain in replace_words(sentence)[0]


def test_applicants_before_a_noun_of_the_sentence_stay_applicants() -> None:
    said, _ = replace_words("For the majority of applicants the deadline was 30 June 2021.")
    assert said == "For most applicants the deadline was 30 June 2021."


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("The ratings help people make informed choices about where to eat.", "make informed choices"),
        ("You have the chance to respond to your rating.", "reply to your rating"),
        ("The owner could be prosecuted in court.", "could be taken to court."),
        ("The scheme aims to provide consumers with information about hygiene.", "give consumers information"),
    ],
)
def test_words_that_read_wrongly_in_their_phrase(sentence: str, plain: str) -> None:
    assert plain in replace_words(sentence)[0]


def test_a_second_thing_with_its_own_purpose_is_no_purpose_of_the_first() -> None:
    pieces, _ = restructure(
        "The council has said there will be a street warden and a cleaning team to tidy the area and a youth "
        "club to give young people things to do after school."
    )
    assert not any(p.startswith("This is to tidy") for p in _shown(pieces))


def test_a_thing_with_a_clause_of_its_own_after_a_purpose_leaves_the_purpose() -> None:
    pieces, _ = restructure(
        "We will write to you within 5 working days of the visit to confirm what we found and the repairs that "
        "we plan to carry out, with the date by which they will be finished."
    )
    assert _shown(pieces)[0] == "We will write to you within 5 working days of the visit."


def test_a_list_inside_a_second_clause_is_not_the_firsts() -> None:
    pieces, _ = restructure(
        "Only let a caller into your home if you are expecting them or they are a close friend, neighbour or relative."
    )
    listed = [p for p in pieces if isinstance(p, Bullets)]
    assert not any(item.startswith("them or they") for b in listed for item in b.items)


def test_within_a_range_of_ages_is_no_time() -> None:
    pieces, _ = restructure(
        "The check is also offered to other people within this age group who have a heart condition, such as "
        "people who have had a stroke."
    )
    assert not any(p.startswith("This happens within") for p in _shown(pieces))


def test_a_list_of_signs_is_not_taken_for_another_name() -> None:
    # (the sentence of the corpus's bowel screening factsheet)
    pieces, _ = restructure(
        "If at any time you experience bleeding from your bottom, blood in your poo, a persistent change in your "
        "bowel habits, unexplained weight loss or a pain or lump in your tummy, you should contact your GP without "
        "waiting for your next screening invitation, even if you have recently completed a test and received a "
        "normal result."
    )
    assert not any(p.startswith("Your bottom") for p in _shown(pieces))
    assert "blood in your poo" in " ".join(_shown(pieces))


def test_persistent_people_are_not_lasting() -> None:
    assert replace_words("Tell persistent salespeople to leave.")[0] == "Tell persistent salespeople to leave."


def test_a_clause_that_goes_on_with_any_other_one_stays() -> None:
    pieces, _ = restructure(
        "This is any incident, which is not a crime but is seen by the victim, or any other person as being caused "
        "by prejudice."
    )
    assert not any(p.startswith("This is any incident or") for p in _shown(pieces))
    assert not any(p.startswith("Incident is") for p in _shown(pieces))


def test_a_closing_meaning_says_what_it_means() -> None:
    pieces, _ = restructure(
        "The grant has not been ring-fenced, meaning local councillors will be able to decide how to spend it in "
        "their own wards."
    )
    assert _shown(pieces) == [
        "The grant has not been ring-fenced.",
        "This means local councillors will be able to decide how to spend it in their own wards.",
    ]


def test_as_this_says_why_without_its_comma() -> None:
    pieces, _ = restructure(
        "Please do not ring us to ask about your form until at least 10 working days have passed as this slows "
        "down the work on everyone's forms."
    )
    assert len(pieces) == 2 and _shown(pieces)[1].startswith("This is because")


def test_a_condition_opened_with_providing_is_never_cut_off() -> None:
    pieces, _ = restructure(
        "Providing your tenant keeps to the tenancy agreement, leaves the flat in a good state, and pays the rent "
        "and bills, you must pay back their deposit within 10 days of you both agreeing how much they get back."
    )
    assert not any(p.startswith("Providing") and p.endswith(".") and "," not in p for p in _shown(pieces))
    assert not any(p.startswith("And pays") for p in _shown(pieces))


def test_a_result_of_what_may_happen_may_happen_too() -> None:
    pieces, _ = restructure(
        "There may be emergencies on the day, causing your appointment to be moved to an earlier or later time."
    )
    assert _shown(pieces) == [
        "There may be emergencies on the day.",
        "This may cause your appointment to be moved to an earlier or later time.",
    ]

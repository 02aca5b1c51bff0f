"""Splits and guards from an eighty-sixth look at unseen factsheets: each case here, in this project's words, was read
wrongly or left long before."""

from __future__ import annotations

from publisher.plain.parse import stands_alone

from .said import restructured as _said


def test_a_three_word_order_to_someone_stands_alone() -> None:
    assert stands_alone("Contact your doctor.")
    assert stands_alone("Contact the council.")
    assert not stands_alone("Call charges.")
    assert not stands_alone("Contact with animals.")


def test_symptoms_before_a_main_clause_with_its_own_subject_are_listed_after_it() -> None:
    # 'blood in your poo' is a thing, not an order the small model might read it as
    assert _said(
        "If you notice bleeding from your gums, blood in your spit, a lasting change in your voice, a cough or a "
        "pain or lump in your neck, you should see your dentist before your next check-up."
    ) == [
        "You should see your dentist before your next check-up if you notice: bleeding from your gums / blood in your "
        "spit / a lasting change in your voice / a cough, or / a pain or lump in your neck"
    ]


def test_examples_at_the_end_of_a_long_sentence_are_listed() -> None:
    assert _said(
        "When you apply, you must tell us about any health problem that could affect your work, such as asthma, "
        "a bad back, diabetes or a problem with your hearing."
    ) == [
        "When you apply, you must tell us about any health problem that could affect your work.",
        "Examples are: asthma / a bad back / diabetes / a problem with your hearing",
    ]


def test_examples_of_what_is_left_out_are_never_listed_as_the_sentences_own() -> None:
    said = _said(
        "Your landlord can keep some of your deposit for damage to the flat, but not for ordinary wear and tear, such "
        "as faded paint, worn carpets or loose door handles."
    )
    assert not any(piece.startswith("Examples are") for piece in said)


def test_doings_that_share_the_conditions_are_are_listed_after_it() -> None:
    assert _said(
        "You do not need a permit if you are parking for less than an hour, unloading goods from a van with a "
        "business sign, or visiting a patient at the hospital."
    ) == [
        "You do not need a permit if you are: parking for less than an hour / unloading goods from a van with a "
        "business sign, or / visiting a patient at the hospital"
    ]


def test_a_third_thing_the_subject_does_is_not_the_verb_of_the_clause_it_follows() -> None:
    # 'you' cannot tell 'you': the telling is the service's, not the applying's
    assert _said(
        "Our housing advice team can check whether your tenancy is legal, help you apply for a grant for repairs, and "
        "tell you what to do if your landlord wants you to leave."
    ) == [
        "Our housing advice team can check whether your tenancy is legal.",
        "Our housing advice team can help you apply for a grant for repairs.",
        "Our housing advice team can tell you what to do if your landlord wants you to leave.",
    ]

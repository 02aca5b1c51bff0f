"""Splits and guards from a ninety-fifth look at unseen factsheets: two things a reader is asked to do, joined by
', and', said as two sentences where the parse shows whose they are."""

from __future__ import annotations

from .said import restructured as _said


def test_a_list_of_things_inside_the_first_doing_does_not_make_it_a_list_of_doings() -> None:
    said = _said(
        "You will need to open accounts with phone, broadband and television providers, and tell the school that your "
        "child is moving so that their records can be sent on."
    )
    assert said == [
        "You will need to open accounts with phone, broadband and television providers.",
        "You will need to tell the school that your child is moving so that their records can be sent on.",
    ]


def test_words_describing_one_thing_are_no_list_of_doings() -> None:
    said = _said(
        "The dentist will carefully place a thin, cup-shaped guard called a shield over your tooth, and use a small "
        "light to harden the filling inside it."
    )
    assert said == [
        "The dentist will carefully place a thin, cup-shaped guard called a shield over your tooth.",
        "The dentist will use a small light to harden the filling inside it.",
    ]


def test_a_second_thing_asked_of_the_reader_is_still_asked() -> None:
    said = _said("You will be asked to take off your shoes, behind a curtain, and stand still on a small platform.")
    assert said == [
        "You will be asked to take off your shoes, behind a curtain.",
        "You will be asked to stand still on a small platform.",
    ]


def test_a_purpose_after_the_second_orders_own_aside_is_the_second_orders() -> None:
    said = _said(
        "Keep your child in a cool room to help them sleep, and give them a medicine, such as paracetamol or "
        "ibuprofen, to bring their temperature down."
    )
    assert said[0] == "Keep your child in a cool room to help them sleep."
    assert said[1].startswith("Give them a medicine, such as paracetamol or ibuprofen")
    assert " ".join(said).endswith("to bring their temperature down.")


def test_a_phrase_inside_the_second_clause_is_not_said_of_both() -> None:
    said = _said(
        "You will need to use the money within 6 months, and send us a short account afterwards, with receipts and "
        "pictures, to show what it paid for."
    )
    assert said == [
        "You will need to use the money within 6 months.",
        "You will need to send us a short account afterwards, with receipts and pictures, to show what it paid for.",
    ]


def test_an_order_after_an_infinitive_is_another_order() -> None:
    said = _said(
        "Make sure that your dog has plenty of shade, such as a tree or a sunshade, to stay cool, and give it fresh "
        "water every few hours."
    )
    assert said == [
        "Make sure that your dog has plenty of shade, such as a tree or a sunshade, to stay cool.",
        "Give it fresh water every few hours.",
    ]


def test_a_second_verb_after_a_clause_with_another_subject_stays_where_it_may_belong() -> None:
    said = _said(
        "Officers are warning about messages, in which fraudsters have posed as banks and asked people to move money."
    )
    assert any("fraudsters have asked people to move money" in sentence for sentence in said)
    assert not any(sentence.startswith("Officers") and "asked" in sentence for sentence in said)


def test_doings_after_a_modal_with_commas_of_their_own_are_still_listed() -> None:
    said = _said(
        "On the day, an adviser will look at your meter readings, check the heating controls, and explain how to save "
        "energy."
    )
    assert len(said) == 1 and said[0].startswith("On the day, an adviser will:")


def test_a_defining_clause_ends_at_the_comma_before_and() -> None:
    said = _said(
        "This year, wardens have removed 30 cars from streets that were being used as dumping grounds, and fined 12 "
        "owners for leaving them there."
    )
    assert said == [
        "This year, wardens have removed 30 cars from streets that were being used as dumping grounds.",
        "Wardens have fined 12 owners for leaving them there.",
    ]


def test_a_which_clause_of_one_of_two_things_joined_by_or_says_it() -> None:
    said = _said("The clinic will give you a form for a refund or exchange, which you should bring to the shop.")
    assert said == [
        "The clinic will give you a form for a refund or exchange.",
        "You should bring it to the shop.",
    ]


def test_a_which_clause_after_things_of_different_number_stays_whole() -> None:
    said = _said("To clean the wound, use sterile wipes or a saline spray, which you can buy from most chemists.")
    assert said == ["To clean the wound, use sterile wipes or a saline spray, which you can buy from most chemists."]

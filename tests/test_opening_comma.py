"""The comma after an opening condition or time clause, where the source left it out: restored where one place
only can end the clause, so that the rules that ask a condition first, or put times in order, can read it."""

from __future__ import annotations

import pytest

from publisher.plain import restructure
from publisher.plain.opening_comma import with_opening_comma
from publisher.plain.series import Bullets
from publisher.plain.words import replace_words


def _shown(pieces: list[str | Bullets]) -> list[str]:
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


@pytest.mark.parametrize(
    ("sentence", "restored"),
    [
        (
            "If you are unhappy with the result of your appeal you can ask the tribunal to look at it again.",
            "If you are unhappy with the result of your appeal, you can ask the tribunal to look at it again.",
        ),
        (
            "When you apply you will need to send proof of where you live.",
            "When you apply, you will need to send proof of where you live.",
        ),
        (
            "If the landlord refuses to mend the boiler then you can report it to the housing team.",
            "If the landlord refuses to mend the boiler, then you can report it to the housing team.",
        ),
        (
            "When the roads are icy please check on older neighbours who live alone.",
            "When the roads are icy, please check on older neighbours who live alone.",
        ),
        (
            "If you see a broken street light or anything else that causes concern the council would like to know.",
            "If you see a broken street light or anything else that causes concern, the council would like to know.",
        ),
        (
            "Once the form is signed by both of you we will post a copy back to your home.",
            "Once the form is signed by both of you, we will post a copy back to your home.",
        ),
    ],
)
def test_a_missing_comma_after_an_opening_clause_is_put_back(sentence: str, restored: str) -> None:
    assert with_opening_comma(sentence) == restored


@pytest.mark.parametrize(
    "sentence",
    [
        # a phrase, not a clause: no comma is owed
        "After the meeting the council will write to everyone who came to it.",
        # two places could end the clause ('causes | concern the council', 'causes concern | the County Council')
        "If you have noticed a crack in a pavement or any defect that causes concern the County Council wants to "
        "hear about it.",
        # read as one clause ('you visit the office staff will help'), where the clause ends is not clear
        "When you visit the office staff will help you fill in the form.",
        "If you call the police officers will come to see you.",
        # the comma is already there, after a clause that goes on past 'and'
        "If you rent your home and your landlord lives abroad, you may have to pay the tax yourself.",
        # no opening clause at all
        "You can ask for a review if you think the decision about your claim is wrong.",
    ],
)
def test_a_sentence_that_owes_no_comma_or_is_unclear_is_left_as_it_is(sentence: str) -> None:
    assert with_opening_comma(sentence) == sentence


def test_a_condition_with_no_comma_is_asked_first() -> None:
    pieces, _ = restructure(
        "If you are unhappy with the result of your appeal you can ask the tribunal to look at it again within "
        "one month."
    )
    assert _shown(pieces) == [
        "Are you unhappy with the result of your appeal?",
        "You can ask the tribunal to look at it again within one month.",
    ]


def test_a_second_passive_after_one_with_an_object_keeps_its_helpers() -> None:
    pieces, _ = restructure(
        "After the panel has met, you will be given a letter with its decision and sent a copy of the notes "
        "that were taken at the meeting."
    )
    assert not any(p.startswith("You sent") for p in _shown(pieces))


def test_a_main_clause_after_an_opening_condition_is_not_cut_from_it() -> None:
    pieces, _ = restructure(
        "If you application is being looked at, you will be told the date of the meeting and sent a copy of the "
        "report when the papers are published."
    )
    # the copy is sent only if the application is looked at: a sentence of its own would lose the condition
    assert not any(p.startswith("You will be sent") for p in _shown(pieces))


# Wrong outputs found on a thirty-fourth set of unseen factsheets (blue badges, free school meals, hot weather,
# bonfire night), in the words of this project.


def test_a_note_to_the_reader_before_a_condition_is_not_cut_at_the_conditions_comma() -> None:
    pieces, _ = restructure(
        "Please note, if you are applying for a friend who cannot come to the library, the form will need to be "
        "signed by them at home."
    )
    assert not any(p.startswith("Please note, if") and p.endswith("library.") for p in _shown(pieces))


def test_a_second_clause_of_what_an_order_checks_stays_with_it() -> None:
    pieces, _ = restructure(
        "Before you light the barbecue, check the grill is steady and it has no dry leaves or paper caught "
        "underneath it."
    )
    assert not any(p.startswith(("It has", "And it has")) for p in _shown(pieces))


def test_a_clause_after_a_question_word_clause_is_still_its_own_sentence() -> None:
    pieces, _ = restructure(
        "When you fill in the form, you should explain how your illness affects your day, and you should send any "
        "letters from your doctor or nurse."
    )
    assert any(p.startswith(("You should send", "And you should send")) for p in _shown(pieces))


def test_examples_between_commas_inside_an_order_are_not_cut_from_it() -> None:
    from publisher.plain.closings import at_trailing_phrase

    kept = "Keep candles, including tea lights, away from curtains and cushions at all times"
    assert at_trailing_phrase(kept) is None


def test_a_main_clause_that_opens_with_then_gets_one_then() -> None:
    pieces, _ = restructure(
        "When we are told by the new school that your child has started there then we will update our records "
        "and tell the old school."
    )
    assert not any("Then then" in p or "then then" in p for p in _shown(pieces))


def test_a_series_of_orders_that_ends_in_a_choice_is_not_cut_in_two() -> None:
    pieces, _ = restructure(
        "Stay indoors in the afternoon, close the blinds, keep the rooms shaded or go somewhere cooler nearby."
    )
    assert not any(p.endswith("close the blinds.") for p in _shown(pieces))


def test_medication_is_said_as_a_word_that_agrees_with_its_verb() -> None:
    plain, _ = replace_words("Tell us if you take medication that affects your sleep.")
    assert "medicine that affects" in plain

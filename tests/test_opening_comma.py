"""The comma after an opening condition or time clause, where the source left it out: restored where one place
only can end the clause, so that the rules that ask a condition first, or put times in order, can read it."""

from __future__ import annotations

import pytest

from publisher.plain import restructure
from publisher.plain.opening_comma import with_opening_comma
from publisher.plain.series import Bullets


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


def test_a_while_clause_that_concedes_is_said_first_then_but() -> None:
    pieces, _ = restructure(
        "While barbecues can be a lot of fun in the summer, they can start fires on dry grass and heath land."
    )
    assert _shown(pieces) == [
        "Barbecues can be a lot of fun in the summer.",
        "But they can start fires on dry grass and heath land.",
    ]


def test_a_while_clause_that_says_when_is_not_read_as_a_concession() -> None:
    pieces, _ = restructure("While you wait for your new bin, please put your recycling in clear bags next to it.")
    assert not any(p.startswith("But") for p in _shown(pieces))


def test_but_with_no_comma_between_two_sentences_is_a_place_to_cut() -> None:
    pieces, _ = restructure(
        "The council has been told that there are callers who are offering to fetch shopping for older people but "
        "these callers are thieves who will keep the money."
    )
    assert _shown(pieces)[-1] == "But these callers are thieves who will keep the money."


def test_but_with_no_comma_after_not_is_no_place_to_cut() -> None:
    from publisher.plain.coordinators import _at_bare_but

    assert _at_bare_but("You should not put it in the black bin but the council will collect it from your door") is None


def test_two_conditions_with_no_comma_between_them_are_listed_after_what_they_are_the_condition_of() -> None:
    pieces, _ = restructure(
        "If you applied by post and did not include an email address, we will send you the decision by second class "
        "post."
    )
    assert isinstance(pieces[0], Bullets)
    assert pieces[0].intro == "We will send you the decision by second class post if you:"
    assert pieces[0].items == ("applied by post, and", "did not include an email address")


def test_two_conditions_are_not_put_after_a_pronoun_that_means_one_of_their_nouns() -> None:
    pieces, _ = restructure(
        "If a room becomes free and your son is first on the waiting list, he will be offered it whether or not he "
        "has appealed."
    )
    assert not any(isinstance(p, Bullets) for p in pieces)


def test_a_condition_whose_subject_has_a_clause_of_its_own_is_not_cut_inside_it() -> None:
    pieces, _ = restructure(
        "If you or someone who normally lives with you works away from home or has more than one home, we will need "
        "further details before we can give you any discount."
    )
    assert not any(isinstance(p, Bullets) and p.items[0].startswith("lives with you") for p in pieces)


def test_a_purpose_said_first_goes_after_a_main_clause_whose_has_only_helps_its_verb() -> None:
    pieces, _ = restructure(
        "To help people stay safe on icy roads this winter, the council has put together a leaflet of tips on "
        "driving in snow."
    )
    assert _shown(pieces) == [
        "The council has put together a leaflet of tips on driving in snow.",
        "This is to help people stay safe on icy roads this winter.",
    ]


def test_respond_to_before_a_describing_word_is_still_deal_with() -> None:
    from publisher.plain.words import replace_words

    assert "deal with illegal migration" in replace_words("We work to respond to illegal migration.")[0]

"""Lists given to someone ('send us A, B and C') and conditions whose things have clauses of their own become
bullets; a pronoun never comes before what it means; a rule that fails on a sentence leaves it as written."""

from __future__ import annotations

import logging

import pytest

import publisher.plain as plain
from publisher.plain import restructure
from publisher.plain.conditions import conditions_as_bullets
from publisher.plain.lists import as_bullets
from publisher.plain.series import Bullets


def test_a_list_given_to_someone_becomes_bullets() -> None:
    assert as_bullets(
        "You will need to send us a floor plan of the property, a current gas safety certificate, an electrical "
        "installation condition report that is less than 5 years old, and a certificate showing that the fire alarm "
        "system has been tested in the last 12 months"
    ) == [Bullets("You will need to send us:", ("a floor plan of the property", "a current gas safety certificate",
                                               "an electrical installation condition report that is less than 5 "
                                               "years old", "a certificate showing that the fire alarm system has "
                                               "been tested in the last 12 months"))]  # fmt: skip


def test_a_list_given_inside_a_relative_clause_waits_for_the_clause_to_be_a_sentence() -> None:
    sentence = (
        "If we agree, we will send you an offer, which will tell you the price, the discount, and any known "
        "problems with the roof of the house."
    )
    assert as_bullets(sentence.rstrip(".")) is None
    pieces, _ = restructure(sentence)
    assert pieces == [
        "If we agree, we will send you an offer.",
        Bullets("This will tell you:", ("the price", "the discount", "any known problems with the roof of the house")),
    ]


def test_a_condition_of_things_with_clauses_of_their_own_comes_after_what_it_is_the_condition_of() -> None:
    assert conditions_as_bullets(
        "If you have a mental health condition, a serious illness or a disability that makes it hard for you to "
        "keep up with your payments, please tell us"
    ) == [Bullets("Please tell us if you have:", ("a mental health condition", "a serious illness",
                                                 "a disability that makes it hard for you to keep up with your "
                                                 "payments"))]  # fmt: skip


def test_things_described_by_a_verb_form_take_no_or() -> None:
    pieces = conditions_as_bullets(
        "You may be able to get a Warm Home Payment if you get Pension Credit, Income Support, income-based "
        "Jobseeker's Allowance, income-related Employment and Support Allowance, or Universal Credit"
    )
    assert pieces is not None and isinstance(pieces[0], Bullets)
    assert pieces[0].items[-2:] == ("income-related Employment and Support Allowance", "Universal Credit")


def test_a_pronoun_in_what_is_said_first_is_not_put_before_the_things_it_means() -> None:
    assert (
        conditions_as_bullets(
            "If there are repairs that are your responsibility, or changes you have made without permission, you "
            "must put them right before you move"
        )
        is None
    )


def test_a_rule_that_fails_on_a_sentence_leaves_it_as_written_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(body: str) -> list[str] | None:
        raise IndexError("[E040] Attempt to access token at -1")

    monkeypatch.setattr(plain, "PARSE_RULES", (broken, *plain.PARSE_RULES))
    sentence = (
        "The library, which opened in 1932 and was rebuilt after the war, will close for repairs from 3 March until "
        "the end of June."
    )
    with caplog.at_level(logging.WARNING, logger="publisher.plain"):
        pieces, changes = restructure(sentence)
    assert pieces == [sentence]
    assert [(c.kind, c.before) for c in changes] == [("kept", sentence)]
    assert "IndexError" in changes[0].after and "left as written" in changes[0].after
    assert "left as written" in caplog.text

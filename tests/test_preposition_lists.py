"""Lists that a verb's own preposition takes ('will be placed outside A, B and C') become bullets; a
preposition inside a clause, after a comma, or before examples keeps its list in the sentence."""

from __future__ import annotations

import pytest

from publisher.plain import restructure
from publisher.plain.lists import as_bullets
from publisher.plain.series import Bullets


def test_a_list_after_the_verbs_preposition_becomes_bullets() -> None:
    assert as_bullets(
        "Free sandbags will be left outside Elm Street Library, Park Road Surgery, the Mill Lane shops and the old "
        "fire station"
    ) == [Bullets("Free sandbags will be left outside:", ("Elm Street Library", "Park Road Surgery",
                                                         "the Mill Lane shops", "the old fire station"))]  # fmt: skip
    assert as_bullets(
        "The amount you pay depends on income, savings, household size and the number of adults who live in the home"
    ) == [Bullets("The amount you pay depends on:", ("income", "savings", "household size",
                                                    "the number of adults who live in the home"))]  # fmt: skip
    said = "Anyone who calls you about a refund will never ask you to pay with"
    assert as_bullets(f"{said} gift cards, vouchers or cryptocurrency") == [
        Bullets(f"{said}:", ("gift cards", "vouchers", "cryptocurrency"))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the preposition is inside a thing of a list the parse did not see
        "They include asthma, strokes, diabetes that is treated with insulin, some heart conditions and severe sleep "
        "apnoea",
        # after a comma the phrase is an afterthought of the whole
        "Your doctor will usually contact you when it is your turn, by letter, text message or phone call",
        # the others are examples of the first
        "We cannot deal with ordinary household noise, such as people walking about, doors closing or children playing",
        # two sentences come before any list
        "The scam mostly affects people over 75, so please share this advice with your parents, friends and neighbours",
    ],
)
def test_a_preposition_that_is_not_the_verbs_keeps_its_list(sentence: str) -> None:
    assert as_bullets(sentence) is None


def test_an_or_after_the_lists_and_joins_one_thing() -> None:
    pieces, _ = restructure(
        "You can help to reduce condensation by covering pans when cooking, drying clothes outside where possible, "
        "and opening windows or using an extractor fan when you cook or shower."
    )
    items = [i for p in pieces if isinstance(p, Bullets) for i in p.items]
    assert "opening windows" not in items
    assert any("opening windows" in (p if isinstance(p, str) else " ".join(p.items)) for p in pieces)

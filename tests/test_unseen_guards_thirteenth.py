"""Guards from a twenty-fifth set of unseen factsheets and from reading what the rules already make of the older
ones: each sentence here was rewritten wrongly, or less plainly than it could be."""

from __future__ import annotations

import pytest

from publisher.plain import restructure
from publisher.plain.series import Bullets


def _shown(pieces: list[str | Bullets]) -> list[str]:
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


@pytest.mark.parametrize(
    "sentence",
    [
        "Your landlord can take money from your deposit to cover unpaid rent, damage to the property or missing "
        "items, but not for normal wear and tear, such as worn carpets or faded paint.",
        "We collect most things left out on the pavement, except garden waste, such as grass cuttings and hedge "
        "trimmings.",
    ],
)
def test_examples_of_what_is_left_out_stay_with_it(sentence: str) -> None:
    pieces, _ = restructure(sentence)
    assert not any(piece.startswith(("This includes", "These include")) for piece in _shown(pieces))


@pytest.mark.parametrize(
    ("sentence", "examples"),
    [
        (
            "The illness spreads most easily in places where people live closely together, such as care homes, "
            "student halls and nurseries.",
            "These include care homes, student halls and nurseries.",
        ),
        (
            "Child maintenance does not affect any benefits that you get, including Universal Credit and Child "
            "Benefit.",
            "These include Universal Credit and Child Benefit.",
        ),
    ],
)
def test_examples_of_a_plural_said_earlier_are_what_it_includes(sentence: str, examples: str) -> None:
    pieces, _ = restructure(sentence)
    assert _shown(pieces)[-1] == examples

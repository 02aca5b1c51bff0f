"""How the reader does what they can do is said on its own: 'You can X by doing Y' -> 'You can X.' 'You can do this
by doing Y.', wherever the parse hangs the way."""

from __future__ import annotations

from publisher.plain import restructure
from publisher.plain.series import Bullets


def _said(sentence: str) -> list[str]:
    pieces, _ = restructure(sentence)
    return [p for p in pieces if isinstance(p, str)]


def test_the_way_is_said_on_its_own() -> None:
    assert _said("You can check the date your child can start school by using the calculator on our website.") == [
        "You can check the date your child can start school.",
        "You can do this by using the calculator on our website.",
    ]


def test_every_way_of_a_choice_goes_with_it() -> None:
    said = _said(
        "Then you may still be able to get some help with the cost of your glasses by filling in a form or by "
        "phoning the helpline."
    )
    pieces, _ = restructure(
        "Then you may still be able to get some help with the cost of your glasses by filling in a form or by "
        "phoning the helpline."
    )
    assert said[0] == "Then you may still be able to get some help with the cost of your glasses."
    ways = pieces[-1]
    assert ways == "You can do this by filling in a form or by phoning the helpline." or (
        isinstance(ways, Bullets) and ways.items == ("by filling in a form", "by phoning the helpline")
    )


def test_a_way_said_as_the_only_one_or_of_someone_else_stays() -> None:
    just = "You may be able to sort out small problems with your neighbours just by talking to them about it."
    assert _said(just) == [just]
    ours = "We can also set up a plan for you to pay off the money you owe gradually by paying a little more each week."
    assert not any(s.startswith("You can do this") for s in _said(ours))


def test_a_way_with_a_condition_after_it_stays() -> None:
    said = _said(
        "You must make sure the car parked in the permit area is on your account by ticking the box if you have more "
        "than one car on your permit."
    )
    assert not any(s.startswith("You can do this") for s in said)


def test_a_way_already_said_as_doing_this_is_not_split_again() -> None:
    said = _said("You can find out when you can get your pass by using the pension age calculator on the GOV.UK site.")
    assert said.count("You can do this.") == 0
    assert said[-1].startswith("You can do this by using")

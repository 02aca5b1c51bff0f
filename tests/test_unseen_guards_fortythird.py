"""Splits and guards from a ninetieth look at unseen factsheets: each case here, in this project's words, was left
long or read wrongly before."""

from __future__ import annotations

from publisher.plain.parse import stands_alone

from .said import restructured as _said


def test_orders_in_a_series_stand_when_the_parse_takes_one_for_a_name() -> None:
    assert _said(
        "Wipe condensation from windows and sills every morning, open a window or use the extractor fan when you "
        "cook or shower, and dry clothes outside if you can."
    ) == [
        "Wipe condensation from windows and sills every morning.",
        "Open a window or use the extractor fan when you cook or shower.",
        "Dry clothes outside if you can.",
    ]


def test_a_series_with_a_piece_that_is_no_order_is_not_cut() -> None:
    # ('Flush handles and door handles' is a thing to clean, which the parse cannot tell from an order)
    said = _said(
        "Wash any clothes or bedding that have sick or poo on them separately on a hot wash, clean toilet seats, "
        "flush handles and door handles every day with a bleach-based cleaner, and do not share towels or flannels."
    )
    assert "Flush handles and door handles every day with a bleach-based cleaner." not in said
    assert "Clean toilet seats." not in said


def test_a_piece_cut_before_its_orders_is_not_rescued_as_one() -> None:
    said = _said(
        "Call 999 if you think someone has hypothermia, and while you wait, move them indoors or somewhere warm, "
        "remove any wet clothes and wrap them in blankets."
    )
    assert not any(str(p).endswith("while you wait.") for p in said)


def test_words_hung_before_a_list_of_examples_are_not_the_last_things() -> None:
    said = _said(
        "The government is replacing some older benefits, including income-based Jobseeker's Allowance, Housing "
        "Benefit and Child Tax Credit, with Universal Credit."
    )
    assert not any(p.endswith("/ Child Tax Credit, with Universal Credit") for p in said)
    assert any("with Universal Credit" in p for p in said)


def test_ways_of_doing_a_thing_may_end_on_a_longer_doing_with_its_own_list() -> None:
    assert _said(
        "You can lower your risk of a stroke by not smoking, keeping to a healthy weight, being active, cutting down "
        "on alcohol and salt, and taking any medicine your doctor gives you for high blood pressure, diabetes or an "
        "irregular heartbeat."
    ) == ["You can lower your risk of a stroke by: not smoking / keeping to a healthy weight / being active / cutting "
          "down on alcohol and salt / taking any medicine your doctor gives you for high blood pressure, diabetes or "
          "an irregular heartbeat"]  # fmt: skip


def test_a_state_among_doings_is_a_doing() -> None:
    assert _said(
        "You can lower your risk of having a stroke by stopping smoking, being active, drinking less alcohol and "
        "eating a healthy diet."
    ) == ["You can lower your risk of having a stroke by: stopping smoking / being active / drinking less alcohol / "
          "eating a healthy diet"]  # fmt: skip


def test_a_concession_opened_by_however_and_a_describing_word_hangs() -> None:
    assert not stands_alone("However gentle it has been in the past.")
    assert not stands_alone("However much you earn.")
    assert stands_alone("However hard you try, you cannot get it back.")
    assert stands_alone("However, the service is free.")
    assert "However gentle it has been in the past." not in _said(
        "Never leave a baby or young child alone with a dog, however well you know the dog and however gentle it has "
        "been in the past."
    )


def test_a_condition_said_again_after_or_with_no_comma_is_an_item_of_its_own() -> None:
    assert _said(
        "You could also get Council Tax Support or a discount, for example if you live alone, if you are a student or "
        "if you have a severe mental impairment."
    ) == [
        "You could also get Council Tax Support or a discount.",
        "For example, this could be if: you live alone / you are a student, or / you have a severe mental impairment",
    ]


def test_examples_of_a_place_of_its_own_are_what_it_could_be() -> None:
    said = _said(
        "Give your dog a quiet place of its own, such as a crate or a bed in a room the children do not go into, "
        "where it can go when it wants to be left alone."
    )
    assert said[0] == "Give your dog a quiet place of its own."
    assert said[1].startswith("This could be a crate or a bed")

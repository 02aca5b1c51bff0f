"""Rules that shorten sentences the unseen factsheets still left long, and the wrong outputs each must not
make: each test here failed on the rules before the change it guards."""

from __future__ import annotations

from tests.conftest import rewritten_sentences as _sentences


def test_a_place_with_where_becomes_there() -> None:
    assert _sentences(
        "But drivers caught at very high speeds may have to go to court, where they could face a larger fine."
    ) == ["But drivers caught at very high speeds may have to go to court.", "There, they could face a larger fine."]
    assert _sentences(
        "You can also take most large items to one of our 3 household recycling centres, where there is no "
        "charge for household waste."
    ) == [
        "You can also take most large items to one of our 3 household recycling centres.",
        "There is no charge for household waste there.",
    ]


def test_where_that_is_no_place_stays() -> None:
    kept = [
        # a condition, not a place
        "We will repair the broken paving stones on the High Street, where it is safe to do so before the winter.",
        # what 'where' means after a list of benefits: which of them?
        "You get free treatment if you get Income Support, Pension Credit or Universal Credit, where your "
        "earnings were £435 or less.",
        # a number is no place
        "After each inspection, the business is given a food hygiene rating from 0 to 5, where 5 means that "
        "standards are very good.",
        # 'There, most calls come from' would strand the 'from'
        "The new rescue boats will be based at harbours on the south and east coasts, where most calls come from.",
        # an appointment is no place
        "Some pharmacies in the borough also offer walk-in appointments, where you do not need to book at all.",
    ]
    for sentence in kept:
        assert _sentences(sentence) == [sentence]


def test_things_described_by_a_participle_are_a_list() -> None:
    assert _sentences(
        "You can report potholes, damaged pavements, blocked drains, broken street lights, and damaged or "
        "missing road signs."
    ) == [
        "You can report: potholes / damaged pavements / blocked drains / broken street lights / damaged or missing"
        " road signs"
    ]
    # actions in a series are no list of things
    sentence = "The officer stopped the car on the bypass, searched the driver and his passenger, and arrested him."
    assert _sentences(sentence) == [sentence]

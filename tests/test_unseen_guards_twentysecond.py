"""Guards from a sixty-ninth set of unseen factsheets: each case here, in this project's words, was read wrongly or
left too long before."""

from __future__ import annotations

from publisher.plain import restructure


def _said(sentence: str) -> list[str]:
    pieces, _ = restructure(sentence)
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


def test_conditions_each_with_their_own_list_are_bullets() -> None:
    # the first condition's own list ('wet, rotten or loose') and the second's kept the three as one sentence
    assert _said(
        "We will replace a fence on council land if it is wet, rotten or loose, if it is blocking a path, drive "
        "or gate, or if its posts are leaning into the road."
    ) == [
        "We will replace a fence on council land if: it is wet, rotten or loose / it is blocking a path, drive or "
        "gate, or / its posts are leaning into the road"
    ]


def test_things_you_must_not_do_are_bullets_after_the_not() -> None:
    assert _said(
        "Visitors must not feed the animals in the paddock, climb on the fences around the pond, ride bicycles "
        "on the grass or bring dogs into the walled garden."
    ) == [
        "Visitors must not: feed the animals in the paddock / climb on the fences around the pond / "
        "ride bicycles on the grass / bring dogs into the walled garden"
    ]


def test_a_condition_after_that_is_not_cut_from_its_main_clause() -> None:
    # ('This means that if A, and B, or C.' was left a fragment, its main clause a sentence after it)
    said = _said(
        "This means that if we had inspected the bridge in line with our checking policy, and the crack had not been "
        "reported to us, or we were still within the time allowed to mend it, your claim is likely to be turned down."
    )
    assert not any(s.rstrip(".").endswith("allowed to mend it") for s in said)
    assert any("your claim is likely to be turned down" in s for s in said)


def test_part_of_is_said_in_the_tense_of_the_main_verb() -> None:
    # ('with no questions asked' made 'This was part of' in a sentence said in the present)
    assert _said(
        "Residents are being invited to bring old paint tins to the depot, with no charges applied, as part of a "
        "clean-up week which begins on Monday 2 March."
    ) == [
        "Residents are being invited to bring old paint tins to the depot, with no charges applied.",
        "This is part of a clean-up week which begins on Monday 2 March.",
    ]


def test_what_others_find_is_not_asked_of_the_reader() -> None:
    # was 'Is your garden found to be overgrown?'
    said = _said(
        "If your garden is found to be overgrown, you will receive a letter asking you to tidy it within 14 days."
    )
    assert not any(s.endswith("?") for s in said)
    assert said[0] == "Sometimes your garden is found to be overgrown."

"""Guards from a forty-third set of unseen factsheets (taking over a council tenancy, Lyme disease): each sentence
here, in this project's words, was rewritten wrongly before."""

from __future__ import annotations

from publisher.plain import restructure
from publisher.plain.words import replace_words


def _said(sentence: str) -> list[str]:
    pieces, _ = restructure(sentence)
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


def _words(sentence: str) -> str:
    return replace_words(sentence)[0]


def test_provided_that_before_which_person_is_no_condition_word() -> None:
    # 'that person' says which person: 'as long as person continues' lost the 'that'
    said = _words("The home stays with the other tenant provided that person goes on living there.")
    assert "that person goes on" in said and "as long as person" not in said
    assert _words("You can stay provided that you pay the rent.") == "You can stay as long as you pay the rent."
    assert _words("You can stay provided that payments are made on time.") == (
        "You can stay as long as payments are made on time."
    )
    closing = " ".join(_said("The home stays with the other tenant, provided that person goes on living there."))
    assert "only if person" not in closing and "that person goes on" in closing


def test_however_between_two_clauses_is_but() -> None:
    assert _said(
        "A third move is not allowed in law, however in some cases we may offer a new home to a relative."
    ) == [
        "A third move is not allowed in law.",
        "But in some cases we may offer a new home to a relative.",
    ]
    assert _said("Your cousin may also be able to take on the home however we keep the right to move them.") == [
        "Your cousin may also be able to take on the home.",
        "But we keep the right to move them.",
    ]
    # 'however' of a way or a degree joins no clause
    assert _said("You can pay the whole bill at once or in parts, however you like.") == [
        "You can pay the whole bill at once or in parts, however you like."
    ]
    assert _said("The repair may take several weeks to finish, however long we try.") == [
        "The repair may take several weeks to finish, however long we try."
    ]


def test_what_any_one_does_is_said_as_a_case_not_asked() -> None:
    assert _said("If a joint tenant dies, the home passes to the tenant who is still living there.") == [
        "Sometimes a joint tenant dies.",
        "Then the home passes to the tenant who is still living there.",
    ]
    assert _said("Parents may be given a fine if a pupil misses more than ten days of school in a term.") == [
        "Sometimes a pupil misses more than ten days of school in a term.",
        "Then parents may be given a fine.",
    ]
    # the reader in the condition, or a case the reader is in: still asked
    assert _said("If a repair man asks for your bank details, do not give them to him.")[0] == (
        "Does a repair man ask for your bank details?"
    )
    assert _said("If your landlord refuses to repair the boiler, you can complain to us.")[0] == (
        "Does your landlord refuse to repair the boiler?"
    )

"""A sentence about anyone who does something is said to the reader, its clause asked as the condition it is."""

from __future__ import annotations

from publisher.plain import restructure


def _said(sentence: str) -> list[str]:
    pieces, _ = restructure(sentence)
    return [p for p in pieces if isinstance(p, str)]


def test_anyone_who_is_asked_of_the_reader() -> None:
    assert _said(
        "Anyone who would like to help at the summer fair should speak to a member of staff at their local library."
    ) == ["Would you like to help at the summer fair?", "You should speak to a member of staff at your local library."]


def test_the_verbs_agree_with_you() -> None:
    assert _said("Everybody who has been affected by the delay will get a letter from the hospital.") == [
        "Have you been affected by the delay?",
        "You will get a letter from the hospital.",
    ]
    assert _said("Anyone who lives in the parish and needs help with their rent can apply for a small grant.") == [
        "Do you live in the parish and need help with your rent?",
        "You can apply for a small grant.",
    ]


def test_a_warning_about_a_wrong_is_not_asked_of_the_reader() -> None:
    sentence = "Anyone who wrongly claims a discount on their council tax may be fined up to £70 by the council."
    assert _said(sentence) == [sentence]


def test_anyone_who_sees_someone_else_is_not_said_to_the_reader() -> None:
    sentence = "Anyone who sees him near the station should call 999 straight away and not go near him."
    assert not any(s.startswith("Do you see") for s in _said(sentence))


def test_them_that_may_be_others_named_before_is_not_said_to_the_reader() -> None:
    said = _said(
        "Anyone who sees the two men near the school gates should not approach them but call 999 straight away."
    )
    assert not any("approach you" in s for s in said)


def test_anyone_with_something_is_asked_if_they_have_it() -> None:
    assert _said("Anyone with information about the fire is asked to contact the police on 101 quoting log 312.") == [
        "Do you have information about the fire?",
        "Please contact the police on 101 quoting log 312.",
    ]
    assert _said("Anyone with a parking permit should show it clearly in the front of their car at all times.") == [
        "Do you have a parking permit?",
        "You should show it clearly in the front of your car at all times.",
    ]


def test_anyone_with_something_stays_where_them_may_be_others() -> None:
    said = _said("Anyone with pictures of the two men should send them to the police and not share them online.")
    assert not any("send you" in s or "share you" in s for s in said)

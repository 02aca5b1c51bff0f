"""Guards from a seventy-second set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from publisher.plain import restructure
from publisher.sources.naming import derive_titles


def _said(sentence: str) -> list[str]:
    pieces, _ = restructure(sentence)
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


def test_a_colon_inside_a_name_opens_no_list() -> None:
    # was 'using the Blue Route:' / 'Parking Finder app' / 'which shows you a free bay' / 'a charging point nearby'
    said = _said(
        "Most drivers can find a space online using the Blue Route: Parking Finder app, which shows you a free bay "
        "or a charging point nearby."
    )
    assert not any(":" in s.split(" / ")[0] and " / " in s for s in said)
    assert not any("which shows" in s.split(" / ", 1)[-1] and " / " in s for s in said)


def test_a_sentence_and_the_sentence_that_explains_it_are_two() -> None:
    # was one sentence of 21 words, its colon a full stop the parse could not see
    said = _said("Three injections are needed: the first is given at 8 weeks old and the last one just after 16 weeks.")
    assert said == [
        "Three injections are needed.",
        "The first is given at 8 weeks old and the last one just after 16 weeks.",
    ]
    # a colon that leads into a list, or into what it points at, is not a full stop
    sentence = "There are three ways to pay the charge: online with a card, by phone or at the town hall."
    assert not _said(sentence)[0].endswith("charge.")
    sentence = "The reason we are closing the road is this: the old bridge has become unsafe for heavy lorries."
    assert _said(sentence)[0].startswith("The reason we are closing the road is this")

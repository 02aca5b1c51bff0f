"""Glossary: hard words left after the rewrite, each explained in one line from a curated file."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from .readability import is_hard


@cache
def glossary() -> dict[str, str]:
    """Curated explanations (publisher/plain/glossary.toml), by lowercase word."""
    data = tomllib.loads(files("publisher").joinpath("plain/glossary.toml").read_text("utf-8"))
    return {k.lower(): v for k, v in data["words"].items()}


def _forms(word: str) -> list[str]:
    """The word and its likely singular or base forms."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("ed"):
        forms += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    return forms


def explain_hard_words(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Glossary entries for hard words in order of first use, and hard words with no explanation."""
    entries: dict[str, str] = {}
    unexplained: list[str] = []
    known = glossary()
    for word in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text):
        lower = word.lower()
        key = next((form for form in _forms(lower) if form in known), None)
        if key is not None:
            entries.setdefault(key, known[key])
        elif word.islower() and is_hard(word) and word not in unexplained:
            unexplained.append(word)
    return sorted(entries.items(), key=lambda kv: text.lower().find(kv[0])), unexplained

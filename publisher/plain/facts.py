"""Facts of a text - numbers, money, percentages, dates and names - to prove a rewrite lost none and
added none. An acronym and its long name count as the same fact; "five" and "5" too."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .wording import NUMBER_WORDS, ONE_IN_A_RANGE, in_digits

# A number, ordinals too: '3rd March' and '3 March' state the same date
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)(?:st|nd|rd|th)?(?![\w])")
_NAME_STOP = frozenset(
    """
    a an and as at but by for from he her his i if in it its no not of on or our she so that the their them
    then there these they this those to we what when which who with you your also over once despite last
    many all more most some each every one this
    """.split()
)


def _numbers(text: str) -> set[str]:
    text = in_digits(text)
    found = {m.group(1).replace(",", "") for m in _NUMBER.finditer(text)}
    found |= {str(NUMBER_WORDS[w]) for w in re.findall(r"[a-z]+", text.lower()) if w in NUMBER_WORDS}
    return found | ({"1"} if ONE_IN_A_RANGE.search(text) else set())


def _starts_sentence(before: str) -> bool:
    """Whether a word after this text starts a sentence: nothing before it, a new line, an end mark
    and a space, or an opening quote or bracket."""
    trimmed = before.rstrip()
    # ('e.g. State Pension': a short form that goes on ends no sentence, so the name after it is one)
    short_form = re.search(r"\b(?:e\.g|i\.e|eg|approx|Dr|Mr|Mrs|Ms)\.$", trimmed, re.IGNORECASE)
    return (
        not before
        or before.endswith("\n")
        or trimmed.endswith(('"', "“", "("))
        or (trimmed != before and trimmed.endswith((".", "!", "?", ":")) and short_form is None)
    )


def _names(text: str, aliases: dict[str, str], capitalised_elsewhere: set[str]) -> set[str]:
    """Capitalised words, acronyms as the words of their long names; a sentence's first word only
    when it is capitalised somewhere else too (so "Assets on the ground" is no name, "France is" is)."""
    found: set[str] = set()
    for match in re.finditer(r"[A-Z][\w’'&]*(?:-[A-Z][\w’'&]*)*", text):
        at_start = _starts_sentence(text[: match.start()])
        for part in match.group(0).split("-"):
            word = part.removesuffix("’s").removesuffix("'s")
            # (an acronym is a name wherever it stands: 'NHS number: 943 476 5919' opens a letter's line)
            if at_start and word not in capitalised_elsewhere and not (len(word) > 1 and word.isupper()):
                continue
            if word.lower() in _NAME_STOP:
                continue
            singular = word[:-1] if word.endswith("s") and word[:-1] in aliases else word
            found.update(aliases[singular].split() if singular in aliases else [word])
    return {w for w in found if w.lower() not in {"and", "of", "for", "the"}}


# A line that is a name and nothing else ('Outpatient Booking Team', 'Mrs A Khan'): a letter's signature
_NAME_LINE = re.compile(r"[A-Z][\w’'.-]*(?:,?\s+(?:[A-Z][\w’'.-]*|and|of|for|the))*")


def capitalised_words(texts: Iterable[str]) -> set[str]:
    """Words that appear capitalised in the middle of a sentence somewhere, or on a line that is a name
    ('Outpatient Booking Team'): names, not sentence starts."""
    found: set[str] = set()
    for text in texts:
        for match in re.finditer(r"(?<=[a-z,;] )[A-Z][\w’'-]*", text):
            # ('arranged by Children's Services' names 'Children', which a rewrite may open a sentence with)
            found.update({match.group(0), match.group(0).removesuffix("’s").removesuffix("'s")})
        if _NAME_LINE.fullmatch(text.strip()):
            found.update(p.rstrip(".,") for w in text.split() for p in w.split("-") if p[:1].isupper())
    return found


def extract_facts(text: str, aliases: dict[str, str], capitalised_elsewhere: set[str]) -> set[str]:
    """Numbers (as digits, without commas), names (acronyms as their long names) and months."""
    # "(GP)" after its long name is that name again: read as the acronym, it gives the same facts whether
    # the long name is capitalised ("National Crime Agency (NCA)") or not ("family doctor (GP)").
    plain = re.sub(r"\(\s*([A-Z][A-Za-z&]*[A-Z]s?)\s*\)", r" \1 ", text)
    return _numbers(plain) | _names(plain, aliases, capitalised_elsewhere)


def compare_facts(before: set[str], after: set[str]) -> tuple[list[str], list[str]]:
    """Facts missing from the rewrite, and facts it invented."""
    lowered_after = {f.lower() for f in after}
    lowered_before = {f.lower() for f in before}
    missing = sorted(f for f in before if f.lower() not in lowered_after)
    invented = sorted(f for f in after if f.lower() not in lowered_before)
    return missing, invented

"""The parts of a copied page that its furniture rules read: running text and short lines, labelled values, a
letter's addresses, a contents list and an image's caption."""

from __future__ import annotations

import re

# A line that ends with a UK postcode (the last line of an address)
POSTCODE = re.compile(r"(?:.*[\s,])?[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\.?")
_ADDRESS_LINES = 7  # the most lines of one address: a name, a house, a street, a town, a county, a postcode
# A label and its value, which is neither a heading nor a title: 'Account reference: 40012345', 'Our ref: HB/2291'.
# ('National Insurance number: QQ 12 34 56 C': a reference may be written in groups)
# ('Account reference 4471-2290': a reference's label may go without its colon)
LABELLED = re.compile(
    r"(?:[^:]{2,40}:|(?i:[a-z' ]{0,30}\b(?:reference|ref\.?|number|no\.)))\s*(?:[A-Z\d]{1,4}\s+)*[\w/.-]*\d[\w/.-]*"
    r"(?:\s+[A-Z\d]{1,4}\b)*"
)
# A label and a value of any kind ('Property: 22 Willow Road'), which in a letter's header is no title.
# (a value may hold a time or an amount, '8.42am', '10:30', '£1,476.00': a point or colon between digits)
LABEL_AND_VALUE = re.compile(r"[^:.!?]{2,40}:\s+(?:[^.!?:]|(?<=\d)[.:](?=\d)){1,60}")


def has_words(line: str) -> bool:
    """True when a line holds a letter or a digit: a line of bullets, dashes or symbols says nothing."""
    return any(character.isalnum() for character in line)


def is_short(line: str) -> bool:
    """A title-like line: a few words with no full stop at the end."""
    text = line.strip()
    return 0 < len(text.split()) <= 15 and not text.endswith((".", ",", ";", ":"))


_CALL_WORDS = 10


def is_prose(line: str) -> bool:
    """A line of running text, which ends the page header ('Don't fall foul to a fine!' at the top is a headline:
    a call of up to _CALL_WORDS words)."""
    text = line.strip()
    words = len(text.split())
    return words > 15 or (words > 5 and text.endswith((".", ":"))) or (words > _CALL_WORDS and text.endswith("!"))


def addresses(lines: list[str]) -> list[int]:
    """The lines of the addresses at the top of a letter (the sender's, the reader's): each run of short
    lines that ends with a postcode, above the first line of prose."""
    gone: list[int] = []
    for index, line in enumerate(lines):
        if is_prose(line):
            break
        # ('Property: Flat 14, Larch House, Elmvale EV3 2RP': a labelled line names what the letter is about)
        if len(line.split()) > 8 or not POSTCODE.fullmatch(line.strip()) or LABEL_AND_VALUE.fullmatch(line.strip()):
            continue
        start = index
        while (
            start > 0
            and index - start < _ADDRESS_LINES - 1
            and is_short(lines[start - 1])
            and not LABEL_AND_VALUE.fullmatch(lines[start - 1].strip())
        ):
            start -= 1
        gone += range(start, index + 1)
    return gone


def _entry(line: str) -> str:
    """A line as a contents list or a heading gives it: lowercase, without its number."""
    return " ".join(re.sub(r"^\s*\d{1,2}[.)]?\s+", "", line).lower().split())


def contents_list(lines: list[str], at: int) -> list[int]:
    """The lines of a contents list under a "Contents" line: short lines that name a heading further on."""
    found: list[int] = []
    for index in range(at + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        later = {_entry(other) for other in lines[index + 1 :] if other.strip()}
        if is_prose(line) or _entry(line) not in later:
            break
        found.append(index)
    return found


def caption_of(lines: list[str], credit: int) -> int | None:
    """The caption beside an image credit: a short line right above it or, failing that, right below
    (a question is a heading, not a caption)."""
    for index in (credit - 1, credit + 1):
        text = lines[index].strip() if 0 <= index < len(lines) else ""
        if text and is_short(text) and not text.endswith("?"):
            return index
    return None

"""A source as loaded (Loaded) and as read (Parsed): a title, metadata, and sections of blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from publisher.model import Block


@dataclass(frozen=True)
class Parsed:
    """A source read into structure, before titles and slugs are settled; dropped lists the lines left
    out as page furniture."""

    title: str | None
    sections: tuple[tuple[str | None, tuple[Block, ...]], ...]
    metadata: tuple[tuple[str, str], ...] = ()
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Loaded:
    """A source's text before it is read into structure: its format, its name as given, when it changed,
    and (for a feed's entry) the title and metadata the feed gave it."""

    text: str
    kind: str
    name: str
    modified: datetime | None
    title: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()


LONGEST_LEAD = 12  # words of an item said again with each item under it: a phrase, not a step of sentences


def nested_items(levelled: list[tuple[int, str]]) -> list[str]:
    """A list's items from (depth, text) pairs, nested items flat: an item that leads into the items under it
    ('get PIP and scored:') is said with each of them ('get PIP and scored 8 points in X'), so that no item
    reads as a thing of its own that was only part of another; other nested items follow their parent."""
    said: list[tuple[int, str, bool]] = []
    leads: list[tuple[int, str]] = []
    for depth, text in levelled:
        while leads and leads[-1][0] >= depth:
            leads.pop()
        # ('putting right any damage' above 'such as a door broken by force': examples go on their parent's words)
        if said and depth > said[-1][0] and _EXAMPLES_FIRST.match(text):
            said[-1] = (said[-1][0], f"{said[-1][1].rstrip(' ,;.')}, {text}", said[-1][2])
            continue
        whole = f"{leads[-1][1][:-1].rstrip()} {text}" if leads else text
        leading = _leads_in(text)
        said.append((depth, whole, leading))
        if leading:
            leads.append((depth, whole))
    after = [depth for depth, _, _ in said[1:]] + [-1] * bool(said)  # (a list with no items has none after)
    kept = [not (leading and next_depth > depth) for (depth, _, leading), next_depth in zip(said, after, strict=True)]
    return [text for (_, text, _), keep in zip(said, kept, strict=True) if keep]


_EXAMPLES_FIRST = re.compile(r"(?:such as|for example|for instance|e\.g\.|including|like)\s")


def _leads_in(text: str) -> bool:
    """Whether an item is a phrase that leads into the items under it ('get PIP and scored:'); a step of its own
    sentences that ends 'You will need:' is no phrase to say again with each."""
    # ('Children who live outside the area, in this order:': what follows is no end to the phrase)
    ordered = re.search(r"\b(?:order|follows|following|below|these|this|them)\s*:$", text, re.IGNORECASE)
    phrase = "," not in text and not re.search(r"[.!?]\s", text) and not ordered
    return text.endswith(":") and len(text.split()) <= LONGEST_LEAD and phrase


_ASKED = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:Q|Question)[ \t]*[:.][ \t]*(?P<asked>\S.*?)(?:\*\*|__)?[ \t]*$", re.MULTILINE
)
_ANSWERED = re.compile(r"^[ \t]*(?:\*\*|__)?(?:A|Answer)[ \t]*[:.](?:\*\*|__)?[ \t]+", re.MULTILINE)


def questions_unlabelled(text: str, heading: str = "") -> str:
    """A text of questions and answers without its 'Q:' and 'A:' labels (bold or not), each question a line
    that starts with `heading` ('## ' in Markdown): the question heads its answer, which a listener need not
    hear called 'Q' and 'A'. A text with fewer than two of each is left as it is ('A: Smith will call')."""
    if len(_ASKED.findall(text)) < 2 or len(_ANSWERED.findall(text)) < 2:
        return text
    return _ANSWERED.sub("", _ASKED.sub(lambda match: f"{heading}{match['asked']}", text))


# A label that opens a note set apart on a page ('Be careful:', 'Important:'): a warning box, not a quotation
_CALLOUT = re.compile(
    r"(?:important|note|please note|warning|be careful|caution|tip|remember|did you know)\s*[:!-]", re.IGNORECASE
)


def a_callout(text: str) -> bool:
    """Whether a block set apart as a quotation is a page's own note: it opens with a label like 'Important:'."""
    return _CALLOUT.match(text.strip()) is not None

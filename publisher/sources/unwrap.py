"""Lines put back together: text copied from a PDF or an email breaks its sentences at the line's
width (and its words at a hyphen), and a web page's list can leave each bullet on a line of its own."""

from __future__ import annotations

import re
from functools import cache

_MARKER_ONLY = re.compile(r"\s*(?:[•●▪‣◦∙·*–-]|\d{1,2}[.)])\s*")
_LIST_ITEM = re.compile(r"\s*(?:[•●▪‣◦∙·]|[-*–](?=\s)|\d{1,2}[.)]\s|\(?[a-z][.)]\s)")
_ENDS_SENTENCE = (".", "!", "?", ":", ";", "…", "”", '"', ")")
_SUFFIXES = frozenset(
    "ing ed es er ers est ly tion tions sion ment ments ness ity ance ence ous ive able ible al ial ary ory ise ize "
    "ised ized".split()
)


def join_markers(lines: list[str]) -> list[str]:
    """A bullet or number alone on its line joined to the item on the next line (blank lines between
    them skipped); a marker with no item after it is left for the reader to drop."""
    joined: list[str] = []
    pending: str | None = None
    for line in lines:
        if pending is not None and not line.strip():
            continue
        if pending is not None and any(c.isalnum() for c in line):
            joined.append(f"{pending.strip()} {line.strip()}")
            pending = None
            continue
        if pending is not None:
            joined.append(pending)
        pending = line if _MARKER_ONLY.fullmatch(line) else None
        if pending is None:
            joined.append(line)
    if pending is not None:
        joined.append(pending)
    return joined


# Words a line ends with only where its sentence goes on to the next line.
_GOES_ON = frozenset("and or but the a an to of in for with on at by from that your our their as".split())
MOST_ITEM_WORDS = 24  # words of a line read as one item of a list that lost its bullets (a wrapped line has fewer)


def mark_listed_lines(lines: list[str]) -> list[str]:
    """Lines that list things after a lead-in ending ':' with no bullets ('To apply you must:' / 'be at least 21;' /
    'have held a licence for 12 months;'), as a list copied from a web page leaves them, each marked as an item,
    so that no line is joined to the one before: each ends with ';' but the last, or each starts in lowercase and
    none ends where a sentence goes on ('and', 'the', a comma)."""
    marked = list(lines)
    index = 0
    while index < len(marked):
        if not marked[index].rstrip().endswith(":"):
            index += 1
            continue
        start = index + 1
        while start < len(marked) and not marked[start].strip():
            start += 1
        end = start
        while end < len(marked) and marked[end].strip():
            end += 1
        if _listed([line.strip() for line in marked[start:end]]):
            marked[start:end] = [f"• {_as_item(line.strip())}" for line in marked[start:end]]
        index = max(end, index + 1)
    return marked


def _listed(run: list[str]) -> bool:
    """Whether lines after a lead-in are the items of a list with no bullets (see mark_listed_lines)."""
    if len(run) < 2 or any(_LIST_ITEM.match(line) or len(line.split()) > MOST_ITEM_WORDS for line in run):
        return False
    ended = all(re.search(r";(?:\s+(?:and|or))?$", line) for line in run[:-1])
    goes_on = any(line.endswith(",") or line.split()[-1].lower() in _GOES_ON for line in run[:-1])
    return ended or (all(line[:1].islower() for line in run) and not goes_on)


def _as_item(line: str) -> str:
    """A listed line without the semicolon that ended it ('have the right to work here; or' -> '..., or')."""
    return re.sub(r";(?:\s+(and|or))?$", lambda m: f", {m.group(1)}" if m.group(1) else "", line)


@cache
def _frequency(word: str) -> float:
    """How common an English word is (Zipf scale, 0 for unknown words)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def _join_hyphenated(first: str, second: str) -> str:
    """Two halves of a word broken at a line end: one word ("mov-" "ing": "moving") unless the hyphen
    belongs to it ("well-" "being": "well-being")."""
    head = first[:-1]
    start = re.match(r"[A-Za-z]+", second)
    tail = start.group(0) if start else ""
    if tail.lower() in _SUFFIXES or _frequency((head.split()[-1] + tail).lower()) >= _frequency(tail.lower()):
        return head + second
    return first + second


def _wrap_width(lines: list[str]) -> int:
    """The width text was wrapped at, or 0 when its lines do not look wrapped: most long lines end
    near one width, and many of them end mid-sentence."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 6:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    near = [line for line in lines if len(line.rstrip()) >= width * 0.75]
    mid_sentence = [line for line in near if not line.rstrip().endswith(_ENDS_SENTENCE)]
    return width if width <= 110 and len(near) >= 4 and len(mid_sentence) >= len(near) / 3 else 0


def unwrap(lines: list[str]) -> list[str]:
    """Lines that continue a sentence joined to the line before: always when a word was hyphenated
    at the break or the next line starts in lowercase; in text wrapped at a fixed width, also when a
    line that fills the width stops mid-sentence."""
    width = _wrap_width(lines)
    joined: list[str] = []
    for line in lines:
        previous = joined[-1].rstrip() if joined else ""
        text = line.strip()
        if not previous or not text or previous.endswith(_ENDS_SENTENCE) or _LIST_ITEM.match(line):
            joined.append(line)
            continue
        hyphenated = re.search(r"[A-Za-z]-$", previous) is not None and text[:1].islower()
        continues = text[:1].islower() or (width and len(previous) >= width * 0.75)
        if hyphenated:
            joined[-1] = _join_hyphenated(previous, text)
        elif continues:
            joined[-1] = f"{previous} {text}"
        else:
            joined.append(line)
    return joined

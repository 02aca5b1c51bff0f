"""Dates as pages write them ('20 March 2024', 'March 20, 2024', '2024-03-20', '20/03/2024') and the labelled
lines that state a page's dates ('Published 20 March 2024', 'Last updated: 3 Jan 2025 — see all updates')."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")  # fmt: skip
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)"  # ('Thursday 8 February 2029')
DATE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"  # noqa: E501
# "Published 20 March 2024", "Last updated: 3 Jan 2025 — see all updates", "Page last reviewed: 12 August 2024".
_DATED = {
    "published": r"(?:(?:first\s+)?published|issued|dated)(?:\s+on)?",
    "updated": r"(?:page\s+)?(?:last\s+)?updated(?:\s+on)?",
    "reviewed": r"(?:page\s+)?last\s+reviewed(?:\s+on)?",
    "next_review": r"next\s+review(?:\s+due)?(?:\s+on)?",
}
DATED_LINE = {
    # ('Issued 14 November 2027, 4pm': a time after the date is the hour of it)
    key: re.compile(
        rf"{label}\s*:?\s*(?P<date>{DATE})(?:,?\s*(?:at\s+)?\d{{1,2}}(?:[.:]\d{{2}})?\s*(?:am|pm)?)?"
        rf"(?:\s*[-–—,]?\s*see all updates)?\.?",
        re.IGNORECASE,
    )
    for key, label in _DATED.items()
}
# A label alone on its line, with its value on the next ("Published" / "7 March 2023", "From:" / "Home Office").
LABEL_ALONE = {key: re.compile(rf"{label}\s*:?", re.IGNORECASE) for key, label in _DATED.items()}


def iso_date(text: str) -> str | None:
    """A date as written on a page ("20 March 2024", "March 20, 2024", "2024-03-20", "20/03/2024") in ISO
    form, or None when it is not a real date."""
    words = re.findall(r"[a-z]+|\d+", text.lower())
    numbers = [int(w) for w in words if w.isdigit()]
    month = next((i + 1 for i, m in enumerate(_MONTHS) for w in words if w.isalpha() and m.startswith(w[:3])), None)
    try:
        if month is not None and len(numbers) >= 2:
            day, year = (numbers[0], numbers[1]) if numbers[1] > 31 else (numbers[1], numbers[0])
            return date(year, month, day).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
            return date.fromisoformat(text.strip()).isoformat()
        if len(numbers) == 3:  # day/month/year, as British pages write it
            return date(numbers[2], numbers[1], numbers[0]).isoformat()
    except ValueError:
        return None
    return None

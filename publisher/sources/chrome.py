"""Page chrome: lines that web pages wrap around a factsheet and that nobody wants read aloud."""

from __future__ import annotations

import re

# Whole lines (case-insensitive) that are navigation, sharing or cookie text, never content.
CHROME_LINES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"skip to (main )?content",
        r"posted (by|on):.*",
        r"categories:.*",
        r"sharing and comments",
        r"share this (page|article)\b.*",
        r"(accept|reject) (all |additional |analytics )?cookies.*",
        r"cookies on gov\.uk",
        r"this was published under the .* government",
        r"(back to )?top of page",
        r"print this page",
        r"page \d+( of \d+)?",  # a page number left in text copied from a PDF or a printed page
    )
)

# A line like "Posted by: ..., Posted on: ..." follows the title on GOV.UK blogs.
BYLINE = re.compile(r"^\s*posted (by|on):", re.IGNORECASE)


def is_chrome(line: str) -> bool:
    """True when the whole line is page chrome."""
    stripped = line.strip()
    return any(pattern.fullmatch(stripped) for pattern in CHROME_LINES)

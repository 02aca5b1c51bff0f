"""What the easy-read rules make of one sentence, as the unseen-guard tests compare it."""

from __future__ import annotations

from publisher.plain import restructure


def restructured(sentence: str) -> list[str]:
    """The sentence's easy-read pieces, a bullet list shown as 'intro item / item / ...'."""
    pieces, _ = restructure(sentence)
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]

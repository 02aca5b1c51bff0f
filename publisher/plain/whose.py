"""A closing 'whose' clause said as a sentence of its own: 'with our contractor, Heatwise Services, whose engineers are
all registered' -> '... with our contractor, Heatwise Services.' 'Their engineers are all registered.'"""

from __future__ import annotations

import re

from .parse import stands_alone
from .parser import parse
from .syntax import _plural
from .wording import PERSONS

_WHOSE = re.compile(r",\s+whose\s+(?P<rest>[^,]+(?:,\s+(?!(?:and|but|or|which|who|whose)\b)[^,]+)*)$")


def at_whose(body: str) -> list[str] | None:
    """'X, whose Y are Z' -> 'X.' 'Their Y are Z.' (or 'Its Y' after one thing that is no person); only where the
    clause ends the sentence and both sentences stand alone."""
    match = _WHOSE.search(body)
    if match is None:
        return None
    main = body[: match.start()]
    doc = parse(main)
    owner = next((t for t in reversed(doc) if t.pos_ in ("NOUN", "PROPN")), None)
    if owner is None or owner.i < len(doc) - 2:
        return None
    person = owner.lemma_.lower() in PERSONS or owner.lower_ in ("people", "children")
    their = _plural(owner) or person or owner.tag_ == "NNPS"
    said = f"{'Their' if their else 'Its'} {match['rest']}"
    if not stands_alone(f"{main}.") or not stands_alone(f"{said}."):
        return None
    return [main, said]

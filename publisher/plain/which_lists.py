"""A list that ends a sentence after ', which are' or ', which include', said after the sentence as bullets: 'on the
grounds of the 4 licensing objectives, which are A, B, C and D' -> '... objectives.' 'These are:' and the four."""

from __future__ import annotations

import re

from .lists import _has_verb
from .parse import parse, stands_alone
from .series import Bullets, Piece
from .syntax import _words

_WHICH_ARE = re.compile(r",\s+which\s+(?P<verb>are|include)\s+(?P<things>[^;:()]+)$")
FEWEST_THINGS = 3
LONGEST_THING = 8  # words: a thing named, not a clause


def which_are_as_bullets(body: str) -> list[Piece] | None:
    """The sentence up to ', which are' and the things it names as bullets; None unless there are three or more
    things, each short and with no verb of its own, after a plural noun."""
    match = _WHICH_ARE.search(body)
    if match is None:
        return None
    before = body[: match.start()]
    noun = before.rsplit(maxsplit=1)[-1]
    if not noun.endswith("s") or noun.endswith("ss") or not stands_alone(f"{before}."):
        return None
    chunks = [c.strip() for c in match.group("things").split(",")]
    last = re.match(r"(?:and|or)\s+(?P<rest>.+)", chunks[-1])
    if last is not None:
        chunks[-1] = last.group("rest")
    else:  # ('A, B and C': the last two share a chunk)
        parts = re.split(r"\s+(?:and|or)\s+(?!.*\s(?:and|or)\s)", chunks[-1])
        chunks[-1:] = parts if len(parts) == 2 else chunks[-1:]
    if len(chunks) < FEWEST_THINGS or any(not c or _words(c) > LONGEST_THING for c in chunks):
        return None
    if any(_has_verb(list(parse(c))) for c in chunks):
        return None
    intro = "These are:" if match.group("verb") == "are" else "These include:"
    return [f"{before}.", Bullets(intro=intro, items=tuple(chunks))]

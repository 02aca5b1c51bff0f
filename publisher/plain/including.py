"""Examples after a sentence as a bulleted list: 'X, including A, B and C' -> 'X.' 'This includes:' and the things."""

from __future__ import annotations

import re

from .series import Bullets, Piece
from .wording import LEFT_OUT, WORD_COMMA, count_words, sentence_case

_TIME_ITEM = re.compile(r"(?:either|neither|both|during|until|before|after|afterwards|while|whilst)\b", re.IGNORECASE)
_INCLUDING = re.compile(r",\s+(including|which are|which include|such as)\s+")
_INTRODUCED = {
    "including": "This includes:",
    "which are": "These are:",
    "which include": "These include:",
    "such as": "Examples are:",  # ('such as A, B or C': any one is an example, and all are the examples)
}
# A plural noun, read from its spelling: 'checks', 'services' (not 'process', 'status', 'news' or 'its').
_PLURAL_END = re.compile(
    r"\b(?!(?:news|means|series|species|this|its|his|was|has|does|always|perhaps|whereas|plus)\b)[a-z]{2,}[^su'’]s$"
)
_CLAUSE_START = re.compile(
    r"(?:who|what|when|where|which|whether|why|how|if|unless|because|as|while|though|although)\b"
)


def including_as_bullets(body: str) -> list[Piece] | None:
    """A sentence that ends in ', including A, B and C' (or ', which are A, B and C', or ', such as A, B or C')
    becomes the sentence, then 'This includes:' (or 'These are:', 'Examples are:') and the things as bullets: 'This
    factsheet explains the payment, including who can get it, how much it is and when it is paid' -> 'This factsheet
    explains the payment.' 'This includes:' and the three."""
    found = list(_INCLUDING.finditer(body))
    if len(found) != 1 or count_words(body[: found[0].start()]) < 5:
        return None
    items = _items_after(body[found[0].end() :])
    # ('such as A, B, and C, and D is X': a link before an item but the last closed the list, and the sentence goes on)
    # ('including your family, either during the trial or afterwards': a time after the things is the sentence's)
    # Things of one kind: 'who can get it, how much it is and when' or 'A, B and C', but not 'A and B,
    # where it is right and fair to do so'.
    if (
        items is None
        or any(re.match(r"(?:and|or)\s", i) for i in items[:-1])
        # ('a photo, proof of age, such as A, B or C, and proof of address': the examples end at their own 'or', and
        # the sentence's list goes on)
        or (re.search(r"\s(?:and|or)\s", items[-2]) and re.search(r",\s+(?:and|or)\s[^,]*$", body))
        or LEFT_OUT.search(body[: found[0].start()])
        or any(_TIME_ITEM.match(i) for i in items[1:])
        or len({bool(_CLAUSE_START.match(i.lower())) for i in items}) > 1
    ):
        return None
    intro = _INTRODUCED[found[0].group(1)]
    # ('we carry out checks, including A, B and C': the checks include them)
    if intro == "This includes:" and _PLURAL_END.search(body[: found[0].start()]):
        intro = "These include:"
    placed = all(re.match(r"(?:on|in|at|by|near|inside|outside|under|along)\s", i) for i in items)  # ('in woods')
    intro = "For example, this could be:" if intro == "Examples are:" and placed else intro
    return [sentence_case(body[: found[0].start()]), Bullets(intro=intro, items=tuple(items))]


def _items_after(listed: str) -> list[str] | None:
    """The three or more things of 'A, B and C' (or 'A, B, or C'), each of at most 8 words; None otherwise."""
    *items, final = [part.strip() for part in WORD_COMMA.split(listed)]
    joined = re.match(r"(?:and|or)\s+", final)  # 'A, B, and C'
    last = [final[joined.end() :]] if joined else re.split(r"\s(?:and|or)\s", final)  # 'A, B and C'
    if len(last) != 1 + (joined is None):
        return None
    items += last
    return None if len(items) < 3 or any(not i or count_words(i) > 8 for i in items) else items

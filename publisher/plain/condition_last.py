"""An opening condition that lists things or cases, said after its main clause so that it can be listed: 'If no map
is available, or if there is any doubt, speak to the tree officer' -> 'Speak to the tree officer if:' and the two."""

from __future__ import annotations

import re

from .clause_lists import clauses_as_conditions, two_conditions_as_bullets
from .conditions import conditions_as_bullets
from .orders import an_order, opens_an_order
from .parse import stands_alone
from .parser import parse
from .series import Bullets, Piece
from .wording import EXAMPLE_OPENERS, LONG_SENTENCE, count_words

# 'If A, B or C, then X': the condition up to the last comma, the main clause after it (one with no comma of its own)
_OPENING = re.compile(r"If\s+(?P<condition>.*?),\s+(?:then\s+)?(?P<main>[^,]+)$", re.DOTALL)
_CLOSING_LISTERS = (conditions_as_bullets, two_conditions_as_bullets, clauses_as_conditions)


def opening_condition_listed(body: str) -> list[Piece] | None:
    """A long sentence's opening condition of several things or cases listed after its main clause, where a lister
    of closing conditions can list it; None otherwise (the condition is then asked or said first, as before)."""
    match = _OPENING.fullmatch(body)
    if match is None or count_words(body) <= LONG_SENTENCE:
        return None
    condition, main = match["condition"], match["main"]
    # (a condition of two clauses and no comma, 'If A and B, X', is left to the listers and rules it had before)
    if "," not in condition and not re.search(r"\b(?:or|and)\s+if\b", condition):
        return None
    # ('If you are worried about it, try and speak to them, they might not know': a sentence after a comma in the
    # condition is no thing it lists, and the main clause is not the last words)
    # ('If you think you have breathed it in, open the windows, turn it off and leave': an order is no thing listed)
    # ('If you find dead swans, geese or ducks, or other birds, such as gulls': examples blur where the things end)
    # ('If you have A, blood in your poo or B, you should call X': before a main clause with a subject of its own, a
    # part the small model might read as an order ('blood in your poo') is a thing, as orders cannot come there)
    parts, told = condition.split(", "), an_order(main) or not stands_alone(f"{main[:1].upper()}{main[1:]}.")
    ordered = any(
        stands_alone(f"{p[:1].upper()}{p[1:]}.") or (told and opens_an_order(list(parse(p)))) for p in parts[1:]
    )
    if ordered or any(opener in condition.lower() for opener in EXAMPLE_OPENERS):
        return None
    main = f"{main[:1].upper()}{main[1:]}"
    # ('you can report it and we will look into it': a condition after two clauses might be the second's alone)
    # ('please call us so that we can offer it to someone else': nor after a clause of its own in the main clause)
    two = re.search(r"\b(?:and|but|or)\s+(?:we|you|they|he|she|it|the|this|there)\b", main) is not None
    two = two or re.search(r"\b(?:so that|because|which|who|when|where|while|until|unless)\b", main) is not None
    # ('If you get A, B or C, you need not tell the office that pays them': said first, 'them' would come before the
    # things it means)
    pointing = re.search(r"\b(?:they|them|their|these|those)\b", main, re.IGNORECASE) is not None
    # ('If a fire door does not close, or if it is damaged, please report it': so would 'it' before the thing the
    # condition brings in)
    brought_in = re.search(r"\b(?:a|an)\s", condition) is not None
    pointing = pointing or (brought_in and re.search(r"\bit\b", main) is not None)
    if two or pointing or not stands_alone(f"{main}.") or main.endswith("?"):
        return None
    moved = f"{main} if {condition}"
    for lister in _CLOSING_LISTERS:
        pieces = lister(moved)
        if pieces and any(isinstance(p, Bullets) for p in pieces):
            return pieces
    return None

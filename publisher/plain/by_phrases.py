"""A phrase of who runs or supports a thing, or where people are based, between commas, said as a sentence of its
own: 'The boats, driven by criminals, are unsafe' -> 'The boats are unsafe.' 'They are driven by criminals.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import is_finite
from .parser import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PARTICIPLE = re.compile(
    r",\s+(driven|run|led|used|made|owned|operated|helped|paid|sent|built|funded|supported)\s+by\s+([^,]+),\s+"
)
_BASED = re.compile(r",\s+with\s+([^,]+?)\s+(now\s+)?(based|working|located)\s+in\s+([^,]+),\s+")


def at_aside(body: str) -> list[str] | None:
    """A phrase between commas becomes its own sentence: 'The boats, driven by X, are Y' ->
    'The boats are Y.' 'They are driven by X.'"""
    match = _PARTICIPLE.search(body)
    # ('spaces, run by the council, libraries, churches and shops.': a list goes on after the comma, no sentence)
    # ('Officers carried out 9 warrants between 22 and 28 February, supported by X, and also Y': after a clause, the
    # phrase is of the doer, not of the word before it)
    doc = parse(body)
    finite = [t.idx for t in doc if is_finite(t)]
    if match and any(i >= match.end() for i in finite):
        subject = body[: match.start()].rsplit(maxsplit=1)[-1]
        pronoun: str | None = "They are" if subject.lower().endswith("s") else "It is"
        # ('Officers carried out 9 warrants between 22 and 28 February, supported by X, and also Y': after a clause,
        # the phrase is of the doer, not of the word before it; 'it' or 'he' for one doer would be a guess)
        if any(i < match.start() for i in finite):
            pronoun = _doers_pronoun(doc, match.start())
            if pronoun is None:
                return None
        rest = body[: match.start()] + " " + body[match.end() :]
        return [rest, f"{pronoun} {match.group(1)} by {match.group(2)}"]
    match = _BASED.search(body)
    if match:
        rest = body[: match.start()] + ", " + body[match.end() :]
        said = f"{match.group(1)} are {match.group(2) or ''}{match.group(3)} in {match.group(4)}"
        return (
            [body[: match.start()], said, "This is " + body[match.end() :]]
            if body[match.end() :].startswith("to ")
            else [rest, said]
        )
    return None


def _doers_pronoun(doc: Doc, before: int) -> str | None:
    """'They were' (or 'We are', ...) for the many who are the subject of the clause before a phrase at this offset,
    in the clause's tense; None for one doer or none."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if root is None or subject is None or subject.idx > before:
        return None
    named = {"we": "We", "they": "They"}.get(subject.lower_)
    named = named or ("They" if subject.tag_ in ("NNS", "NNPS") else None)
    if named is None:
        return None
    return f"{named} {'were' if root.tag_ == 'VBD' else 'are'}"

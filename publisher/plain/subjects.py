"""Three or more subjects of one verb, listed as bullets after the verb: 'Children under 18, people aged 60 and over,
and people who get certain benefits do not pay' -> 'These people do not pay:' and the three."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chunks import _a_noun_phrase, _comma_chunks
from .clause_lists import LONGEST_SEMICOLON_ITEM
from .misreads import noun_again_as_verb
from .parse import SUBJECTS, stands_alone
from .parser import parse
from .series import Bullets, Piece
from .syntax import _root, _text, _words
from .wording import LONG_SENTENCE, PERSONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FEWEST = 3
_OPENERS = frozenset({"WDT", "WP", "IN"})
_LONGEST_SAID = 14  # words of what the subjects do, said before them
# Plural words for people, said of a list of kinds of people as 'These people'
_PEOPLE = frozenset({"people", "children", "adults", "residents", "tenants", "parents", "carers", "pupils", "students"})
_PEOPLE |= frozenset(f"{p}s" for p in PERSONS)


def _head(item: list[Token]) -> Token | None:
    """The first noun of a subject: 'Homes' of 'Homes that are let', 'people' of 'young people under 18'."""
    # ('sheds' after a comma, which the parse may read as a verb: see noun_again_as_verb)
    return next((t for t in item if t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VBZ"), None)


def _kind(heads: list[Token]) -> str | None:
    """What the subjects all are, in the plural: the one noun they share ('homes'), or 'people' for kinds of people."""
    words = {h.lower_ for h in heads}
    if any(h.tag_ not in ("NNS", "VBZ") for h in heads):
        return None
    if len(words) == 1:
        return words.pop()
    return "people" if words <= _PEOPLE else None


def _said_from(doc: Doc) -> int | None:
    """Where what the listed subjects do starts: the main verb and its helpers, the subject before them; where the
    parse took a noun said again for the verb ('Sheds that are small, sheds at X'), the first verb of the last
    subject's words that no 'who', 'which' or 'that' opens."""
    root = _root(doc)
    if root is None or root.pos_ not in ("VERB", "AUX") or root.tag_ == "VBZ":
        if root is None or not noun_again_as_verb(doc[:]):
            return None
        last = max((t.i for t in doc[: root.i + 1] if t.text == ","), default=0)
        verbs = (t for t in doc[root.i + 1 :] if t.tag_ in ("MD", "VBP", "VBD") and t.nbor(-1).tag_ not in _OPENERS)
        return next((t.i for t in verbs if t.i > last), None)
    # (the verb's own subject among the listed words: 'Homes let by X, ... do not need', not 'The council, ... said')
    if not any(c.dep_ in SUBJECTS and c.i < root.i for c in root.children):
        return None
    return min([root.i, *(c.i for c in root.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < root.i)])


def _subjects(doc: Doc, said_from: int) -> tuple[list[list[Token]], str] | None:
    """The listed subjects before what they do, each a thing of its own between commas, and the word that links the
    last ('and' or 'or'); None unless there are three or more and nothing after them has a comma."""
    chunks = [c for c in _comma_chunks(doc[:said_from]) if c]
    if (
        len(chunks) < _FEWEST
        or chunks[-1][0].lower_ not in ("and", "or")
        or any(t.text == "," for t in doc[said_from:])
    ):
        return None
    items = [chunks[0], *(c[1:] if c[0].lower_ in ("and", "or") else c for c in chunks[1:])]
    things = all(i and (_a_noun_phrase(i) or _head(i) == i[0]) for i in items)
    if any(c[0].lower_ in ("and", "or") for c in chunks[1:-1]) or not things:
        return None
    return items, chunks[-1][0].lower_


def subjects_as_bullets(body: str) -> list[Piece] | None:
    """A long sentence whose subject is a list of three or more kinds of one thing, each between commas, becomes
    'These <things> <do what the sentence says>:' and the kinds as bullets; None unless the kinds share a noun or
    are all people."""
    doc = parse(body) if _words(body) > LONG_SENTENCE else None
    said_from = _said_from(doc) if doc is not None else None
    found = _subjects(doc, said_from) if doc is not None and said_from is not None else None
    if doc is None or said_from is None or found is None:
        return None
    items, link = found
    heads = [_head(i) for i in items]
    kind = _kind([h for h in heads if h is not None]) if all(heads) else None
    said = _text(doc[said_from:]).rstrip(".")
    if kind is None or _words(said) > _LONGEST_SAID or any(_words(_text(i)) > LONGEST_SEMICOLON_ITEM for i in items):
        return None
    if not stands_alone(f"These {kind} {said}."):
        return None
    listed = [_text(i) for i in items]
    listed = [i if i.split()[0].isupper() or items[k][0].tag_ == "NNP" else i[0].lower() + i[1:]
              for k, i in enumerate(listed)]  # fmt: skip
    if link == "or":
        listed[-2] = f"{listed[-2]}, or"
    return [Bullets(intro=f"These {kind} {said}:", items=tuple(listed))]

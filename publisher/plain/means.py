"""How the reader does what a sentence says they can do, said on its own: 'You can renew your pass by filling in the
online form' -> 'You can renew your pass.' 'You can do this by filling in the online form.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parser import parse
from .syntax import _root, _standing, _text
from .wording import count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that make the way one among others, or the only one: said apart, the step would lose them
_HEDGED = frozenset({"just", "simply", "only", "even", "also", "mainly", "partly", "not"})
# After the way, words that may belong to the main clause or to the way: where they go is not clear
_CLAUSE_AFTER = re.compile(r"\b(?:if|when|unless|because|so that|while|until|before|after|as long as)\b", re.I)
_AN_EXAMPLE = re.compile(r",\s+(?P<said>for example|for instance)$")


SHORTEST_MAIN = 5  # words of what the reader does before a way said apart


def at_by_doing(body: str) -> list[str] | None:
    """'You can find out your date by using the calculator at X' -> 'You can find out your date.' 'You can do this by
    using the calculator at X.' Only where the reader is the one who does it, and the way ends the sentence (the
    parse may hang it on a verb inside the main clause, where the rule for a closing means does not look)."""
    doc = parse(body)
    root = _root(doc)
    # ('you could be committing an offence by letting it': 'You can do this by letting it' would allow it; so would a
    # 'can' for what is done to you)
    if root is None or root.tag_ == "VBG" or any(c.dep_ in ("neg", "auxpass") for c in root.children):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in root.children):
        return None
    ways = [t for t in doc if t.lower_ == "by" and t.i > root.i and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"]
    if not ways:
        return None
    by = ways[0]
    step = doc[by.i + 1 :]
    words = _text(step)
    before = doc[by.i - 1]
    unsure = before.lower_ in _HEDGED or _CLAUSE_AFTER.search(words) is not None
    # ('You can do this by X': already what the split would say; 'by doing so' says nothing alone)
    said = re.search(r"\bdo (?:this|so|it)$", _text(doc[: by.i])) or re.match(r"doing (?:so|this|that|it)\b", words)
    # ('renew them online, by phoning X, or at any library': one of a list of ways, not how the whole is done)
    listed = before.text == "," and re.search(r"\b(?:or|and)\s+(?!by\b)(?:at|in|on|online|through|via|from)\b", words)
    # ('refer yourself by calling X, or ask your GP to refer you': the other way is the main verb's, not the call's)
    listed = listed or re.search(r",\s+or\s+(?!by\b)", words)
    # ('You can download them or ask for them by calling X': the way may be the last choice's alone)
    joined = [v for v in (root, by.head, by.head.head) if v.pos_ == "VERB"]
    choice = any(c.dep_ == "cc" and c.lower_ == "or" and c.i < by.i for v in joined for c in v.children)
    if unsure or said or listed or choice or one_place_of_several(doc, by):
        return None
    # ('first, for example by talking to them': the example is the way, so it goes with the way)
    main = _text(doc[: by.i])
    # ('You can get it by calling X': 'You can get it.' says nothing alone, and the whole is short)
    if count_words(main) < SHORTEST_MAIN:
        return None
    example = _AN_EXAMPLE.search(main)
    lead = f"{example['said'][0].upper()}{example['said'][1:]}, you" if example else "You"
    main = main[: example.start()] if example else main
    # (said as the rule for a means that ends a sentence says it, see timing.at_time_limit)
    return _standing([main, f"{lead} can do this by {words}"])


def one_place_of_several(doc: Doc, by: Token) -> bool:
    """Whether a way belongs to one of a list of places, not to the whole: 'report it to the police by calling 101,
    to the council through its website, or to X' (the preposition just before the way comes again after a comma)."""
    before = next((t for t in doc[: by.i] if t.dep_ in ("prep", "dative") and t.right_edge.i == by.i - 1), None)
    pattern = rf",\s+(?:(?:or|and)\s+)?{before.lower_}\s" if before is not None else None
    return pattern is not None and re.search(pattern, _text(doc[by.i :]), re.IGNORECASE) is not None

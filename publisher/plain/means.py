"""How the reader does what a sentence says they can do, said as a step of its own: 'You can renew your pass by
filling in the online form' -> 'You can renew your pass.' 'To do this, fill in the online form.'"""

from __future__ import annotations

import re

from .parse import parse, verb_lemma
from .syntax import _root, _standing, _text

# Words that make the way one among others, or the only one: said apart, the step would lose them
_HEDGED = frozenset({"just", "simply", "only", "even", "also", "mainly", "partly", "not"})
# After the way, words that may belong to the main clause or to the way: where they go is not clear
_CLAUSE_AFTER = re.compile(r"\b(?:if|when|unless|because|so that|while|until|before|after|as long as)\b", re.I)


def at_by_doing(body: str) -> list[str] | None:
    """'You can find out your date by using the calculator at X' -> 'You can find out your date.' 'To do this, use the
    calculator at X.' Only where the reader is the one who does it, and the way ends the sentence."""
    doc = parse(body)
    root = _root(doc)
    if root is None or any(c.dep_ == "neg" for c in root.children):
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
    if before.lower_ in _HEDGED or _CLAUSE_AFTER.search(words) or re.match(r"doing (?:so|this|that|it)\b", words):
        return None
    # ('by contacting us or by phoning X', 'by going to X and following Y': each way is said as a step)
    linked = {by.i + 1}
    for token in step:
        after_link = token.i >= 2 and doc[token.i - 1].lower_ in ("and", "or", "by") and token.tag_ == "VBG"
        if after_link and (doc[token.i - 1].lower_ != "by" or doc[token.i - 2].lower_ in ("and", "or")):
            linked.add(token.i)
    dropped = {t.i - 1 for t in step if t.i in linked and doc[t.i - 1].lower_ == "by"}
    said = "".join(
        ("" if t.i in dropped else (verb_lemma(t) if t.i in linked else t.text) + t.whitespace_) for t in step
    )
    return _standing([_text(doc[: by.i]), f"To do this, {said.strip()}"])

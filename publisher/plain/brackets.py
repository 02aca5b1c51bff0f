"""An aside in brackets that is a sentence of its own, said after the sentence it was in: 'Leave the box by your
door (collection times can vary).' -> 'Leave the box by your door.' 'Collection times can vary.'"""

from __future__ import annotations

import re

from .parse import stands_alone
from .syntax import _words

_BRACKETED = re.compile(r"\s*\(([^()]+)\)")
FEWEST_IN_AN_ASIDE = 3  # words in brackets that may make a sentence ('(GP)', '(18 or over)' never do)
# an aside that goes on from the words before it ('(or create an account)', '(and their partner)'), or is a
# condition, an example or a name of what came before ('(known as the relief duty)')
_GOES_ON = re.compile(
    r"(?:or|and|but|if|unless|as|for|such|including|like|e\.g|i\.e|that is|known|also|not|because|although|"
    r"provided|except|excluding|from|in|on|at|by|with|without|via|where|when|while|who|whose)\b",
    re.IGNORECASE,
)
_WHICH_SAYS = re.compile(r"^which\s+(?=(?:is|was|means|meant|has|can|will|may|must|should)\b)", re.IGNORECASE)


def at_bracketed_sentence(body: str) -> list[str] | None:
    """The sentence without its aside in brackets, then the aside, where the aside says a thing of its own
    ('(the tenant arranges this)'; '(which means X)' -> 'This means X.'); None for any other sentence."""
    asides = [m for m in _BRACKETED.finditer(body) if _words(m.group(1)) >= FEWEST_IN_AN_ASIDE]
    if len(asides) != 1:
        return None
    match = asides[0]
    inside = _WHICH_SAYS.sub("This ", match.group(1).strip(), count=1)
    rest = f"{body[: match.start()]}{body[match.end() :]}".strip()
    if _GOES_ON.match(inside) or not rest or rest[-1:] in (",", ":"):
        return None
    said = f"{inside[0].upper()}{inside[1:]}"
    return [rest, said] if stands_alone(said) and stands_alone(rest) else None

"""What must follow a word the table swaps for its plain word to read: 'ensure' is 'make sure' only before a clause,
'respond to' is 'deal with' only before a thing, 'provide' is 'give' only where no one it is for follows with 'for'."""

from __future__ import annotations

import re

from .wording import PERSONS

# 'ensure' said as 'make sure', which reads only before a clause: a subject pronoun or 'that' first, or a verb before
# the next stop or a comma that does not go on with 'or' or 'and' ('ensure your home, or the home you buy, can get X')
FINITE_AHEAD = re.compile(
    r"\s+(?:that|you|we|they|he|she|it|i|everyone|everybody)\b|"
    r"(?:[^,.;:!?()]|,\s+(?:or|and)\s[^,.;:!?()]*,|,\s+(?:or|and)\b)*?\b(?:is|are|was|were|be|has|have|had|can|could|will|would|may|might|must|"
    r"should|do|does|did|gets?|keeps?|stays?|meets?|goes|knows?|takes?|pays?|receives?|"
    r"(?<!\bif )(?<!\bwhere )(?<!\bwhen )(?<!\bunless )(?<!\bas )\w+ed)\b",  # ('early treatment if needed': no clause)
    re.IGNORECASE,
)
# 'respond to' said as 'deal with', which reads only before a noun phrase ('respond to confirm X' is a purpose): a
# determiner, a name, or a word with a noun's or a describing word's ending ('illegal migration', 'complaints')
NOUN_NEXT = re.compile(
    r"\s+(?:(?i:the|a|an|your|our|their|this|these|that|those|any|all|every|each|it|them|us|me|him|her)\b|[A-Z]|"
    r"[a-z]+(?:al|ic|ous|ion|ment|ity|ness|ive|ent|ant|s)\b)"
)
# 'for more information' said as 'to find out more', which cannot lead a list ('For more information, a copy of the
# policy and the form, visit X')
NOT_A_LIST_NEXT = re.compile(r"(?!,\s+(?:a|an|the|your|our|any)\s[^.;:]*\band\b)")
# 'provided that' as a condition, whose 'that' opens a clause: a subject next that is a pronoun, or has a
# determiner or a name ('provided that the rent is paid'); not 'provided that person continues', where 'that'
# says which person and 'as long as person continues' has lost it; a plural's verb says 'that' is no 'which'
CLAUSE_AFTER_THAT = re.compile(
    r"\s+(?:(?i:the|a|an|your|our|their|his|her|its|this|these|those|any|all|every|each|no|you|we|they|he|she|it|"
    r"i|there|everyone|everybody|anyone|anybody|someone|somebody|nobody|nothing|everything)\b|[A-Z£$€\d]|"
    r"(?:[a-z]+\s+)?[a-z]+s\s+(?:are|were|have|do|can|will|must|may|should|would|could)\b)"  # ('that earnings are')
)
# Words the table swaps only where what follows them reads after the plain words
# 'consider your application' is 'look at' it; 'considers a pupil to be absent' (a judging) and 'consider getting
# help' (a thinking about doing) are not ('such as' is no judging)
LOOKED_AT_NEXT = re.compile(r"(?!\s+[a-z]+ing\b)(?![^,.;:!?()]*?(?<!\bsuch)\s+(?:to\s+be|as)\b)")
# ('benefits they are not entitled to by X': with its thing before it, 'cannot get' would say they cannot get what
# they got)
THING_NEXT = re.compile(
    r"(?!\s*(?:$|[^\w\s£$€]|(?:by|to|in|on|at|for|from|with|because|as|if|when|and|or|but|so|unless|until|while)\b))"
)
# ('provide meals for the children': 'give meals for them' is no English; 'give' takes its 'to')
_SOMEONE = rf"(?:the\s+|your\s+|their\s+|our\s+)?(?:{'|'.join(PERSONS)}|children|them|you|us)\b"
NOT_FOR_SOMEONE = re.compile(rf"(?!\s+(?:[\w'-]+,?\s+){{0,5}}?for\s+{_SOMEONE})", re.IGNORECASE)
NEXT_NEEDED = {
    "consider": LOOKED_AT_NEXT,
    "considers": LOOKED_AT_NEXT,
    "are not entitled to": THING_NEXT,
    "is not entitled to": THING_NEXT,
    "ensure": FINITE_AHEAD,
    "ensures": FINITE_AHEAD,
    "ensuring": FINITE_AHEAD,
    "respond to": NOUN_NEXT,
    "responds to": NOUN_NEXT,
    "responded to": NOUN_NEXT,
    "attend to": NOUN_NEXT,
    "provided that": CLAUSE_AFTER_THAT,
    "for more information": NOT_A_LIST_NEXT,
    "for further information": NOT_A_LIST_NEXT,
    "provide": NOT_FOR_SOMEONE,
    "provides": NOT_FOR_SOMEONE,
}


_AFTER_BE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?P<the>the\s+)?$", re.IGNORECASE)


def nominal_after_be(said: str, before: str) -> bool:
    """Whether a 'the X of' the table says as a doing follows 'is' or 'are' ('the objectives, which are the prevention
    of crime, public safety and X': 'which are stopping crime' would read as what they are doing)."""
    after_be = _AFTER_BE.search(before)
    return after_be is not None and said.endswith(" of") and (said.startswith("the ") or after_be["the"] is not None)


# ('you must attend unless X', 'if you do not attend without a good reason': a plain 'go to' needs a place after it)
_NO_PLACE_NEXT = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:unless|without|if|when|on|at|in|for|because|but|until|before|after|as|with|"
    r"yourself|themselves|today|tomorrow|again|regularly|there|(?:and|or)\s+(?:you|we|they|he|she|if|unless))\b)",
    re.IGNORECASE,
)
# (unless the place came first: 'which practice you can attend', 'a hearing, which you can attend'; 'a school your
# child attends or X' keeps its 'to' by the 'or' and no clause after it)
_PLACE_BEFORE = re.compile(
    r"\b(?:which|what|whom|where)\b[^,.;]*$|"
    r"(?<!\bsays)(?<!\bsaid)(?<!\bsure)(?<!\bmeans)(?<!\bthink)(?<!\bknow)(?<!\btell)(?<!\bshows)\s+that\s[^,.;]*$",
    re.IGNORECASE,
)


def gone_without_a_place(plain: str, before: str, after: str) -> str:
    """A plain 'go to' (for 'attend') said as 'go' where no place follows it or came before it ('you must go unless
    X'; 'the hearing, which you can go to')."""
    went = plain.endswith(("go to", "goes to", "going to")) and _NO_PLACE_NEXT.match(after) is not None
    return plain.removesuffix(" to") if went and _PLACE_BEFORE.search(before) is None else plain

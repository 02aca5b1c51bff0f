"""The last resort of the sentence splitter: a long sentence cut at the comma nearest its middle, where
both sides are clauses of five words or more."""

from __future__ import annotations

import re

from .linking import continues_a_condition, inside_a_series_of_clauses
from .wording import QUESTION_WORDS, SUBORDINATE, count_words

_OPENING_PREPOSITIONS = ("in", "on", "at", "during", "for", "from", "by", "with", "without", "under", "over",
                         "after", "before", "since", "across", "within", "between", "following", "throughout",
                         "according to", "as well as", "along with", "in addition to")  # fmt: skip
# Words that make a run of words a clause: pronouns, auxiliaries and common past tenses.
_CLAUSE_WORDS = frozenset(
    """
    we they he she it i you there is are was were be been has have had do does did will would can could
    should must may might shall made took gave went came saw found told said got began brought built kept
    left met paid put ran sent set spent won rose fell
    """.split()
)


def _is_opening_phrase(text: str) -> bool:
    """Words before a comma that open with a preposition and hold no clause: "In the first quarter
    of this year", not "In 2019 we made 418 arrests"."""
    words = text.lower().split()
    if not text.lower().startswith(tuple(f"{p} " for p in _OPENING_PREPOSITIONS)):
        return False
    return not any(w.strip("'’") in _CLAUSE_WORDS or (w.endswith("ed") and len(w) > 4) for w in words[1:])


# A series of short items: "A, B, C and D" or "A, B or C" (items of up to three words).
_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
_SERIES = re.compile(rf"{_ITEM}(?:,\s+{_ITEM})+,?\s+(?:and|or)\s+{_ITEM}")


# What may follow a comma but cannot start a sentence of its own.
_FRAGMENT_START = re.compile(
    r"\s*(?:and|or|that|which|who|whom|whose|such as|for example|for instance|especially|particularly|like|"
    r"although|though|whereas|because|unless|until|if|when|while|whilst|where|wherever|whenever|whereby|whether|"
    r"since|as|than|including|except|unlike|together with|along with|as well as|rather than|in addition to|"
    r"apart from|due to|owing to|according to|prior to|"
    r"with|without|in|on|at|for|from|by|under|over|after|before|during|despite|through|within|across|"
    r"against|among|between|into|towards|per|more than|less than|fewer than|up from|down from|double|twice|"
    r"whatever|whichever|wherever|whoever|however|"
    # 'after 14 people in the borough, most of them aged over 75, lost X': an aside about the words before
    r"(?:most|many|some|all|none|each|both|several|half|one|two|three)\s+of\s+(?:them|these|those|whom|which|us|you)|"
    r"[a-z]+ing|"
    # 'placed on roads that we do not treat', 'usually in the evening': a participle's or an adverb's phrase
    r"[a-z]{3,}ed\s+(?:on|in|at|by|for|to|with|from|near|under|around|across|along|outside|inside|within)|"
    r"(?:usually|often|normally|mostly|mainly|generally|typically|always|sometimes)\s+(?:in|on|at|by|from|after|"
    r"before|during|within|between|for|when|if)"
    r")\b"
)


_WH = re.compile(rf"\b{QUESTION_WORDS}", re.IGNORECASE)
# 'the longer you leave it, the harder it is': two halves of one comparison, neither a sentence alone
_COMPARED = re.compile(r"\bthe (?:\w+er|more|less|fewer|sooner|better|worse)\b", re.IGNORECASE)
_WH_SERIES = re.compile(r"(?:,|\band|\bor)\s+(?:how|what|why|who|where|when|whether)\b", re.IGNORECASE)


_IN_A_RELATIVE = re.compile(r"\b(?:who|which|that)\s+(?:will|can|could|would|may|might|must|should)\s+[^,]*$")


# A clause whose opening word an aside interrupts: 'if, at the time X, you are Y'
_INTERRUPTED = re.compile(r"\b(?:if|unless|whether|when|because|that),\s", re.IGNORECASE)
# A 'that' clause that opens with a clause of its own: 'says that since X moved, the wait has fallen'
_OPENS_INSIDE = re.compile(
    r"\bthat\s+(?:since|after|before|when|if|because|although|though|while|until|once|unless)\b[^,]*$", re.IGNORECASE
)


def at_comma(body: str) -> list[str] | None:
    """The comma nearest the middle, when both sides are at least five words.

    Not after an opening subordinate clause ("When X, Y"): "When X." alone is not a sentence.
    """
    # ('people who are older, disabled, have a condition or ...': a list with a one-word item, which the
    # short series below may not take whole)
    if SUBORDINATE.match(body.lower()) or re.search(r",\s+[\w'’-]+,\s", body):
        return None
    total = count_words(body)
    listed = [range(m.start(), m.end()) for m in _SERIES.finditer(body)]
    best: tuple[float, int] | None = None
    for match in re.finditer(r",\s+", body):
        if any(match.start() in span for span in listed):
            continue  # "asthma, COPD, diabetes or heart disease": a list, not two clauses
        if _is_opening_phrase(body[: match.start()]):
            continue  # "In the first quarter of this year." is not a sentence
        if _COMPARED.match(body[match.end() :]) and _COMPARED.search(body[: match.start()]):
            continue
        if _WH_SERIES.search(body[match.end() :]) and _WH.search(body[: match.start()].rsplit(",", 1)[-1]):
            continue  # 'telling you how much is owed, the period it covers, why it happened and who pays': one list
        if inside_a_series_of_clauses(body[: match.start()], body[match.end() :]) or continues_a_condition(
            body[: match.start()], body[match.end() :]
        ):
            continue
        if _INTERRUPTED.search(body[: match.start()]) or _OPENS_INSIDE.search(body[: match.start()]):
            continue  # 'if, at the time it is dispensed, you are 60, you are under 16, or X': all of it is the 'if'
        if _IN_A_RELATIVE.search(body[: match.start()]):
            continue  # 'an adviser, who will keep in touch, help you X and put you Y': the clause's next verb
        left = count_words(body[: match.start()])
        if left >= 5 and total - left >= 5 and not _FRAGMENT_START.match(body[match.end() :]):
            distance = abs(left - total / 2)
            if best is None or distance < best[0]:
                best = (distance, match.start())
    if best is None:
        return None
    return [body[: best[1]], body[best[1] + 1 :]]

"""Sentences said twice: a sentence that repeats another (most of the same words) and holds no fact said
nowhere else is dropped; and the simple sentence split the rewriter reads its input with."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

DUPLICATE_OVERLAP = 0.65  # share of words two sentences have in common to count as saying the same
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|cannot)\b|n[’']t\b", re.IGNORECASE)
# Not after a short form that goes on ('approx. £1,500', 'e.g. a bus', 'Dr. Khan'; 'No. 12' in sentences_of)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bapprox\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)"
    r"(?<!\bSt\.)\s+(?=[\"“(]?[A-Z0-9£$€])"
)


@dataclass(frozen=True)
class Located:
    """A sentence of the original and where it is: section, block, item."""

    section: int
    block: int
    item: int
    text: str
    quoted: bool = False  # inside someone's words, which easy read keeps as they are
    listed: bool = False  # an item of a list or a table, whose items share most of their words by design


def sentences_of(text: str) -> list[str]:
    """Sentences of a paragraph (a simple split: the rewriter's input is display text)."""
    found: list[str] = []
    for piece in (s for s in _SENTENCE_END.split(text.strip()) if s):
        if found and re.search(r"\bNo\.$", found[-1]) and piece[:1].isdigit():
            found[-1] = f"{found[-1]} {piece}"  # 'No. 12 bus', where 'No.' alone answers a question
        else:
            found.append(piece)
    return found


# Someone's words: a span in quotation marks (an opening mark with no closing one runs to the end, as a
# quotation that goes on into the next paragraph does). A name in quotation marks ('known as "Tell Us
# Once"') is no quotation: a quotation has a sentence's end in it or is at least QUOTED_WORDS long.
_QUOTATION = re.compile(r'“[^”]*(?:”|$)|"[^"]*(?:"|$)')
QUOTED_WORDS = 6


def quoted_sentences(text: str) -> list[tuple[str, bool]]:
    """The sentences of a paragraph (as sentences_of gives them), each with whether any of it is inside
    a quotation."""
    spans = [m.span() for m in _QUOTATION.finditer(text.strip())
             if len(m.group(0).split()) >= QUOTED_WORDS or re.search(r"[.!?]", m.group(0)[1:-1])]  # fmt: skip
    found: list[tuple[str, bool]] = []
    start = 0
    for sentence in sentences_of(text):
        start = text.strip().find(sentence, start)
        end = start + len(sentence)
        found.append((sentence, any(a < end and start < b for a, b in spans)))
        start = end
    return found


# Words that make two sentences that share the rest say different things.
_CONTRASTS = frozenset(
    "inside outside other others another before after more less fewer over under above below only except same "
    "different older younger higher lower full half partial early late without".split()
)


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def marks_cut(pieces: list[str], whole: str) -> bool:
    """Whether a sentence cut into pieces left brackets or quotation marks open in one ('a school (where A, help may
    be offered to B)'; 'what they call a "highly vaccinated population," mumps still occur')."""
    brackets = any(p.count("(") != p.count(")") for p in pieces) and whole.count("(") == whole.count(")")
    straight = whole.count('"') % 2 == 0 and any(p.count('"') % 2 for p in pieces)
    curly = whole.count("“") == whole.count("”") and any(p.count("“") != p.count("”") for p in pieces)
    return brackets or straight or curly


# Words a restatement may add or change without saying anything new ('This must be' for 'Your baby's
# birth must be' is not one of them: 'birth' is named in the other).
_SAYS_NOTHING_NEW = frozenset(
    "the a an this that these those it its they them their we us our you your s is are was were be been "
    "will can may must should would could of to in on at for by with and or so".split()
)


EXHAUSTIVE_LIMIT = 2000  # sentences; longer documents are only checked for exact repeats


def _alike(first: Located, second: Located) -> bool:
    """Whether two sentences of one section share most of their words and say the same way round."""
    a, b = _tokens(first.text), _tokens(second.text)
    if first.section != second.section:
        return False  # a section is a chapter of its own, heard alone, often under its own condition
    if min(len(a), len(b)) < 6 or len(a & b) / len(a | b) < DUPLICATE_OVERLAP:
        return False
    if bool(_NEGATION.search(first.text)) != bool(_NEGATION.search(second.text)):
        return False  # "will notice" and "will not notice" say opposite things
    return not (a ^ b) & _CONTRASTS  # 'Children who live in the area.' 'Children who live outside the area.'


def find_duplicates(sentences: list[Located], facts: Callable[[str], set[str]]) -> set[int]:
    """Indexes of sentences that repeat another one in their section, add no word of their own that says
    something, and whose facts all appear elsewhere too."""
    dropped: set[int] = set()
    if len(sentences) > EXHAUSTIVE_LIMIT:
        first: dict[tuple[int, str], int] = {}
        for index, sentence in enumerate(sentences):
            words = sorted(_tokens(sentence.text))
            if len(words) >= 6 and first.setdefault((sentence.section, " ".join(words)), index) != index:
                dropped.add(index)
        return dropped
    for later in range(len(sentences)):
        for earlier in range(later):
            if earlier in dropped or not _alike(sentences[earlier], sentences[later]):
                continue
            for candidate, other in ((earlier, later), (later, earlier)):
                if sentences[candidate].listed:
                    continue  # 'Other children who live in the area' among the places in order: an item of its own
                if (_tokens(sentences[candidate].text) - _tokens(sentences[other].text)) - _SAYS_NOTHING_NEW:
                    continue  # 'Family members aged 16 or over qualify' is not 'Carers aged 16 or over qualify'
                others = "\n".join(s.text for i, s in enumerate(sentences) if i != candidate and i not in dropped)
                if facts(sentences[candidate].text) <= facts(others):
                    dropped.add(candidate)
                    break
    return dropped

"""Slugs and short human titles for documents and sections that have none."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from publisher.model import unused_name

from .furniture import GREETING
from .page_parts import LABEL_AND_VALUE, LABELLED

MAX_TITLE_WORDS = 8
MAX_SLUG_LENGTH = 60

# Words that never start, end or carry a title: function words and the verbs of official prose.
STOPWORDS = frozenset(
    """
    a about above across after again against all almost also although always am among an and another
    any are as at be because been before being below between both but by can could did do does doing
    done down during each either else ever every few for from further had has have having he her
    here hers him his how however i if in into is it its itself just least less made make makes
    making many may me might more most much must my near need needed needs neither no nor not now of
    off often on once one only onto or other others our ours out over own per perhaps put rather
    same see sees seeing seek she should since so some still such take takes taking than that the
    their theirs them then there these they this those though through thus to too toward towards
    under until up upon us use used using very via was we well were what when where whether which
    while who whom whose why will with within without would yet you your yours also already again
    last first year years time way ways whatever whoever said says say going get gets got including
    include includes new like s t isn aren wasn weren don doesn didn won wouldn shouldn can cannot
    couldn it's we're we've they're thank thanks dear please sincerely faithfully regards thing things
    lot lots straight away plenty soon even just
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    """.split()
)

_NEGATIONS = frozenset({"not", "never", "no", "nobody", "nothing", "without", "cannot", "don't", "doesn't", "didn't",
                        "won't", "can't", "shouldn't", "mustn't"})  # fmt: skip

NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve hundred thousand million
    """.split()
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")
_ADDRESS = re.compile(
    r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov\.uk|org\.uk|co\.uk|nhs\.uk|ac\.uk|com|org|info|uk)\b\S*"
)
_BRACKETED = re.compile(r"\([^()]*\)")
_BREAK = re.compile(r"[.,;:!?()\[\]\"“”–—/\n]+")


def slugify(text: str, fallback: str = "section") -> str:
    """An ASCII slug of at most 60 characters: lowercase letters, digits and single hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0] or slug[:MAX_SLUG_LENGTH]
    return slug or fallback


def make_unique(names: Iterable[str], separator: str = "-") -> list[str]:
    """The names in order, with a counter added to any that repeat an earlier one."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate = unused_name(name, seen, separator)
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def _phrases(text: str) -> list[list[str]]:
    """Runs of content words, split at punctuation and stopwords; 'and'/'of' join capitalised names."""
    runs: list[list[str]] = []
    # ('visit oakbridge.gov.uk/warmerhomes': an address or email is no phrase to name a part by)
    text = _ADDRESS.sub(" . ", text)
    # ('the First-tier Tribunal (Property Chamber)': words in brackets are an aside, and a title of them names a part)
    text = _BRACKETED.sub(" . ", text)
    for chunk in _BREAK.split(text):
        current: list[str] = []
        words = _WORD.findall(chunk)
        denied = False  # ('never to send money': 'Send money' would say the opposite)
        for i, word in enumerate(words):
            lower = word.lower().replace("’", "'")
            if lower in _NEGATIONS and current:
                runs.append(current)
                current = []
            # ('We no longer send paper permits': 'longer' is the negation's, and 'send' still the denied verb)
            if lower in _NEGATIONS or (lower == "longer" and i > 0 and words[i - 1].lower() == "no"):
                denied = True
                continue
            joins_names = (
                lower in {"and", "of"}
                and current
                and current[-1][:1].isupper()
                and i + 1 < len(words)
                and words[i + 1][:1].isupper()
            )
            if joins_names:
                current.append(word)
            elif lower in STOPWORDS or lower in NUMBER_WORDS or word.isdigit():
                if current and not denied:  # (a run cut short by a stopword names nothing once denied)
                    runs.append(current)
                denied = denied and not current
                current = []
            else:
                current.append(word)
        runs += _undenied(current, denied)
    return [_trim(run) for run in runs if _trim(run)]


def _undenied(run: list[str], denied: bool) -> list[list[str]]:
    """A run of words that ends a clause as a phrase to name a part by: none when a negation before it denies it
    ('never send money'), but what a denied verb acts on ('You cannot prevent head lice.': 'head lice'; not 'do not
    build bonfires close to trees', whose run is cut short)."""
    if not denied:
        return [run] if run else []
    return [run[1:]] if len(run) > 2 else []


_PARTICIPLES = frozenset(
    """given taken seen told sent known shown written paid held kept found left brought built chosen spoken done
    gone put set run read met got gotten become begun led felt heard""".split()
)
# Past tenses that do not end in 'ed' ('The Elmvale Food Bank gave out ...' names no 'Food Bank gave')
_PAST = _PARTICIPLES | frozenset("gave took made went came said saw began ran rose fell grew won lost".split())


# Lowercase words that describe a thing, read from their endings: a title that ends on one names no thing
# ('special educational', cut before 'needs'; not 'licence renewal' or 'war memorial', whose last word is a thing)
_DESCRIBING = re.compile(r"^(?:[a-z]+(?:ical|ional|ous|ful)|special|social|financial|essential|residential)$")


def _trim(run: list[str]) -> list[str]:
    """Drop trailing lowercase words that read as past tenses ('opened')."""
    while run and run[-1].islower() and run[-1].endswith("ed") and len(run) > 1:
        run = run[:-1]
    return run


# Words of time, which alone name no topic ('Months', of 'every three months after that')
_TIMES = frozenset("minute hour day week weekend month year time times".split())


def _says_little(words: list[str]) -> bool:
    """Whether a phrase says too little to be a title: a lone acronym or short word, a word of time, or a past
    participle alone ('given', of 'You will be given the results')."""
    if len(words) != 1:
        return False
    word = words[0]
    participle = word.islower() and (word in _PARTICIPLES or word.endswith("ed"))
    return word.isupper() or len(word) < 4 or _key(word) in _TIMES or word.lower() in _TIMES or participle


def _an_order_alone(words: list[str], text: str) -> bool:
    """Whether a phrase is one word that its text uses as a verb with a person after it ('tell', of 'tell us their
    name'): a title of it reads as an order with nothing to do."""
    if len(words) != 1 or not words[0].islower():
        return False
    # ('write', of 'we will write to you again': the same with 'to' before the person)
    done_to = rf"\b{re.escape(words[0])}\s+(?:to\s+)?(?:us|you|them|him|her|me|this|it|that)\b"
    # ('writing', of 'we are also writing to all residents': a doing under way, no thing the part is about)
    going_on = (
        rf"\b(?:am|are|is|was|were|be|been|this|it|that|them)\s+(?:\w+ly\s+|also\s+|now\s+)?{re.escape(words[0])}\b"
    )
    going_on = going_on if words[0].endswith("ing") else r"(?!)"
    return re.search(done_to, text, re.IGNORECASE) is not None or re.search(going_on, text, re.I) is not None


def _key(word: str) -> str:
    """A crude stem so that 'crossing' and 'crossings' count as one word."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _sentence_case(words: Sequence[str]) -> str:
    """Join words, capitalising the first and keeping names and acronyms as written."""
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


def _opening(text: str) -> str:
    """The first sentence or line of a text, or its first 200 characters; a reference line above it
    ('Tenancy reference: 55501234') or a letter's greeting ('Dear Occupier,') names nothing."""
    lines = text.split("\n")
    while len(lines) > 1 and any(p.fullmatch(lines[0].strip()) for p in (LABELLED, LABEL_AND_VALUE, GREETING)):
        lines = lines[1:]
    text = "\n".join(lines)
    match = re.search(r"[.!?:](\s|$)|\n", text)
    return text[: match.end()] if match else text[:200]


# Plain verbs that end a run of words after the thing that does them ('other parents know'): a title names a thing
_PLAIN_VERBS = frozenset(
    "know need want help find get make tell let see go come apply pay call live work think".split()
)
_FORBIDS = re.compile(r"\s*(?:please\s+)?(?:do\s+not|don't|never)\s", re.IGNORECASE)


def derive_titles(texts: Sequence[str], given: Sequence[str | None] = ()) -> list[str]:
    """A short (at most eight words), unique title for each text, from a key phrase of its opening.

    Phrases of the first sentence are scored by how often their words recur in the text and how
    rare they are in the other texts (tf-idf), so a title names what the text is about. A text whose
    title is given (its heading) keeps it, and no derived title takes it.
    """
    counts = [Counter(_key(w) for run in _phrases(t) for w in run) for t in texts]
    documents_with = Counter(k for c in counts for k in c)
    total = len(texts)
    titles: list[str] = []
    named = [*given, *[None] * (len(texts) - len(given))]
    used: set[str] = {title.lower() for title in named if title}
    for text, count, title_given in zip(texts, counts, named, strict=True):
        if title_given:
            titles.append(title_given)
            continue
        scored: list[tuple[float, int, str]] = []
        opening = _opening(text)
        # ('Please do not take off the closer, wedge the door open, or ...': every doing an opening order forbids is
        # denied, and a title of one, 'Door open', would say the opposite; the text after it names the part)
        rest = text[len(opening) :] if _FORBIDS.match(opening) else ""
        for position, run in enumerate(_phrases(rest) if rest.strip() else _phrases(opening) or _phrases(text)):
            words = run[:MAX_TITLE_WORDS]
            while len(words) > 1 and (words[-1] in _PAST or words[-1] in _PLAIN_VERBS or _DESCRIBING.search(words[-1])):
                words = words[:-1]
            # ("the school's special educational needs coordinator" -> "School's": a title names its owner's thing)
            if words[-1].lower().endswith(("'s", "’s")):
                continue
            # ('stop getting Universal Credit', of 'if you stop getting Universal Credit': the name a doing leads to is
            # the topic, and a title that opens with a verb reads as an order)
            name_at = next((k for k, w in enumerate(words) if w[:1].isupper()), 0)
            words = words[name_at:] if words[0].islower() else words
            if _says_little(words) or _an_order_alone(words, text):
                continue
            weights = [count[_key(w)] * (1.0 + math.log(total / documents_with[_key(w)])) for w in words]
            score = max(weights) + 0.5 * sum(weights) / len(weights) * (len(words) > 1)
            scored.append((-score, position, _sentence_case(words)))
        candidates = [c for _, _, c in sorted(scored)] or ["Part"]
        title = next((c for c in candidates if c.lower() not in used), candidates[0])
        if title.lower() in used:
            title = make_unique([*used, title], separator=" ")[-1]
        used.add(title.lower())
        titles.append(title)
    return titles

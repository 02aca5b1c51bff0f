"""Word-level rewriting: plain words for hard ones, no contractions, numbers as digits, no e.g./etc."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache
from importlib.resources import files

from publisher.model import Change

from .going import gone_to
from .named_words import a_numbered_name, between_capitals, in_a_name
from .next_words import NEXT_NEEDED, gone_without_a_place, nominal_after_be
from .wording import (
    AS_SUBJECT,
    CONTRACTIONS,
    DIGITS_SAID,
    KEPT_INFORMED,
    MODAL_BEFORE,
    MONTHS,
    NUMBER_WORDS,
    REQUIRE_TO,
    REQUIRED_MAKES,
    REQUIRED_SAYS,
    SAID_AS_A_NUMBER,
    THE_THINGS,
    THEIR_VERB,
    TOLD_OF,
    WHOLE_NOUN_AFTER,
    asked_before_its_subject,
)

ABBREVIATIONS = {"e.g.": "for example", "eg.": "for example", "i.e.": "that is", "etc.": "and so on",
                 "approx.": "about", "N.B.": "note", "nb.": "note"}  # fmt: skip


_US_DATE = re.compile(rf"\b(?P<month>{MONTHS})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b")
_ORDINAL_DATE = re.compile(
    rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?:\s+of)?\s+(?P<month>{MONTHS})(?:,?\s+(?P<year>\d{{4}}))?\b"
)


def _date(match: re.Match[str]) -> str:
    """A date as easy read writes it: '24 January 2019'."""
    parts = match.groupdict()
    return " ".join(p for p in (parts["day"], parts["month"], parts.get("year")) if p)


@cache
def substitutions() -> tuple[tuple[str, str], ...]:
    """The curated table (publisher/plain/words.toml) as (lowercase phrase, plain words), longest first."""
    table = tomllib.loads(files("publisher").joinpath("plain/words.toml").read_text("utf-8"))["phrases"]
    return tuple(sorted(((k.lower(), v) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@cache
def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase of the table as a whole-word, any-case pattern (compiled when first seen in a text)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


def _keep_case(shown: str, plain: str) -> str:
    """The replacement with the capital of the word it replaces."""
    return plain[:1].upper() + plain[1:] if shown[:1].isupper() and plain[:1].islower() else plain


# Words the table swaps only as one part of speech, told by the word before them (the table runs before
# any parse, and a cached rewrite parses nothing): 'to exchange intelligence' (a verb), never 'a mutual
# exchange'; 'other approaches' (a noun), never 'as the deadline approaches'
_VERB_AFTER = r"(?:to|and|or|will|would|can|could|must|should|may|might|we|they|you|i|also|not|help)"
_NOUN_AFTER = r"(?:the|a|an|these|those|other|new|different|our|their|its|your|such|and|or|of|some|many|all)"
_ONLY_AS = {
    "legislation": WHOLE_NOUN_AFTER,
    # ('you will be provided with a form' is 'given a form'; 'the instructions provided with a barbecue' come with it)
    "provided with": r"(?:is|are|was|were|be|been|being|am|get|gets|got|also)",
    "photograph": rf"(?!{_VERB_AFTER}\Z)[\w'-]+",  # ('go and photograph it' is no 'photo it')
    "exchange": _VERB_AFTER,
    "curb": _VERB_AFTER,
    "combat": _VERB_AFTER,
    "approaches": _NOUN_AFTER,
}


# Words the table swaps as verbs, which after 'the' or 'a' describe the noun they stand before ('the receiving
# parent': 'the getting parent' is no English)
_DESCRIBING = frozenset({"receiving"})
_DETERMINERS = re.compile(r"\b(?:the|a|an|this|that|each|every|your|their|our|his|her|its)\s+$", re.IGNORECASE)
# 'is prohibited' is 'is not allowed' only where it is said of its subject ('is prohibited in parks', 'is prohibited.'),
# not before a noun ('are prohibited streets') or 'from' ('not allowed from entering')
_SAID_OF_THE_SUBJECT = frozenset({"is prohibited", "are prohibited"})
_AFTER_A_PREDICATE = re.compile(
    r"\s*(?:$|[^\w\s]|(?:to|in|on|at|by|for|under|unless|if|and|or|except|without|"
    r"when|while|during|within|after|before|until|as|here|there|now)\b)",
    re.IGNORECASE,
)


def _used_as_table_means(sentence: str, match: re.Match[str]) -> bool:
    """Whether a word the table swaps only as one part of speech is used as that part here."""
    said = match.group(0).lower()
    if said in _DESCRIBING and _DETERMINERS.search(sentence[: match.start()]):
        return False
    if said in _SAID_OF_THE_SUBJECT and not _AFTER_A_PREDICATE.match(sentence[match.end() :]):
        return False
    # ('it is important that you read this, and that someone stays with you': the 'that' goes on to a second clause)
    # ('if you have been assessed, and you are able to manage it': 'and you can manage it' would read as a next step,
    # not more of the condition)
    # ('whether your needs are eligible for support. If they are, X': the next sentence's 'If they are' needs the 'are')
    if (
        (said.endswith(" that you") and re.search(r"\b(?:and|or) that\b", sentence[match.end() :]))
        or (said in ("are able to", "is able to") and _MORE_OF_A_CONDITION.search(sentence[: match.start()]))
        or (said in ("are eligible for", "is eligible for") and _ASKED_WHETHER.search(sentence[: match.start()]))
        or nominal_after_be(said, sentence[: match.start()])
    ):
        return False
    if said in _MADE_A_CLAUSE or said in NEXT_NEEDED:
        after = sentence[match.end() :]  # ('to ensure attendance': 'make sure' needs a clause, not a noun alone)
        return _clause_fits(sentence, match) if said in _MADE_A_CLAUSE else bool(NEXT_NEEDED[said].match(after))
    before = _ONLY_AS.get(said)
    if before is None:
        return True
    words = re.findall(r"[\w'-]+", sentence[: match.start()])
    first = before in (_VERB_AFTER, WHOLE_NOUN_AFTER)
    return (not words and first) or bool(words and re.fullmatch(before, words[-1], re.IGNORECASE))


_ASKED_WHETHER = re.compile(r"\bwhether\s+(?:[\w'’]+\s+){1,4}$", re.IGNORECASE)
_MORE_OF_A_CONDITION = re.compile(r"\b(?:if|unless)\b[^.;]*\band\s+(?:you|they|he|she|we|it)\s+$", re.IGNORECASE)


# Nouns the table says as a clause ('applicants' -> 'people who apply'), which a word before or after them can describe
# only as a noun ('successful applicants', 'applicants travelling to the UK': not 'people who apply travelling')
_MADE_A_CLAUSE = frozenset({"applicants"})
_DESCRIBING_BEFORE = re.compile(
    r"\w+(?:ful|less|ous|ive|able|ible|al|ic|ing|ed)|new|late|former|prospective|potential|joint|young|older|main",
    re.IGNORECASE,
)


# (and a noun's first word: 'For most applicants the deadline was X' is no 'people who apply the deadline')
# ('applicants on the waiting list': a phrase that says which, not where they apply)
_DESCRIBING_AFTER = re.compile(r"\w{3,}(?:ing|ed)|given|granted|made|the|a|an|this|these|their|your|its|on|in|with")


def _clause_fits(sentence: str, match: re.Match[str]) -> bool:
    """Whether a noun said as a clause stands where a clause reads: nothing describes it before or after."""
    before = re.findall(r"[\w'-]+", sentence[: match.start()])[-1:]
    after = re.match(r"\s+([\w'-]+)", sentence[match.end() :])
    described_after = after is not None and _DESCRIBING_AFTER.fullmatch(after.group(1)) is not None
    return not (before and _DESCRIBING_BEFORE.fullmatch(before[0])) and not described_after


def takes_an(word: str) -> bool:
    """Whether a word takes "an": it starts with a vowel sound (by its spelling, near enough)."""
    if re.fullmatch(r"[A-Z]{2,}\d*s?|[A-Z]+\d+", word.split(maxsplit=1)[0] if word.split() else word):
        return word[0] in "AEFHILMNORSX"  # an acronym said letter by letter: 'an HC3', 'an NHS', 'a UK'
    lowered = word.lower()
    if lowered.startswith(("hour", "honest", "honour", "heir")):
        return True
    if lowered.startswith(("uni", "use", "usu", "ute", "eu", "one", "once")):
        return False
    return lowered[:1] in "aeiou"


def _agree_articles(sentence: str, replaced: set[str]) -> str:
    """ "a" or "an" before a word put in by the table, as that word needs ("an analysis" became "an
    checks" when "analysis" became "checks")."""
    for words in replaced:
        article = "n" if words and takes_an(words) else ""
        sentence = re.sub(rf"\b([Aa])n?\s+(?={re.escape(words)}\b)", rf"\1{article} ", sentence)
    return sentence


_FOLLOWING = re.compile(r"\b(?P<the>[Tt]he) following (?P<noun>[a-z]+)\b(?P<colon>:?)")
_NEXT_TIMES = frozenset({"day", "week", "month", "year", "morning", "evening", "weekend", "term", "spring",
                         "summer", "autumn", "winter"})  # fmt: skip
_PLURALS = frozenset({"people", "children", "criteria", "women", "men", "data"})
_FOLLOWING_VERBS = frozenset("is are apply applies include includes happen happens must may can will".split())
_ONE_WITH_S = frozenset({"news", "gas", "series", "species", "means", "bias", "lens", "canvas", "atlas", "chaos"})


def _the_following(match: re.Match[str]) -> str:
    """'the following benefits' -> 'these benefits'; 'the following address:' -> 'this address:'; 'the
    following week' -> 'the next week'. Anything else ('the following new services') stays as written."""
    the, noun, colon = match["the"], match["noun"], match["colon"]
    if noun in _FOLLOWING_VERBS:  # ('if all of the following apply:': 'the following' is the things, no noun after it)
        # ('one of the following applies:' is one of these things, never 'one of this')
        of_them = match.string[: match.start()].rstrip().lower().endswith(" of")
        word = "this" if noun in ("is", "applies", "includes", "happens") and not of_them else "these"
        return f"{word.capitalize() if the == 'The' else word} {noun}{colon}"
    if noun in _NEXT_TIMES:
        return f"{the} next {noun}{colon}"
    plural = noun in _PLURALS or (
        noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and noun not in _ONE_WITH_S
    )
    if plural or colon:
        word = "these" if plural else "this"
        return f"{word.capitalize() if the == 'The' else word} {noun}{colon}"
    return match.group(0)


def _make_someone(match: re.Match[str]) -> str:
    """'require the landlord to repay' -> 'make the landlord repay'; after a modal, a state or a thing done before is
    said to be a must ('cannot require the hedge to be removed' -> 'cannot say the hedge must be removed', never
    'cannot need the hedge'); elsewhere 'to be' and 'to have' stay ('requires people to have tried' -> 'needs people
    to have tried', never 'makes people have tried')."""
    # ('requires them to be accompanied, or to be kept X', 'requires you to stop X, and to take Y': 'to' needs 'to')
    another_to = re.match(r"[^.;:]*?\b(?:and|or)\s+to\s", match.string[match.end() :]) is not None
    if match["next"] not in ("be", "have") and not another_to:
        return f"{REQUIRED_MAKES[match['verb']]} {match['who']} {match['next']}"
    after_a_modal = MODAL_BEFORE.search(match.string[: match.start()]) is not None
    if not after_a_modal or another_to:
        return match.group(0)  # 'needs them to be accompanied'
    who = AS_SUBJECT.get(match["who"], match["who"])
    return f"{REQUIRED_SAYS[match['verb']]} {who} must {match['next']}"


# 'are not entitled to take over the tenancy' -> 'cannot take over' ('can get' is for a thing: 'entitled to a refund')
_ENTITLED_TO_DO = re.compile(
    r"\b(?P<be>are|is|be)\s+(?P<not>not\s+)?entitled\s+to\s+(?P<verb>claim|take|apply|vote|stay|live|work|use|ask|"
    r"request|see|have|make|bring|appeal|remain|keep|buy|succeed|return|rent|continue|choose|refuse|travel|park|"
    r"enter|access|reject|cancel|complain|object|withdraw|change|end|leave|sell|repair|replace|inspect|view|attend|speak|"
    r"join|know|read|hear|question|comment|visit)\b",
    re.IGNORECASE,
)
# ('are entitled to attend, to speak, and to bring someone' -> 'can attend, speak, and bring someone': each 'to' goes)
_ENTITLED_TO_EACH = re.compile(
    r"\b(?:are|is)\s+entitled\s+to\s+(?P<first>[a-z]+)(?P<rest>(?:[^.;,]*,\s+(?:and\s+|or\s+)?to\s+[a-z]+)+)",
    re.IGNORECASE,
)


def _can_do_each(match: re.Match[str]) -> str:
    """'are entitled to attend, to speak, and to bring' -> 'can attend, speak, and bring'."""
    rest = re.sub(r"(,\s+(?:and\s+|or\s+)?)to\s+", r"\1", match["rest"])
    return f"can {match['first']}{rest}"


def _allowed_to(match: re.Match[str]) -> str:
    """'are entitled to take' -> 'can take', 'is not entitled to claim' -> 'cannot claim', 'be entitled to
    vote' -> 'be able to vote'."""
    if match["be"].lower() == "be":
        return f"be{' not' if match['not'] else ''} able to {match['verb']}"
    return f"{'cannot' if match['not'] else 'can'} {match['verb']}"


# 'may consider it inadvisable to X' -> 'may think it inadvisable' (a judgement, never 'look at it inadvisable')
_JUDGED = re.compile(
    r"\b(?P<verb>consider|considers|considered)(?=\s+(?:it|this|that|them|him|her)\s+(?:\w+ly\s+)?(?:[a-z]+(?:able|"
    r"ible|ary|ous|ful|ent|ant|ive|ate)|safe|unsafe|wise|unwise|right|wrong|best|fair|unfair|fit|unfit)\s*(?:[.,;:]|$|"
    r"(?:to|that|for|if|when|because|and|or)\b))",
    re.IGNORECASE,
)
_THINKS = {"consider": "think", "considers": "thinks", "considered": "thought"}
# 'the majority of stops' -> 'most stops'; 'the majority of the stops' -> 'most of the stops'
_MAJORITY = re.compile(r"\bthe (?:(?:vast|great|large|overwhelming)\s+)?majority of\s+(?P<next>[\w'-]+)", re.IGNORECASE)
_OF_WHICH = frozenset({"the", "these", "those", "our", "your", "their", "them", "us", "you", "its", "his", "her",
                       "this", "that", "my", "it", "which", "whom"})  # fmt: skip

# logged as plain word changes
_WORD_KINDS = frozenset({"the following", "require", "entitled", "entitled each", "informed", "judged", "majority"})
# Replacements made from what was matched, not looked up
_MADE: dict[str, Callable[[re.Match[str]], str]] = {
    "date": _date,
    "the following": _the_following,
    "require": _make_someone,
    "entitled": _allowed_to,
    "entitled each": _can_do_each,
    "informed": lambda match: f"{match['keep']} {match['who']}up to date{' with' if match['of'] else ''}",
    "judged": lambda match: _THINKS[match["verb"].lower()],
    "majority": lambda m: f"most {'of ' if m['next'].lower() in _OF_WHICH else ''}{m['next']}",
}


# 'are advised to use X and to include Y' -> 'should use X and include Y': a helper put in for 'to' takes
# the plain form of every verb in the series (a word after 'and to' that is no verb is left alone)
_HELPERS = frozenset({"can", "cannot", "must", "should", "not", "still"})
_NOT_VERBS = frozenset({"the", "a", "an", "your", "their", "our", "his", "her", "its", "my", "this", "that",
                        "these", "those", "them", "him", "us", "me", "you", "it", "any", "all", "each", "every",
                        "some", "other", "another", "anyone", "someone", "everyone", "people", "what", "which",
                        "who", "where", "when", "how", "school", "work", "court", "hospital", "home"})  # fmt: skip
_AND_TO = re.compile(r"(?P<link>,?\s+(?:and|or)\s+)to\s+(?=(?P<next>[a-z]+)\b)")


def _to_after_a_helper(sentence: str, changes: list[Change]) -> str:
    """The 'to' of a verb in series with one whose 'to' the table took into a helper ('can', 'should')."""
    for change in changes:
        # ('are not entitled to A or to B' -> 'cannot get A or B': 'get' takes things, with no 'to' before them)
        gets = change.before.lower().endswith(" to") and change.after.lower().endswith(" get")
        if gets and change.after.lower() in sentence.lower():
            start = sentence.lower().find(change.after.lower())
            sentence = sentence[:start] + re.sub(r"(,?\s+(?:and|or)\s+)to\s+", r"\1", sentence[start:], count=1)
            continue
        if not change.before.lower().endswith(" to") or change.after.lower().split()[-1] not in _HELPERS:
            continue
        start = sentence.lower().find(change.after.lower())
        if start < 0:
            continue
        head, rest = sentence[:start], sentence[start:]

        def drop(match: re.Match[str]) -> str:
            word = match["next"]
            verb = word not in _NOT_VERBS and (word.endswith("ss") or not word.endswith(("ing", "s")))
            return match["link"] if verb else match.group(0)

        sentence = head + _AND_TO.sub(drop, rest)
    return sentence


def _kept_whole(sentence: str, phrase: str, plain: str, hold: Callable[[re.Match[str]], str]) -> str:
    """A sentence with the table's phrase held out of reach of its shorter ones where it is kept as written: where the
    table keeps it, and a 'the X of' after a comma ('the sale of alcohol, the provision of refreshment': 'giving
    refreshment' there would read as what the sentence's subject does)."""
    if phrase.startswith("the ") and phrase.endswith(" of"):
        sentence = re.sub(rf"(?<=, ){re.escape(phrase)}\b", hold, sentence, flags=re.IGNORECASE)
    return _phrase(phrase).sub(hold, sentence) if plain.lower() == phrase else sentence


def replace_words(sentence: str) -> tuple[str, list[Change]]:
    """A sentence in plainer words, and what was changed."""
    changes: list[Change] = []
    ended = sentence.rstrip().endswith(".")

    def swap(kind: str, pattern: re.Pattern[str], table: dict[str, str] | None, plain: str | None = None) -> None:
        nonlocal sentence

        def one(match: re.Match[str]) -> str:
            shown = match.group(0)
            if kind == "word" and (in_a_name(sentence, match) or not _used_as_table_means(sentence, match)):
                return shown
            if kind == "abbreviation" and between_capitals(sentence, match):
                return shown  # 'the Health and Safety at Work etc. Act 1974': a name's own words
            if kind == "contraction" and asked_before_its_subject(sentence, match):
                return shown  # 'What can't you change?': 'What cannot you change?' is no English
            if kind == "number" and (
                re.search(r"\b(?:a|an)\s+\w+\s+or\s+$|\d\s+$", sentence[: match.start()], re.IGNORECASE)
                or a_numbered_name(sentence, match)
            ):
                return shown  # 'a day or two': a way of saying 'a few', not a count ('aged 11 to 19 five evenings a
                # week': '19 5 evenings' would run two numbers together)
            if (
                kind == "number"
                and THE_THINGS.search(sentence[: match.start()])
                and THEIR_VERB.match(sentence[match.end() :])
            ):
                return shown  # 'as long as the two are in different areas': the number stands for the things
            if kind in _MADE:
                new = _MADE[kind](match)
            else:
                new = plain if plain is not None else (table or {})[shown.lower().replace("’", "'")]
            new = _keep_case(shown, gone_without_a_place(new, sentence[: match.start()], sentence[match.end() :]))
            if new != shown:
                changes.append(Change("word" if kind in _WORD_KINDS else kind, shown, new))
            return new

        sentence = pattern.sub(one, sentence)

    lowered = {k.lower(): v for k, v in ABBREVIATIONS.items()}
    swap("abbreviation", re.compile("|".join(rf"(?<!\w){re.escape(a)}(?!\w)" for a in ABBREVIATIONS), re.I), lowered)
    contraction = re.compile(
        r"\b(?:"
        + "|".join(re.escape(c).replace("'", "['’]") for c in sorted(CONTRACTIONS, key=len, reverse=True))
        + r")\b",
        re.I,
    )
    swap("contraction", contraction, CONTRACTIONS)
    swap("require", REQUIRE_TO, None)
    swap("entitled each", _ENTITLED_TO_EACH, None)
    swap("entitled", _ENTITLED_TO_DO, None)
    swap("informed", KEPT_INFORMED, None)
    swap("judged", _JUDGED, None)
    swap("majority", _MAJORITY, None)
    held: list[str] = []  # words the table keeps as written, out of reach of its shorter phrases

    def hold(match: re.Match[str]) -> str:
        held.append(match.group(0))
        return f"\0{len(held) - 1}\0"

    for phrase, plain in substitutions():
        # A substring test first: most patterns never match, and compiling them all costs every build.
        if phrase in sentence.lower():
            sentence = _kept_whole(sentence, phrase, plain, hold)
            if plain.lower() != phrase:
                swap("word", _phrase(phrase), None, plain)
    sentence = re.sub(r"\0(\d+)\0", lambda m: held[int(m.group(1))], sentence)
    swap("the following", _FOLLOWING, None)
    swap("number", SAID_AS_A_NUMBER, {"one": "1", **{k: str(v) for k, v in NUMBER_WORDS.items()}, **DIGITS_SAID})
    swap("date", _US_DATE, None)
    swap("date", _ORDINAL_DATE, None)
    sentence = _agree_articles(sentence, {c.after for c in changes if c.kind == "word"})
    sentence = _to_after_a_helper(sentence, changes)
    if any(c.before.lower().startswith(("notif", "inform")) for c in changes):  # ('notify the agency of a move')
        sentence = TOLD_OF.sub(r"\g<tell> \g<who>about", sentence)
    if any(c.before.lower().startswith("attend") for c in changes):
        sentence = gone_to(sentence)
    if ended and not sentence.rstrip().endswith((".", "!", "?", ":")):
        sentence = sentence.rstrip() + "."  # "etc." ended the sentence; "and so on" needs its full stop
    return sentence, changes

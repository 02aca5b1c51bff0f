"""Words and shapes of sentences that the splitting rules share."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# Words above which a sentence is split where the rules can do it safely. Easy-read guides ask for 15 at
# most; aiming lower leaves room, as a reader (and the judge) may count '£15' or 'long-term' as two words.
TARGET_WORDS = 12
# words of the longest sentence the targets allow: past it, two conditions or things are listed as bullets
LONG_SENTENCE = 20
# A time on the clock: "9am", "10.30pm", "noon".
CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b(?:noon|midday|midnight)\b", re.IGNORECASE)
_WORD = re.compile(r"\S+")

# Verbs that, after "to", start a purpose clause ("... to tackle crime" -> "This is to tackle crime.").
PURPOSE_VERBS = frozenset(
    """
    tackle stop help aid end put target bring save return look find make get give keep take support protect
    prevent reduce improve check deal work share arrest break reach use pay apply build create provide
    ensure allow let meet raise cut fight combat disrupt deter catch remove send move plan prepare offer
    suggest confirm explain show tell ask answer change set run lead manage control deliver increase
    """.split()
)
# Words after which "to" belongs to the verb before it ("we want to stop"), not a purpose clause.
TAKES_INFINITIVE = frozenset(
    """
    seek seeks want wants need needs try tries trying plan plans planning aim aims continue continues going have
    has had able likely used ought is are was were be been how what where ready wish hope decide decided agree
    expect intend refuse fail begin start started helps help asked asks working work ways way efforts effort
    plans attempts attempt ability chance right time means decision power opportunity steps going order choose
    chooses chose prefer prefers manage manages
    """.split()
)
# Verbs of intent: their 'to' says what is meant to be done, which is not said to happen ('We aim to reply').
INTENDS = frozenset(
    "need have aim try attempt hope plan intend expect promise arrange agree offer decide seek wish prepare".split()
)
# Verbs whose 'to' straight after them says what is done, not what for ('come to live', 'arrange to visit');
# not 'need' ('the resources needed to tackle X': what they are needed for).
TAKES_TO = INTENDS - {"need"} | frozenset(
    "come go move apply refuse fail manage prefer continue start begin tend".split()
)
# Verbs that take someone and what they are to do ('enable people to park').
TAKES_SOMEONE_TO = frozenset(
    "enable allow help ask encourage permit invite urge want expect tell advise force require entitle".split()
)
# Words for someone: whom 'It' never stands for, and whose 'who' clause says which one is meant.
ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody"})
PERSONS = ANYONE | frozenset(
    """
    person man woman boy girl child baby adult officer driver resident tenant patient victim suspect parent carer
    pupil student worker owner caller applicant claimant nurse doctor dentist member professional practitioner
    inspector landlord vet surgeon pharmacist midwife teacher
    """.split()
)
# 'provided' or 'providing' opening a condition ('provided that you', 'providing your tenant pays'), not 'is provided'
PROVIDED = r"provid(?:ed|ing)(?=\s+(?:that|you|your|they|their|we|he|she|it|the|there)\b)"
SUBORDINATORS = ("when", "once", "if", "although", "though", "despite", "by the time", "as", "while", "because",
                 "since", "after", "before", "until", "unless", "whenever", "whether", PROVIDED)  # fmt: skip
# A sentence that opens with one of them (as a word: "As", not "Asylum").
SUBORDINATE = re.compile(rf"(?:{'|'.join(SUBORDINATORS)})\b")
# Words that open an example of what was said before them ('a good reason, such as a stay in hospital')
EXAMPLE_OPENERS = ("for example", "for instance", "such as", "e.g.", "including")


def gives_examples(words: str) -> bool:
    """Whether words hold a phrase that opens examples ('for example', 'such as', ...)."""
    return any(opener in words.lower() for opener in EXAMPLE_OPENERS)


# Words an example opens with when it is a case, a way or a purpose rather than things ('for example when rats are
# inside', 'for example by taking an overdose', 'for example to connect pipes'): one example, 'this could be'
A_CASE = re.compile(r"(?:because|if|when|where|while|by|through|from|after|before|to)\b", re.IGNORECASE)
# A verb that 'if' after it would ask a question of ('talk to us before you decide if: A / B' reads as deciding
# whether A): a condition is never listed after it
ASKS_IF = re.compile(
    r"\b(?:decide|check|ask|know|find out|confirm|consider|wonder|choose|work out|see|assess|determine|establish|"
    r"verify)$",
    re.IGNORECASE,
)
PRONOUNS = ("we", "they", "he", "she", "it", "i", "you")
# Units of a length of time ('28 days', '12 months'), which a clause or a 'to' after them is seldom about
TIME_UNITS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                        "year", "years"})  # fmt: skip
# A date or a time of day in words the parse gives (the model is loaded without its entity recogniser):
# a month, a weekday, '9am', '17:30', a year, 'noon'; never a bare number ('at 14 High Street').
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a time a clause opens with ('from 1 March 2027', 'in 2026'): a statement with a time of its own
OWN_TIME = rf"(?:from|since|until|in|on|by|after|before)\s+(?:\d{{1,2}}\s+)?(?:{MONTHS}|\d{{4}})\b"
_DATED = re.compile(
    rf"\b(?:{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|noon|midday|midnight)s?\b|"
    r"\b\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b|\b\d{1,2}:\d\d\b|(?<!\d\s)\b(?:19|20)\d\d\b(?!\s?\d)"
)


# A comma between words or items, never the one inside an amount ('£23,250')
WORD_COMMA = re.compile(r",(?!\d{3}\b)")


def at_first_comma(text: str) -> tuple[str, str, str]:
    """The words before the first comma between words, the comma, and the words after it (as str.partition)."""
    found = WORD_COMMA.search(text)
    return (text[: found.start()], ",", text[found.end() :]) if found else (text, "", "")


def count_words(text: str) -> int:
    """Words in a piece of text."""
    return len(_WORD.findall(text))


def sentence_case(text: str) -> str:
    """Capital first letter and a full stop at the end."""
    text = text.strip().strip(",;:–—- ").strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def dated(text: str) -> bool:
    """Whether a phrase names a date or a time of day ('by 5pm', 'on Tuesday 3 March', 'from 2026')."""
    return _DATED.search(text) is not None


# Words in '-ing' that describe a noun more often than they do something ('free, welcoming places')
DESCRIBING_ING = frozenset(
    """welcoming caring loving friendly existing leading growing outstanding missing rising increasing ongoing
    upcoming remaining surrounding interesting exciting challenging rewarding relaxing amazing worrying
    frightening distressing""".split()
)

# The words that open a question said inside a sentence ('tell us where the waste is, what it is')
QUESTION_WORDS = r"(?:how|what|where|when|who|whether|which|why)\b"

# A second relative clause joined to the first ('the surcharge, which is £1,035, and which gives X'): the two go
# together, and neither is cut from the other.
# Words that open a phrase set against a thing, or picking some of it out, never another name for it ('everyone's
# health, not just people at risk', 'some families, particularly those on low incomes')
SET_AGAINST = frozenset({"not", "never", "but", "rather", "unlike", "except", "particularly", "especially", "mainly",
                         "mostly", "notably", "usually", "often", "chiefly", "largely"})  # fmt: skip
AND_WHICH = re.compile(r",?\s*\b(?:and|or|but)\s+(?:which|who|whose)\b")
# A list that goes on after a comma, to its 'and' or 'or' ('..., such as rent, religious activities, or trips'):
# what came before the comma is one of its items.
LIST_GOES_ON = re.compile(r",\s+(?:[^,]+,\s+)*(?:and|or)\s")


# Words for a share of some things, which may stand for them as a subject ('many of whom were X', 'and most start in
# September')
SHARES = frozenset({"most", "many", "some", "all", "none", "each", "both", "several", "half", "one", "two", "three",
                    "any", "few", "others", "majority", "minority", "share", "number", "part", "proportion", "third",
                    "quarter", "rest", "lot", "lots", "much", "either", "neither", "more", "less", "fewer",
                    "bulk"})  # fmt: skip

# Verbs of getting in touch, which the small model may take for nouns after 'please' ('Please phone to book')
ASKED_AS_NOUNS = frozenset({"phone", "telephone", "email", "e-mail", "text", "call", "ring", "contact", "visit"})

# verbs that open orders, which the small model may read as nouns or adjectives when they open a sentence
ORDERS_READ_AS_NOUNS = ASKED_AS_NOUNS | frozenset(
    """check clear keep take bring send write ask tell fill put leave follow remember report apply speak empty rinse
    soak note make give quote store wash clean cover wear lock test drink mop flush thaw reheat vacuum bag dry
    sterilise wipe boil""".split()
)


# Subjects a question asks nothing of the reader about ('Do they think X?' asks about others)
NOT_THE_READER = frozenset({"they", "it", "he", "she", "we", "nobody", "none", "nothing", "one"})
# Words that point back to something named before them: a condition after its main clause with one of these
# cannot be asked first
POINTED_AT = frozenset({"it", "them", "this", "these", "those"})
POINTING_BACK = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "its", "such"})
SOMEONE_NAMED = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her"})
# The base forms of the helping verbs, which the lemmatizer may miss when the tagger reads one as something else
AUXILIARY_LEMMAS = {
    **dict.fromkeys(("is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m"), "be"),
    **dict.fromkeys(("has", "have", "had", "having", "'ve"), "have"),
    **dict.fromkeys(("does", "do", "did", "doing"), "do"),
}
# 'keep other parents informed' -> 'keep other parents up to date', never 'keep them told'
# ('keep your officer informed of any problems' -> 'up to date with any problems', never 'up to date of')
KEPT_INFORMED = re.compile(
    r"\b(?P<keep>keep|keeps|kept|keeping)\s+(?P<who>(?:[\w'-]+\s+){1,6}?)informed\b(?P<of>\s+of\b)?", re.I
)
# 'notify the agency of any change' said as 'tell the agency about any change', never 'tell the agency of'
TOLD_OF = re.compile(
    r"\b(?P<tell>tell|tells|told|telling)\s+(?P<who>(?:[\w'-]+\s+){1,4}?)of\b(?=\s+(?:any|all|the|a|an|your|their|this|these|changes?|what)\b)",
    re.I,
)
# Short forms said in full (easy read spells them out)
CONTRACTIONS = {
    "isn't": "is not", "aren't": "are not", "wasn't": "was not", "weren't": "were not", "don't": "do not",
    "doesn't": "does not", "didn't": "did not", "won't": "will not", "can't": "cannot", "couldn't": "could not",
    "shouldn't": "should not", "wouldn't": "would not", "haven't": "have not", "hasn't": "has not",
    "hadn't": "had not", "mustn't": "must not", "we're": "we are", "they're": "they are", "you're": "you are",
    "it's": "it is", "that's": "that is", "there's": "there is", "we've": "we have", "they've": "they have",
    "we'll": "we will", "they'll": "they will", "i'm": "I am", "let's": "let us", "you'll": "you will",
    "you've": "you have", "i've": "I have", "i'll": "I will", "it'll": "it will", "there'll": "there will",
    "needn't": "need not", "shan't": "shall not",
    # ('there's been a change': 'has', never 'there is been')
    "there's been": "there has been", "it's been": "it has been", "that's been": "that has been",
    "it's got": "it has got", "he's been": "he has been", "she's been": "she has been",
    "what's": "what is", "who's": "who is", "where's": "where is", "here's": "here is", "how's": "how is",
    "what's been": "what has been", "who's been": "who has been", "what's happened": "what has happened",
    # ('you'd pay', 'if you'd like': 'would'; 'you'd been', 'we'd already': 'had')
    **{f"{who}'d": f"{who} would" for who in ("i", "you", "we", "they", "he", "she", "it", "that", "there")},
    **{f"{who}'d {done}": f"{who} had {done}" for who in ("i", "you", "we", "they", "he", "she", "it", "there")
       for done in ("been", "had", "got", "gone", "done", "already", "never", "just")},
}  # fmt: skip

# ('legislation' as 'the law' where the whole of it is meant: after a link word or a verb, or first; not 'national
# admission appeal legislation', whose describing words would stand before 'the')
WHOLE_NOUN_AFTER = (
    r"(?:with|under|by|in|of|from|to|against|through|into|on|about|for|follow|follows|followed|obey|obeys|break|"
    r"breaks|broke|breaking|is|are|was|were|be|been|and|or|that|what|which|as|because|says|said|means)"
)

# Numbers said in words, written as digits (easy read writes numbers as digits)
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip


# 'can require the landlord to repay' -> 'can make the landlord repay' (not 'can need the landlord to repay'); 'requires
# the occupiers of a home to take' likewise
REQUIRE_TO = re.compile(
    r"\b(?P<verb>require|requires|required)\s+(?P<who>(?:the|a|an|your|their|our|any|every|all)\s+[a-z]+"
    r"(?:\s+of\s+(?:[a-z]+\s+){0,2}[a-z]+)?|you|them|him|her|us|people|landlords|tenants|employers|parents|drivers)"
    r"\s+to\s+(?P<next>[a-z]+)\b"
)
REQUIRED_MAKES = {"require": "make", "requires": "makes", "required": "made"}
REQUIRED_SAYS = {"require": "say", "requires": "says", "required": "said"}
AS_SUBJECT = {"them": "they", "him": "he", "her": "she", "us": "we"}
# ('cannot require the hedge to be removed': after a helper, a state required is a must)
MODAL_BEFORE = re.compile(r"\b(?:can|cannot|could|may|might|will|would|shall|should|must)(?:\s+not)?\s+$", re.I)
# a question whose helper comes before its subject ('Why can't I apply?', 'Won't they pay?')
ASKED_BEFORE_ITS_SUBJECT = re.compile(r"\s+(?:i|you|we|they|he|she|it|there)\b[^.!]*\?", re.IGNORECASE)
# ('Why isn't my road gritted?': a subject that opens with 'my' or 'the', the helper straight after the question word;
# 'What if an overpayment isn't my fault?' asks nothing with its 'isn't')
ASKED_BEFORE_A_NAMED_SUBJECT = re.compile(
    r"\s+(?:my|your|our|their|his|her|its|the|this|that|these|those)\s+\w+\b[^.!]*\?", re.IGNORECASE
)
QUESTION_OPENS = re.compile(r"(?:^|\b(?:why|what|when|where|how|who|which))\s*$", re.IGNORECASE)

# 'two hundred' as '200' and 'twenty-five' as '25' ('several hundred' and 'a hundred' say no count and stay in words)
_UNITS = {"one": 1, **{w: v for w, v in NUMBER_WORDS.items() if v < 10}}
_TENS = {w: v for w, v in NUMBER_WORDS.items() if v in range(20, 100, 10)}
DIGITS_SAID = {f"{w} hundred": str(v * 100) for w, v in _UNITS.items()} | {
    f"{t}{between}{u}": str(tv + uv) for t, tv in _TENS.items() for u, uv in _UNITS.items() for between in ("-", " ")
}
SAID_IN_DIGITS = re.compile(
    rf"\b(?:(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_UNITS)})|(?:{'|'.join(_UNITS)}) (?-i:hundred))\b", re.I
)


def in_digits(text: str) -> str:
    """A text with 'two hundred' written '200' and 'twenty-five' '25'."""
    return SAID_IN_DIGITS.sub(lambda m: DIGITS_SAID[m.group(0).lower()], text)


# 'one' as a number: in a range with another ('one or two days', 'one to three weeks'), not 'one of them'
# ('between one and three times': the same)
ONE_IN_A_RANGE = re.compile(
    rf"\bone\b(?=\s+(?:or|to)\s+(?:{'|'.join(NUMBER_WORDS)}|\d))|"
    rf"(?<=\bbetween\s)one\b(?=\s+and\s+(?:{'|'.join(NUMBER_WORDS)}|\d))",
    re.IGNORECASE,
)
# A number said in words before a word ('five working days'), never an acronym in capitals ('a late TEN') nor a
# fraction ('two thirds of fly-tipping': '2 thirds' is no way to write it)
SAID_AS_A_NUMBER = re.compile(
    rf"{SAID_IN_DIGITS.pattern}|"
    rf"(?<!-)\b(?:(?-i:(?![A-Z]{{2,}}\b))({'|'.join(w for w in NUMBER_WORDS if w != 'hundred')})\b(?=\s+[a-z])"
    r"(?!\s+hundred\b)"
    r"(?!\s+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)"
    rf"|{ONE_IN_A_RANGE.pattern})",
    re.I,
)

# verbs whose past is their base form, which the small model may tag as past in an order ('put them in a room')
SAME_IN_THE_PAST = frozenset({"put", "set", "cut", "let", "shut", "spread", "hit", "cost", "hurt", "quit", "read",
                              "fit"})  # fmt: skip


# a number that stands for the things, before their verb ('as long as the two are in different areas')
THE_THINGS = re.compile(r"\b(?:the|these|those|all)\s+$", re.IGNORECASE)
THEIR_VERB = re.compile(r"\s+(?:are|were|is|was|can|could|will|would|must|should|may|might|have|has|had|do|did)\b")


def asked_before_its_subject(sentence: str, match: re.Match[str]) -> bool:
    """Whether a contraction is the helper of a question, before its subject ('Why isn't my road gritted?')."""
    after = sentence[match.end() :]
    opens = QUESTION_OPENS.search(sentence[: match.start()]) is not None
    return ASKED_BEFORE_ITS_SUBJECT.match(after) is not None or (
        opens and ASKED_BEFORE_A_NAMED_SUBJECT.match(after) is not None
    )


# Nouns that say when as they open a sentence ('The next day the council wrote back', 'That morning we ...').
_WHEN_NOUNS = frozenset({"day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
                         "moment", "term", "season", "summer", "winter", "spring", "autumn"})  # fmt: skip


def noun_and_its_clause_misread(sentence: Span) -> bool:
    """Whether the parse took a thing and the clause that says which for a clause of its own: an opening 'the' and a
    noun for when it happens ('The times the noise happens and how it affects you.'), the first of two subjects
    ('The dates the problem happened'), or the thing done before its doer ('And any glasses you use.')."""
    root = sentence.root
    subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    fronted = [c for c in root.children if c.dep_ == "dobj" and subjects and c.i < min(subjects)]
    # (not a question's: 'Which school would you like?')
    if (
        any(not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in c.subtree) for c in fronted)
        and sentence[-1].text != "?"
    ):
        return True
    # ('The training its staff have had.': a noun straight before a possessive opens the clause that says which)
    words = [t for t in sentence if not t.is_punct and t.dep_ != "cc"]
    if (
        len(words) > 2
        and words[0].lower_ in ("the", "any", "all")
        and words[1].pos_ == "NOUN"
        and words[2].tag_ == "PRP$"
    ):
        return True
    first = sentence[1] if len(sentence) > 2 and sentence[0].lower_ == "the" else None
    # (a noun said with more than 'the' is no such item: 'The people on board the boats are X')
    if first is None or first.head.dep_ != "ROOT" or any(c.dep_ != "det" for c in first.children):
        return False
    # ('The dates the problem happened': or read as the first of two subjects of one verb)
    doubled = first.dep_ == "nsubj" and any(c.dep_ == "nsubj" and first.i < c.i for c in first.head.children)
    return (first.dep_ == "npadvmod" and first.lower_.removesuffix("s") not in _WHEN_NOUNS) or doubled


# A last phrase that says what is left out ('damage, but not normal wear and tear'): examples after it would read as
# the sentence's own
LEFT_OUT = re.compile(r"(?:^|,\s+)(?:(?:but|and|or)\s+)?(?:not|except|apart from|other than)\s+[^,]*$")
# A relative clause of its own after a comma ('the real one, where you X')
RELATIVE_AFTER = re.compile(r",\s+(?:where|which|who|whose)\b")
# A time of day ('9am', '4.30pm'): after an aside that ends at a comma ('open Monday to Friday, 9am to 4pm'), more of it
CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b", re.IGNORECASE)
# A lone word of when after an aside ('talk to the SENCO, known as X, first'), which joins with no comma either
LONE_WHEN = re.compile(r"(?:first|too|again|later|instead|now|then|today|soon)", re.IGNORECASE)
# A clause that says a thing costs nothing ('which is free'), said of the doing before it, not of the thing named
FREE_SAID = re.compile(r"(?:is|are) (?:free|free of charge|at no cost)", re.IGNORECASE)

# '-s' verbs the small model may read as a plural noun before an amount or a thing ('A licence costs £500 a year.')
VERBS_AS_NOUNS = frozenset(
    "costs pays runs lasts takes covers needs opens closes measures records shows checks".split()
)
# Verbs of when, and words after them, that the small model may read as describing words ('Applications close on X')
TIMED_VERBS = frozenset({"close", "open", "start", "end", "finish", "begin"})
TIMED_PREPOSITIONS = frozenset({"on", "at", "until", "from", "between"})


_OPENING_PHRASE = re.compile(
    r"(?:under|in|on|at|for|from|after|before|during|since|by|with|as|following|within|across|throughout)\s[^,]*,\s*",
    re.IGNORECASE,
)


def subject_part(clause: str) -> str:
    """The part of a clause before its first comma, which holds its subject; after an opening phrase ('Under the
    scheme, every landlord must X'), the part after that phrase."""
    opening = _OPENING_PHRASE.match(clause)
    return clause[opening.end() if opening else 0 :].split(",", 1)[0]


# What may befall the reader later, which a question would ask as if it were so now ('If you are found guilty, you
# could be fined': never 'Are you found guilty?')
_BEFALLS = (
    r"(?:found|caught|convicted|arrested|charged|prosecuted|fined|refused|evicted|sanctioned|overpaid|dismissed|"
    r"excluded|suspended|approved|accepted|granted|rejected)\b"
)
# A question asked of what may yet come (what befalls the reader, a step the reader may take, a time to come, what the
# reader cannot know), which said as a question reads as a habit or a fact of now; see might.py
ASKED_OF_WHAT_MAY_COME = re.compile(
    rf"(?:(?:and|but|so)\s+)?(?:(?:are you|is your [\w-]+|are your [\w-]+) (?:not\s+)?{_BEFALLS}"
    # ('If you need them, we will fit free smoke alarms': asked first, 'them' would point at nothing yet)
    r"|(?:do|does)\s+\w+\s+\w+\s+(?:them|it|one)\?$"
    # ('If you pay it within 7 days, you may go on paying': 'Do you pay it within 7 days?' asks of a time to come)
    # ('If you switch to a meter, you will pay for what you use': 'Do you switch?' asks of a step the reader may take
    # later, as if it were a habit)
    r"|do you (?:not\s+)?(?:switch|return|send|cancel|move|sell|buy|sign|leave|lose|refuse|reject|accept|miss|damage|"
    r"break|fail|forget|park|drop|dump|start|stop|change|become|ride|run out|do (?:this|that|so|it))\b"
    # ('If the zone goes ahead, it will start in May': 'Does the zone go ahead?' asks what the reader cannot know)
    r"|(?:does|did|was|were)\s+the\s"
    # (not 'Do you believe you have not had it by the end of May?': a time past)
    r"|(?:do|does)\s(?:(?!\b(?:have|has|had|was|were|did)\b).)*\bwithin\s+\d+\s+(?:working\s+)?(?:days?|weeks?|months?)\b)",
    re.IGNORECASE,
)
BEFALLS_THE_READER = re.compile(rf"If you are (?:not\s+)?{_BEFALLS}[^,]*", re.IGNORECASE)

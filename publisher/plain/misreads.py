"""Sentences that stand once a verb the small model misread is read again: a verb taken for a noun ('Cameras at the
end of the street record X'), or a doing that is the subject taken for the main verb ('Taking antibiotics when you
do not need them encourages X')."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .parser import parse
from .wording import TIMED_PREPOSITIONS, TIMED_VERBS, VERBS_AS_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_FINITE = frozenset({"VBD", "VBP", "VBZ", "MD"})
# -ing words that open a condition or a frame, not a doing ('Providing your tenant keeps to the agreement')
_LINKING_DOINGS = frozenset(
    "providing assuming supposing considering seeing including following regarding concerning depending excluding "
    "starting beginning according".split()
)
_OWN_SUBJECTS = frozenset({"it", "he", "she", "this", "that", "there", "who", "which"})


def misread_verb_stands(checked: str, stands: Callable[[Span], bool], marks: frozenset[str]) -> bool:
    """Whether a sentence the parse did not find standing stands once a misread verb is read again (`stands` judges
    one parsed sentence; `marks` are the words that open a clause of their own)."""
    return _a_verb_misread(checked, stands) or _a_doing_as_subject(checked, stands, marks)


def _misread_as_a_noun(token: Token) -> bool:
    """Whether a noun in the parse is a verb misread: one of VERBS_AS_NOUNS, or a noun between another noun and
    the start of a thing ('Cameras at the end of the street record the number plates'), before a thing."""
    thing_next = token.nbor().tag_ in ("$", "CD", "DT", "PRP$", "PRP", "WRB", "WP")  # ('measures how much')
    # ('Children under 16 need a parent to sign it': or after the age that says which of them)
    aged = token.i >= 2 and token.nbor(-1).tag_ == "CD" and token.nbor(-2).lower_ in ("under", "over", "aged")
    after_a_noun = token.tag_ == "NN" and (token.nbor(-1).tag_ in ("NN", "NNS") or aged)
    after_a_noun = after_a_noun and token.nbor().tag_ in ("DT", "PRP$")
    # ('Applications close on 15 January': a verb of when after a plural subject, read as a describing word)
    timed = token.lower_ in TIMED_VERBS and token.nbor(-1).tag_ in ("NN", "NNS")
    timed = timed and token.nbor().lower_ in TIMED_PREPOSITIONS
    return (thing_next and ((token.tag_ == "NNS" and token.lower_ in VERBS_AS_NOUNS) or after_a_noun)) or timed


def _a_verb_misread(checked: str, stands: Callable[[Span], bool]) -> bool:
    """Whether a sentence stands once a verb the parse read as a noun (_misread_as_a_noun) is said as a verb it
    cannot misread ('gets', 'get')."""
    doc = parse(checked)
    misread = {t.i for t in doc[1:-1] if _misread_as_a_noun(t)}
    if not misread:
        return False
    said = {i: "gets" if doc[i].lower_.endswith("s") else "get" for i in misread}
    again = parse("".join(f"{said[t.i]}{t.whitespace_}" if t.i in misread else t.text_with_ws for t in doc))
    sentences = [s for s in again.sents if any(t.is_alpha for t in s)]
    return len(sentences) == 1 and stands(sentences[0])


def _a_doing_as_subject(checked: str, stands: Callable[[Span], bool], marks: frozenset[str]) -> bool:
    """Whether a sentence opens with a doing that is its subject, which the small model reads as the main verb
    ('Taking antibiotics when you do not need them encourages X': 'It encourages X' stands); a verb after a relative
    word or a subject of its own is no verb of the doing's ('Using the form that shows X.')."""
    doc = parse(checked)
    verbs = (t for t in doc[2:] if t.tag_ == "VBZ" and doc[t.i - 1].tag_ not in ("WDT", "WP", "NNP"))
    verb = next(verbs, None) if doc[0].tag_ == "VBG" and doc[0].lower_ not in _LINKING_DOINGS else None
    if verb is None or doc[verb.i - 1].lower_ in _OWN_SUBJECTS:
        return False
    # ('Making sure that the door shuts': the verb is the clause's, which no verb of its own closes before it)
    opened = [t.i for t in doc[1 : verb.i] if t.lower_ in marks]
    if opened and not any(t.tag_ in _FINITE for t in doc[opened[-1] + 1 : verb.i]):
        return False
    said = [s for s in parse(f"It {doc[verb.i :].text}").sents if any(t.is_alpha for t in s)]
    return len(said) == 1 and stands(said[0])


def noun_again_as_verb(doc: Span) -> bool:
    """Whether the parse reads a plural noun said again after a comma as a verb ('Sheds that are small, sheds at the
    back of a house': the second 'sheds' is another thing, not what the first does)."""
    nouns = {t.lower_ for t in doc if t.tag_ in ("NNS", "NNPS")}
    return any(t.tag_ == "VBZ" and t.i > 0 and t.nbor(-1).text == "," and t.lower_ in nouns for t in doc)


_OPENING_CONDITIONS = frozenset({"if", "when", "unless", "once", "where", "while"})


def condition_misread(checked: str, stands: Callable[[str], bool]) -> bool:
    """Whether a sentence that opens with conditions stands once the small model's root inside the first of them is
    set aside ('If you cannot come, or if you need to change it, please call us': 'come' read as the main verb): the
    words after the comma that ends the conditions stand as a sentence."""
    doc = parse(checked)
    roots = [s.root for s in doc.sents]
    if (
        len(roots) != 1
        or doc[0].lower_ not in _OPENING_CONDITIONS
        or not any(c.dep_ == "mark" for c in roots[0].children)
    ):
        return False
    for comma in (t for t in doc[1:-2] if t.text == ","):
        after = comma.nbor()
        if after.lower_ in ("or", "and", "but") or after.lower_ in _OPENING_CONDITIONS or after.is_punct:
            continue
        rest = doc[after.i :].text
        return len(rest.split()) >= 3 and stands(rest[0].upper() + rest[1:])
    return False


def two_subjects(doc: Span) -> bool:
    """Whether a verb has two subjects of its own that no 'and' joins ('Information about X, and if you have a partner
    you will need Y': the things listed before are no subject of 'need', and the words no sentence)."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 2 or subjects[0].pos_ != "NOUN" or subjects[1].pos_ != "PRON":
            continue
        first, second = subjects
        if first.left_edge.i == doc[0].i and any(t.text == "," for t in doc[first.i - doc[0].i : second.i - doc[0].i]):
            return True
    return False


def opens_a_that_clause(doc: Span) -> bool:
    """Whether words open with 'that' before a plural or a pronoun ('That families will be given help'): a clause of
    what was said, cut from its verb, not a sentence about one thing ('That is why', 'That man')."""
    return len(doc) > 1 and doc[0].lower_ == "that" and doc[1].tag_ in ("NNS", "NNPS", "PRP", "PRP$", "DT", "EX")


def read_as_no_sentence(doc: Span) -> bool:
    """Whether the parse of words shows they are no sentence however it reads them: a noun said again read as a verb,
    two subjects of one verb, or a 'that' clause cut from its verb."""
    return (
        noun_again_as_verb(doc) or two_subjects(doc) or opens_a_that_clause(doc) or _shared_that_cut(doc)
        or helper_with_no_link(doc) or _relative_that_as_subject(doc)
    )  # fmt: skip


def _relative_that_as_subject(doc: Span) -> bool:
    """Whether 'that' is read as the subject of a verb that cannot agree with it ('about 5mm long, that feed on
    blood': 'that feed' is a relative clause's, cut from its noun)."""
    return any(
        t.lower_ == "that" and t.dep_ in ("nsubj", "nsubjpass") and t.head.tag_ == "VBP" and t.head.dep_ == "ROOT"
        for t in doc
    )


def helper_with_no_link(doc: Span) -> bool:
    """Whether a verb with a modal of its own follows the main one after a comma, with no 'and', 'or' or 'but' to
    link them and no subject of its own ('They kept private, for example X, can ask us to Y': a piece cut from the
    subject of 'can ask', which no sentence reads like)."""
    root = doc.root
    for verb in (c for c in root.children if c.dep_ == "conj" and c.i > root.i):
        helped = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
        linked = any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in doc.doc[root.i + 1 : verb.i])
        owned = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        if helped and not linked and not owned and doc.doc[verb.left_edge.i - 1].text == ",":
            return True
    return False


def _shared_that_cut(doc: Span) -> bool:
    """Whether words are one half of two clauses that shared a 'that' clause after a comma ('It has been reported to
    us, and one of our officers has seen, that X'): a verb with a comma before its 'that', or 'It' reported with
    nothing said of what."""
    text = doc.text.strip().rstrip(".")
    comma_that = re.search(r"\b\w+(?:ed|en|wn|seen|heard|said|told|found),\s+that\s", text) is not None
    return comma_that or _REPORTED_OF_NOTHING.fullmatch(text) is not None


_REPORTED_OF_NOTHING = re.compile(r"It (?:has been|had been|was|is) (?:reported|said|claimed|alleged)(?: to \w+)?")


# A courtesy set between commas ('and if you wish, by a member of staff'; 'You can, if you prefer, ask X')
_COURTESY = r"(?i:if)\s+(?:you\s+(?:wish|prefer|like|want)|needed|necessary|possible)\s*,\s*"


def courtesy_misread(checked: str, stands: Callable[[str], bool]) -> bool:
    """Whether a sentence stands once a courtesy between commas is set aside ('You can ask for this to be done in
    private, and if you wish, by a female member of staff': the small model takes 'wish' for the second verb)."""
    plain = re.sub(rf"\b{_COURTESY}", "", re.sub(rf",\s+{_COURTESY}", " ", checked))
    return plain != checked and stands(plain)


# Examples or a reason's example set between commas after a subject ('People who X, for example because they are at
# risk, can opt out'), which the small model may read as the clause the subject belongs to
_EXAMPLE_ASIDE = re.compile(
    r",\s+(?:for example|for instance|such as|like)\b[^,]*,\s+(?=(?:can|could|may|might|must|"
    r"should|will|would|do|does|did|is|are|was|were|have|has|had)\b)"
)


def other_reading_stands(checked: str, stands: Callable[[str], bool]) -> bool:
    """Whether a sentence the parse misread stands read another way: a condition cut from its 'if', or with a
    courtesy between commas set aside."""
    return condition_misread(checked, stands) or courtesy_misread(checked, stands)


def stood_without_examples(checked: str, stands: Callable[[str], bool]) -> bool | None:
    """Whether words stand as a sentence read with examples between commas, just before their verb's helper, set
    aside, which may mislead the parse ('People who X, for example because they are at risk, can opt out'); None where
    there are none, or the words are cut from a subject ('They kept it, for example X, can ask Y')."""
    plain = _EXAMPLE_ASIDE.sub(" ", checked)
    if plain == checked or helper_with_no_link(parse(checked)[:]):
        return None
    return stands(plain)

"""Whether a piece of text stands alone as a sentence, read from its dependency parse (parser.py), and the
words and tags the rules share to read it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .hanging import (
    HAVE_IT_DONE,
    amount_described,
    another_time,
    cut_from_its_subject,
    cut_off_early,
    noun_and_clause_as_subjects,
    nouns_read_as_a_clause,
    of_which_first,
    once_opens_a_clause,
    opens_a_clause,
    phrase_and_aside_alone,
    unfinished_clause,
)
from .misreads import misread_verb_stands, other_reading_stands, read_as_no_sentence, stood_without_examples
from .parser import parse, parse_ahead, verb_lemma
from .wording import (
    ASKED_AS_NOUNS,
    ORDERS_READ_AS_NOUNS,
    PROVIDED,
    SAME_IN_THE_PAST,
    noun_and_its_clause_misread,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
# Words that make a clause depend on another: "If you disagree." is not a sentence on its own.
DEPENDENT_MARKS = frozenset({"if", "when", "whenever", "because", "although", "though", "whereas", "while",
                             "whilst", "unless", "until", "since", "as", "that", "whether", "once", "so",
                             "before", "after", "where"})  # fmt: skip


def _as_checked(text: str) -> str:
    """A piece as the rules checked it: 'Boats cross.' and 'boats cross' are one parse."""
    text = text.strip().removesuffix(".").strip()
    return text[:1].upper() + text[1:]


_CUT_CONDITION = re.compile(rf"should\b|{PROVIDED}", re.IGNORECASE)
# ('the person best placed to protect them': the small model may tag such a participle as a past tense)
_HOW_WELL_PLACED = frozenset({"placed", "suited", "qualified", "equipped", "positioned"})


def is_finite(token: Token) -> bool:
    """Whether a token is a finite verb: past or present tense, or a modal."""
    if token.lower_ in _HOW_WELL_PLACED and token.i > 0 and token.nbor(-1).lower_ in ("best", "well", "better"):
        return False
    return token.tag_ in FINITE_TAGS or "Fin" in token.morph.get("VerbForm", [])


def has_finite_verb(sentence: Span) -> bool:
    """A finite verb anywhere, or an imperative: a base-form verb at the root with no subject."""
    if any(is_finite(t) for t in sentence):
        return True
    root = sentence.root
    # ('A second notice costs £160': a verb in '-s' the small model tagged as a plural noun)
    taken = root.tag_ == "NNS" and _verb_as_noun(root)
    ordered = root.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in root.children)
    return ordered or taken or _present_read_as_base(root)


def _present_read_as_base(root: Token) -> bool:
    """Whether a main verb tagged as a base form is a present tense after its plural subject ('Your supplier and
    your network operator keep a register', 'Schools decide how to spend it'), with no helper or mark before it."""
    before = [c for c in root.children if c.i < root.i]
    plural = [
        c
        for c in before
        if c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in c.children))
    ]
    return root.tag_ == "VB" and bool(plural) and not any(c.dep_ in ("aux", "mark") for c in before)


def _finite_main(root: Token) -> bool:
    """Whether the main verb is finite (or has a finite helper, or is an imperative): 'Following a
    consultation which took place in May.' has a finite verb, but not in its main clause."""
    # ('And the installation checked by an electrician every 5 years.': a past form with its doer and no helper is a
    # participle whose 'have' was said before the cut)
    done_by = root.tag_ == "VBD" and any(c.dep_ == "agent" for c in root.children)
    if done_by and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    if is_finite(root) or any(is_finite(c) for c in root.children if c.dep_ in ("aux", "auxpass")):
        return True
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if _present_read_as_base(root) or (root.tag_ == "VB" and not subjects):
        return True
    # ('Many people who have it do not feel ill': 'do' with a subject is a present tense, however tagged)
    if subjects and any(c.dep_ == "aux" and c.lower_ == "do" and c.i > subjects[0].i for c in root.children):
        return True
    return _verb_as_noun(root)


def _verb_as_noun(root: Token) -> bool:
    """Whether a main word the small model took for a noun is a verb with its subject ('if an adult moves in',
    'A second notice costs £160'); a noun with words of its own before it ('staff working night shifts') is a noun."""
    noun = any(c.dep_ in ("compound", "det", "amod", "nummod", "poss") and c.i < root.i for c in root.children)
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    # ('people with heart or breathing problems': a phrase of the 'subject' that ends on a singular noun reads into
    # the word, one noun naming the other; 'A notice within 3 years costs £160' does not)
    held = root.i > 0 and root.nbor(-1).tag_ == "NN"
    held = held and any(p.dep_ == "prep" and p.right_edge.i == root.i - 1 for s in subjects for p in s.children)
    return root.pos_ not in ("VERB", "AUX") and not noun and bool(subjects) and not held


_UNFINISHED = re.compile(
    r"\b(?:and|or|but),\s+(?:where|when|whenever|if|although|though|because|while|whilst|unless|whereas)\b[^,;:]*$"
)


_GLUED = ("compound", "amod")  # what the parse may call a subject it hung on its verb


def subjects_of(root: Token) -> list[Token]:
    """The subjects of a main verb. The parse sometimes hangs one on the helper ('Riverside Homes' on 'is'
    in 'Riverside Homes is committed to X'): it is the sentence's subject all the same."""
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    found = [c for word in (root, *helpers) for c in word.children if c.dep_ in SUBJECTS]
    # ('The scheme runs between 1 November and 31 March': the parse may hang 'The scheme' on the verb as a compound,
    # and 'Antifreeze tastes sweet' as a describing word)
    glued = [c for c in root.children if c.dep_ in _GLUED and c.pos_ in ("NOUN", "PROPN") and c.i < root.i]
    return found or (glued if root.tag_ in ("VBZ", "VBD") else [])


# Words that open a clause, which must have a verb after them ('You can get it if you.' has none)
_OPENERS = frozenset({"that", "which", "who", "if", "unless", "because"})


_LEADING = frozenset({"even", "only", "just", "especially", "particularly", "mainly", "except", "unless"})


REPORTING_VERBS = frozenset({"announce", "say", "confirm", "add", "explain", "report", "warn", "state", "claim"})
_REPORTED = frozenset({"dobj", "ccomp", "xcomp", "prep", "dative", "advcl", "nsubjpass", "attr", "acomp"})


def _when_before_subject(root: Token) -> bool:
    """Whether 'when' or 'where' opens the clause of a sentence's main verb, before its subject: 'In severe weather,
    when the temperature is forecast to fall to zero.' is a time waiting for its sentence."""
    subjects = [c.i for c in root.children if c.dep_ in SUBJECTS]
    return any(c.dep_ == "advmod" and c.lower_ in _WHEN_WORDS and subjects and c.i < subjects[0] for c in root.children)


_WHATEVER = re.compile(r"(?:whatever|whoever|wherever|whichever)$")


def _ever_subject(first: Token, root: Token) -> bool:
    """Whether a clause opened by 'whoever' or 'whatever' is the subject of the main verb, which follows it."""
    clause = first.head
    return clause.dep_ in ("csubj", "nsubj") and clause.head == root and root.i > clause.i


# ('If they can, how they will travel.': 'how' or 'why' before the subject asks no question outside one, either)
_WHEN_WORDS = frozenset({"when", "whenever", "where", "wherever", "while", "how", "why"})


_EACH_TIME = re.compile(
    r"(?:(?:each|every|any|the next|next) time|the moment)\s+"
    r"(?:you|we|they|he|she|it|your|their|our|the|a|an|someone)\b",
    re.IGNORECASE,
)


def _asked_before_the_subject(root: Token) -> bool:
    """Whether the main verb's thing, before its subject, opens with a question word ('what kind of noise it is')."""
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subject) and any(
        c.dep_ in ("attr", "dobj") and c.i < subject[-1].i and c.left_edge.tag_ in ("WDT", "WP") for c in root.children
    )


def _sentence_stands(sentence: Span) -> bool:
    """Whether one parsed sentence stands alone (see stands_alone)."""
    root = sentence.root
    # 'And to suggest X.' hangs as much as 'To suggest X.': a linking word first is looked past
    alpha = [t for t in sentence if t.is_alpha]
    first = next((t for t in alpha if t.dep_ != "cc" and t.lower_ != "also"), alpha[0])  # ('But also how X.' too)
    question = sentence.text.rstrip().endswith("?")
    if question and first.tag_ in FINITE_TAGS and first.i == sentence.start:
        return True  # 'Does another adult move in?': a question opens with its verb, which the parser may miss
    following = first.nbor().lower_ if first.i + 1 < sentence.end else ""
    # 'Even when it is cold.', 'Only if you agree.': a word that leads into a clause waiting for its sentence
    # ('Even if you stop now, your baby will benefit': the clause is the main verb's, which follows)
    leading = first.lower_ in _LEADING and following in DEPENDENT_MARKS
    leading = leading and not (first.nbor().head != root and root.i > first.nbor().head.i)
    marks = [c for c in root.children if c.dep_ == "mark" and c.lower_ in DEPENDENT_MARKS]
    hangs = (
        first.lower_ in ("which", "who", "whom", "whose", "including", "such", "or")
        or alpha[0].lower_ == "plus"  # 'Plus £15 for each night.': an amount cut from its sentence
        # ('Cannot stop at the Kings Road stops.': a helper first, its verb next, was cut from its subject)
        or (not question and alpha[0].tag_ == "MD" and len(alpha) > 1 and alpha[1].tag_ in ("RB", "VB"))
        # ('Whatever your skills and however much time you can give.': a clause of 'whatever' waits for its sentence)
        # ('Whoever finds the card can call the line': a clause of 'whoever' may be the main verb's subject)
        or (_WHATEVER.match(first.lower_) is not None and "," not in sentence.text and not _ever_subject(first, root))
        # 'Or that causes X.': a relative clause cut from its noun ('That was a mistake.' is whole)
        or (first.lower_ == "that" and first.dep_ in SUBJECTS and alpha[0].dep_ == "cc")
        or (first.lower_ == "so" and following == "that")
        # ('Each time they come back to talk about a book.': a clause of when, cut from what happens then)
        or (_EACH_TIME.match(sentence.text) is not None and "," not in sentence.text)
        # ('But is very harmful, so X.': a tensed verb straight after the link was cut from its subject)
        or (not question and alpha[0].dep_ == "cc" and first.i == alpha[0].i + 1 and cut_from_its_subject(first))
        # ('Should it rain.', 'Providing you pay.': a condition cut off from its sentence)
        or (not question and first.i == sentence.start and _CUT_CONDITION.match(sentence.text) is not None)
        # 'To investigate X.': a purpose with no sentence ('To use it, you need X' has one: 'need')
        or (first.lower_ == "to" and first.dep_ == "aux" and first.head == root)
        or bool(marks)  # a main clause has no 'if', 'that' or 'because' of its own
        or leading
        # ('Or until the money runs out, whichever is sooner.': 'whichever' is never a main clause's subject)
        or (not question and any(c.dep_ in SUBJECTS and c.tag_ in ("WDT", "WP") for c in root.children))
        or (not question and _when_before_subject(root))
        # ('The address the noise comes from, what kind of noise it is.': a question word before the subject asks no
        # question outside one; the words are things cut from a list)
        or (not question and _asked_before_the_subject(root))
        or unfinished_clause(sentence)
        # ('This means that if A, or B.', 'This is because if A.': a condition after 'that' or 'because' whose own
        # main clause was cut off)
        or any(
            t.lower_ in ("that", "because") and t.dep_ == t.nbor().dep_ == "mark" and t.nbor().head == t.head
            for t in sentence[:-1]
        )
    )
    # 'X has an impact, and although the number fell.', 'X but where Y is not done.': a clause begun, never finished
    # (not the last of questions asked: 'tell us what it is, where it is, and when you will be in')
    first_asked = min((t.i for t in sentence if t.tag_ in ("WP", "WRB", "WDT")), default=-1)
    dangling = any(
        ((t.dep_ == "mark" and t.lower_ in DEPENDENT_MARKS) or (t.lower_ in ("where", "when") and t.i == first_asked))
        and t.i > sentence.start and t.nbor(-1).dep_ == "cc"
        and t.nbor(-1).head == root and t.head.right_edge.i >= sentence.end - 2
        and not another_time(t)
        # ('You cannot join if you own a home, or if you have savings': a second 'if' of the same clause's conditions)
        # ('depends on the size and whether it is run for profit': a question with no comma is a thing of the list)
        and not (t.lower_ == "whether" and t.i >= 2 and t.doc[t.i - 2].text != ",")
        and not any(u.lower_ == t.lower_ == "if" and u.i < t.i for u in sentence)
        for t in sentence
    )  # fmt: skip
    cut_off = cut_off_early(sentence, root, question)
    # 'Where a household gets two benefits.', 'When the works finish.': a 'where' or 'when' of the main
    # verb itself leaves a clause waiting for its sentence (a question, 'When can I apply?', is whole)
    waiting = first.lower_ in ("where", "when", "whenever", "wherever") and first.head == root and not question
    # ('However gentle it has been in the past.': 'however' and a describing word, with no comma to end it, is a
    # concession waiting for its sentence, where 'However hard you try, you cannot X.' has one)
    conceded = first.lower_ == "however" and first.i + 1 < sentence.end and first.nbor().pos_ in ("ADJ", "ADV")
    waiting = waiting or (conceded and not question and not any(t.text == "," for t in sentence))
    # 'How long it lasted and how it affected you.': a question asked inside another sentence, cut from it
    asked = first.lower_ in ("how", "what", "why", "whether") and root in (first.head, first.head.head) and not question
    asked = asked and first.head.dep_ not in ("csubj", "csubjpass")  # 'What happens next depends on X.' is whole
    # ('Whether or not you need permission, most extensions need X.': a clause of the main verb's, no question)
    asked = asked and not (first.lower_ == "whether" and first.head.dep_ == "advcl")
    opens = all(t.dep_ == "cc" or t.lower_ == "also" for t in sentence[: first.i - sentence.start])  # 'And how X.'
    waiting = waiting or (asked and not first.nbor().is_punct and opens)
    # ('Then in writing, giving the reason, how long it will last, and X.': the same after a comma, where the parse made
    # a question of a list the main clause)
    inner = [t for t in sentence[1:] if t.lower_ in ("how", "what", "why") and t.nbor(-1).text == ","]
    inner = [t for t in inner if t.head == root or (t.head.head == root and t.head.pos_ in ("ADJ", "ADV"))]
    waiting = waiting or (not question and bool(inner))
    # ('Why, and send any new evidence you have.': a question word alone, cut from 'which ones, and why')
    waiting = waiting or (first.tag_ in ("WRB", "WP") and first.i + 1 < sentence.end and first.nbor().text == ",")
    # '..., and, where a hazard is found.': the same, with a comma after the linking word
    unfinished = _UNFINISHED.search(sentence.text) is not None
    # 'X is any offence that the victim, or anyone else.', 'You get it if you.': a clause opened with no verb
    opened = [t for t in sentence if t.lower_ in _OPENERS and t.tag_ in ("IN", "WDT", "WP") and opens_a_clause(t)]
    after = sentence[opened[-1].i - sentence.start :] if opened else sentence[:0]
    # ('if an adult moves in': the small model may tag 'moves' as a plural noun)
    verb_after = any(t.pos_ in ("VERB", "AUX") or t.tag_ == "NNS" for t in after)
    unfinished = unfinished or bool(opened and not verb_after)
    # 'Northvale District Council has announced.': a report cut from what was reported
    # (in the past, as news reports it: 'You can report:' and 'This factsheet explains:' lead into lists)
    reported = (
        root.tag_ in ("VBD", "VBN")
        and verb_lemma(root) in REPORTING_VERBS
        and not any(c.dep_ in _REPORTED for c in root.children)
        and not question
    )
    doubled = noun_and_clause_as_subjects(root)
    # ('Hospital stays and, in some cases, death.': a "verb" joined to a noun, with nothing of its own, is a thing)
    doubled = doubled or (
        root.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in root.children)
        and not any(c.dep_ in _OWN_WORDS for c in root.children)
    )
    hangs = hangs or dangling or cut_off or waiting or unfinished or reported or doubled
    hangs = (
        hangs or of_which_first(sentence, root) or noun_and_its_clause_misread(sentence) or nouns_read_as_a_clause(root)
    ) or once_opens_a_clause(root)
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    has_subject = bool(subjects_of(root))
    # 'are experiencing difficulties' needs its subject; only an imperative ('Call us.') has none
    # ('Do not bring the bin in.' is one too: its 'do' is the base form, where 'You do not' has 'VBP')
    # ('Do not drink alcohol until you feel better.': with no subject, an opening 'Do' is the order's, however tagged)
    imperative = root.tag_ == "VB" and all(h.lower_ == "do" and (h.tag_ == "VB" or not has_subject) for h in helpers)
    # ('For emergencies outside office hours, (always) call X': after an opening phrase, the small model may tag the
    # order 'VBP'; 'If you must dry clothes indoors, put them X': 'put' may be tagged as a past)
    before = next((t for t in reversed(sentence[: root.i - sentence.start]) if t.dep_ not in ("advmod", "neg")), None)
    after_opening = before is not None and before.text == ","
    bare = root.tag_ == "VBP" or (root.tag_ == "VBD" and root.lower_ in SAME_IN_THE_PAST)
    # ('Have at least one hot meal a day.', 'Do it early in the day.': the plain form first, tagged present, is an order
    # too)
    plain_first = root.i == sentence.start and root.lower_ == verb_lemma(root) and not question
    imperative = imperative or (bare and not helpers and not has_subject and (after_opening or plain_first))
    # ('Please be aware that X.': 'be' is an order after 'please')
    # ('Be wary of anyone who X.': an opening 'be' and how to be is one too)
    opens = root.i == sentence.start or all(t.dep_ in ("advmod", "neg") for t in sentence[: root.i - sentence.start])
    how = opens and root.tag_ == "VB" and not has_subject and any(c.dep_ == "acomp" for c in root.children)
    pleaded = root.lower_ == "be" and (how or any(c.lower_ == "please" for c in root.children))
    # ('Thank you for your letter.': thanks have no subject, however the verb is tagged)
    thanked = root.i == sentence.start and sentence[:2].text.lower() == "thank you"
    verbal = has_subject or thanked or (imperative and (root.pos_ == "VERB" or pleaded))
    # ('Please phone to arrange a time.': after 'please', the small model may take the verb for a noun)
    asked = root.lower_ in ASKED_AS_NOUNS and root.i > 0 and root.nbor(-1).lower_ == "please"
    return (asked or (has_finite_verb(sentence) and _finite_main(root) and verbal)) and not hangs


def parse_pieces_ahead(pieces: Iterable[str]) -> None:
    """parse_ahead for the texts that stands_alone and the rules parse for these pieces."""
    parse_ahead(_as_checked(p) for p in pieces)


def which_stand(pieces: list[str]) -> list[bool]:
    """stands_alone for each piece, the pieces parsed together."""
    parse_pieces_ahead(pieces)
    return [stands_alone(p) for p in pieces]


_OWN_WORDS = frozenset({"dobj", "attr", "acomp", "prep", "xcomp", "ccomp", "advmod", "prt", "aux", "neg", "dative"})
FEWEST_IN_AN_ORDER = 4  # words of a sentence read again as an order ('Call charges.' is none)


def an_order_misread(checked: str) -> bool:
    """Whether a sentence that opens with a verb of an order ('Contact your bank straight away.', read with
    'Contact' as a noun) stands as the order it is, read again after 'Please'."""
    return checked.split(maxsplit=1)[0].lower() in ORDERS_READ_AS_NOUNS and read_as_an_order(checked)


def read_as_an_order(checked: str) -> bool:
    """Whether words stand as an order once read after 'Please', whatever the parse made of their first word ('Store
    food in sealed containers', read with 'Store' as a noun): for words among other orders."""
    again = parse(f"Please {checked[0].lower()}{checked[1:]}")
    sentences = [s for s in again.sents if any(t.is_alpha for t in s)]
    # ('Contact your doctor.': three words make an order when a thing's own word follows the verb; 'Call charges
    # apply.' makes none)
    short = len(again) == FEWEST_IN_AN_ORDER and again[2].tag_ in ("PRP$", "DT", "PRP")
    if len(sentences) != 1 or sentences[0].root.i != 1 or (len(again) < FEWEST_IN_AN_ORDER + 1 and not short):
        return False
    # ('Contact with animals.': an order has a thing to do it to, or a particle: 'Phone us', 'Fill in the form')
    root = sentences[0].root
    done_to = any(c.dep_ in ("dobj", "prt", "ccomp", "xcomp", "dative") for c in root.children)
    # ('Clean between your teeth', 'Flush through any taps': a place with its own 'your' or 'any', where 'Contact with
    # animals' has none)
    done_to = done_to or any(
        c.dep_ == "prep"
        and any(o.dep_ == "pobj" and any(d.dep_ in ("det", "poss") for d in o.children) for o in c.children)
        for c in root.children
    )
    return done_to and _sentence_stands(sentences[0])


_SUBORDINATE = frozenset({*_OPENERS, *DEPENDENT_MARKS})


def stands_alone(text: str) -> bool:
    """Whether a piece of text is one sentence that can stand alone: a finite main verb with its
    subject (or an imperative), not hanging on a linking word ("If you disagree.")."""
    if (stood := stood_without_examples(_as_checked(text), stands_alone)) is not None:
        return stood
    doc = parse(_as_checked(text))
    sentences = [s for s in doc.sents if any(t.is_alpha for t in s)]
    # ('... a fixed penalty of £100 and 3' | 'penalty points': with no full stop, the parser may end a sentence
    # inside a number's phrase; a piece with no stop of its own inside is one sentence)
    if len(sentences) > 1 and not re.search(r"[.!?]\s", text.strip()):
        sentences = [doc[:]]
    # ('£20 for each day we have stored it.', 'For major works, which are X.': an amount or a phrase, no sentence)
    if amount_described(doc) or phrase_and_aside_alone(doc) or read_as_no_sentence(doc[:]):
        return False
    if not sentences or not all(_sentence_stands(s) for s in sentences):
        ordered = HAVE_IT_DONE.match(text) is not None and not text.rstrip().endswith("?")
        checked = _as_checked(text)
        misread = an_order_misread(checked) or misread_verb_stands(checked, _sentence_stands, _SUBORDINATE)
        misread = misread or other_reading_stands(checked, stands_alone)
        return len(sentences) == 1 and (ordered or misread)
    # 'Believes was motivated by X.': a verb with a capital, cut from its subject, can pass for a name
    first = sentences[0][0]
    one_name = first.i + 1 < len(first.doc) and not first.nbor().is_title
    if first.tag_ in ("NNP", "NNPS") and first.is_title and one_name:
        checked = _as_checked(text)
        lowered = parse(checked[0].lower() + checked[1:])
        # ('Mop up spills straight away.', read as 'Mop' who 'spills'): an order all the same
        stands = all(_sentence_stands(s) for s in lowered.sents if any(t.is_alpha for t in s))
        return stands or an_order_misread(checked)
    return True

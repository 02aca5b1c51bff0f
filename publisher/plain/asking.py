"""A condition asked as a question to the reader: 'if you disagree with X' -> 'Do you disagree with X?'; 'if you
run a hall and would like to open it' -> 'Do you run a hall?' 'And would you like to open it?'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aside_spans import condition_list_end
from .parse import SUBJECTS, is_finite
from .parser import parse, verb_lemma
from .syntax import _root, _text
from .wording import NOT_THE_READER

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

QUESTION_DO = {"VBP": "Do", "VBZ": "Does", "VBD": "Did"}


def verb_tag(verb: Token) -> str:
    """A verb's tag, read as a verb where the tagger took it for a plural noun ('if an adult moves')."""
    return "VBZ" if verb.tag_ == "NNS" and verb.dep_ == "advcl" else verb.tag_


_JUDGED = frozenset({"find", "deem", "consider", "judge", "think", "believe", "suspect"})


# People and bodies that decide what happens to the reader
_DECIDERS = frozenset(
    """gp doctor nurse pharmacist dentist midwife vet surgeon teacher inspector officer assessor landlord court council
    tribunal panel judge police school""".split()
)


_DECIDING = frozenset(
    "think believe decide consider feel find suspect agree grant refuse accept approve reject judge".split()
)


def _question(doc: Doc, clause: Token, start: int, end: int) -> str | None:
    """The if-clause doc[start:end] ('if' first) asked as a question: 'if you disagree with X' ->
    'Do you disagree with X?'; None unless it is a simple clause with its subject first."""
    children = list(clause.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if len(subjects) != 1 or subjects[0].left_edge.i != start + 1 or any(c.dep_ == "neg" for c in children):
        return None
    # 'If they think you need it': 'Do they think you need it?' asks the reader about others; 'if you live
    # here and would like X': 'Do you live here and would like X?' is no English
    # ('if we knew about it and did not repair it': 'Did we know about it and did not repair it?' neither)
    # ('if your child has a wheeze or has needed X': 'Does your child have a wheeze or has needed X?' neither)
    modal_joined = any(
        c.dep_ == "conj" and any(a.tag_ == "MD" or a.dep_ in ("neg", "aux", "auxpass") for a in c.children)
        for c in children
    )
    # ('if you are in work and earn X': 'Are you in work and earn X?' is no English either)
    modal_joined = modal_joined or (
        verb_lemma(clause) == "be" and any(c.dep_ == "conj" and c.pos_ == "VERB" for c in children)
    )
    # ('if someone is moving out and intends to return': 'Is someone moving out and intends X?' neither)
    # ('if live lice are found and ask that X': 'ask' is the main clause's, which the parse hung on 'found')
    modal_joined = modal_joined or (
        any(c.dep_ in ("aux", "auxpass") and c.i < clause.i for c in children)
        and any(
            c.dep_ == "conj" and (c.tag_ in QUESTION_DO or (c.tag_ == "VB" and clause.tag_ == "VBN")) for c in children
        )
    )
    # ('if you feel that you have no space and are sure X': 'Do you feel that X and are sure Y?' is no English, wherever
    # the parse hangs the 'are')
    modal_joined = modal_joined or any(
        t.dep_ == "conj" and verb_lemma(t) == "be" and t.tag_ in QUESTION_DO and verb_lemma(t.head) != "be"
        and not any(c.dep_ in SUBJECTS for c in t.children) for t in doc[start:end]
    )  # fmt: skip
    # ('If we get more complaints': the reader cannot answer for 'we')
    # ('If nobody collects them': 'Does nobody collect them?' asks nothing the reader can answer)
    # ('If no relative is able to': 'Can no relative do this?'; 'if you do get it': 'Do you get it?' loses the 'do')
    # ('If there is no improvement': 'Is there no improvement?' asks with a 'not' in it)
    said_of = [subjects[0], *(c for c in children if c.dep_ in ("attr", "dobj"))]
    nobody = any(c.dep_ == "det" and c.lower_ == "no" for s in said_of for c in s.children)
    stressed = any(c.dep_ == "aux" and c.lower_ in ("do", "does", "did") for c in children)
    # ('If this should be the case': 'Should this be the case?' asks about what only the sentence before says; 'If
    # this is your first claim' asks the reader: 'Is this your first claim?')
    pointing = subjects[0].lower_ in _POINTING_BACK and not any(t.lower_ in ("you", "your") for t in doc[start:end])
    # ('If your plot is found to be neglected': what others find or judge of a thing is no question the reader can
    # answer; 'If you are found guilty' they can)
    judged = (
        verb_lemma(clause) in _JUDGED and any(c.dep_ == "auxpass" for c in children) and subjects[0].lower_ != "you"
    )
    # ('if the work is cancelled or the date changes': a plural after a noun, joined to the verb, is a clause's verb
    # the parse misread; 'if you are claiming for a child you adopted, or a child who X' joins things)
    misread = any(c.dep_ == "conj" and c.tag_ == "NNS" and doc[c.i - 1].tag_ == "NN" for c in children)
    # ('If the GP thinks you may have dementia', 'if the court grants one': what someone else thinks or does is no
    # question the reader can answer; 'if your child has a rash' is)
    someone_else = subjects[0].lower_ in _DECIDERS and any(c.lower_ in ("the", "a", "an") for c in subjects[0].children)
    someone_else = someone_else and verb_lemma(clause) in _DECIDING  # ('Does the school ask you for papers?' is asked)
    misread = misread or someone_else
    if modal_joined or nobody or stressed or pointing or judged or misread or subjects[0].lower_ in NOT_THE_READER:
        return None
    # ('if the noise is happening now and it is after 8pm': a second clause with a subject of its own makes no one
    # question, however the parse hangs it)
    second = _SECOND_CLAUSE.search(_text(doc[start + 1 : end])) is not None
    if second or any(t.lower_ in ("if", "unless") for t in doc[start + 1 : end]):
        return None  # 'if you gave it up than if it was taken', 'if you rent a flat unless it has a garden': two
    # ('if you run a café, pub, restaurant or other business': the commas of a list the question asks about stay)
    marks = [t.i for t in doc[start:end] if t.text in (",", ";", ":")]
    listed = bool(marks) and all(doc[i].text == "," for i in marks) and condition_list_end(doc, marks[0]) == end
    if marks and not listed:
        return None  # 'if you report a change, such as X': a question asks one simple thing
    subject = subjects[0]
    subject_text = _text(doc[start + 1 : subject.right_edge.i + 1])
    if doc[start + 1].tag_ not in ("NNP", "NNPS") and subject_text != "I":
        subject_text = subject_text[0].lower() + subject_text[1:]
    after_subject = subject.right_edge.i + 1
    helpers = [c for c in children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    # ('if you or someone you know is having X': 'Are you or someone you know having X?', not 'Is you')
    reader_first = subject_text.split()[0].lower() in ("you", "we", "they")
    if helpers and _has_a_described_thing(helpers[0], clause):
        do = "Does" if helpers[0].lower_ == "has" and not reader_first else "Do"
        question = f"{do} {subject_text} have {_text(doc[clause.i : end])}"
    elif helpers:
        rest = [t for t in doc[after_subject:end] if t.i != helpers[0].i]
        helper = _PLURAL_FORMS.get(helpers[0].lower_, helpers[0].lower_) if reader_first else helpers[0].lower_
        question = f"{helper.capitalize()} {subject_text} {_text(rest)}"
    elif verb_lemma(clause) == "be" and clause.tag_ in QUESTION_DO:
        verb = _PLURAL_FORMS.get(clause.lower_, clause.lower_) if reader_first else clause.lower_
        question = f"{verb.capitalize()} {subject_text} {_text(doc[clause.i + 1 : end])}"
    elif verb_tag(clause) in QUESTION_DO and all(t.dep_ == "advmod" for t in doc[after_subject : clause.i]):
        do = QUESTION_DO[verb_tag(clause)]
        if do == "Does" and subject_text.split()[0].lower() in ("you", "i", "we", "they"):
            do = "Do"  # 'if you or someone you live with has X': 'Do you or someone ... have X?'
        adverbs = _text(doc[after_subject : clause.i])  # 'if you often have X' -> 'Do you often have X?'
        question = f"{do} {' '.join(w for w in (subject_text, adverbs) if w)} {verb_lemma(clause)} "
        # ('if the furniture puts people at risk or causes a nuisance': 'Does it put X or cause Y?')
        joined = {c.i for c in children if c.dep_ == "conj" and verb_tag(c) in QUESTION_DO}
        # ('if your child changes school or moves house': the parse may hang 'moves' on 'house'; a verb of the same
        # form just after the link is still the subject's second)
        joined |= {t.i for t in doc[clause.i + 2 : end] if t.tag_ == clause.tag_ and t.nbor(-1).lower_ in ("and", "or")}
        question += re.sub(
            r"\s+",
            " ",
            "".join(
                verb_lemma(t) + t.whitespace_ if t.i in joined else t.text_with_ws for t in doc[clause.i + 1 : end]
            ),
        ).strip()
    else:
        return None
    return question.rstrip() + "?"


_POINTING_BACK = frozenset({"this", "that", "these", "those"})
_SECOND_CLAUSE = re.compile(
    r"\s(?:and|or)\s+(?:it|he|she|they|we|there|this)\s+(?:is|are|was|were|has|have|had|can|will|does|do)\b"
)
# Participles that describe a thing ('written permission', 'written proof'), which the tagger may read as a 'have'
# of the perfect ('if you have written permission': 'Have you written permission?' asks whether you wrote it)
_DESCRIBING = frozenset({"written"})


def _has_a_described_thing(helper: Token, verb: Token) -> bool:
    """Whether 'have' before a describing participle and a bare noun is the verb ('have written permission')."""
    noun_next = verb.i + 1 < len(verb.doc) and verb.nbor(1).tag_ in ("NN", "NNS")
    return helper.lower_ in ("have", "has") and verb.lower_ in _DESCRIBING and noun_next


def asked(doc: Doc, clause: Token, start: int, end: int) -> list[str] | None:
    """The if-clause doc[start:end] asked as one question, or as two where it joins two things the reader does
    ('if you run a hall and would like to open it to all' -> 'Do you run a hall?' 'And would you like to open it
    to all?'); None where neither reads."""
    # ('if you are a relative and you are on a low income': two clauses make no one question)
    # ('if your payments stop and you later find out X': a second clause with a subject of its own is no part of
    # the first question)
    subject = next((c.lower_ for c in clause.children if c.dep_ in SUBJECTS), "")
    joined = [t for t in doc[start + 2 : end] if t.dep_ in SUBJECTS and doc[t.i - 1].lower_ in ("and", "or")]
    apart = any(t.lower_ != subject for t in joined)
    question = None if reader_twice(clause) or apart else _question(doc, clause, start, end)
    return [question] if question is not None else _joined_questions(doc, clause, start, end)


def _own_subject(verb: Token) -> Token | None:
    """A joined verb's own subject, if it has one."""
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def reader_twice(clause: Token) -> bool:
    """Whether a condition is two clauses that both have the reader, 'you' alone, for subject ('if you are a relative
    and you are on a low income')."""
    own = [_own_subject(c) for c in clause.children if c.dep_ == "conj"]
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    said = [s for s in (*subjects, *own) if s is not None]
    alone = [s for s in said if s.lower_ == "you" and not s.n_lefts and not s.n_rights]
    return len(subjects) == 1 and len(said) > 1 and len(alone) == len(said)


# Helpers a question to the reader may not open with: 'May you have been exposed to it?', 'Must you pay a deposit?'
_NOT_ASKED_WITH = frozenset({"May", "Might", "Must", "Shall"})


def _joined_questions(doc: Doc, clause: Token, start: int, end: int) -> list[str] | None:
    """'if you A and B' (or 'or B'), the reader the one subject of both, asked as 'Do you A?' 'And do you B?', each
    asked as _question asks one; None unless both read."""
    children = list(clause.children)
    subjects = [c for c in children if c.dep_ in SUBJECTS]
    verbs = [c for c in children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i < end]
    links = [c for c in children if c.dep_ == "cc" and c.lower_ in ("and", "or") and start < c.i < end]
    if len(subjects) != 1 or subjects[0].lower_ != "you" or subjects[0].i != start + 1 or subjects[0].n_rights:
        return None
    if (
        len(verbs) != 1
        or len(links) != 1
        or not links[0].i < verbs[0].i
        or not (_own_subject(verbs[0]) is None or reader_twice(clause))
    ):
        return None
    link, second = links[0], _own_subject(verbs[0])
    # ('if you need an interpreter, or help with access': a thing the first verb takes, which the parse read as a verb)
    thing = verbs[0].lower_ in _THINGS_TOO and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verbs[0].children)
    thing = thing and second is None and any(c.dep_ == "dobj" for c in children)
    # ('if you would rather pay it now, or pay more each week': the plain verb after the link shares the helper)
    modal = any(c.tag_ == "MD" and c.i < clause.i for c in children)
    shared = modal and second is None and verbs[0].tag_ == "VB" and not any(c.tag_ == "MD" for c in verbs[0].children)
    said_again = "" if second is not None else "you "  # ('or you need help' has its own 'you'; 'and would like' none)
    if any(t.text in (",", ";", ":", "(") for t in doc[start : link.i - 1]) or doc[link.i + 1 : end].text.count(","):
        return None  # each question asks one simple thing
    if shared or thing or (second is not None and second.i != link.i + 1):
        return None
    questions: list[str] = []
    for words in (f"if {_text(doc[start + 1 : link.i]).rstrip(',')}", f"if {said_again}{_text(doc[link.i + 1 : end])}"):
        piece = parse(words)
        root = _root(piece)
        question = _question(piece, root, 0, len(piece)) if root is not None and piece[0].head == root else None
        if question is None or question.split()[0] in _NOT_ASKED_WITH:
            return None
        questions.append(question)
    return [questions[0], f"{link.lower_.capitalize()} {questions[1][0].lower()}{questions[1][1:]}"]


# Words that name a thing as often as a doing ('help with access', 'support at home')
_THINGS_TOO = frozenset({"help", "support", "advice", "care", "access", "transport", "treatment", "cover"})
_PLURAL_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do"}


def main_after_first_comma(doc: Doc, mark: int) -> int | None:
    """The first comma after an opening 'if', where the words after it are a main clause with its subject first
    ('If you have a hearing impairment, audio signals will tell you': the parse may read 'audio signals' into the
    condition's list); None where they are not."""
    comma = next((t.i for t in doc[mark + 1 :] if t.text == ","), None)
    if comma is None or comma + 1 >= len(doc) or any(t.lower_ == "if" for t in doc[mark + 1 : comma]):
        return None
    rest = _text(doc[comma + 1 :])
    alone = parse(rest[:1].upper() + rest[1:])
    root = _root(alone)
    if root is None or not any(is_finite(t) and root in (t, t.head) for t in alone):
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    return comma if len(subjects) == 1 and subjects[0].left_edge.i == 0 and subjects[0].i < root.i else None


def opens_a_clause_inside(word: Token) -> bool:
    """Whether a word opens a clause inside a condition, not a main clause of its own: a mark of time or a relative
    pronoun ('before all the instalments have been paid'; 'care that has been arranged by the council')."""
    return (word.dep_ == "mark" and word.lower_ != "that") or (word.dep_ in SUBJECTS and word.tag_ in ("WDT", "WP"))

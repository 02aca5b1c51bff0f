"""Word-level signs that a parsed sentence was cut from another: a clause begun and never finished, a verb left
without its subject, 'of which' with nothing before it for 'which' to be."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .wording import SAME_IN_THE_PAST

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def of_which_first(sentence: Span, root: Token) -> bool:
    """'A large share of which involved young people.': the main verb's subject holds 'of which', so
    the clause was cut from the sentence that names what 'which' is ('The boxes, most of which were
    empty, went.' is whole: there 'of which' is inside a clause of its own)."""
    relatives = [t for t in sentence if t.i < root.i and t.lower_ in ("which", "whom") and t.head.lower_ == "of"]
    return any(not any(a.dep_ in ("relcl", "acl") for a in t.ancestors if a.i != root.i) for t in relatives)


# what 'if' or 'unless' may stand before with no verb: 'include a photo if possible', 'unless told otherwise'
_SAID_SHORT = frozenset({"possible", "necessary", "needed", "required", "appropriate", "applicable", "available",
                         "so", "not", "any", "otherwise", "told", "asked", "in"})  # fmt: skip


def opens_a_clause(token: Token) -> bool:
    """Whether a word is not the first of 'because of', a preposition with no clause after it, nor an 'if' said
    short ('if possible')."""
    following = token.nbor().lower_ if token.i + 1 < len(token.doc) else ""
    return following != "of" and not (token.lower_ in ("if", "unless") and following in _SAID_SHORT)


def cut_off_early(sentence: Span, root: Token, question: bool) -> bool:
    """Whether a parsed sentence was cut off before its end: after a linking word, an article, 'of' or a main 'be'."""
    # 'We can help you check the benefits you get and.': a sentence cut off after a linking word or article
    # (the last word, not the last word of letters: 'aged 16 or 17' and 'from 9am to 5pm' end with numbers)
    last = [t for t in sentence if not t.is_punct and not t.is_space][-1]
    # ('placed in Band A.': a capital 'A' the parse read as a name is no article)
    # ('in the envelope marked A.': a capital 'A' after a participle is a label, never an article; 'with band A' may
    # still be cut from what follows it)
    label = last.text == "A" and last.i > sentence.start and last.nbor(-1).tag_ in ("VBN", "VBD")
    article = last.lower_ in ("the", "an", "and", "or", "but")
    article = article or (last.lower_ == "a" and last.tag_ != "NNP" and not label)
    cut_off = last.dep_ == "cc" or article
    # ('X stopped using it because of.': a preposition never left at the end; '18 payments of £350.' is whole)
    ends = [t.lower_ for t in sentence if not t.is_punct][-1:] in (["of"], ["because"])
    # ('which makes them hard to get rid of.', 'what you need to take care of.': an 'of' a verb leaves at the end)
    ends = ends and not (
        last.lower_ == "of" and (last.nbor(-1).pos_ in ("VERB", "ADJ") or last.nbor(-1).lower_ == "care")
    )
    cut_off = cut_off or (ends and not sentence.text.rstrip().endswith(":"))  # 'the skills of:' leads into a list
    # ('The only time we would refund the fee is.': a main 'be' left with nothing after it waits for its complement)
    cut_off = cut_off or (last == root and last.lemma_ == "be" and not question)
    # 'X, so.' is cut off, where 'to do so.' is whole
    # ('for a day or so.' is whole)
    so_cut = last.lower_ == "so" and last.nbor(-1).lower_ != "or"
    cut_off = cut_off or (so_cut and (last.dep_ != "advmod" or last.nbor(-1).text == ","))
    return bool(cut_off)


def unfinished_clause(sentence: Span) -> bool:
    """Whether a clause after 'where', 'who' or 'whose' has no verb: 'A refuge is a safe house where women and
    children.' stops before saying what they do there."""
    opened = [t for t in sentence if t.lower_ in ("where", "who", "whose") and t.i > sentence.start]
    # ('They are on flat paths where possible.': 'where' and a describing word alone is a whole phrase)
    opened = [t for t in opened if not (t.lower_ == "where" and _where_and_a_word(t))]
    # ('places where young people aged 11 to 19.': a word that describes is no verb of the clause)
    helped = {t.head.i for t in sentence if t.dep_ in ("aux", "auxpass")}
    verbs = [t for t in sentence if t.pos_ in ("VERB", "AUX") and (t.tag_ not in ("VBN", "VBG") or t.i in helped)]
    return bool(opened) and not any(t.i > opened[-1].i for t in verbs)


def _where_and_a_word(where: Token) -> bool:
    """Whether 'where' is followed by one describing word and then the clause's end ('where possible', 'where
    needed')."""
    following = where.doc[where.i + 1 : where.i + 3]
    ends = len(following) == 1 or following[-1].is_punct
    return ends and following[0].tag_ in ("JJ", "VBN")


def another_time(mark: Token) -> bool:
    """Whether a clause after 'or' is another time for what the sentence says ('leave it charging overnight or
    while you are out'), not one begun and never finished."""
    before = mark.nbor(-2) if mark.i > 1 else None
    return mark.nbor(-1).lower_ == "or" and before is not None and before.pos_ == "ADV" and before.dep_ == "advmod"


def cut_from_its_subject(verb: Token) -> bool:
    """Whether a verb cannot open a clause of its own: a helper or a tensed verb ('is', 'can', 'were'), not the 'do'
    of an order ('And do not X') nor an order tagged as a past ('And put it out')."""
    past = verb.tag_ == "VBD" and verb.lower_ not in SAME_IN_THE_PAST
    return past or verb.tag_ in ("VBZ", "MD") or verb.lower_ in ("are", "were")


# An order to have a thing done ('Have your boiler checked every year'), which the parse may read as a question's 'have'
HAVE_IT_DONE = re.compile(
    r"(?:have|get)\s+(?:your|the|any|all)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+ed|done|seen)\b(?!\s+(?:to|by\s+you))",
    re.IGNORECASE,
)


def nouns_read_as_a_clause(root: Token) -> bool:
    """Whether the parse took the last of two things joined by 'or' or 'and' for a verb with the first as its subject
    ('Sores or lumps around your genitals.': 'lumps' read as the verb)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i + 2 == root.i and root.doc[c.i + 1].dep_ == "cc" for c in root.children
    )


def noun_and_clause_as_subjects(root: Token) -> bool:
    """Whether a main verb's two subjects are a noun and its clause misread (see _sentence_stands)."""
    # ('The date that probate is granted.': two subjects, a 'that' between them, are a noun and its clause misread)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i]
    between = root.doc[subjects[0].i : subjects[-1].i] if len(subjects) > 1 else root.doc[:0]
    # ('And the number of the car you will use.': a person straight after a noun opens the noun's clause)
    reduced = len(subjects) > 1 and subjects[-1].pos_ == "PRON" and root.doc[subjects[-1].i - 1].pos_ == "NOUN"
    # ('People whose immune system is weakened by X.': 'whose' opens the clause of the noun before it too)
    doubled = (reduced or any(t.lower_ in ("that", "which", "who", "whose") for t in between)) and not any(
        t.is_punct for t in between
    )
    # ('The doctor who is looking after you will make X': a person straight after a preposition is its object, which
    # the parse took for a second subject)
    # ('Most people who can get it are paid in May': a person straight after the clause's verb is its object)
    previous = root.doc[subjects[-1].i - 1] if doubled else None
    taken = previous is not None and (previous.dep_ == "prep" or previous.pos_ == "VERB")
    return doubled and not (subjects[-1].pos_ == "PRON" and taken)


def done_after_with(words: Doc | Span) -> bool:
    """Whether parsed words end on a thing done after 'with X' ('out-of-date food with the packaging removed'), which
    describes the thing before it: the parse may take it for the main verb of a clause."""
    last = max((t.i for t in words if t.is_alpha), default=-1)
    if last < 1 or words.doc[last].tag_ not in ("VBD", "VBN"):
        return False
    before = words.doc[last - 1]
    return words.doc[last].dep_ == "ROOT" and before.dep_ == "pobj" and before.head.lower_ == "with"


# ('For major works, which are works that last 11 days or more.': an opening phrase and its aside, then no clause)
_PHRASE_AND_ASIDE_ALONE = re.compile(
    r"(?:for|in|on|at|with|from|under|after|before|during|by)\s[^,]*,\s+(?:which|who|where)\b[^,]*$", re.IGNORECASE
)


def phrase_and_aside_alone(doc: Doc) -> bool:
    """Whether words are an opening phrase and its 'which' aside with no clause after them."""
    return _PHRASE_AND_ASIDE_ALONE.match(doc.text.strip()) is not None


def amount_described(doc: Doc) -> bool:
    """Whether words open (after a link) with an amount, and their first subject, a pronoun, follows a noun straight
    on (a clause that says which of the noun)."""
    words = [t for t in doc if not t.is_punct and t.lower_ not in ("and", "or", "but")]
    subject = next((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), None)
    amount = bool(words) and (words[0].tag_ == "$" or words[0].like_num)
    pronoun = subject is not None and subject.pos_ == "PRON" and subject.i > 1
    return amount and pronoun and subject is not None and doc[subject.i - 1].pos_ == "NOUN"


def once_opens_a_clause(root: Token) -> bool:
    """Whether 'once' just before the main verb's subject opens a clause of time ('£450 once the licence is granted'),
    which the small model may read as 'one time': what it opens is no sentence of its own."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and any(
        c.lower_ == "once" and c.dep_ == "advmod" and c.i + 1 == subjects[0].left_edge.i for c in root.children
    )

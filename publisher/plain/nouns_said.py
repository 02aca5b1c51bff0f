"""How a sentence made of an aside names the noun the aside was about: 'larger HMOs' -> 'Larger HMOs', 'or a
personal budget' -> 'A personal budget', 'the 4 family hubs' -> 'The 4 family hubs'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .defining import _BODIES, _PEOPLE, _agrees_plural, _one_thing_said
from .parser import verb_lemma
from .syntax import _GROUPS, _PLURAL_TAGS, LONGEST_SUBJECT, _text, _words
from .wording import MONTHS
from .words import takes_an

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_KINDS = frozenset({"type", "kind", "sort", "form"})


def _named_of(doc: Doc, noun: Token) -> int:
    """Where a name that goes on with 'of' and a bare noun ends ('a lasting power of attorney', 'the Court of
    Protection', 'proof of address'): without it the name would be another thing; 0 for no such name."""
    of = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if of is None or of.lower_ != "of" or of.head != noun:
        return 0
    named = [c for c in of.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    # ('power of attorney (LPA)': an acronym in brackets after it is the name's, and stays where it was)
    after = ("punct", "appos")
    if len(named) != 1 or any(
        c.dep_ not in ("compound", "amod", *after) or (c.dep_ in after) != (c.i > named[0].i) for c in named[0].children
    ):
        return 0
    bare = all(t.dep_ in ("compound", "amod") and t.pos_ in ("ADJ", named[0].pos_) for t in doc[of.i + 1 : named[0].i])
    return named[0].i if bare else 0


def _noun_said(doc: Doc, noun: Token) -> str:
    """A noun with its describing words, to open a sentence about it: 'larger HMOs' -> 'Larger HMOs';
    '' when words before it the walk cannot take in would be lost ('the Tell Us Once service': not 'Service')."""
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "nummod") and doc[start - 1].head.i >= start - 1:
        start -= 1
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # ('your appointment, which will take an hour': 'Your appointment' means the same wherever it is said)
    readers = len(owners) == 1 and owners[0].lower_ in ("your", "our")
    if owners and not readers and not (noun.tag_ == "NNP" and all(o.tag_ == "NNP" and o.is_title for o in owners)):
        return ""  # 'their own charges, which are added': not 'Own charges' ('Carer's Allowance' is a name)
    start = min([start, *(o.left_edge.i for o in owners)])
    if start > 1 and doc[start - 1].lower_ == "to" and doc[start - 2].like_num:
        return ""  # 'the 2027 to 2028 financial year': not '2028 financial year'
    # ('The Help to Claim service': a name the parse broke up is lost from 'Service')
    if start > 1 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
        return ""
    first = noun.left_edge.i
    while first < noun.i and doc[first].dep_ in ("det", "preconj"):  # 'either an HC2 certificate'
        first += 1
    # ('But hearing aids, which are free': a name the parse read as a doing that opens the sentence, and its thing)
    misread = start == noun.i > 0 and noun.dep_ == "dobj" and noun.head.i == noun.i - 1 and noun.head.tag_ == "VBG"
    if misread and noun.head.dep_ in ("csubj", "nsubj"):
        start = first = noun.i - 1
    # ('3 February 2027, which is the date X': a date is 'This', never 'The 3 February 2027')
    if start != first or re.search(rf"\b(?:{MONTHS})\b", _text(doc[start : noun.i + 1])):
        return ""
    # ('a different type of support': a type is named by what it is a type of)
    kind = [c for c in noun.children if c.lower_ == "of" and c.i == noun.i + 1 and noun.lower_.rstrip("s") in _KINDS]
    # ('Route 15, which runs X': a number after a noun is part of its name)
    numbered = noun.i + 1 < len(doc) and doc[noun.i + 1].like_num and doc[noun.i + 1].head == noun
    end = kind[0].right_edge.i if kind else _named_of(doc, noun) or noun.i + numbered
    said = _text(doc[start : end + 1])
    # ('4 family hubs, which will open in May': 'The 4 family hubs', the ones just named)
    # ('This service, which is called reablement': 'The service is called X', never 'Service is called X')
    pointed = ("the", "these", "those", "this", "that")
    if doc[start].like_num or any(c.dep_ == "det" and c.lower_ in pointed for c in noun.children):
        return f"The {said}"  # 'the transitional arrangements, which will stay' -> 'The transitional arrangements'
    return said[0].upper() + said[1:]


_SOME = ("some", "many", "most", "few", "several")


def _a_noun_said(doc: Doc, noun: Token) -> str:
    """_noun_said, with the 'a' or 'an' the noun had: 'or a personal budget' -> 'A personal budget'."""
    said = _noun_said(doc, noun)
    # 'or other valid travel document, which must have X': 'Other valid travel document must' is no English
    if any(c.lower_ in ("other", "another") for c in noun.children):
        return ""
    counted = [c.lower_ for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an", *_SOME)]
    if said and counted:
        first = next((t for t in noun.subtree if t.lower_ == said.split()[0].lower()), noun)
        said = first.text + said[len(first.text) :]  # its own capital: 'HC3 certificate', 'personal budget'
        # ('and some main roads, which are run by X': 'Some main roads are', not all of them)
        article = counted[0].capitalize() if counted[0] in _SOME else "An" if takes_an(said) else "A"
        return f"{article} {said}"
    return said


def _thing_before_people(doc: Doc, clause: Token, people: Token) -> str:
    """What 'which' is about when the parser hung it on people: the thing they are the object of ('a new
    scheme for working-age people, which will start in April' -> 'The new scheme'); '' if none."""
    # ('put under the skin at the back of the neck by a vet, which only takes seconds': who does it is no owner)
    thing = people.head.head if people.dep_ == "pobj" and people.head.lower_ != "by" else None
    if thing is None or thing.pos_ != "NOUN" or thing.lower_ in _PEOPLE or thing.lower_ in _GROUPS:
        return ""
    many = thing.tag_ in _PLURAL_TAGS
    said = _noun_said(doc, thing) if _agrees_plural(clause, many) == many else ""
    if not said or said.startswith("The "):
        return said
    first = next((t for t in thing.subtree if t.lower_ == said.split()[0].lower()), thing)
    return f"The {first.text}{said[len(first.text) :]}"


_SAID_AGAIN = {"it": "It", "they": "They", "he": "He", "she": "She"}


_ARTICLE = re.compile(r"^(?:the|an?)\s+")


def subject_of_the_class(doc: Doc, noun: Token, clause: Token) -> str:
    """What a clause about the class a subject is said to be is about: the subject ('Measles is a very infectious
    illness that can make you ill' -> 'Measles can make you ill', not 'The very infectious illness can'); '' if
    the noun names no class its sentence's subject is in."""
    verb = noun.head
    # ('The main symptom is intense itching, which is worse at night, and a rash': the subject is both things)
    # (the parse may hang the second thing on the verb)
    both = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in (*noun.children, *verb.children))
    if noun.dep_ != "attr" or verb.lemma_ != "be" or both:
        return ""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    many = verb.lower_ in ("are", "were")
    if len(subjects) != 1 or _agrees_plural(clause, many) != many:
        return ""
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return _SAID_AGAIN.get(subject.lower_, "")
    # ('Your income is your adjusted net income, which is X': what the clause defines is the thing it follows)
    owned = any(c.dep_ == "poss" for c in subject.children)
    said = _a_noun_said(doc, subject) if subject.pos_ in ("NOUN", "PROPN") and not owned else ""
    # ('Trading without a consent is an offence that can lead to a fine': 'Trading can lead to a fine' loses what
    # the subject is said of; 'A lasting power of attorney (LPA)' said without its short form loses nothing)
    whole = re.sub(r"\s*\([^)]*\)", "", doc[subject.left_edge.i : subject.right_edge.i + 1].text)
    if _ARTICLE.sub("", said.lower()) != _ARTICLE.sub("", whole.lower()):
        return ""
    return said if len(said.split()) <= LONGEST_SUBJECT else ""


def a_thing_described(noun: Token) -> bool:
    """Whether 'one' stands for a thing said before ('the old one', 'a new one')."""
    return noun.lower_ == "one" and any(c.dep_ == "amod" for c in noun.children)


_PHONE_NUMBER = re.compile(r"(?:0\d{2,4}(?: ?\d{3,4}){1,2}|1\d\d|999)")


def a_phone_number(words: Span) -> bool:
    """Whether words are a phone number said after a word of calling ('on 0300 303 0554', 'call 111')."""
    before = words.doc[words.start - 1].lower_ if words.start > 0 else ""
    called = before in ("on", "call", "calling", "ring", "ringing", "phone", "phoning", "number", "dial", "dialling")
    return called and _PHONE_NUMBER.fullmatch(words.text) is not None


def defined_by_which(doc: Doc, clause: Token, noun: Token, relative: str) -> str:
    """A thing a 'which is a' clause defines, named ('about having a colonoscopy, which is a test that X': 'A
    colonoscopy is a test', where 'This is a test' after other things would name none of them); '' for others."""
    defined = relative == "which" and verb_lemma(clause) == "be" and noun.pos_ == "NOUN" and noun.tag_ == "NN"
    attributes = [c for c in clause.children if c.dep_ == "attr"]
    defined = defined and any(d.lower_ in ("a", "an") for c in attributes for d in c.children)
    said = _a_noun_said(doc, noun) if defined else ""
    return said if said.split()[:1] in (["A"], ["An"]) and _words(said) <= LONGEST_SUBJECT else ""


def plural_said_again(doc: Doc, noun: Token) -> str:
    """How a sentence about a plural a relative clause hangs on names it: the noun itself where 'They' could mean
    another plural before it ('Landlords of larger HMOs, which are X' -> 'Larger HMOs are X'), else 'They'."""
    other_plural = any(t.tag_ in _PLURAL_TAGS and t.i != noun.i for t in doc[: noun.i])
    # ('samples from some materials, which will be sent': the samples or the materials, as 'They' is too)
    other_plural = other_plural and not (noun.dep_ == "pobj" and noun.head.head.tag_ in _PLURAL_TAGS)
    alone = noun.tag_ in _PLURAL_TAGS and not any(c.dep_ == "conj" for c in noun.children)
    alone = alone and not any(c.lower_ in ("some", "many", "several", "certain", "any") for c in noun.children)
    named = _noun_said(doc, noun) if other_plural and alone else ""
    # ('with new plastic ones, which will last': 'The new plastic ones will last', never 'New plastic ones')
    named = f"The {named[0].lower()}{named[1:]}" if noun.lower_ == "ones" and named[:4] != "The " and named else named
    return named or "They"


def named_first(doc: Doc, clause: Token, noun: Token, relative: str) -> str | None:
    """What a relative clause is about where the word it hangs on cannot be: the thing before people ('Landlords of
    larger HMOs, which are X'), the phone line after a number ('call us on 0300 303 0554, which is open from 8am'),
    or the body a verb is done to ('contact our team on 01632 400 600, who will X': 'They', not 'This person', and
    '' for no body); None for none of these."""
    if relative == "who" and noun.pos_ in ("VERB", "AUX"):
        done_to = [c for c in noun.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        return "They" if len(done_to) == 1 and done_to[0].lower_ in _BODIES else ""
    if relative != "which":
        return None
    # ('a survey of the old one, which': an 'one' that is described is a thing, not a person)
    if (noun.lower_ in _PEOPLE and not a_thing_described(noun)) or noun.lower_ in _GROUPS:
        return _thing_before_people(doc, clause, noun)
    number = a_phone_number(doc[noun.left_edge.i : noun.i + 1]) and _one_thing_said(clause)
    return "The line" if number else None

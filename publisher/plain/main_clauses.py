"""Splits at main clauses: two clauses joined by 'and', 'but' or 'or' ('X did A, and Y did B'); the subject, and
the helpers it shares, said again where the second has none of its own (a series of three is verb_series.py's). A
split is offered only when every piece stands alone as a sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .anyone import at_anyone_who
from .clause_apart import (
    a_thing_said,
    an_order_misread_as_said,
    inside_condition,
    last_of_a_list,
    more_of_a_bare_if,
    not_a_clause_of_its_own,
    noun_before_the_verb,
    opening_shared,
    own_choice,
    subject_further_on,
    tensed_after_a_clause,
    thing_of_a_list,
    verb_left_out,
    with_its_and,
)
from .inflect import ONLY_PARTICIPLES, ONLY_PASTS
from .linking import (
    but_of_the_condition,
    condition_of_both,
    in_a_bare_closing_if,
    in_closing_condition,
    more_of_a_helping_clause,
    more_of_the_readers_condition,
)
from .orders import opens_with_an_order
from .own_helper import compared_thing, order_after_but, present_tense
from .parse import SUBJECTS
from .parser import parse, verb_lemma
from .second_verbs import wanted_again
from .syntax import (
    _OWN_SUBJECTS,
    _nearer_verb,
    _one_clause,
    _plural,
    _root,
    _standing,
    _subject_again,
    _text,
    condition_first,
    helpers_modal,
)
from .wording import ANYONE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_FINITE = ("VBD", "VBZ", "VBP")
# ('Show it to the driver, or hold it to the reader, when you get on'; 'fill in the form, or do it online, by 15 March')
SAID_OF_BOTH_WHEN = re.compile(r",\s+(?:before|after|until|while|when|once|to|by|within)\s[^,]*$", re.IGNORECASE)
_LINKS = {"and": "", "but": "But", "so": "So", "yet": "But", "or": "Or"}


def shared_helpers(helpers: list[Token], verb: Token) -> list[Token]:
    """The first verb's helpers that a second verb shares: a plain verb shares only a modal ('could be offered
    a course, or receive a fine': 'could receive')."""
    return [h for h in helpers if h.tag_ == "MD" or verb_lemma(h) == "do"] if verb.tag_ == "VB" else helpers


def _said_again(doc: Doc, root: Token, conj: Token, link: Token, subjects: list[Token]) -> str | None:
    """How the second of two clauses that share the first's subject starts: the subject again, with the helpers
    it shares ('You should'); None where it cannot be said."""
    # ('The people on board the dinghies are X': a parse with two subjects cannot say which to repeat; 'Store food
    # in sealed containers, clear up crumbs': a main word that is no verb shows a parse whose subject is none)
    one = len(subjects) == 1 and root.pos_ in ("VERB", "AUX")
    subject = _subject_again(doc, root, subjects[0]) if one else None
    if subject is None:
        return None
    helpers = shared_helpers([c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i], conj)
    # ('could be given a notice, or be prosecuted': a plain 'be' of its own still needs the shared 'could')
    # ('must live in England and have reached X': a bare 'have' or 'be' after the first verb's modal shares it)
    base_helper = [c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("have", "be")]
    modals = [h.text for h in helpers if h.tag_ == "MD"]
    first_helper = min((c.i for c in conj.children if c.dep_ in ("aux", "auxpass")), default=-1)
    # ('is not paid in cash but taken off your bill': a participle that is never a past tense shares the 'is')
    participle = conj.lower_ in ONLY_PARTICIPLES and bool(helpers) and first_helper < 0
    if participle or (base_helper and modals and base_helper[0].i == first_helper):
        return " ".join([subject, *(h.text for h in helpers)] if participle else [subject, *modals])
    own = any(c.dep_ in ("aux", "auxpass") and c.tag_ != "VB" for c in conj.children) or conj.tag_ in _FINITE
    if not own and any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return " ".join([subject, *modals]) if modals else None
    # 'The bins are filled X and refilled Y': a second passive shares 'are' ('The bins are refilled'); so does a
    # second perfect ('has since applied for a licence and carried out the repairs': 'has carried out')
    # ('were called and found the hall alight': a verb with an object of its own is not passive, nor 'found a man ill')
    # ('kept for 3 weeks and renewed up to 5 times': a number the parse made the object says how often)
    objects = [
        c for c in conj.children
        if (c.dep_ == "dobj" and c.tag_ != "CD") or (c.dep_ in ("ccomp", "oprd") and c.pos_ == "ADJ")
    ]  # fmt: skip
    # ('will be given notice and sent a copy': after a passive with an object of its own, a second one is passive)
    passive = any(c.dep_ == "auxpass" for c in root.children)
    passive = passive and (not objects or any(c.dep_ == "dobj" for c in root.children))
    passive = passive or any(c.dep_ == "aux" and verb_lemma(c) == "have" for c in root.children)
    # ('had been in service for 19 years and broke down 40 times': a past that is never a participle has no 'had')
    own = own and not (
        passive and conj.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
        and conj.lower_ not in ONLY_PASTS
    )  # fmt: skip
    # ('will read it and, if it agrees, send X': a plain form after its own condition, tagged present, is the modal's)
    plain_form = conj.tag_ == "VBP" and conj.lower_ == verb_lemma(conj)
    own = own and not (condition_first(conj) and plain_form and bool(modals))
    if conj.tag_ == "VB" and not (helpers and helpers[0].tag_ == "MD"):
        own = True  # 'have been improved and now provide X': 'provide' is present tense, no helpers
        # 'The council is warning of a scam in which callers claim X and say Y': 'say' cannot be the
        # council's ('The council say'): it is the nearer clause's
        bare = not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
        if bare and not _plural(subjects[0]) and subjects[0].lower_ not in ("you", "i", "we", "they"):
            return None
    wanted = wanted_again(doc, root, conj, link)
    # ('use our app to record noise and send it': with a thing between the verb and its 'to', 'use to send' is no
    # English, and the sending is the app's use all the same; the clause is left whole)
    used = wanted and any(c.dep_ == "dobj" and c.i < link.i for c in root.children)
    if (own and _disagrees(subjects[0], conj)) or used:
        return None  # ('it causes fits that last minutes and are worse at night': 'are' is the fits', not 'it')
    said = subject if own else " ".join([subject, *(h.text for h in helpers)])
    if wanted:
        every = [c.text for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
        said = " ".join([subject, *every, root.text, "to"])
    # ('Anyone who does not follow a notice can be taken to court and fined': the reader is 'you' only where the
    # first clause is asked of them; here it is 'They can be fined')
    anyone = subjects[0].lower_ in ANYONE and said.startswith("you")
    return "they" + said[3:] if anyone and at_anyone_who(_text(doc[: link.i])) is None else said


def _disagrees(subject: Token, verb: Token) -> bool:
    """Whether a present verb's number is not its subject's ('it ... are'), so the parse has given the verb a
    subject that is not its own."""
    many = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    many = many or subject.lower_ in ("they", "we", "you", "i", "these", "those")
    # (a noun's tag is no sure number: 'Head lice are common' has 'lice' read as one)
    one = not many and subject.lower_ in ("it", "he", "she", "this", "that")
    return (verb.tag_ == "VBP" and one) or (verb.tag_ == "VBZ" and many)


def _alone(words: str) -> Doc:
    """Words parsed as a sentence of their own."""
    return parse(words[:1].upper() + words[1:])


def _a_clause_alone(doc: Doc) -> bool:
    """Whether words read alone are a clause that opens with its subject, before a tensed verb or a modal ('parish
    councils that would like X can contact Y')."""
    root = _root(doc)
    tensed = root is not None and (root.tag_ in _FINITE or any(c.tag_ == "MD" for c in root.children))
    return tensed and root is not None and any(c.dep_ in SUBJECTS and c.left_edge.i == 0 for c in root.children)


def _contrasted(link: Token, conj: Token) -> bool:
    """Whether a clause after 'but' has a subject of its own, so that a condition closing it is its own ('Food is
    provided but you will need X if you have an infant')."""
    return link.lower_ == "but" and any(c.dep_ in SUBJECTS for c in conj.children)


def _shared_by_both(doc: Doc, conj: Token, link: Token) -> bool:
    """Whether what comes after the link (a condition, more of one, a helping clause) keeps both clauses
    together rather than making the second a sentence of its own."""
    left, right = _text(doc[: link.i]), _text(doc[link.i :])
    # ('You may not have to pay, or you may pay half, if X': a condition after a comma may be both's)
    both = doc[link.i - 1].text == "," and condition_of_both(right)
    # ('could be prosecuted and fined if they do not pay': with no comma, a closing condition is both's)
    closing_if = re.search(r"\b(?:if|unless)\b[^,]*$", right) is not None
    # ('Staff are trained to deal with them and will ask you to wait if X': a present state holds whatever the
    # condition, which is the second verb's, with its own helper)
    stated = not any(c.tag_ == "MD" for c in conj.head.children) and conj.head.tag_ in ("VBP", "VBZ", "VBN")
    stated = stated and any(c.tag_ == "MD" for c in conj.children) and present_tense(conj.head)
    both = both or (doc[link.i - 1].text != "," and closing_if and not _contrasted(link, conj) and not stated)
    # ('You can get relief, as long as A, and B': the clause after ', and' is more of the condition)
    # ('if you pay council tax, and your savings are below £16,000': both are asked of the reader)
    goes_on = in_closing_condition(left) or more_of_the_readers_condition(left, right)
    both = both or (link.lower_ == "and" and goes_on)
    return both or but_of_the_condition(left, right) or more_of_a_helping_clause(left, right)


def _another_order_after(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether an order ('Call us on X and we will help you fill in the form') is followed, after the clause of ours
    it leads to, by another choice of order (', or download it'): cut from the order, the choice would be ours."""
    ordered = root.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in root.children)
    ordered = ordered and any(c.dep_ in SUBJECTS for c in conj.children)
    return ordered and any(
        t.lower_ == "or" and t.nbor(-1).text == "," and t.i + 1 < len(doc) and t.nbor().tag_ == "VB"
        for t in doc[link.i + 1 : -1]
    )


_EXAMPLES_GIVEN = re.compile(r"(?:(?:Other )?examples (?:are|include)|An example is)\b", re.IGNORECASE)


def at_main_clauses(body: str) -> list[str] | None:
    """'X did A, and Y did B' -> 'X did A.' 'Y did B.'; with one subject for both, the subject (and its modal) is said
    again: 'You should describe A and include B' -> '... A.' 'You should include B.'"""
    doc = parse(body)
    root = _root(doc)
    # ('Examples are ordering X and booking Y': the things given as examples, which the parse may read as doings)
    if root is None or tensed_after_a_clause(root) or _EXAMPLES_GIVEN.match(body):
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    # ('covered by route 7 and route 21': a "verb" with a number of its own is a noun the parse misread, as is one
    # with a number for its subject just before it: 'send one copy to us and one copy each to the police')
    # ('leading to pneumonia, hospital stays and death': nor is a "verb" tagged as a noun)
    verbs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not c.tag_.startswith("NN")]
    numbered = [
        c
        for c in verbs
        if any(n.dep_ == "nummod" or (n.tag_ == "CD" and n.i == c.i - 1) for n in c.children) or compared_thing(root, c)
    ]
    for conj in (c for c in verbs if c not in numbered):
        links = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < conj.i] or _link_before_a_condition(
            doc, conj
        )
        # 'not A and B' may deny both; 'not A but B' denies only A ('are not sent a kit but can ask for one')
        negated = any(c.dep_ == "neg" for c in root.children)
        # ('are not taxable, will not count X': a second verb with helpers of its own has its own negation)
        # ('This is not acceptable and parents need to know X': a second verb with a subject of its own too)
        negated = negated and not any(c.dep_ in ("aux", "auxpass", "neg", *SUBJECTS) for c in conj.children)
        if not links or links[-1].lower_ not in _LINKS or (negated and links[-1].lower_ != "but"):
            continue
        link = links[-1]
        # 'You can speak to your GP, or contact a charity': a choice of two, each with its comma; never 'fined
        # or taken to court', 'built or refurbished' (one thing said two ways) or the last of a list
        # ('This applies only if they lived here, or they died at work': the choice is the condition's)
        if (
            link.lower_ == "or"
            and (
                (doc[link.i - 1].text != "," and not _own_clause_of_choice(doc, root, conj, link))
                or "," in [t.text for t in doc[root.i : link.i - 1]]
                or any(c.dep_ == "advcl" and root.i < c.i < link.i for c in root.children)
                # ('Go to A&E or call 999 if X is spreading, or you are finding it hard to breathe': the parse may hang
                # the condition on the second order, and the choice after it is still the condition's)
                or any(
                    t.dep_ == "advcl" and t.head.dep_ == "conj" and t.head.head == root for t in doc[root.i : link.i]
                )
                # ('Show it to the driver, or hold it to the reader, when you get on': the time (or purpose) is both's)
                or SAID_OF_BOTH_WHEN.search(_text(doc[link.i :])) is not None
                # ('have it if you are travelling to X and you will be far from care, or you will work with animals')
                or (in_a_bare_closing_if(_text(doc[: link.i - 1])) and not own_choice(conj))
            )
        ):
            continue
        both = _shared_by_both(doc, conj, link)
        # ('The main signs are wheezing, a cough, a tight chest, and getting out of breath': after 'be', an -ing form
        # with no helper of its own is the last of the things)
        # (the parse may read 'are wheezing' as one verb: two commas before 'and' still make it a list)
        comma_count = sum(t.text == "," for t in doc[root.i : link.i])
        listed_ing = (verb_lemma(root) == "be" or comma_count >= 2) and conj.tag_ == "VBG"
        listed_ing = listed_ing and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
        if (
            both
            or listed_ing
            or not_a_clause_of_its_own(doc, root, conj, link)
            or _nearer_verb(doc, root, conj)
            or inside_condition(doc, root, link)
            or _one_clause(doc, root, conj, link)
            or thing_of_a_list(doc, conj)
            or _another_order_after(doc, root, conj, link)
            or _with_two_states(doc, link, conj)
        ):
            continue
        if (
            last_of_a_list(doc, root, conj, link)
            or more_of_a_bare_if(doc, link, conj)
            or a_thing_said(doc, link, conj)
            or verb_left_out(_text(doc[: link.i]), _text(doc[link.i + 1 :]), doc[link.i + 1])
            or an_order_misread_as_said(root, conj)
        ):
            continue
        right = _text(doc[link.i + 1 :])
        # 'You can use it, but please do not take it home': an order has no subject to say again
        # ('and do the test at home': 'do' as the verb itself shares the subject and helper, no 'do not' order)
        first = doc[link.i + 1]
        order = (first.lower_ == "please" or (first.lower_ in ("do", "don't") and first != conj)) and conj.tag_ == "VB"
        # ('the school may pay for it, so ask the head teacher': a bare verb straight after 'so' is an order)
        order = order or (link.lower_ == "so" and conj.tag_ == "VB" and conj.i == link.i + 1)
        # ('The payments are not taxable and do not affect X': after 'and', 'do' agrees with a subject that is
        # not the reader's, so it is that subject's verb, said again, not an order)
        # ('You can take paracetamol, but speak to your GP': see order_after_but)
        # ('This is when X, and do not visit Y': after a singular subject, 'do' is an order's all the same)
        order = (
            order
            and not (
                link.lower_ == "and"
                and doc[link.i + 1].lower_ != "please"
                and subjects
                and subjects[0].lower_ not in ("you", "this", "it", "that", "he", "she")
            )
        ) or order_after_but(doc, root, conj, link)
        # ('but it is strongly recommended': a subject of its own, wherever the parser hung it)
        own_subject = any(c.dep_ in SUBJECTS for c in conj.children) or doc[link.i + 1].lower_ in _OWN_SUBJECTS
        # ('and around 1 in 5 went to X': a number or noun before the verb is its subject, whatever the parse; so is
        # a noun just before it that the parse hung on a phrase, 'and on both occasions 90% of the spaces were full',
        # and a subject of a verb between them, 'but places at some events are limited, so please check', but not
        # one of a condition between them: 'and, if there is a hearing, will be published')
        own_subject = own_subject or noun_before_the_verb(doc, link, conj)
        # ('and, if they think you need help, give you X': a subject anywhere inside the condition is the condition's)
        own_subject = own_subject or any(
            t.dep_ in SUBJECTS and not any(a.dep_ == "advcl" for a in t.ancestors) and t.head.dep_ != "advcl"
            for t in doc[link.i + 1 : conj.i]
        )
        # ('and parish councils that would like X can contact Y': a parse of the whole may take 'parish' for a verb;
        # read alone, the words show their subject)
        alone = _alone(right)
        # ('can be prosecuted and fined up to £1,000, and badge holders who X may Y': see _participle_after_the_link)
        own_subject = own_subject or (
            not _participle_after_the_link(conj, link) and (_a_clause_alone(alone) or subject_further_on(doc, link))
        )
        if not own_subject and conj.i == link.i + 1 and conj.tag_ == "VB" and alone[0].pos_ in ("NOUN", "PROPN"):
            continue  # ('and parish councils that want X can contact Y', read alone, opens with no verb)
        if not own_subject and subjects and not order and not _an_order_misread(doc, root, conj):
            if opens_with_an_order(doc.text):  # ('Store food in sealed containers, clean up X, and do not leave Y')
                continue
            said_again = _said_again(doc, root, conj, link, subjects)
            if said_again is None:
                continue
            right = _said_with_subject(doc, link, said_again, right)
        right = opening_shared(doc, root, link, right)
        opener = _LINKS[link.lower_]
        if opener and re.match(r"(?:The|They)\b", right):
            right = right[0].lower() + right[1:]  # 'But the man has since been released', not 'But The man'
        pieces = _standing(
            [with_its_and(doc, root, link) or _text(doc[: link.i]), f"{opener} {right}" if opener else right]
        )
        if pieces:
            return pieces
    return None


def _with_two_states(doc: Doc, link: Token, conj: Token) -> bool:
    """Whether 'and' joins two things and how they are after 'with' ('in a room with the window open and the door
    closed'), which the parse may take for a clause of its own."""
    before = _text(doc[: link.i])
    return (
        conj.tag_ in ("VBD", "VBN")
        and re.search(r"\bwith\s+(?:the|a|an|your|its|their)\s+[\w-]+\s+\w+$", before) is not None
    )


def _participle_after_the_link(conj: Token, link: Token) -> bool:
    """Whether a participle with no subject of its own comes straight after the link ('can be prosecuted and fined up
    to £1,000, and badge holders who X may Y'): it has the first verb's subject, whatever clause comes after it."""
    return conj.i == link.i + 1 and conj.tag_ in ("VBN", "VBD") and not any(c.dep_ in SUBJECTS for c in conj.children)


def _own_clause_of_choice(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether 'or' with no comma opens a whole clause of its own, its own subject and modal straight after it, as the
    main clause has ('You could be fined £100 or you could be taken to court'): the other choice, said whole."""
    said = doc[link.i + 1 : conj.i]
    subject = [t for t in said if t.dep_ in SUBJECTS and t.head == conj]
    modal = [t for t in said if t.tag_ == "MD" and t.head == conj]
    return bool(subject) and bool(modal) and helpers_modal(root) and any(c.dep_ in SUBJECTS for c in root.children)


def _link_before_a_condition(doc: Doc, conj: Token) -> list[Token]:
    """The 'and' of 'check whether it is due and, if it is, send it' that the parse hung on the clause before it: the
    link just before the comma that opens the second verb's own condition."""
    start = conj.left_edge.i + (conj.left_edge.text == ",")
    opens = doc[start].lower_ in ("if", "unless", "when", "once") and start >= 2 and doc[start - 1].text == ","
    return [doc[start - 2]] if opens and doc[start - 2].dep_ == "cc" else []


def _an_order_misread(doc: Doc, root: Token, conj: Token) -> bool:
    """Whether a verb after 'and' is an order the parse hung on a clause that is not the sentence's main one ('Phone the
    school on the first morning they are off, and keep them at home': 'keep' is no verb of 'they'): a bare verb after a
    tensed one whose subject does not open the sentence."""
    bare = conj.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    tensed = root.tag_ in ("VBP", "VBZ", "VBD") and not any(c.tag_ == "MD" for c in root.children)
    opened = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    return bare and tensed and bool(opened) and opened[0].left_edge.i > 0 and doc[0].tag_ not in ("RB", "IN", "CC")


def _said_with_subject(doc: Doc, link: Token, subject: str, right: str) -> str:
    """The words after 'and' with the subject said again before them, after a phrase that opens them between
    commas ('may be fined and, in some cases, moved' -> 'In some cases, the vehicle may be moved')."""
    # ('and, in some cases, moved'; 'and alongside smoke alarms, can help': a phrase that opens them, its comma after)
    after = doc[link.i + 1 :]
    phrase = next((k for k, t in enumerate(after) if t.text == ","), 0)
    opened = (
        after[0].pos_ == "ADP"
        and phrase > 1
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in after[:phrase])
    )
    aside = re.match(r",?\s*([^,]+),\s+(.+)", right) if after[0].text == "," or opened else None
    if aside is None:
        return f"{subject} {right}"
    subject = subject if doc[0].tag_ in ("NNP", "NNPS") else subject[0].lower() + subject[1:]
    return f"{aside[1][0].upper()}{aside[1][1:]}, {subject} {aside[2]}"

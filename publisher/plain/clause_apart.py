"""Whether the words after a main clause's 'and', 'but' or 'or' can be said as a sentence of their own: the checks
at_main_clauses makes before it cuts a sentence there; and whether a closing -ing phrase may be the object's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chunks import _comma_chunks
from .linking import in_a_case, in_an_exception
from .orders import opens_an_order
from .parse import SUBJECTS, is_finite, stands_alone
from .parser import parse, verb_lemma
from .syntax import _ASIDE_OPENERS, _text, has_subject, helpers_modal
from .wording import SHARES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CLAUSE_OPENERS = frozenset({"after", "before", "until", "since", "once", "because", "while", "when", "although"})
_VERIFYING = frozenset({"check", "ensure", "confirm"})
_CHECKING = frozenset({"check", "ensure", "confirm", "see", "know", "think", "believe", "show", "prove", "find"})


def tensed_after_a_clause(root: Token) -> bool:
    """Whether the parse's root is a tensed verb with no subject after a comma, where a clause with a subject of its own
    comes before it ('to make sure they are warm, have enough food, and do not need help': more of what is made sure
    of, never the sentence's own verbs)."""
    doc = root.doc
    tensed = root.tag_ in ("VBP", "VBZ", "VBD") and root.i > 0 and doc[root.i - 1].text == ","
    inner = any(t.dep_ in SUBJECTS and t.head.dep_ in ("ccomp", "advcl") for t in doc[: root.i])
    return tensed and not any(c.dep_ in SUBJECTS for c in root.children) and inner


def not_a_clause_of_its_own(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether the words after 'and' cannot be said as a sentence of their own, whatever the parse joined."""
    # ('register it where the person died, and not where they lived': the 'not' sets a place against the first)
    against = doc[link.i + 1].lower_ == "not"
    # ('it is more common, and can be more serious, in older adults': a closing phrase after the second clause's own
    # comma is said of both; not 'and send a report, with photos, to show X', which the report has)
    commas = [c for c in conj.children if c.text == "," and c.i + 1 < len(doc)]
    # (unless the second clause has a subject of its own: 'and responses can be sent online, by email, or by post')
    own_subject = any(c.dep_ in SUBJECTS for c in conj.children)
    shared = (
        doc[link.i - 1].text == ","
        and not own_subject
        and any(
            doc[c.i + 1].pos_ == "ADP" and doc[c.i + 1].head == conj and not any(t.text == "," for t in doc[c.i + 1 :])
            for c in commas
        )
    )
    # ('is very low, and properly cooked poultry and eggs are safe': a participle with no helper after a verb
    # that is not one describes a noun the parse missed)
    helped = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    describing = conj.tag_ == "VBN" and root.tag_ != "VBN" and not helped
    # (and the verb after it is not the one 'and' links: another of the main verb's comes between them)
    between = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and link.i < c.i < conj.i for c in root.children)
    # ('banned for 2 years after the council and the police obtained X': a word that may open a clause, with no
    # verb after it yet, makes the words after 'and' more of that clause)
    opener = next((t for t in reversed(doc[root.i + 1 : link.i]) if t.lower_ in _CLAUSE_OPENERS), None)
    waiting = opener is not None and not any(
        t.pos_ in ("VERB", "AUX") or t.is_punct for t in doc[opener.i + 1 : link.i]
    )
    # (a subject after 'and' that the opener's clause may share; 'and refilled X', 'and must carry Y' go on with the
    # main verb)
    waiting = waiting and doc[link.i + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM")
    # ('and most start in September': a subject the parse took for a word of how much)
    after = doc[link.i + 1]
    counted = after.lower_ in SHARES and after.dep_ not in SUBJECTS and after.head == conj and after.i + 1 == conj.i
    # ('We may ask you to collect it, and show proof of your identity': whether 'you' or 'we' show it, the parse
    # cannot say; 'either ask us to do it, or use a contractor' says, and an order's second verb is another order)
    told = any(c.dep_ == "dobj" and c.tag_ == "PRP" and c.i < link.i for c in root.children)
    told = told and any(c.dep_ == "xcomp" and c.i < link.i for c in root.children) and has_subject(root)
    told = told and conj.tag_ == "VB" and not own_subject and "either" not in [t.lower_ for t in doc[: root.i]]
    # ('costs £10, unless your pass was stolen, or your pass has stopped working': the other exception; 'a break
    # when the person stays in a care home, or a care worker looks after them': the other case)
    # (not 'must match the ones you gave when you applied, or your vote will not be counted': an outcome has a modal;
    # 'banned unless signs allow it, and drivers who break the rule can be fined': one with a subject of its own too)
    modal = any(c.tag_ == "MD" for c in conj.children)
    excepted = in_an_exception(_text(doc[: link.i])) and not (modal and own_subject)
    excepted = excepted or (link.lower_ == "or" and in_a_case(_text(doc[: link.i])) and not modal)
    # ('things such as extensions, walls that are too high, and work on listed buildings': the last example, which
    # has no object)
    listed = re.search(r"\b(?:such as|including)\b", _text(doc[: link.i])) is not None
    excepted = excepted or (listed and not own_subject and not any(c.dep_ == "dobj" for c in conj.children))
    # ('check the structure is sound and it has no animals inside': a clause after one the verb checks or knows,
    # with no 'that' or question word to open it, may be more of what is checked)
    reported = own_subject and verb_lemma(root) in _CHECKING and any(
        c.dep_ == "ccomp" and c.i < link.i and any(g.dep_ in SUBJECTS for g in c.children)
        and c.left_edge.tag_ not in ("IN", "WRB", "WP", "WDT") for c in root.children
    )  # fmt: skip
    # ('Make sure the lid is closed and the bin is not too heavy': what is made sure of, with 'sure' between)
    sure = next((c for c in root.children if c.lower_ == "sure" and c.i < link.i and verb_lemma(root) == "make"), None)
    reported = reported or (own_subject and sure is not None and any(c.dep_ == "ccomp" for c in sure.children))
    # (the parse may read 'check the grill is steady' as '[check the grill] is steady')
    checked = any(c.dep_ == "csubj" and verb_lemma(c) in _CHECKING for c in root.children)
    # ('ask a neighbour to check that the post is pushed through, the lawn is cut and the bin is not left out')
    verifying = [t for t in doc[: link.i] if verb_lemma(t) in _VERIFYING]
    checked = checked or any(c.dep_ == "ccomp" and c.i < link.i for t in verifying for c in t.children)
    reported = reported or (own_subject and checked)
    # ('anyone caught doing so, or any business advertised on them, can be fined': ', or X,' before the verb is
    # another subject of that verb, set in commas)
    start = min([c.i for c in conj.children if c.dep_ in ("aux", "auxpass")] + [conj.i])
    set_apart = doc[link.i - 1].text == "," and doc[start - 1].text == "," and start - 1 > link.i
    set_apart = set_apart and not any(t.text == "," for t in doc[link.i + 1 : start - 1])
    # ('noise that is unreasonable and that happens often': a second clause that says which, not 'That happens')
    which = after.lower_ in ("that", "which", "who") and any(
        t.dep_ == "relcl" and doc[t.left_edge.i].lower_ == after.lower_ for t in doc[: link.i]
    )
    # ('This is for people who have no need but would like to move': with no comma, a verb with no subject or tense
    # of its own after a clause of 'who' is more of that clause)
    which = which or (
        doc[link.i - 1].text != "," and not own_subject
        and all(c.tag_ == "MD" for c in conj.children if c.dep_ in ("aux", "auxpass"))
        and any(t.dep_ == "relcl" and t.right_edge.i == link.i - 1 and doc[t.left_edge.i].lower_ in ("who", "that")
                for t in doc[root.i : link.i])
    )  # fmt: skip
    # ('it is more common and can be more serious in older people': a comparison with nothing after it waits for the
    # phrase the second clause ends with, said of both)
    compared = re.search(r"\b(?:more|less)\s+\w+$", _text(doc[: link.i])) is not None
    # ('see the plans and fill in the survey online, or come to the exhibition': the pair joined by 'and' is one of
    # the choices the closing ', or' offers)
    paired = (
        link.lower_ == "and"
        and not own_subject
        and any(
            c.dep_ == "cc"
            and c.lower_ == "or"
            and c.i > conj.i
            and doc[c.i - 1].text == ","
            # (another doing, or a clause, after it: not 'take you to A, B, or to visit C', a list inside the second)
            and c.i + 1 < len(doc)
            and doc[c.i + 1].pos_ in ("VERB", "AUX", "PRON")
            for c in (*root.children, *conj.children)
        )
    )
    # ('pay for a whole year at once and get 2 months free': what the doing earns, said after it, is got only by it)
    earned = link.lower_ == "and" and not own_subject and verb_lemma(conj) in _EARNED
    earned = earned and _REWARD.search(_text(doc[conj.i : conj.right_edge.i + 1])) is not None
    earned = earned and not any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in conj.children)  # ('save them to X')
    return (
        against or shared or describing or between or waiting or counted or told or excepted or reported or set_apart
        or which or compared or paired or earned or _closes_a_list(root, link)
    )  # fmt: skip


def _closes_a_list(root: Token, link: Token) -> bool:
    """Whether 'and' closes a list of the main verb's things that has no link of its own yet ('can include advice,
    training, support groups and help to pay for therapy': the help is the last thing, however it is parsed)."""
    things = [c for c in root.children if c.dep_ == "dobj" and c.conjuncts]
    if not things:
        return False
    members = [things[0], *things[0].conjuncts]
    linked = any(c.dep_ == "cc" for m in members for c in m.children)
    return not linked and max(m.right_edge.i for m in members) == link.i - 1


_EARNED = frozenset({"get", "save", "earn", "receive", "enjoy"})
_REWARD = re.compile(r"\b(?:free|off|discounts?|cashback|rewards?|bonus)\b", re.IGNORECASE)


def thing_of_a_list(doc: Doc, conj: Token) -> bool:
    """Whether a 'verb' after 'and' is a describing word of the next thing in a list of the first verb's things ('we
    have half plots and raised beds': 'raised' is no verb, and 'We raised beds.' no sentence of the source's)."""
    if conj.i < 2 or conj.i + 1 >= len(doc) or doc[conj.i - 1].dep_ != "cc" or conj.tag_ not in ("VBD", "VBN"):
        return False
    thing = doc[conj.i + 1]
    bare = thing.tag_ in ("NN", "NNS") and not any(c.dep_ in ("det", "poss") for c in thing.children)
    return bare and doc[conj.i - 2].dep_ in ("dobj", "attr") and doc[conj.i - 2].tag_ in ("NN", "NNS")


def more_of_a_bare_if(doc: Doc, link: Token, conj: Token) -> bool:
    """Whether a clause after ', and' with no modal of its own goes on a closing 'if' with no comma before it ('get it
    if they are 5 to 16 and go to their nearest school, and that school is more than 2 miles away')."""
    found = re.search(r"(?<!\beven)\s(?:if|unless)\s[^,]*,?$", doc[: link.i].text)
    if link.lower_ != "and" or found is None or any(c.tag_ == "MD" for c in conj.children):
        return False
    # (its subject points back at the condition's thing, 'that school'; 'and there is no need' is a clause of its own)
    pointer, noun = (doc[link.i + 1], doc[link.i + 2]) if link.i + 2 < len(doc) else (link, link)
    pointed = pointer.lower_ in ("that", "this") and noun.pos_ == "NOUN" and noun.dep_ in SUBJECTS
    # ('if you are a pedlar, and you go from place to place, or if you sell X': a later case makes it more of the first)
    later_case = re.search(r",\s+(?:or|and)\s+if\s", doc[link.i :].text) is not None
    return later_case or (pointed and re.search(rf"\b{re.escape(noun.lower_)}\b", found.group(0).lower()) is not None)


def own_choice(conj: Token) -> bool:
    """Whether a clause after ', or' offers a choice of its own with a helper ('or you can take it to court'), not
    another case of a condition before it ('or you will be working with animals')."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might", "should", "must") for c in conj.children
    )


_SEEING = frozenset({"see", "find", "notice", "spot", "hear", "watch", "catch", "witness", "film", "photograph"})


def object_described(root: Token) -> bool:
    """Whether an -ing phrase after a main verb's object may be said of the object, not the subject: what someone saw
    ('an officer saw a vehicle parked in a bay, displaying your badge'), or a thing a participle already describes."""
    things = [c for c in root.children if c.dep_ == "dobj"]
    seen = bool(things) and verb_lemma(root) in _SEEING
    return seen or any(any(a.dep_ == "acl" and a.i == c.i + 1 for a in c.children) for c in things)


def with_its_and(doc: Doc, root: Token, link: Token) -> str | None:
    """The words before a link that cuts off the last of a list of what something is ('The process is quick,
    relatively painless, and could make X'), with the 'and' the two left need: 'The process is quick and relatively
    painless'; None where there is no such list."""
    inner = [t for t in doc[root.i + 1 : link.i - 1] if t.text == ","]
    if verb_lemma(root) != "be" or len(inner) != 1:
        return None
    last = doc[inner[0].i + 1 : link.i - (doc[link.i - 1].text == ",")]
    # ('is open, if needed, and': an aside, no item; 'walls, fences and buildings, but': a list with its own 'and')
    # ('are cheap, easy to fit and can be bought': a describing word's own 'to fit' is part of the item)
    own = [
        t
        for t in last
        if not (t.head.pos_ == "ADJ" and t.dep_ == "xcomp") and not (t.lower_ == "to" and t.head.head.pos_ == "ADJ")
    ]
    if any(t.pos_ in ("VERB", "AUX", "SCONJ", "ADP", "CCONJ") or t.lower_ in _ASIDE_OPENERS for t in own):
        return None
    return f"{_text(doc[: inner[0].i])} and {_text(last)}"


_PHRASE_AT_END = re.compile(r"\s(in|on|at|into|onto|from|to)\s+(their|your|his|her|its|the|our)\s+\w+$", re.IGNORECASE)


def verb_left_out(left: str, right: str, first: Token | None = None) -> bool:
    """Whether the words after ', and' are a second thing with the verb left out, ending in a phrase of the first's
    shape, which the parse reads as a clause ('will have 2 injections in their thighs, and rotavirus drops in their
    mouth'): first is the right's first word, read from a parse of the right alone where not given."""
    shape = _PHRASE_AT_END.search(left.rstrip(". "))
    if shape is None or not re.search(rf"\s{shape[1]}\s+{shape[2]}\s+\w+\W*$", right, re.IGNORECASE):
        return False
    first = first if first is not None else parse(right)[0]
    return first.pos_ in ("NOUN", "PROPN", "ADJ")  # ('nasal spray drops': no word of which or whose before it)


def a_thing_said(doc: Doc, link: Token, conj: Token) -> bool:
    """Whether what follows the link is a thing with a clause of its own, not a clause ('and £20 for each day we have
    stored it': an amount, then a noun that the subject straight after it says which of)."""
    subject = next((c for c in conj.children if c.dep_ in SUBJECTS), None)
    amount = doc[link.i + 1].tag_ in ("$", "CD") or doc[link.i + 1].like_num
    return amount and subject is not None and subject.i > link.i + 2 and doc[subject.i - 1].pos_ == "NOUN"


def joined_verb_disagrees(clause: str) -> bool:
    """Whether a verb joined on by 'and' inside a clause cannot share the clause's subject, so belongs to another
    ('unless it is paid within 24 hours and include a link': 'include' is what the messages do; 'must have needed
    help, unless you are ill, be living here and have X': a bare 'be' after a comma is the 'must''s)."""
    if re.search(r",\s+(?:and\s+|or\s+)?be\s", clause):
        return True
    doc = parse(clause)
    for verb in (t for t in doc if t.dep_ == "conj" and t.tag_ in ("VBP", "VBZ") and t.head.pos_ in ("VERB", "AUX")):
        if any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        head = verb.head
        finite = [head, *(c for c in head.children if c.dep_ in ("aux", "auxpass"))]
        singular = any(t.tag_ == "VBZ" for t in finite)
        if (singular and verb.tag_ == "VBP") or (verb.tag_ == "VBZ" and any(t.tag_ == "VBP" for t in finite)):
            return True
    return False


def last_of_a_list(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether the verb after the link is the last of a list, which a cut would leave as 'X will check A, fit B.':
    'will check A, fit B, and help C' (read from its commas: the parser may take 'fit' in 'fit free alarms' for an
    adjective), or 'Fill in the form, sign it and send it to us' (orders, which at_orders says one at a time), or
    'fund projects that bring A, make B, or help C' (the last of what the projects do, whatever the parse)."""
    inner = ("relcl", "acl", "ccomp")
    bare = conj.tag_ in ("VB", "VBP") and not any(c.dep_ in (*SUBJECTS, "aux") for c in conj.children)
    if bare and any(t.dep_ == "conj" and t.pos_ == "VERB" and t.head.dep_ in inner for t in doc[root.i + 1 : link.i]):
        return True
    # (the parse may make the second of the clause's verbs the main one, after a comma: 'projects that bring A, make B')
    ended = [t for t in doc[: root.i - 1] if t.dep_ == "relcl" and t.right_edge.i in (root.i - 2, root.i - 1)]
    if bare and ended and doc[root.i - 1].text == "," and root.tag_ in ("VB", "VBP") and not helpers_modal(root):
        return True
    if conj.tag_ != "VB":
        return False
    # (only the main verb's commas part things done: 'with gas, electricity and water' lists things, 'a smooth,
    # tube-shaped tool' describes one, and 'the person, usually within 3 days,' or 'behind a screen' are asides)
    commas = [
        t for t in doc[root.i + 1 : link.i] if t.text == "," and t.nbor().lower_ not in _ASIDE_OPENERS
        and (t.nbor() == link or t.nbor().pos_ not in ("ADV", "ADP", "DET", "NUM", "PRON", "SCONJ"))
        and (t.head == root or (t.head.head == root and t.head.dep_ in ("conj", "xcomp", "dep")))
    ]  # fmt: skip
    listed = len(commas) >= 2 and doc[link.i - 1].text == ","
    if listed and helpers_modal(root) and not any(c.dep_ in SUBJECTS for c in conj.children):
        return True
    before = [c for c in _comma_chunks(doc[: link.i]) if c]
    return len(before) >= 2 and all(opens_an_order(c) for c in before)


def subject_further_on(doc: Doc, link: Token) -> bool:
    """Whether the words after 'and' hold a subject of their own after a phrase that opens them, whatever the parse made
    of the word before it ('and outside these hours stray dogs can be taken': 'stray' is no verb of the service's)."""
    for t in doc[link.i + 2 :]:
        if t.pos_ == "CCONJ" or t.text in (",", ";") or t.tag_ in ("WP", "WRB", "WDT") or t.dep_ == "mark":
            return False  # (a subject after a later 'and' is a later clause's: 'and become X, and then they form Y';
            # after 'what' or 'that', a question's or a report's: 'and tell you what your risk is')
        verb = t.head
        finite = is_finite(verb) or any(c.dep_ in ("aux", "auxpass") and is_finite(c) for c in verb.children)
        if t.dep_ in SUBJECTS and verb.i > t.i and verb.dep_ in ("ccomp", "conj") and finite:
            return True
    return False


# Phrases that open a sentence and say how it goes on, not when, where or in what case ('In addition, X, and Y')
_LINKING_OPENERS = re.compile(r"(?:in (?:addition|fact|particular|short|general|other words)|on the other hand)$", re.I)
_SHARED_OPENERS = frozenset(
    "without during from until after before under within outside inside throughout between in on at".split()
)
SHORTEST_SHARED_SECOND = 4  # words after 'and' that may take the sentence's opening phrase again


def opening_shared(doc: Doc, root: Token, link: Token, right: str) -> str:
    """The words after 'and' with the sentence's opening phrase said again before them, where it is said of both
    clauses ('Without a permit, you may walk 4 dogs, and you could be fined' -> 'Without a permit, you could be
    fined'); the words as they were where the second clause opens with a phrase of its own."""
    comma = next((t.i for t in doc[: link.i] if t.text == ","), None)
    first = doc[0]
    if link.lower_ != "and" or comma is None or first.lower_ not in _SHARED_OPENERS or first.head != root:
        return right
    phrase = doc[:comma]
    if first.right_edge.i != comma - 1 or any(t.pos_ in ("VERB", "AUX") for t in phrase) or len(phrase) > 6:
        return right
    after = doc[link.i + 1]
    own = after.pos_ == "ADP" or after.lower_ in ("then", "now", "also", "instead", "still")
    if own or _LINKING_OPENERS.match(phrase.text) or len(doc) - link.i - 1 < SHORTEST_SHARED_SECOND:
        return right
    # ('In children, some children grow out of it': a phrase whose thing the clause names again is said by it)
    named_again = any(t.pos_ == "NOUN" and re.search(rf"\b{re.escape(t.lower_)}\b", right.lower()) for t in phrase)
    # ('and 12 of them lost money': a clause that points back to the first already stands in its time and place)
    points_back = re.search(r"\b(?:them|they|their|it|its|these|those)\b", right, re.IGNORECASE) is not None
    if named_again or points_back or not stands_alone(f"{right[:1].upper()}{right[1:]}."):
        return right  # (and words that are no sentence alone are none after the phrase either)
    named = after.tag_ in ("NNP", "NNPS") or after.text == "I"
    return f"{phrase.text}, {right if named else right[:1].lower() + right[1:]}"


_WHAT_FOLLOWS = frozenset({"can", "cannot", "will", "wo", "may", "must", "should"})


def inside_condition(doc: Doc, root: Token, link: Token) -> bool:
    """Whether 'and' with no comma before it follows a condition of the main verb ('You qualify if you
    are 2 or over and you meet one of these'), so that the clause after it may be part of the condition."""
    # ('as soon as you have seen a doctor and the illness has been diagnosed': the parse hangs the time on 'soon')
    # ('can start getting free hours from the term after they become eligible and you get your code': or on the verb
    # the main one goes on with)
    said_how = [c for c in root.children if c.dep_ in ("advmod", "xcomp")]
    conditions = [c for h in (root, *said_how) for c in h.children if c.dep_ == "advcl" and root.i < c.i < link.i]
    # ('The only exception is when X was caused by an error and you could not have known': 'when' opens it too)
    opening = [t for c in conditions for t in c.children if t.dep_ == "mark" or (t.tag_ == "WRB" and t.i < c.i)]
    marks = [t.lower_ for t in opening]
    # ('when X was caused by an error, such as a mistake by us, and you could not have known': the comma closes
    # the examples inside the condition, which goes on after it)
    opened = [t for t in doc[root.i : link.i - 1] if t.text == "," and _text(doc[t.i + 1 : t.i + 3]).lower()
              in ("such as", "for example")]  # fmt: skip
    closed = opened and doc[link.i - 1].text == "," and "," not in [t.text for t in doc[opened[-1].i + 1 : link.i - 1]]
    if closed and any(t.i < opened[-1].i for t in opening):
        return True
    # 'recover it unless it was an error, which is X, and you could not have known': after 'unless' (on
    # whichever verb), both must hold
    unless = any(t.lower_ == "unless" and t.dep_ == "mark" for t in doc[root.i : link.i])
    # (not a clause with its own subject and a 'can' or 'will' of what follows: 'banned unless signs allow it, and
    # drivers who park there can be fined')
    conj = next((c for c in root.children if c.dep_ == "conj" and c.i > link.i), None)
    told = conj is not None and any(c.dep_ in SUBJECTS for c in conj.children)
    unless = unless and not (told and conj is not None and any(c.lower_ in _WHAT_FOLLOWS for c in conj.children))
    sometimes = doc[0].lower_ == "sometimes"  # a condition said as 'Sometimes A and B. Then C.': both are it
    # ('if, at the time X, you are A, you are B, or you are C': an aside after 'if' and the clauses it opens)
    interrupted = any(t.dep_ == "mark" and t.nbor().text == "," for t in doc[: link.i])
    # ('a deposit, which we will return if there is no damage and all litter has been cleared': a condition inside a
    # clause of the main verb's, ending just before the 'and')
    marks += [t.lower_ for t in doc[root.i : link.i] if t.dep_ == "mark" and t.head.right_edge.i == link.i - 1]
    return unless or sometimes or interrupted or (bool(marks) and doc[link.i - 1].text != ",")


def thing_said_again(left: str, right: str) -> bool:
    """Whether the main "verb" of the words after a link is a thing the words before it named ('buy 2 resident permits,
    and up to 50 visitor permits a year': 'permits' is a thing again, no verb)."""
    doc = parse(right[:1].upper() + right[1:])
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and root.lower_ in {t.lower_ for t in parse(left) if t.pos_ == "NOUN"}


def an_order_misread_as_said(root: Token, conj: Token) -> bool:
    """Whether a bare verb after 'and' follows one said of one thing, with which it shares no subject: the parse misread
    an order ('Clean toilet seats, flush handles and taps, and wash X': 'handles' read as the verb of 'seats')."""
    return root.tag_ == "VBZ" and conj.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)


def noun_before_the_verb(doc: Doc, link: Token, conj: Token) -> bool:
    """Whether a noun stands just before a joined verb or its helpers, the verb's own subject whatever the parse hung it
    on ('and around 1 in 5 went'; 'and around a third of homes in the district do not use it')."""
    helpers = [c.i for c in conj.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < conj.i]
    start = min([conj.i, *helpers])
    hung = any(link.i < c.i < conj.i and c.pos_ in NOUNS for c in conj.children)
    return hung or (link.i + 1 < start and doc[start - 1].pos_ in NOUNS)


NOUNS = ("NOUN", "PROPN", "NUM", "PRON")  # what a subject's last word may be

"""Passive to active where the doer is named: 'The boats were stopped by Border Force' -> 'Border
Force stopped the boats.' Only simple clauses: one sentence, no negation, the doer a plain noun phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .inflect import past_from_participle, present
from .parser import parse, verb_lemma
from .wording import dated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OBJECT = {"i": "me", "we": "us", "they": "them", "he": "him", "she": "her", "you": "you", "it": "it"}
_SHORT_OBJECTS = frozenset({"it", "them", "this", "that", "these", "those", "him", "her", "us", "me", "you"})
_SUBJECT = {v: k for k, v in _OBJECT.items()}


def _plural(phrase: list[Token]) -> bool:
    head = next((t for t in phrase if t.head not in phrase or t.head == t), phrase[0])
    plural_words = ("we", "they", "you", "i", "people", "police", "staff")
    return head.tag_ in ("NNS", "NNPS") or head.lower_ in plural_words or any(c.dep_ == "conj" for c in head.children)


def _said(tokens: list[Token]) -> str:
    return re.sub(r"\s+", " ", "".join(t.text_with_ws for t in tokens)).strip()


@dataclass(frozen=True)
class _Passive:
    """The parts of a simple passive clause: 'The boats (patient) were (aux) stopped (verb) by Border
    Force (agent)', with any helper before the aux ('will be', 'has been')."""

    verb: Token
    aux: Token
    by: Token
    patient: list[Token]
    agent: list[Token]
    helpers: list[Token]


_TIMES = frozenset(
    """end start beginning middle close time date deadline day week month year morning afternoon evening night
    weekend monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december noon midnight""".split()
)


_PLACES = frozenset({"near", "in", "at", "on", "off", "outside", "inside", "across", "along", "around", "during"})


_MEANS = frozenset({"message", "messages", "post", "email", "phone", "text", "letter", "letters", "card", "cheque",
                    "transfer", "debit", "hand", "road", "rail", "car", "bus", "train", "app"})  # fmt: skip


def _means_not_doer(doer: Token) -> bool:
    """'required by law', 'paid by cheque': a bare noun after 'by' is a means, not a doer; 'backdated by
    up to 3 months', 'cut by 25%': an amount is a measure, not a doer."""
    modifiers = ("det", "poss", "nummod", "amod", "compound")
    measured = any(t.like_num or t.text in ("%", "£", "$", "€") for t in doer.subtree)
    # 'contacted by the end of January', 'paid by Friday': a time, not a doer
    timed = doer.lower_ in _TIMES or dated(" ".join(t.text for t in doer.subtree))
    # ('sent by text message', 'paid by bank transfer': how, whatever words describe it)
    how = doer.lower_ in _MEANS and not any(c.dep_ in ("det", "poss") for c in doer.children)
    return (
        measured or timed or how or (doer.tag_ in ("NN", "NNS") and not any(c.dep_ in modifiers for c in doer.children))
    )


_QUANTITIES = frozenset({"most", "some", "many", "all", "few", "others", "none", "each", "both", "several", "half"})


def _passive(doc: Doc) -> _Passive | None:
    """The parts of a one-sentence passive with exactly one named doer, or None."""
    sentences = list(doc.sents)
    root = sentences[0].root
    children = list(root.children)
    subjects = [c for c in children if c.dep_ == "nsubjpass"]
    passive = [c for c in children if c.dep_ == "auxpass"]
    agents = [c for c in children if c.dep_ == "agent" and c.lower_ == "by"]
    doers = [c for a in agents for c in a.children if c.dep_ == "pobj"]
    if len(sentences) != 1 or root.tag_ != "VBN" or any(c.dep_ == "neg" for c in children):
        return None
    if len(subjects) != 1 or len(passive) != 1 or len(agents) != 1 or len(doers) != 1:
        return None
    # ('most are given by a practice nurse': 'A nurse gives most' leaves the quantity without its things)
    if subjects[0].lower_ in _QUANTITIES and not list(subjects[0].children):
        return None
    if verb_lemma(root) in ("reach", "access", "enter"):
        return None  # ('it can be reached by the lifts beside the entrance': the way in, not a doer)
    doer = doers[0]
    after_doer = {t.lower_ for t in doc[doer.right_edge.i + 1 :]}
    # ('by the VOA, not the council': a doer set against another is said as written)
    clause_in_doer = any(
        t.dep_ in ("relcl", "acl", "advcl", "cc") or t.tag_.startswith("VB") or t.lower_ == "not" for t in doer.subtree
    )
    # 'used by that person, or by ...', 'paid by X rather than by Y': more than one doer
    # 'accompanied by the fee, a certificate, a report': a comma after the doer may go on to a list of doers
    listed = doer.right_edge.i + 1 < len(doc) and doc[doer.right_edge.i + 1].text == ","
    # ('intercepted by Border Force near Dover': where it happened, which 'Border Force near Dover intercepted' would
    # make part of the name)
    placed = doer.pos_ == "PROPN" and any(c.dep_ == "prep" and c.lower_ in _PLACES for c in doer.children)
    clause_in_doer = clause_in_doer or placed
    # ('caused by the same virus as chickenpox': the doer's 'as' or 'than' phrase would be cut from it)
    listed = listed or (doer.right_edge.i + 1 < len(doc) and doc[doer.right_edge.i + 1].lower_ in ("as", "than"))
    if clause_in_doer or listed or {"or", "and", "rather", "than", "not", "by"} & after_doer or _means_not_doer(doer):
        return None
    helpers = [c for c in children if c.dep_ == "aux"]
    return _Passive(root, passive[0], agents[0], list(subjects[0].subtree), list(doer.subtree), helpers)


def _active_verbs(clause: _Passive) -> list[str] | None:
    """The verb group in the active voice, in the passive's tense, agreeing with the doer."""
    plural, lemma, aux, helpers = _plural(clause.agent), verb_lemma(clause.verb), clause.aux.lower_, clause.helpers
    verbs: list[str | None]
    if aux in ("was", "were") and not helpers:
        verbs = [past_from_participle(lemma, clause.verb.lower_)]
    elif aux in ("is", "are") and not helpers:
        verbs = [present(lemma, plural)]
    elif aux == "be" and len(helpers) == 1 and helpers[0].tag_ == "MD":
        verbs = [helpers[0].lower_, lemma]
    elif aux == "been" and len(helpers) == 1 and helpers[0].lower_ in ("has", "have"):
        verbs = ["have" if plural else "has", clause.verb.lower_]
    else:
        return None
    return [v for v in verbs if v] if None not in verbs else None


# 'were stopped by', 'will be paid by', 'has been sent by': worth a parse to see if it is a passive.
_MAYBE_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[\w’'-]+\s+){1,5}by\s", re.IGNORECASE)


def maybe_passive(sentence: str) -> bool:
    """Whether a sentence may be a passive with a named doer ('were stopped by'): worth a parse."""
    return bool(_MAYBE_PASSIVE.search(sentence))


# Who a clause after the doer may say did something ('unless they pay'); 'their effect' names no doer
_SOMEONE_AFTER = frozenset({"they", "he", "she"})


def _doer_unsure(doc: Doc, agent: list[Token]) -> bool:
    """Whether the doer's words may not all be in the agent the parse found, or hold more than a subject can."""
    # ('paid for by the school from its pupil premium funding': a phrase whose 'its' means the doer says how the
    # doer did it, and is no part of the doer's name)
    if any(t.dep_ == "poss" and t.lower_ in ("its", "their", "his", "her") for t in agent):
        return True
    after = max(t.i for t in agent) + 1
    if after < len(doc) and doc[after].is_title and doc[after].text != "I":
        return True  # 'run by the charity Carers Together': a name the parse cut short goes on after the doer
    # ('led by the school's SENCo, Mrs Lisa Grant': a name after a comma would need a second one as a subject;
    # 'carried out by a contractor from an approved list': a phrase after the doer may say which doer it is, and
    # would be left on the object: 'A contractor must carry out the work from an approved list')
    which = after + 1 < len(doc) and doc[after].lower_ == "from" and not dated(doc[after:].text)
    # ('The operation is done by keyhole surgery': a bare thing after 'by' says how it is done, not who does it)
    head = next((t for t in agent if t.head not in agent), agent[-1])
    # (a bare plural is most often people: 'driven by inexperienced criminals')
    means = head.tag_ == "NN" and not any(t.pos_ in ("DET", "PRON", "NUM", "PROPN") for t in agent)
    means = means and head.lower_ not in ("police", "staff")
    return which or means or any(t.text == "," for t in agent)


def _maybe_no_name(sentence: str, tag: str) -> bool:
    """Whether a first word the parse took for a name may be one only because of its capital: read in lower case,
    it is no name ('Damp and mould can be caused by X'; 'Kent County Council is run by X' stays a name)."""
    return tag in ("NNP", "NNPS") and parse(sentence[0].lower() + sentence[1:])[0].tag_ not in ("NNP", "NNPS")


_LOWERED_AFTER_A_LINK = frozenset({"The", "A", "An", "This", "These", "Those", "It", "They", "We", "Our", "Your",
                                   "Their", "Its", "You", "He", "She", "Some", "Most", "Many"})  # fmt: skip


def to_active(sentence: str, said_next: str = "") -> str | None:
    """The sentence in the active voice, or None when it is not a simple passive with a named doer (said_next: the
    words that follow it, cut from the same sentence)."""
    # ('But larger applications, or those with objections, are decided by the committee': the link stays first)
    link = re.match(r"(But|And|So|Yet)\s+(?=\w)", sentence)
    if link is None:
        return _to_active(sentence, said_next)
    rest = sentence[link.end() :]
    active = _to_active(rest[0].upper() + rest[1:], said_next)
    if active is None:
        return None
    lowered = active.split(maxsplit=1)[0] in _LOWERED_AFTER_A_LINK
    return f"{link[1]} {active[0].lower() if lowered else active[0]}{active[1:]}"


_SAID_AGAIN_AFTER = re.compile(
    r"(?:and\s+|but\s+)?(?:so|neither|nor)\s+(?:must|do|does|did|is|are|was|were|can|will|should)\b", re.IGNORECASE
)


def _to_active(sentence: str, said_next: str) -> str | None:
    """to_active, of a sentence that opens with no link."""
    # ('Not all damp is caused by a fault': 'A fault causes not all damp' says another thing)
    # ('All taxis must be licensed by the council.' 'And so must their drivers.': the next says the passive again)
    denied_all = re.match(r"not\s+(?:all|every|everyone|many|much)\b", sentence, re.IGNORECASE)
    if not maybe_passive(sentence) or denied_all or _SAID_AGAIN_AFTER.match(said_next):
        return None
    doc = parse(sentence)
    clause = _passive(doc)
    verbs = _active_verbs(clause) if clause else None
    if clause is None or verbs is None:
        return None
    patient, agent = clause.patient, clause.agent
    # ('arrest warrants may be issued by HMRC unless they pay': made the subject, the doer is who 'they' would seem
    # to be)
    later = [t.lower_ for t in doc[max(t.i for t in agent) + 1 :]] + re.findall(r"[a-z]+", said_next.lower())
    # ('Whether you are offered a course is decided by the police': with no comma after it, the 'whether' clause is
    # the subject, whatever the parse made of it)
    asked_first = doc[0].lower_ == "whether" and not any(t.text == "," for t in doc[: patient[0].i])
    if _doer_unsure(doc, agent) or _SOMEONE_AFTER & set(later) or asked_first:
        return None
    used = {t.i for t in (*patient, *agent, clause.aux, clause.by, clause.verb, *clause.helpers)}
    front = [t for t in doc if t.i not in used and t.i < patient[0].i]
    back = [t for t in doc if t.i not in used and t.i > patient[0].i and not (t.is_punct and t.i == len(doc) - 1)]
    end = doc[-1].text if doc[-1].is_punct and doc[-1].text in ".!?" else ""
    doer_text = _said(agent)
    doer_text = _SUBJECT.get(doer_text.lower(), doer_text)
    patient_text = _said(patient)
    if patient_text.lower() in _OBJECT:
        patient_text = _OBJECT[patient_text.lower()]
    elif patient[0].i == 0 and patient[0].tag_ not in ("NNP", "NNPS") and not patient_text.isupper():
        patient_text = patient_text[0].lower() + patient_text[1:]
    elif patient[0].i == 0 and not any(t.is_title for t in patient[1:]) and _maybe_no_name(sentence, patient[0].tag_):
        return None  # ('Damp and mould can be caused by X': 'damp' or a name? moved, its capital would be a guess)
    # 'Children are looked after by the council': the verb's own stranded word goes before the object
    # ('The council looks after children', not 'looks children after')
    stranded = [t for t in back if t.i == clause.verb.i + 1 and t.dep_ in ("prep", "prt") and not list(t.children)]
    # ('It is taken off your bill by X': a word followed by its own noun is that noun's ('takes it off your bill'))
    if stranded and any(t.i == stranded[0].i + 1 and not t.is_punct for t in back):
        stranded = []
    # ('This is picked up by a computer' -> 'A computer picks this up': a pronoun goes before the verb's particle)
    pronoun = bool(stranded) and stranded[0].dep_ == "prt" and patient_text.lower() in _SHORT_OBJECTS
    if stranded:
        verbs = verbs if pronoun else [*verbs, stranded[0].text]
        patient_text = f"{patient_text} {stranded[0].text}" if pronoun else patient_text
        back = [t for t in back if t.i != stranded[0].i]
    # ('Ties will still be worn by all pupils' -> 'All pupils will still wear ties': a word between the helpers
    # stays between them, not after the object)
    between = [t for t in back if t.dep_ == "advmod" and t.i < clause.verb.i and not list(t.children)]
    if any(t.lower_ in ("only", "just") for t in between):
        return None  # ('can only be used by you': only you may use it, which 'You can only use it' does not say)
    if between:
        back = [t for t in back if t not in between]
        at = 1 if len(verbs) > 1 else 0
        verbs = [*verbs[:at], *(t.text for t in between), *verbs[at:]]
    # 'Children will be offered it by the team' -> 'The team will offer it to children' (not 'offer children it')
    kept = [t for t in back if t.i == clause.verb.i + 1 and t.dep_ == "dobj" and t.lower_ in ("it", "them")]
    if kept:
        patient_text = f"{kept[0].text} to {patient_text}"
        back = [t for t in back if t.i != kept[0].i]
    words = [_said(front), doer_text, *verbs, patient_text, _said(back)]
    active = " ".join(w for w in words if w).strip()
    active = re.sub(r"\s+([,.;:])", r"\1", active).rstrip(",") + end
    return active[0].upper() + active[1:]

"""A phrase that opens a long sentence, said after it as a sentence of its own: 'Depending on your
income, you will get an HC2 or an HC3 certificate' -> 'You will get an HC2 or an HC3 certificate.'
'This depends on your income.'; likewise who reports a finding ('X has confirmed that Y' -> 'Y.' 'X has
confirmed this.')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS, is_finite
from .parser import parse, verb_lemma
from .syntax import LONGEST_SUBJECT, MIN_WORDS, _root, _standing, _text, _words, comma_closing
from .wording import TARGET_WORDS, count_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

# How a phrase that opened the sentence starts the sentence that follows it.
_OPENERS = {
    "after": "This follows",
    "following": "This follows",
    "depending on": "This depends on",
    "subject to": "This depends on",
    "under": "This is under",
    "as part of": "This is part of",
    "because of": "This is because of",
    "due to": "This is because of",
    "as a result of": "This is because of",
    "in line with": "This is in line with",
}
SHORTEST_PHRASE = 3  # words after the opening words: 'After that, X' stays as it is
SHORTEST_MAIN = 6


def at_opening_phrase(body: str) -> list[str] | None:
    """'Under the Housing Act 1996, the council has a duty to help' -> 'The council has a duty to help.'
    'This is under the Housing Act 1996.' Only for a phrase with no verb of its own ('After you apply, X'
    is a clause, said first as it happens first) that ends at the comma before the main clause's subject,
    and a main clause short enough to be one sentence."""
    lowered = body.lower()
    opener = next((o for o in _OPENERS if lowered.startswith(o + " ")), None)
    if opener is None:
        return None
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    if not subjects:
        return None
    comma = subjects[0].left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or any(is_finite(t) for t in doc[:comma]):
        return None
    phrase, main = _text(doc[len(opener.split()) : comma]), _text(doc[comma + 1 :])
    # the main clause must be short enough to stay one sentence: split again, 'This follows X' would come
    # after its last piece and seem to be about that piece alone
    if _words(phrase) < SHORTEST_PHRASE or _words(main) < SHORTEST_MAIN or count_words(main) > TARGET_WORDS:
        return None
    past = root.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in root.children)
    said = _OPENERS[opener]
    if past:  # 'After a review, the charge rose' -> 'This followed a review.'
        said = said.replace("This is", "This was").replace("follows", "followed").replace("depends", "depended")
    return _standing([main, f"{said} {phrase}"])


# How a reason or a purpose that opened the sentence starts the sentence that follows it
_REASONS_FIRST = {"because": "This is because", "to": "This is to"}
_READER = frozenset({"you", "your", "yours", "we", "us", "our", "ours", "i", "me", "my"})
_REQUIRED = frozenset({"need", "needs", "needed", "must", "have", "has", "should", "require", "requires", "required"})
LONGEST_MAIN = 20  # words: a longer main clause may be split again, leaving 'This is because X' after a part of it


def at_opening_reason(body: str) -> list[str] | None:
    """'Because the work is planned, you will not get a payment' -> 'You will not get a payment.' 'This is
    because the work is planned.'; 'To allow the work to take place, the water will be turned off' -> 'The
    water will be turned off.' 'This is to allow the work to take place.' Only where the main clause has
    its own subject and no comma, so that nothing is split from it after 'This' is said."""
    doc = parse(body)
    root = _root(doc)
    first = doc[0].lower_ if len(doc) > 2 else ""
    if root is None or first not in _REASONS_FIRST or (first == "to" and doc[1].tag_ != "VB"):
        return None
    clause = doc[1] if first == "to" else doc[0].head
    if clause.head != root or clause.dep_ != "advcl" or clause.left_edge.i != 0:
        return None
    comma = comma_closing(clause)
    # ('To start, Care Direct can arrange a visit': a bare verb orders what is said, and gives no purpose)
    if comma >= len(doc) or doc[comma].text != "," or (first == "to" and comma == 2):
        return None
    main = _text(doc[comma + 1 :])
    subject = any(c.dep_ in SUBJECTS and c.i > comma for c in root.children)
    one_sentence = "," not in main and _words(main) >= SHORTEST_MAIN and count_words(main) <= LONGEST_MAIN
    # 'To use the library at night, you will need a session': what you must do to get something, not what
    # the session is for
    # ('To help people celebrate safely, NFRS has put together tips': 'has' helping a verb requires nothing)
    required = first == "to" and any(
        t.lower_ in _REQUIRED and not (t.dep_ == "aux" and verb_lemma(t) == "have") for t in doc[comma + 1 :]
    )
    # 'Because the bridge was damaged, the council closed it': said first, 'it' would point to nothing
    pointing = any(t.tag_ in ("PRP", "PRP$") and t.lower_ not in _READER for t in doc[comma + 1 :])
    # ('To help with this, the council will run a bus': said after the bus, 'this' would be the bus; 'To keep them safe,
    # some activities are controlled': 'them' would be the activities)
    pointing = pointing or any(
        t.lower_ in ("this", "that", "these", "those", "it") and t.dep_ != "det" for t in doc[1:comma]
    )
    # (not 'Because representations were received from people who made them': what 'them' means is said before it)
    pointing = pointing or any(
        t.lower_ in ("them", "they", "their") and not any(n.tag_ in ("NNS", "NNPS") for n in doc[1 : t.i])
        for t in doc[1:comma]
    )
    if not subject or not one_sentence or required or pointing:
        return None
    said = _REASONS_FIRST[first]
    if root.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in root.children):
        said = said.replace("This is", "This was")
    rest = _text(doc[1:comma]) if first == "because" else _text(doc[:comma])
    rest = rest[0].lower() + rest[1:] if first == "to" else rest
    return _standing([main[0].upper() + main[1:], f"{said} {rest if first == 'because' else rest[3:]}"])


# Verbs that report a finding or an announcement ('X has confirmed that Y'): Y is what X stands behind,
# so it can be said first. Not 'say', 'tell', 'claim' or 'believe', which may report what is untrue.
_REPORTING = frozenset({"confirm", "announce", "agree", "decide", "estimate", "find", "show", "conclude"})


LONGEST_REPORTED = 30  # words of what was reported, said first and kept as one sentence


def _reporters_own_doing(doc: Doc, start: int) -> bool:
    """Whether what is reported from a word on goes on, after ', and', with a bare past that is the reporter's doing
    ('found that the plasterboard was sagging, and served the notice'), which the parse may hang on the report."""
    return any(
        t.dep_ == "conj" and t.tag_ == "VBD" and t.i > 2 and doc[t.i - 2].text == "," and doc[t.i - 1].dep_ == "cc"
        and not any(c.dep_ in SUBJECTS for c in t.children)
        for t in doc[start + 1 :]
    )  # fmt: skip


def at_reported(body: str) -> list[str] | None:
    """'The DfT has confirmed that the fare cap will stay at £3 until May' -> 'The fare cap will stay at
    £3 until May.' 'The DfT has confirmed this.' (what was found or announced first, then who says so);
    only for a plain statement of it: not 'may decide that', 'has not found that'."""
    doc = parse(body)
    root = _root(doc)
    # ('Sometimes we decide that the hedge is X': what may be decided is no fact to say first)
    supposed = doc[0].lower_ in ("sometimes", "if", "when", "once", "unless")
    if supposed or root is None or root.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or verb_lemma(root) not in _REPORTING:
        return None
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass", "neg")]
    if any(h.dep_ == "neg" or h.lower_ not in ("has", "have", "had") for h in helpers):
        return None
    reports = [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i]
    if len(reports) != 1:
        return None
    start = reports[0].left_edge.i
    # ('Our records show that you are due X, which we do for Y, so that Z': split again, the report would be
    # said after several sentences, and 'this' would point at them all)
    long = _words(_text(doc[start + 1 :])) > LONGEST_REPORTED
    long = long or _reporters_own_doing(doc, start)
    # ('found that the beams had rusted, and engineers have advised X': a clause with a subject of its own after the
    # report's may be no part of what was found)
    long = long or any(c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children) for c in reports[0].children)
    if doc[start].lower_ != "that" or reports[0].right_edge.i < len(doc) - 1 or _words(_text(doc[:start])) < 3 or long:
        return None
    reported = _text(doc[start + 1 :])
    # ('The Home Office has confirmed that it will stop X': said first, 'it' would point at nothing; the
    # reporter is named in its place, or the sentence stays as it is)
    pronoun = [c for c in reports[0].children if c.dep_ in SUBJECTS and c.lower_ in ("it", "they", "he", "she")]
    if pronoun:
        reporter = [c for c in root.children if c.dep_ in SUBJECTS]
        name = _text(reporter[0].subtree) if reporter and reporter[0].pos_ in ("NOUN", "PROPN") else ""
        # ('has decided that it is safe for you to go home': an 'it' that stands for what follows names no one)
        empty = re.match(r"it\s+(?:is|was|will be|would be)\s+(?:\w+\s+)?\w+\s+(?:for|to|that)\b", reported) is not None
        # ('Our tree officers have decided that they must be removed': what is done to 'they' is done to another)
        done_to = pronoun[0].dep_ == "nsubjpass"
        if not name or empty or done_to or _words(name) > LONGEST_SUBJECT or pronoun[0].i != start + 1:
            return None
        reported = f"{name} {_text(doc[start + 2 :])}"
    return _standing([reported, f"{_text(doc[:start])} this"]) if _words(reported) >= MIN_WORDS + 3 else None

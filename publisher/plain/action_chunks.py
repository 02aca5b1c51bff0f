"""A list of things to do read from its commas: the last 'and' or 'or' that opens the last one, an opening phrase
kept with the first, and where what a subject does starts after its helper."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .main_clauses import at_main_clauses
from .orders import _misread_order
from .parse import SUBJECTS
from .parser import verb_lemma
from .verb_series import at_verb_series

if TYPE_CHECKING:
    from spacy.tokens import Token


def _actions_apart(chunks: list[list[Token]], body: str, opened: bool) -> list[list[Token]] | None:
    """A list's chunks, its last 'and' or 'or' opening the last one (see _last_apart), with words before the
    subject that are no condition kept with the first; None with fewer than three things or no such link."""
    apart = _last_apart(_inner_lists_kept(chunks), body)
    if apart is None:
        return None
    # 'During a visit, an adviser will check A, fit B and help C': an opening phrase goes with the first
    while not opened and len(apart) > 3 and not any(t.pos_ in ("VERB", "AUX") for t in apart[0]):
        apart[:2] = [[*apart[0], *apart[1]]]
    return apart if len(apart) >= 3 and apart[-1][0].lower_ in ("and", "or") else None


def _inner_lists_kept(chunks: list[list[Token]]) -> list[list[Token]]:
    """A list's chunks with those of no verb after a thing to do kept with it: 'vacuum your mattress, carpets and
    furniture' is one thing to do, whose own list has commas of its own."""
    kept: list[list[Token]] = []
    for chunk in chunks:
        # ('clear away old pots': a plain verb the parse took for a describing word still opens a thing to do)
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in chunk) and chunk[0].pos_ in ("NOUN", "PROPN", "DET")
        # ('you can borrow books, audiobooks and DVDs, use X and download Y': so is the first thing after a helper)
        first_done = len(kept) == 1 and any(t.tag_ == "MD" and t.nbor().tag_ == "VB" for t in kept[0][:-1])
        # ('talk to the child, the carer and the parents': a plain verb the parse tagged as a present is one too)
        # ('or fill a paddling pool, swimming pool or pond': the verb after the list's own link; 'clean windows, walls
        # or paths': a verb the parse read as a describing word)
        done = [t for t in kept[-1] if t.lower_ not in ("and", "or")] if kept else []
        head = done[0] if done else None
        plain_verb = head is not None and head.tag_ in ("VB", "VBP") and head.lower_ == verb_lemma(head)
        plain_verb = plain_verb or (head is not None and len(kept) > 1 and _misread_order(done))
        # ('You can borrow, return and renew items': a helper's bare verb that shares the next verbs' thing)
        shared = len(kept) == 1 and _bare_after_a_helper(kept[0]) and _verbs_sharing_a_thing(chunk)
        if kept and ((verbless and ((len(kept) > 1 and plain_verb) or first_done)) or shared):
            doc = chunk[0].doc
            kept[-1] = list(doc[kept[-1][0].i : chunk[-1].i + 1])
        else:
            kept.append(chunk)
    return kept


def _bare_after_a_helper(chunk: list[Token]) -> bool:
    """Whether words end on a bare verb straight after its helper, with no thing of its own ('You can borrow')."""
    return len(chunk) >= 2 and chunk[-1].tag_ == "VB" and chunk[-2].tag_ == "MD"


def _verbs_sharing_a_thing(chunk: list[Token]) -> bool:
    """Whether words open with two bare verbs joined by 'and' or 'or', then their thing ('return and renew items')."""
    return len(chunk) >= 4 and chunk[0].tag_ == "VB" and chunk[1].lower_ in ("and", "or") and chunk[2].tag_ == "VB"


def _after_helper(chunk: list[Token]) -> int | None:
    """Where what a subject does starts after its helper: after a modal ('We will inspect it'), or after 'need to'
    or 'have to' ('you need to be over 21'); None with neither."""
    # ('Do not cut grass, walk on grass or dry clothes outside': the denial, said before the list, is of each)
    # ('Please do not take off the closer, wedge the door open, or fit X': the 'please' is all of theirs too)
    asked = int(chunk[0].lower_ == "please")
    if len(chunk) > 2 + asked and (chunk[asked].lower_, chunk[asked + 1].lower_) == ("do", "not"):
        return 1 + asked
    modal = next((k for k, t in enumerate(chunk) if t.tag_ == "MD"), None)
    # ('Turn off any appliance you think might be causing it, open X': a helper inside a clause is not the subject's)
    if modal is not None and any(a.dep_ in _CLAUSES_INSIDE for a in (chunk[modal].head, *chunk[modal].head.ancestors)):
        return None
    if modal is not None:
        return modal + 1
    needed = (k for k, t in enumerate(chunk[:-2]) if t.lower_ in _NEED and chunk[k + 1].lower_ == "to")
    need = next(needed, None)
    if need is not None and need > 0 and chunk[need - 1].dep_ in SUBJECTS:
        return need + 2
    # ('Each spring we cut back X, plant Y and repair Z': what 'we' do, said in the present, after the subject)
    said = (k for k, t in enumerate(chunk[:-1]) if t.lower_ in ("we", "they") and t.dep_ in SUBJECTS)
    subject = next(said, None)
    if subject is None:
        return None
    verb = chunk[subject + 1]
    # ('cut', 'put': a plain form the parse may tag as a past, unless the sentence says when in the past)
    past = verb.tag_ == "VBD" and _IN_THE_PAST.search(verb.doc.text) is not None
    plain = verb.tag_ in ("VBP", "VB", "VBD") and verb.lower_ == verb_lemma(verb) and not past
    return subject + 1 if plain and not any(c.dep_ == "mark" for c in verb.children) else None


_IN_THE_PAST = re.compile(r"\b(?:last|ago|yesterday|in (?:19|20)\d\d)\b", re.IGNORECASE)
_NEED = frozenset({"need", "needs", "have", "has"})
_CLAUSES_INSIDE = frozenset({"relcl", "acl"})  # a noun's own clause


def _last_with_its_own_list(chunks: list[list[Token]]) -> list[list[Token]]:
    """A list's chunks with things after the last linked verb kept with it: 'and be able to give a child time,
    patience and a stable home' is one thing to do, whose own list has commas of its own."""
    linked = [k for k, c in enumerate(chunks) if len(c) > 1 and c[0].lower_ in ("and", "or") and c[1].tag_ == "VB"]
    if not linked or linked[-1] == len(chunks) - 1:
        return chunks
    last = linked[-1]
    if any(t.pos_ in ("VERB", "AUX") for c in chunks[last + 1 :] for t in c):
        return chunks
    doc = chunks[last][0].doc
    return [*chunks[:last], list(doc[chunks[last][0].i : chunks[-1][-1].i + 1])]


def _last_apart(chunks: list[list[Token]], body: str) -> list[list[Token]] | None:
    """A list's chunks with the last one cut before its 'and' where no comma comes before it (see _last_joined);
    None where the things are left to the main clause rule ('You will need to fill it in, sign it and send it back':
    three things one subject does are said as sentences where that rule can say them)."""
    chunks = _last_with_its_own_list(chunks)
    if len(chunks) < 2 or chunks[-1][0].lower_ in ("and", "or"):
        return chunks
    apart = [*chunks[:-1], *_last_joined(chunks[-1])]
    said = at_main_clauses(body) or at_verb_series(body)
    return None if apart[-1][0].lower_ in ("and", "or") and said is not None else apart


def _last_joined(chunk: list[Token]) -> list[list[Token]]:
    """The last chunk of a list written without a comma before its last 'and' ('cause X, increase Y and worsen
    Z'), cut before that 'and' where a bare verb joined to the others follows it; else the chunk as it was."""
    for k in range(len(chunk) - 2, 0, -1):
        link, verb = chunk[k], chunk[k + 1]
        # ('and put you in touch with X': a plain form the parse may tag as a past)
        bare = verb.tag_ == "VB" or (verb.tag_ in ("VBD", "VBP") and verb.lower_ == verb_lemma(verb))
        if link.lower_ in ("and", "or") and bare and verb.dep_ == "conj":
            return [chunk[:k], chunk[k:]]
    return [chunk]

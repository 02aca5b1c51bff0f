"""Rewrites the dependency parse makes safe: splits at main clauses and a group named by
what its members do, and the helpers the other parse rules share (closings.py, relatives.py, timing.py,
questions.py, lists.py). A split is offered only when every piece stands alone as a sentence (a subject
and a finite verb, checked on the parse of the piece itself)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .linking import condition_of_both, continues_a_condition, in_a_condition, in_listed_conditions
from .parse import SUBJECTS, parse, which_stand
from .wording import ANYONE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MIN_WORDS = 4  # a piece shorter than this is a phrase, whatever the parse says
LONGEST_SUBJECT = 6  # words of a subject worth repeating in the second half of a split
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_NOUNS = frozenset({"people", "police", "staff", "children", "families", "everyone"})
_LINKS = {"and": "", "but": "But", "so": "So", "yet": "But", "or": "Or"}


def _text(tokens: Iterable[Token]) -> str:
    """Tokens as text with their own spacing, without commas or spaces at either end."""
    text = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in tokens))
    return text.strip().strip(",;:").strip()


def _words(text: str) -> int:
    return len(re.findall(r"[\w£$€%']+", text))


def _root(doc: Doc) -> Token | None:
    """The root of a one-sentence parse (None when the parser sees more than one sentence)."""
    sentences = list(doc.sents)
    return sentences[0].root if len(sentences) == 1 else None


def _plural(token: Token) -> bool:
    return token.tag_ in _PLURAL_TAGS or token.lower_ in _PLURAL_NOUNS or any(c.dep_ == "conj" for c in token.children)


_QUANTITIES = frozenset({"number", "rise", "increase", "fall", "drop", "amount", "level", "share", "proportion"})


def counted(noun: Token) -> Token:
    """What a noun of quantity counts ('the number of reports': the reports); any other noun itself."""
    of = [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return of[0] if noun.lower_ in _QUANTITIES and of else noun


def _standing(pieces: list[str]) -> list[str] | None:
    """The pieces, if each is long enough and stands alone as a sentence."""
    pieces = [p[0].upper() + p[1:] for p in (p.strip() for p in pieces) if p]
    if len(pieces) < 2 or any(_words(p) < MIN_WORDS for p in pieces) or not all(which_stand(pieces)):
        return None
    return pieces


def at_parsed_sentences(body: str) -> list[str] | None:
    """Where the parser sees two sentences run together ('X - Y', 'X: Y'), two sentences."""
    sentences = list(parse(body).sents)
    return _standing([s.text for s in sentences]) if len(sentences) > 1 else None


def _not_a_clause_of_its_own(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether the words after 'and' cannot be said as a sentence of their own, whatever the parse joined."""
    # ('register it where the person died, and not where they lived': the 'not' sets a place against the first)
    against = doc[link.i + 1].lower_ == "not"
    # ('it is more common, and can be more serious, in older adults': a phrase after the second clause's own
    # closing comma is said of both)
    commas = [c for c in conj.children if c.text == "," and c.i + 1 < len(doc)]
    shared = doc[link.i - 1].text == "," and any(
        doc[c.i + 1].pos_ == "ADP" and doc[c.i + 1].head == conj for c in commas
    )
    # ('is very low, and properly cooked poultry and eggs are safe': a participle with no helper after a verb
    # that is not one describes a noun the parse missed)
    helped = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    describing = conj.tag_ == "VBN" and root.tag_ != "VBN" and not helped
    # (and the verb after it is not the one 'and' links: another of the main verb's comes between them)
    between = any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and link.i < c.i < conj.i for c in root.children)
    return against or shared or describing or between


def _said_again(doc: Doc, root: Token, conj: Token, link: Token, subjects: list[Token]) -> str | None:
    """How the second of two clauses that share the first's subject starts: the subject again, with the helpers
    it shares ('You should'); None where it cannot be said."""
    # ('The people on board the dinghies are X': a parse with two subjects cannot say which to repeat)
    subject = _subject_again(doc, root, subjects[0]) if len(subjects) == 1 else None
    if subject is None:
        return None
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    own = any(c.dep_ in ("aux", "auxpass") for c in conj.children) or conj.tag_ in ("VBD", "VBZ", "VBP")
    # 'The bins are filled X and refilled Y': a second passive shares 'are' ('The bins are refilled')
    passive = any(c.dep_ == "auxpass" for c in root.children)
    own = own and not (
        passive and conj.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    )
    if conj.tag_ == "VB" and not (helpers and helpers[0].tag_ == "MD"):
        own = True  # 'have been improved and now provide X': 'provide' is present tense, no helpers
        # 'The council is warning of a scam in which callers claim X and say Y': 'say' cannot be the
        # council's ('The council say'): it is the nearer clause's
        bare = not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
        if bare and not _plural(subjects[0]) and subjects[0].lower_ not in ("you", "i", "we", "they"):
            return None
    said = subject if own else " ".join([subject, *(h.text for h in helpers)])
    # ('You will need to fill in a form and send it to us': what you will need to do is send it)
    wanted = any(c.dep_ == "xcomp" and c.i < link.i and c.tag_ == "VB" for c in root.children)
    if wanted and conj.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        said = " ".join([subject, *(h.text for h in helpers), root.text, "to"])
    return said


def at_main_clauses(body: str) -> list[str] | None:
    """'X did A, and Y did B' -> 'X did A.' 'Y did B.'; with one subject for both, the subject (and
    its modal) is said again: 'You should describe A and include B' -> '... A.' 'You should include B.'"""
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    # ('covered by route 7 and route 21': a "verb" with a number of its own is a noun the parse misread)
    verbs = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    for conj in (c for c in verbs if not any(n.dep_ == "nummod" for n in c.children)):
        links = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < conj.i]
        # 'not A and B' may deny both; 'not A but B' denies only A ('are not sent a kit but can ask for one')
        negated = any(c.dep_ == "neg" for c in root.children)
        # ('are not taxable, will not count X': a second verb with helpers of its own has its own negation)
        negated = negated and not any(c.dep_ in ("aux", "auxpass", "neg") for c in conj.children)
        if not links or links[-1].lower_ not in _LINKS or (negated and links[-1].lower_ != "but"):
            continue
        link = links[-1]
        # 'You can speak to your GP, or contact a charity': a choice of two, each with its comma; never 'fined
        # or taken to court', 'built or refurbished' (one thing said two ways) or the last of a list
        # ('This applies only if they lived here, or they died at work': the choice is the condition's)
        if link.lower_ == "or" and (
            doc[link.i - 1].text != ","
            or "," in [t.text for t in doc[root.i : link.i - 1]]
            or any(c.dep_ == "advcl" and root.i < c.i < link.i for c in root.children)
        ):
            continue
        # ('You may not have to pay, or you may pay half, if X': a condition after a comma may be both's)
        both = doc[link.i - 1].text == "," and condition_of_both(_text(doc[link.i :]))
        if (
            both
            or _not_a_clause_of_its_own(doc, root, conj, link)
            or _nearer_verb(doc, root, conj)
            or _inside_condition(doc, root, link)
            or _one_clause(doc, root, conj, link)
        ):
            continue
        # (a list of three read from its commas: the parser may take 'fit' in 'fit free alarms' for an adjective)
        commas = [t for t in doc[root.i + 1 : link.i] if t.text == "," and t.nbor().lower_ not in _ASIDE_OPENERS]
        listed = len(commas) >= 2 and doc[link.i - 1].text == ","
        listed = (
            listed and conj.tag_ == "VB" and helpers_modal(root) and not any(c.dep_ in SUBJECTS for c in conj.children)
        )
        if listed:
            continue  # 'will check A, fit B, and help C': the last of a list, which 'X will check A, fit B.' cuts
        right = _text(doc[link.i + 1 :])
        # 'You can use it, but please do not take it home': an order has no subject to say again
        order = doc[link.i + 1].lower_ in ("please", "do", "don't") and conj.tag_ == "VB"
        # ('The payments are not taxable and do not affect X': after 'and', 'do' agrees with a subject that is
        # not the reader's, so it is that subject's verb, said again, not an order)
        order = order and not (
            link.lower_ == "and" and doc[link.i + 1].lower_ != "please" and subjects and subjects[0].lower_ != "you"
        )
        # ('but it is strongly recommended': a subject of its own, wherever the parser hung it)
        own_subject = any(c.dep_ in SUBJECTS for c in conj.children) or doc[link.i + 1].lower_ in _OWN_SUBJECTS
        if not own_subject and subjects and not order:
            said_again = _said_again(doc, root, conj, link, subjects)
            if said_again is None:
                continue
            right = f"{said_again} {right}"
        opener = _LINKS[link.lower_]
        if opener and re.match(r"(?:The|They)\b", right):
            right = right[0].lower() + right[1:]  # 'But the man has since been released', not 'But The man'
        pieces = _standing([_text(doc[: link.i]), f"{opener} {right}" if opener else right])
        if pieces:
            return pieces
    return None


def _verb_series(doc: Doc, root: Token) -> tuple[Token, Token, Token, Token] | None:
    """The second and third verbs of a series said of the main verb's subject ('are not taxable, will not
    count X and will not affect Y'), with the 'and' and the comma before the second; None for any other shape."""
    second = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if len(second) != 1 or any(c.dep_ == "cc" for c in root.children):
        return None
    middle = second[0]
    third = [c for c in middle.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    links = [c for c in middle.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(third) != 1 or len(links) != 1 or not middle.i < links[0].i < third[0].i or middle.left_edge.i <= root.i:
        return None
    last, link, comma = third[0], links[0], doc[middle.left_edge.i - 1]
    apart = not any(c.dep_ == "conj" for c in last.children) and comma.text == ","
    if not apart or _nearer_verb(doc, root, middle) or _nearer_verb(doc, root, last):
        return None
    if _one_clause(doc, root, middle, link) or _inside_condition(doc, root, link):
        return None
    return middle, last, link, comma


def at_verb_series(body: str) -> list[str] | None:
    """'Payments are not taxable, will not count towards the cap and will not affect other awards' -> one
    sentence for each of the three things said of one subject, the subject (and a shared modal) said again."""
    doc = parse(body)
    root = _root(doc)
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i] if root is not None else []
    series = _verb_series(doc, root) if root is not None and len(subjects) == 1 else None
    subject = _subject_again(doc, root, subjects[0]) if series and root is not None else None
    if root is None or series is None or subject is None or _after_a_condition(root):
        return None
    middle, last, link, comma = series
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    # 'You will need to collect X, place it Y and return it Z': the parse hangs 'place' on 'need'; what you
    # will need to do is place it
    wanted = [c for c in root.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
    shared = " ".join([*(h.text for h in helpers), root.text, "to"]) if wanted and wanted[0].i < comma.i else None
    if shared is None and helpers and helpers[0].tag_ == "MD":
        shared = " ".join(h.text for h in helpers)
    if any(c.dep_ == "neg" for c in root.children):
        shared = None  # 'You must not leave X, put Y and flatten Z': whether 'not' goes on is not clear
    said_again = []
    for verb in (middle, last):
        own = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        tensed = verb.tag_ == root.tag_ and root.tag_ in ("VBZ", "VBD") and not wanted
        # (a clause with a subject of its own is at_main_clauses'; 'open X, have Y and sell Z' after 'We':
        # which form is meant is not read here)
        if any(c.dep_ in SUBJECTS for c in verb.children) or not (own or tensed or (shared and verb.tag_ == "VB")):
            return None
        said_again.append(subject if own or tensed else f"{subject} {shared}")
    middle_text = _text(doc[comma.i + 1 : link.i])
    pieces = [_text(doc[: comma.i]), f"{said_again[0]} {middle_text}", f"{said_again[1]} {_text(doc[link.i + 1 :])}"]
    return _standing(pieces)


_OWN_SUBJECTS = frozenset({"it", "they", "we", "you", "he", "she", "i", "this", "there", "these", "that"})
# ('No library would close, and the opening hours of X would not change': a noun of its own after the link)
_OWN_SUBJECTS |= {"the", "a", "an", "our", "your", "their", "his", "her", "its", "all", "some", "each", "every", "no"}
_ASIDE_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "known", "called", "including", "such"})


def _subject_again(doc: Doc, root: Token, head: Token) -> str | None:
    """How the second of two clauses with one subject names it: the subject itself if short, else 'They',
    'they' (for 'anyone') or 'The' and its noun; None when none of these will do."""
    # 'Blue-green algae (cyanobacteria) occur X and can Y': the name in brackets is said once
    written = _text(doc[head.left_edge.i : head.right_edge.i + 1])
    subject = re.sub(r"\s*\([^)]*\)", "", written)
    if doc[head.left_edge.i].tag_ not in ("NNP", "NNPS") and subject[:2] != "I ":
        subject = subject[0].lower() + subject[1:]  # 'But people aged 75 can ask', not 'But People'
    long = _words(written) > LONGEST_SUBJECT
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    if (long or indefinite) and _plural(head) and head.pos_ != "PRON":
        return "They"  # 'The council and the NHS are urging X and ask Y': 'They ask Y.'
    if long and head.lower_ in ANYONE and helpers_modal(root):
        return "they"  # 'Anyone in charge of a dog in a park must pick up after it and must carry a bag'
    if (long or indefinite) and head.pos_ == "NOUN":
        # 'A 34-year-old man from X was arrested and has been bailed': 'The man' ('A different officer will
        # look at it and will write': 'The officer', not a second one); a compound stays with its noun ('A
        # decision maker at the DWP': 'The decision maker', never 'The maker')
        first = head.i
        while first > 0 and doc[first - 1].dep_ == "compound":
            first -= 1
        return f"The {_text(doc[first : head.i + 1])}"
    return None if long else subject


def _form(verb: Token) -> str:
    """A verb's form for matching verbs joined by 'and': a past participle and a past tense alike
    (the small model often takes one for the other)."""
    return "VBD" if verb.tag_ == "VBN" else verb.tag_


def _clause_between(doc: Doc, root: Token, token: Token) -> bool:
    """Whether a relative or reported clause with a verb of its own comes between the main verb and a
    phrase the parse hung on the main verb: the phrase may belong to that nearer clause."""
    return any(t.pos_ == "VERB" and t.dep_ in ("relcl", "ccomp") for t in doc[root.i + 1 : token.i])


def _nearer_verb(doc: Doc, root: Token, conj: Token) -> bool:
    """Whether a verb the parse joined to the main one with 'and' may belong with a nearer verb of the
    same form in a clause between them: in 'Police are warning of a rise in reports, in which criminals
    have phoned people and persuaded them to X', the criminals persuaded, not the police. A verb of
    the main clause's form with no helper of its own ('are warning ... and persuaded') is one too."""
    if any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in conj.children):
        return False
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    if helpers and _form(root) != _form(conj) and conj.tag_ != "VB":
        return True
    between = doc[root.i + 1 : conj.i]
    return any(t.pos_ == "VERB" and t.dep_ in ("relcl", "advcl", "ccomp", "acl") and _form(t) == _form(conj)
               for t in between)  # fmt: skip


_IN_A_CONDITION = re.compile(r"\b(?:if|unless|as long as|so long as|provided)\b[^,]*$", re.IGNORECASE)


def _one_clause(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether what follows the linking word goes on with the clause before it, not a clause of its own."""
    # 'If you do not pay, you will lose X and Y will be due': more of what happens then
    # 'if you have reached 65, you have needed help, and you live here': the last of a series of conditions
    # 'to look at X, and to agree Y': a second purpose
    before = _text(doc[: link.i])
    # ('You may get a grant if you own it, your income is low, and your home is cold': all three)
    listed = link.lower_ in ("and", "or") and in_listed_conditions(before)
    if listed or _after_a_condition(root) or continues_a_condition(before, _text(doc[link.i :])):
        return True
    if doc[link.i - 1].text != "," and in_a_condition(before, _IN_A_CONDITION):
        return True  # '..., as long as the cardboard is flattened and the bags hold only recycling': both are it
    if doc[link.i + 1].lower_ == "to":
        return True
    # 'This means you will get X, and your child will get Y': both are what it means
    meaning = [t for t in doc[: link.i] if t.lower_ in ("mean", "means", "meant") and t.i >= root.i]
    if any(t == root or t.dep_ == "relcl" for t in meaning):
        return True
    passive = any(c.dep_ == "auxpass" for c in root.children)
    if not passive and all(t.dep_ in ("prt", "advmod") for t in doc[root.i + 1 : link.i]):
        return True  # 'can stop and search you': what comes after the second verb is the first's too
    # 'but if X, call us': an order with a condition of its own, which needs no subject said again
    ordered = conj.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in conj.children)
    return ordered and any(t.lower_ in ("if", "when", "unless") for t in doc[link.i + 1 : conj.i])


def _after_a_condition(root: Token) -> bool:
    """Whether the main clause follows a condition ('If you do not pay, you will lose X and the whole amount
    will be due'), so that a clause joined to it is more of what happens then."""
    marks = ("if", "unless", "when", "whenever", "once")
    if root.doc[0].lower_ == "then":
        return True  # 'Then you will lose X and Y': what happens after a condition said as 'Sometimes'
    return any(
        c.dep_ == "advcl" and c.i < root.i and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in root.children
    )


def _inside_condition(doc: Doc, root: Token, link: Token) -> bool:
    """Whether 'and' with no comma before it follows a condition of the main verb ('You qualify if you
    are 2 or over and you meet one of these'), so that the clause after it may be part of the condition."""
    conditions = [c for c in root.children if c.dep_ == "advcl" and root.i < c.i < link.i]
    marks = [t.lower_ for c in conditions for t in c.children if t.dep_ == "mark"]
    # 'recover it unless it was an error, which is X, and you could not have known': after 'unless' (on
    # whichever verb), both must hold
    unless = any(t.lower_ == "unless" and t.dep_ == "mark" for t in doc[root.i : link.i])
    sometimes = doc[0].lower_ == "sometimes"  # a condition said as 'Sometimes A and B. Then C.': both are it
    return unless or sometimes or (bool(marks) and doc[link.i - 1].text != ",")


def helpers_modal(verb: Token) -> bool:
    """Whether a verb has a modal helper ('must', 'can'): a verb form any subject agrees with."""
    return any(c.tag_ == "MD" for c in verb.children if c.dep_ == "aux")


_GROUPS = frozenset({"people", "children", "residents", "households", "tenants", "claimants", "applicants",
                     "parents", "carers", "families", "pupils", "students", "drivers", "owners", "patients",
                     "adults", "landlords", "businesses", "users", "members", "holders", "workers"})  # fmt: skip


def at_group_who(body: str) -> list[str] | None:
    """'People who hold a bus pass will travel free' -> 'Some people hold a bus pass.' 'They will travel
    free.' (a plural group named by what its members do, then what is said about them)."""
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i):
        clauses = [c for c in subject.children if c.dep_ == "relcl" and doc[c.left_edge.i].lower_ in ("who", "that")]
        if subject.lower_ not in _GROUPS or subject.tag_ != "NNS" or len(clauses) != 1:
            continue
        if any(t.dep_ == "conj" for t in doc[subject.i : clauses[0].left_edge.i]):
            continue  # 'Children in care and children who are supported by X': the clause is the second group's
        counted = any(c.lower_ in ("most", "many", "few", "all", "several", "more", "fewer") for c in subject.lefts)
        counted = counted or any(c.dep_ == "nummod" for c in subject.children)  # '2,100 people who': a fact
        if any(c.dep_ in ("det", "poss") for c in subject.children) or subject.left_edge.i != 0 or counted:
            continue  # 'The people who ...', 'Our tenants who ...', 'Most people who ...': not 'some'
        clause = clauses[0]
        if doc[clause.left_edge.i].dep_ not in SUBJECTS or clause.right_edge.i + 1 >= root.i + 1:
            continue
        group = _text(doc[subject.left_edge.i : clause.left_edge.i])  # 'Foster carers who X': not 'Some carers'
        group = group[0].lower() + group[1:]  # 'Households in Riverside' -> 'some households in Riverside'
        described = _text(doc[clause.left_edge.i + 1 : clause.right_edge.i + 1])
        rest = _text(doc[clause.right_edge.i + 1 :])
        after = clause.right_edge.i + 1
        verb_group = doc[after] == root or (doc[after].head == root and doc[after].dep_ in ("aux", "auxpass", "neg"))
        verb_group = verb_group or doc[after].lower_ == "only"
        if not verb_group:
            continue  # what follows the clause must be the group's verb, or the parse has the clause's end wrong
        if doc[after].lower_ == "only" and doc[after + 1].dep_ in ("aux", "auxpass"):
            # 'People who get tax credits only will be paid by HMRC': 'only' goes with the tax credits
            described, rest = f"{described} only", _text(doc[after + 1 :])
        words = doc[clause.left_edge.i + 1 : clause.right_edge.i + 1]
        if any(t.lower_ in ("who", "whom", "whose") for t in words) or re.match(r"[,\s]*(?:and|or)\b", rest):
            continue  # 'People who apply, and who cannot pay, may ask': 'They and who cannot pay, may ask.'
        pieces = _standing([f"Some {group} {described}", f"They {rest}"])
        if pieces:
            return pieces
    return None

"""Rewrites the dependency parse makes safe: parsed sentences run together and a group named by what its
members do, and the helpers the other parse rules share (main_clauses.py, closings.py, relatives.py, timing.py,
questions.py, lists.py). A split is offered only when every piece stands alone as a sentence (a subject
and a finite verb, checked on the parse of the piece itself)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from .linking import continues_a_condition, in_a_condition, in_listed_conditions
from .parse import SUBJECTS, is_finite, which_stand
from .parser import parse, verb_lemma
from .second_verbs import not_the_nearer_clauses
from .wording import AND_WHICH, ANYONE, MONTHS, PROVIDED

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_WORDS = 4  # a piece shorter than this is a phrase, whatever the parse says
LONGEST_SUBJECT = 6  # words of a subject worth repeating in the second half of a split
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_NOUNS = frozenset({"people", "police", "staff", "children", "families", "everyone"})


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


def comma_closing(clause: Token) -> int:
    """Where the comma that closes an opening clause would be: just after the clause, or its last word where the
    parse hung the comma on a word inside it ('If you are offered an assessment, a member of X will Y')."""
    last = clause.right_edge
    comma = last.i if last.text == "," else last.i + 1
    # ('If you want a larger extension, of up to 6 metres, or 8 metres for X, you must tell us': no main clause starts
    # with 'of', so the clause goes on past that comma; none is found)
    if comma + 1 < len(last.doc) and last.doc[comma].text == "," and last.doc[comma + 1].lower_ == "of":
        return len(last.doc)
    return comma


def _plural(token: Token) -> bool:
    if token.lower_ in ONE_THING_IN_S:
        return any(c.dep_ == "conj" for c in token.children)  # 'shingles is a painful rash'
    return token.tag_ in _PLURAL_TAGS or token.lower_ in _PLURAL_NOUNS or any(c.dep_ == "conj" for c in token.children)


# Nouns that end in 's' and are one thing: illnesses ('Shingles is a painful rash', never 'Shingles are') and the like
ONE_THING_IN_S = frozenset(
    "shingles measles mumps rabies scabies diabetes herpes rickets news physics economics politics athletics "
    "gymnastics".split()
)


_QUANTITIES = frozenset({"number", "rise", "increase", "fall", "drop", "amount", "level", "share", "proportion"})


def counted(noun: Token) -> Token:
    """What a noun of quantity counts ('the number of reports': the reports); any other noun itself."""
    of = [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return of[0] if noun.lower_ in _QUANTITIES and of else noun


# An order of fewer than MIN_WORDS words that says all it needs to ('Call us.', 'Please contact us.')
_SHORT_ORDER = re.compile(
    r"(?:Please\s+)?(?:[Cc]all|[Cc]ontact|[Tt]ell|[Aa]sk|[Ee]mail|[Pp]hone|[Rr]ing|[Tt]ext)\s+us\.?"
)


def _standing(pieces: list[str]) -> list[str] | None:
    """The pieces, if each is long enough and stands alone as a sentence."""
    pieces = [p[0].upper() + p[1:] for p in (p.strip() for p in pieces) if p]
    if len(pieces) < 2 or any(_words(p) < MIN_WORDS and not _SHORT_ORDER.fullmatch(p) for p in pieces):
        return None
    if not all(which_stand(pieces)):
        return None
    return pieces


def at_parsed_sentences(body: str) -> list[str] | None:
    """Where the parser sees two sentences run together ('X - Y', 'X: Y'), two sentences."""
    sentences = list(parse(body).sents)
    # ('apply by 31 | May if X': a date the parser cut at its month is one date)
    if any(a[-1].like_num and re.match(MONTHS, b.text) for a, b in pairwise(sentences)):
        return None
    # ('They will check it and, if it is due, send it': a verb after 'and' and a condition, with no subject of its own,
    # is the first sentence's subject's, however the parser cut)
    if any(_shares_the_subject(b) for b in sentences[1:]):
        return None
    return _standing([s.text for s in sentences]) if len(sentences) > 1 else None


def _shares_the_subject(sentence: Span) -> bool:
    """Whether a sentence the parser cut opens with a link and a comma and has a bare verb with no subject."""
    root = sentence.root
    linked = len(sentence) > 2 and sentence[0].lower_ in ("and", "or", "but") and sentence[1].text == ","
    return linked and root.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in root.children)


_SOME = frozenset({"some", "many", "most", "few", "several", "certain", "various", "other"})
_OWN_SUBJECTS = frozenset({"it", "they", "we", "you", "he", "she", "i", "this", "there", "these", "that"})
# ('No library would close, and the opening hours of X would not change': a noun of its own after the link)
_OWN_SUBJECTS |= {"the", "a", "an", "our", "your", "their", "his", "her", "its", "all", "some", "each", "every", "no"}
_ASIDE_OPENERS = frozenset({"which", "who", "whom", "whose", "where", "known", "called", "including", "such"})


def _subject_again(doc: Doc, root: Token, head: Token) -> str | None:
    """How the second of two clauses with one subject names it: the subject itself if short, else 'They',
    'they' (for 'anyone') or 'The' and its noun; None when none of these will do."""
    # 'Blue-green algae (cyanobacteria) occur X and can Y': the name in brackets is said once
    # ('Greenway Homes was fined': a name's first word the parse hung elsewhere is still the name's)
    start = head.left_edge.i
    while (
        start > 0
        and doc[start - 1].tag_ in ("NNP", "NNPS")
        and doc[start - 1].is_title
        and head.tag_ in ("NNP", "NNPS")
    ):
        start -= 1
    written = _text(doc[start : head.right_edge.i + 1])
    subject = re.sub(r"\s*\([^)]*\)", "", written)
    if doc[start].tag_ not in ("NNP", "NNPS") and subject[:2] != "I ":
        subject = subject[0].lower() + subject[1:]  # 'But people aged 75 can ask', not 'But People'
    # ('Two men, aged 24 and 31, have been arrested and have been released': the aside is said once)
    long = _words(written) > LONGEST_SUBJECT or "," in written
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
    # ('Some dressings are waterproof and can be splashed': 'Some dressings can be splashed' would be others)
    indefinite = indefinite or any(c.lower_ in _SOME and c.dep_ in ("det", "amod") for c in head.children)
    if (long or indefinite) and _plural(head) and head.pos_ != "PRON":
        return "They"  # 'The council and the NHS are urging X and ask Y': 'They ask Y.'
    if long and head.lower_ in ANYONE and helpers_modal(root):
        # 'Anyone in charge of a dog in a park must pick up after it and must carry a bag'; 'anyone who' is asked
        # as the reader ('Do you think you have been targeted?' 'You should call your bank.' 'You should report it.')
        return "you" if any(c.dep_ == "relcl" for c in head.children) else "they"
    if (long or indefinite) and head.pos_ == "NOUN":
        # 'A 34-year-old man from X was arrested and has been bailed': 'The man' ('A different officer will
        # look at it and will write': 'The officer', not a second one); a compound stays with its noun ('A
        # decision maker at the DWP': 'The decision maker', never 'The maker')
        first = head.i
        while first > 0 and doc[first - 1].dep_ == "compound":
            first -= 1
        last = head.i
        # ('A member of staff will copy them and give them back': 'The member of staff', never 'The member')
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1]
        if of and of[0].right_edge.i - of[0].i <= 3:
            last = of[0].right_edge.i
        return f"The {_text(doc[first : last + 1])}"
    return None if long else subject


def _form(verb: Token) -> str:
    """A verb's form for matching verbs joined by 'and': a past participle and a past tense alike
    (the small model often takes one for the other)."""
    return "VBD" if verb.tag_ == "VBN" else verb.tag_


def _clause_between(doc: Doc, root: Token, token: Token) -> bool:
    """Whether a relative or reported clause with a verb of its own comes between the main verb and a
    phrase the parse hung on the main verb: the phrase may belong to that nearer clause."""
    return any(t.pos_ == "VERB" and t.dep_ in ("relcl", "ccomp") for t in doc[root.i + 1 : token.i])


def _modal(verb: Token) -> bool:
    return any(c.tag_ == "MD" for c in verb.children)


def modal_of_the_clause(doc: Doc, root: Token, conj: Token) -> bool:
    """Whether a verb the parse joined to the main one, with no subject of its own, has a modal as a relative clause
    between them does and the main verb has none ('Children are excluded, which may reduce X, but will not stop
    it': the clause's thing will not stop it, not the children)."""
    if not _modal(conj) or _modal(root) or any(c.dep_ in SUBJECTS for c in conj.children):
        return False
    return any(t.dep_ == "relcl" and _modal(t) for t in doc[root.i + 1 : conj.i])


def condition_first(verb: Token) -> bool:
    """Whether a verb follows a condition of its own and its comma ('and, if it agrees, send X')."""
    return any(c.dep_ == "advcl" and c.i < verb.i for c in verb.children) and verb.doc[verb.i - 1].text == ","


def _nearer_verb(doc: Doc, root: Token, conj: Token) -> bool:
    """Whether a verb the parse joined to the main one with 'and' may belong with a nearer verb of the
    same form in a clause between them: in 'Police are warning of a rise in reports, in which criminals
    have phoned people and persuaded them to X', the criminals persuaded, not the police. A verb of
    the main clause's form with no helper of its own ('are warning ... and persuaded') is one too."""
    # (the second verb's own condition, 'and, if it agrees, send X', is no clause between them)
    owned = {t.i for t in conj.subtree}
    between = [t for t in doc[root.i + 1 : conj.i] if t.i not in owned]
    if modal_of_the_clause(doc, root, conj):
        return True
    if any(c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in conj.children):
        return False
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    # ('will read it and, if it agrees, send X': a bare verb after a condition of its own shares the modal)
    shared = condition_first(conj) and conj.lower_ == verb_lemma(conj) and any(h.tag_ == "MD" for h in helpers)
    if shared and not any(t.pos_ in ("VERB", "AUX") for t in between):
        return False
    # ('was introduced in 2008 and allows X': with no verb between, a verb with a tense of its own is the main
    # subject's next clause; a bare verb the parse tagged 'VBP' shares the helper: 'should use X and include Y')
    # ('and opt out': a bare verb tagged past is no past)
    past = conj.tag_ == "VBD" and conj.lower_ != verb_lemma(conj)
    tensed = past or (conj.tag_ == "VBZ" and conj.lower_.endswith("s"))
    nearer = any(t.pos_ in ("VERB", "AUX") for t in between) or not tensed
    if helpers and _form(root) != _form(conj) and conj.tag_ != "VB" and nearer:
        return True
    # ('help you apply for X, and tell you Y': 'you' cannot tell 'you', so the telling is not the applying's)
    # ('benefits you can get, and help you set up X': nor can 'you' help 'you' set it up)
    told = {c.lower_ for c in conj.children if c.dep_ in ("dobj", "dative") and c.tag_ == "PRP"}
    told |= {s.lower_ for c in conj.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
             if s.dep_ in SUBJECTS and s.tag_ == "PRP" and s.i == conj.i + 1}  # fmt: skip
    if any(t.pos_ == "VERB" and t.dep_ in ("relcl", "advcl", "ccomp", "acl") and _form(t) == _form(conj)
           and not any(c.dep_ in SUBJECTS and c.lower_ in told for c in t.children)
           and not not_the_nearer_clauses(root, conj, t)
           for t in between):  # fmt: skip
        return True
    # ('It will help if you try to feed your baby, and bring a nappy': 'you' bring it, not 'it'; a bare verb is
    # the form of a condition's verb whose subject is 'you', 'we' or 'they' when the main one has another)
    own = [c.lower_ for c in root.children if c.dep_ in SUBJECTS]
    return bool(own) and conj.tag_ == "VB" and any(
        t.tag_ == "VBP" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in t.children)
        and any(c.dep_ in SUBJECTS and c.lower_ in _PLAIN_FORM_SUBJECTS and [c.lower_] != own for c in t.children)
        for t in between
    )  # fmt: skip


_PLAIN_FORM_SUBJECTS = frozenset({"you", "we", "they", "i"})
_CONDITION_MARKS = frozenset({"if", "when", "unless", "once", "until", "before", "after", "while"})


# ('provided that you', 'provided you': a condition; 'Free food is provided but': no condition)
_IN_A_CONDITION = re.compile(rf"\b(?:if|unless|as long as|so long as|{PROVIDED})\b[^,]*$", re.IGNORECASE)


def _one_clause(doc: Doc, root: Token, conj: Token, link: Token) -> bool:
    """Whether what follows the linking word goes on with the clause before it, not a clause of its own."""
    # 'If you do not pay, you will lose X and Y will be due': more of what happens then
    # 'if you have reached 65, you have needed help, and you live here': the last of a series of conditions
    # 'to look at X, and to agree Y': a second purpose
    before = _text(doc[: link.i])
    # ('You may get a grant if you own it, your income is low, and your home is cold': all three)
    listed = link.lower_ in ("and", "or") and in_listed_conditions(before)
    # ('If you become ill, call your doctor straight away and tell them X': two orders after a condition are two steps)
    steps = all(v.tag_ == "VB" and not any(c.dep_ in (*SUBJECTS, "aux") for c in v.children) for v in (root, conj))
    # ('Then we must serve a notice, and if they do not obey it, they can be fined': a next step, its own condition)
    steps = steps or (doc[link.i + 1].lower_ in ("if", "unless") and any(c.dep_ in SUBJECTS for c in conj.children))
    # ('If X, please contact us again, and we will look into it': what follows the reader's step is a next step)
    ordered = root.tag_ == "VB" and not any(c.dep_ in (*SUBJECTS, "aux") for c in root.children)
    steps = steps or (ordered and any(c.dep_ in SUBJECTS and c.i > link.i and c.pos_ != "VERB" for c in conj.children))
    # ('If X, the decision may take longer, but we will always let you know': a clause of its own set against what
    # happens then, after ', but', reads on as 'But ...')
    # ('If you switch, you will pay for what you use, and many people find their bills go down': what holds now, after
    # an outcome to come, is said of everyone)
    own = doc[link.i - 1].text == "," and any(c.dep_ in SUBJECTS for c in conj.children)
    now = conj.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    steps = steps or (own and (link.lower_ == "but" or (now and helpers_modal(root))))
    if listed or (_after_a_condition(root) and not steps) or continues_a_condition(before, _text(doc[link.i :])):
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
    # ('you complete and return a statement': a verb just before 'and' with nothing after it of its own, which the
    # parse may read as a describing word, shares the second's object)
    bare = doc[link.i - 1]
    shared = bare.pos_ in ("VERB", "ADJ") and bare.dep_ not in ("acomp", "attr", "amod")
    shared = shared and not any(c.i > bare.i for c in bare.children)
    shared = shared and any(c.dep_ == "dobj" for c in conj.children)
    if shared or (not passive and all(t.dep_ in ("prt", "advmod") for t in doc[root.i + 1 : link.i])):
        return True  # 'can stop and search you': what comes after the second verb is the first's too
    # 'but if X, call us': an order with a condition of its own, which needs no subject said again
    ordered = conj.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in conj.children)
    # ('They will check it and, if it is due, send it': after 'and', a bare verb goes on with the subject and modal)
    # ('may charge you £25, and if it is in the way, please report it': 'please' makes it the reader's order)
    shared = link.lower_ == "and" and any(c.dep_ in SUBJECTS for c in root.children)
    shared = shared and doc[link.i + 1].text == "," and not any(t.lower_ == "please" for t in doc[link.i : conj.i])
    ordered = ordered and not (shared and any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children))
    return ordered and any(t.lower_ in ("if", "when", "unless") for t in doc[link.i + 1 : conj.i])


def _after_a_condition(root: Token) -> bool:
    """Whether the main clause follows a condition ('If you do not pay, you will lose X and the whole amount
    will be due'), so that a clause joined to it is more of what happens then."""
    marks = ("if", "unless", "when", "whenever", "once")
    if root.doc[0].lower_ == "then":
        return True  # 'Then you will lose X and Y': what happens after a condition said as 'Sometimes'
    # ('If you application is considered, you will be X': a parse of a slip may not hang the condition on the verb)
    if root.doc[0].lower_ in ("if", "unless") and any(t.text == "," for t in root.doc[: root.i]):
        return True
    return any(
        c.dep_ == "advcl" and c.i < root.i and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in root.children
    )


def helpers_modal(verb: Token) -> bool:
    """Whether a verb has a modal helper ('must', 'can'): a verb form any subject agrees with."""
    return any(c.tag_ == "MD" for c in verb.children if c.dep_ == "aux")


_GROUPS = frozenset({"people", "children", "residents", "households", "tenants", "claimants", "applicants",
                     "parents", "carers", "families", "pupils", "students", "drivers", "owners", "patients",
                     "adults", "landlords", "businesses", "users", "members", "holders", "workers", "employers",
                     "employees", "customers", "visitors", "passengers", "pensioners", "homeowners", "traders",
                     "retailers", "organisations", "schools", "providers", "victims"})  # fmt: skip


def list_begun_inside(doc: Doc, start: int, end: int) -> bool:
    """Whether a list begun inside an aside goes on after it: an 'and', no finite verb, to the end or next comma."""
    upto = next((t.i for t in doc[end + 1 :] if t.text == ","), len(doc))  # ('housing, care, and help, while X is')
    listed = [
        any(t.lower_ == "and" for t in w) and not any(map(is_finite, w)) for w in (doc[end + 1 :], doc[end + 1 : upto])
    ]
    # ('a plan, which could include a break from caring, help with travel or a payment that X': the aside names the
    # first thing, and the rest follow it)
    link = next((t.i for t in doc[end + 1 :] if t.lower_ in ("and", "or")), end + 1)
    named = end + 1 < link and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
    named = named and any(t.dep_ == "dobj" for t in doc[start:end]) and not any(map(is_finite, doc[end + 1 : link]))
    return ("," in _text(doc[start:end]) and any(listed)) or named


def has_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own in the parse."""
    return any(c.dep_ in SUBJECTS for c in verb.children)


def condition_follows(doc: Doc, end: int) -> bool:
    """Whether ', as long as' or ', provided' follows doc[:end]: a condition that may be the words' before it."""
    after = doc[end + 1 :].text if end + 1 < len(doc) and doc[end].text == "," else ""
    return re.match(r"(?:as long as|provided)\b", after) is not None


_OTHER_ONE = re.compile(r"(?:any other|anyone|another|someone|somebody|anybody)\b", re.IGNORECASE)


def relative_held(doc: Doc, start: int, end: int) -> bool:
    """Whether a relative clause (tokens start..end) stays in its sentence: a condition inside it or after it is the
    sentence's ('a pass, which lets someone travel, as long as they get on at your stop': 'they' is the someone), or
    it goes on in another ('the surcharge, which is £1,035, and which gives you X'; 'hybrid models, which sit
    higher and whose converters are newer': two clauses that one 'They' would not say)."""
    within = re.search(r",\s+(?:if|unless|as long as|provided)\b", _text(doc[start:end])) is not None
    joined = AND_WHICH.match(_text(doc[end : end + 3])) or AND_WHICH.search(_text(doc[start + 1 : end]))
    # ('any incident, which is not a crime but is perceived by the victim, or any other person as X': it goes on
    # after its comma with another of what it ends on; 'an HC2 certificate, which X, or an HC3 one' does not)
    goes_on = doc[end : end + 2].text == ", or" and _OTHER_ONE.match(doc[end + 2 : end + 4].text) is not None
    return within or condition_follows(doc, end) or joined is not None or goes_on


def described_across(doc: Doc, start: int) -> bool:
    """Whether the comma before the word at start parts two describing words of one noun ('a warmer, brighter
    library'; 'a living, moving louse', whose 'living' the parse may take for a noun after 'a')."""
    before = doc[start - 2] if start >= 2 else None
    if before is None or start >= len(doc):
        return False
    describing = before.tag_ in ("JJ", "JJR", "JJS") or before.lower_.endswith("er")
    # (an -ing word just after 'a' or 'an' describes a noun to come: 'a living,')
    describing = describing or (before.lower_.endswith("ing") and start >= 3 and doc[start - 3].lower_ in ("a", "an"))
    after = doc[start]
    noun_next = start + 1 < len(doc) and doc[start + 1].pos_ in ("NOUN", "PROPN")
    return describing and (after.tag_ in ("JJ", "JJR", "JJS") or (after.tag_ == "VBG" and noun_next))


def subject_number(words: str) -> bool | None:
    """Whether the subject of the main verb of some words names more than one; None where the parse shows no subject
    of the words' own (or only 'there')."""
    root = _root(parse(words))
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")] if root is not None else []
    return None if not subjects or subjects[0].lower_ == "there" else any(_plural(c) for c in subjects)


def subject_plural(words: str) -> bool:
    """Whether the subject of the main verb of some words names more than one ('Under the plans, the libraries
    would be run by X': the libraries); a sentence whose parse shows no subject counts as one."""
    root = _root(parse(words))
    return root is not None and any(_plural(c) for c in root.children if c.dep_ in ("nsubj", "nsubjpass"))

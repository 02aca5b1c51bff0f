"""Rewrites the dependency parse makes safe: splits at main clauses, asides and a group named by
what its members do, and the helpers the other parse rules share (closings.py, relatives.py, timing.py,
questions.py, lists.py). A split is offered only when every piece stands alone as a sentence (a subject
and a finite verb, checked on the parse of the piece itself)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .parse import SUBJECTS, parse, verb_lemma, which_stand
from .wording import ANYONE, PERSONS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_WORDS = 4  # a piece shorter than this is a phrase, whatever the parse says
LONGEST_SUBJECT = 6  # words of a subject worth repeating in the second half of a split
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_PLURAL_NOUNS = frozenset({"people", "police", "staff", "children", "families", "everyone"})
_LINKS = {"and": "", "but": "But", "so": "So", "yet": "But"}


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


def at_main_clauses(body: str) -> list[str] | None:
    """'X did A, and Y did B' -> 'X did A.' 'Y did B.'; with one subject for both, the subject (and
    its modal) is said again: 'You should describe A and include B' -> '... A.' 'You should include B.'"""
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    for conj in (c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        links = [c for c in root.children if c.dep_ == "cc" and root.i < c.i < conj.i]
        # 'not A and B' may deny both; 'not A but B' denies only A ('are not sent a kit but can ask for one')
        negated = any(c.dep_ == "neg" for c in root.children)
        if not links or links[-1].lower_ not in _LINKS or (negated and links[-1].lower_ != "but"):
            continue
        link = links[-1]
        if _nearer_verb(doc, root, conj) or _inside_condition(doc, root, link):
            continue
        right = _text(doc[link.i + 1 :])
        # 'You can use it, but please do not take it home': an order has no subject to say again
        order = doc[link.i + 1].lower_ in ("please", "do", "don't") and conj.tag_ == "VB"
        if not any(c.dep_ in SUBJECTS for c in conj.children) and subjects and not order:
            subject = _text(doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1])
            if doc[subjects[0].left_edge.i].tag_ not in ("NNP", "NNPS") and subject[:2] != "I ":
                subject = subject[0].lower() + subject[1:]  # 'But people aged 75 can ask', not 'But People'
            if _words(subject) > LONGEST_SUBJECT and _plural(subjects[0]) and subjects[0].pos_ != "PRON":
                subject = "They"  # 'The council and the NHS are urging X and ask Y': 'They ask Y.'
            elif _words(subject) > LONGEST_SUBJECT and subjects[0].lower_ in ANYONE and helpers_modal(root):
                subject = "they"  # 'Anyone in charge of a dog in a park must pick up after it and must carry a bag'
            elif _words(subject) > LONGEST_SUBJECT and subjects[0].pos_ == "NOUN":
                # 'A 34-year-old man from X was arrested and has been bailed': 'The man'; a compound stays
                # with its noun ('A decision maker at the DWP': 'The decision maker', never 'The maker')
                named = [c.text for c in subjects[0].lefts if c.dep_ == "compound"] + [subjects[0].text]
                subject = f"The {' '.join(named)}"
            elif _words(subject) > LONGEST_SUBJECT:
                continue
            helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
            own = any(c.dep_ in ("aux", "auxpass") for c in conj.children) or conj.tag_ in ("VBD", "VBZ", "VBP")
            if conj.tag_ == "VB" and not (helpers and helpers[0].tag_ == "MD"):
                own = True  # 'have been improved and now provide X': 'provide' is present tense, no helpers
            said_again = subject if own else " ".join([subject, *(h.text for h in helpers)])
            right = f"{said_again} {right}"
        opener = _LINKS[link.lower_]
        pieces = _standing([_text(doc[: link.i]), f"{opener} {right}" if opener else right])
        if pieces:
            return pieces
    return None


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


def _inside_condition(doc: Doc, root: Token, link: Token) -> bool:
    """Whether 'and' with no comma before it follows a condition of the main verb ('You qualify if you
    are 2 or over and you meet one of these'), so that the clause after it may be part of the condition."""
    conditions = [c for c in root.children if c.dep_ == "advcl" and root.i < c.i < link.i]
    marked = any(t.dep_ == "mark" for c in conditions for t in c.children)
    return marked and doc[link.i - 1].text != ","


def _aside(doc: Doc, start: int, end: int, said: str) -> list[str] | None:
    """A phrase between commas (tokens start..end) taken out and said as its own sentence, put just
    after the words it was about when the rest of the sentence can stand alone without them."""
    if start < 1 or doc[start - 1].text != "," or (end < len(doc) and doc[end].text != ","):
        return None
    before, after = _text(doc[: start - 1]), _text(doc[end + 1 :]) if end < len(doc) else ""
    trailing = re.sub(r"^(?:and|but)\s+", "", after)
    if after and trailing != after:
        three = _standing([before, said, trailing[0].upper() + trailing[1:]])
        if three:
            return three
    # 'The dinghies, driven by X, are crossing': the verb follows its subject with no comma between
    verb_next = end + 1 < len(doc) and doc[end + 1].pos_ in ("VERB", "AUX")
    plain_join = not after or verb_next or re.match(r"(?:and|but|or)\b", after)
    joined = f"{before} {after}" if plain_join else f"{before}, {after}"
    return _standing([joined.strip(), said])


def helpers_modal(verb: Token) -> bool:
    """Whether a verb has a modal helper ('must', 'can'): a verb form any subject agrees with."""
    return any(c.tag_ == "MD" for c in verb.children if c.dep_ == "aux")


def _relative_subject(doc: Doc, clause: Token, noun: Token) -> str:
    """How a sentence made of a relative clause names what it is about: 'They', 'This', 'This person',
    or the noun itself where 'They' could mean another plural before it ('Landlords of larger HMOs,
    which are X' -> 'Larger HMOs are X') or the noun is the main clause's subject."""
    relative = doc[clause.left_edge.i].lower_
    if relative == "who" and not _plural(noun) and noun.lower_ not in _PEOPLE and noun.pos_ == "NOUN":
        return ""  # 'many respondents to the consultation, who told us X': 'who' is not the consultation
    if not _agrees_plural(clause, _plural(noun)):
        named = _noun_said(doc, noun) if noun.dep_ in SUBJECTS and noun.pos_ in ("NOUN", "PROPN") else ""
        # 'The Fund, which is paid for by X, helps Y and runs until Z': 'The Fund is paid for by X' says
        # what it is about wherever it lands, where 'This is paid for by X' would seem to mean Z
        if named and relative != "who" and _words(named) <= LONGEST_SUBJECT:
            return named
        return "This person" if relative == "who" else "This"
    other_plural = any(t.tag_ in _PLURAL_TAGS and t.i != noun.i for t in doc[: noun.i])
    alone = noun.tag_ in _PLURAL_TAGS and not any(c.dep_ == "conj" for c in noun.children)
    return (_noun_said(doc, noun) or "They") if other_plural and alone else "They"


def _noun_said(doc: Doc, noun: Token) -> str:
    """A noun with its describing words, to open a sentence about it: 'larger HMOs' -> 'Larger HMOs';
    '' when words before it the walk cannot take in would be lost ('the Tell Us Once service': not 'Service')."""
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound", "nummod") and doc[start - 1].head.i >= start - 1:
        start -= 1
    first = noun.left_edge.i + (doc[noun.left_edge.i].dep_ in ("det", "poss"))
    if start != first:
        return ""
    said = _text(doc[start : noun.i + 1])
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children):
        return f"The {said}"  # 'the transitional arrangements, which will stay' -> 'The transitional arrangements'
    return said[0].upper() + said[1:]


def _agrees_plural(verb: Token, plural: bool) -> bool:
    """Whether a relative clause's verb (or its first helper) is plural: 'which is used' is about one
    thing whatever the parser took for its noun."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    finite = helpers[0] if helpers else verb
    if finite.tag_ == "VBZ" or finite.lower_ in ("was", "has", "is"):
        return False
    if finite.tag_ == "VBP" or finite.lower_ in ("were", "have", "are"):
        return True
    return plural


def _in_list(doc: Doc, token: Token) -> bool:
    """Whether a phrase after a comma is an item of a list ('bleeding, blood in your poo or a lump'),
    not an apposition that renames what came before."""
    after = token.right_edge.i + 1
    return (
        any(t.dep_ in ("conj", "cc") for t in token.subtree)
        or any(c.dep_ == "conj" for c in token.head.children)
        or (after < len(doc) and doc[after].lower_ in ("and", "or"))
        or (after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("and", "or"))
    )


def _named_before(doc: Doc, comma: int) -> tuple[str, bool] | None:
    """The name just before a comma (with its acronym in brackets, if any) and whether it is plural:
    what an apposition after the comma is about. The parser may hang the apposition on a noun further
    back; the nearest name is what a reader takes it to be about."""
    end = comma
    if end > 0 and doc[end - 1].text == ")":
        opening = next((t.i for t in reversed(doc[: end - 1]) if t.text == "("), None)
        if opening is None:
            return None
        end = opening
    if end < 1 or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[end - 1]
    start = noun.i
    modifiers = ("compound", "amod", "det", "poss", "nummod")
    while (
        start > 0
        and doc[start - 1].dep_ in modifiers
        and doc[start - 1].head.i >= start - 1
        and not doc[start - 1].tag_.startswith("VB")
    ):  # 'have rung tenants': 'rung' is no part of the name
        start -= 1
    subject = _text(doc[start:comma])
    if _words(subject) > LONGEST_SUBJECT:
        return None
    return subject[0].upper() + subject[1:], _plural(noun)


# Verbs that take someone and what they are to do ('enable people to park'), whose 'to' the parse may
# put inside a clause about the people.
_TAKES_TO = frozenset({"enable", "allow", "help", "ask", "encourage", "permit", "invite", "urge", "want",
                       "expect", "tell", "advise", "force", "require", "entitle"})  # fmt: skip


def _awaits_infinitive(root: Token | None) -> bool:
    """Whether the main verb takes someone and what they are to do ('enables people to park') and the
    parse gave it no 'to' of its own."""
    if root is None or verb_lemma(root) not in _TAKES_TO:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in root.children)


def at_asides(body: str) -> list[str] | None:
    """A non-restrictive relative clause, participle phrase or apposition becomes its own sentence:
    'a form, known as the AR1, which asks about X' -> 'a form.' 'It is known as the AR1.' 'This asks about X.'"""
    doc = parse(body)
    owed = _awaits_infinitive(_root(doc))
    for token in doc:
        start, end = token.left_edge.i, token.right_edge.i + 1
        head = token.head
        plural = _plural(head)
        said: str | None = None
        if token.dep_ == "relcl" and doc[start].lower_ in ("which", "who", "that") and doc[start].dep_ in SUBJECTS:
            subject = _relative_subject(doc, token, head)
            said = f"{subject} {_text(doc[start + 1 : end])}" if subject else None
        elif (
            token.dep_ == "relcl" and doc[start].pos_ == "ADP" and doc[start + 1].lower_ == "which"
            and end + 1 < len(doc) and doc[end + 1].pos_ in ("VERB", "AUX")
        ):  # fmt: skip
            # 'The survey, in which 642 people took part, showed X' -> 'The survey showed X.' 'In this, 642 ...'
            these = "these" if _plural(counted(head)) else "this"
            said = f"{doc[start].text} {these}, {_text(doc[start + 2 : end])}"
        elif token.dep_ == "pobj" and head.lower_ == "with" and head.i >= 2 and doc[head.i - 1].text == ",":
            described = [c for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")]
            if not described or head.right_edge.i != len(doc) - 1:
                continue
            acl = described[0]
            start, end = head.i, len(doc)
            noun = _text(doc[head.i + 1 : acl.left_edge.i])
            verb = "are" if plural or _plural(token) else "is"
            said = f"{noun[0].upper() + noun[1:]} {verb} {_text(doc[acl.left_edge.i :])}"
        elif token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and start == token.i:
            if token.tag_ == "VBG" and head.dep_ not in SUBJECTS:
                continue  # 'They phoned people, pretending to be X': the callers pretend, not the people
            said = f"{'They are' if plural else 'It is'} {_text(doc[start:end])}"
        elif token.dep_ == "appos" and _words(_text(doc[start:end])) >= MIN_WORDS and not _in_list(doc, token):
            named = _named_before(doc, start - 1)
            if named:
                subject, plural = named
                said = f"{subject} {'are' if plural else 'is'} {_text(doc[start:end])}"
        if said is None:
            continue
        pieces = _aside(doc, start, end, said)
        last_verb = max((t.i for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod")), default=0)
        of_noun = head.pos_ in ("NOUN", "PROPN") and head.tag_ != "PRP"  # 'help to anyone who X' is not 'anyone.'
        # 'It enables people who have X to park': the main verb's 'to park' may be parsed into the clause
        of_noun = of_noun and not (owed and any(t.lower_ == "to" for t in doc[start:end]))
        if pieces is None and token.dep_ == "relcl" and of_noun and not _defining(token, doc[start + 1 : end]) \
                and last_verb < end and _words(_text(doc[:start])) >= 6:  # fmt: skip
            # 'We stop gangs who help X' -> '... gangs.' 'They help X.' (what follows the clause goes with it)
            pieces = _standing([_text(doc[:start]), f"{said} {_text(doc[end:])}".strip()])
        if pieces:
            return pieces
    return None


_VAGUE = frozenset({"size", "way", "time", "place", "level", "amount", "point", "extent", "kind", "type", "sort",
                    "form", "manner", "stage", "degree", "number", "thing", "things", "one", "ones"})  # fmt: skip
_QUANTIFIERS = frozenset({"any", "no", "every", "each", "all", "some", "either", "neither"})
_PEOPLE = PERSONS | {"people", "those", "one"}


def _defining(clause: Token, words: Span) -> bool:
    """Whether a relative clause with no comma before it says which ones are meant, so that it cannot
    be said on its own: a short or passive clause, one that says what they are, or one about a group of
    people ('the progress that has been made', 'a school that is located in another area', 'people who
    are not protected', 'households who wish to subscribe'). 'A viral illness that spreads very easily'
    adds to what it is about, and can be its own sentence."""
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    about_people = clause.head.lower_ in _PEOPLE or clause.head.lower_ in _GROUPS
    # 'any condition which would affect your driving', 'no school that can take him': which ones are meant
    counted = any(c.lower_ in _QUANTIFIERS for c in clause.head.children if c.dep_ == "det")
    # 'people who have a disability that affects X': a clause inside another says which, as that one does
    counted = counted or any(a.dep_ == "relcl" and a.head.lower_ in _PEOPLE | _GROUPS for a in clause.head.ancestors)
    vague = clause.head.lower_ in _VAGUE  # 'a size that fits the bag': the clause is what the noun means
    # 'prices that seem too good to be true': a plural with no 'the' or 'a' is only the ones the clause names
    # (but 'laws that will change X' says what new things will do, which can be said on its own)
    bare = clause.head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in clause.head.children)
    vague = vague or (bare and not any(c.lower_ == "will" for c in clause.children))
    return passive or verb_lemma(clause) == "be" or about_people or counted or vague or _words(_text(words)) < 4


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
        if any(c.dep_ in ("det", "poss") for c in subject.children) or subject.left_edge.i != 0:
            continue  # 'The people who ...', 'Our tenants who ...': a known group, not 'some'
        clause = clauses[0]
        if doc[clause.left_edge.i].dep_ not in SUBJECTS or clause.right_edge.i + 1 >= root.i + 1:
            continue
        group = _text(doc[subject.i : clause.left_edge.i]).lower()
        described = _text(doc[clause.left_edge.i + 1 : clause.right_edge.i + 1])
        rest = _text(doc[clause.right_edge.i + 1 :])
        after = clause.right_edge.i + 1
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

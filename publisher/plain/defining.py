"""A relative clause with no comma before it that adds to its noun ('We stop gangs who help X') said as a
sentence of its own, and the clauses that say which ones are meant and so stay ('people who are not
protected')."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS
from .parser import verb_lemma
from .syntax import _GROUPS, _PLURAL_TAGS, _plural, _standing, _text, _words, has_subject
from .wording import PERSONS, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def agreeing_owner(clause: Token) -> Token | None:
    """The plural noun a 'which' clause with a plural verb is about, where the parse hung it on a singular noun inside
    that noun's phrase ('the rules set by the government, which allow X': 'allow' is the rules', never the
    government's); None where the parse's noun may be meant."""
    noun, doc = clause.head, clause.doc
    if clause.dep_ != "relcl" or doc[clause.left_edge.i].lower_ != "which" or noun.tag_ not in ("NN", "NNP"):
        return None
    if not _agrees_plural(clause, False):
        return None
    for _ in range(2):
        if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
            return None
        owner = noun.head.head
        owner = owner.head if owner.dep_ == "acl" and owner.tag_ == "VBN" else owner
        if owner.pos_ == "NOUN" and owner.tag_ in ("NNS", "NNPS"):
            return owner
        if owner.pos_ not in ("NOUN", "PROPN") or owner.tag_ not in ("NN", "NNP"):
            return None
        noun = owner
    return None


def said_of_many(verb: Token) -> bool:
    """Whether a relative clause's verb, a helper or a verb joined to it is plainly plural ('which cost £1 each and are
    valid'), whatever the noun the parse hung it on."""
    own = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "conj"))]
    return any(v.tag_ == "VBP" or v.lower_ in ("are", "were", "have") for v in own)


_CONDITIONS = frozenset({"if", "unless", "when", "whether", "because", "once", "until"})


# (and what is included or given as an example: 'This includes a space in a car park that belongs to your building')
_REQUIRED = re.compile(
    r"\b(?:must|should|needs?|ask|asks|asked|requires?|required|has to|have to|includes?|including|such as)\b", re.I
)


def _unmarked_aside(doc: Doc, clause: Token, said: str, owed: bool) -> list[str] | None:
    """A relative clause with no comma before it that adds to its noun rather than saying which one: 'We
    stop gangs who help X' -> '... gangs.' 'They help X.' (what follows the clause goes with it)."""
    start, end, noun = clause.left_edge.i, clause.right_edge.i + 1, clause.head
    last_verb = max((t.i for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod")), default=0)
    of_noun = noun.pos_ in ("NOUN", "PROPN") and noun.tag_ != "PRP"  # 'help to anyone who X' is not 'anyone.'
    # 'It enables people who have X to park': the main verb's 'to park' may be parsed into the clause
    of_noun = of_noun and not (owed and any(t.lower_ == "to" for t in doc[start:end]))
    # 'tell us if you have a condition that means you need X': said alone, 'This means you need X.' drops the 'if'
    conditional = any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for a in noun.ancestors for c in a.children)
    # ('you must show that you are an organisation that can meet your duties': inside what must be shown, the
    # clause is part of it, not a fact)
    conditional = conditional or any(a.dep_ == "ccomp" for a in noun.ancestors)
    # ('You must have completed a course at a university that has a record of X': in what is required, a 'that'
    # clause says which one is)
    # ('Food banks ask you to bring a referral from an organisation that knows you': what is asked for, too)
    required = doc[start].lower_ == "that" and re.search(_REQUIRED, _text(doc[:start])) is not None
    conditional = conditional or required
    # ('households in Elmvale who are struggling': a 'who' hung on the noun after 'in' or 'of' may be about
    # the people before it, and then says which of them)
    placed = doc[start].lower_ == "who" and noun.dep_ == "pobj" and noun.lower_ not in _PEOPLE
    # ('explains how to register a death that happened here and what to bring': the noun is part of a question
    # the sentence names, and what follows the clause is the next one)
    asked = any(c.tag_ in ("WRB", "WP") and c.i < noun.i for a in noun.ancestors for c in a.children)
    placed = placed or asked
    # ('for households on a low income that live in homes rated D to G': a 'that' whose verb does not agree with the
    # noun it hangs on says which of the nouns before it are meant)
    placed = placed or (doc[start].lower_ == "that" and _agrees_plural(clause, _plural(noun)) != _plural(noun))
    # ('never go back to a firework that has failed to go off': what an order or a denial is about, the clause says
    # which; 'Never go back to a firework.' alone forbids every one)
    verbs = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")]
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for v in verbs for c in v.children)
    ordered = any(v.tag_ == "VB" and v.dep_ in ("ROOT", "conj") and not has_subject(v) for v in verbs)
    placed = placed or (doc[start].lower_ == "that" and (denied or ordered))
    # ('It is an offence to run an HMO that needs a licence without one': what 'It is' judges is the doing of the
    # one the clause names, as 'It is best to use a spray that kills mould' is)
    root = noun.sent.root
    judged = root.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in root.children)
    judged = judged and any(v.tag_ == "VB" and any(c.lower_ == "to" for c in v.children) for v in verbs)
    placed = placed or (doc[start].lower_ == "that" and judged)
    # (a clause after what a short main clause defines says more of it, never which ones: 'Head lice are small insects
    # that live in hair')
    defines = start == noun.i + 1 and described_by_a_noun(noun)
    defining = _defining(clause, doc[start + 1 : end]) and not defines
    # ('a court order that places a child with X, until the child is 18': a time after what it defines is the clause's)
    timed = defines and end + 1 < len(doc) and doc[end].text == ","
    timed = timed and doc[end + 1].lower_ in ("until", "when", "unless", "if")
    if not of_noun or conditional or placed or defining or (last_verb >= end and not timed):
        return None
    if (_words(_text(doc[:start])) < 6 and not defines) or doc[start - 1].text == ",":
        return None
    # ('a consultation into a service which had to be closed': 'The service had to be closed', where 'This' could be
    # the consultation)
    first = doc[noun.left_edge.i]
    if said.startswith("This ") and noun.tag_ == "NN" and first.dep_ == "det" and first.lower_ in ("a", "an"):
        named = _text(doc[first.i + 1 : noun.i + 1])
        said = f"The {named} {said[5:]}" if _words(named) <= 3 else said
    # (the rest said as it follows the clause: 'such as damp, mould, excess cold' keeps the comma the parse split at)
    rest = _text(doc[end:])
    comma = doc[end - 1].text == "," or (end < len(doc) and doc[end].text == ",")
    rest = f", {rest}" if comma and rest else f" {rest}"
    # ('a skin infection that is very infectious but not usually serious': the parse may end the clause at its 'but',
    # where the words said of it already run on to the end)
    rest = "" if rest.strip() and said.endswith(rest.strip().strip(",").strip()) else rest
    return _standing([_text(doc[:start]), f"{said}{rest}".strip()])


def described_by_a_noun(noun: Token) -> bool:
    """Whether a short main clause says what its subject is by a noun described in words of its own ('Mumps is a viral
    infection', 'A cycle hangar is a secure shelter'), which says something without the clause after it; 'X is
    behaviour' or 'We help people' would not."""
    root = noun.head
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    indefinite = noun.doc[noun.left_edge.i].lower_ in ("a", "an") or (
        noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )
    described = any(c.dep_ in ("amod", "compound") and c.i < noun.i for c in noun.children)
    plain = noun.lower_ not in _VAGUE | _PEOPLE and not any(c.dep_ == "conj" for c in noun.children)
    return noun.dep_ == "attr" and verb_lemma(root) == "be" and bool(subjects) and indefinite and described and plain


_VAGUE = frozenset({"size", "way", "time", "place", "level", "amount", "point", "extent", "kind", "type", "sort",
                    "form", "manner", "stage", "degree", "number", "thing", "things", "one", "ones"})  # fmt: skip
_QUANTIFIERS = frozenset({"any", "no", "every", "each", "all", "some", "either", "neither"})
_PEOPLE = PERSONS | {"people", "those", "one"}
# A body of people, which 'who' can be about and 'They' names ('the outreach team, who will try to find them')
_BODIES = frozenset({"team", "service", "panel", "council", "charity", "organisation", "agency", "board",
                     "committee", "company", "helpline", "unit", "department", "office", "staff"})  # fmt: skip


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
    # ('footage that shows you': so does a thing counted as a whole, with no 'the' or 'a')
    bare = clause.head.tag_ in ("NNS", "NN") and not any(c.dep_ in ("det", "poss") for c in clause.head.children)
    # ('items that will not fit in your bin': what they will not do says which)
    will = any(c.lower_ == "will" for c in clause.children) and not any(c.dep_ == "neg" for c in clause.children)
    vague = vague or (bare and not will)
    # 'a disability or illness that means X': the clause may be about both, which 'This' is not ('policies and
    # laws that will change X': 'They' is)
    both = clause.head.dep_ == "conj" or any(c.dep_ == "conj" for c in clause.head.children)
    vague = vague or (both and not _agrees_plural(clause, True))
    # 'items that will not fit, such as A and B': the examples are of the things the clause names
    after = clause.right_edge.i + 1
    vague = vague or _text(clause.doc[after : after + 3]).lower().startswith((", such as", ", including", ", like"))
    # ('a copy of footage that shows you, which is known as X': a clause with an aside of its own stays whole)
    vague = vague or any(t.text == "," and t.i + 1 < len(t.doc) and t.nbor().lower_ in ("which", "who") for t in words)
    # 'recommend the improvements that will make the biggest difference': 'the' and the clause say which
    vague = vague or any(c.dep_ == "det" and c.lower_ == "the" for c in clause.head.children)
    # ('replacing a vehicle that does not meet the standards': what a thing does not do says which one)
    vague = vague or any(c.dep_ == "neg" for c in clause.children)
    # ('its own sick pay scheme that pays more than this': a thing weighed against another says which one)
    vague = vague or any(t.lower_ == "than" and t.head.tag_ in ("JJR", "RBR") and t.head.head == clause for t in words)
    # ('These can be signs of a serious infection that is making your throat swell': a thing that only may be, or may
    # be had, is the one the clause names)
    root = next((a for a in clause.head.ancestors if a.pos_ in ("VERB", "AUX")), clause.sent.root)
    vague = vague or (
        verb_lemma(root) in ("be", "have") and any(c.lower_ in _MAYBE for c in root.children if c.tag_ == "MD")
    )
    # ('only if there are 6 people, or you have a medical condition that produces a lot of waste': the clause is part
    # of what the condition asks)
    vague = vague or _IN_A_CONDITION.search(clause.doc[: clause.left_edge.i].text) is not None
    return passive or verb_lemma(clause) == "be" or about_people or counted or vague or _words(_text(words)) < 4


# A condition that runs on to where a clause begins: past no comma but one before 'or' or 'and' (another case)
_IN_A_CONDITION = re.compile(r"\b(?:if|unless)\b(?:[^,]|,\s+(?:or|and)\s)*$", re.IGNORECASE)


_MAYBE = frozenset({"can", "could", "may", "might"})


def _one_thing_said(clause: Token) -> bool:
    """Whether a clause's verb is said of one thing ('which is open', 'which has', not 'which have been agreed')."""
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    return (helpers[0] if helpers else clause).tag_ in ("VBZ", "MD")


# How the names of people who do a job or hold a place end ('keeper', 'supervisor', 'therapist', 'tenant')
_PERSON_ENDING = re.compile(r"(?:[^t]er|or|ist|ian|ant|(?<!m)ent)$")


_BESIDE = frozenset({"along", "alongside", "beside", "near", "around", "across", "by"})


def _thing_done_there(noun: Token, outer: Token | None, modal: bool) -> Token | None:
    """The thing a verb does at or along the place a relative clause hangs on, which may be what the clause is about
    ('planting 4,000 trees along the riverbanks, which will help X', where both are many, or both one; 'introduce
    new technology at 5 libraries, which would let X', after a modal, which says nothing of one or many); else outer."""
    beside = _BESIDE | ({"at"} if modal else set())
    if outer is None or outer.pos_ != "VERB" or noun.head.lower_ not in beside:
        return outer
    done = [c for c in outer.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < noun.i]
    done = [c for c in done if modal or _plural(c) == _plural(noun)]
    return done[0] if done else outer


_TEAMS = frozenset({"team", "teams", "group", "panel", "network", "staff", "crew", "crews", "squad", "unit"})


def unsure_of(doc: Doc, clause: Token, noun: Token, relative: str) -> bool:
    """Whether the noun a relative clause hangs on may not be what the clause is about."""
    # ('a team of doctors, nurses and therapists, who check on you': 'They' is the team and its members alike)
    if relative == "who" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _TEAMS:
        return not (noun.tag_ in _PLURAL_TAGS and clause.tag_ in ("VBP", "MD") and noun.head.head.dep_ != "conj")
    # 'an order covering the town centre, the bus station and the park, which would start in May': the end
    # of a list of three or more may be all of them, its last one, or what the list belongs to
    listed = any(c.dep_ == "conj" for c in noun.children) and noun.left_edge.i > 0
    listed = listed and doc[noun.left_edge.i - 1].text == ","
    # ('can include attacks, threats, damage to property and online abuse, which can be as harmful': the parse
    # hangs the clause on the first of a list of three or more, and it may be about the last)
    listed = listed or len(noun.conjuncts) >= 2
    # ('from Citizens Advice and from StepChange, who will not charge you': the last of two, or both?)
    listed = listed or (noun.dep_ == "pobj" and noun.head.dep_ == "conj")
    # ('a free meal every school day, which is worth £480 a year': a time said of something else is not what the
    # clause is about)
    timed = noun.dep_ in ("npadvmod", "tmod") or any(c.lower_ in ("every", "each") for c in noun.children)
    # ('£114.50 for 12 months, which can be paid in instalments': a length of time said of an amount)
    # ('during the first few days, which may slow X': what was done in that time, not the days, slows it)
    during = noun.dep_ == "pobj" and noun.head.lower_ in ("during", "for", "over", "within", "after", "before", "in")
    timed = timed or (noun.lower_ in TIME_UNITS and (during or any(c.dep_ == "nummod" for c in noun.children)))
    listed = listed or timed
    # 'ask for a visit after you have made the changes that we asked for, which will cost £210': a noun
    # with a clause of its own already, or inside a clause with 'after' or 'if'
    defined = any(c.dep_ == "relcl" and c.i < clause.i for c in noun.children)
    inner = any(a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children) for a in noun.ancestors)
    # 'a panel of officers and representatives of local charities, who will look at X': the panel, or the
    # charities?; 'many respondents to the consultation, who told us X': 'who' is not the consultation
    of_who = relative == "who" and noun.dep_ == "pobj" and noun.head.lower_ == "of"
    # 'the drop-off points in parks, which are listed on our website': the points, or the parks? Either
    # noun may be meant where both are many (or one) and both can be what 'which' or 'who' is about
    outer = noun.head.head if noun.dep_ == "pobj" else None
    # ('the recycling centre at Station Lane, which is open': the parse may hang 'at' on the verb; the place just
    # before a place's name is what a reader may take a clause said of one thing to be about)
    before = doc[noun.head.i - 1] if noun.dep_ == "pobj" and noun.head.i > 0 else None
    named_place = noun.pos_ == "PROPN" and noun.head.lower_ in ("at", "in", "on") and _one_thing_said(clause)
    outer = before if before is not None and before.pos_ == "NOUN" and named_place else outer
    # 'the body responsible for a school, which may be X': the body, or the school?
    of_who = of_who or (outer is not None and outer.pos_ == "ADJ")
    # ('The vaccine used in the programme, which is called X': the noun a participle hangs on may be meant)
    outer = outer.head if outer is not None and outer.dep_ == "acl" and outer.tag_ == "VBN" else outer
    # ('permits for the car park, which will be free': 'will' says nothing of one or many, so either may be meant)
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    finite = helpers[0] if helpers else clause
    neutral = finite.tag_ in ("MD", "VBD") and finite.lower_ not in ("was", "were")
    outer = _thing_done_there(noun, outer, finite.tag_ == "MD")
    if outer is not None and outer.pos_ in ("NOUN", "PROPN") and (neutral or _plural(outer) == _plural(noun)):
        people = outer.lower_ in _PEOPLE or outer.lower_ in _GROUPS
        of_who = of_who or (people if relative == "who" else not people)
    not_people = relative == "who" and not _plural(noun) and noun.lower_ not in _PEOPLE | _BODIES
    # ('write to the registered keeper, who will have 21 days': 'who' just after a person's noun says it is one)
    next_to = (
        clause.left_edge.i >= 2 and doc[clause.left_edge.i - 2] == noun and doc[clause.left_edge.i - 1].text == ","
    )
    next_to = next_to and _PERSON_ENDING.search(noun.lower_) is not None
    not_people = not_people and noun.pos_ == "NOUN" and not next_to
    # 'a new scheme for working-age people, which will start in April': 'which' is never people
    not_people = not_people or (relative == "which" and (noun.lower_ in _PEOPLE or noun.lower_ in _GROUPS))
    # 'Your insurance may be invalid, which means X': a clause after a comma that does not follow its noun is
    # about what was said before it
    start = clause.left_edge.i
    far = start >= 2 and doc[start - 1].text == "," and doc[start - 2] not in set(noun.subtree)
    # ('2 knives, more than £12,000 in cash and 14 phones, which will be examined': the parse may hang the clause on a
    # noun a comma before, the first of a list; the clause may be about the nearest thing or all of them)
    between = [t.lower_ for t in doc[noun.i + 1 : start - 1]]
    far = far or (
        start >= 2 and doc[start - 1].text == "," and "," in between and ("and" in between or "or" in between)
    )
    # ', which some women find painful': a clause with a subject of its own has 'which' for its object
    objects = sum(c.dep_ in SUBJECTS for c in clause.children) > 1
    # 'paid by the council, which will write to you': the doer, or what was done? 'This' could mean either,
    # and once the sentence is made active, 'This will write to you' follows 'The council will pay it'
    named = noun.pos_ == "PROPN" or any(c.lower_ == "the" for c in noun.children)
    main = noun.head.head.dep_ == "ROOT"  # the doer of the main verb, put first when the sentence is made active
    doer = noun.dep_ == "pobj" and noun.head.lower_ == "by" and relative == "which" and (named or main)
    # 'Citizens Advice on 0808 223 1133, who will pass X on': the parser hung the clause on the number
    number = noun.tag_ == "CD" and noun.text[:1].isdigit()
    # ('swelling at the side of the face, under the ears, which can make it look X': a place set off by commas
    # may come between 'which' and what it is about)
    preposition = noun.head if noun.dep_ == "pobj" else None
    set_off = (
        relative == "which" and preposition is not None and preposition.i > 0 and doc[preposition.i - 1].text == ","
    )
    # ('A, B, or problems with building safety, which are dealt with': a plural verb after one thing in a list
    # is about all of them, the last, or the thing that one is of)
    in_item = noun.dep_ == "conj" or any(a.dep_ in ("conj", "appos") and a.pos_ == "NOUN" for a in noun.ancestors)
    listed = listed or (in_item and not _plural(noun) and _agrees_plural(clause, False))
    # ('a fine line between A and neighbour disputes which can begin over X': a noun just before the clause, not the
    # one the parse hung it on, may be what it is about)
    # (not the thing 'of' names, 'a duty of care that makes X'; not a noun joined to it, 'policies and laws that X';
    # 'who' is said of people, 'an organisation in your area who are providing X')
    nearest = doc[start - 1]
    of_it = nearest.dep_ == "pobj" and nearest.head.lower_ == "of" and nearest.head.head == noun
    nearer = nearest.pos_ in ("NOUN", "PROPN") and nearest != noun and relative != "who"
    far = far or (nearer and not of_it and nearest not in noun.conjuncts)
    return listed or defined or inner or of_who or not_people or far or objects or doer or number or set_off


def defined_again(doc: Doc, clause: Token, said: str, defines: bool) -> list[str] | None:
    """A clause about what a short definition names, said with 'It' or 'They' where the name said again does not read
    as a sentence ('Head lice are small insects that live in hair': 'They live in hair.', the only thing meant)."""
    if not defines or said.split(maxsplit=1)[0] in ("It", "They"):
        return None
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    return _unmarked_aside(doc, clause, f"{pronoun_for(clause.head)} {_text(doc[start + 1 : end])}", False)


def pronoun_for(noun: Token) -> str:
    """'They' for a plural noun, 'It' for one thing."""
    return "They" if noun.tag_ in _PLURAL_TAGS else "It"

"""A relative phrase after a comma as a sentence of its own: ', after which your card is activated' ->
'After this, your card is activated.'; ', most of which involved X' -> 'Most of them involved X.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .linking import inside_an_if
from .parse import SUBJECTS
from .parser import parse, verb_lemma
from .syntax import _GROUPS, _PLURAL_TAGS, _plural, _standing, _text, _words, counted
from .wording import PERSONS, SAME_IN_THE_PAST, SHARES, TAKES_INFINITIVE, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# 'reports, in which X' / 'meetings, at which X' / 'a session, after which X': the preposition starts
# the new sentence, and 'which' becomes what it points back to.
_PREPOSITION_WHICH = re.compile(r",\s+(in|at|during|after|before|through|under|by|on)\s+which\s+")
# 'offences, a large share of which involved X' / 'callers, many of whom were X'
_TIMES = frozenset({"date", "deadline", "day", "time", "point", "week", "month", "year", "stage"})
_SHARE_OF_WHICH = re.compile(r",\s+((?:a |an |the )?[\w-]+(?:\s+[\w-]+){0,3}?)\s+of\s+(which|whom)\s+")
# The sentence goes on after the clause; or a closing phrase may belong to the main clause ('an analysis of
# calls, in which X accounted for 31%, together with a survey': the analysis and the survey).
# (and ', and an increase in fees': a thing after ', and' is more of a list the clause came inside)
_ENDS_CLAUSE = re.compile(
    r",\s+(?:if|when|unless|because|to|so|that|with|and\s+then|together\s+with|along\s+with|as\s+well\s+as"
    r"|and\s+(?:a|an|the|some|any|their|our|your))\b"
)


def _plural_before(body: str, at: int) -> bool | None:
    """Whether what 'which' after a comma points back to is plural: the noun just before the comma, and
    the noun the parse hangs the clause on, agree ('meetings, at which'); None if they do not ('meetings
    in every ward, at which': 'At this' or 'At these' would be a guess)."""
    doc = parse(body)
    nouns = [t for t in doc if t.idx < at and t.pos_ in ("NOUN", "PROPN")]
    which = [t for t in doc if t.idx > at and t.lower_ == "which"]
    if not nouns or not which:
        return None
    clause = next((a for a in which[0].ancestors if a.dep_ == "relcl"), None)
    nearest = nouns[-1].tag_ in _PLURAL_TAGS
    if clause is None or clause.head.pos_ not in ("NOUN", "PROPN"):
        return nearest
    head = counted(clause.head)  # 'the number of reports, in which': the reports
    return nearest if (head.tag_ in _PLURAL_TAGS) == nearest else None


def at_relative_phrase(body: str) -> list[str] | None:
    """'X, in which Y' -> 'X.' 'In these, Y.' (or 'In this, Y' after one thing); 'X, after which Y' ->
    'X.' 'After this, Y.'; 'X, most of which Y' -> 'X.' 'Most of them Y.' The clause must end the sentence:
    what follows it is its own, even 'and' a second verb ('in which callers rang people and asked for X')."""
    match = _PREPOSITION_WHICH.search(body) or _SHARE_OF_WHICH.search(body)
    if match is None or _ENDS_CLAUSE.search(body, match.end()):
        return None
    # ('ask for a review if you have reported an incident, in which you were targeted because of X': said alone, 'In
    # this, you were targeted' would be a fact, where it is part of the condition)
    # (', in which case X' is 'If so, X', of the whole condition)
    in_case = match.re is _PREPOSITION_WHICH and match.group(1) == "in" and body[match.end() :].startswith("case ")
    # ('if we cancel it, or if you are ill, in which case X': 'If so' would say X of both cases, not the last)
    choice = in_case and re.search(r"\bor\s+(?:if|when|unless)\b", body[: match.start()]) is not None
    if choice or (not in_case and inside_an_if(body[: match.start()])):
        return None
    rest = body[match.end() :]
    if match.re is _SHARE_OF_WHICH:
        # ('of these involved' reads to the parser as 'these involved people'; 'around £450,000, most of which
        # would be spent on signs': an amount is 'this')
        amount = re.search(
            r"[£$€]\d[\d,.]*(?:\s*(?:million|billion))?(?:\s+(?:a|each|per|every)\s+(?:year|month|week|day))?$",
            body[: match.start()],
        )
        # ('a charge for this service, part of which must be paid': part of it, the one thing named, where nothing
        # before is many: '214 offences during that period, a large share of which' is a share of them)
        many = any(t.tag_ in _PLURAL_TAGS for t in parse(body[: match.start()]))
        # ('one shed and one greenhouse, neither of which': 'neither' and its like are said of two or more)
        many = many or match.group(1).lower() in ("neither", "either", "both", "each", "all", "none")
        one = not many and _plural_before(body, match.start()) is False
        said = f"{match.group(1)} of {'this' if amount else 'it' if one else 'them'} {rest}"
        if not any(w in SHARES or w[:1].isdigit() for w in match.group(1).lower().split()):
            # ('an order, the effect of which will be X': a thing of it, not a share of them)
            plural = _plural_before(body, match.start())
            if plural is None:
                return None
            said = f"{match.group(1)} of {'these' if plural else 'this'} {rest}"

    elif match.group(1) == "in" and rest.startswith("case "):  # ', in which case X' -> 'If so, X'
        said = f"if so, {rest.removeprefix('case ')}"
    elif match.group(1) in ("after", "before", "during"):  # 'after which' is after the thing that happened
        rest = re.sub(r"^(?:time|period)\s+", "", rest)  # 'during which time landlords would': one 'time'
        said = f"{match.group(1)} this{' time' if match.group(1) == 'during' else ''}, {rest}"
    elif match.group(1) == "by":  # 'a deadline date, by which you must claim' -> 'By then, you must claim'
        before = body[: match.start()].split()
        if not before or before[-1].lower().rstrip("s") not in _TIMES:
            return None
        said = f"by then, {rest}"
    else:
        plural = _plural_before(body, match.start())
        if plural is None:
            return None
        said = f"{match.group(1)} {'these' if plural else 'this'}, {rest}"
    return _standing([body[: match.start()], said])


def _taking_verbs(clause: Token, which: Token) -> list[Token]:
    """The verbs of a 'which you do' clause that take the thing: 'which you will need to bring' -> 'bring' ('which you
    can use to book': 'use'); 'which you need to print, sign and send to X' -> all three."""
    verbs: list[Token] = []
    for joined in (clause, *clause.conjuncts):
        verb = joined
        while (verb != which.head or verb_lemma(verb) in TAKES_INFINITIVE) and any(
            c.dep_ == "xcomp" for c in verb.children
        ):
            verb = next(c for c in verb.children if c.dep_ == "xcomp")
        verbs += [verb, *(v for v in verb.conjuncts if v not in verbs and v.i > verb.i)] if verb != joined else [verb]
    return verbs


_EXAMPLES = frozenset({"as", "including", "like"})
_SELF = re.compile(r"(?:self|selves)$")
_CAUSING = frozenset({"cause", "create", "pose", "bring", "mean"})
_NOUNS = ("NOUN", "PROPN", "PRON")
# Words of where or when that stand alone after a verb, never a stranded preposition ('which we have set out below')
_WHERE_WORDS = frozenset({"below", "above", "overleaf", "beneath", "underneath", "before", "later", "nearby"})


def _owned_by_another_number(noun: Token) -> bool:
    """Whether a noun sits inside the phrase of another noun that 'it' or 'them' would not fit as well ('books in
    other languages' inside 'a collection of'), so a pronoun for the one may be read as the other's."""
    owner = noun
    # ('changes to our term dates for next year': a noun the parse tagged as a verb is still a noun where it is one's
    # object)
    while owner.dep_ == "pobj" and (owner.head.head.pos_ in _NOUNS or _noun_read_as_a_verb(owner.head.head)):
        owner = owner.head.head
        # ('Ask the pharmacist for a receipt, which you can use': 'it' is never a person; 'them' may be people)
        person = owner.lower_ in PERSONS or owner.lower_ in _GROUPS
        if owner.pos_ == "PRON" or (_plural(noun) if person else _plural(owner) != _one_or_more(noun)):
            return True
    return False


def _either(noun: Token) -> bool:
    """Whether a noun is one of singular things joined by 'or' ('burial or cremation': whichever it is, it is one)."""
    joined = (noun, *noun.conjuncts)
    either = len(joined) > 1 and any(c.dep_ == "cc" and c.lower_ == "or" for t in joined for c in t.children)
    return either and all(t.tag_ not in _PLURAL_TAGS for t in joined)


def _noun_read_as_a_verb(token: Token) -> bool:
    """Whether the parse tagged as a verb a word it made a preposition's object ('changes to our term dates')."""
    return token.dep_ == "pobj" and token.pos_ in ("VERB", "AUX")


def _one_or_more(noun: Token) -> bool:
    """Whether 'them' fits a noun: not one of singular things joined by 'or' ('a certificate for burial or cremation,
    which you should take': it)."""
    return _plural(noun) and not _either(noun)


# Verbs that take no thing of their own, only a word after them ('apply for', 'wait for', 'go to')
_TAKE_NO_THING = frozenset({"apply", "qualify", "register", "wait", "go", "come", "travel", "live", "vote", "enrol",
                            "talk", "speak", "stay", "listen", "arrive"})  # fmt: skip
# Words of how much, which 'which' after them may say the cost of, not the many things ('thousands of pounds')
_AMOUNTS = frozenset({"thousand", "thousands", "hundred", "hundreds", "million", "millions", "lots", "dozens"})


def _just_before(noun: Token, which: Token) -> bool:
    """Whether a noun's phrase ends just before the comma of its 'which', its last word a noun that 'it' or 'them'
    says as well ('a certificate for burial or cremation, which you must give': 'it' is either)."""
    last = which.doc[which.i - 2]
    same = last.pos_ in ("NOUN", "PROPN") and _plural(last) == _one_or_more(noun)
    within = all(noun in t.ancestors for t in which.doc[noun.i + 1 : last.i + 1])
    return noun.i == which.i - 2 or (noun.i < last.i and within and same)


def _which_done_to(doc: Doc) -> tuple[Token, Token, Token | None] | None:
    """A 'which' after a comma that is what a relative clause with a subject of its own does something to, the clause,
    and the preposition it was left at the end of, if any ('which you must apply for')."""
    which = next((t for t in doc if t.lower_ == "which" and t.i > 1 and doc[t.i - 1].text == ","), None)
    clause = next((a for a in which.ancestors if a.dep_ == "relcl"), None) if which is not None else None
    if which is None or clause is None or which.dep_ not in ("dobj", "pobj") or clause.right_edge.i < len(doc) - 2:
        return None
    if not any(c.dep_ == "nsubj" and c.i > which.i for c in clause.children):
        return None
    # (the 'for' left at the end takes 'it', after the one verb it hangs on)
    stranded_by = which.head if which.dep_ == "pobj" else None
    if stranded_by is not None and (stranded_by.i < which.i or stranded_by.head != clause or clause.conjuncts):
        return None
    return which, clause, stranded_by


def at_which_you_do(body: str) -> list[str] | None:
    """'a consent form, which you should fill in and return by the date' -> 'a consent form.' 'You should fill it
    in and return it by the date.': a clause that does something to the thing just named, said with 'it' (or
    'them') where 'which' was, after every verb that takes it."""
    doc = parse(body)
    found = _which_done_to(doc)
    if found is None:
        return None
    which, clause, stranded_by = found
    noun = clause.head
    # ('a particular officer, which you should do through X': 'which' is the complaining, not the officer)
    person = noun.lower_ in PERSONS or noun.lower_ in _GROUPS or noun.lower_ in ("people", "those")
    # ('ask for an inspection once it has made improvements, which we will carry out': the parse may hang
    # 'which' on the nearer noun inside a clause of time or condition)
    # ('the code that your school sends you before each holiday, which you enter': the noun inside a clause of
    # another noun may not be what 'which' is about)
    person = person or any(a.dep_ in ("advcl", "relcl") for a in noun.ancestors)
    # ('decisions, such as paying bills and selling your home, which your attorneys can make': the last of a list or
    # of examples may not be what 'which' is about)
    listed = [a for a in noun.ancestors if a.dep_ == "conj" and (a.pos_ in ("NOUN", "PROPN") or a.tag_ == "VBG")]
    person = person or bool(listed) or any(a.dep_ == "prep" and a.lower_ in _EXAMPLES for a in noun.ancestors)
    # ('a collection of books in other languages, which we can add to': the collection, not the languages; but 'a
    # sticker for your bin, which you must put on the lid' is 'it' whichever of the two is meant)
    person = person or _owned_by_another_number(noun)
    # ('can cost thousands of pounds, which your insurance may not cover': the cost, not 'them')
    person = person or noun.lower_ in _AMOUNTS or noun.tag_ == "CD"
    # ('grit bins across the county, which we fill': the parse may hang the place on the verb; the thing just before
    # it may still be what 'which' is about)
    # ('Ask our team for a form, which you fill in': one thing or the other, 'it' says either)
    before = doc[noun.head.i - 1] if noun.dep_ == "pobj" and noun.head.i > 0 else None
    before = before if before is not None and before.pos_ in ("NOUN", "PROPN") else None
    numbered = before is not None and _plural(before) != _one_or_more(noun)
    person = person or (numbered and before is not None and before.lower_ not in TIME_UNITS)
    # ('a premises licence or a temporary event notice, which you must apply for': 'it' is whichever one you need)
    # ('does not include X or Y, which you must pay for': after 'not', 'or' is both, never whichever)
    either = _either(noun)
    either = either and not any(t.dep_ == "neg" for t in doc[: which.i])
    if noun.pos_ not in ("NOUN", "PROPN") or not _just_before(noun, which) or (noun.conjuncts and not either) or person:
        return None
    pronoun = "them" if noun.tag_ in _PLURAL_TAGS else "it"
    after: dict[int, str] = {stranded_by.i: pronoun} if stranded_by is not None else {}
    for verb in _taking_verbs(clause, which) if stranded_by is None else ():
        # ('your certificate, which you will need to apply for a passport': needed, to apply for another thing)
        reached = verb != clause and verb_lemma(verb) in _TAKE_NO_THING
        done = any(c.dep_ in ("dobj", "ccomp", "auxpass") and c != which for c in verb.children)
        if verb.pos_ != "VERB" or reached or done:
            return None
        # ('which you must keep to': a bare 'to' the parse may take for a verb's)
        # ('which you must pay for yourself': 'yourself' is who pays, so 'it' goes after 'for'; so does 'online')
        stranded = [
            c
            for c in verb.children
            if (c.dep_ == "prep" or c.tag_ == "TO")
            and c.i > verb.i
            and c.lower_ not in _WHERE_WORDS
            and all(_SELF.search(k.lower_) or k.pos_ in ("ADV", "ADJ") for k in c.children)
        ]
        # ('which you may have to pay towards depending on X': where 'it' goes is not clear)
        # (a phrase of means, 'by calling X', is no stranded word)
        loose = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ not in ("by", "with")]
        if any(list(c.children) and not any(k.dep_ == "pobj" for k in c.children) for c in loose):
            return None
        # 'fill it in', 'ask for it', 'download it'
        # ('block payments to gambling companies, which most banks can do': what is done is the blocking, 'this')
        after[stranded[0].i if stranded else verb.i] = "this" if verb_lemma(verb) == "do" else pronoun
    words = [t.text_with_ws if t.i not in after else f"{t.text} {after[t.i]}{t.whitespace_}" for t in doc]
    said = "".join(words[which.i + 1 :]).strip()
    # ('medicines, which you should take to a pharmacy, or pads and bags, which can go in your bin': a thing with its
    # own 'which' after ', or' goes on with the sentence's list, which the first clause ends before)
    # ('a code, which you can get online and which lasts 21 days': a second clause of the thing goes with the first)
    if _ANOTHER_THING_AND_ITS_CLAUSE.search(said) or re.search(r"\b(?:and|or)\s+(?:which|who)\b", said):
        return None
    return _standing([_text(doc[: which.i - 1]), said])


_ANOTHER_THING_AND_ITS_CLAUSE = re.compile(r",\s+(?:or|and)\s+[^,]+,\s+which\s")


# Words for people that a closing 'to X who Y' or 'for X who Y' says who something is for.
_WHOM = frozenset({"people", "person", "adults", "children", "anyone", "everyone", "those", "residents",
                   "households", "tenants", "families", "parents", "carers", "pupils", "students", "patients",
                   "drivers", "owners", "workers", "claimants", "businesses", "users", "women", "men"})  # fmt: skip
_NEEDED_FOR = ("needed", "required", "necessary", "suitable", "available", "eligible", "open")
SHORTEST_FOR = 5  # words of 'for X who Y': 'for people who drive' stays where it is


# Endings of describing words ('vulnerable', 'local', 'lonely'), which the parse may read as a verb after 'will'
_DESCRIBING_END = re.compile(r"(?:able|ible|ous|ful|ive|al|ic|less|ly|ed|er|est|ent|ant)$")


def at_for_whom(body: str) -> list[str] | None:
    """'The vaccine is offered free to adults who are at higher risk from flu' -> 'The vaccine is offered
    free.' 'This vaccine is for adults who are at higher risk from flu.' (who a thing is for, said after it: a
    closing 'to' or 'for' people with a 'who' clause that says which people)."""
    doc = parse(body)
    last = max((t.i for t in doc if not t.is_punct), default=-1)
    for token in doc:
        if token.lower_ not in ("to", "for") or token.tag_ != "IN" or token.right_edge.i < last:
            continue
        people = [c for c in token.children if c.dep_ == "pobj" and c.lower_ in _WHOM]
        if not people or not any(c.dep_ == "relcl" and doc[c.left_edge.i].lower_ == "who"
                                 and doc[c.left_edge.i].dep_ in SUBJECTS for c in people[0].children):  # fmt: skip
            continue
        # ('employ more officers to fine people who drop litter': a verb the parse took for a describing word)
        word = doc[token.i + 1].lower_
        verb = parse(f"We will {word} people.")[2].tag_ == "VB" and not _DESCRIBING_END.search(word)
        # ('and to look out for anyone who X': whom a verb with 'for' is done to, not whom a thing is for)
        done_for = token.lower_ == "for" and (doc[token.i - 1].pos_ == "VERB" or doc[token.i - 1].dep_ == "prt")
        if (token.lower_ == "to" and verb) or done_for:
            continue
        phrase, main = _text(doc[token.i + 1 :]), _text(doc[: token.i])
        # ('to adults who X, and to women who Y': 'for' both)
        also = [c for c in token.children if c.dep_ == "conj" and c.lower_ == token.lower_ == "to"]
        if also:
            phrase = _text(doc[token.i + 1 : also[0].i]) + " for " + _text(doc[also[0].i + 1 :])
        # ('a special alarm for people who are deaf, which vibrates': the clause after the people is the alarm's)
        if token.i < 1 or doc[token.i - 1].text == "," or _words(phrase) < SHORTEST_FOR or _words(main) < 6:
            continue
        # ('given to the pupils who live closest, and then to those who X': never 'X, and then.')
        # ('dangerous for everyone but especially for people who X': never 'but especially.', nor 'only.', 'even.')
        focused = re.search(r"\b(?:and|or|but|then|especially|particularly|mainly|mostly|only|even|just|also)$", main)
        if re.search(r",\s+(?:which|who|where)\b", phrase) or focused:
            continue
        # ('the cap is £22,020 for couples, and £14,753 a year for single adults who X': whom the last amount is for,
        # which 'This is for' after both would make whom both are for)
        last_of_two = re.search(r",\s+(?:and|or)\s+((?:[^,]|(?<=\d),(?=\d))*)$", main)
        if last_of_two and not any(t.pos_ in ("VERB", "AUX") for t in parse(last_of_two[1])):
            continue
        if doc[token.i - 1].lower_ in ("is", "are", "was", "were", "be", "been", *_NEEDED_FOR):
            continue  # 'and band D is for people who X': whom it is for is all the clause says ('needed for': too)
        # 'writing to everyone who gets X': 'to' after a verb with no thing given is whom it is done to, not
        # whom a thing is for ('gives a free collection to residents who X' gives a thing). 'is only given to
        # those who claim': 'only' those.
        head = token.head
        # ('give it to anyone who X': a thing already named is given to them, not made for them)
        given = head.tag_ == "VBN" or any(c.dep_ == "dobj" and c.tag_ != "PRP" for c in head.children)
        done_to = token.lower_ == "to" and head.pos_ in ("VERB", "AUX") and not given
        # ('search for tenants who want to swap': 'search for', 'look for', 'care for' is one doing)
        done_to = done_to or (head.pos_ == "VERB" and head.i == token.i - 1 and not given)
        # ('a licence if your property is rented to 5 or more people who X': whom is part of the condition)
        # ('any flat which is let to 3 or 4 people who share a kitchen': whom is part of a thing's own clause too)
        conditioned = any(
            (a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children)) or a.dep_ == "relcl"
            for a in [head, *head.ancestors]
        )
        # ('tablets for adults and drops for children who X', 'help for home owners, and extra money for people who X':
        # whom the last of two things is for, where the first has its own, said as 'This is for ...' after both would
        # be whom both are for)
        first = head.head if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "conj" else None
        listed = first is not None and any(
            t.lower_ == token.lower_ and t.dep_ == "prep" for t in doc[first.left_edge.i : head.left_edge.i]
        )
        # ('passed on to the next person who is waiting for it or returned to the shelf': the second done thing is
        # the passing's other, which the parse hung on the people's verb)
        clause = next(c for c in people[0].children if c.dep_ == "relcl")
        done = [
            c
            for c in clause.children
            if c.dep_ == "conj" and (c.tag_ in ("VBN", "VBD") or c.lower_ in SAME_IN_THE_PAST)
        ]
        listed = listed or (head.tag_ == "VBN" and clause.tag_ not in ("VBN", "VBD") and bool(done))
        # ('can cause difficulties for families who X': whom a thing caused falls on, not whom it is for)
        caused = head.dep_ == "dobj" and verb_lemma(head.head) in _CAUSING
        if done_to or conditioned or listed or caused or any(t.lower_ == "only" for t in doc[: token.i]):
            continue
        # 'to make it easier for people who live here to park': 'for X to do Y' is one phrase of the verb
        if doc[token.i - 1].pos_ == "ADJ" or any(_infinitive_of_the_phrase(t) for t in doc[token.i + 1 : last]):
            continue
        return _standing([main, f"{_what_is_for(token)} for {phrase}"])
    return None


def _infinitive_of_the_phrase(token: Token) -> bool:
    """Whether a 'to' starts a verb that is not what the people's own verb takes ('who wish to subscribe'
    is theirs; in 'for people who live here to park' the 'to park' goes with 'for')."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.lower_ != "to" or following is None or following.tag_ != "VB":
        return False
    return not (token.dep_ == "aux" and token.head.dep_ == "xcomp")


def _what_is_for(preposition: Token) -> str:
    """'This help is' (or 'These kits are') for what the 'to' or 'for' belongs to, named so that the new
    sentence says what it is about even when other sentences come between: the noun it hangs on, or the
    object (or the passive subject) of its verb; 'This is' when there is none."""
    head = preposition.head
    # ('offered free every year to people who X': the parse may hang whom on a time said of the verb)
    head = head.head if head.dep_ == "npadvmod" else head
    if head.pos_ != "NOUN":
        things = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
        head = things[0] if things else head
    # ('the cost of school uniform for children who X': the children may be the cost's or the grant's)
    # ('advice and help to anyone who X': for both things, not the help alone)
    first = head
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    if head.pos_ != "NOUN" or (first.dep_ == "pobj" and first.head.head.pos_ == "NOUN"):
        return "This is"
    if first is not head or any(c.dep_ == "conj" for c in head.children):
        start = min([first.i, *(c.i for c in first.children if c.dep_ in ("amod", "compound"))])
        both = _text(first.doc[start : max(t.i for t in (first, *first.conjuncts)) + 1])
        # ('training and apprenticeships': with a plural among them, 'This X and Ys is' is wrong and 'These' worse)
        plural = any(t.tag_ in ("NNS", "NNPS") for t in (first, *first.conjuncts))
        return f"This {both} is" if _words(both) <= 5 and not plural else "This is"
    # ('a free check-up for adults': the whole hyphened word, not 'This up is')
    start = head.i
    while start >= 2 and head.doc[start - 1].text in ("-", "–") and not head.doc[start - 2].whitespace_:
        start -= 2
    word = head.doc[start : head.i + 1].text
    return f"These {word} are" if head.tag_ == "NNS" else f"This {word} is"

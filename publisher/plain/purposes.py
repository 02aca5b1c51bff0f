"""A purpose that closes a sentence, said as a sentence of its own: 'X, to do Y' -> 'X.' 'This is to do
Y.', unless the 'to' clause says what a word before it is like, needs or is for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .linking import in_closing_condition
from .orders import reads_as_an_order
from .parse import SUBJECTS
from .parser import parse, verb_lemma
from .purpose_objects import another_receiver, object_before
from .syntax import _standing, _text, _words
from .wording import TAKES_TO, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_GETTING = frozenset({"buy", "get", "order", "collect", "borrow", "hire", "download", "request", "obtain", "pick"})
_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_NOT_FOR_PURPOSE = frozenset({"needed", "necessary", "required", "possible", "important", "able", "used"})


# Nouns whose 'to' clause says what they are (help to claim, time to reply, the right to appeal)
_NOUNS_WITH_TO = frozenset({"help", "support", "advice", "time", "money", "chance", "right", "way", "opportunity",
                            "permission", "decision", "plan", "plans", "ability", "need", "reason", "request",
                            "attempt", "power", "powers", "duty", "freedom", "funding", "training", "someone",
                            "somebody", "anyone", "anybody", "something", "anything", "somewhere", "nothing",
                            "nobody", "place", "places", "space", "spaces", "thing", "things", "obligation",
                            "obligations", "steps"})  # fmt: skip
# Nouns that take a 'to' of what is asked for where they are a verb's object ('received an application from the police
# to review the licence'), not where a phrase of time holds them ('within 90 days of your application to tell you')
_ASKED_FOR_WITH_TO = frozenset({"application", "applications", "proposal", "proposals", "bid", "offer", "invitation"})


# Words before a noun that a 'to' clause after it finishes ('the first person to reply', 'the only way to know')
_WHICH_OF_MANY = frozenset({"first", "last", "only", "next", "latest", "earliest", "second", "third"})


def _what_a_noun_is_for(doc: Doc, start: int) -> bool:
    """Whether the 'to' clause at start says what a noun before it is for, which the noun needs to say what it is:
    'get free help to make your claim', 'a legal duty of care to make sure X' (after a phrase of its own), 'a legal
    obligation (duty of care) to take all reasonable measures' (before its bracket)."""
    opened = [t.i for t in doc[:start] if t.text == "("] if start >= 2 and doc[start - 1].text == ")" else []
    named = opened[-1] - 1 if opened else start - 1
    if named >= 0 and doc[named].lower_ in _NOUNS_WITH_TO:
        return True
    # ('how far away the last child to get a place lived': which child, not what for)
    if named >= 0 and any(c.lower_ in _WHICH_OF_MANY and c.i < named for c in doc[named].children):
        return True
    # ('a duty of care to X', 'a duty on the Home Secretary to X', 'gives new powers to the Home Office to X': the noun
    # before the phrase of whom or what)
    last = doc[start - 1]
    if start < 1 or last.dep_ != "pobj" or last.head.dep_ not in ("prep", "dative"):
        return False
    owner = last.head.head
    # ('bring someone with you to help you vote': the parse may hang the phrase on the verb, whose object it follows)
    if last.head.dep_ == "dative" or owner.pos_ in ("VERB", "AUX"):
        owner = next((c for c in owner.children if c.dep_ == "dobj" and c.i < start), owner)
    asked_for = owner.lower_ in _ASKED_FOR_WITH_TO and owner.dep_ in ("dobj", "nsubjpass")
    return owner.lower_ in _NOUNS_WITH_TO or asked_for


def _last_of_things(word: Token) -> bool:
    """Whether a noun straight before a 'to' clause is the last of a list of things with commas ('fluids, oxygen or
    medicine to raise their blood pressure'), whose purpose may be that thing's alone."""
    if word.pos_ != "NOUN" or word.dep_ != "conj" or word.i == 0:
        return False
    first = word
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    return first.i < word.i and any(t.text == "," for t in word.doc[first.i : word.i])


def _inside_a_clause(word: Token) -> bool:
    """Whether a word is in a clause that hangs on the main one: a clause with 'if', 'when' or 'after', or
    a relative clause ('refer people who are at risk to support services': the 'to' is not theirs)."""
    for verb in (word, *word.ancestors):
        # ('and whether you are taking steps to improve it': a clause with a mark joined to the main verb)
        marked = verb.dep_ in ("advcl", "ccomp", "conj") and any(c.dep_ == "mark" for c in verb.children)
        if verb.dep_ == "relcl" or marked:
            return True
    return False


_WHEN_DONE = frozenset({"first", "later", "now", "again", "instead", "then", "too"})
_TIMES_TAKEN = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "time", "while", "long", "longer"}
)


def _time_taken(verb: Token, start: int) -> bool:
    """Whether a verb is 'take' with a length of time before the 'to' ('takes 6 hours to charge'), or 'it
    takes' ('whatever it takes to stop X')."""
    doc = verb.doc
    taken = [t for t in doc[verb.i + 1 : start] if t.dep_ in ("dobj", "npadvmod") or t.head == verb]
    times = any(t.lower_.removesuffix("s") in _TIMES_TAKEN for t in taken)
    # ('whatever it takes to stop X': what is needed, not what for)
    times = times or any(c.lower_ == "it" and c.dep_ in SUBJECTS for c in verb.children)
    return times and verb_lemma(verb) == "take"


_TAKE_TO = frozenset({"restricted", "limited", "entitled", "subject", "due", "related", "linked", "open", "available",
                      "equal", "similar", "committed", "accustomed"})  # fmt: skip


# Verbs whose 'to' is the preposition they take, hardly ever a purpose's ('listen to', 'belong to', 'lead to').
_TO_WHAT = frozenset({"listen", "belong", "refer", "object", "lead", "contribute", "reply", "respond", "travel",
                      "return"})  # fmt: skip


# Verbs whose 'to' clause says what the person they name will do ('choose people you trust to make decisions',
# 'rely on residents to tell us').
_ASK = frozenset({"ask", "tell", "allow", "let", "encourage", "invite", "want", "expect", "require", "advise", "remind",
                  "urge", "persuade", "force", "enable", "permit", "instruct", "order", "choose", "appoint",
                  "nominate", "pick", "select", "rely", "depend", "count", "wait", "time", "schedule",
                  "plan", "design", "help", "support", "assist"})  # fmt: skip


# Verbs whose object is made to do what the 'to' says ('set the heating to come on at 6am')
_SET_TO = frozenset({"set", "program", "programme", "configure"})
_IN_A_PHRASE = frozenset({"pobj", "prep", "poss", "det", "amod", "compound"})


def _for_someone(doc: Doc, start: int) -> bool:
    """Whether the words right before a 'to' are a 'for' phrase that the 'to' clause goes on ('an appointment for one
    of our plumbers to visit your home': the plumber is to visit, which is no purpose of the booking)."""
    word = doc[start - 1] if start >= 1 else None
    # ('for our contractor, Northway Building Services, to carry out X': from the comma that closes a name, its noun)
    word = word.head if word is not None and word.text == "," and word.head.i < word.i else word
    # ('for our damp and mould officer to visit': the parse may join the words of one noun as things of a list; not
    # those of a name, 'the Department for Work and Pensions to help with the cost')
    while (
        word is not None
        and (word.dep_ in _IN_A_PHRASE or (word.dep_ == "conj" and word.is_lower))
        and word.lower_ != "for"
    ):
        word = word.head if word.head != word else None
    # ('suspended for 4 weeks to allow the crews to help': a time is no one to do it)
    timed = word is not None and any(t.lower_ in TIME_UNITS for t in doc[word.i : start])
    # ('arranged for our contractor, Northway Building Services, to carry out X': a name between commas is no break)
    between = re.sub(r",\s+(?:[A-Z][\w&'-]*\s*)+,\s*$", " ", doc[word.i : start].text) if word is not None else ","
    return word is not None and word.lower_ == "for" and "," not in between and not timed


# Verbs that take a thing: after a noun, with no thing of their own, the noun is what they take ('ideas and
# activities to try at home', 'a book to read on the train'), which says what the noun is for, not why.
_TAKE_A_THING = frozenset(
    "try read use eat drink watch buy keep wear play fill complete sign carry choose cook".split()
)


def _points_back(purpose: Span) -> bool:
    """Whether a purpose does something to 'this' ('left a tag to explain this': 'This is to explain this' would
    point twice, at two things), or is what the noun before it is for ('activities to try at home')."""
    verb = purpose.root
    before = purpose.doc[purpose.start - 1] if purpose.start else None
    taken = not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    of_the_noun = before is not None and before.pos_ == "NOUN" and verb_lemma(verb) in _TAKE_A_THING and taken
    return of_the_noun or any(t.lower_ in ("this", "these") and t.dep_ in ("dobj", "pobj") for t in purpose)


def _no_purpose(doc: Doc, verb: Token, start: int) -> bool:
    """Whether a 'to' clause is no purpose to say on its own: a name ('report it to Report Fraud online': a verb
    with a capital inside a sentence is a name's first word), inside a ban ('You must not run a cable across the
    pavement to charge your car': what is forbidden is the running for that purpose; after a comma the purpose
    is the ban's own), followed by more of the main clause ('visit you to check X, and may arrange Y': a verb
    with its own helper after 'and' is no part of the 'to' clause), or of one of the ways listed ('by subletting it
    or giving false details to get a home': one of them)."""
    negated = any(c.dep_ == "neg" for c in verb.head.children) and doc[start - 1].text != ","
    # ('considering X and then working with Y to save water': with 'and', the purpose of them all)
    ways = [verb.head, verb.head.head] if verb.head.dep_ == "conj" else [verb.head]
    way = verb.head.tag_ == "VBG" and any(c.dep_ == "cc" and c.lower_ == "or" for w in ways for c in w.children)
    helped = any(
        t.dep_ == "conj" and any(c.tag_ == "MD" for c in t.children) and not _in_a_relative(t, verb)
        for t in verb.subtree
    )
    # ('set the cylinder to store water at 60 degrees': what it is set to do; 'set up a line to take calls' is why)
    made_to = verb_lemma(verb.head) in _SET_TO and not any(c.dep_ == "prt" for c in verb.head.children)
    # ('remanded in custody to appear at the Crown Court on 24 March': when they are due in court, no purpose)
    in_court = verb_lemma(verb) == "appear" and _COURT.search(doc[start:].text) is not None
    return (verb.is_title and verb.i > 0) or negated or helped or way or made_to or in_court


_COURT = re.compile(r"\b(?:court|tribunal|magistrates)\b", re.IGNORECASE)


def _in_a_relative(token: Token, top: Token) -> bool:
    """Whether a word is inside a relative clause below a verb ('to rule out causes, which can cause X and can
    be treated': the second helper is the clause's), or inside a clause that verb takes."""
    chain = [a for a in token.ancestors if top in a.ancestors]
    # ('to check that their ears are healthy and that they can hear': or in a clause the purpose's verb takes)
    return any(a.dep_ == "relcl" for a in (token, *chain)) or any(a.dep_ == "ccomp" for a in chain)


def _another_order(purpose: Token) -> bool:
    """Whether an order's purpose goes on to a second order ('Please check the instructions, to see whether X, and
    make sure that Y'), which the parse may hang on the purpose's verb: not a second purpose."""
    head, doc = purpose.head, purpose.doc
    ordered = head.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in head.children)
    # ('call us to book, or book online using the app': the parse may take the second 'book' for a thing booked)
    second = re.search(r",\s+(?:and|or)\s+([a-z].*)$", _text(doc[purpose.i :]))
    return ordered and (
        any(c.dep_ == "conj" and c.tag_ == "VB" and doc[c.i - 2].text == "," for c in purpose.children)
        or (second is not None and reads_as_an_order(second.group(1)))
    )


_TIMED_OR_EXAMPLES = re.compile(
    r",\s+(?:ideally|preferably|usually|normally|within|before|by|such as|for example|including)\b"
    # ('Drink fluids to avoid dehydration, taking small sips': how to do the main thing, after its purpose)
    r"|,\s+(?!(?:including|following|regarding|depending|according|starting|beginning|during|morning|evening|"
    r"something|anything|nothing|everything|building|spring)\b)[a-z]+ing\s"
    # ('a warden to improve the area and a youth project to support young people': a second thing, with its own 'to')
    # (not 'and the work that we intend to carry out': a clause of the thing's own)
    r"|\band\s+(?:a|an|the|another|new|more)\s+(?:(?!(?:that|which|who|we|you|they|it|i)\b)[\w-]+\s+){0,4}to\s+[a-z]+\b"
    # ('an allowance for each child, to cover the cost, and a fee for your skills': a second thing got, no clause)
    r"|,\s+and\s+(?:a|an|another)\s+(?:(?!(?:will|is|are|was|were|can|may|must|should|has|have)\b)[\w'-]+\s*){1,5}(?:,|$)"
)


# ('a team to tidy the area and a youth club to give X': the last thing's own 'to', after another's)
_SECOND_THING = re.compile(r"\bto\s+[a-z]+\b[^,]*\band\s+(?:a|an|the|another|new|more)\s+(?:[\w-]+\s+){0,3}[\w-]+$")


# (and 'put pressure on people to decide': what they are pushed to do)
_EFFORT = frozenset({"best", "utmost", "effort", "everything", "efforts", "pressure", "all", "anything", "whatever"})


def _cost_of_doing(verb: Token) -> bool:
    """Whether a verb says what doing something costs or how long it takes ('costs £400 a year', 'takes 8 weeks'), so
    that a 'to' after it says what is done, not why."""
    timed = any(c.dep_ == "dobj" and c.lower_ in TIME_UNITS for c in verb.children)
    return verb_lemma(verb) == "cost" or (verb_lemma(verb) == "take" and timed)


def _given_to_do(token: Token, start: int) -> bool:
    """Whether a 'to' clause straight after what someone is paid or given is theirs to do ('We pay them a small
    amount to take part', 'give your family a budget to make their own arrangements'), where 'This is to' would
    say the giver does it; after a comma it is the giver's purpose ('offering your child a test, to check')."""
    # (the parse may read the one given to as a second object: 'pay the cafes a small fee')
    objects = [c.dep_ for c in token.head.children if c.dep_ in ("dative", "dobj")]
    given = verb_lemma(token.head) in ("pay", "give") and ("dative" in objects or len(objects) > 1)
    return given and start >= 1 and token.doc[start - 1].text != ","


def _clause_of_purpose(verb: Token, start: int) -> bool:
    """Whether the parse reads a 'to' clause as a purpose: an adverbial clause, or one it hangs on a verb as what is
    done ('have an asthma review at least once a year, to check X') where a comma parts it from that verb's object."""
    if verb.dep_ == "advcl":
        return True
    head, doc = verb.head, verb.doc
    done = verb.dep_ == "xcomp" and start >= 1 and doc[start - 1].text == ","
    # ('use a different phone, such as a mobile, to call your bank': a comma that closes an aside parts nothing)
    done = done and not any(t.text == "," for t in doc[head.i : start - 1])
    return done and any(c.dep_ == "dobj" and c.i < start for c in head.children)


def _inside_what_is_let(token: Token) -> bool:
    """Whether a 'to' clause hangs on a verb that says what someone is let or asked to do ('lets you drive to park')."""
    return token.head.dep_ in ("ccomp", "xcomp") and verb_lemma(token.head.head) in _ASK


def at_purpose(body: str) -> list[str] | None:
    """'X, to do Y' (a purpose clause that ends the sentence) -> 'X.' 'This is to do Y.'"""
    doc = parse(body)
    for token in doc:
        start = token.left_edge.i
        purpose = _clause_of_purpose(token, start) and token.tag_ == "VB" and doc[start].lower_ == "to"
        purpose = purpose and not token.like_email and not _no_purpose(doc, token, start)
        # 'find it difficult to walk', 'free to leave', 'it will be necessary to close the road': what the
        # word before is like, not a purpose ('the action needed to stop X' still says what it is for)
        after_be = start >= 2 and doc[start - 2].lower_ in _BE and doc[start - 1].lower_ in _NOT_FOR_PURPOSE
        purpose = purpose and token.head.pos_ != "ADJ" and not after_be
        # ('you do not need proof of address to do so': 'to do so' says again what was just said, and alone
        # says nothing)
        again = verb_lemma(token) == "do" and token.right_edge.lower_ in ("so", "this", "that", "it")
        # ('buy a cream to treat scabies from a pharmacy without a prescription': where and how it is got are the
        # getting's, which the parse may hang on the verb of the purpose)
        got = verb_lemma(token.head) in _GETTING and any(
            c.dep_ == "prep" and c.lower_ in ("from", "at", "without", "online") for c in token.children
        )
        purpose = purpose and not again and not got
        purpose = purpose and not _what_a_noun_is_for(doc, start)
        # ('compared with the 95% needed to stop it spreading': a level needed for it, not what was done for it)
        level = start >= 2 and doc[start - 1].lower_ in ("needed", "required")
        purpose = purpose and not (level and (doc[start - 2].text == "%" or doc[start - 2].like_num))
        # ('give you 28 days to improve it': the time given is for doing it; 'closed for 4 weeks to repair it',
        # 'contact you within 5 days to talk' are purposes)
        given_time = start >= 2 and doc[start - 1].lower_ in TIME_UNITS and doc[start - 1].dep_ == "dobj"
        # ('We pay them a small amount to take part': theirs to do, where 'This is to' would say we do it)
        purpose = purpose and not given_time and not _for_someone(doc, start) and not _given_to_do(token, start)
        # 'restricted to permit holders': 'to' the preposition such words take, before a noun the parse took for a
        # verb; 'face to face', 'door to door': one phrase
        purpose = purpose and not (start >= 1 and doc[start - 1].lower_ in (*_TAKE_TO, token.lower_))
        # ('listen to live radio': 'to' the preposition of a verb that takes it, before words the parse took for a verb)
        purpose = purpose and not (start >= 1 and verb_lemma(doc[start - 1]) in _TO_WHAT)
        # 'by asking your doctor to refer you': what you ask for, not what for; 'when a child comes to live with
        # you': where the child is to be, not why it comes
        # ('you must apply to renew it': what is applied for)
        # ('an officer will arrange to visit': what is arranged, straight after the verb that takes it)
        # ('1 in 10 will go on to develop it': a particle between them is the verb's)
        moved = verb_lemma(token.head) in TAKES_TO and all(t.dep_ == "prt" for t in doc[token.head.i + 1 : start])
        # ('the more we can do to help you': what is done is the helping, the 'do' has no other object)
        moved = moved or (verb_lemma(token.head) == "do" and not any(c.dep_ == "dobj" for c in token.head.children))
        # ('we will do our best to return', 'make every effort to reply', 'do all we can to finish': what is tried is
        # the doing, not why)
        moved = moved or any(c.dep_ == "dobj" and c.lower_ in _EFFORT for c in token.head.children)
        # ('lets you drive across the pavement to park': the purpose is the one let's, inside what is let)
        purpose = purpose and verb_lemma(token.head) not in _ASK and not moved and not _inside_what_is_let(token)
        # ('It is an offence for a landlord to change the locks or cut off your gas to force you to leave': the
        # purpose is the landlord's, inside what is an offence, which the parse may not show)
        purpose = purpose and not (doc[0].lower_ == "it" and verb_lemma(doc[0].head) == "be" and
                                   any(t.lower_ == "to" and t.dep_ == "aux" for t in doc[1:start]))  # fmt: skip
        # ('It has been against the law since 2015 to smoke in a car': what is against the law, not what for; 'it costs
        # the council £2 million a year to clear up': what costs it)
        # ('a crime that costs the council £400,000 a year to clear up': what it costs is the clearing, whatever the
        # subject; 'a claim can take 8 weeks to process' too)
        purpose = purpose and not (
            (doc[0].lower_ == "it" and verb_lemma(doc[0].head) in ("be", "cost", "take") and token.head == doc[0].head)
            or _cost_of_doing(token.head)
        )
        # ('lets you choose people you trust, called attorneys, to make decisions': the parse may hang the 'to' on
        # a verb before the one that names who is to do it)
        between = doc[token.head.i : start] if purpose else doc[:0]
        purpose = purpose and not any(
            verb_lemma(t) in _ASK and any(c.dep_ == "dobj" for c in t.children) for t in between
        )
        # 'It does not apply if it is done on purpose to annoy people': the purpose of a verb inside a clause
        # ('includes subletting X, not living in Y, and giving false information to get a home': the last thing's)
        purpose = purpose and not _inside_a_clause(token.head) and (token.head.tag_, token.head.dep_) != ("VBG", "conj")
        # 'our ability to work to deal with X': the purpose of a noun's 'to work', not of the sentence ('the
        # action needed to stop X' says what the action is for); 'take
        # 6 to 8 hours to charge': how long a thing takes, not what for
        inner = token.head.dep_ == "acl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.head.children)
        # 'a named person to go to for support': a 'to' clause with a preposition left at its end says which
        # ('to deal with first': what follows the preposition is no object of it)
        inner = inner or any(
            c.dep_ == "prep"
            and not any(
                g.dep_ in ("pobj", "pcomp") and g.tag_ != "RB" and g.lower_ not in _WHEN_DONE for g in c.children
            )
            and c.i == token.i + 1
            for c in token.children
        )
        # ('the signs to look out for', 'someone to talk to': a preposition left at the clause's end, after a particle)
        stranded = any(c.dep_ == "prep" and c.i == token.right_edge.i and not list(c.children) for c in token.children)
        purpose = purpose and not inner and not stranded and not _time_taken(token.head, start)
        # 'arrange for a nurse to see you': who is to do it, not what it is for
        noun = doc[start - 1]
        doer = start >= 2 and noun.pos_ in ("NOUN", "PROPN") and doc[noun.left_edge.i - 1].lower_ == "for"
        doer = doer and doc[noun.left_edge.i].tag_ != "CD"  # 'suspended for 4 weeks to allow X' is a purpose
        purpose = purpose and not doer and not _last_of_things(noun) and not object_before(noun, token)
        # 'for years to come', 'in the weeks to come': when, not what for
        purpose = purpose and not (token.lower_ == "come" and start >= 1 and doc[start - 1].tag_.startswith("NN"))
        # 'has bonfires often enough, and with enough smoke, to cause a nuisance': how much, not what for
        enough = any(t.lower_ == "enough" or (t.lower_ == "too" and t.head.pos_ in ("ADJ", "ADV")) for t in doc[:start])
        # ('offered the vaccine to reduce the chance of illness, ideally within 4 days': when is the offer's)
        # ('work with our partners to investigate, such as housing providers': the examples are of the partners)
        timed = _TIMED_OR_EXAMPLES.search(_text(doc[start:])) or _SECOND_THING.search(_text(doc[:start]))
        # ('You may also enter a bus lane to stop a collision': what is allowed is only for that purpose)
        allowed = any(c.lower_ == "may" and c.dep_ == "aux" for c in token.head.children) and any(
            c.lower_ == "you" and c.dep_ == "nsubj" for c in token.head.children
        )
        if not purpose or enough or timed or allowed or _another_order(token) or token.right_edge.i < len(doc) - 2:
            continue
        if any(t.lower_ == "to" and t.i < start and t.head.dep_ == "xcomp" for t in doc):
            continue  # 'asked to lock the door, to leave a light on': one of a list of things asked, not a purpose
        if doc[start - 1].text == "," and any(t.lower_ == "to" and t.head.tag_ == "VB" for t in doc[: start - 1]):
            continue  # 'a visa to visit the UK for tourism, to see family, or for study': one of a list of reasons
        # ('£1.5 million to repair roads, £400,000 for parks and £250,000 to help X': the last of a list of amounts
        # and what each is for)
        if doc[start - 1].tag_ == "CD" and "," in [t.text for t in doc[:start]]:
            continue
        # ('start again, as long as you meet X and you have applied to get it back': a 'to' in a closing condition)
        # ('call us on the number above to check': 'This is to check.' says too little alone)
        if (
            _words(_text(doc[:start])) < 6
            or _words(_text(doc[start:])) < 3
            or in_closing_condition(_text(doc[:start]))
            or _points_back(doc[start:])
            or another_receiver(doc, start)
        ):
            continue
        pieces = _standing([_text(doc[:start]), f"This is {_text(doc[start:])}"])
        if pieces:
            return pieces
    return None


# A phrase after a comma that ends the sentence, and how it starts a sentence of its own.

"""A non-restrictive relative clause, participle phrase or apposition between commas said as a sentence
of its own, named so that it says what it is about ('a form, known as the AR1,' -> 'It is known as the
AR1'), and left in place where the clause says which ones are meant."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .appositions import a_time, apposition_said, in_list
from .aside_spans import (
    after_either,
    awaits_infinitive,
    brought_about_by_a_doing,
    clause_end,
    clause_held,
    counted_in_the_aside,
    joined_by_and,
    list_goes_on,
    listed_on,
    more_participles,
    phrase_after_a_comma,
    said_of_another,
    takes_the_or,
    what_it_means,
    with_its_case_first,
)
from .bodies import acting_body, named_body, named_where_another_follows
from .defining import (
    _BODIES,
    _agrees_plural,
    _unmarked_aside,
    agreeing_owner,
    defined_again,
    described_by_a_noun,
    pronoun_for,
    said_of_many,
    unsure_of,
)
from .inflect import once_was
from .linking import in_an_exception, more_of_a_helping_clause
from .nouns_said import (
    _a_noun_said,
    _noun_said,
    defined_by_which,
    named_first,
    plural_said_again,
    subject_of_the_class,
)
from .parse import SUBJECTS, is_finite
from .parser import parse, verb_lemma
from .participles import after_a_most, participle_said
from .syntax import (
    _PLURAL_TAGS,
    LONGEST_SUBJECT,
    MIN_WORDS,
    _plural,
    _root,
    _standing,
    _text,
    _words,
    counted,
    described_across,
    has_subject,
    list_begun_inside,
)
from .with_clauses import with_said
from .wording import CLOCK_TIME, FREE_SAID, LONE_WHEN, MONTHS, PERSONS, RELATIVE_AFTER, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_NOT_PARTICIPLE = frozenset({"VB", "VBP", "VBZ", "VBD", "MD"})
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "that", "where"})


_HOURS_FIRST = re.compile(r"(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:how|what|when|where|why|who|whether)\b", re.IGNORECASE)


# ('who can support you through reporting to the police, going to court or finding a home': the doings go on)
# (and 'which is expected to cut 40 posts, most of which are vacant, and an increase in fees': after a clause inside
# the clause, a thing after ', and' may be the next of the main clause's things)
_QUESTIONS_GO_ON = re.compile(
    r"\b(?:and|or)\s+(?:whether|how|what|when|where|why)\b|,\s+(?:\w+\s+of\s+)?which\b[^,]*,\s+and\s+(?:a|an|the|some)\s"
)
_DOINGS_GO_ON = re.compile(r"[a-z]+ing\b[^,]*\s(?:or|and)\s+[a-z]+ing\b")


def _aside(doc: Doc, start: int, end: int, said: str) -> list[str] | None:
    """A phrase between commas (tokens start..end) taken out and said as its own sentence, put just
    after the words it was about when the rest of the sentence can stand alone without them."""
    if start < 1 or doc[start - 1].text != "," or (end < len(doc) and doc[end].text != ","):
        return None
    before, after = _text(doc[: start - 1]), _text(doc[end + 1 :]) if end < len(doc) else ""
    # ('a centre, which is open every day, except Christmas Day': an exception after it may be the clause's own)
    # ('a service, which can offer support, whether or not anyone is charged': whose is the 'whether'?)
    # ('a form, which tells us what waste you make, how much there is and how long X': more of the aside's questions;
    # 'a note, which describes the waste, how much there is and who takes it': more of what it describes)
    # ('the court, which may charge a fee of £35 to £455, depending on the amount': what depends is the aside's)
    # ('blisters, which then crust over, although before X': said after the contrast, the aside would come out of turn)
    counted = counted_in_the_aside(doc, start, end, after)
    if counted or re.match(r"(?:so that|so|because|in order to|compared|except|apart from|other than|excluding|even|"
                r"depending|according to|based on|ranging|rising|whichever|unless|until|although|though|whereas|"
                r"especially|particularly|whether|(?:but|and|so)\s+(?:this|these)\b|(?:and|but|or)\s+(?:that|whether|how|to)\s)",
                after, re.I) or any(p.match(after) for p in (_ASKED, _DOINGS_GO_ON, CLOCK_TIME)):  # fmt: skip
        return None  # 'a number, which is stored on a database, so that your cat can be returned': whose purpose?
        # ('the NHS website, which shows X, but this information is old': 'this' means the aside's X; 'says that
        # there is space in its car parks, which are rarely full, and that X': more of what is said)
    trailing = re.sub(r"^(?:and|but)\s+", "", after)
    # 'unless it was an official error, which is X, and you could not have known': more of the condition, no statement
    if after and trailing != after and said.split()[1:2] == ["means"]:
        return None  # ', which means you get X, and your child gets Y': both are what it means
    # ('call our team, who can ask the builder to do it, and if needed, do it themselves': after a clause with
    # 'can', words with no subject may be more of what the clause's people can do, not an order)
    shared = more_of_a_helping_clause(f"{before}, {_text(doc[start:end])}", after)
    # ('play areas, which are marked with signs, and they must be kept on a lead': 'they', after the aside, would
    # seem to mean the play areas)
    shared = shared or re.match(r"(?:they|it|he|she)\b", trailing) is not None
    if after and trailing != after and not in_an_exception(before) and not shared:
        # ('..., but for X you must do so': the contrast is kept, as 'But', where 'and' adds nothing)
        trailing = f"but {trailing}" if re.match(r"but\s", after) else trailing
        three = _standing([before, said, trailing[0].upper() + trailing[1:]])
        if three:
            return three
    # 'by phone on 0800 151, which is open 8am to 6pm, or by a form sent to the DWP' -> '... DWP.' 'This is
    # open 8am to 6pm.': a 'This' said after other things were named could mean any of them
    pointing = said.split(maxsplit=1)[0] in ("This", "They", "It") and said.split()[:2] != ["This", "person"]
    # ('suspended for periods, which cannot add up to 45 days, or excluded': 'They' after it would be the pupil)
    goes_on = re.match(r"(?:or|and)\b", after) is not None
    # 'The dinghies, driven by X, are crossing': the verb follows its subject with no comma between
    # ('The injunction, which was granted in May, also stops him': an adverb may stand before the verb)
    next_word = next((t for t in doc[end + 1 :] if not (t.pos_ == "ADV" and t.dep_ in ("advmod", "neg"))), None)
    verb_next = next_word is not None and next_word.pos_ in ("VERB", "AUX")
    # ('the 4 smallest branches, which have X, open on 3 days': a verb the parse took for a word that describes)
    verb_next = verb_next or any(t.dep_ in SUBJECTS and t.head == next_word for t in doc[: start - 1])
    # ('We are members of X, a website where you can register, add details and search': no verb joins)
    more_verbs = verb_next and next_word is not None and next_word.tag_ in _NOT_PARTICIPLE
    more_verbs = more_verbs and doc[start].sent.root.i < start
    # ('an employer, which means you pay A, and for having insurance'; 'the Premium service, which gives you X, and
    # costs £222': a tensed verb with no subject): the rest goes on the aside
    # ('who may look in your ears, and then refer you to X': an adverb may stand between the link and the verb)
    linked = next((t for t in doc[end + 2 :] if t.pos_ != "ADV"), None) if goes_on else None
    tensed = linked is not None and linked.tag_ in ("VBZ", "VBD", "VBP", "MD") and not has_subject(linked)
    # ('your GP, who may look X, and then refer you to Y': a verb done to the reader is never the reader's order)
    to_you = linked is not None and linked.tag_ == "VB" and not has_subject(linked)
    to_you = (
        to_you
        and linked is not None
        and any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in linked.children)
    )
    tensed = tensed or to_you
    more_verbs = more_verbs or tensed or (linked is not None and (linked.pos_ == "ADP" or linked.tag_ == "VBG"))
    named_after = any(t.pos_ in ("NOUN", "PROPN") or is_finite(t) for t in doc[end + 1 :])
    # ('an assessment, which could be face to face, by phone or by video call'; 'a total of £412, which is made up of
    # a fine of £220, a surcharge of £88, and costs of £104'): words with no verb after are more of its list
    verbless = bool(after) and not any(t.pos_ in ("VERB", "AUX") for t in doc[end + 1 :])
    listed_on = (verbless and re.search(r"\b(?:or|and)\b", after) is not None) or list_begun_inside(doc, start, end)
    whole_list = list_goes_on(doc, start, end) and not more_verbs  # (the list is the aside's, to the sentence's end)
    # ('objectives, which are A, B, C, and D, and it must X': the aside's list goes on past where the parse ended it)
    chunk = next((t.i for t in doc[end + 1 :] if t.text == ","), None)
    more_of_it = "," in doc[start:end].text and chunk is not None and not any(map(is_finite, doc[end + 1 : chunk]))
    # ('the line, which is open Monday to Friday, 8am to 6pm': a time with no verb after it is more of the aside's)
    # (not a phrase that opens with a word of its own: 'which means X, for high tides on Sunday' is the warning's)
    hours = verbless and _HOURS_FIRST.match(after) is not None and a_time(doc[end + 1 :])
    whole_list = whole_list or hours
    # ('speak to your supplier, who must offer X, or contact our line': 'This person' said after the line is far from
    # whom it means)
    far = goes_on and named_after and said.startswith("This person")
    # ('an order, which sets out rules for parks and open spaces, to keep them clean': 'them' after the aside is
    # what the aside named, which the cut would leave behind)
    plurals = [t.i for t in doc[:end] if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound"]
    many = doc[start].lower_ in ("which", "who") and bool(plurals) and min(plurals) >= start
    far = far or (many and re.search(r"\b(?:them|they|their)\b", after) is not None)
    if not whole_list and (more_verbs or listed_on or far or more_of_it or (pointing and (goes_on or named_after))):
        return None
    # ('ask the officer, who is X, to help'; 'cable channels, which are set into the pavement, in 3 streets': no comma)
    placed = end + 1 < len(doc) and doc[end + 1].pos_ == "ADP" and doc[end + 1].lower_ not in ("including", "like")
    plain_join = not after or verb_next or placed or _JOINED_PLAIN.match(after) is not None
    joined = f"{before} {after}" if plain_join or LONE_WHEN.fullmatch(after) else f"{before}, {after}"
    return _standing([before, f"{said}, {after}"] if whole_list else [joined.strip(), said])


_JOINED_PLAIN = re.compile(r"(?:and|but|or|if|unless|to|when|whenever|before|once)\b")  # no comma before these
_DOING = ("xcomp", "advcl", "pcomp", "acl")
_FREE_AFTER = re.compile(r",\s+(?:for free|free|free of charge|at no cost)$")
_LIST_GOES_ON = re.compile(
    r",?\s*[^,]*\b(?:and|or)\s[^,]*,\s+(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had)\b"
)


_ROUTE_WORDS = frozenset({"via", "through", "along"})
_BRINGS_ABOUT = frozenset({"lower", "reduce", "cut", "save", "improve", "help", "make", "mean", "cause", "stop"})


def _relative_subject(doc: Doc, clause: Token, noun: Token) -> str:
    """How a sentence made of a relative clause names what it is about: 'They', 'This', 'This person',
    or the noun itself where 'They' could mean another plural before it ('Landlords of larger HMOs,
    which are X' -> 'Larger HMOs are X') or the noun is the main clause's subject."""
    relative = doc[clause.left_edge.i].lower_
    # ('need to get in to test the detectors, which should take 10 minutes': how long it takes is the testing's)
    timed = verb_lemma(clause) in ("take", "last") and any(t.lower_ in TIME_UNITS for t in clause.subtree)
    doing = relative == "which" and timed and any(a.pos_ == "VERB" and a.dep_ in _DOING for a in noun.ancestors)
    # ('or replacing an old boiler, which could lower your bills': what the doing brings about, not the boiler)
    doing = doing or (relative == "which" and brought_about_by_a_doing(clause, noun, _BRINGS_ABOUT))
    # ('a diversion via the A59 and Cotton Lane, which will add 15 minutes': what the roads are part of, not the roads)
    way = noun.head.head if noun.dep_ == "conj" else noun.head
    route = relative == "which" and way.lower_ in _ROUTE_WORDS and any(c.tag_ == "MD" for c in clause.children)
    found = "This" if doing or route else named_first(doc, clause, noun, relative)
    first = found or defined_by_which(doc, clause, noun, relative) or None
    if first is not None:
        return first
    # ('either an email or a letter, which will tell you X': of whichever comes, or of the last alone? left whole)
    unsure = unsure_of(doc, clause, noun, relative) or after_either(noun)
    # ('clutter, trailing wires and loose rugs, which are easy to trip over': after a list, a plural verb may be of all
    # of it; 'motorways and some trunk roads, which are managed by X' names the last)
    listed = joined_by_and(noun) and noun.head.left_edge.i > 0 and doc[noun.head.left_edge.i - 1].text == ","
    unsure = unsure or (listed and _agrees_plural(clause, False))
    # ('the cost of the bikes or the docking stations, which will be met by X': the pair's, or what they are of?)
    unsure = unsure or (noun.dep_ == "conj" and noun.head.dep_ == "pobj" and noun.head.head.lower_ == "of")
    body = "" if unsure else named_body(doc, noun, relative) or subject_of_the_class(doc, noun, clause)
    if unsure or body:
        return body
    # 'a bus pass, or a personal budget, which is X': 'This' would mean all; so would 'by using the app, or by
    # asking your surgery, which can book X' (the last of the ways)
    last_of_ways = any(a.dep_ == "conj" and (a.tag_ == "VBG" or a.pos_ == "ADP") for a in noun.ancestors)
    # ('a caddy, a bin and a roll of 52 liners, which should last a year': 'They' would be all three)
    in_item = any(a.dep_ in ("conj", "appos") and a.pos_ == "NOUN" for a in noun.ancestors)
    last_of_ways = last_of_ways or (in_item and _agrees_plural(clause, _plural(noun)))
    if (noun.dep_ == "conj" and relative != "who") or last_of_ways:
        # ('a medal and a certificate, which will be given out': the certificate just named, where 'or a personal
        # budget, which is X' says what any such budget is)
        # ('reservoirs or flooded quarries, which are very deep': a plural verb after a choice of plurals is both's)
        either = noun.dep_ == "conj" and noun.head.tag_ in _PLURAL_TAGS and noun.tag_ in _PLURAL_TAGS
        either = either and _agrees_plural(clause, True) and not joined_by_and(noun)
        named = _a_noun_said(doc, noun)
        both = joined_by_and(noun)
        # ('and use of the shared tools in the site shed, which must be returned': 'Use must be returned' names
        # the noun without the words the clause follows, which may be what it is about)
        nearest = doc[clause.left_edge.i - 2] if clause.left_edge.i >= 2 else noun
        cut_short = nearest != noun and nearest.pos_ in ("NOUN", "PROPN") and nearest.text not in named.split()
        # ('a grant towards the cost of buying and installing a chargepoint, which is paid to the installer': a thing
        # done inside another thing's phrase may not be what the clause is about)
        doings = [a for a in noun.ancestors if a.dep_ == "conj" and a.tag_ == "VBG"]
        cut_short = cut_short or any(a.pos_ == "NOUN" for d in doings[:1] for a in d.ancestors)
        # ('spread disease, damage property and chew through cables, which can cause fires': the chewing's thing)
        cut_short = cut_short or any(a.dep_ == "conj" and a.pos_ == "VERB" and a.tag_ != "VBG" for a in noun.ancestors)
        # ('the junction with Station Lane from 1 March to 12 March, which will improve X': after a time, the clause
        # may be about the doing)
        between = _text(doc[noun.i + 1 : clause.left_edge.i])
        cut_short = cut_short or re.search(rf"\b(?:{MONTHS})\b|\d", between) is not None
        # ('a sore throat, aching muscles and a slight fever, which may start X': the last of three, or all of them?)
        listed_before = [t.text for t in doc[max(0, noun.left_edge.i - 6) : noun.left_edge.i]]
        cut_short = cut_short or (both and "," in listed_before)
        # ('an air source or ground source heat pump, which uses X': a second thing sharing the first's 'an' is no
        # name alone, 'Ground source heat pump uses X'; whichever it is, 'It')
        bare = not both and noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)
        named = "It" if bare and not _agrees_plural(clause, False) else named
        return "They" if either else "" if cut_short else re.sub(r"^An? ", "The ", named) if both else named
    if not _agrees_plural(clause, _plural(noun)):
        # ('Your manager will be Mr Kwame Asante, who will meet you': the name said, not 'This person')
        said_of = noun.dep_ in SUBJECTS or (noun.dep_ == "attr" and noun.pos_ == "PROPN" and relative == "who")
        # ('homes on Lark Rise, which was built in the 1970s': a place by name, built or opened, is said by name)
        said_of = said_of or (noun.pos_ == "PROPN" and verb_lemma(clause) in _MADE_PLACES and clause.tag_ == "VBN")
        named = _noun_said(doc, noun) if said_of and noun.pos_ in ("NOUN", "PROPN") else ""
        # 'The Fund, which is paid for by X, helps Y and runs until Z': 'The Fund is paid for by X' says
        # what it is about wherever it lands, where 'This is paid for by X' would seem to mean Z
        # ('Cllr Adebayo, who has represented X, will serve': 'Cllr Adebayo has', not 'This person')
        # ('The surveyor, who will be from X, will take Y': one person the sentence names with 'the' is named again)
        definite = any(c.lower_ in ("the", "our", "your") and c.dep_ in ("det", "poss") for c in noun.children)
        definite = definite and noun.tag_ == "NN"
        if named and (relative != "who" or noun.pos_ == "PROPN" or definite) and _words(named) <= LONGEST_SUBJECT:
            # 'A short certificate, which shows X, is free': 'The short certificate shows X', not 'Short certificate'
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            return f"The {named[0].lower()}{named[1:]}" if indefinite and not named.startswith("The ") else named
        # ('the outreach team, who will try X': 'They will try X'; '50 permits a year, which cost £1': not 'This cost')
        pointed = "" if said_of_many(clause) else "This"
        pointed = ("They" if noun.lower_ in _BODIES else "This person") if relative == "who" else pointed
        return acting_body(doc, clause, noun, relative) or pointed
    return plural_said_again(doc, noun)


_MADE_PLACES = frozenset({"build", "open", "found", "develop", "design", "establish", "restore", "refurbish"})


def _named_aside(doc: Doc, clause: Token, said: str) -> list[str] | None:
    """A relative clause said as a sentence about its noun by name, where 'This' or 'They' after the rest
    of the sentence could mean something else ('with an HC2 certificate, which gives X, or an HC3 one' ->
    '... an HC2 certificate or an HC3 one.' 'An HC2 certificate gives X.')."""
    # ('appeal to an adjudicator, which is free': what is free is the appealing, never the adjudicator)
    free = FREE_SAID.fullmatch(_text(doc[clause.left_edge.i + 1 : clause.right_edge.i + 1]))
    if said.split(maxsplit=1)[0] not in ("This", "They") or free:
        return None
    noun = clause.head
    if noun.sent.root.pos_ not in ("VERB", "AUX"):
        return None  # a parse with no verb at its root is no guide to what a noun is
    many = noun.tag_ in _PLURAL_TAGS  # the noun itself, not a list it heads
    # 'the costs of the service, which have risen': the clause is not about the noun the parser hung it on
    # ('renew online at www.example.gov.uk, which is the quickest way': an address is never what such a clause is of)
    # ('a bin with a lockable lid, which will be delivered in March': the bin, more likely than its lid)
    # ('the plastic for 3D printing, which costs 10p per gram': the plastic, not what it is for)
    # ('symptoms of measles, which include X': the symptoms or the measles, where both agree with the verb)
    part = noun.dep_ == "pobj" and noun.head.lower_ in ("with", "for", "of") and doc[noun.head.i - 1].pos_ == "NOUN"
    owner = doc[noun.head.i - 1]  # ('landlords of larger shared houses, which are X': 'which' is never the people)
    people = owner.lower_.removesuffix("s") in PERSONS
    part = part and (noun.head.lower_ != "of" or (_plural(owner) == many and not people))
    if noun.pos_ not in ("NOUN", "PROPN") or _agrees_plural(clause, many) != many or noun.like_url or noun.like_email:
        return None
    # ('Around 1 in 9 adults smoke, which is higher than the average': a comparison after a figure is the figure's)
    compared = any(c.dep_ in ("acomp", "attr") and c.tag_ in ("JJR", "RBR") for c in clause.children)
    # ('the cost of the bikes or the docking stations, which will be met by X': the last of two, or what both are of?)
    listed = noun.dep_ == "conj" or any(c.dep_ == "conj" and c.i < clause.i for c in noun.children)
    if part or listed or (compared and any(t.like_num for t in doc[: noun.i])):
        return None  # 'eggs or empty egg cases, which are called nits': the clause is about both, not 'Eggs'
    named = _a_noun_said(doc, noun)
    named = re.sub(r"^An? ", "The ", named) if noun.dep_ == "dobj" else named  # ('send you a letter, which': that one)
    pronoun = "This person" if said.startswith("This person") else said.split(maxsplit=1)[0]
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    return _aside(doc, start, end, f"{named}{said[len(pronoun) :]}") if named else None


def at_asides(body: str) -> list[str] | None:
    """A non-restrictive relative clause, participle phrase or apposition becomes its own sentence:
    'a form, known as the AR1, which asks about X' -> 'a form.' 'It is known as the AR1.' 'This asks about X.'"""
    doc = parse(body)
    owed = awaits_infinitive(_root(doc))
    for token in doc:
        start, end = token.left_edge.i, token.right_edge.i + 1
        head = agreeing_owner(token) or token.head
        plural = _plural(head)
        said: str | None = None
        relative = token.dep_ == "relcl"
        end = clause_end(doc, token, end) if relative else end
        defines = relative and start == head.i + 1 and described_by_a_noun(head)
        held = relative and clause_held(doc, token, said_of_another(doc, start, end, head), defines)
        # ('join the programme, which includes a hot meal, for free': what is free is the joining, whatever the parse)
        held = held or (relative and _FREE_AFTER.search(_text(doc[start:end])) is not None)
        # ('depends on your income, your savings, who lives with you and whether X': the next of a list of questions)
        asked_on = relative and _QUESTIONS_GO_ON.search(_text(doc[start:end])) is not None
        # ('a fake website that looks like the real one, where you X': said apart, 'where' would be the real one's)
        right_after = relative and start == head.i + 1
        held = held or (right_after and RELATIVE_AFTER.search(_text(doc[start:])) is not None)
        # ('courses, which teach you how to use a computer, send emails and stay safe online, are free': the clause's
        # list goes on past the comma the parse closed it at, up to the main verb)
        listed_past = relative and _LIST_GOES_ON.match(_text(doc[end:])) is not None
        # ('offered the MMR vaccine, which protects against measles, as well as the MenB vaccine': what else is offered
        # may be the main clause's, which the parse hung on the clause)
        listed_past = listed_past or (relative and ", as well as " in _text(doc[start:end]))
        if held or asked_on or listed_past or takes_the_or(doc, start, end):
            continue
        # (far from its noun: 'X, such as Y, that is used'; a 'which' hung on a noun: 'kerbs, which people need')
        far = (doc[start].lower_ == "that" and doc[start - 1].text == ",") or doc[start].head != token
        if relative and doc[start].lower_ in ("which", "who", "that") and doc[start].dep_ in SUBJECTS and not far:
            # ('you will become an employer, which means X': what it means is the whole clause)
            # ('RSV is a common virus that causes colds': the subject by name, or 'It', never 'The common virus')
            defined = (subject_of_the_class(doc, head, token) or pronoun_for(head)) if defines else None
            subject = "This" if what_it_means(token) else defined or _relative_subject(doc, token, head)
            many = subject in ("They", "These") or (not subject.startswith("This") and head.tag_ in _PLURAL_TAGS)
            said = with_its_case_first(subject, once_was(_text(doc[start + 1 : end]), many)) if subject else None
        elif (
            token.dep_ == "relcl" and doc[start].pos_ == "ADP" and doc[start + 1].lower_ == "which"
            and end + 1 < len(doc) and doc[end + 1].pos_ in ("VERB", "AUX")
        ):  # fmt: skip
            # 'The survey, in which 642 people took part, showed X' -> 'The survey showed X.' 'In this, 642 ...'
            these = "these" if _plural(counted(head)) else "this"
            these = named_where_another_follows(doc, head, end) or these
            said = f"{doc[start].text} {these}, {_text(doc[start + 2 : end])}"
        elif token.dep_ == "pobj" and head.lower_ == "with" and head.i >= 2 and doc[head.i - 1].text == ",":
            # ('with a plan showing where it will go': what the plan shows, not what it is doing)
            described = [c for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")]
            described = [
                c for c in described if c.tag_ == "VBN" or not any(g.dep_ in ("dobj", "ccomp") for g in c.children)
            ]
            # ('with a plan showing X and a description of Y': the words after the clause are not its own)
            if not described or head.right_edge.i != len(doc) - 1 or described[0].right_edge.i < len(doc) - 2:
                continue
            acl = described[0]
            start, end = head.i, len(doc)
            noun = _text(doc[head.i + 1 : acl.left_edge.i])
            said = f"{noun[0].upper() + noun[1:]} {with_said(head.head, plural or _plural(token), acl, doc[start:end])}"
        elif token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and start == token.i and not listed_on(doc, start) \
                and not more_participles(doc, start) and not after_a_most(doc, start):  # fmt: skip
            said = participle_said(doc, token, plural)
        # ('the larger envelope, which is marked B': a relative clause the parse took for a name is no apposition)
        elif token.dep_ == "appos" and _words(_text(doc[start:end])) >= MIN_WORDS and not in_list(doc, token) \
                and doc[start].lower_ not in _RELATIVE_WORDS \
                and not described_across(doc, start) \
                and not a_time(doc[max(0, start - 3) : end]) \
                and not phrase_after_a_comma(doc[start:end]):  # fmt: skip
            said = apposition_said(doc, token, start, end)
        if said is None:
            continue
        pieces = _aside(doc, start, end, said)
        if pieces is None and token.dep_ == "relcl":
            by_name = None if what_it_means(token) else _named_aside(doc, token, said)
            pieces = by_name or _unmarked_aside(doc, token, said, owed) or defined_again(doc, token, said, defines)
        if pieces:
            return pieces
    return None

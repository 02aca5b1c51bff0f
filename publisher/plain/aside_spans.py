"""Where an aside's words may belong to more than the aside: a date or a phrase after a comma inside it, or the
next of a list of examples begun before it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .parse import SUBJECTS
from .parser import verb_lemma
from .syntax import _GROUPS, _text, modal_of_the_clause, relative_held
from .wording import EXAMPLE_OPENERS, PERSONS, TAKES_SOMEONE_TO, TIME_UNITS, gives_examples

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DATED = re.compile(
    r"(?:from|by|until|on|before|after)\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
)


def main_words_inside(words: Span) -> bool:
    """Whether a date after a comma inside a relative clause may be the main clause's ('a place at Riverside Academy,
    which was your second preference, from September 2030': the place is from September)."""
    return any(t.text == "," and _DATED.match(words.doc[t.i + 1 :].text) for t in words if t.i + 1 < words.end)


def phrase_after_a_comma(words: Span) -> bool:
    """Whether a phrase the parse gave an apposition follows a comma inside it ('Brook Road School, 2 Brook Road,
    from the local elections': the date is the move's, not the address's; 'offer your son, Tomasz, a place': the
    place is the verb's other object, not another name for Tomasz)."""
    noun = words.root.head
    an_object = noun.dep_ in ("dobj", "dative")
    after = [t.nbor() for t in words if t.text == "," and t.i + 1 < words.end]
    if any(t.pos_ == "ADP" or (an_object and t.pos_ == "DET") for t in after):
        return True
    # (and the place itself, which the parse gave Tomasz as another name)
    return noun.dep_ == "appos" and noun.head.dep_ in ("dobj", "dative") and words.doc[words.start - 1].text == ","


def listed_on(doc: Doc, start: int) -> bool:
    """Whether words after a comma go on a list of examples begun before it ('on council land, including parks,
    playing fields and nature reserves': 'playing fields' is the next place, not what anyone is doing)."""
    commas = [t.i for t in doc[: start - 1] if t.text == ","]
    opened = doc[commas[-1] + 1 : start - 1].text.lower() if commas else ""
    return gives_examples(opened) or opened.startswith("like ")


def more_participles(doc: Doc, start: int) -> bool:
    """Whether a participle after a comma goes on a series begun just before it ('anything that is dropped, thrown
    or left in a street': 'thrown or left' is more of what was done to it, not an aside)."""
    before = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
    joined = any(t.dep_ == "cc" for t in doc[start].subtree)
    return before is not None and joined and before.tag_ == doc[start].tag_ and doc[start].tag_ in ("VBN", "VBG")


_RELATIVE_WORDS = frozenset({"where", "which", "who", "whose", "when"})

_WHO = PERSONS | _GROUPS | {"people", "those", "men", "women"}


def said_of_another(doc: Doc, start: int, end: int, noun: Token) -> bool:
    """Whether a relative clause, or words the parse gave it, may be about something other than its noun: a
    clause after it may be of a noun inside this one ('a link, which takes you to a website that looks real,
    where you are asked X'), a contrast at its end may be the sentence's ('measured along the route, which may
    include footpaths, not by road'), and the noun may be one of the examples after 'such as', 'including' or
    'like' ('centres, such as libraries and the Citizens Advice office, which can pass it on')."""
    # ('at the enhanced rate, which is £110, and the mobility part at the standard rate, which is £29': a clause of the
    # same kind further on is said of another thing, which the first said apart would leave 'This' to mean)
    parallel = doc[start].lower_ == "which" and re.search(r",\s+and\s[^,]+,\s+which\s", doc[end:].text)
    if parallel or (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _RELATIVE_WORDS):
        return True
    # (not 'who is employed by the NHS, not by the school': a contrast with the clause's own word is the clause's)
    clause = _text(doc[start:end])
    contrast = re.search(r",\s+not\s+(by|in|on|at|through|from|with|along|across|via)\b", clause)
    if contrast and not re.search(rf"\b{contrast[1]}\b", clause[: contrast.start()]):
        return True
    # ('people with certain health conditions, who are more likely to X': 'who' is the people's, not the conditions')
    owner = noun.head.head if noun.dep_ == "pobj" else None
    if doc[start].lower_ == "who" and owner is not None and noun.lower_ not in _WHO and owner.lower_ in _WHO:
        return True
    # (only the last of two or more examples, none parted from 'such as' by a comma: 'a hot lunch, and different
    # activities, which could include X' is no example)
    # ('such as cleaning or the cost of lighting in hallways, which are charged': a noun inside the last example too)
    # ('the pipe that connects the home to the water main, which is called the supply pipe': the name may be the
    # pipe's, the noun the clause that carries the water main is about)
    if doc[start - 1].text == "," and any(_unmarked_clause(doc, above) for above in noun.ancestors):
        return True
    listed = False
    for above in (noun, *noun.ancestors):
        such = above.i > 0 and doc[above.i - 1].lower_ == "such"
        opens = above.lower_ in ("including", "like") or (above.lower_ == "as" and such)
        if opens and listed and "," not in [t.text for t in doc[above.i : noun.i]]:
            return True
        listed = listed or above.dep_ == "conj"
    return False


def _unmarked_clause(doc: Doc, clause: Token) -> bool:
    """Whether a token heads a relative clause with no comma before it ('the pipe that connects X')."""
    start = clause.left_edge.i
    return (
        clause.dep_ == "relcl"
        and start > 0
        and doc[start].lower_ in ("that", "which", "who")
        and doc[start - 1].text != ","
    )


def clause_held(doc: Doc, clause: Token, of_another: bool, defines: bool = False) -> bool:
    """Whether a relative clause must stay where it is: words after it are its own, a condition is the sentence's,
    it is helpers alone, or it may be about something else (of_another, from said_of_another). A clause that
    says more of what a short main clause defines ('Mumps is a viral infection that X, under the ears') takes a
    phrase after it along."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    # 'a notice, which must be paid in 14 days, or may be taken to court': the parser may give the
    # clause a verb that, after its comma and 'or', is the main clause's ('A person may be taken to court')
    linked = any(c.dep_ == "cc" and c.i > 0 and doc[c.i - 1].text == "," for c in clause.children)
    # ('days, which may slow X, but will not stop it': the verb after the clause, with its modal, is the clause's)
    root = clause.sent.root
    linked = linked or any(c.dep_ == "conj" and c.i > end and modal_of_the_clause(doc, root, c) for c in root.children)
    # ('Carer's Allowance, which is £83.30 a week, if you care for someone': the condition is the sentence's)
    # ('an affirmation, which does not,': a clause of helpers alone leaves out what it does not do)
    bare = all(t.is_punct or t.dep_ in ("neg", "aux") or t.i == start for t in doc[start:end] if t != clause)
    bare = bare and (clause.tag_ == "MD" or verb_lemma(clause) in ("do", "be", "have"))
    # ('a place at Riverside Academy, which was your second preference, from September': the parse may give the
    # clause a phrase of the main verb's)
    # ('a service, which collects waste and glass, or any other carrier': the other one is the service's)
    other = re.search(r",\s+or\s+(?:any\s+other|another|some\s+other|other)\b", doc[start:end].text) is not None
    # ('not received a certificate, which must be given by an electrician, or evidence that X': the second thing not
    # received, after a clause of what is done to the first)
    done_to = any(c.dep_ == "auxpass" for c in clause.children)
    second = re.search(r",\s+or\s+(?:evidence|proof|a|an|the|your|any)\s", doc[start:end].text) is not None
    other = other or (done_to and second)
    # ('ask you to have an ECG, which records X, or to wear a monitor': the other 'to' is the asking's)
    other = other or (
        re.search(r",\s+(?:or|and)\s+to\s", doc[start:end].text) is not None
        and any(t.lower_ == "to" and t.head.tag_ == "VB" for t in doc[:start])
    )
    # ('Savings Credit, which is money for people who saved towards their retirement, for example a pension': the
    # example is the saving's, and left behind it would be the credit's)
    examples_after = doc[end - 1].text != "," and end < len(doc) and doc[end].text == ","
    examples_after = examples_after and doc[end + 1 :].text.lower().startswith(EXAMPLE_OPENERS)
    held = relative_held(doc, start, end) or main_words_inside(doc[start:end]) or _means_of_the_main(doc, clause)
    # ('the MMR vaccine, which is free for anyone who has not had it, at any age': a short phrase after the clause's
    # closing comma, with no verb, ending the sentence, may be the clause's as well as the main clause's)
    rest = doc[end + 1 :] if end < len(doc) and doc[end].text == "," else doc[:0]
    trailing = len(rest) > 0 and rest[0].pos_ == "ADP" and sum(not t.is_punct for t in rest) <= _SHORT_PHRASE
    trailing = trailing and not defines and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in rest)
    held = held or examples_after or trailing
    return linked or held or bare or of_another or other


_SHORT_PHRASE = 5  # words of a phrase after a relative clause that may be the clause's


def _means_of_the_main(doc: Doc, clause: Token) -> bool:
    """Whether a clause about a thing ends on a way of doing something that the main clause's doer does ('lower the
    risk of an infection that could lead to sepsis by washing your hands': the reader washes, not the infection)."""
    about_a_thing = any(c.dep_ in SUBJECTS and c.lower_ in ("that", "which") for c in clause.children)
    by_doing = any(
        c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children) for c in clause.children if c.dep_ == "prep"
    )
    return about_a_thing and by_doing and clause.sent.root.i < clause.i


def list_goes_on(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after an aside go on a list its last words began: they open with a noun it ends on
    ('which give priority to children in care, children with a brother at the school, and children who live
    nearest': the other children are who it gives priority to)."""
    tail = {t.lower_ for t in doc[max(start, end - 4) : end] if t.pos_ in ("NOUN", "PROPN")}
    first = next((t for t in doc[end + 1 : end + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    linked = any(t.lower_ in ("and", "or") for t in doc[end + 1 :])
    return first is not None and first.lower_ in tail and linked


def aside_after_a_condition(doc: Doc, comma: int, root: Token) -> bool:
    """Whether an adverb's phrase with no verb stands between an opening condition's comma and another comma before
    the main verb ('If the meter can be fitted outside, usually in the pavement, we will fit it': where it goes)."""
    between = doc[comma + 1 : root.i]
    closing = next((t.i for t in between if t.text == ","), None)
    verbless = closing is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[comma + 1 : closing])
    return verbless and doc[comma + 1].pos_ == "ADV" and doc[comma + 1].lower_ not in ("then", "however")


FEW_LISTED = 6  # words after a condition's comma that are more of its list, 'a nasal spray or eye drops'


def condition_list_end(doc: Doc, comma: int) -> int:
    """The comma that ends a list in an opening condition, where the one that seems to end the condition is the
    list's own (see condition_list_goes_on); the comma itself where no list goes on past it."""
    while condition_list_goes_on(doc, comma):
        commas = [t.i for t in doc[comma + 1 :] if t.text == ","]
        ends = [c for c in commas if any(t.lower_ in ("and", "or") for t in doc[comma + 1 : c])]
        if not ends:
            return comma
        comma = ends[0]
    return comma


def condition_list_goes_on(doc: Doc, comma: int) -> bool:
    """Whether the words after the comma that seems to end an opening condition are more of a list in it, up to
    the next comma ('If it puts the driver, other passengers or themselves at risk, we may X'): no verb, an 'and'
    or 'or'."""
    following = next((t.i for t in doc[comma + 1 :] if t.text == ","), None)
    # ('If you run a café, pub, restaurant or other business that X, you need Y': a lone thing between commas is one
    # item of the list, which goes on to the chunk with its 'and' or 'or')
    while following is not None and _lone_thing(doc[comma + 1 : following]):
        comma = following
        following = next((t.i for t in doc[comma + 1 :] if t.text == ","), None)
    if following is None:
        return False
    chunk = doc[comma + 1 : following]
    linked = any(t.lower_ in ("and", "or") for t in chunk)
    # ('a call, a text or an email asking for your bank details, it is a scam': a verb of a thing's own is no clause)
    own = [t for t in chunk if not any(a.dep_ in ("acl", "relcl") for a in (t, *t.ancestors))]
    # ('If your dog starts to shake, be sick or have trouble breathing, take it': bare verbs go on from a bare verb)
    bare = doc[comma - 1].tag_ == "VB" or (comma >= 2 and doc[comma - 2].lower_ == "to")  # ('to drool', read a noun)
    verbs = bare and chunk[0].tag_ == "VB"
    # ('If a pipe has been hit, smells of gas or is hissing, X': a tensed verb with no subject goes on with the first's)
    verbs = verbs or (chunk[0].tag_ in ("VBZ", "VBD", "MD") and not any(c.dep_ in SUBJECTS for c in chunk[0].children))
    # ('If you use an inhaler, a nasal spray or eye drops, X': a few words that open as a thing does, whatever verb
    # the parse found among them)
    few = len(chunk) <= FEW_LISTED and chunk[0].tag_ in ("DT", "PRP$", "NN", "NNS", "JJ")
    return linked and (verbs or few or not any(t.pos_ in ("VERB", "AUX") for t in own))


def _lone_thing(chunk: Span) -> bool:
    """Whether words between two commas are one thing of at most three words, with no verb or link of their own."""
    return 0 < len(chunk) <= 3 and chunk[-1].pos_ in ("NOUN", "PROPN") and all(t.pos_ in _THING_WORDS for t in chunk)


_THING_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET"})


def joined_by_and(noun: Token) -> bool:
    """Whether a noun is the last of things joined by 'and' ('a medal and a certificate')."""
    return noun.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.head.children)


def after_either(noun: Token) -> bool:
    """Whether a noun is the last of 'either A or B', two kinds of thing ('either an email or a letter'; not 'either
    an HC2 certificate or an HC3 certificate', where what is said of one is said to tell them apart)."""
    either = any(c.dep_ == "preconj" and c.lower_ == "either" for c in noun.head.children)
    return noun.dep_ == "conj" and either and noun.lower_ != noun.head.lower_


def takes_the_or(doc: Doc, start: int, end: int) -> bool:
    """Whether words after 'either' hold its 'or' ('either for a few days, known as a suspension, or for good', where
    the parse hung 'or for good' on 'known'): said apart, the aside would take the other choice with it."""
    either = next((t.i for t in doc if t.lower_ == "either"), len(doc))
    words = [t.lower_ for t in doc]
    return either < start and "or" not in words[either:start] and "or" in words[start:end]


def what_it_means(clause: Token) -> bool:
    """Whether a relative clause says what the whole clause before it means or leads to ('we will cancel
    your discount from 1 April, which means X': not what 1 April means; 'it can make it harder to follow
    conversations, which can lead to X': not what conversations lead to; 'which is meant to' is not one)."""
    if clause.doc[clause.left_edge.i].lower_ != "which":
        return False
    # ('spread through saliva, which is why it is called X': why it is called so is the whole clause, not the saliva)
    if clause.i + 1 < len(clause.doc) and clause.doc[clause.i + 1].lower_ in ("why", "how") and clause.lemma_ == "be":
        return True
    if clause.lower_ in ("means", "meant"):
        return not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    # ('give blood every 16 weeks, which allows time for X': what the spacing allows, not what the weeks do)
    if clause.head.lower_ in TIME_UNITS and clause.lower_ in ("allows", "gives", "lets", "helps"):
        return True
    outcome = {"lead": "to", "led": "to", "leads": "to", "result": "in", "results": "in", "resulted": "in"}
    return any(c.dep_ == "prep" and c.lower_ == outcome.get(clause.lower_) for c in clause.children)


def clause_end(doc: Doc, clause: Token, end: int) -> int:
    """Where a relative clause ends, past words the parse hung elsewhere: the last phrase of a list with no comma or
    verb after the clause ('which lets you travel after 9.30am on weekdays and at any time at weekends'), or the
    rest of a list of doings the clause began ('who can support you through reporting to the police, going to court
    or finding a new home')."""
    rest = doc[end:]
    dangling = (len(rest) and rest[0].dep_ == "cc") or doc[end - 1].dep_ == "cc"
    # ('... by up to the CPI plus 1%': a per cent sign is no punctuation)
    if dangling and len(rest) and not any((t.is_punct and t.text != "%") or t.pos_ in ("VERB", "AUX") for t in rest):
        return len(doc)
    words = [t for t in rest if not t.is_punct]
    doings = {t.tag_ for t in doc[clause.i + 1 : end] if t.tag_ == "VBG"}
    listed = len(rest) > 2 and rest[0].text == "," and rest[1].tag_ in doings and any(t.dep_ == "cc" for t in rest)
    finite = any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in words)
    compared = _compared_with_the_clause(doc, clause, end) or _denied_as_in_the_clause(doc, clause, end)
    return len(doc) if (listed or compared or _when_of_the_clause(doc, clause, end)) and not finite else end


# Closing words of how often something is there ('24 hours a day, every day')
_ALWAYS = re.compile(
    r",\s+(?:every day|each day|7 days a week|seven days a week|all year(?: round)?|365 days a year|day and night|"
    r"including (?:at )?weekends(?: and bank holidays)?|including bank holidays)$",
    re.IGNORECASE,
)


_THERE_WHEN = re.compile(r"\b(?:open|available|a day|hours)\b")


def _when_of_the_clause(doc: Doc, clause: Token, end: int) -> bool:
    """Whether the words that close a sentence after a relative clause say more of when the clause's thing is there
    ('the line, which is free and open 24 hours a day, every day': the line is open every day, not the calling)."""
    said = _text(doc[clause.left_edge.i : end]).lower()
    return _ALWAYS.match(doc[end:].text) is not None and _THERE_WHEN.search(said) is not None


_DENIED_AFTER = re.compile(r",\s+(?:but\s+)?not\s+(?P<word>by|to|for|from|with|in|at|on)\s")


def _denied_as_in_the_clause(doc: Doc, clause: Token, end: int) -> bool:
    """Whether the closing words after a relative clause deny another of what the clause says, with its own word ('who
    is employed by the NHS, not by the school': the school is set against the NHS, inside the clause)."""
    denied = _DENIED_AFTER.match(doc[end:].text)
    return denied is not None and any(t.lower_ == denied["word"] for t in doc[clause.left_edge.i : end])


_COMPARED = re.compile(r",\s+(?:instead of|rather than|compared with|compared to|as opposed to)\s")


def _compared_with_the_clause(doc: Doc, clause: Token, end: int) -> bool:
    """Whether the closing words after a relative clause compare what the clause says ('which lets each child borrow 20
    books for 6 weeks, instead of the usual 12 books for 3 weeks': the books and weeks are the clause's own, and no word
    before the clause names them)."""
    if _COMPARED.match(doc[end:].text) is None:
        return False
    nouns = {t.lower_.removesuffix("s") for t in doc[end:] if t.pos_ == "NOUN"}
    inside = {t.lower_.removesuffix("s") for t in doc[clause.left_edge.i : end] if t.pos_ == "NOUN"}
    before = {t.lower_.removesuffix("s") for t in doc[: clause.left_edge.i] if t.pos_ == "NOUN"}
    return bool(nouns & inside) and not nouns & before


def brought_about_by_a_doing(clause: Token, noun: Token, verbs: frozenset[str]) -> bool:
    """Whether a clause says what a doing brings about, its noun the doing's thing ('replacing an old boiler, which
    could lower your bills'; 'to encourage people to leave their cars at home for short journeys, which would cut
    traffic'): a verb of bringing about, and the noun inside an -ing or 'to' doing's words."""
    # (not 'queues on the roads outside the sites, which have caused problems': a verb said of many is of the things)
    plural = any(t.tag_ == "VBP" for t in (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))))
    if verb_lemma(clause) not in verbs or plural:
        return False
    if noun.dep_ == "dobj" and noun.head.tag_ == "VBG":
        return True
    # (the doing is the nearest verb above the noun, with its 'to': the noun is no thing of the sentence's own)
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


_CASE_FIRST = re.compile(r"(?P<case>in (?:this|that|each|most|some|many|all|these|those) cases?),?\s+", re.IGNORECASE)


def with_its_case_first(subject: str, rest: str) -> str:
    """A relative clause said with its subject, a case it opens with said before it ('which in this case is 19
    January' -> 'In this case, this is 19 January', never 'This in this case is')."""
    case = _CASE_FIRST.match(rest)
    if case is None:
        return f"{subject} {rest}"
    pointed = subject.split(maxsplit=1)[0] in ("This", "They", "It", "These", "The")
    said = subject[0].lower() + subject[1:] if pointed else subject
    return f"{case['case'][0].upper()}{case['case'][1:]}, {said} {rest[case.end() :]}"


def awaits_infinitive(root: Token | None) -> bool:
    """Whether the main verb takes someone and what they are to do ('enables people to park') and the
    parse gave it no 'to' of its own."""
    if root is None or verb_lemma(root) not in TAKES_SOMEONE_TO:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") for c in root.children)


def counted_in_the_aside(doc: Doc, start: int, end: int, after: str) -> bool:
    """Whether the words after an aside end on a bare count whose things the aside names ('The school, which has
    space for 210 pupils, now has only 74': without the aside, 74 of nothing), or name again the aside's last thing
    ('action, which could include serving a notice, the first step towards X': the notice is the step)."""
    counted = re.search(r"\b\d+$", after.split(", ", maxsplit=1)[0]) is not None
    named = re.match(r"(?:the|a|an)\s", after) is not None
    named = named and any(t.dep_ in ("npadvmod", "appos") and t.pos_ == "NOUN" for t in doc[end + 1 : end + 5])
    return named or (counted and any(t.like_num and t.head.tag_ == "NNS" for t in doc[start:end]))

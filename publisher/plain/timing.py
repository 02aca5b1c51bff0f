"""A time limit or a means at the end of a long sentence as a sentence of its own: 'Return the form within
one month of the date it was sent' -> 'Return the form.' 'Do this within one month of the date it was
sent.'; 'You can get help by filling in an HC1 form' -> 'You can get help.' 'You can do this by filling
in an HC1 form.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .means import one_place_of_several
from .parse import SUBJECTS, stands_alone
from .parser import parse, verb_lemma
from .series import Bullets, Piece
from .syntax import _root, _standing, _text, _words, has_subject
from .wording import INTENDS, MONTHS, SAME_IN_THE_PAST, TARGET_WORDS, TIME_UNITS, dated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that open a phrase saying when: 'by', 'from', 'on' and 'between' only before a date or a time
# ('by post' is how, 'on a lead' is where).
WHEN_WORDS = frozenset({"within", "before", "after", "until", "during"})
WHEN_IF_DATED = frozenset({"by", "from", "on", "between"})
SHORTEST_PHRASE = 4  # words: 'by 7am' stays where it is
SHORTEST_REST = 6
# Verbs for what happens to 'you' rather than what 'you' do: 'You should get your results within 2 weeks'
# is not 'You should do this within 2 weeks'.
_UNDERGONE = frozenset({"get", "receive", "hear", "be", "have", "need", "see", "expect", "qualify", "continue"})
# Who is said again for what they do: 'Residents should contact us before X' -> 'They should do this before X'.
_DOERS = {"you": "You", "we": "We", "they": "They"}


def _main_verbs(root: Token) -> set[int]:
    """The main verb and the verbs that carry on its clause: those joined to it by 'and', and its 'to'
    infinitives ('will return to empty the bin')."""
    found, todo = {root.i}, [root]
    while todo:
        verb = todo.pop()
        for child in verb.children:
            infinitive = child.dep_ in ("xcomp", "advcl") and any(c.lower_ == "to" for c in child.children)
            if child.pos_ in ("VERB", "AUX") and (child.dep_ == "conj" or infinitive):
                found.add(child.i)
                todo.append(child)
    return found


def _time_phrase(doc: Doc, verbs: set[int]) -> Token | None:
    """The word that opens a phrase saying when, if the phrase ends the sentence and belongs to the
    main clause."""
    # ('between 9am and 4pm' with no full stop: the parser may take 'pm' for punctuation)
    last = max((t.i for t in doc if not t.is_punct and t.dep_ != "punct"), default=-1)
    for token in doc:
        if token.dep_ != "prep" or token.head.i not in verbs or _dated_to(doc, token) < last:
            continue
        # 'on Tuesday 3 March between 9am and 4pm': a date of the main verb's own, and phrases saying when to
        # the end ('from the station every 30 minutes from 7am' is where from; 'on Saturday 17 April after a
        # refurbishment' leaves 'after' to say when on its own)
        timed = token.lower_ in WHEN_IF_DATED and _dated_phrase(doc, token)
        if token.right_edge.i < last and not timed:
            continue
        # 'by completing a form': how, said as 'You can do this by completing a form' (never 'This happens by')
        means = token.lower_ == "by" and any(c.tag_ == "VBG" for c in token.children)
        if token.lower_ in WHEN_WORDS or timed or means:
            return token
    return None


def _dated_to(doc: Doc, phrase: Token) -> int:
    """Where a phrase ends, with the dated phrases of the same verb that follow it ('on Tuesday 3 March',
    'between 9am and 4pm')."""
    end = phrase.right_edge.i
    while end + 1 < len(doc):
        following = doc[end + 1]
        if following.dep_ != "prep" or following.head != phrase.head or not _dated_phrase(doc, following, after=True):
            break
        end = following.right_edge.i
    return end


def _dated_phrase(doc: Doc, token: Token, after: bool = False) -> bool:
    """Whether a phrase of the main verb names a date or a time in its first words, has no other phrase
    saying when inside it, and follows none ('at around 6.15pm on Friday 14 November' is one time)."""
    if token.head.dep_ != "ROOT" or any(t.lower_ in WHEN_WORDS for t in token.subtree):
        return False
    # 'There is a bus from 7am', 'will take place on Monday': the time is what the sentence says; 'is restricted
    # between 6am and 4pm': a state, where what will happen or did happen can be said as 'This will happen'
    if verb_lemma(token.head) in ("be", "happen") or any(c.lower_ == "place" for c in token.head.children):
        return False
    if not any(c.tag_ == "MD" for c in token.head.children) and token.head.tag_ != "VBD":
        return False
    # ('on a lead between May and September': what the phrase names runs to the next phrase but 'of')
    inside = doc[token.i + 1 : token.right_edge.i + 1]
    named = next((t.i for t in inside if t.dep_ == "prep" and t.lower_ != "of"), token.right_edge.i + 1)
    before = _text(doc[max(0, token.i - 3) : token.i])
    return dated(_text(doc[token.i + 1 : named])) and (after or not dated(before))


def _doer(subject: Token) -> str | None:
    """The pronoun for a subject said again as the doer of 'do this': 'you', 'we', or a plural 'they'."""
    if subject.lower_ in _DOERS:
        return _DOERS[subject.lower_]
    return "They" if subject.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in subject.children) else None


def _said_again(root: Token, phrase: Token) -> str | None:
    """How the second sentence starts: 'Do this' after an order, 'You should do this' after what you
    should do, else 'This will happen' in the main verb's tense (None for a tense it cannot say). A
    phrase whose own verb has no subject ('before spreading to the body') needs a doer: 'This happens
    before spreading' would say that 'this' spreads."""
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    modal = next((h.lower_ for h in helpers if h.tag_ == "MD"), None)
    if not subjects and root.tag_ == "VB" and all(h.lower_ == "do" for h in helpers):
        return "Do this"
    passive = any(h.dep_ == "auxpass" for h in helpers)
    doer = _doer(subjects[0]) if subjects and not passive else None
    if doer and modal and verb_lemma(root) not in _UNDERGONE:
        return f"{doer} {modal} do this"
    # ('you (will) need to apply for a closure at least 6 weeks before': you need to do this then, it does not
    # happen then)
    # (never 'to be watered': 'New trees need to be watered in dry weather' is no doing of the trees')
    wanted = any(
        c.dep_ == "xcomp"
        and any(a.lower_ == "to" for a in c.children)
        and not any(a.dep_ == "auxpass" for a in c.children)
        for c in root.children
    )
    # ('We aim to remove it within 3 days': what is aimed at is not said to happen; 'We aim to do this within 3 days')
    aimed = verb_lemma(root) in INTENDS
    if doer and wanted and aimed and (modal or root.tag_ in ("VBP", "VBZ")):
        return " ".join(w for w in (doer, modal, root.text, "to do this") if w)
    if any(c.tag_ == "VBG" for c in phrase.children):
        return None
    # ('The deadline is 5pm, 11 working days before polling day': a time that is, not a thing that happens)
    if verb_lemma(root) == "be" and not helpers and phrase.lower_ in ("before", "after"):
        return f"This {root.lower_}" if any(c.dep_ == "attr" for c in root.children) else None
    # ('Officers are appealing for information after a series of burglaries': what is going on now is not said to
    # happen after it, as a habit would be)
    going_on = root.tag_ == "VBG" and helpers and helpers[-1].lower_ in ("is", "are", "was", "were")
    if going_on and phrase.lower_ == "after":
        happen: str | None = "was" if helpers[-1].lower_ in ("was", "were") else "is"
    else:
        happen = _happen(helpers[0] if helpers else root, modal, "last" if phrase.lower_ == "until" else "happen")
    return f"This {happen}" if happen else None


def _happen(finite: Token, modal: str | None, verb: str) -> str | None:
    """'happen' (or 'last') in the tense of the main verb: 'will happen', 'happens', 'happened'; None
    for the perfect ('has been done within X' says when it was done, not that it happens then)."""
    if modal:
        return f"{modal} {verb}"
    if finite.lower_ in ("has", "have", "had"):
        return None
    if finite.tag_ in ("VBZ", "VBP"):
        return f"{verb}s"
    # ('we cut verges up to 6 times a year': a verb the same in the past may be a present the parse took for one)
    past = finite.tag_ == "VBD" and finite.lower_ not in SAME_IN_THE_PAST
    return ("lasted" if verb == "last" else "happened") if past else None


_WITHIN_TIMES = frozenset({"time", "period", "deadline", "timescale", "timescales", "limit", "limits", "term", "year"})
_DISTANCE = re.compile(
    r"(?:within|up to|about|around|more than|less than|over|under)\s+(?:about\s+|around\s+)?[\d,.]+\s*"
    r"(?:metres|meters|m|miles|kilometres|km|yards|feet|ft)\b",
    re.IGNORECASE,
)


def _asked_of_another(verb: Token, root: Token) -> bool:
    """Whether a verb is what someone named before it is asked to do ('ask you to pay it'), up to the root."""
    while verb != root and verb.dep_ in ("xcomp", "ccomp", "advcl", "conj"):
        if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") and c.i < verb.i for c in verb.head.children):
            return True
        verb = verb.head
    return False


def _with_its_start(doc: Doc, phrase: Token | None) -> Token | None:
    """The 'from' that starts the range a closing 'until' ends ('from 7am on Tuesday until 6pm on Thursday': the end
    is said with its start), or the phrase itself."""
    if phrase is None:
        return None
    start = phrase.left_edge.i
    ranged = [t for t in doc[:start] if t.lower_ == "from" and "," not in _text(doc[t.i : start])]
    # ('keep pets away from the area until the next day': a place it is away from starts no range of time)
    ranged = [
        t for t in ranged if dated(_text(doc[t.i : start])) or any(w.lower_ in TIME_UNITS for w in doc[t.i : start])
    ]
    return ranged[0] if phrase.lower_ in ("until", "till") and ranged else phrase


_IN_A_CONDITION = r"\b(?:if|unless)\s[^,;]*$|\w\s+(?:if|unless)\s+you\b[^;]*,\s+(?:and|or)\s+(?:you|your)\b[^,;]*$"


def _last_alone(phrase: Token) -> bool:
    """Whether a time is said of the last of two joined verbs alone, the first with a thing or place of its own ('take
    it to the police station or keep it until the next working day')."""
    verb = phrase.head
    own = verb.dep_ == "conj" and any(c.dep_ in ("dobj", "prep") for c in verb.head.children if c.i < verb.i)
    # ('and you will have to pay X within 7 days': a clause with its own subject is the time's alone, as said)
    subject = any(c.dep_ in SUBJECTS for c in verb.children)
    return own and not subject and any(c.dep_ == "cc" for c in verb.head.children)


def at_time_limit(body: str) -> list[str] | None:
    """A phrase saying when that ends a long sentence becomes a sentence of its own: 'A new bin will be
    delivered within 10 working days of payment' -> 'A new bin will be delivered.' 'This will happen
    within 10 working days of payment.'"""
    doc = parse(body)
    root = _root(doc)
    if root is None or any(c.dep_ == "neg" for c in root.children):
        return None
    phrase = _with_its_start(doc, _time_phrase(doc, _main_verbs(root)))
    # ('will begin work to make safe headstones that have been found to be unstable, after an inspection': the
    # time may be the clause's, which the parse hung on the main verb)
    # (a clause in the present or with a modal leaves the time the main verb's: 'items that are not allowed, after
    # giving notice'; 'a form, which you can get from the office, at least 4 weeks before')
    clauses = [t for t in doc[root.i : phrase.left_edge.i] if t.dep_ == "relcl"] if phrase is not None else []
    perfect = [t for t in clauses if any(c.dep_ == "aux" and verb_lemma(c) == "have" for c in t.children)]
    # ('apply on roads within about 500 metres of a school': where, not when)
    distance = phrase is not None and _DISTANCE.match(_text(doc[phrase.left_edge.i :])) is not None
    # ('applies to other people within this age range': within a range or a place, not a time)
    distance = distance or (
        phrase is not None
        and phrase.lower_ == "within"
        and not any(t.lower_ in TIME_UNITS or t.lower_ in _WITHIN_TIMES or t.like_num for t in phrase.subtree)
    )
    # ('a café, which meets on the second Tuesday of every month, from 2pm to 4pm': a clause that says when goes on)
    timed = [
        t
        for t in clauses
        if dated(_text(doc[t.left_edge.i : t.right_edge.i + 1])) or _DAYS & {w.lower_ for w in t.subtree}
    ]
    if phrase is None or perfect or distance or timed or any(t.tag_ == "VBD" for t in clauses) or _last_alone(phrase):
        return None
    start = phrase.left_edge.i
    # ('You will need to do this after 5pm': already what the split would say; 'maintained during the closure period
    # by the applicant': the doer after the time is the main verb's)
    # ('your ceremony must take place within a year': alone, 'must take place' says nothing the time does not)
    done = bool(
        re.search(
            r"\b(?:do (?:this|so|it|that)|happen|happens|last|lasts|take place|takes place|occur|occurs)$",
            _text(doc[:start]),
        )
    )
    inside = {t.i for t in phrase.subtree}  # ('within 21 days of the date it was received by the council': its own)
    # ('by noon 3 working days before': a number just before the phrase is its own)
    # ('are open until 10pm on Friday and Saturday nights': a limit on some days only, whose state alone says always)
    done = (
        done
        or (phrase.lower_ == "until" and _WEEKDAY.search(_text(doc[start:])) is not None)
        or any(t.lower_ == "by" and (t.i not in inside or t.head.pos_ == "NOUN") for t in doc[start + 1 :])
        or (doc[start - 1].like_num and any(t.lower_ in TIME_UNITS for t in doc[start : start + 2]))
    )
    if done or _words(_text(doc[start:])) < SHORTEST_PHRASE or _words(_text(doc[:start])) < SHORTEST_REST:
        return None
    # 'by the end of the term before the one in which X': 'before the one' says which term, not when
    which = doc[start + 1 : start + 3].text.lower() in ("the one", "the ones")
    which = which or doc[start + 1].lower_ in ("that", "those")
    # 'respond online, by post, or by phone': a means after a comma may be one of a list of ways
    # ('renew online, by phone, or at any library': one of a list of ways and places)
    ways = (
        phrase.lower_ == "by"
        and doc[start - 1].text == ","
        and re.search(r",?\s+(?:or|and)\s+(?:by|at|in|on|online|through)\b", _text(doc[start:]))
    )
    # ('inspected at the reception between 9am and 5pm, Monday to Friday, or online at X': the time is one way's)
    other_way = r",\s+or\s+(?:online|by|through|(?:on|at|in)\s+(?:the|a|an|our|your|any)\s)"
    ways = ways or (phrase.lower_ != "by" and re.search(other_way, _text(doc[start:])))
    # ('report it to the police by calling 101, to the council online, or to X': the way is one place's)
    # ('fill in X, pick up Y, or ask for it in large print by calling 0163': the way is the last choice's)
    places = phrase.lower_ == "by" and (
        one_place_of_several(doc, phrase) or (doc[start - 1].text != "," and ", or " in _text(doc[:start]))
    )
    # 'on the working day after your collection day': 'after' says which day, whatever the parser hung it on
    before = doc[start - 1]
    day = before.lower_.removesuffix("s") in _DAYS
    # ('start school in the September after their fourth birthday': which September)
    day = day or (before.text in MONTHS.split("|") and doc[start - 2].lower_ in ("the", "that"))
    # ('up to 2 working days before the collection date': how long before is part of when)
    which = which or (phrase.lower_ in ("after", "before") and day)
    # ('advise you not to wait until the last few weeks': what 'wait' takes, not when it happens)
    waited = phrase.lower_ in ("until", "till") and verb_lemma(phrase.head) == "wait"
    # ('sessions at libraries during February and March, where residents can get help': 'where' is the sessions')
    relative = re.search(r",\s+(?:(?:at|in|on|during|after)\s+)?(?:where|which|who|when)\b", _text(doc[start:]))
    # ('go to a ceremony within 3 months, where you will make an oath': 'where' is the ceremony's)
    described = relative is not None
    # ('can only grant leave during term time in exceptional circumstances': 'only' is said of when)
    described = described or any(t.lower_ == "only" for t in doc[:start])
    # ('keep birds away from wild birds, for example by putting up netting': the example is the phrase's)
    exemplified = re.search(r"\b(?:for example|for instance|such as|including)$", _text(doc[:start]))
    described = described or exemplified is not None
    # ('your next check must be done before 2 October': with nothing else said of it, the deadline is what must be)
    # ('Vouchers usually need to be used within 90 days': any thing to be done, not just those named)
    bare_duty = _BARE_DUTY.search(_text(doc[:start])) is not None and doc[start - 1].tag_ == "VBN"
    deadline = phrase.lower_ in ("before", "by", "within") and bare_duty
    # ('the day we collect your bins will change from Tuesday to Thursday': what it changes from, not when)
    changed = re.match(r"from\s+(?:\S+\s+){1,4}to\s", _text(doc[start:]), re.IGNORECASE) is not None
    deadline = deadline or (changed and verb_lemma(phrase.head) in _CHANGING)
    # ('Any increase will apply from 30 September': said apart, 'Any increase will apply.' says nothing of when it is)
    deadline = deadline or (phrase.lower_ == "from" and verb_lemma(phrase.head) in _IN_FORCE)
    # ('known as a section 20 consultation, after the part of the Act that sets it out': what it is named after)
    named = phrase.lower_ == "after" and any(verb_lemma(t) in ("call", "name", "know", "title") for t in doc[:start])
    # ('if you are starting or returning to work within 31 days': the time is the condition's, with no comma between;
    # 'we will ask you to send it within 14 days': the sending's, which someone else is asked to do)
    # ('if you were born before X, and you lived in England during the week of Y': the reader's second case too)
    conditioned = re.search(_IN_A_CONDITION, _text(doc[:start]), re.I) or _asked_of_another(phrase.head, root)
    if which or ways or places or waited or described or deadline or named or conditioned:
        return None
    # 'booked online from 4 weeks before X': a word before the phrase that needs it ('from') keeps it whole
    # ('we may lend one, but please let the school know 2 weeks before': the time is the order's, not 'may')
    # ('they will leave a tag, and you will need to take it out before X': 'You will do this', not 'They')
    clause = phrase.head
    while clause.dep_ in ("xcomp", "advcl") and clause.head.i in _main_verbs(root) and clause != root:
        clause = clause.head
    own = clause.dep_ == "conj" and clause.left_edge.i >= 2 and doc[clause.left_edge.i - 2].text == ","
    verb = clause if own and doc[clause.left_edge.i - 1].dep_ == "cc" else root
    # ('do not put your bins out again until your next collection day': after a 'not', 'until' says when it may be
    # done again; 'collections may be late, so please leave your bins out until 8pm': the time is the order's)
    # ('the council agreed to pay for them until March 2029': the time is the paying's, whose tense the agreeing's
    # past is not)
    denied = (phrase.lower_ in ("until", "till") and any(c.dep_ == "neg" for c in clause.children)) or (
        verb.tag_ == "VBD" and any(c.tag_ == "TO" for c in phrase.head.children)
    )
    ordered = clause != verb and clause.tag_ == "VB" and not has_subject(clause)
    ordered = ordered and any(t.text == "," for t in doc[verb.i : clause.i])  # ('complete and return it by X': one)
    opener = _said_again(verb, phrase) if doc[start - 1].tag_ != "IN" and not (denied or ordered) else None
    # ('Check on your neighbours, especially during a cold snap': when it matters most, which 'This happens' is not)
    if opener is None or (opener.startswith("This ") and doc[start].lower_ in _EMPHASIS):
        return None
    return _standing([_text(doc[:start]), f"{opener} {_text(doc[start:])}"])


_EMPHASIS = frozenset({"especially", "particularly", "mainly", "mostly", "even"})
_CHANGING = frozenset({"change", "move", "switch", "rise", "fall", "increase", "reduce", "go", "drop", "cut"})
_IN_FORCE = frozenset({"apply", "run", "last", "start", "begin", "continue", "remain", "stay", "operate"})
_BARE_DUTY = re.compile(r"\b(?:must|should|has to|have to|needs? to)\s+be\s+\w+$")
_WEEKDAY = re.compile(r"\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.IGNORECASE)
_DAYS = frozenset({"day", "week", "month", "year", "date", "term", "time", "deadline", "weekend", "evening"})
_TIME_PREPOSITIONS = frozenset({"at", "on", "from", "between", "until", "till", "in", "during", "before", "after"})
LONGEST_TIME_ITEM = 12  # words of one time or place in a schedule made bullets
LONGEST_TIME_INTRO = 12  # words of the sentence that introduces them


_DAYS_SAID = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|days?|weekdays?|weekends?|nights?|mornings?|evenings?)\b", re.I
)


def times_as_bullets(body: str) -> list[Piece] | None:
    """Two times or places joined by 'and' at the end of a long sentence become bullets: 'The centre is open
    from 8am to 8pm Monday to Friday and from 9am to 4pm on Saturdays' -> 'The centre is open:', 'from 8am to
    8pm Monday to Friday', 'from 9am to 4pm on Saturdays'. Both phrases are dated (a number in each; 'a
    review of its impact on passengers and on operators' is no schedule), neither has a verb, the first is
    the first after the main verb and the second runs to the end of the sentence. The parser joins such
    phrases in many ways, so they are found by their words."""
    doc = parse(body)
    root = _root(doc)
    if root is None or _words(body) <= TARGET_WORDS:
        return None
    for link in doc[root.i + 1 : -1]:
        second = link.nbor()
        if link.lower_ not in ("and", "or") or second.lower_ not in _TIME_PREPOSITIONS or link.nbor(-1).text == ",":
            continue
        opening = [t for t in doc[root.i + 1 : link.i] if t.lower_ in _TIME_PREPOSITIONS and t.tag_ == "IN"]
        if not opening:
            continue
        first = opening[0]
        items = [doc[first.i : link.i], doc[second.i :]]
        dated = all(any(t.like_num or t.text[:1].isdigit() for t in item) for item in items)
        # 'between 9am and 5pm on weekdays and at any time at weekends and on bank holidays': three, not two
        linked = any(t.lower_ in ("and", "or") and t.nbor().lower_ in _TIME_PREPOSITIONS for t in items[0])
        marks = any(t.pos_ in ("VERB", "AUX", "SCONJ") or t.text in ",;:" for item in items for t in item)
        # ('from 8am to 9.30am and from 2.30pm to 4pm on school days': the days are both times', not the last's)
        shared = _DAYS_SAID.search(_text(items[1])) is not None and _DAYS_SAID.search(_text(items[0])) is None
        if not dated or linked or marks or shared:
            continue
        if any(_words(_text(i)) > LONGEST_TIME_ITEM for i in items):
            continue
        intro = _text(doc[: first.i])
        # a short introduction of one clause: 'You can phone us on X, and the centre is open:' is two
        if not 3 <= _words(intro) <= LONGEST_TIME_INTRO or "," in intro or not stands_alone(f"{intro}."):
            continue
        return [Bullets(intro=f"{intro}:", items=tuple(_text(i).rstrip(".") for i in items))]
    return None

"""Phrases that close a sentence, said as sentences of their own: a participle ('X, amounting to Y' ->
'This amounts to Y'), a purpose ('X, to do Y' -> 'This is to do Y'), a trailing phrase ('X, following
Y' -> 'This follows Y') and a clause after 'with' ('X, with lists being kept until May' -> 'Lists are kept
until May'); a reason that closes a sentence is reasons.py's, a reported finding openers.py's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .inflect import past_from_ing, present
from .linking import in_closing_condition
from .parse import SUBJECTS, is_finite, parse, verb_lemma
from .syntax import LONGEST_SUBJECT, _clause_between, _plural, _root, _standing, _text, _words
from .wording import DESCRIBING_ING, EXAMPLE_OPENERS, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Verbs whose -ing form after a comma says what the whole clause before it amounts to.
_RESULT_VERBS = frozenset(
    {"amount", "mean", "reflect", "follow", "result", "lead", "cause", "represent", "bring", "depend"}
)


def _past(root: Token) -> bool:
    return root.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in root.children)


def _participle_said(doc: Doc, root: Token, token: Token) -> str | None:
    """A closing participle said as a sentence: 'This amounts to Y' for a result, else the main subject
    said again in the main verb's tense ('They pretended to be Z'), with its modal ('You should take X')."""
    lemma = verb_lemma(token)
    subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
    # ('The money will pay for X, starting with homes where Y': an order of turns is not what the subject does)
    turns = lemma in ("start", "begin") and any(c.lower_ == "with" for c in token.children)
    if lemma in _RESULT_VERBS:
        subject, plural, modal = "This", False, None
    elif (
        turns
        or _clause_between(doc, root, token)
        or any(c.dep_ in ("xcomp", "ccomp") and c.i < token.i for c in root.children)
    ):
        # 'a rise in reports, in which criminals phoned people, pretending to be X'; 'will ask you to keep a
        # record, noting X': the one asked does the noting
        return None
    elif subjects and _words(_text(subjects[0].subtree)) <= LONGEST_SUBJECT:
        plural = _plural(subjects[0]) or subjects[0].lower_ in ("you", "we", "they", "i")
        subject = _text(subjects[0].subtree)
        modal = next((c.lower_ for c in root.children if c.tag_ == "MD" and c.dep_ == "aux"), None)
    else:
        return None
    form = past_from_ing(lemma, token.lower_) if _past(root) else present(lemma, plural)
    if modal:  # 'You should call us, taking photos first' -> 'You should take photos first'
        form = f"{modal} {lemma}"
    return f"{subject} {form} {_text(doc[token.i + 1 :])}" if form else None


def at_participle(body: str) -> list[str] | None:
    """'X, amounting to Y' -> 'X.' 'This amounts to Y.'; 'They phoned people, pretending to be Z' ->
    'They phoned people.' 'They pretended to be Z.' (the subject said again, in the main verb's tense);
    'X, when Y' -> 'X.' 'This was when Y.'"""
    doc = parse(body)
    root = _root(doc)
    if root is None:
        return None
    for token in doc[1:]:
        comma = token.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            continue
        said: str | None = None
        # ('on Bonfire Night, when it is midnight, and on New Year's Eve, when it is 1am': the sentence goes on;
        # 'proof of address, such as a bill, when you collect the bike': 'This is when' would be the examples')
        goes_on = re.search(r",\s+(?:and|or|but)\s", _text(doc[token.i :])) is not None
        goes_on = goes_on or any(t.lower_ == "when" for t in doc[: token.i])
        goes_on = goes_on or any(o in _text(doc[: token.i]).lower() for o in EXAMPLE_OPENERS)
        goes_on = goes_on or re.search(r",\s+(?:because|as|since)\s", _text(doc[token.i :])) is not None
        if token.lower_ == "when" and token.i == comma + 1 and not goes_on:
            said = f"{'This was' if _past(root) else 'This is'} {_text(doc[token.i :])}"
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and token.left_edge.i == token.i and token.head == root:
            # 'call 101, quoting X, or report it online': a base form joined on goes with the main verb
            # ('offering to do X and then charging too much': a second -ing form would stay one)
            joined = any(c.dep_ == "conj" and c.tag_ in ("VB", "VBP", "VBG") for c in token.children)
            joined = joined or re.search(r"\b(?:and|or)\s+(?:then\s+)?\w+ing\b", _text(doc[token.i :])) is not None
            # ('Warm spaces are free, welcoming places': a describing word among others before their noun)
            joined = joined or (doc[comma - 1].pos_ == "ADJ" and token.lower_ in DESCRIBING_ING)
            said = None if joined else _participle_said(doc, root, token)
        pieces = _standing([_text(doc[:comma]), said]) if said else None
        if pieces:
            return pieces
    return None


_BE = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_NOT_FOR_PURPOSE = frozenset({"needed", "necessary", "required", "possible", "important", "able", "used"})


# Nouns whose 'to' clause says what they are (help to claim, time to reply, the right to appeal)
_NOUNS_WITH_TO = frozenset({"help", "support", "advice", "time", "money", "chance", "right", "way", "opportunity",
                            "permission", "decision", "plan", "plans", "ability", "need", "reason", "request",
                            "attempt", "power", "powers", "duty", "freedom", "funding", "training", "someone",
                            "somebody", "anyone", "anybody", "something", "anything", "somewhere", "nothing",
                            "nobody"})  # fmt: skip


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
_TIMES_TAKEN = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "time", "while", "long"})


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


_ASK = frozenset({"ask", "tell", "allow", "encourage", "invite", "want", "expect", "require", "advise", "remind",
                  "urge", "persuade", "force", "enable", "permit", "instruct", "order"})  # fmt: skip


def at_purpose(body: str) -> list[str] | None:
    """'X, to do Y' (a purpose clause that ends the sentence) -> 'X.' 'This is to do Y.'"""
    doc = parse(body)
    for token in doc:
        start = token.left_edge.i
        purpose = token.dep_ == "advcl" and token.tag_ == "VB" and doc[start].lower_ == "to" and not token.like_email
        # 'find it difficult to walk', 'free to leave', 'it will be necessary to close the road': what the
        # word before is like, not a purpose ('the action needed to stop X' still says what it is for)
        after_be = start >= 2 and doc[start - 2].lower_ in _BE and doc[start - 1].lower_ in _NOT_FOR_PURPOSE
        purpose = purpose and token.head.pos_ != "ADJ" and not after_be
        # 'get free help to make your claim': what the help is for, which the noun needs to say what it is
        purpose = purpose and not (start >= 1 and doc[start - 1].lower_ in _NOUNS_WITH_TO)
        # ('compared with the 95% needed to stop it spreading': a level needed for it, not what was done for it)
        level = start >= 2 and doc[start - 1].lower_ in ("needed", "required")
        purpose = purpose and not (level and (doc[start - 2].text == "%" or doc[start - 2].like_num))
        # ('give you 28 days to improve it': the time given is for doing it; 'closed for 4 weeks to repair it',
        # 'contact you within 5 days to talk' are purposes)
        given_time = start >= 2 and doc[start - 1].lower_ in TIME_UNITS and doc[start - 1].dep_ == "dobj"
        purpose = purpose and not given_time
        # ('a legal duty of care to make sure X': the 'to' says what the duty is, after its 'of' phrase)
        owner = doc[start - 1].head.head if start >= 1 and doc[start - 1].head.lower_ == "of" else None
        purpose = purpose and not (owner is not None and owner.lower_ in _NOUNS_WITH_TO)
        # 'restricted to permit holders': 'to' the preposition such words take, before a noun the parse took for a
        # verb; 'face to face', 'door to door': one phrase
        purpose = purpose and not (start >= 1 and doc[start - 1].lower_ in (*_TAKE_TO, token.lower_))
        # 'by asking your doctor to refer you': what you ask for, not what for; 'when a child comes to live with
        # you': where the child is to be, not why it comes
        moved = verb_lemma(token.head) in ("come", "go", "move") and start == token.head.i + 1
        # ('the more we can do to help you': what is done is the helping, the 'do' has no other object)
        moved = moved or (verb_lemma(token.head) == "do" and not any(c.dep_ == "dobj" for c in token.head.children))
        purpose = purpose and verb_lemma(token.head) not in _ASK and not moved
        # 'It does not apply if it is done on purpose to annoy people': the purpose of a verb inside a clause
        purpose = purpose and not _inside_a_clause(token.head)
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
        purpose = purpose and not inner and not _time_taken(token.head, start)
        # 'arrange for a nurse to see you': who is to do it, not what it is for
        noun = doc[start - 1]
        doer = start >= 2 and noun.pos_ in ("NOUN", "PROPN") and doc[noun.left_edge.i - 1].lower_ == "for"
        doer = doer and doc[noun.left_edge.i].tag_ != "CD"  # 'suspended for 4 weeks to allow X' is a purpose
        purpose = purpose and not doer
        # 'for years to come', 'in the weeks to come': when, not what for
        purpose = purpose and not (token.lower_ == "come" and start >= 1 and doc[start - 1].tag_.startswith("NN"))
        # 'has bonfires often enough, and with enough smoke, to cause a nuisance': how much, not what for
        enough = any(t.lower_ == "enough" or (t.lower_ == "too" and t.head.pos_ in ("ADJ", "ADV")) for t in doc[:start])
        # ('offered the vaccine to reduce the chance of illness, ideally within 4 days': when is the offer's)
        timed = re.search(r",\s+(?:ideally|preferably|usually|normally|within|before|by)\b", _text(doc[start:]))
        if not purpose or enough or timed or token.right_edge.i < len(doc) - 2:
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
        if _words(_text(doc[:start])) < 6 or in_closing_condition(_text(doc[:start])):
            continue
        pieces = _standing([_text(doc[:start]), f"This is {_text(doc[start:])}"])
        if pieces:
            return pieces
    return None


# A phrase after a comma that ends the sentence, and how it starts a sentence of its own.
_TRAILING = {
    "following": "This follows",
    "including": "This includes",
    "such as": "This includes",
    "subject to": "This depends on",
    "regardless of": "This applies whatever",
    "irrespective of": "This applies whatever",
    "reflecting": "This reflects",
    "as a result of": "This is because of",
    "due to": "This is because of",
    # a condition or concession that ends the sentence, said about all of the sentence before it
    "unless": "This does not apply if",
    "provided that": "This applies only if",
    "as long as": "This applies only if",
    "even if": "This applies even if",
    "even though": "But",
    # an example of what the sentence said, which a sentence of its own needs a subject and verb for
    "for example": "For example, this could be",
}
# 'even if' and 'unless' start a closing condition with or without a comma ('X even if Y')
_TRAILING_AT = re.compile(rf"(?:,\s+({'|'.join(_TRAILING)})|\s+(even if|unless))\s+")


_WHEN_WORD = r"(?:after|before|between|during|in|on|at|when|if|while)\b"
_CONDITIONS_LISTED = re.compile(r",\s+(?:and|or)\s+(?:are|is|do|does|have|has|can|will|were|was)\s+(?:not\s+)?\w+")


def _an_example(rest: str) -> bool:
    """Whether the words after a closing 'for example' can follow 'For example, this could be': a thing ('a
    family funeral'), a reason, a purpose or a condition; not a phrase that hangs on a verb ('in newspaper',
    'with a stairlift'), nor one with a clause after its comma ('for example after violence, an officer can X')."""
    if not rest:
        return False
    words = parse(rest)
    # (things may be listed with commas: 'for example a passport, a driving licence or a Blue Badge', 'people
    # who are X': a verb inside a clause that says which things is theirs)
    starts = [words[0], *(t.nbor() for t in words[:-1] if t.text == ",")]
    starts = [t.nbor() if t.lower_ in ("and", "or") and t.i + 1 < len(words) else t for t in starts]
    # ('loud music, barking dogs or alarms': a list the small model reads as a verb is left as it is)
    thing = all((t.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or t.tag_ == "PRP$") for t in starts)
    thing = thing and not any(t.tag_.startswith("VB") for t in starts)
    if thing:
        return not any(is_finite(t) and not any(a.dep_ == "relcl" for a in (t, *t.ancestors)) for t in words)
    if len(words) > 2 and words[0].lower_ == "because" and words[1].lower_ == "of":
        return _an_example(_text(words[2:]))  # 'because of the benefit cap, the bedroom tax or X': things
    if re.search(r",\s+(?!(?:and|or)\s)", rest):
        return False
    if words[0].lower_ in ("because", "if", "when"):
        return True
    return words[0].lower_ == "to" and len(words) > 1 and words[1].tag_ == "VB"


def _many(things: str) -> bool:
    """Whether examples name many things: a plural first, or a list joined by 'and'."""
    words = parse(things)
    first = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    return first is not None and (first.tag_ in ("NNS", "NNPS") or any(t.lower_ == "and" for t in words))


def _verb_after_a_comma(body: str, start: int) -> bool:
    """Whether a finite verb follows a comma after the character start: the sentence goes on there."""
    doc = parse(body)
    return any(t.text == "," and t.idx >= start and t.i + 1 < len(doc) and is_finite(t.nbor()) for t in doc)


def at_trailing_phrase(body: str) -> list[str] | None:
    """'X, following Y' -> 'X.' 'This follows Y.'; 'X, including Y' -> 'X.' 'This includes Y.'"""
    for match in _TRAILING_AT.finditer(body):
        rest = body[match.end() :]
        phrase = match.group(1) or match.group(2)
        # ('as long as you are not paid, do not get X, and are not doing Y': a condition of three things, all
        # of which go with it)
        listed = _TRAILING[phrase].startswith("This applies only") and _CONDITIONS_LISTED.search(rest)
        if not listed and re.search(r",\s+(?:or\s+if|and\s+if|if|when|unless|because|and|but|to|so|that|as)\b", rest):
            continue  # the phrase is not the end of the sentence ('such as a mobile, to call your bank'), or
            # an aside ('any equipment, such as a wheelchair, that you will bring': the clause is the equipment's;
            # 'treat noise, such as doors closing, as nuisance': the 'as' is the verb's)
        if ";" in rest or _verb_after_a_comma(body, match.end()):
            continue  # 'include X, such as A or B; help with Y; or Z': the examples end at the semicolon
            # ('whether any services, such as gas pipes or cables, need to be moved': the sentence's verb follows)
        if phrase == "for example" and not _an_example(rest):
            continue
        if (_TRAILING[phrase].startswith("This applies") or phrase == "unless") and re.match(r"Th(?:is|ese)\s", body):
            continue  # 'This is because they are not a danger unless disturbed': 'This does not apply' would be
            # about the reason's 'This'
        if phrase in ("such as", "including") and re.search(
            r",\s+(?:(?:and|or)\s+)?(?:for|in|on|at|by|from|into|via|within|with)\s|,\s+(?:which|who)\s|"
            r",\s+(?:and|or)\s+(?:something|anything|someone|anyone)\b|"  # ('something illegal, such as A or B, or
            # something that could be used for crime': the examples end where another thing starts)
            r"^(?!\w+ing\b).*,\s+using\s|"  # ('roads and parks, using the form': how it is done, after things)
            r",\s+(?:is|are|was|were|will|would|can|could|has|have|had|must|should|may|might)\s|"
            rf"^{_WHEN_WORD}[^,]*,\s+(?!(?:and\s+|or\s+)?{_WHEN_WORD})",  # ('bleeding, including after sex, changes
            rest,  # to X, or pain': examples of when end at the comma, and the list they are in goes on)
        ):
            continue  # 'pay for insulation, such as loft insulation, for heat pumps and for solar panels': the
            # examples end before ', for', and the sentence goes on ('a condition, such as autism, which causes
            # X': the 'which' is the condition's; 'when your benefits, such as X, are worked out': its verb)
        # 'regardless of whether X': whatever the answer, so 'whether or not X'
        opener = "This applies" if rest.startswith("whether ") else _TRAILING[phrase]
        if phrase == "such as" and re.match(r"(?:on|in|at|by|from|through|near)\s", rest):
            opener = "For example, this could be"  # 'somewhere they can see it, such as on the door': a place
        if phrase == "including" and re.match(r"(?:if|when)\s", rest):
            opener = "This also applies"  # 'not refundable, including if you cancel': not 'This includes if
        if phrase == "for example" and _many(rest):
            opener = "For example, these could be"  # 'full-time students, apprentices and carers'
        if rest.startswith("whether ") and not rest.startswith("whether or not"):
            rest = "whether or not " + rest.removeprefix("whether ")
        if opener.startswith("This applies only"):
            rest = re.sub(r"\s+(and|or) that\s+", r" \1 ", rest)  # 'provided that A or that B': both conditions
        pieces = _standing([body[: match.start()], f"{opener} {rest}"])
        if pieces:
            return pieces
    return None


def with_verb(main: Token, many: bool, described: Token, phrase: str) -> str:
    """The verb that says a 'with' phrase as a sentence, in the main verb's time: 'must be shown, with the
    date filled in' -> 'must be'; 'have risen, with 86 cases confirmed' -> 'have been'; else 'are' or 'is'."""
    helpers = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    if described.tag_ == "VBN":
        modals = [c.text for c in helpers if c.tag_ == "MD"]
        if modals:
            return f"{modals[0]} be"
        if any(c.lower_ in ("has", "have") for c in helpers):
            return "have been" if many else "has been"
    past = main.tag_ == "VBD" or any(c.tag_ == "VBD" for c in helpers)
    past = past and not re.search(r"\b(?:now|still)\b", phrase)  # 'with leads now based in Paris'
    return ("were" if many else "was") if past else ("are" if many else "is")


def _with_clause(doc: Doc, with_: Token) -> str | None:
    """A closing 'with X being/having been done' said as a sentence: 'X are kept ...', 'X have been
    given ...'; 'with X to be confirmed' -> 'X will be confirmed'. None for any other 'with'."""
    verbs = [c for c in with_.children if c.dep_ == "pcomp" and c.tag_ in ("VBN", "VBG")]
    if verbs:
        verb = verbs[0]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if not subjects:
            return None
        subject = subjects[0]
        plural = _plural(subject)
        helpers = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if helpers[:1] == ["having"]:  # 'having been given' -> 'have been given'
            said_helpers = ["have" if plural else "has", *helpers[1:]]
        elif verb.lower_ == "being":
            return None  # 'with the largest loss being £2,300': 'is' or 'was' the sentence does not say
        elif helpers in ([], ["being"]):  # 'being kept' -> 'are kept'; 'rising' -> 'are rising'
            said_helpers = ["are" if plural else "is"]
        else:
            return None
        return " ".join([_text(doc[subject.left_edge.i : subject.right_edge.i + 1]), *said_helpers,
                         _text(doc[verb.i :])])  # fmt: skip
    things = [c for c in with_.children if c.dep_ == "pobj"]
    clauses = [c for c in things[0].children if c.dep_ == "relcl"] if things else []
    if not clauses or [t.lower_ for t in doc[clauses[0].left_edge.i : clauses[0].left_edge.i + 2]] != ["to", "be"]:
        return None
    thing = _text(doc[things[0].left_edge.i : clauses[0].left_edge.i])
    return f"{thing} will be {_text(doc[clauses[0].left_edge.i + 2 :])}"


def at_with_clause(body: str) -> list[str] | None:
    """'You can join the waiting list, with lists being kept until May' -> 'You can join the waiting list.'
    'Lists are kept until May.' (a closing 'with' that holds a clause of its own)."""
    doc = parse(body)
    last = max((t.i for t in doc if not t.is_punct), default=-1)
    for token in doc:
        if token.lower_ != "with" or token.i < 2 or doc[token.i - 1].text != "," or token.right_edge.i < last:
            continue
        said = _with_clause(doc, token)
        if said:
            return _standing([_text(doc[: token.i - 1]), said])
    return None

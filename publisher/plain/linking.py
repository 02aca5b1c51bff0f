"""Text rules that split a sentence at a linking phrase: ', leading to X' -> 'This led to X.'; 'Despite X,
Y' -> 'Y.' 'This is despite X.'; 'X so that Y' -> 'X.' 'This is so that Y.'; 'X and we are Y' -> 'X.' 'And we
are Y.' (no parse needed)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .wording import PROVIDED, at_first_comma, count_words

_CONSEQUENCES = {"leading to": "This led to", "resulting in": "This resulted in", "compared to": "This compares with",
                 "compared with": "This compares with"}  # fmt: skip


# 'compared with last year,' between commas: a comparison that belongs to the clause before it
_COMPARISON_ASIDE = re.compile(r"\s*compared (?:with|to) [^,]+,")


def at_consequence(body: str) -> list[str] | None:
    """', leading to X' -> 'This led to X.'; ', 404 relating to X' -> 'Of these, 404 were linked to X.'"""
    match = re.search(rf",\s+({'|'.join(_CONSEQUENCES)})\s+", body)
    # 'X fell by 9%, compared with last year, there were still Y': a comparison between commas belongs
    # to the clause around it ('This compares with last year, there were still Y' runs two into one)
    aside = match is not None and _COMPARISON_ASIDE.match(body[match.start() + 1 :]) is not None
    if match and not aside:
        return [body[: match.start()], f"{_CONSEQUENCES[match.group(1)]} {body[match.end() :]}"]
    match = re.search(r",\s+(\d[\d,]*)\s+(relating|related) to\s+", body)
    if match:
        return [body[: match.start()], f"Of these, {match.group(1)} were linked to {body[match.end() :]}"]
    return None


_REORDER = {"despite": "This is despite", "although": "But", "even though": "But", "while": "But", "whilst": "But"}
# A 'while' clause that concedes something rather than saying when: a modal, 'seem', 'welcome' or 'many' in it ('While
# fireworks can be fun, they are dangerous'); 'While you wait, read this' says when, and stays as it is
_CONCEDED = re.compile(r"\b(?:can|could|may|might|will|would|seems?|appears?|welcome|many|most)\b", re.IGNORECASE)


def at_opening_clause(body: str) -> list[str] | None:
    """'Despite X, Y' -> 'Y.' 'This is despite X.'; '(And) although X, Y' -> 'X.' 'But Y.'"""
    linked = re.match(r"(?:and|but)\s+", body, re.IGNORECASE)  # the linking word goes with the clause
    body = body[linked.end() :] if linked else body
    for opener, linker in _REORDER.items():
        if body.lower().startswith(opener + " ") and "," in body:
            # (never at the comma inside an amount: 'Although you have £23,250, X')
            clause, _, main = at_first_comma(body[len(opener) + 1 :])
            # 'Although X fell by 9%, compared with last year, Y': the comparison is part of X
            compared = _COMPARISON_ASIDE.match(main)
            if compared:
                clause, main = f"{clause},{main[: compared.end() - 1]}", main[compared.end() :]
            clause, main = clause.strip(), main.strip()
            if opener in ("while", "whilst") and not _CONCEDED.search(clause):
                continue
            if count_words(clause) >= 3 and count_words(main) >= 4:
                return [main, f"{linker} {clause}"] if linker.startswith("This") else [clause, f"{linker} {main}"]
    return None


_LINKS = {
    " so that ": "This is so that",
    " as a result of ": "This was a result of",
    " as part of ": "This was part of",
    " because of ": "This is because of",
}


_DENIED = re.compile(r"\b(?:not|never|cannot)\b|n't\b", re.IGNORECASE)


# A thing being made or set up, which 'so that' says how of: 'are built so that', 'is designed so that'.
_MADE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+ed\s+and\s+)?(?:built|made|designed|"
                   r"arranged|set up|planned|laid out|placed|positioned|written|done|organised|run|timed)\s*$",
                   re.IGNORECASE)  # fmt: skip
# A word of how much, before the link, that goes with the reason ('primarily as a result of X').
# A word that opens a condition: a piece with one is not cut before the condition ends
CONDITION_WORD = re.compile(r"\b(?:if|unless|provided|whether)\b", re.IGNORECASE)
# Words ending inside a condition or time clause that no comma has closed
_IN_A_CONDITION = re.compile(
    rf"(?:\b(?:if|unless|when|whenever|where|because|while|once|until|as long as|so long as|whether|{PROVIDED})\b"
    r"|^sometimes\b)"
    r"[^,]*$",
    re.IGNORECASE,
)  # ('Sometimes it is in good condition and is not likely to be disturbed': a condition said as 'Sometimes')
# A condition's clause with its subject: 'if they', 'unless you', 'because your child'
_CONDITION_SUBJECT = re.compile(
    r"\b(?:if|unless|because|when|whether|as long as|so long as|provided(?: that)?)\s+"
    r"(you|they|we|he|she|it|I|your \w+|their \w+|the \w+)\s+(\w+)",
    re.IGNORECASE,
)


_IN_AN_IF = re.compile(r"\b(?:if|unless)\s[^,]*$", re.IGNORECASE)


def inside_an_if(words: str) -> bool:
    """Whether words end inside an 'if' or 'unless' clause no comma has closed ('help if you are eligible'), whose
    aside after them ('…, which means X, and Y'; '…, in which X') is more of the condition."""
    return in_a_condition(words, _IN_AN_IF)


def in_a_condition(words: str, pattern: re.Pattern[str] = _IN_A_CONDITION) -> bool:
    """Whether words end inside a condition ('You qualify if you are 2 or over'), a relative clause or
    examples that end them aside ('unless it was an official error, which is a mistake by the council'; 'when
    it was an error, such as a mistake by us')."""
    aside = r",\s+(?:which|who|such as|for example|including)\b[^,]*$"
    return bool(pattern.search(re.sub(aside, "", words.rstrip(", "))))


_CONDITION_GOES_ON = re.compile(r",\s+(?:and|or)\s+(?:you|they|we|he|she|it|your|their)\s", re.IGNORECASE)


def concession_in_a_condition(before: str, after: str) -> bool:
    """Whether an 'although' clause stands inside a condition that goes on after it ('if you are 16 or over,
    although you cannot vote until 18, and you are a British citizen'): both halves are the condition's."""
    return in_a_condition(before) and _CONDITION_GOES_ON.search(after) is not None


_IN_AN_EXCEPTION = re.compile(r"\bunless\b[^,]*$", re.IGNORECASE)


def in_an_exception(words: str) -> bool:
    """Whether words end inside an 'unless' clause, which an ', and' goes on ('unless it was an error, and
    you could not have known': both must hold), where after 'if' it may start a new sentence."""
    return in_a_condition(words, _IN_AN_EXCEPTION)


_IN_A_CASE = re.compile(r"\b(?:when|whenever|once|if|until|as soon as)\b[^,]*$", re.IGNORECASE)


def in_a_case(words: str) -> bool:
    """Whether words end inside a 'when', 'once', 'if', 'until' or 'as soon as' clause, which an ', or' with no modal
    goes on ('a break when the person stays in a care home, or a care worker looks after them': the other case)."""
    return in_a_condition(words, _IN_A_CASE)


_CONDITION_AND_SUBJECT = re.compile(
    r"\b(?:if|unless|as long as|so long as|provided(?: that)?)\s+(?:you|they|we|he|she|it|I|your \w+|their \w+)\s",
    re.IGNORECASE,
)


def has_a_condition(words: str) -> bool:
    """Whether words hold a condition with its subject ('as long as you are not paid'), whose subject a verb
    joined on later without one of its own ('and are not doing a course') may share."""
    return _CONDITION_AND_SUBJECT.search(words) is not None


_NOT_A_VERB = r"(?!(?:the|a|an|this|these|those|it|they|you|we|he|she|i|there|your|their|our)\b)"
# 'find walking very hard, or have a condition': verbs with no subject, the last after 'and' or 'or'
_MORE_OF_THE_SUBJECT = re.compile(rf"\s*{_NOT_A_VERB}[a-z]+\s[^,]*,\s+(?:and|or)\s+{_NOT_A_VERB}[a-z]+\s")


_MORE_OF_THE_READER = re.compile(
    r"\s*(?:and|or)\s+you\s+(?!(?:can|could|will|would|should|must|may|might|need|have to|cannot)\b)[a-z]+\s",
    re.IGNORECASE,
)


# An 'it' that stands for the clause after it ('it is also a good idea to keep a photo'), never a condition's subject
_PLACEHOLDER_IT = re.compile(
    r"\s*(?:(?:and|or)\s+)?it\s+(?:is|will be|would be)\s+(?:also\s+)?(?:a good idea|important|essential|worth|"
    r"best|advisable|sensible|helpful|useful|vital|wise|better)\s+(?:to|that|if)\b",
    re.IGNORECASE,
)


def continues_a_condition(left: str, right: str) -> bool:
    """Whether the clause after a split has the subject of a condition before it: 'if they are 5 to 16,
    they go to the nearest school, and they cannot walk there' is one condition of three clauses."""
    # ('if, for example, they cannot walk': the aside between 'if' and its subject is no part of the condition)
    left = re.sub(r",\s+(?:for example|for instance|in particular),", "", left)
    conditions = list(_CONDITION_SUBJECT.finditer(left))
    # (a condition in brackets is an aside of this one: 'you have earned less than £2,600 (or £3,600 if a couple)')
    # ('if it is found, and it is also a good idea to X': an 'it' that stands for what follows begins a new clause)
    own = re.search(r"(?<!even )\b(?:if|unless)\b", re.sub(r"\([^)]*\)", "", right), re.IGNORECASE)
    if not conditions or own or _PLACEHOLDER_IT.match(right):
        return False  # 'not X if A, and you should tell Y if B': a clause with its own condition is a new one
    if _MORE_OF_THE_SUBJECT.match(right):
        return True  # 'if they cannot walk, find walking very hard, or have X': three things said of 'they'
    # ('if you or someone living with you is disabled, and you own the property': more of the condition; a clause
    # with a helper of its own, 'and you can apply online', is a sentence of its own)
    if conditions[-1].group(1).lower() == "you" and _MORE_OF_THE_READER.match(right):
        return True
    subject = re.escape(conditions[-1].group(1))
    if re.match(rf"\s*{subject}\s", right, re.IGNORECASE):
        return True  # 'if they are 5 to 16, they go to ...': clauses listed with commas alone
    # 'and they cannot walk there' after 'if they are X, they go to Y,': the last of a list of three
    listed = re.search(rf",\s+{subject}\s", left[conditions[-1].end() :], re.IGNORECASE)
    # (or 'and there is nobody who can go for you', after 'if you live here, you cannot go,')
    if listed and re.match(rf"\s*(?:(?:and|or)\s+)?(?:{subject}|there)\s", right, re.IGNORECASE):
        return True
    # 'if you are 16 or over, or 14 in Wales, and you are a British citizen': the same subject, in the same
    # tense, goes on with the condition ('..., and you can apply online' is a new sentence)
    same = rf"\s*(?:and|or)\s+{subject}\s+{conditions[-1].group(2)}\b"
    return re.match(same, right, re.IGNORECASE) is not None


# A main clause, then a condition and a comma: 'You can apply if you live here, the car is yours,'
_CONDITIONS_LISTED_AFTER = re.compile(
    r"^(?!(?:if|unless)\b).*?\s(?:if|unless|as long as|so long as|provided)\s[^,]+,\s", re.IGNORECASE
)


# A condition after a comma that closes what came before it, up to the end ('£2,899': a comma in an amount)
# ('relief as long as none of your other properties is worth more than £2,899': these words open a condition with
# or without a comma before them)
_AFTER_ITS_CLAUSE = re.compile(
    r"(?:,\s+(?:if|unless|provided)|\b(?:as long as|so long as))\b(?:[^,]|(?<=\d),(?=\d))*$", re.IGNORECASE
)


def in_closing_condition(left: str) -> bool:
    """Whether words end inside a condition said after what it is the condition of ('You can get relief, as
    long as none of your other properties is worth more than £2,899'), which a clause after ', and' goes on."""
    return _AFTER_ITS_CLAUSE.search(left.rstrip(", ")) is not None


# A closing 'if' or 'unless' whose clause runs to the end with no comma ('exempt if it is empty because X has died')
_BARE_CLOSING_IF = re.compile(r"(?<!\beven)\s(?:if|unless)\s[^,]*$", re.IGNORECASE)


def in_a_bare_closing_if(words: str, when: bool = False) -> bool:
    """Whether words end inside a closing 'if' or 'unless' clause with no comma before it ends ('You can apply if you
    live here and you will be 18 by then'), so what comes after them may be more of it; never 'even if'. With when,
    a closing 'when' too ('It spreads when someone coughs, and another person breathes it in')."""
    return _BARE_CLOSING_IF.search(words) is not None or (when and _BARE_CLOSING_WHEN.search(words) is not None)


_BARE_CLOSING_WHEN = re.compile(r"\S\s+(?:when|whenever)\s[^,]*$")


_READERS_CONDITION = re.compile(r"\b(?:if|unless)\s+you\s[^,]*$", re.IGNORECASE)
_READERS_STATE = re.compile(
    r"and\s+(?:you|your\s+(?:[\w'-]+\s+){0,5}?)(?:are|is|have|has|own|rent|live|get|do\s+not|does\s+not)\b",
    re.IGNORECASE,
)


def more_of_the_readers_condition(left: str, right: str) -> bool:
    """Whether a clause after ', and' goes on with the reader's closing condition ('You could get it if you pay
    council tax, and your savings are below £16,000': both are asked of the reader, and neither is a fact);
    a clause with a helper of its own ('and you can apply online') is the main clause's next step."""
    left, right = left.rstrip(", "), right.strip()
    if _READERS_CONDITION.search(left) is not None and _READERS_STATE.match(right) is not None:
        return True
    # ('if you live in the zone, and the car is registered to you there': a state of the reader's thing, said of them
    # in the present with no helper, is the condition's too)
    if _READERS_CONDITION.search(left) is not None and _READERS_THING.match(right) is not None:
        return True
    # ('not responsible if we have a system for it, and we did not know about the defect': the same subject again,
    # with no helper of its own, says more of the condition)
    # (not 'it', which may stand for what follows: 'if it is found, and it is also a good idea to X')
    closing = re.search(r"\b(?:if|unless)\s+(we|they|he|she)\s[^,]*$", left, re.IGNORECASE)
    again = closing is not None and re.match(rf"and\s+{closing.group(1)}\s+(?!{_MODALS})", right, re.I) is not None
    if again:
        return True
    # ('can only be offered a course if you have not been on one, and the speed you were driving at was X': after
    # 'only if', a clause about the reader with no helper of its own is the condition's too; 'and the best way to
    # check is X' is about nobody's case; 'and the appointment is on a visit after the one where you were referred')
    about_you = re.search(r"\b(?:you|your)\b", right, re.IGNORECASE) is not None
    return _ONLY_IF.search(left) is not None and about_you and not _HELPED.match(right)


_READERS_THING = re.compile(
    r"and\s+(?:the|your)\s+(?:[\w'-]+\s+){0,3}?(?:(?:is|are|has|have)\s+(?:(?:not|already)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:to|for|by|with|in)|(?:lives?|belongs?|stays?)\s+(?:with|to))\s+you\b",
    re.IGNORECASE,
)
_MODALS = r"(?:will|can|could|may|might|must|should|would|shall)(?:not|n't)?\b"
_ONLY_IF = re.compile(r"\bonly\b[^,]*\b(?:if|unless)\s[^,]*$", re.IGNORECASE)
_HELPED = re.compile(r"and\s+(?:[\w'-]+\s+){0,6}?(?:will|can|could|may|might|must|should|would)\b", re.IGNORECASE)


def but_of_the_condition(left: str, right: str) -> bool:
    """Whether 'but it' after a closing condition may go on with it ('if you get Housing Benefit, but it does not
    cover all of your rent': the benefit does not), not with the clause the condition is of ('seize vehicles if they
    do not, but they will only use these powers': 'they' is as often the main clause's subject, and is let be)."""
    pointing = re.match(r"but\s+it\b", right.strip(), re.IGNORECASE) is not None
    # ('is reduced if it is paid in 14 days, but it will go up if it is not paid in 28': a second outcome, with a
    # condition of its own)
    outcome = re.match(r"but\s+it\s+(?:will|would|can|could|may|might)\b[^,]*\b(?:if|unless)\b", right.strip(), re.I)
    return pointing and outcome is None and re.search(r"\b(?:if|unless)\b[^,]*,?$", left) is not None


_HELPING_CLAUSE = re.compile(
    r",\s+(?:who|which)\s+(?:can|could|will|would|may|might|must|should)\s[^,]*(?:,\s+[a-z][^,]*)*,?$", re.IGNORECASE
)
# Words that open a clause with its subject ('the', 'you', 'there'), not a phrase or a verb
SUBJECT_FIRST = re.compile(
    r"(?:i|you|we|they|he|she|it|this|that|these|those|the|a|an|your|our|their|his|her|its|there|some|all|any|each|"
    r"every|no)\b",
    re.IGNORECASE,
)


_OWN_SUBJECT = re.compile(
    r"\b(?:a|an|the|your|our|their|we|you|they|it|he|she|this|these|there)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:will|is|are|was|were|can|may|must|should|would|could|has|have)\b",
    re.IGNORECASE,
)


def more_of_a_helping_clause(left: str, right: str) -> bool:
    """Whether words with no subject after ', and' may be more of what a 'who can' clause before them says its
    people can do ('call our team, who can ask the builder to do it, and if needed, do it themselves'; 'an adviser,
    who will keep in touch, help you plan, and make sure X'), not an order to the reader."""
    rest = re.sub(r"^(?:and|or)\s+(?:(?:if|when)\s+[^,]+,\s+)?", "", right.strip(), flags=re.IGNORECASE)
    # ('and in most cases a decision will be given': a subject and its helper before any clause of its own)
    own = _OWN_SUBJECT.search(re.split(r"\b(?:that|if|when|whether|so|because|who|which)\b", rest)[0])
    linked = rest != right.strip() and not SUBJECT_FIRST.match(rest) and own is None
    return _HELPING_CLAUSE.search(left) is not None and linked


def in_listed_conditions(left: str) -> bool:
    """Whether words end in a list of conditions said after what they are the condition of ('You can apply
    if you live in the zone, the car is yours,'), which a clause after ', and' goes on."""
    return _CONDITIONS_LISTED_AFTER.search(left) is not None and not re.search(r"\bthen\b", left, re.IGNORECASE)


SUBORDINATOR_WORD = re.compile(
    r"\b(?:because|if|unless|when|while|whether|although|since|that|as long as|so long as|provided)\b", re.IGNORECASE
)


def inside_a_series_of_clauses(left: str, right: str) -> bool:
    """'because you are over 60, you are under 16, or you have X': the comma is between clauses of a
    series under one 'because' (or 'if', 'unless'), and the clause after it is no statement."""
    return bool(SUBORDINATOR_WORD.search(left.rsplit(",", 1)[-1]) and re.search(r"\b(?:and|or)\s", right))


# 'after your child reaches', 'before they start': a time clause, with its subject and verb, that no comma has closed
def condition_of_both(second: str) -> bool:
    """Whether the second of two clauses joined after a comma ends with a condition after a comma of its own,
    which may be the condition of both ('You may not have to pay, or you may pay half, if X')."""
    # ('or may need to wait, if you have had a tattoo, are pregnant or have travelled': a closing condition may list
    # things with commas of its own, so long as no clause of its own follows them)
    # ('and they will check it and, if it is due, send it to you': a condition after 'and,' opens the clause after it)
    listed = re.search(r"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bthen),\s+(?:if|unless)\s", second)
    rest = second[listed.end() :] if listed else ""
    # ('Please check the red book, or ask your surgery, to make sure X': so may a purpose after a comma of its own)
    # (not one after an aside of the second clause's own: 'and take painkillers, such as paracetamol, to relieve
    # pain' relieves it with the painkillers)
    purpose = re.search(r"^[^,]*,\s+(?:to|so that)\s+[a-z]+\b[^,]*$", second) is not None
    # ('if your sore has not healed, you have a weak immune system, or you are pregnant': the clauses after its commas
    # are more cases, the last after 'or', not a clause of its own)
    chunks = re.split(r",\s+", rest)
    cases = len(chunks) > 1 and re.match(r"(?:or|and)\s", chunks[-1]) is not None
    cases = cases and not any(re.match(r"(?:but|so|then)\s", c) for c in chunks[1:-1])
    # (never a clause that says what may be done: 'if X, you can Y' goes on with the sentence's own)
    cases = cases and not any(_HELPED_CLAUSE.search(c) for c in chunks[1:])
    closing = listed is not None and (cases or _CLAUSE_AFTER.search(rest) is None)
    # ('Children must stay off school, and adults off work, for 24 hours after X': so may how long, after the second
    # clause's own comma, ending it)
    lasting = _HOW_LONG_AFTER_A_COMMA.search(second) is not None
    return purpose or lasting or in_closing_condition(second) or closing


_HOW_LONG_AFTER_A_COMMA = re.compile(
    r"^[^,]*,\s+(?:for\s+(?:at least\s+|up to\s+|about\s+)?(?:\d+|a|an|one|two|three|several|a few)\s+(?:\w+\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\b|until\s|during\s)[^,]*(?:$|,\s+(?:and|but|so)\s)",
    re.IGNORECASE,
)


_HELPED_CLAUSE = re.compile(r"\b(?:you|we|they|it|he|she)\s+(?:can|could|will|would|should|must|may|might)\b")
_CLAUSE_AFTER = re.compile(r",\s+(?:and|but|so|then)\s|,\s+(?:or\s+)?(?:you|we|they|it|this|he|she)\s", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:says?|said|thinks?|believes?|claims?|reports?|reported)\b", re.IGNORECASE)


def ends_in_a_relative(words: str, modals: Sequence[str]) -> bool:
    """Whether words end inside a relative clause: a 'who' or 'which' after the last modal ('from drivers who
    were on the road'), not one whose clause a main verb has closed ('Knives which are handed in will be
    checked'); not 'that', which is as often 'say that X'."""
    relative = list(re.finditer(r"\b(?:who|which)\b", words, re.IGNORECASE))
    modal = list(re.finditer(rf"\b(?:{'|'.join(modals)})\b", words, re.IGNORECASE))
    # ('2 trees, which will be 1 metre tall': the clause's own modal does not close it)
    # ('which your neighbour says can be heard': a modal after a saying verb is still the clause's)
    closing = [
        m for m in modal
        if not (relative and (words[relative[-1].end() : m.start()].isspace()
                              or _SAYS.search(words[relative[-1].end() : m.start()])))
    ]  # fmt: skip
    return bool(relative) and (not closing or relative[-1].start() > closing[-1].start())

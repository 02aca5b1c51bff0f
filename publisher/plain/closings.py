"""Phrases that close a sentence, said as sentences of their own: a participle ('X, amounting to Y' ->
'This amounts to Y'), and a trailing phrase ('X, following Y' -> 'This follows Y'); a purpose that closes a sentence is
purposes.py's, a reason reasons.py's, a reported finding openers.py's. A closing 'with' clause is with_clauses.py's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .appositions import in_a_long_series
from .clause_apart import joined_verb_disagrees, object_described
from .closing_checks import groups_listed, reported_at, verb_after_a_comma
from .closing_openers import TRAILING, opener_of
from .closing_participles import main_in_the_past, participle_said_after, second_participle
from .examples import an_example
from .list_items import examples_end_early
from .next_words import CLAUSE_AFTER_THAT
from .orders import an_order
from .parse import SUBJECTS
from .parser import parse, verb_lemma
from .syntax import _root, _standing, _text
from .wording import (
    DESCRIBING_ING,
    EXAMPLE_OPENERS,
    LEFT_OUT,
    LIST_GOES_ON,
    MONTHS,
    gives_examples,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


_A_TIME = re.compile(
    r"\d|^(?:[ap]m|noon|midnight|night|morning|evening|afternoon|day|week|weekend|month|year|winter|summer|spring|holiday|"
    r"autumn|season|hours?|times?|dark|daylight)s?$|"
    rf"^(?:{MONTHS.lower()}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"  # ('between March and August')
)
_WAYS_TO_REACH = frozenset({"contact", "call", "phone", "ring", "email", "text", "write", "visit", "report", "ask"})


_ANOTHER_ASKED = re.compile(r"\s(?:and|or)\s+(?:what|where|when|how|why|who|whether|which)\b")


def _of_the_main(participle: Token, root: Token) -> bool:
    """Whether an -ing phrase after a comma is the main clause's: hung on it, or on a closing condition of it, as the
    parse may hang it ('The fee is £80 if paid in 21 days, rising to £160 if X': the fee rises, not the paying)."""
    head = participle.head
    closing = head.dep_ == "advcl" and head.head == root and root.i < head.i < participle.i
    closing = closing and any(c.dep_ == "mark" and c.lower_ in ("if", "when") for c in head.children)
    return head == root or closing


def _this_was(root: Token) -> str:
    """How a time after a main clause opens its own sentence: 'This was' after the past, 'This is' otherwise."""
    return "This was" if main_in_the_past(root) else "This is"


_SAID_LAST = re.compile(
    r",\s+[^,]{1,60}?\s(?:has|have|had)\s+(?:said|announced|confirmed|warned)$|,\s+[^,]{1,60}?\s"
    r"(?:said|says|announced|confirmed|warned)$",
    re.IGNORECASE,
)


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
        goes_on = goes_on or gives_examples(_text(doc[: token.i]))
        # ('420 miles, which is 45% of the roads, when ice is forecast': 'This is when' would be the aside's)
        goes_on = goes_on or re.search(r",\s+(?:which|who)\b[^,]*$", _text(doc[:comma])) is not None
        goes_on = goes_on or re.search(r",\s+(?:because|as|since)\s", _text(doc[token.i :])) is not None
        # ('open windows at night, when the air is cooler, if it is safe to do so': the condition is the opening's)
        goes_on = goes_on or re.search(r",\s+(?:if|unless|as long as|provided)\s", _text(doc[token.i :])) is not None
        # ('control over who supports you, when they support you and how'; 'explains which roads we treat, when we treat
        # them and what you can do': the next of a list of questions)
        asked = [t for t in doc[:comma] if t.tag_ in ("WP", "WRB", "WDT") and t.lower_ != "when"]
        goes_on = goes_on or (bool(asked) and "," not in [t.text for t in doc[asked[-1].i : comma]])
        # ('depends on whether you were getting Child Benefit, or were entitled to it, when your partner died': the
        # time is the question's)
        goes_on = goes_on or any(t.lower_ == "whether" for t in doc[:comma])
        # ('tell us your name, your address, when it happens and what it is': a question joined to another is listed)
        # ('advised to prepare, when warm weather is forecast, the Met Office has said': who said it said all of it)
        goes_on = goes_on or any(p.search(_text(doc[token.i :])) is not None for p in (_ANOTHER_ASKED, _SAID_LAST))
        if token.lower_ == "when" and token.i == comma + 1 and not goes_on:
            # ('Show your pass to the driver, when you get on': an order's time is when to do it)
            # ('Stay out of the sun between 11am and 3pm, when X': after a time, 'when' says more of the time)
            timed = doc[comma - 1].ent_type_ in ("TIME", "DATE") or _A_TIME.search(doc[comma - 1].lower_) is not None
            ordered = root.i == 0 and root.tag_ == "VB" and not any(c.dep_ in SUBJECTS for c in root.children)
            ordered = ordered and not timed
            said = f"{'Do this' if ordered else _this_was(root)} {_text(doc[token.i :])}"
        elif (
            token.dep_ == "advcl" and token.tag_ == "VBG" and token.left_edge.i == token.i and _of_the_main(token, root)
        ):
            # 'call 101, quoting X, or report it online': a base form joined on goes with the main verb
            # ('offering to do X and then charging too much': a second -ing form would stay one)
            # ('explaining X and giving Y': a second -ing form after 'and', with no comma, is said with the first)
            second = second_participle(doc, token)
            joined = any(c.dep_ == "conj" and c.tag_ in ("VB", "VBP", "VBG") and c != second for c in token.children)
            joined = joined or (
                second is None and re.search(r"\b(?:and|or)\s+(?:then\s+)?\w+ing\b", _text(doc[token.i :])) is not None
            )
            # ('Warm spaces are free, welcoming places': a describing word among others before their noun)
            # ('pruning the tree or, as a last resort, removing it': after a link and an aside, the second of two)
            joined = (
                joined
                or (doc[comma - 1].pos_ == "ADJ" and token.lower_ in DESCRIBING_ING)
                or re.search(r"\b(?:or|and),\s+[^,]+$", _text(doc[:comma])) is not None
            )
            # ('The symptoms are a headache, feeling sick, dizziness and X': after 'be', an -ing form among things
            # is one of them)
            rest = _text(doc[token.i :])
            listed = re.search(r"\b(?:and|or)\s", rest) is not None
            # ('noise from music and parties, barking dogs, alarms, and DIY': after things joined by 'and', too)
            among = verb_lemma(root) == "be" or (doc[comma - 1].dep_ == "conj" and doc[comma - 1].pos_ == "NOUN")
            # ('The main symptoms are suddenly feeling sick, being sick and X': the parse may read 'are feeling')
            among = among or (
                root.tag_ == "VBG" and any(verb_lemma(c) == "be" for c in root.children if c.dep_ == "aux")
            )
            joined = joined or (among and "," in rest and listed) or in_a_long_series(doc, token.i)
            # ('decisions about your routine, medical care, moving into a home and X': the last but one of the things)
            after_things = doc[comma - 1].dep_ in ("conj", "appos") and any(
                t.text == "," for t in doc[max(0, comma - 4) : comma]
            )
            joined = joined or (listed and after_things and doc[comma - 1].pos_ == "NOUN")
            # ('loud music, barking dogs, alarms, and X': an -ing word before a bare noun, among things, describes it)
            bare = token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("NN", "NNS") and doc[comma - 1].pos_ == "NOUN"
            # ('cannot tell banks, building societies, energy companies, insurers or X': with no comma before its 'or')
            joined = joined or (bare and re.search(r",\s+(?:and\s|or\s|[^,]+\s(?:and|or)\s)", rest) is not None)
            # (a doing said again after a denied clause would lose or borrow the denial)
            joined = joined or any(c.dep_ == "neg" for c in root.children)
            # ('side effects, such as a sore arm, feeling tired or a headache': an -ing form among examples)
            joined = joined or (listed and gives_examples(_text(doc[:comma])))
            # ('can call 101, quoting X, or contact Y': whatever the parse made of 'contact', a base form after ', or'
            # is another thing the subject can do; so is anything after ', or': 'call 101, quoting X, or 999 if Y')
            joined = joined or any(
                (t.tag_ == "VB" or t.lower_ in _WAYS_TO_REACH or t.nbor(-1).lower_ == "or")
                and t.nbor(-1).lower_ in ("or", "and")
                and t.nbor(-2).text == ","
                for t in doc[token.i + 2 :]
            )
            # ('cut 60 areas of grass, covering about 14 hectares, only twice a year': a measure of the thing before
            # it, with the sentence going on after it)
            measured = any(c.dep_ == "dobj" and any(g.like_num for g in c.subtree) for c in token.children)
            joined = joined or (measured and "," in [t.text for t in doc[token.i :]])
            # ('pay by direct debit, online, or at any Post Office, using the payment card': the last way's)
            joined = joined or re.search(r",\s+or\s[^,]*$", _text(doc[:comma])) is not None
            # ('feel better by getting rest, drinking fluids and taking X': the next of the ways after 'by')
            joined = joined or (listed and re.search(r"\bby\s+\w+ing\b[^,]*$", _text(doc[:comma])) is not None)
            # ('send us a letter, giving this information, within 28 days': the time after it is the sending's)
            joined = joined or any(
                t.nbor(-1).text == "," and t.pos_ in ("ADP", "ADV", "SCONJ") for t in doc[token.i + 2 :]
            )
            joined = joined or object_described(root)
            # ('pay it, using the online system or at the school office': the other way is no thing used)
            joined = joined or re.search(r"\bor\s+(?:at|in|on|by|from|through|via)\s", rest) is not None
            said = None if joined else participle_said_after(doc, root, token, second)
        pieces = _standing([_text(doc[:comma]), said]) if said else None
        if pieces:
            return pieces
    return None


# 'even if' and 'unless' start a closing condition with or without a comma ('X even if Y')
TRAILING_AT = re.compile(rf"(?:,\s+({'|'.join(TRAILING)})|\s+(even if|unless))\s+")


_VERB_AFTER_A_LIST = re.compile(
    r"\band\s+(?!(?:who|which|that)\b)\w+(?:\s+\w+)?\s+(?:is|are|was|were|can|could|will|may|might|must|should)\b"
)
_OBEYED = re.compile(r"(?:\w+\s+){0,3}?(?:instructions|advice|guidance|rules|steps|directions)\b", re.I)
_WHEN_WORD = r"(?:after|before|between|during|in|on|at|when|if|while)\b"
_CONDITIONS_LISTED = re.compile(r",\s+(?:and|or)\s+(?:are|is|do|does|have|has|can|will|were|was)\s+(?:not\s+)?\w+")


_ORDER_AFTER_AND = re.compile(r"\band\s+(?:please\s+)?(?:let|tell|call|contact|send|ask|write|email|phone|ring|give)\b")


_CLAUSE_JOINED = re.compile(r",\s+(?:and|but)\s+(?:we|you|they|he|she|it)\s+(?:will|would|can|could|may|must|should)\s")


def at_trailing_phrase(body: str) -> list[str] | None:
    """'X, following Y' -> 'X.' 'This follows Y.'; 'X, including Y' -> 'X.' 'This includes Y.'"""
    for match in TRAILING_AT.finditer(body):
        rest = body[match.end() :]
        phrase = match.group(1) or match.group(2)
        # ('as long as you are not paid, do not get X, and are not doing Y': a condition of three things, all
        # of which go with it)
        listed = TRAILING[phrase].startswith("This applies only") and bool(_CONDITIONS_LISTED.search(rest))
        ends = r",\s+(?:or\s+if|and\s+if|if|when|unless|because|and|but|to|so|that|as|while|whilst|whereas)\b"
        # ('renew them 5 times, unless someone has reserved them, online, by phone or in person': the ways are the
        # renewing's, after the case)
        ends += r"|,\s+(?:online|in person|in writing|by (?:phone|post|email|letter|text)|through the)\b"
        # ('by working, by getting credits, for example if you are a carer, or by paying': the list of ways goes on
        # after the example, with the word its items open with)
        item = re.search(r"(?:^|,\s+)(?:(?:and|or)\s+)?(\w+)\s[^,]*$", body[: match.start()])
        ways_on = item is not None and re.search(rf",\s+(?:and|or)\s+{re.escape(item.group(1))}\s", rest) is not None
        # ('especially for older people, babies, and people who X': the ', and' closes the list of groups)
        listed = listed or (phrase == "especially" and groups_listed(rest))
        # ('cannot get it if you are a student, unless you have children, or you are from abroad': a case after the
        # exception may be another of the condition's, which 'This does not apply if' would turn round)
        turned = phrase == "unless" and re.search(r",\s+or\s+(?:you|they|we|he|she|your|their)\b", rest)
        # ('we will offer you a place, and we will add you to the list, unless you say not to': the exception is the
        # last clause's, which 'This does not apply' would give both)
        turned = turned or (phrase == "unless" and _CLAUSE_JOINED.search(body[: match.start()]) is not None)
        if ways_on or turned or (not listed and re.search(ends, rest)):
            continue  # the phrase is not the end of the sentence ('such as a mobile, to call your bank'), or
            # an aside ('any equipment, such as a wheelchair, that you will bring': the clause is the equipment's;
            # 'treat noise, such as doors closing, as nuisance': the 'as' is the verb's)
        # ('For many people, especially older residents, the library is X': the sentence goes on after it; 'advice,
        # especially about selling your home': what the advice is about, which 'This is especially true' would lose)
        # ('rising costs, especially for A and B, at the same time as our funding has fallen': a time after them is the
        # sentence's)
        especially = phrase == "especially" and (
            re.search(r",\s+(?:the|a|an|this|these|it|they|we|you|he|she|there|their|our|your|his|her|its)\s", rest)
            or re.search(r",\s+(?:at the same time as|while|whilst|as|because|since|although|when)\s", rest)
            or re.match(r"(?:about|with|to|from|by|as|than|because)\s", rest)
        )
        # ('said: "For many people, especially older residents': someone's own words, which a cut would leave open)
        quoted = re.search(r"[\"“]", body[: match.start()]) is not None
        # ('Our records show that you can have X, especially if Y': what is reported, said again after the report)
        quoted = quoted or re.search(r"\b(?:shows?|showed|says?|said|thinks?|believes?|found|tells?|told)\s+that\b",
                                     body[: match.start()]) is not None  # fmt: skip
        if especially or (phrase == "especially" and (quoted or reported_at(body, match.start()))):
            continue
        examples = phrase in EXAMPLE_OPENERS
        # ('unless you are in the forces, are fleeing abuse or need to X': a closing case's own verbs, after it)
        own_verbs = TRAILING[phrase].startswith("This") and re.match(r"(?:you|we|they|he|she|it)\s", rest) is not None
        if ";" in rest or (verb_after_a_comma(body, match.end(), examples) and not own_verbs):
            continue  # 'include X, such as A or B; help with Y; or Z': the examples end at the semicolon
            # ('whether any services, such as gas pipes or cables, need to be moved': the sentence's verb follows)
        # ('any safety issues, such as whether it is parked in a dangerous place': an example, not a case)
        asked = examples and rest.startswith("whether ")
        if asked or (phrase == "for example" and not an_example(rest)):
            continue
        if phrase == "provided that" and not CLAUSE_AFTER_THAT.match(f" {rest}"):
            continue  # ('provided that person continues to live there': 'that' says which person)
        condition = TRAILING[phrase].startswith("This applies") or phrase == "unless"
        if condition and (
            re.match(r"Th(?:is|ese)\s", body) or reported_at(body, match.start()) or joined_verb_disagrees(rest)
        ):
            continue  # 'This is because they are not a danger unless disturbed': 'This does not apply' would be
            # about the reason's 'This'
        if phrase in ("such as", "including") and re.search(
            r",\s+(?:(?:and|or)\s+)?(?:for|in|on|at|by|from|into|via|within|with|without|about|near|next to|inside|"
            r"outside|behind|under|beside|through|around|onto|over|across|away from|out of|clear of)\s|"
            r",\s+(?:which|who)\s|"
            r",\s+(?:and|or)\s+(?:something|anything|someone|anyone)\b|"  # ('something illegal, such as A or B, or
            # something that could be used for crime': the examples end where another thing starts)
            # ('anyone outside the jury, including your family, either during the trial or after it': the time is
            # the whole sentence's)
            r",\s+(?:either|neither|both|during|until|even|whether|while|whilst|at any time|free|at no cost)\b|"
            r",\s+(?:[\w-]+\s+){0,3}(?:later|earlier|afterwards)\b|"  # ('liver disease, including cancer, years later')
            r",\s+(?:instead of|rather than|as well as|compared with|compared to|unlike)\b|"  # ('every day, including
            # Sundays, instead of 22 hours a week': the comparison is the sentence's)
            # ('X, including Y, before we decide', 'such as Y, before deciding': when is the sentence's)
            r",\s+(?:before|after|once)\s+(?:we|you|they|he|she|it|the|your|our|their|\w+ing)\b|"
            r",\s+(?:often|usually|sometimes|always|even)\s+(?:before|after|when|while|if)\b|"  # ('such as A and B,
            # often before you notice symptoms': when they are found is the finding's)
            # ('roads and parks, using the form'; 'water or squash, taking small sips': how it is done, after things)
            r"^(?!\w+ing\b)[^,]*,\s+(?!(?:and|or)\b)\w+ing\s+(?:the|a|an|your|their|small|some|it|them|any)\b|"
            r"^(?!\w+ing\b).*,\s+using\s|"
            r"\s(?:and|or)\s[^,]*,\s+\w+ing\s+(?:the|a|an|your|their|it|them|any|all)\b|"  # ('such as A, B or C,
            # covering the last 12 months': after the last example, a doing of them all)
            r",\s+(?:is|are|was|were|will|would|can|could|has|have|had|must|should|may|might)\s|"
            rf"^{_WHEN_WORD}[^,]*,\s+(?!(?:and\s+|or\s+)?{_WHEN_WORD})",  # ('bleeding, including after sex, changes
            rest,  # to X, or pain': examples of when end at the comma, and the list they are in goes on)
        ):
            continue  # 'pay for insulation, such as loft insulation, for heat pumps and for solar panels': the
            # examples end before ', for', and the sentence goes on ('a condition, such as autism, which causes
            # X': the 'which' is the condition's; 'when your benefits, such as X, are worked out': its verb)
        # ('projects that have started, running costs, such as rent, religious activities, or trips': the examples
        # are one item's, and the list goes on)
        # ('things that make caring easier, such as A, B or C, or help to arrange X': after the examples' own 'or',
        # a second one goes on with the sentence's list)
        goes_on = "," in body[: match.start()] and LIST_GOES_ON.search(rest)
        # (an 'or' between two small words is inside one example: 'your earnings going up or down, someone moving into
        # or out of your home, or you moving')
        inner = re.sub(r"\b(up|down|in|into|out|on|off|over|under|before|after|more|less)\s+(?:and|or)\s", r"\1 ", rest)
        goes_on = goes_on or re.search(r"\b(?:and|or)\s[^,]*,\s+(?:and|or)\s", inner)
        # ('income, including wages, benefits and pensions, your savings and X': the examples end at their 'and')
        ended = examples_end_early(re.split(r",\s+", rest))
        if phrase in ("such as", "including") and (goes_on or ended):
            continue
        # ('can take money for damage, but not normal wear and tear, such as worn carpets': 'This includes worn
        # carpets' would say the money may be taken for them)
        if phrase in ("such as", "including") and LEFT_OUT.search(body[: match.start()]):
            continue
        # ('Make a note of it, including dates and times and let us know': an order after 'and' is no example;
        # 'as some conditions, such as chicken pox and mumps are harmful': nor is the verb the examples' list ends at)
        if phrase in ("such as", "including") and (_ORDER_AFTER_AND.search(rest) or _VERB_AFTER_A_LIST.search(rest)):
            continue
        # ('treat it with a lotion, following the instructions on the pack': how to do what the order says)
        obeyed = phrase == "following" and _OBEYED.match(rest) is not None
        opener = _obeyed(body[: match.start()], rest) if obeyed else opener_of(phrase, rest, body, match.start())
        pieces = _standing([body[: match.start()], f"{opener} {_rest_said(opener, rest)}"]) if opener else None
        if pieces:
            return pieces
    return None


def _obeyed(main: str, rest: str) -> str | None:
    """How 'following the instructions' after a clause opens a sentence: 'Follow', after an order ('treat it with a
    lotion, following the instructions on the pack'); None otherwise ('you can remove them with a spray, following the
    instructions and wearing gloves' is how the reader does it, never 'This follows the instructions'; and an order's
    'Follow' would leave 'and wearing gloves' hanging)."""
    return None if not an_order(main) or re.search(r"\b(?:and|or)\s+\w+ing\b", rest) else "Follow"


def _rest_said(opener: str, rest: str) -> str:
    """The words after a closing phrase as its own sentence goes on with them after its opener."""
    if opener == "This also applies" and rest.startswith("for "):
        rest = f"to {rest[4:]}"  # ('including for older children': 'This also applies to older children')
    if rest.startswith("whether ") and not rest.startswith("whether or not"):
        rest = "whether or not " + rest.removeprefix("whether ")
    if opener.startswith("This applies only"):
        rest = re.sub(r"\s+(and|or) that\s+", r" \1 ", rest)  # 'provided that A or that B': both conditions
    return rest

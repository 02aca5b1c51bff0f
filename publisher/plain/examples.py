"""Examples set between commas inside a sentence, said after it: 'Small changes, such as grab rails and
lever taps, are usually free' -> 'Small changes are usually free.' 'Examples are grab rails and lever taps.'; and
what examples at a sentence's end are of (many things, or one thing of a kind)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cases import at_other_condition
from .parse import SUBJECTS, is_finite, stands_alone
from .parser import parse
from .questions import at_condition
from .series import WAYS_INTRO, Bullets, Piece
from .syntax import _root, _standing, _text, _words
from .wording import A_CASE

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUCH_AS = re.compile(r",\s+such as\s+")
# A sentence that opens with a clause, whose end the examples' commas marked
_OPENING_CLAUSE = re.compile(r"(?:If|When|Where|Once|After|Before|Unless|Although|While|As)\b")
_GOES_ON_WITH_A_VERB = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})
# (not where an 'and' comes before it: 'parents and carers going to work or looking after children' is two cases)
_LAST_OR = re.compile(r"^(?!.*\band\b.*\bor\b)(.*?)\s+or\s+(?=[^,]*$)")
LONGEST_EXAMPLES = 16  # words of examples said as a sentence of their own
LONGEST_CONDITION_EXAMPLES = 30  # words of the examples of a condition, said as a sentence of their own


def _examples_between_commas(body: str) -> tuple[str, str, str] | None:
    """The words before a 'such as' list between commas, the examples said as a sentence ('Examples are A and
    B'), and the words after them; None unless the examples are things (no verb of their own)."""
    found = list(_SUCH_AS.finditer(body))
    if len(found) != 1:
        return None
    before, chunks = body[: found[0].start()], body[found[0].end() :].split(", ")
    last = next((k for k, chunk in enumerate(chunks) if re.search(r"\s(?:and|or)\s", chunk)), 0)
    examples, rest = ", ".join(chunks[: last + 1]), ", ".join(chunks[last + 1 :])
    # ('such as when the road is closed': a clause, not things; 'Some roles, such as those working with
    # children': 'Examples are those working with children' is no example)
    pointing = re.match(r"(?:those|these|them|ones)\b", examples) is not None
    if not rest or _words(examples) > LONGEST_EXAMPLES or _words(before) < 2 or pointing:
        return None
    if any(is_finite(t) for t in parse(examples)):
        return None
    if not re.search(r",|\s(?:and|or)\s", examples):
        return before, f"An example is {examples}", rest
    # ('such as A or B': any one is an example, and A and B are the examples)
    return before, examples_said(examples), rest


def examples_said(examples: str) -> str:
    """'Examples are A and B' for 'such as A or B' (any one is an example, and both are the examples); 'An example is'
    where the 'or' is inside one thing's phrase ('a letter from a doctor or a social worker')."""
    # (a thing after the 'or', not a doing: 'working with children or visiting people' is two examples)
    nested = any(
        t.lower_ == "or" and t.dep_ == "cc" and t.head.dep_ == "pobj" and t.i + 1 < len(t.doc)
        and t.nbor().pos_ in ("DET", "NOUN", "PROPN", "ADJ")
        for t in parse(examples)
    )  # fmt: skip
    if nested and "," not in examples:
        return f"An example is {examples}"
    # ('an attorney or deputy': one article said of either; with 'and' each is a person of its own, 'a deputy')
    bare = re.match(r"(?:a|an)\s[^,]+\sor\s+(?!(?:a|an|the|your|their|his|her|its|our|any|some)\b)([a-z])", examples)
    if bare is not None:
        article = "an" if bare.group(1) in "aeiou" else "a"
        examples = f"{examples[: bare.start(1)]}{article} {examples[bare.start(1) :]}"
    return "Examples are " + _LAST_OR.sub(r"\1 and ", examples, count=1)


def at_examples_aside(body: str) -> list[str] | None:
    """A 'such as' list between commas in the middle of a sentence becomes a sentence after it: 'Staff who may
    disturb asbestos, such as caretakers and cleaners, must be trained' -> 'Staff who may disturb asbestos
    must be trained.' 'Examples are caretakers and cleaners.' The examples end at the first comma after their
    own 'and' or 'or'; the sentence must go on after them with its verb, and what is left must stand as a
    sentence. After an opening condition, the condition is said last (see _condition_last)."""
    found = _examples_between_commas(body)
    if found is None:
        return None
    before, examples, rest = found
    if _OPENING_CLAUSE.match(before):
        return _condition_last(before, rest, examples)
    # The rest must go on with the sentence's verb ('Small changes, such as A, are free'), never with more
    # things ('such as sports, arts and crafts, cooking and days out': the list goes on past 'and') or a phrase
    # that may be the examples' own ('such as letters from doctors, with a list of medicines').
    doc = parse(body)
    next_word = next((t for t in doc if t.idx >= len(body) - len(rest)), None)
    # ('collect up to 5 items, such as A, B and C, from outside your home for £35': a phrase of the main verb's, after
    # the examples of its object, goes on with the sentence too)
    # (not after an order: 'Do not play contact sports, such as rugby, for 3 weeks' keeps what not to play together)
    verbs_phrase = next_word is not None and next_word.dep_ == "prep" and next_word.head.dep_ == "ROOT"
    verbs_phrase = verbs_phrase and next_word is not None and any(c.dep_ == "nsubj" for c in next_word.head.children)
    verbs_phrase = verbs_phrase and next_word is not None and next_word.lower_ != "with" and "," not in rest
    # ('items that are too big to go in your bins, such as A, for a charge': said after a clause, the phrase would seem
    # the clause's ('bins for a charge'))
    verbs_phrase = verbs_phrase and re.search(r"\b(?:that|which|who)\s", before) is None
    if verbs_phrase:
        return _standing([f"{before} {rest}", examples])
    if next_word is None or next_word.tag_ not in _GOES_ON_WITH_A_VERB:
        return None
    # ('when your right to benefits, such as Pension Credit, is worked out': inside a clause, the examples would
    # be said far from their noun; so too before a 'which' that becomes a sentence pointing back with 'it')
    verb = next_word.head if next_word.dep_ in ("aux", "auxpass") else next_word
    # ('Offensive graffiti, such as X, will be removed in 24 hours, and other graffiti in 10 days': said after a second
    # clause with a subject of its own, the examples would seem that subject's; 'and should think' goes on with theirs)
    second = re.search(r",\s+(?:and|but|or)\s+(\w+)", rest)
    new_subject = second is not None and next((t for t in parse(second[1])), verb).pos_ not in ("VERB", "AUX", "ADV")
    if verb.dep_ != "ROOT" or re.search(r",\s+(?:which|who|where)\b", rest) or new_subject:
        return None
    # ('To report a problem in a park, such as X, use our form': an opening phrase keeps its comma before the clause)
    opening = doc[0].tag_ in ("TO", "IN") and not any(c.dep_ in SUBJECTS and c.idx < len(before) for c in verb.children)
    return _standing([f"{before}{',' if opening else ''} {rest}", examples])


# Words in a main clause that may point at something the condition names, which said after it they could not
LONGEST_MAIN = 14  # words of a main clause that its condition follows
_POINTERS = re.compile(r"\b(?:it|its|they|them|their|this|that|these|those|he|she|him|her|one)\b", re.IGNORECASE)


def _condition_last(condition: str, main: str, examples: str) -> list[str] | None:
    """'If the problem is a danger, such as X, call us' -> 'Call us if the problem is a danger.' 'An example is
    X.': the condition said last, so that its examples follow the words they are examples of."""
    if not re.match(r"(?:If|When|Where|Unless)\b", condition) or "," in condition + main:
        return None
    if _POINTERS.search(main) or _words(main) > LONGEST_MAIN:
        return None
    return _standing([f"{main} {condition[0].lower()}{condition[1:]}", examples])


_EXAMPLES_OF_A_CONDITION = re.compile(
    r"(?P<condition>(?:If|When|Where)\s[^,]+),\s+(?P<opener>for example|for instance|such as|including)\s+",
    re.IGNORECASE,
)


_CONDITION_GOES_ON = re.compile(r",\s+(?:because|due to|as a result|owing to|since|after|while)\b")


def at_condition_examples(body: str) -> list[str] | None:
    """'If you need urgent treatment, for example because you are in pain, call 111' -> 'Do you need urgent
    treatment?' 'For example, this could be because you are in pain.' 'Then call 111.' (or 'Sometimes X.' first,
    as the condition rules say it): the examples follow the condition they are examples of, and 'Then' ties
    the main clause back to it."""
    found = _EXAMPLES_OF_A_CONDITION.match(body)
    doc = parse(body)
    root = _root(doc)
    if found is None or root is None or root.idx < found.end():
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.idx > found.end()]
    start = subjects[0].left_edge.i if subjects else min([root.i, *(c.i for c in root.children if c.i < root.i
                                                                        and c.idx > found.end())])  # fmt: skip
    if start < 2 or doc[start - 1].text != ",":
        # ('If X, for example because you are taken ill, call Y': the parse may take the example's verb for the main
        # one; the main clause is then the first words after a comma that stand as a sentence)
        # (the last such comma: 'for example because A, B or C, talk to X' has clauses among its examples)
        commas = [t.i for t in doc if t.text == "," and t.idx > found.end() and t.i + 1 < len(doc)]
        standing = [c + 1 for c in commas if doc[c + 1].pos_ != "CCONJ" and stands_alone(_text(doc[c + 1 :]) + ".")]
        start = standing[-1] if standing else 0
        if start < 2:
            return None
    examples, main = _text(doc[: start - 1])[found.end() :].strip(), _text(doc[start:])
    # ('because A, B, or C, appeal': a parse that took B for the main clause; the list goes on after it; so it does
    # after 'because A, B or C, talk to X', whose last example has its 'or' and the main clause its comma)
    last_example = re.match(r"([^,]+\s(?:or|and)\s[^,]+),\s+(.+)$", main)
    listed_on = last_example is not None and stands_alone(f"{last_example[2]}.")
    if not examples or _words(examples) > LONGEST_CONDITION_EXAMPLES or re.match(r"[^,]+,\s+or\s", main) or listed_on:
        return None
    opener = found["opener"].lower()
    case = A_CASE.match(examples) is not None
    # ('If you think that knotweed on council land, such as a park or a verge, is spreading, X': the condition goes
    # on after things that have no verb; 'such as A that B, C that D, or E': a list of clauses the lists misread)
    # (read in the sentence: 'asthma, diabetes or epilepsy' alone may be parsed with 'diabetes' a verb)
    span = [t for t in doc[: start - 1] if t.idx >= found.end()]
    own_verb = any(is_finite(t) and not any(a.dep_ in ("relcl", "advcl", "acl") for a in (t, *t.ancestors)
                                            if a.idx >= found.end()) for t in span)  # fmt: skip
    clauses = re.search(r"\b(?:that|which|who)\b", examples) is not None and "," in examples
    # ('struggling to pay for things, such as food or heating, because of the reduction': the condition goes on)
    clauses = clauses or _CONDITION_GOES_ON.search(examples) is not None
    # ('medicines to thin your blood, such as warfarin, or medicines for diabetes': one example, then another case)
    clauses = clauses or re.fullmatch(r"[^,]+,\s+or\s+[^,]+", examples) is not None
    # ('such as studying for A levels, or in approved training, such as a traineeship': a second case, with its own)
    clauses = clauses or re.search(r",\s+or\s.*\b(?:such as|for example|including)\s", examples) is not None
    if not case and (own_verb or clauses):
        return None
    if opener.startswith("for") or case:
        example = f"For example, this could be {examples}"
    elif re.search(r",|\s(?:and|or)\s", examples):
        example = examples_said(examples)
    else:
        example = f"An example is {examples}"
    asked = at_condition(f"{found['condition']}, {main}") or at_other_condition(f"{found['condition']}, {main}")
    if asked is None or len(asked) != 2:
        return None
    # ('You might send us new evidence.' 'If you do, we will X.': what follows if it does is tied back already)
    tied = asked[1].startswith(("Then ", "If "))
    then = asked[1] if tied else f"Then {asked[1][0].lower()}{asked[1][1:]}"
    return _standing([asked[0], example, then])


def _exemplified(body: str, at: int) -> tuple[Token | None, Token | None]:
    """The words that examples at a position may be of: the word just before them, and the word the parse hangs
    their 'as' or 'including' on."""
    doc = parse(body)
    words = [t for t in doc if t.idx < at and not t.is_punct]
    marker = next((t for t in doc if t.idx > at and t.lower_ in ("as", "including")), None)
    return (words[-1] if words else None), (marker.head if marker is not None else None)


def of_many(body: str, at: int) -> bool:
    """Whether the examples at a position are of a plural noun: the word just before ('certain benefits, such as
    X'), or the noun the parse hangs them on ('places where people live together, such as care homes')."""
    if re.search(r"(?:^|,\s+)(?:whatever|whoever|however|whichever)\b[^,]*$", body[:at]):
        return False  # ('a place to stay, whatever their circumstances, including people who X': not the circumstances)
    return any(
        t is not None and t.tag_ in ("NNS", "NNPS") and t.pos_ in ("NOUN", "PROPN") for t in _exemplified(body, at)
    )


_ANY_ONE = frozenset({"something", "anything", "someone", "anyone", "somebody", "anybody", "somewhere"})


def one_of_a_kind(body: str, at: int) -> bool:
    """Whether the examples at a position are of one thing of a kind: a singular noun after 'a', 'an', 'another'
    or 'any', or 'something' and its like."""
    before, held = _exemplified(body, at)
    # ('a quiet place of its own, such as a crate': the examples are of the place its 'own' belongs to)
    before, held = (_owned(t) for t in (before, held))
    noun = next((t for t in (held, before) if t is not None and t.pos_ in ("NOUN", "PRON")), None)
    # ('any approved venue in the county, such as a hotel': the place a thing is in says which thing, not what for)
    if noun is None:
        return False
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if owner is not None and owner.pos_ == "NOUN" and owner.i < noun.i and not _one_of_any(noun):
        noun = owner
    return noun.tag_ not in ("NNS", "NNPS") and _one_of_any(noun)


def _owned(word: Token | None) -> Token | None:
    """The thing an 'own' after 'of its' belongs to ('a place of its own' -> 'place'); any other word as it is."""
    owned = word is not None and word.lower_ == "own" and word.head.lower_ == "of"
    return word.head.head if owned and word is not None else word


def _one_of_any(noun: Token) -> bool:
    """Whether a noun names any one thing of its kind ('a hotel', 'another format', 'something')."""
    return noun.lower_ in _ANY_ONE or any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another", "any") for c in noun.children
    )


def an_example(rest: str) -> bool:
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
        return an_example(_text(words[2:]))  # 'because of the benefit cap, the bedroom tax or X': things
    if re.search(r",\s+(?!(?:and|or)\s)", rest):
        return False
    if words[0].lower_ in ("because", "if", "when"):
        return True
    return words[0].lower_ == "to" and len(words) > 1 and words[1].tag_ == "VB"


# 'X, for example by A-ing, B-ing and C-ing': the ways, each opening with its -ing word
_WAYS_GIVEN = re.compile(r"(?P<main>.+?),\s+for (?:example|instance),?\s+by\s+(?P<ways>.+)", re.IGNORECASE)
_DOING = re.compile(r"(?:not\s+)?[a-z]+ing\b")
_FEWEST_WAYS = 3


def example_ways_as_bullets(body: str) -> list[Piece] | None:
    """'It is an offence to force you out, for example by changing the locks, cutting off your gas, or threatening
    you' -> 'It is an offence to force you out.' 'For example, this could be by:' and the three ways; None unless
    there are three or more, each an -ing of its own."""
    match = _WAYS_GIVEN.fullmatch(body)
    if match is None or not stands_alone(f"{match['main']}."):
        return None
    *ways, last = [w.strip() for w in match["ways"].split(", ")]
    linked = re.match(r"(and|or)\s+", last)
    if linked is None:  # ('A, B and C': the last 'and' before an -ing word opens the last way)
        cut = list(re.finditer(r"\s(and|or)\s+(?=(?:not\s+)?[a-z]+ing\b)", last))
        if not cut:
            return None
        ways.append(last[: cut[-1].start()])
        link, last = cut[-1].group(1), last[cut[-1].end() :]
    else:
        link, last = linked.group(1), last[linked.end() :]
    ways.append(last)
    if len(ways) < _FEWEST_WAYS or not all(_DOING.match(w) and _words(w) <= LONGEST_EXAMPLES for w in ways):
        return None
    if link == "or":
        ways[-2] = f"{ways[-2]}, or"
    main = match["main"]
    return [f"{main[0].upper()}{main[1:]}.", Bullets(intro=WAYS_INTRO, items=tuple(ways))]


# 'X, for example because A, B or C': cases of one kind, the word that opens them said once
_CASES_GIVEN = re.compile(
    r"(?P<main>.+?),\s+for (?:example|instance),?\s+(?P<word>because|if|when)\s+(?P<cases>[^,]+(?:,\s+[^,]+)+)",
    re.IGNORECASE,
)


def example_cases_as_bullets(body: str) -> list[Piece] | None:
    """'You can join if you have a housing need, for example because your home is overcrowded, you are homeless, or
    X' -> 'You can join if you have a housing need.' 'For example, this could be because:' and the cases; None
    unless each case is a clause of its own."""
    match = _CASES_GIVEN.fullmatch(body)
    if match is None or not stands_alone(f"{match['main']}."):
        return None
    *cases, last = [c.strip() for c in match["cases"].split(", ")]
    linked = re.match(r"(and|or)\s+", last)
    if linked is None or len(cases) < 2:
        return None
    cases.append(last[linked.end() :])
    if not all(stands_alone(f"{c}.") and _words(c) <= LONGEST_EXAMPLES for c in cases):
        return None
    if linked.group(1) == "or":
        cases[-2] = f"{cases[-2]}, or"
    main, word = match["main"], match["word"].lower()
    return [f"{main[0].upper()}{main[1:]}.", Bullets(intro=f"For example, this could be {word}:", items=tuple(cases))]

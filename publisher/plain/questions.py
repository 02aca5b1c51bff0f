"""Conditions asked as questions and times put in order: 'If you live alone, you can ask for X' ->
'Do you live alone?' 'You can ask for X.'; 'Once the works finish, the road opens' -> 'The works
finish.' 'Then the road opens.'"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aside_spans import aside_after_a_condition, condition_list_end, condition_list_goes_on
from .asking import asked, main_after_first_comma, opens_a_clause_inside, reader_twice
from .might import might_happen
from .one_case import one_case
from .parse import SUBJECTS, which_stand
from .parser import parse, verb_lemma
from .syntax import MIN_WORDS, _root, _text, _words, comma_closing, described_across
from .wording import (
    ASKED_OF_WHAT_MAY_COME,
    EXAMPLE_OPENERS,
    PERSONS,
    POINTED_AT,
    POINTING_BACK,
    SOMEONE_NAMED,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that open examples: a clause said after them is the examples', not a main clause's
EXAMPLES_FIRST = re.compile(rf"(?:{'|'.join(map(re.escape, EXAMPLE_OPENERS))}|like)\b", re.IGNORECASE)


def _of_anyone(doc: Doc, clause: Token, start: int, end: int) -> bool:
    """Whether a condition tells of what someone or something, any one, does with the reader nowhere in it, or of
    what we do: 'if a council tenant dies' asked as 'Does a council tenant die?' asks the reader nothing they can
    answer."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    some = any(c.dep_ == "det" and c.lower_ in ("a", "an") for s in subjects for c in s.children)
    # ('if our checks show that you are no longer eligible': what our checks show, the reader cannot say)
    ours = any(c.dep_ == "poss" and c.lower_ == "our" for s in subjects for c in s.children)
    if not (some or ours) or _only_supposed(clause, subjects):
        return False  # ('Sometimes a dog fouls any land' would say one does)
    return ours or not any(t.lower_ in ("you", "your", "yours", "yourself") for t in doc[start:end])


def _hypothetical(root: Token) -> bool:
    """'If the order is made, it would be an offence': what would be, if, is neither a question to the
    reader nor something that happens 'sometimes'; nor is 'the tax that you would pay if the home was lived in'."""
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in root.children):
        return True
    would = any(t.lower_ in ("would", "'d") and t.tag_ == "MD" for t in root.doc)
    supposed = [t for t in root.doc if t.lower_ == "if" and t.dep_ == "mark"]
    past = [t for t in supposed if t.head.tag_ == "VBD" or any(c.tag_ == "VBD" for c in t.head.children)]
    # ('Many deaths could be prevented if people kept warm': what could be, if others did, asks the reader nothing)
    could = any(c.lower_ in ("could", "might") for c in root.children)
    others = any(not _of_the_reader(c) for t in past for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return bool(past) and (would or (could and others))


def _of_the_reader(subject: Token) -> bool:
    """Whether a subject is the reader or the reader's own ('you', 'your child')."""
    return subject.lower_ == "you" or any(c.lower_ == "your" for c in subject.children)


def _not_of_all(doc: Doc, root: Token, mark: Token) -> bool:
    """Whether an 'if' may not be the condition of all the sentence, or not one question: an example ('X
    may fall if things change, for example if your pay goes up'), the condition of the last of two choices
    ('reply within 4 weeks, or within 8 weeks if X'), one after a linking word, or two clauses."""
    before = _text(doc[max(0, mark.i - 3) : mark.i]).lower()
    if before.rstrip(",").endswith(EXAMPLE_OPENERS) or re.search(r",\s+(?:or|and)\s+", _text(doc[root.i : mark.i])):
        return True
    # 'X, so if A you will not need B': the 'if' opens the next clause, not a condition of X
    linked = mark.i > 1 and doc[mark.i - 1].lower_ in ("so", "and", "but", "or")
    # 'quicker than if it was taken away', 'as if', 'even if', 'only if': no condition to ask first ('We will
    # only pay if X' neither)
    bound = mark.i > 0 and doc[mark.i - 1].lower_ in ("than", "as", "even", "only")
    bound = bound or (mark.i > root.i and any(c.lower_ == "only" and c.dep_ == "advmod" for c in root.children))
    return linked or bound or (_two_clauses(mark.head) and not reader_twice(mark.head))


def _two_clauses(clause: Token) -> bool:
    """'If you need care and you own your home': two clauses, which make no one question or one sentence."""
    return any(c.dep_ == "conj" and any(g.dep_ in SUBJECTS for g in c.children) for c in clause.children)


_POINTER = re.compile(r"(?:this|that|it) (?:does not apply|applies|is the case)\b", re.IGNORECASE)


_INCLUDED = r",\s+(?:including|such as|especially|particularly|except)\s[^,]*$"


def _not_to_ask_first(doc: Doc, root: Token, clause: Token, mark: Token) -> bool:
    """Whether a condition that ends its sentence would mislead asked before it."""
    # 'X may qualify for a school if it is near': asked first, 'it' would point to nothing; 'But this
    # may be lower if you can show X': a question would come between 'this' and what it means
    subjects = [t for t in doc[mark.i + 1 : clause.i + 1] if t.dep_ in SUBJECTS]
    subjects += [c for c in root.children if c.dep_ in SUBJECTS]
    # ('call your own dentist if you have one': asked first, 'one' would point to nothing)
    # ('are free if you have been assessed as needing them', 'if you give them permission': asked first, 'them'
    # would point to nothing)
    pointing = any(t.lower_ in POINTED_AT and t.dep_ in ("dobj", "pobj", "dative") for t in doc[mark.i :])
    pointing = pointing or any(t.lower_ in POINTING_BACK for t in subjects)
    # ('backdated by 3 months if you were eligible during that time': 'that time' is the 3 months)
    # ('if such restraint is needed': 'such' points back too)
    pointed = [t for t in doc[mark.i :] if t.lower_ in POINTING_BACK]
    pointing = pointing or any(t.dep_ in ("det", "amod", "predet") for t in pointed)
    pointing = pointing or _named_after(doc, mark)
    # ('Staff cannot lift X, so please bring someone if you need help': the condition is the last clause's; 'pay
    # the fee, which is not refunded if your application is refused': the aside's; 'expenses, including mileage if you
    # use your car': the thing included's)
    later = re.search(r",\s+(?:so|and|but)\s|,\s+(?:which|who)\s[^,]*$", _text(doc[: mark.i])) is not None
    later = later or (doc[mark.i - 1].text != "," and re.search(_INCLUDED, _text(doc[: mark.i])) is not None)
    # ('call 111 if your child shows signs of X, or if their symptoms last 7 days': two conditions, not one)
    later = later or any(t.lower_ == "if" for t in doc[mark.i + 1 :])
    # ('upload your constitution, your accounts and your safeguarding policy if your project involves children':
    # the condition may be the last thing's alone)
    later = later or re.search(r",[^,]+,[^,]*\b(?:and|or)\b[^,]*$", _text(doc[: mark.i])) is not None
    # ('After this, you will need to X if you are still here': asked first, the question comes between 'this' and
    # what it means)
    later = later or re.match(r"(?:after|before|from|until|during|because of)\s+(?:this|that|then)\b",
                              _text(doc[: mark.i]), re.IGNORECASE) is not None  # fmt: skip
    # ('This page explains who can get it and what to do if you are refused': the condition is what to do's)
    # ('Please contact us if your child gets it so that we can keep track': the purpose is the main clause's)
    later = later or re.search(r"\b(?:so that|so as to|in order to)\b", _text(doc[mark.i :])) is not None
    # ('have someone with you who can keep an eye on you and get help if your condition changes': a condition just
    # after a clause of a noun may be that clause's, however the parse hangs it)
    # ('a grant to pay for the work if X': a clause of 'to' has no doer of its own for the condition to be said of)
    later = later or any(
        t.dep_ == "relcl"
        and root.i < t.i < mark.i
        and t.right_edge.i == mark.i - 1
        and any(c.dep_ in SUBJECTS for c in t.children)
        for t in doc
    )
    asked = re.search(r"\b(?:what|how|who|where|which|whether) to \w+[^,]*$", _text(doc[root.i : mark.i]), re.I)
    return pointing or later or asked is not None or any(_stands_for_a_thing(t) for t in doc[mark.i :])


def _stands_for_a_thing(token: Token) -> bool:
    """Whether a word is 'one' standing for a thing named before ('call your own dentist if you have one'); not 'in
    one or both ears' or 'one of our forms', which name their own."""
    named = any(c.lower_ == "of" for k in (token, *token.conjuncts) for c in k.children)
    return token.lower_ == "one" and token.dep_ != "nummod" and not named


def _of_the_main_verb(clause: Token, root: Token, mark: Token) -> bool:
    """Whether a condition is the main clause's: hung on its verb, or, closing the sentence, on a verb the main
    one goes on to ('You may be able to get help if X': the parse hangs 'if' on 'get')."""
    head = clause.head
    while head != root and mark.i > root.i and head.dep_ in ("xcomp", "acomp") and head.i < mark.i:
        head = head.head
    # ('If you think you are eligible but you have not had a letter, call X': the parse may hang the opening condition
    # on a verb inside it; all of it before the comma, it is still the condition of the main clause after)
    comma = next((t.i for t in clause.doc[mark.i :] if t.text == ","), None) if mark.i <= 1 else None
    # (joined to it by 'but' or 'and', not a main clause that lacks its comma: 'If you are paid X we will deduct Y, Z')
    inside = [a for a in clause.ancestors if a != root]
    held = comma is not None and root.i > comma and all(a.i < comma for a in inside) and root in clause.ancestors
    # ('If you leave before all the instalments have been paid, the rest will be taken': or read as a clause the main
    # verb takes, all of it before the comma)
    held = (
        held
        and bool(inside)
        and (
            any(c.dep_ == "cc" for c in (*clause.children, *inside[-1].children))
            or (inside[-1].dep_ == "ccomp" and any(opens_a_clause_inside(c) for c in inside[-1].children))
        )
    )
    return head == root or held


def _named_after(doc: Doc, mark: Token) -> bool:
    """Whether a pronoun in a closing condition may mean a thing its main clause names: asked first, 'Do you think
    it is wrong?' would come before the band ('ask the VOA to check your band if you think it is wrong'), 'Does
    their family get X?' before the child. A pronoun after a noun of the condition's own means that noun."""
    for pronoun in (t for t in doc[mark.i + 1 :] if t.lower_ in SOMEONE_NAMED):
        # ('if a vet has said in writing that it would harm the cat': a person is no 'it', nor is a bare 'in writing')
        own = [t for t in doc[mark.i + 1 : pronoun.i] if t.pos_ in ("NOUN", "PROPN")]
        if pronoun.lower_ in ("it", "its"):
            own = [t for t in own if t.lower_ not in PERSONS and not (t.dep_ == "pobj" and not list(t.children))]
        if own:
            continue
        named = [t for t in doc[: mark.i] if t.dep_ in ("nsubj", "nsubjpass", "dobj") and t.pos_ in ("NOUN", "PROPN")]
        if any(t.tag_ in ("NN", "NNP") or pronoun.lower_ not in ("it", "its") for t in named):
            return True
    return False


# ('If A, B, or C, call 999': cases of the condition up to its last ', or', then the main clause after a comma)
CASES_GO_ON = re.compile(
    r"[^,]+,\s+or\s+(?:if\s+)?(?:you|your|they|their|he|his|she|her|it|its|we|our|the|a|an|someone(?:'s)?)\s[^,]*,\s+\S",
    re.IGNORECASE,
)
_BARE_CLAUSE = frozenset({"nsubj", "mark", "aux", "neg", "advmod", "punct"})


# (an age after 'are' or 'aged' counts the reader's years: 'if you are 18 or over' is asked; so is a number after a
# preposition: 'if you look under 25')
_COUNT_LAST = re.compile(
    r"(?<!\bare )(?<!\bis )(?<!\bam )(?<!\bbe )(?<!\baged )(?<!\bunder )(?<!\bover )(?<!\bthan )(?<!\bto )"
    r"(?<!\bat )(?<!\bon )(?<!\bin )(?<!\bof )(?<!\bby )(?<!\bfrom )(?<!\babout )(?<!\baround )"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|any|none|all|both)"
    r"(?:\s+or\s+(?:more|fewer|less|over|under))?$",
    re.IGNORECASE,
)


def _points_back(clause: Token) -> bool:
    """Whether a condition only points back at the sentence before it ('If you do, we will send you an offer'),
    which leaves nothing to ask ('Do you do?')."""
    return verb_lemma(clause) in ("do", "be", "have") and all(c.dep_ in _BARE_CLAUSE for c in clause.children)


def _asked_after_the_link(doc: Doc, clause: Token, start: int, end: int) -> list[str] | None:
    """An opening condition asked, after the word that links its sentence to the last ('But if you X, Y' -> 'But do
    you X?')."""
    questions = asked(doc, clause, start, end)
    # ('And if you claim later, X' -> 'Do you claim later?': a new question needs no 'And'; 'But' still contrasts)
    if questions and start == 1 and doc[0].lower_ == "but":
        questions[0] = f"{doc[0].text.capitalize()} {questions[0][0].lower()}{questions[0][1:]}"
    return questions


# ('If you find it hard to cook, because of your age or X, we can Y': the reason is the condition's; 'If it has been
# missed 3 times, even though you put it out, call us': so is the concession)
_THE_CONDITIONS_TOO = re.compile(
    r"\s*(?:because of|due to|for example|such as|as a result of|even though|although|though)\b", re.IGNORECASE
)


def at_condition(body: str) -> list[str] | None:
    """'If you disagree with the decision, you can ask for X' (or 'You can ask for X if you disagree
    with the decision') -> 'Do you disagree with the decision?' 'You can ask for X.' (easy-read guides
    ask the reader; the condition keeps its words)."""
    return _asked_condition(_with_its_comma(body))


def _with_its_comma(body: str) -> str:
    """A sentence with the comma its opening condition needs ('If you wish to prune it you need X' -> 'If you wish
    to prune it, you need X'), where the main clause's subject opens just after the condition."""
    doc = parse(body)
    root = _root(doc)
    opening = next((t for t in doc[:2] if t.lower_ == "if" and t.dep_ == "mark" and t.head.dep_ == "advcl"), None)
    if root is None or opening is None or (opening.i == 1 and doc[0].lower_ not in _LINKS_FIRST):
        return body
    end = _opening_comma(doc, opening.head, opening.i)
    # ('in your street, or you think X, call Y': after a link the subject opens another case, no main clause)
    if not _subject_opens_at(doc, root, end) or doc[end - 1].lower_ in ("or", "and", "but"):
        return body
    return f"{body[: doc[end].idx].rstrip()}, {body[doc[end].idx :]}"


def _asked_condition(body: str) -> list[str] | None:
    """at_condition, of a sentence whose opening condition has its comma."""
    doc = parse(body)
    root = _root(doc)
    if root is None or _hypothetical(root):
        return None
    marks = [t for t in doc if t.lower_ == "if" and t.dep_ == "mark" and t.head.dep_ == "advcl"]
    for mark in (t for t in marks if not _points_back(t.head)):
        clause = mark.head
        if not _of_the_main_verb(clause, root, mark) or clause.left_edge.i != mark.i or _not_of_all(doc, root, mark):
            continue
        opening = mark.i == 0 or (mark.i == 1 and doc[0].lower_ in _LINKS_FIRST)  # ('But if X, Y': the link goes first)
        if opening:
            comma = _opening_comma(doc, clause, mark.i)
            comma = condition_list_end(doc, comma) if comma < len(doc) and doc[comma].text == "," else comma
            # ('If A, or if B, ...': two conditions make no one question; 'If you find a living, moving louse, treat
            # it': the condition goes on past the comma)
            if (
                comma >= len(doc)
                or doc[comma].text != ","
                or any(t.lower_ == "if" for t in doc[mark.i + 1 : comma])
                or condition_list_goes_on(doc, comma)
                or CASES_GO_ON.match(doc[comma + 1 :].text) is not None
                or _THE_CONDITIONS_TOO.match(doc[comma + 1 :].text) is not None
                or described_across(doc, comma + 1)
                or aside_after_a_condition(doc, comma, root)
            ):
                continue
            questions, main = _asked_after_the_link(doc, clause, mark.i, comma), _text(doc[comma + 1 :])
            said = (mark.i + 1, comma)
        # (the parse may hang the last words of a closing condition elsewhere: 'if your name is different from the
        # name of the voter you say you are'; with no comma or link after it, they are the condition's)
        elif mark.i > root.i and not any(t.is_punct or t.pos_ == "CCONJ" for t in doc[clause.right_edge.i + 1 :]):
            # ('if they are ill for 3 weeks, we will pause it if you send a note': asked first, the closing condition
            # would stand before the one that opens the sentence)
            # ('£37 or £30 if you get X': the condition is the last thing's, not the whole sentence's; 'call or email us
            # if X' is both actions')
            # ('You will need A, B and proof of your income if you are asking for X': the last thing's too)
            ors = [t.i for t in doc[max(0, mark.i - 6) : mark.i] if t.lower_ in ("or", "and") and t.dep_ == "cc"]
            ors = [i for i in ors if doc[i].lower_ == "or" or any(t.text == "," for t in doc[root.i : i])]
            choice = (
                bool(ors)
                and doc[mark.i - 1].text != ","
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[ors[-1] : mark.i])
            )
            if (
                choice
                or _not_to_ask_first(doc, root, clause, mark)
                or any(t.lower_ in ("if", "unless") for t in doc[: mark.i])
                # ('ask to be paid weekly if you would find that easier': asked first, 'that' points at nothing yet)
                or any(t.lower_ in ("that", "this") and t.pos_ == "PRON" for t in clause.subtree)
                # ('review your medicines if you take 4 or more': asked first, '4 or more' counts nothing yet)
                or _COUNT_LAST.search(_text(doc[mark.i : clause.right_edge.i + 1])) is not None
            ):
                continue
            questions, main = asked(doc, clause, mark.i, len(doc)), _text(doc[: mark.i])
            said = (mark.i + 1, len(doc))
        else:
            continue
        # ('Or you can keep it until morning if you can do so safely': asked first, the question would come
        # between the two choices)
        # ('If you break it, for example by not paying, we can X': the examples are the condition's, not the answer's)
        # ('we can arrange it if you ask us to': 'Do you ask us to?' leaves out what is asked)
        opened = bool(re.match(r"or\s", main, re.IGNORECASE) or EXAMPLES_FIRST.match(main))
        opened = opened or doc[said[1] - 1].lower_ == "to"
        # ('If you sell it within 5 years, you will pay back X': 'Do you sell it?' asks of what may yet come as if it
        # were a habit; said as what might happen, then what follows if it does)
        yet_to_come = questions is not None and ASKED_OF_WHAT_MAY_COME.match(questions[0]) is not None
        one = questions is not None and len(questions) == 1
        might = might_happen(doc, clause, said, main) if yet_to_come and one and not opened else None
        askable = bool(questions) and bool(main) and not (_POINTER.match(main) or opened or yet_to_come)
        if questions is None or not (askable or might):
            continue  # 'This does not apply if you tell us X': 'Do you tell us X?' 'This does not apply.' says nothing
        question, *also = questions
        # A question may be shorter than other pieces where it asks the reader: 'Are you pregnant?' asks
        # all it needs to ('Does this happen?' does not).
        linked = re.match(r"(?:and|but|so)\s+", main, re.IGNORECASE)
        if linked:  # 'But you can ask for X if Y' -> 'But Y?' 'You can ask for X.'
            question, main = (
                f"{linked.group(0).strip().capitalize()} {question[0].lower()}{question[1:]}",
                main[linked.end() :],
            )
        main = main[0].upper() + main[1:]
        as_one = not linked and not also and question.split()[0] in _DO_ASKED
        pieces = might or (_as_one_case(doc, clause, said, main) if as_one else None)
        if pieces is None and _says_enough(main) and all(which_stand([question, *also, main])):
            # ('if you ask': 'Do you ask?' asks nothing; the condition stays where it was said)
            short = question.split()[1] == "you" and question.split()[-1].rstrip("?") not in _ASKS_NOTHING_ALONE
            asks = _words(question) >= MIN_WORDS or (_words(question) == 3 and short)
            pieces = [question, *also, main] if asks else None
        if pieces:
            return pieces
    return None


def _subject_opens_at(doc: Doc, root: Token, at: int) -> bool:
    """Whether the main clause's subject, a word that cannot end a condition ('you', 'we'), opens just where an
    opening condition ends with no comma ('If you think you could get it you should call us')."""
    subjects = [c for c in root.children if c.dep_ in SUBJECTS and c.i < root.i]
    return at < len(doc) and len(subjects) == 1 and subjects[0].i == at and doc[at].lower_ in ("you", "we", "they")


def _opening_comma(doc: Doc, clause: Token, mark: int) -> int:
    """Where the comma that closes an opening condition is (see comma_closing), or the first comma where the
    parse ran the condition on past it into the main clause's subject (see main_after_first_comma)."""
    comma = comma_closing(clause)
    if comma >= len(doc) or doc[comma].text != ",":
        return main_after_first_comma(doc, mark) or comma
    return comma


_DO_ASKED = frozenset({"Do", "Does", "Did"})
_ASKS_NOTHING_ALONE = frozenset({"ask", "want", "wish", "like", "prefer", "need", "choose", "request", "can", "do"})
_LINKS_FIRST = frozenset({"but", "and", "so"})


def _as_one_case(doc: Doc, clause: Token, said: tuple[int, int], main: str) -> list[str] | None:
    """A condition of what any one does said as one case ('If a council tenant dies, X' -> 'Sometimes a council
    tenant dies.' 'Then X.': 'Does a council tenant die?' asks what nobody can answer); None where it can be
    asked, an empty list where neither reads."""
    if not _of_anyone(doc, clause, *said):
        return None
    case = one_case(_text(doc[said[0] : said[1]]), main if doc_proper(main) else main[0].lower() + main[1:])
    return (case or []) if _says_enough(main) else []


def _says_enough(main: str) -> bool:
    """Whether what is left once its condition is asked says enough alone: a sentence of MIN_WORDS or more, or
    one of three words that a person or body does ('You cannot apply.', 'We will refund you.')."""
    if _words(main) >= MIN_WORDS:
        return True
    doc = parse(main)
    root = _root(doc)
    return _words(main) == 3 and root is not None and any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in root.children)


def _only_supposed(clause: Token, subjects: list[Token]) -> bool:
    """Whether a condition only supposes what it says: 'Sometimes he breaks any of these terms' would say he does."""
    # ('If you do not have any ID': after 'not', 'any' supposes nothing; nor does 'any' of how much, 'any bigger')
    negative = any(c.dep_ == "neg" for c in clause.children)
    anyone = ("anyone", "anybody", "anything", "ever") if negative else ("any", "anyone", "anybody", "anything", "ever")
    said = any(t.lower_ in anyone and t.head.tag_ not in ("JJR", "RBR") for t in clause.subtree)
    return said or any(s.lower_ in ("he", "she") for s in subjects)


def doc_proper(text: str) -> bool:
    """Whether a piece of text starts with a name or 'I' (its capital stays when it moves)."""
    first = parse(text)[0]
    return first.tag_ in ("NNP", "NNPS") or first.text == "I"

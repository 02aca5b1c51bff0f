"""The items of a listed condition, read from its commas: 'you have had a notice, are behind with the rent, or have
to leave' -> 'you' and the three things, linked by 'or'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chunks import _NOUN_PHRASE_START, _has_verb
from .lists import _in_a_clause_of_a_thing
from .parse import SUBJECTS, stands_alone
from .parser import parse, verb_lemma
from .syntax import _text, _words

if TYPE_CHECKING:
    from spacy.tokens import Token

FEWEST_WORDS = 3  # words of each of two clauses a condition joins with no comma
SHORT_CONDITION = 12  # words of a condition of two verbs that is still asked as one question
LONGEST_CONDITION = 25  # words of a listed condition: a long bullet still reads better than the sentence


def with_a_subject(item: str) -> bool:
    """Whether an item is a clause with a subject of its own ('the car is yours'; never an order)."""
    roots = [t for t in parse(f"{item}.") if t.dep_ == "ROOT"]
    # ('you are registered blind': the small model may hang the subject on the helper, not on the verb)
    heads = [*roots[:1], *(c for c in roots[0].children if c.dep_ in ("aux", "auxpass"))] if roots else []
    return len(roots) == 1 and stands_alone(f"{item}.") and any(c.dep_ in SUBJECTS for h in heads for c in h.children)


_VERB_START = frozenset({"VB", "VBP", "VBZ", "VBD", "VBN", "VBG", "MD"})


def _subjects_whole(chunks: list[list[Token]]) -> list[list[Token]]:
    """Chunks with a subject said in two parts between commas made one ('you, or someone who lives with you, holds a
    Blue Badge'): a chunk with no verb, then 'or' or 'and' and another subject, then the verb they share."""
    for k in range(len(chunks) - 2):
        bare, other, verb = chunks[k], chunks[k + 1], chunks[k + 2]
        shared = verb[0].tag_ in ("VBZ", "VBP", "VBD", "MD") and other[0].lower_ in ("or", "and")
        if shared and not any(t.pos_ in ("VERB", "AUX") for t in bare) and other[-1].pos_ in ("NOUN", "PRON", "PROPN"):
            doc = bare[0].doc
            return [*chunks[:k], list(doc[bare[0].i : verb[-1].i + 1]), *chunks[k + 3 :]]
    return chunks


def _linked_chunks(chunks: list[list[Token]]) -> tuple[list[list[Token]], str] | None:
    """A list's chunks with the last two apart and the word that links them ('and' or 'or'), or None."""
    chunks = _subjects_whole([c for c in chunks if c])
    # ('If you applied on paper and did not give an email address, we will X': two clauses with no comma between them)
    links = [k for k, t in enumerate(chunks[0]) if t.lower_ in ("and", "or") and t.head.pos_ in ("VERB", "AUX")]
    # ('If you live in a property and all the other adults move out': the parse may hang the 'and' on a noun; two
    # clauses, each with its own subject, are still two)
    links = links or [k for k, t in enumerate(chunks[0]) if t.lower_ in ("and", "or") and _two_sides(chunks[0], k)]
    if len(chunks) == 1 and len(links) == 1 and FEWEST_WORDS <= links[0] <= len(chunks[0]) - FEWEST_WORDS - 1:
        chunks = [chunks[0][: links[0]], chunks[0][links[0] :]]
    if len(chunks) < 2:
        return None
    # 'A, B, and you live in England, Scotland or Wales': a list inside the last item is part of it
    linked = [k for k, c in enumerate(chunks) if k >= 1 and c[0].lower_ in ("and", "or")]
    # ('and you do not have a driveway, garage or other space you can use': a thing's own clause is no verb of the list)
    own = [[t for t in c if not _in_a_clause_of_a_thing(t)] for c in chunks]
    nouns = [c[0].tag_ in ("NN", "NNS", "NNP", "JJ") or not _has_verb(o) for c, o in zip(chunks, own, strict=True)]
    if linked and linked[-1] < len(chunks) - 1 and all(nouns[linked[-1] + 1 :]):
        doc = chunks[0][0].doc
        chunks[linked[-1] :] = [list(doc[chunks[linked[-1]][0].i : chunks[-1][-1].i + 1])]
    last = chunks[-1]
    # ('if A, B, or C, and it does not mean D': the list ended at its 'or'; what 'and' adds is a clause of its own)
    opened = [c[0].lower_ for c in chunks[1:-1] if c[0].lower_ in ("and", "or")]
    if opened and last[0].lower_ in ("and", "or") and last[0].lower_ != opened[-1]:
        return None
    if last[0].lower_ in ("and", "or"):
        return [*chunks[:-1], last[1:]], last[0].lower_
    # 'A, B or C': the last two share a chunk
    links = [k for k, t in enumerate(last) if t.lower_ in ("and", "or") and t.dep_ == "cc"]
    # ('weight loss or a pain or lump in your tummy': a second link before a bare noun joins two nouns that share the
    # last item's 'a', and the list's own link is the first)
    inner = len(links) == 2 and links[1] + 1 < len(last) and last[links[1] + 1].tag_ in ("NN", "NNS")
    inner = inner and last[links[0] + 1].tag_ in ("DT", "PRP$") and last[links[1] - 1].tag_ in ("NN", "NNS")
    links = links[:1] if inner else links
    # ('are fleeing abuse or need to move here to give or get care': the chunk's own verb's link, not an inner one's)
    tops = {t.i for t in last if t.head.i < last[0].i or t.head.i > last[-1].i or t.head == t}
    links = [k for k in links if last[k].head.i in tops] if len(links) > 1 else links
    if len(links) != 1:
        return None
    return [*chunks[:-1], last[: links[0]], last[links[0] + 1 :]], last[links[0]].lower_


def _shares_a_tense(chunk: list[Token]) -> bool:
    """Whether a chunk opens with a verb joined to a finite one, whose tense it shares ('you are a carer or rely on
    visits': 'rely' is tagged as a bare verb), not to an infinitive ('wish to prune it or cut it')."""
    verb = chunk[0]
    return verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.tag_ in ("VBP", "VBZ", "VBD")


def _two_sides(chunk: list[Token], link: int) -> bool:
    """Whether the words either side of a chunk's linking word are clauses with subjects of their own."""
    return 0 < link < len(chunk) - 1 and all(with_a_subject(_text(side)) for side in (chunk[:link], chunk[link + 1 :]))


def condition_items(chunks: list[list[Token]]) -> tuple[str, list[str], str] | None:
    """The words a listed condition starts with, its items and the word that links the last ('and' or
    'or'); None unless the chunks read as one list of things of one kind, three or more (or two clauses)."""
    # ('if you need the form in another language, in large print or in easy read, or you would like X': places or ways
    # with a list of their own go on with the clause before them)
    kept = _phrases_kept(chunks)
    return _condition_items(chunks) or (_condition_items(kept) if kept != chunks else None)


def _phrases_kept(chunks: list[list[Token]]) -> list[list[Token]]:
    """Chunks with each phrase of no verb that opens with a preposition and holds a list of its own put back with the
    clause before it, comma and all; the chunks as they were unless every chunk is then a clause."""
    kept: list[list[Token]] = []
    for chunk in chunks:
        phrase = bool(chunk) and chunk[0].pos_ == "ADP" and not _has_verb(chunk)
        if kept and phrase and any(t.lower_ in ("and", "or") for t in chunk):
            kept[-1] = list(chunk[0].doc[kept[-1][0].i : chunk[-1].i + 1])
        else:
            kept.append(chunk)
    return kept if len(kept) >= 2 and all(_has_verb(c) for c in kept) else chunks


def _condition_items(chunks: list[list[Token]]) -> tuple[str, list[str], str] | None:
    """condition_items, of the chunks as given."""
    linked = _linked_chunks(chunks)
    if linked is None:
        return None
    chunks, link = linked
    # 'you are A, or are B, are C or D': an item within the list may open with the linking word too
    first, rest = chunks[0], [c[1:] if c[0].lower_ in ("and", "or") else c for c in chunks[1:]]
    # ('If you apply late, you will have no right to stay, and you may find it harder to work, rent a home or open
    # an account': 'will' and 'may' say what follows from a condition, not more of it)
    # ('or bleeding that will not stop': a helper in a thing's own clause says nothing of what follows)
    outcome = any(
        t.tag_ == "MD"
        and t.lower_ in ("will", "may", "might", "must", "should")
        and not any(a.dep_ == "relcl" for a in (t.head, *t.head.ancestors))
        and t.nbor(-1).lower_ not in ("that", "which", "who")
        for c in rest
        for t in c
    )
    # ('unless the grant is for a child, in which case there is no test and X': what follows in that case is no
    # more of the condition)
    outcome = outcome or any(t.lower_ in ("which", "who", "whose") for c in rest for t in c[:2])
    if outcome or any(not c for c in [first, *rest]):
        return None
    # two conditions make a list only as two clauses ('if you think the charge is wrong, or you cannot pay
    # it'; 'if you bring the wrong ID, or forget it'), never a clause and a phrase ('if you are 65, or over')
    two = len(chunks) == 2 and all(_has_verb(c) for c in (first, *rest))
    # ('if you live alone and have a severe mental impairment' asks one short question; 'if you are a Blue Badge
    # holder or rely on visits from carers to give you care at home' reads better as two bullets)
    long_two = (
        len(chunks) == 2 and sum(map(len, chunks)) > SHORT_CONDITION and _has_verb(first) and _shares_a_tense(rest[0])
    )
    if len(chunks) < 3 and not (two or long_two):
        return None
    split: int | None = None
    if all(c[0].lower_ == "that" for c in rest):  # 'the crew saw that A, that B or that C'
        thats = [k for k, t in enumerate(first) if t.lower_ == "that"]
        split, rest = (thats[0] + 1 if thats else None), [c[1:] for c in rest]
    # ('or regularly drive a car': an adverb before the verb opens no other kind of item)
    elif all(next((t for t in c if t.tag_ != "RB"), c[0]).tag_ in _VERB_START or _verb_led(c) for c in rest):
        # 'you have had X, are behind with Y or have to Z'
        split = next((k for k, t in enumerate(first) if t.tag_ in _VERB_START), None)
        # ('someone you live with checks your phone, stops you X': the verb in the others' form, past the subject's
        # own clause)
        forms = {next((t for t in c if t.tag_ != "RB"), c[0]).tag_ for c in rest}
        if forms == {"VBZ"} and split is not None and first[split].tag_ != "VBZ":
            alike = (k for k, t in enumerate(first) if k > split and t.lower_.endswith("s") and _said_of_one(t.lower_))
            split = next(alike, split)
        # ('you or someone else still feels unwell, has X or is confused': an adverb of the first verb just before it
        # is that verb's alone, where 'also' is said of them all)
        while split and _own_adverb(first[split - 1], first[split]):
            split -= 1
    # 'you notice A, B or C'; ('or a disability that makes it hard to X': a thing's own clause is part of it)
    elif all(c[0].tag_ in _NOUN_PHRASE_START and not _has_verb([t for t in c if not _in_a_clause_of_a_thing(t)])
             for c in rest):  # fmt: skip
        # ('you are a registered charity, a company or a group': a describing word is no verb; 'are' is the one)
        verbs = [k for k, t in enumerate(first) if (t.pos_ == "VERB" and t.dep_ != "amod") or _main_be(t)]
        split = verbs[0] + 1 if verbs and verbs[0] + 1 < len(first) else None
        # 'finding it hard to pay for food': the list is the objects of the later verb ('pay for'), so the
        # first item is the noun phrase the chunk ends with (not 'notice bleeding from your bottom')
        start = first[-1].left_edge.i - first[0].i
        later = split is not None and any(t.tag_ == "VB" for t in first[split:start])
        # ('can put the bins out because of age, illness or disability': the list is the reasons, after 'because of')
        reason = start >= 2 and _text(first[start - 2 : start]).lower() in ("because of", "due to")
        split = start if (later or reason) and first[start - 1].pos_ in ("VERB", "ADP") else split
    elif all(
        _has_verb(c) and with_a_subject(_text(c)) for c in chunks
    ):  # 'your income has dropped, your rent has gone up or Z'
        split = 0  # (not 'the check shows convictions, cautions or other information': 'cautions' read as a verb)
    elif _shares_be(first, rest):
        # ('you are under 18, or under 19 and in education, or pregnant, or have had a baby': an item with no verb
        # shares the first item's 'are', said again on it)
        split, rest = 1, [[first[1], *c] if _takes_be(c) else c for c in rest]
    # ('you or someone who normally lives with you works away': a verb inside the subject's own clause is no item's)
    relative = split is not None and any(t.tag_ in ("WP", "WDT") for t in first[:split])
    if split is None or relative or any(t.text in (";", ":") for c in chunks for t in c):
        return None
    lead, items = _text(first[:split]), [_text(first[split:]), *(_text(c) for c in rest)]
    if any(not i or _words(i) > LONGEST_CONDITION for i in items) or _nested(items):
        return None
    return lead, items, link


def _own_adverb(adverb: Token, verb: Token) -> bool:
    """Whether a word just before a listed condition's first verb is an adverb of that verb alone ('still feels')."""
    return adverb.tag_ == "RB" and adverb.dep_ == "advmod" and adverb.head == verb and adverb.lower_ not in _OF_ALL


_OF_ALL = frozenset({"also", "then", "either", "both", "not", "now", "currently", "ever", "never"})


def _nested(items: list[str]) -> bool:
    """Whether a middle item with no article of its own and a link of its own shares the first's article and describing
    words, one list inside another that the commas cannot part ('a dead swan', 'goose or duck', '5 or more dead birds';
    not 'the person's birth certificate', 'marriage or civil partnership certificate', which shares the owner alone)."""
    if not re.match(r"(?:a|an|the)\s", items[0]) or not any(t.pos_ == "ADJ" for t in parse(items[0])):
        return False
    return any(re.search(r"\s(?:and|or)\s", i) and not _NOUN_PHRASE_OPENER.match(i) for i in items[1:-1])


_NOUN_PHRASE_OPENER = re.compile(r"(?:a|an|the|your|their|our|his|her|its|some|any|no|\d)", re.IGNORECASE)


def _shares_be(first: list[Token], rest: list[list[Token]]) -> bool:
    """Whether conditions after 'you are' mix items with no verb, which share the 'are', and items led by a verb of
    their own ('you are under 18, or pregnant, or have had a baby')."""
    be = (
        len(first) > 2
        and first[0].dep_ in SUBJECTS
        and first[1].lower_ in ("are", "is", "am")
        and first[0].lower_ != "there"
    )
    verbless = [not _has_verb(c) and not _verb_led(c) for c in rest]
    verbed = [c for c in rest if not _takes_be(c)]
    openers = [next((t for t in c if t.tag_ != "RB"), c[0]) for c in verbed]
    led = all(t.tag_ in _VERB_START for t in openers)
    # ('if it is happening now, or 101, or report it to X': a plain verb is no more of what 'it' does, but an order)
    one = bool(first) and (first[0].lower_ in ("it", "he", "she", "this", "that") or first[0].tag_ in ("NN", "NNP"))
    ordered = one and any(t.tag_ in ("VB", "VBP") for t in openers)
    return be and any(verbless) and not all(verbless) and led and not ordered


def _takes_be(chunk: list[Token]) -> bool:
    """Whether an item after 'you are' says the 'are' again: it opens with no verb of its own ('under 19', 'pregnant or
    have had a baby') or with a doing ('being treated in hospital')."""
    opener = next((t for t in chunk if t.tag_ != "RB"), chunk[0])
    if opener.tag_ == "VBG":
        return True
    if opener.tag_ in _VERB_START or _verb_led(chunk) or opener.lower_ in ("for", "because", "such", "as", "like"):
        return False
    # (a verb of its own only after an 'or' or 'and' of the item: 'pregnant or have had a baby', not 'for example
    # because they are a student')
    verb = next((t for t in chunk if t.pos_ in ("VERB", "AUX")), None)
    return verb is None or (verb.i > chunk[0].i and verb.nbor(-1).lower_ in ("or", "and"))


def _said_of_one(word: str) -> bool:
    """Whether a word in '-s' reads as a verb said of one ('checks', which the parse of a whole may take for a noun)."""
    return parse(f"She {word} it.")[1].tag_ == "VBZ"


def _verb_led(chunk: list[Token]) -> bool:
    """Whether an item opens with a verb of its own, read after 'you' ('live alone', 'smoke': a plain form the parse of
    the whole may tag as no tense, or as a noun)."""
    return parse(f"you {_text(chunk)}")[1].tag_ in ("VB", "VBP", "VBZ", "MD")  # ('disabled' is no verb of its own)


def _main_be(token: Token) -> bool:
    """Whether a word is 'be' as a clause's own verb ('if you are a registered charity'), not a helper of another."""
    return token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass") and verb_lemma(token) == "be"

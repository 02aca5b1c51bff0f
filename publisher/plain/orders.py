"""Orders: whether words open with one ('call us', 'do not use switches'), and three or more with nothing before them
said one at a time ('Drive slowly, leave a gap, and avoid braking hard' -> three sentences)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .chunks import _comma_chunks
from .hanging import HAVE_IT_DONE
from .lists import cut_from_a_list
from .parse import SUBJECTS, _as_checked, an_order_misread, read_as_an_order, stands_alone, subjects_of, which_stand
from .parser import parse, verb_lemma
from .syntax import _text
from .wording import SAME_IN_THE_PAST

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def opens_an_order(chunk: list[Token]) -> bool:
    """Whether words open with a verb's base form: an order or what a shared subject does ('call us',
    'do not use light switches', 'find out what is causing it')."""
    if not chunk:
        return False
    # ('put', 'set' and 'cut' may be tagged as past tenses: after 'will' or an order they are base forms)
    verb = chunk[0].tag_ in ("VB", "VBP") or (chunk[0].tag_ == "VBD" and chunk[0].lower_ in SAME_IN_THE_PAST)
    denied = [t.lower_ for t in chunk[:2]] == ["do", "not"] or chunk[0].lower_ == "never"
    return verb or denied or _misread_order(chunk)


_PARTICLES = frozenset({"in", "out", "up", "off", "on", "back", "down", "away"})


def _misread_order(chunk: list[Token]) -> bool:
    """'fit free smoke alarms' in 'will check A, fit free smoke alarms, and help B': a verb the small model
    read as an adjective, an adverb ('clear away old pots') or a past form in the long sentence, which after
    'will' it reads as a verb (a word read as a noun is left as one: 'garden waste' is no order)."""
    # ('book a free collection': a noun straight before 'a' or 'your' takes it as a verb takes its object)
    # ('fill in the statement': so does one before a particle and then 'the')
    taken = len(chunk) > 1 and chunk[1].tag_ in ("DT", "PRP$")
    taken = taken or (len(chunk) > 2 and chunk[1].lower_ in _PARTICLES and chunk[2].tag_ in ("DT", "PRP$"))
    # ('reserve books from any library': or a noun the parse hung on the next as a word describing it)
    described = len(chunk) > 1 and chunk[0].dep_ == "compound" and chunk[1].tag_ == "NNS"
    # ('book and cancel some appointments': or one the parse read as a noun before a verb it shares its object with)
    # (not 'friend or support worker to bid for you': the verbs' thing opens with its own word)
    paired = len(chunk) > 3 and chunk[1].lower_ in ("and", "or") and chunk[2].tag_ == "VB"
    paired = paired and chunk[3].tag_ in ("DT", "PRP$", "PRP")
    noun_first = chunk[0].tag_ == "NN" and (taken or described or paired)
    if len(chunk) < 2 or (chunk[0].tag_ not in ("JJ", "VBN", "VBD", "RB") and not noun_first) or not chunk[0].is_lower:
        return False
    words = parse(f"We will {_text(chunk)}.")
    return words[2].tag_ == "VB" and words[2].dep_ == "ROOT"


def inner_series(first: list[Token], second: list[Token]) -> bool:
    """Whether the second action goes on from a verb inside the first, not from its own ('use the money to pay
    for A, buy B, or pay for C': what the money is used for, not three things you can do)."""
    verb = next((t for t in second if t.pos_ == "VERB"), None)
    main = next((t for t in first if t.pos_ in ("VERB", "AUX")), None)
    # ('Have your boiler checked, fit an alarm': the first's own head, 'checked', is what the next order goes on from)
    heads = [t for t in first if t.dep_ == "ROOT" and t.pos_ == "VERB"]
    # ('You can borrow, return and renew items, reserve X': a verb joined to the first's own is one of its verbs)
    joined = main.conjuncts if main is not None else ()
    inner = verb is not None and verb.dep_ == "conj" and verb.head in first
    # ('keep a quarter of your plot cultivated, keep paths tidy': the parse may join the second to what the first
    # keeps a thing as)
    described = verb is not None and verb.head.dep_ in ("oprd", "acomp") and verb.head.head == main
    return inner and verb is not None and verb.head not in (main, *heads, *joined) and not described


def _orders_with_their_lists(doc: Doc, chunks: list[list[Token]]) -> list[list[Token]]:
    """Comma chunks of orders, a chunk that opens no order put back with the order before it, comma and all ('Move
    your family, pets and valuables upstairs, turn off the gas, electricity and water, and put X': three orders)."""
    orders = chunks[:1]
    for chunk in chunks[1:]:
        opens = opens_an_order(chunk[1:] if chunk[0].lower_ == "and" else chunk)
        if opens:
            orders.append(chunk)
        else:
            orders[-1] = [*orders[-1], doc[chunk[0].i - 1], *chunk]
    return orders


def _last_and_apart(chunks: list[list[Token]]) -> list[list[Token]]:
    """The chunks with a last one that joins two orders by 'and' with no comma ('leave the building and call X') cut
    at its 'and', so that the orders are 'A, B and C' as much as 'A, B, and C'."""
    last = chunks[-1]
    if len(chunks) < 2 or last[0].lower_ == "and":
        return chunks
    words = {t.i for t in last}
    links = [
        k
        for k, t in enumerate(last[1:-1], 1)
        if t.lower_ == "and" and t.dep_ == "cc" and t.nbor().tag_ == "VB" and t.nbor().dep_ == "conj"
        and t.nbor().head.i in words
    ]  # fmt: skip
    return [*chunks[:-1], last[: links[0]], last[links[0] :]] if len(links) == 1 else chunks


def at_orders(body: str) -> list[str] | None:
    """Three or more orders with nothing before them, joined by commas and a last 'and', said one at a time: 'Light
    them at arm's length, stand well back, and never go back to a lit firework' -> 'Light them at arm's length.'
    'Stand well back.' 'Never go back to a lit firework.' Never a choice ('... or find somewhere cool'), nor orders
    after a denial that may cover them all ('Do not leave bags out, put glass in the bin, or ...')."""
    doc = parse(body)
    chunks = _last_and_apart(_orders_with_their_lists(doc, [c for c in _comma_chunks(doc) if c]))
    if len(chunks) < 3 or chunks[-1][0].lower_ != "and" or len(chunks[-1]) < 2:
        return None
    chunks[-1] = chunks[-1][1:]
    first = chunks[0]
    # ('Remove any pipes that no longer lead anywhere': a denial inside a thing's own clause denies no order)
    denied = any(
        (t.dep_ == "neg" or t.lower_ == "never") and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors)
        for t in first
    )
    # ('Store food in sealed containers, clean up X, and do not leave Y': among orders, a first the parse read as a
    # noun is one too)
    ordered = an_order(_text(first)) or read_as_an_order(_as_checked(_text(first)))
    if denied or not ordered or not all(opens_an_order(c) for c in chunks[1:]):
        return None
    if any(len(c) < 2 for c in chunks) or inner_series(first, chunks[1]):
        return None
    # ('report to our coordinator, Sam, who will show you around, explain X and go through Y': Sam's, not orders)
    if any(t.lower_ in ("who", "which") and t.dep_ in SUBJECTS for c in chunks[:-1] for t in c):
        return None
    # ('Bring it to a centre, where a volunteer will welcome you, offer you a drink and give you X': the volunteer's)
    where = [t for c in chunks[:-1] for t in c if t.lower_ == "where" and t.nbor(-1).text == ","]
    if any(_with_its_subject(t.head) for t in where):
        return None
    said = [f"{_text(c)[0].upper()}{_text(c)[1:]}" for c in chunks]
    # ('Read it carefully, and in your application, tell us X': the phrase after 'and' opens the next order)
    return None if any(_PHRASE_LEFT.search(piece) for piece in said) else said


# A phrase after a closing ', and' with no verb of its own, cut from the order it opens
_PHRASE_LEFT = re.compile(r",\s+(?:and|or)\s+(?:in|on|at|for|with|by|from|during|after|before|when)\b[^,]*$")


_DENIAL_FIRST = re.compile(r"(?:never|do not|don't)\s+(?!(?:have|be|you|we|they|I|it)\b)[a-z]+\b", re.IGNORECASE)


def _with_its_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own ('a volunteer will welcome you')."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in verb.children)


def opens_with_an_order(sentence: str) -> bool:
    """Whether a sentence's words up to its first comma are an order that stands alone, whatever the parse of the whole
    made of them ('Store food in sealed containers, clean up X, and do not leave Y': no subject to say again)."""
    opening = sentence.split(",", 1)[0]
    # ('Mop up spills straight away, remove X': read after 'Please', a verb the parse took for a noun)
    return (an_order(opening) or an_order_misread(_as_checked(opening))) and stands_alone(f"{opening}.")


def an_order(text: str) -> bool:
    """Whether a piece is an order with no subject ('Ask the tenant to sign it.'), which a sentence with a
    subject cannot be cut into: 'we may offer X, issue Y, ask Z' has no order in it."""
    # ('Never wedge fire doors open': a denial first is an order, whatever the parse makes of the words without
    # their full stop)
    if _DENIAL_FIRST.match(text.strip()):
        return True
    sentences = [s for s in parse(_as_checked(text)).sents if any(t.is_alpha for t in s)]
    if not sentences:
        return False
    root = sentences[0].root
    linking = ("and", "but", "or", "so", "then")  # 'So please do not X.' is an order that asks politely
    first = next((t for t in sentences[0] if t.is_alpha and t.lower_ not in linking), sentences[0][0])
    # ('We will look around, check X, and talk to you': the parse may make 'check' the root; no order opens on one)
    subject = bool(subjects_of(root)) or first.dep_ in SUBJECTS
    # ('If you are interested, get advice, and ask X': a plain form with no subject, tagged present, is an order)
    plain_form = root.tag_ == "VB" or (root.tag_ == "VBP" and root.lower_ == verb_lemma(root))
    ordered = plain_form and not subject and first.lower_ not in ("please", "do", "don't")
    # ('Ask about your symptoms and, if needed, examine you': a plain verb first is an order, whatever the parse took
    # for the root)
    ordered = ordered or (first.tag_ == "VB" and not subjects_of(first) and first.lower_ not in ("do", "don't"))
    # ('one of our advisers will look around, check X and talk to you': a clause with its own subject and helper
    # before the root the parse chose makes the root the next of its verbs, not an order)
    # ('Every week we check the tanks, clean the stairs and test X': so does a present after 'we', 'you' or 'they')
    ordered = ordered and not any(
        c.dep_ == "ccomp" and c.i < root.i and subjects_of(c) and (
            any(a.tag_ == "MD" for a in c.children)
            or (c.tag_ == "VBP" and any(s.lower_ in ("we", "you", "they") for s in subjects_of(c)))
        )
        for c in root.children
    )  # fmt: skip
    # ('Have your boiler checked every year': having a thing done, which the parse may read as a question's 'have')
    causative = HAVE_IT_DONE.match(text) is not None and not text.rstrip().endswith("?")
    # ('Put glass in the blue bag.': an order the small model reads as a noun is an order all the same)
    return ordered or causative or (first.i == 0 and an_order_misread(_as_checked(text)))


_AND_NOT = re.compile(r",\s+and\s+(?=(?:do not|don't|never)\s)", re.IGNORECASE)
_OPENED = re.compile(r"(?:if|when|whenever|unless|once|after|before|while|until|as soon as)\b", re.IGNORECASE)
FEWEST_IN_A_DENIED_ORDER = 5  # words of each of two orders a ', and do not' joins


def at_and_not(body: str) -> list[str] | None:
    """Two orders, the second a denial after ', and' ('Do not drive until you have fully recovered, and do not play
    contact sports, such as rugby, for 3 weeks'), said one at a time; never after a condition or time that opens the
    sentence, which would be the first order's alone once cut."""
    match = _AND_NOT.search(body)
    if match is None or _OPENED.match(body):
        return None
    first, second = body[: match.start()], body[match.end() :]
    denied = re.match(r"(?:do not|don't|never)\s", first, re.IGNORECASE) is not None
    # ('Light them using a taper, stand well back, and never go back': the last of a series of orders, said one at a
    # time by at_orders; after 'Do not', a list is of what is not to be done)
    ordered = denied or ("," not in first and an_order(first))
    # ('This is because it will spread them, and do not spray them': a reason holds no order, so the order is the
    # reader's, cut from the reason the rule before said apart)
    ordered = ordered or re.match(r"This is because\s", first) is not None
    if min(len(first.split()), len(second.split())) < FEWEST_IN_A_DENIED_ORDER or not ordered:
        return None
    return [first, f"{second[0].upper()}{second[1:]}"]


def reads_as_an_order(words: str) -> bool:
    """Whether words after ', and' or ', or' read as an order once a subject and 'should' go before them ('clean
    surfaces with bleach', 'book online', which the parse alone may take for things)."""
    root = _doing_root(words)
    return root is not None and any(c.dep_ in ("dobj", "advmod", "prt") for c in root.children)


def reads_as_a_doing(words: str) -> bool:
    """Whether words read as a doing once 'You should' goes before them ('ask about your symptoms')."""
    return _doing_root(words) is not None


def _doing_root(words: str) -> Token | None:
    """The verb words open with, read after 'You should'; None where they open with none."""
    root = next((t for t in parse(f"You should {words}") if t.dep_ == "ROOT"), None)
    return root if root is not None and root.i == 2 and root.tag_ == "VB" else None


def cut_from_a_list_of_theirs(pieces: list[str]) -> bool:
    """Whether a piece holds items of a list cut from the others (lists.cut_from_a_list), but for an order after an
    order ('Please keep some water in containers.' 'And remember that you cannot flush X.': the reader does both)."""
    return any(
        cut_from_a_list(piece)
        and not (k and _AND_AN_ORDER.match(piece) and (pieces[k - 1].startswith("Please ") or an_order(pieces[k - 1])))
        for k, piece in enumerate(pieces)
    )


_AND_AN_ORDER = re.compile(r"And\s+(?:remember|make sure|check|tell|ask|keep|try|please)\b")


def which_stand_among_orders(pieces: list[str]) -> list[bool]:
    """which_stand, but where every piece reads as an order after 'You should', a piece whose first word the parse took
    for a noun stands too ('Wipe X every morning, open a window, and dry clothes outside if you can': the small model
    takes 'Dry' for a name even after 'Please'); not where one piece reads as none ('clean toilet seats, flush handles
    and door handles every day')."""
    stands = which_stand(pieces)
    if all(stands) or len(pieces) < 2:
        return stands
    ordered = all(_DENIAL_FIRST.match(p) or reads_as_an_order(_lowered(p)) for p in pieces)
    # ('Call 999 if X, and while you wait.': a piece whose verb the parse read as one hangs for a reason of its own)
    return [
        stood or (ordered and parse(_as_checked(p))[0].pos_ != "VERB") for p, stood in zip(pieces, stands, strict=True)
    ]


def _lowered(piece: str) -> str:
    """A piece's words as they would go on after 'You should': first letter lowered, closing stop dropped."""
    return f"{piece[:1].lower()}{piece[1:]}".rstrip(".!")

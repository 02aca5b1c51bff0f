"""Easy read: plain wording for every section, a glossary, and proof that no fact was lost or added.

rewrite_document(document) runs a rewriter (by name, from REWRITERS) over every sentence, then checks
the result: readability before and after, and the facts of each section before and after.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from itertools import pairwise

from publisher.model import LIST_KINDS, VERBATIM_KINDS, Block, Change, Document, PlainReport, Section

from .acronyms import Expander, find_definitions
from .active import maybe_passive, to_active
from .blocks import Memo, ended_list, from_memo, plain_sentences, rebuild, take_draft, to_memo, with_full_stops
from .capitals import unshouted
from .cut_marks import (
    CASE_SAID,
    CLAUSE_OPENS,
    COMMA_BEFORE_VERB,
    DENIAL,
    DENIED,
    ENDS_ON_BE,
    LEFT_BEHIND,
    LINKED_ORDER,
    LIST_AHEAD,
    NO_ORDER,
    NOT_ALONE,
    NOT_ONLY,
    OR,
    OWN_CONDITION_FIRST,
    PLEASE,
    PLEASE_FIRST,
    POINTING,
    PURPOSE_FIRST,
    comparison_cut,
)
from .facts import capitalised_words, compare_facts, extract_facts
from .glossary import explain_hard_words
from .letters import said_from, sender_kind
from .mends import mended_fragment
from .opening_comma import with_opening_comma
from .openings import plain_opening
from .orders import an_order, cut_from_a_list_of_theirs, opens_with_an_order, which_stand_among_orders
from .parse import parse_pieces_ahead, stands_alone
from .parser import parse_ahead
from .readability import measure
from .repeats import Located, find_duplicates, marks_cut, quoted_sentences, sentences_of
from .rulebook import PARSE_LISTERS, PARSE_RULES, SAFE_RULES
from .sentences import split_sentence
from .series import Piece
from .splices import comma_spliced, unspliced
from .wording import TARGET_WORDS, count_words
from .words import replace_words

__all__ = [
    "PARSE_LISTERS",
    "PARSE_RULES",
    "REWRITERS",
    "SAFE_RULES",
    "Located",
    "Memo",
    "find_duplicates",
    "rewrite_document",
    "sentences_of",
]

# 'all the necessary action needed' -> 'all the needed action needed': say it once
_NEEDED_TWICE = re.compile(r"\bneeded (\w+) needed\b")
_HANGING_OPENERS = frozenset({"and", "or", "but", "so", "to", "with", "which", "who", "including", "such"})
log = logging.getLogger(__name__)
LONGEST = 20  # words: a sentence still longer after the rewrite is reported as one left as written


def rewrite_sentence(sentence: str, expander: Expander) -> tuple[list[Piece], list[Change]]:
    """The rules rewriter: plain words, acronyms spelled out at first use, long sentences split where
    the parse shows every piece is a sentence, and the passive made active where the doer is named."""
    plain, changes = _plain_words(sentence, expander)
    pieces, restructured = restructure(plain)
    return pieces, changes + restructured


def _remembered(memo: Memo, sentence: str, expander: Expander) -> tuple[list[Piece], list[Change]]:
    """rewrite_sentence, the restructuring taken from the memo where it holds this sentence."""
    plain, changes = _plain_words(sentence, expander)
    kept = from_memo(memo.get(plain))
    if kept is None:
        kept = restructure(plain)
        memo.put(plain, to_memo(*kept))
    return kept[0], changes + kept[1]


def restructure(plain: str) -> tuple[list[Piece], list[Change]]:
    """A sentence in plain words split where the parse allows, its passive made active, and what was
    done (the part of the rewrite that needs the parse); a sentence a rule fails on is left as written."""
    try:
        return _restructure(plain)
    except Exception as error:  # a rule's bug on one unusual sentence must not stop the whole build
        log.warning("a rewrite rule failed on a sentence (%s: %s); it is left as written", type(error).__name__, error)
        failed = f"left as written: a rewrite rule failed on it ({type(error).__name__}: {error})"
        return [plain], [Change("kept", plain, failed)]


def _restructure(plain: str) -> tuple[list[Piece], list[Change]]:
    """restructure, raising whatever a rule raises."""
    plain, changes = mended_fragment(plain)
    plain = with_opening_comma(plain) if count_words(plain) > TARGET_WORDS else plain
    # A source's own fragment ('And to X - Y.') may stay one, first; a long sentence the parser does not
    # take for one ('If X, for example Y, or Z, W.') is no licence to cut a hanging 'If X.' from it.
    own_fragment = plain.split(maxsplit=1)[0].lower() in _HANGING_OPENERS and not stands_alone(plain)
    # 'To use the library at night, you will need X': a purpose said first, then its sentence, is no fragment
    # ('So that it can be mended quickly, please tell us': a purpose first, then its order, is no fragment either)
    own_fragment = own_fragment and not PURPOSE_FIRST.match(plain) and not re.match(r"so that\b", plain, re.I)

    def accept(pieces: list[str]) -> bool:
        """Every piece a sentence, but for a source's own fragment, first; no piece that opens with 'and'
        or 'or' and a phrase with no verb ('And a floor plan, and X will be returned': a list cut); and no
        order cut from a sentence that is none ('we may offer X, issue Y, ask Z' -> 'Ask Z.')."""
        hanging = [index for index, stands in enumerate(which_stand_among_orders(pieces)) if not stands]
        if (hanging and not (own_fragment and hanging == [0])) or cut_from_a_list_of_theirs(pieces):
            return False
        # ('You could give to a charity that helps X, such as Y, instead': 'instead' is the giving's, not 'This helps
        # X, instead.' of a clause cut from it)
        if any(LEFT_BEHIND.search(p) and POINTING.match(p) for p in pieces[1:]) or any(map(_cut_splice, pieces)):
            return False
        # ('Dog mess is not only unpleasant.' 'But it can also X.': 'not only' waits for its 'but also')
        not_only = any(NOT_ONLY.search(a) and re.match(r"but\b", b, re.IGNORECASE) for a, b in pairwise(pieces))
        not_only = not_only or comparison_cut(pieces, plain)
        if not_only or marks_cut(pieces, plain) or any(NOT_ALONE.match(p) for p in pieces[1:]):
            return False  # ('the number on it, but not your name, so it is safe': 'But not your name' has no verb;
            # nor has 'But no later than the end of May')
        # ('The deadline to register to vote is.' cut from 'is midnight 12 working days before': 'but most suppliers
        # are.' may end a sentence, never a 'be' cut from what follows it)
        # ('This shows how much carbon monoxide.' 'A poisonous gas found in smoke, is in your body.': an aside cut at
        # its first comma leaves its second between a subject and its verb)
        if any(ENDS_ON_BE.search(p) and re.search(rf"{re.escape(p[:-1])}\s+\w", plain) for p in pieces[:-1]) or any(
            p.count(",") == 1 and COMMA_BEFORE_VERB.search(p) and not CASE_SAID.match(p) for p in pieces
        ):
            return False
        # ('You can use any of the following, as long as it has your photo:': the list is the main clause's)
        last, before = (pieces[-1], " ".join(pieces[:-1])) if pieces else ("", "")
        if last.endswith(":") and POINTING.match(last) and LIST_AHEAD.search(before) and not LIST_AHEAD.search(last):
            return False
        # ('X, so stay off work': an order after 'so', 'but' or 'then' is one the source gave, and so is one that
        # says 'please': 'X; when your child returns, please write a note')
        # ('But please turn it to silent.' 'Do not take photos.': an order after one the source gave is given too;
        # 'the service said people should X, do not build Y' gave none, and 'Do not build Y.' is no order of its own)
        # ('And if you use a spermicide, do not use it for 2 days': an order after a condition of its own is given too)
        given = [
            bool(LINKED_ORDER.match(p) or PLEASE.search(p) or PLEASE.search(b) or OWN_CONDITION_FIRST.match(p))
            for b, p in pairwise(pieces)
        ]
        orders = [an_order(p) or DENIED.match(p) is not None for p in pieces[1:]]
        # ('Please do not remove X, wedge the door open or fit Y': the denial may cover the choice cut from it, which
        # alone would be an order to wedge the door open)
        # ('Never take the battery out; open a window or waft a towel instead': after a semicolon, an order of its own)
        pairs = zip(pairwise(pieces), orders, strict=True)
        covered = any(
            DENIAL.match(b)
            and OR.search(CLAUSE_OPENS.split(p)[0])
            and o
            and not DENIAL.match(p)
            and not _after_semicolon(p)
            for (b, p), o in pairs
        )
        return not covered and (ordered or not any(o and not g for o, g in zip(orders, given, strict=True)))

    # ('Please put X in bags, ..., and do not feed birds': a sentence that opens 'Please' gives its orders too)
    # ('Store tins in a dry cupboard, throw away X, and do not keep Y': so does one that opens with an order)
    ordered = an_order(plain) or DENIED.match(plain) is not None or PLEASE_FIRST.match(plain) is not None
    ordered = ordered or opens_with_an_order(plain)

    def _after_semicolon(piece: str) -> bool:
        """Whether a piece is what came after a semicolon in the sentence."""
        return re.search(rf";\s+{re.escape(piece.rstrip('.')[:30])}", plain, re.IGNORECASE) is not None

    def _cut_splice(piece: str) -> bool:
        """Whether a piece is two clauses and a comma cut from a choice of clauses ('A, B, or C' -> 'A, B.' says
        both A and B, where the source said any one of the three)."""
        cut = re.search(rf"{re.escape(piece.rstrip('.'))},?\s+or\b", plain) is not None
        # ('Call X, text Y, or fill in Z' -> 'Call X, text Y.': two orders cut from a choice of three say do both)
        last = piece.rstrip(".").rsplit(",", 1)[-1].split()[:1] if "," in piece else []
        ordered = bool(last) and last[0].isalpha() and last[0].islower() and last[0] not in NO_ORDER
        ordered = ordered and an_order(piece)
        return cut and (comma_spliced(piece) or ordered)

    pieces = split_sentence(plain, rules=PARSE_RULES + SAFE_RULES, accept=accept, lists=PARSE_LISTERS)
    pieces = [part for p in pieces for part in (unspliced(p) if isinstance(p, str) else [p])]
    if len(pieces) > 1:  # a piece may open as a sentence does ('But it should be noted that X')
        pieces = [plain_opening(p) if isinstance(p, str) else p for p in pieces]
        shown = [p if isinstance(p, str) else f"{p.intro} {'; '.join(p.items)}" for p in pieces]
        changes.append(Change("split", plain, " | ".join(shown)))
    for index, piece in enumerate(pieces):
        # a question keeps its order ('Has a pothole damaged your car?' is not 'A pothole has damaged your car?')
        said_next = next((p for p in pieces[index + 1 : index + 2] if isinstance(p, str)), "")
        active = to_active(piece, said_next) if isinstance(piece, str) and not piece.endswith("?") else None
        if isinstance(piece, str) and active is not None and active != piece:
            changes.append(Change("active", piece, active))
            pieces[index] = active
    for piece in pieces:
        if isinstance(piece, str) and count_words(piece) > LONGEST:
            changes.append(Change("kept", piece, f"no safe way to split this sentence of {count_words(piece)} words"))
    return pieces, changes


def _parse_ahead(located: list[Located], document: Document, expander: Expander, memo: Memo | None) -> None:
    """Parse in one batch what the rewrite of these sentences parses first: the plain wording of each
    long or (short and) perhaps passive one the memo lacks, outside quotations and tables. A copy of the expander
    words them, as an acronym is spelled out at its first use only."""
    trial = copy.deepcopy(expander)
    kinds = [[block.kind for block in section.blocks] for section in document.sections]
    rewritten = [x.text for x in located if kinds[x.section][x.block] not in VERBATIM_KINDS and not x.quoted]
    plains = [_plain_words(sentence, trial)[0] for sentence in rewritten]
    plains = [p for p in plains if memo is None or from_memo(memo.get(p)) is None]
    parse_pieces_ahead(p for p in plains if count_words(p) > TARGET_WORDS)
    parse_ahead(p for p in plains if count_words(p) <= TARGET_WORDS and maybe_passive(p))


def _plain_words(sentence: str, expander: Expander) -> tuple[str, list[Change]]:
    """A sentence in plain words, its acronyms spelled out at first use, and what was changed."""
    plain, changes = replace_words(plain_opening(sentence))
    plain = _NEEDED_TWICE.sub(r"\1 needed", plain)
    plain, spelled = expander.expand(plain)
    return plain, changes + spelled


def rewrite_words(sentence: str, expander: Expander) -> tuple[list[Piece], list[Change]]:
    """The rules rewriter without the parse: plain words and acronyms only. Its short sentences are
    worded as the full rewrite words them (see settled)."""
    plain, changes = _plain_words(sentence, expander)
    return [plain], changes


def settled(sentence: str) -> bool:
    """Whether the parse cannot change a sentence of rewrite_words: short, no semicolon, no passive
    with a named doer. Such sentences may be spoken before the full rewrite is done."""
    return count_words(sentence) <= TARGET_WORDS and ";" not in sentence and not maybe_passive(sentence)


def keep_sentence(sentence: str, expander: Expander) -> tuple[list[Piece], list[Change]]:
    """The 'none' rewriter: the original wording."""
    return [sentence], []


Rewriter = Callable[[str, Expander], tuple[list[Piece], list[Change]]]
REWRITERS: dict[str, Rewriter] = {"rules": rewrite_sentence, "none": keep_sentence}


def plain_title(title: str, expander: Expander, text: str = "") -> str:
    """A section title in plain words ('Illegally-facilitated crossings' -> 'Illegal crossings'); the
    words table and the acronyms spelled out, never split (a title is not a sentence); capitals as the
    text writes its words (see unshouted)."""
    plain, _ = replace_words(unshouted(title, text))
    plain, _ = expander.expand(plain)
    return plain[0].upper() + plain[1:] if plain else title


def rewrite_documents(
    documents: Sequence[Document], rewriter: str = "rules", *, quick: bool = False, memo: Memo | None = None
) -> list[Document]:
    """Each document in easy read (quick: without the parse, see rewrite_words; memo: where sentences
    restructured before are kept, and these are kept for next time)."""
    rewritten = [rewrite_document(document, rewriter, quick=quick, memo=memo) for document in documents]
    if memo is not None:
        memo.save()
    return rewritten


def _as_begun(item: str, pieces: list[Piece]) -> list[Piece]:
    """A list item's rewrite starting in the case its source did: an item that finishes its list's
    introduction ('because they:' 'block light') keeps its small letter."""
    first = pieces[0] if pieces else None
    if not item[:1].islower() or not isinstance(first, str) or not first[:1].isupper() or first[:2] == "I ":
        return pieces
    return [first[0].lower() + first[1:], *pieces[1:]]


def _in_sentences(kind: str, item: str) -> bool:
    """Whether an item is rewritten a sentence at a time: a paragraph's or a quotation's, and a list item that
    opens as a sentence does ('Notice of intention. We will tell you X, and you can Y'); one that finishes its
    list's introduction is one piece."""
    return kind in ("paragraph", "quote") or (kind in LIST_KINDS and item[:1].isupper())


def _rewriter(name: str, quick: bool, memo: Memo | None) -> Rewriter:
    """The rewriter named, quick (no parse) or remembering what it restructured, if asked."""
    if name == "rules" and quick:
        return rewrite_words
    if name == "rules" and memo is not None:
        return partial(_remembered, memo)
    return REWRITERS[name]


def _rewrite_one(
    located: Located, kind: str, rewriter: str, rewrite: Rewriter, expander: Expander
) -> tuple[list[Piece], list[Change]]:
    """One sentence of a block rewritten as its kind allows: someone's words and tables as written; a list item
    that finishes its list's introduction ('You can ask if:' 'you have reported X and had no action taken') in
    plain words only, as cut it would be said as a fact; anything else by the rewriter."""
    if kind in VERBATIM_KINDS or located.quoted:
        return keep_sentence(located.text, expander)
    if rewriter == "rules" and kind in LIST_KINDS and located.text[:1].islower():
        return rewrite_words(located.text, expander)
    return rewrite(located.text, expander)


def rewrite_document(
    document: Document, rewriter: str = "rules", *, quick: bool = False, memo: Memo | None = None
) -> Document:
    """The document in easy read, each section keeping its original wording and a report."""
    rewrite = _rewriter(rewriter, quick, memo)
    located = [
        Located(s, b, i, sentence, quoted, block.kind not in ("paragraph", "quote"))
        for s, section in enumerate(document.sections)
        for b, block in enumerate(section.blocks)
        for i, item in enumerate(block.items)
        for sentence, quoted in (quoted_sentences(item) if _in_sentences(block.kind, item) else [(item, False)])
    ]
    definitions = find_definitions(x.text for x in located)
    expander = Expander(definitions)
    names = capitalised_words(x.text for x in located)
    source = "\n".join(x.text for x in located)

    def facts(text: str) -> set[str]:
        return extract_facts(text, expander.aliases(), names)

    dropped = find_duplicates(located, facts) if rewriter != "none" else set()
    if rewriter == "rules" and not quick:  # the full rewrite parses
        _parse_ahead([x for n, x in enumerate(located) if n not in dropped], document, expander, memo)
    letter = sender_kind([document.title, *(x.text for x in located if not x.listed)])  # (not a factsheet's 'Thanks')
    by_item: dict[tuple[int, int, int], list[int]] = {}
    for index, x in enumerate(located):
        by_item.setdefault((x.section, x.block, x.item), []).append(index)
    sections: list[Section] = []
    changes: list[list[Change]] = []
    for s, section in enumerate(document.sections):
        changes.append([])
        blocks: list[Block] = []
        for b, block in enumerate(section.blocks):
            rewritten: list[list[Piece]] = []
            for i in range(len(block.items)):
                pieces: list[Piece] = []
                for index in by_item.get((s, b, i), []):
                    if index in dropped:
                        changes[s].append(Change("duplicate", located[index].text, ""))
                        continue
                    new, why = _rewrite_one(located[index], block.kind, rewriter, rewrite, expander)
                    if block.kind in LIST_KINDS:
                        new = _as_begun(located[index].text, new)
                    pieces += new
                    changes[s] += why
                rewritten.append(pieces)
            blocks += rebuild(block, rewritten)
        if rewriter == "rules":  # the words-only rewrite ends its lists as the full one does
            blocks = [ended_list(block) if quick else with_full_stops(block, memo) for block in blocks]
            blocks, signed = said_from(blocks, s == len(document.sections) - 1, letter) if letter else (blocks, [])
            changes[s] += signed
        title = plain_title(section.title, expander, source) if rewriter != "none" else section.title
        sections.append(replace(section, title=title, blocks=tuple(blocks), original=section.blocks,
                                original_title=section.title if title != section.title else ""))  # fmt: skip
    take_draft(document, sections, changes)
    plain_text = "\n".join(i for s in sections for b in s.blocks for i in b.items)
    checked = []
    for s, (before, after) in enumerate(zip(document.sections, sections, strict=True)):
        kept = [x.text for index, x in enumerate(located) if x.section == s and index not in dropped]
        # ('Coroner's Officer' signs the letter: 'This letter is from the Coroner's Officer.' names no one new, though
        # the capital that opened the line is now inside a sentence)
        kept += [c.after for c in changes[s] if c.kind == "signature"]
        lost = [x.text for index, x in enumerate(located) if x.section == s and index in dropped]
        missing, invented = compare_facts(facts("\n".join(kept)), facts("\n".join(plain_sentences(after.blocks))))
        missing += sorted(facts("\n".join(lost)) - facts(plain_text))
        report = PlainReport(
            before=measure(plain_sentences(before.blocks)),
            after=measure(plain_sentences(after.blocks)),
            changes=tuple(changes[s]),
            missing_facts=tuple(missing),
            invented_facts=tuple(invented),
        )
        checked.append(replace(after, report=report))
    glossary, unexplained = explain_hard_words(plain_text)
    unexplained = sorted({*unexplained, *(f"{a} (acronym)" for a in expander.unexplained)})
    whole = (
        measure([x for s in document.sections for x in plain_sentences(s.blocks)]),
        measure([x for s in checked for x in plain_sentences(s.blocks)]),
    )
    easy_title = unshouted(document.title, source) if rewriter != "none" else document.title
    return replace(
        document,
        title=document.draft.title if document.draft and document.draft.title else easy_title,
        sections=tuple(checked),
        glossary=tuple(glossary),
        unexplained=tuple(unexplained),
        readability=whole,
    )

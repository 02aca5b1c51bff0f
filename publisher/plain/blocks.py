"""The blocks of a rewritten section: pieces back into paragraphs and lists, full stops for lists of
sentences, an editor's draft in place of the rules' wording, and the sentences of some blocks."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from publisher.model import LIST_KINDS, Block, Change, Document, Section

from .parse import _sentence_stands, subjects_of
from .parser import parse, parse_ahead
from .repeats import sentences_of
from .series import Bullets, Piece


class Memo(Protocol):
    """Where restructured sentences are kept between builds (publisher.cache.RewriteCache)."""

    def get(self, key: str) -> object | None:
        """The value kept for key, or None."""

    def put(self, key: str, value: object) -> None:
        """Keep a value for key."""

    def save(self) -> None:
        """Keep what was put for the next build."""


def to_memo(pieces: list[Piece], changes: list[Change]) -> object:
    """A restructured sentence's pieces and changes as a value a memo can keep (JSON's shapes)."""
    shown = [p if isinstance(p, str) else {"intro": p.intro, "items": list(p.items)} for p in pieces]
    return {"pieces": shown, "changes": [[c.kind, c.before, c.after] for c in changes]}


def from_memo(value: object) -> tuple[list[Piece], list[Change]] | None:
    """A memo's value back as pieces and changes; None for anything not in the shape to_memo gives."""
    if not isinstance(value, dict):
        return None
    try:
        pieces: list[Piece] = [
            p if isinstance(p, str) else Bullets(str(p["intro"]), tuple(str(i) for i in p["items"]))
            for p in value["pieces"]
        ]
        changes = [Change(str(kind), str(before), str(after)) for kind, before, after in value["changes"]]
    except (KeyError, TypeError, ValueError):
        return None
    return pieces, changes


_LINKED_END = re.compile(r"\b(?:and|or)$")


def _inline(items: tuple[str, ...], source: str) -> str:
    """A list's items said in one line of a list item: 'A, B or C' with the source's 'or' or 'and' before the last
    (a choice of cards is no list of all of them), an item that ends in its own 'or' ('they do not feel better, or')
    taking no second comma."""
    joins = [" " if _LINKED_END.search(item) else ", " for item in items[:-1]]
    before_last = items[-2].split()[-1] if len(items) > 1 and items[-2].split() else ""
    link = re.search(rf"\b{re.escape(before_last)},?\s+(and|or)\s", source) if before_last else None
    if link and joins[-1] == ", ":
        joins[-1] = f" {link.group(1)} "
    return "".join(item + join for item, join in zip(items, [*joins, ""], strict=True))


def rebuild(block: Block, rewritten: list[list[Piece]]) -> list[Block]:
    """New blocks for one original block from the pieces of its items."""
    if block.kind == "table":
        return [block]
    if block.kind in (*LIST_KINDS, "quote"):
        items = [" ".join(p if isinstance(p, str) else f"{p.intro} {_inline(p.items, source)}" for p in pieces)
                 for source, pieces in zip(block.items, rewritten, strict=True)]  # fmt: skip
        kept = tuple(i for i in items if i)
        return [Block(block.kind, kept, marks=block.marks)] if kept else []
    blocks: list[Block] = []
    paragraph: list[str] = []
    for piece in (p for pieces in rewritten for p in pieces):
        if isinstance(piece, Bullets):
            blocks.append(Block("paragraph", (" ".join([*paragraph, piece.intro]),), marks=block.marks))
            blocks.append(Block("bullets", piece.items, marks=block.marks))
            paragraph = []
        else:
            paragraph.append(piece)
    if paragraph:
        blocks.append(Block("paragraph", (" ".join(paragraph),), marks=block.marks))
    return blocks


def with_full_stops(block: Block, memo: Memo | None) -> Block:
    """A list of whole sentences ('The fee will rise to £135.') with a full stop after each (and no closing
    semicolons, see without_closing_semicolons), as easy-read guides punctuate them; items that finish the
    list's introduction have none. Only a list whose every
    item is a sentence: one odd item out is more likely the parser's mistake than the writer's. The memo
    keeps the answer, as it keeps the sentences the parse split."""
    block = without_closing_semicolons(block)
    open_items = [item for item in block.items if not item.endswith((".", "!", "?"))]
    if block.kind not in LIST_KINDS or not open_items:
        return block
    key = "\0".join(("full stops", *open_items))
    known = memo.get(key) if memo is not None else None
    whole = known if isinstance(known, bool) else all(full_sentences(open_items))
    if memo is not None:
        memo.put(key, whole)
    if not whole:
        return ended_list(block)
    return replace(block, items=tuple(item if item.endswith((".", "!", "?")) else f"{item}." for item in block.items))


# A list item's closing semicolon, and the 'and' or 'or' after it ('water a garden;', 'you are pregnant; or')
_CLOSING_SEMICOLON = re.compile(r"\s*;(?:\s+(and|or))?$")


def without_closing_semicolons(block: Block) -> Block:
    """A list whose items end with nothing where the source ended them with semicolons, as plain-English guides
    punctuate bullets; an 'or' that offers a choice stays, after a comma, as the rules' own lists say it ('you are
    pregnant, or'), and an 'and' goes, which a list says already."""
    if block.kind not in LIST_KINDS:
        return block
    items = [_CLOSING_SEMICOLON.sub(lambda m: ", or" if m.group(1) == "or" else "", item) for item in block.items]
    return replace(block, items=tuple(items))


def ended_list(block: Block) -> Block:
    """A list of phrases with a full stop after its last item, where the sentence its introduction began
    ends (UK style guides' 'only put a full stop at the end of the list'): read aloud or as text, the list
    does not run on into the next paragraph. Not after an address, which a full stop would seem part of."""
    block = without_closing_semicolons(block)
    if block.kind not in LIST_KINDS or not block.items:
        return block
    last = block.items[-1]
    # (an item in brackets alone is a note, not the end of a sentence; 'the United Kingdom (UK)' is)
    if last.endswith((".", "!", "?", ":", ";")) or (last.startswith("(") and last.endswith(")")):
        return block
    if re.search(r"[/@]\S*$|\.\w+$", last):  # (an address ends the item: 'by emailing x@y.org about it' takes one)
        return block
    return replace(block, items=(*block.items[:-1], f"{last}."))


def _with_source_tables(edited: tuple[Block, ...], original: tuple[Block, ...]) -> tuple[Block, ...]:
    """An editor's blocks with each table as the source has it (its caption too): tables are data, which
    easy read never rewords; a draft shows them for context."""
    tables = iter([b for b in original if b.kind == "table"])
    return tuple(next(tables, block) if block.kind == "table" else block for block in edited)


def take_draft(document: Document, sections: list[Section], changes: list[list[Change]]) -> None:
    """The editor's wording in place of the rules' where the document's draft has it."""
    if document.draft is None:
        return
    edited = {s.title: s.blocks for s in document.draft.sections}
    for s, section in enumerate(sections):
        heading = section.original_title or section.title
        if heading in edited:
            sections[s] = replace(section, blocks=_with_source_tables(edited[heading], section.original))
            changes[s] = [Change("draft", "", document.draft.path)]


def plain_sentences(blocks: tuple[Block, ...]) -> list[str]:
    """Every sentence and list item of some blocks."""
    return [
        s
        for b in blocks
        for item in b.items
        for s in (sentences_of(item) if b.kind in ("paragraph", "quote") else [item])
    ]


def full_sentences(items: list[str]) -> list[bool]:
    """Whether each list item is a whole sentence that opens with its own subject ('The fee will rise to
    £135'), which takes a full stop; an item that finishes its list's introduction ('are over 65'), an
    order, or a phrase ('Glass jars, with lids removed') does not."""
    parse_ahead(items)
    return [_opens_with_its_subject(item) for item in items]


def _opens_with_its_subject(item: str) -> bool:
    if not item[:1].isupper() or item.rstrip()[-1:] in ".!?:;,":
        return False
    sentences = [s for s in parse(item).sents if any(t.is_alpha for t in s)]
    if len(sentences) != 1 or not _sentence_stands(sentences[0]):
        return False
    subjects = subjects_of(sentences[0].root)
    # a comma inside the subject is the parser's guess at a phrase ('Glass jars, with lids removed')
    return any(s.left_edge.i == sentences[0].start and not any(t.text == "," for t in s.subtree) for s in subjects)

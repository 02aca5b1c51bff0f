"""Markdown drafts (markdown-it-py): # is the title, ## and ### start sections; lists, quotations and
tables stay what they are."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from publisher.model import Block, BlockKind, table_block

from .furniture import dated_line, names_a_document_type, reads_as_a_bold_heading
from .parsed import Parsed, a_callout, nested_items, questions_unlabelled


def _marks(token: Token) -> tuple[tuple[str, str], ...]:
    """Emphasised phrases of an inline token (**strong** and *em*)."""
    found: list[tuple[str, str]] = []
    open_kind: str | None = None
    words: list[str] = []
    for child in token.children or []:
        if child.type in ("strong_open", "em_open"):
            open_kind, words = child.type.removesuffix("_open"), []
        elif child.type in ("strong_close", "em_close") and open_kind:
            if "".join(words).strip():
                found.append((" ".join("".join(words).split()), open_kind))
            open_kind = None
        elif open_kind and child.type in ("text", "code_inline"):
            words.append(child.content)
    return tuple(found)


def _bold_heading(token: Token, words: str) -> bool:
    """Whether a paragraph is all one run of bold words that reads as a heading ('**How much does it cost?**')."""
    kinds = [c.type for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    one_run = kinds[:1] == ["strong_open"] and kinds[-1:] == ["strong_close"] and "strong_open" not in kinds[1:]
    return len(kinds) >= 3 and one_run and reads_as_a_bold_heading(words)


def _inline(token: Token) -> str:
    """The plain text of an inline token (emphasis and links reduced to their words)."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return " ".join("".join(parts).split())


def _items(tokens: list[Token], start: int) -> tuple[list[str], int]:
    """The items of a list starting at tokens[start], and where the list ends."""
    items: list[tuple[int, str]] = []
    depth = 0
    index = start
    while index < len(tokens):
        token = tokens[index]
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                return nested_items(items), index
        elif token.type == "inline":
            items.append((depth, _inline(token)))
        index += 1
    return nested_items(items), index


def _table(tokens: list[Token], start: int) -> tuple[Block | None, int]:
    """A table starting at tokens[start], and where it ends."""
    rows: list[list[str]] = []
    header = False
    index = start
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "th_open":
            header = True
        elif token.type == "inline" and rows:
            rows[-1].append(_inline(token))
        index += 1
    return table_block(rows, header), index


def parse_markdown(text: str) -> Parsed:  # noqa: PLR0912 - one branch per kind of token
    """A Markdown document as a title and sections."""
    tokens = MarkdownIt("commonmark").enable("table").parse(questions_unlabelled(text, heading="## "))
    title: str | None = None
    sections: list[tuple[str | None, list[Block]]] = [(None, [])]
    quoting = 0
    metadata: dict[str, str] = {}
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type == "heading_open":
            heading = _inline(tokens[index + 1])
            if token.tag == "h1" and title is None:
                title = heading
            elif token.tag in ("h1", "h2", "h3") and not heading.endswith(":"):  # ('### Call 999 if:' leads in)
                sections.append((heading, []))
            else:
                sections[-1][1].append(Block("paragraph", (heading,)))
            index += 3
            continue
        if token.type == "blockquote_open":
            quoting += 1
        elif token.type == "blockquote_close":
            quoting -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            items, index = _items(tokens, index)
            list_kind: BlockKind = "bullets" if token.type == "bullet_list_open" else "numbered"
            if items:
                sections[-1][1].append(Block(list_kind, tuple(items)))
        elif token.type == "table_open":
            table, index = _table(tokens, index)
            if table:
                sections[-1][1].append(table)
        elif token.type == "inline":
            words = _inline(token)
            dated = None if quoting else dated_line(words)
            if dated:  # 'Last updated: 3 November 2026': the page's date, not words to read out
                metadata.setdefault(*dated)
            elif not quoting and len(sections) == 1 and names_a_document_type(words):
                pass  # ('Press release' above the title: what kind of page it is)
            elif not quoting and _bold_heading(token, words):
                sections.append((words, []))  # ('**How much does it cost?**' alone: a heading set in bold)
            elif words:
                # ('> **Be careful:** X': a note set apart, the page's own words, not someone's quoted)
                kind: BlockKind = "quote" if quoting and not a_callout(words) else "paragraph"
                sections[-1][1].append(Block(kind, (words,), marks=_marks(token)))
        elif token.type == "html_block":
            from .html import read_fragment  # BeautifulSoup: only for a document that has HTML in it

            sections[-1][1].extend(read_fragment(token.content))
        elif token.type in ("fence", "code_block") and token.content.strip():
            sections[-1][1].append(Block("paragraph", (" ".join(token.content.split()),)))
        index += 1
    return Parsed(title, tuple((h, tuple(b)) for h, b in sections if b), tuple(metadata.items()))

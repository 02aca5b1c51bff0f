"""HTML pages (GOV.UK, departmental blogs, council sites): the main content found and read as structure.

BeautifulSoup parses; page furniture (scripts, navigation, headers, footers, forms, cookie banners,
share widgets) is dropped; h1 is the title, h2 and h3 start sections; lists, tables and quotations
stay what they are.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, PreformattedString, Tag

from publisher.model import Block, BlockKind, table_block

from .chrome import is_chrome
from .furniture import dated_line, ends_page, names_a_document_type, reads_as_a_bold_heading
from .parsed import Parsed, a_callout, nested_items

DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "iframe",
             "svg", "canvas", "object", "embed", "input", "select", "textarea", "dialog", "aside")  # fmt: skip
# class or id fragments of page furniture
DROP_HINTS = re.compile(
    r"cookie|consent|share|social|breadcrumb|banner|skip|related|sidebar|comment|subscribe|newsletter|"
    r"feedback|print|metadata|gem-c-contextual|govuk-footer|govuk-header|phase-banner|survey",
    re.IGNORECASE,
)
MAIN_SELECTORS = ("main", "article", "[role=main]", "#content", ".govuk-main-wrapper", ".entry-content",
                  ".post-content", ".article-body", ".content")  # fmt: skip
BLOCK_TAGS = ("p", "ul", "ol", "table", "blockquote", "h2", "h3", "h4", "h5", "h6", "pre", "dl", "summary")
META_NAMES = {
    "published": ("article:published_time", "govuk:first-published-at", "dcterms.created", "date"),
    "updated": ("article:modified_time", "govuk:updated-at", "govuk:public-updated-at", "dcterms.modified"),
    "department": ("govuk:organisations", "og:site_name", "author", "dcterms.publisher"),
}


_LINE_BREAK = "\u2028"


def _text(element: Tag | NavigableString) -> str:
    """Visible text with whitespace folded, no space before punctuation ("see <a>this</a>." gave
    "see this ."), and lines broken by <br> ended as sentences, so an address or a "last reviewed"
    line is not run into the next. (The <br> tags are replaced in the tree.)"""
    if not isinstance(element, Tag):
        return " ".join(str(element).split())
    for br in element.find_all("br"):
        br.replace_with(_LINE_BREAK)
    lines = [" ".join(line.split()) for line in element.get_text(" ").split(_LINE_BREAK)]
    text = ""
    for line in filter(None, lines):
        if text:
            text += " " if text.endswith((".", "!", "?", ":", ";", ",")) else ". "
        text += line
    return re.sub(r"\s+([.,;:!?)])", r"\1", re.sub(r"\(\s+", "(", text))


_HIDDEN_LABEL = re.compile(r"(?:govuk-)?visually-hidden|sr-only|screen-reader-text")


def _is_furniture(tag: Tag) -> bool:
    """Page furniture by tag, role, hidden state or class/id."""
    if tag.name in DROP_TAGS or tag.get("aria-hidden") == "true" or tag.has_attr("hidden"):
        return True
    if tag.get("role") in ("navigation", "banner", "contentinfo", "search", "complementary"):
        return True
    hints = " ".join([*(tag.get("class") or []), str(tag.get("id") or "")])
    return bool(hints and DROP_HINTS.search(hints))


def _strip(root: Tag) -> None:
    """Remove page furniture in place, and what no reader sees: comments, CDATA, processing
    instructions and declarations (editors' notes in a CMS's comments were read out)."""
    for tag in list(root.find_all(True)):
        if not tag.decomposed and _is_furniture(tag):
            tag.decompose()
    for hidden in list(root.find_all(string=lambda text: isinstance(text, PreformattedString))):
        hidden.extract()
    # ('<span class="govuk-visually-hidden">Warning</span>You do not need to apply': a label for screen readers,
    # said as one: 'Warning: You do not need to apply')
    for label in root.find_all(class_=_HIDDEN_LABEL):
        words = _text(label)
        if words and not words.endswith((".", ":", "!", "?")) and label.next_sibling is not None:
            label.string = f"{words}:"


def _main(soup: BeautifulSoup) -> Tag:
    """The element holding the article: a landmark or known container, else the densest block."""
    for selector in MAIN_SELECTORS:
        found = soup.select_one(selector)
        if isinstance(found, Tag) and len(_text(found).split()) >= 20:
            return found
    body = soup.body or soup
    candidates = [t for t in body.find_all(["div", "section", "td"]) if isinstance(t, Tag)]

    def density(tag: Tag) -> int:
        return sum(len(_text(p).split()) for p in tag.find_all("p", recursive=False))

    best = max(candidates, key=density, default=None)
    return best if best is not None and density(best) >= 40 else body


def _list_items(element: Tag, depth: int = 0) -> list[tuple[int, str]]:
    """Items of a list with their depth: a nested list's items after their parent's."""
    items: list[tuple[int, str]] = []
    for li in element.find_all("li", recursive=False):
        nested = li.find_all(["ul", "ol"], recursive=False)
        for sub in nested:
            sub.extract()
        text = _text(li)
        items += [(depth, text)] if text else []
        for sub in nested:
            items += _list_items(sub, depth + 1)
    return items


def _table(element: Tag) -> Block | None:
    """A table with its caption and header cells."""
    caption = element.find("caption")
    rows = [[_text(cell) for cell in row.find_all(["th", "td"])] for row in element.find_all("tr")]
    first = element.find("tr")
    header = bool(element.find("thead")) or (isinstance(first, Tag) and not first.find("td"))
    return table_block(rows, header, _text(caption) if isinstance(caption, Tag) else "")


def _marks(element: Tag) -> tuple[tuple[str, str], ...]:
    """Emphasised phrases inside an element (strong/b and em/i)."""
    found = []
    for tag in element.find_all(["strong", "b", "em", "i"]):
        words = _text(tag)
        if words:
            found.append((words, "strong" if tag.name in ("strong", "b") else "em"))
    return tuple(dict.fromkeys(found))


def _paragraph(element: Tag) -> Block | None:
    text = _text(element)
    return Block("paragraph", (text,), marks=_marks(element)) if text and not is_chrome(text) else None


def _list(element: Tag) -> Block | None:
    if _contents_list(element):
        return None  # ('On this page': links to the page's own parts, whose headings follow)
    items = [i for i in nested_items(_list_items(element)) if not is_chrome(i)]
    kind: BlockKind = "bullets" if element.name == "ul" else "numbered"
    return Block(kind, tuple(items), marks=_marks(element)) if items else None


def _quote(element: Tag) -> Block | None:
    text = _text(element)
    # ('<blockquote><strong>Important:</strong> X</blockquote>': a note set apart, not someone's words)
    return Block("paragraph" if a_callout(text) else "quote", (text,), marks=_marks(element)) if text else None


def _definitions(element: Tag) -> Block | None:
    pairs = zip(element.find_all("dt"), element.find_all("dd"), strict=False)
    items = [f"{_text(term)}: {_text(meaning)}" for term, meaning in pairs]
    return Block("bullets", tuple(items)) if items else None


# Tag -> the block it becomes.
BLOCK_READERS = {"p": _paragraph, "h4": _paragraph, "h5": _paragraph, "h6": _paragraph, "pre": _paragraph,
                 "summary": _paragraph,
                 "ul": _list, "ol": _list, "table": _table, "blockquote": _quote, "dl": _definitions}  # fmt: skip


def _in_an_accordion(summary: Tag) -> bool:
    """Whether a <summary> heads one of several <details> side by side (a page of questions that open in turn),
    not a lone note that opens ('If you live abroad', a paragraph of its own)."""
    details = summary.parent
    holder = details.parent if isinstance(details, Tag) and details.name == "details" else None
    return holder is not None and len(holder.find_all("details", recursive=False)) >= 2


def _questions_and_answers(definitions: Tag) -> bool:
    """Whether a definition list is questions and their answers: two or more terms, every one a question, or each
    a short heading over an answer of sentences ('I am behind with my energy bills.' / 'Contact your supplier ...')."""
    terms = [_text(term) for term in definitions.find_all("dt")]
    answers = [_text(answer) for answer in definitions.find_all("dd")]
    if len(terms) < 2 or len(terms) != len(answers):
        return False
    answered = all(len(a.split()) >= _LONGEST_TERM and a.rstrip().endswith((".", "!")) for a in answers)
    return all(t.endswith("?") for t in terms) or (answered and all(len(t.split()) <= _LONGEST_TERM for t in terms))


_LONGEST_TERM = 12  # words of a term that heads its answer (and the fewest words of an answer under one)


def _contents_list(element: Tag) -> bool:
    """Whether a list is the page's table of contents: every item only a link to a part of the same page."""
    items = element.find_all("li", recursive=False)
    links = [item.find("a", recursive=False) for item in items]
    return bool(items) and all(
        isinstance(link, Tag) and str(link.get("href") or "").startswith("#") and _text(link) == _text(item)
        for link, item in zip(links, items, strict=True)
    )


def _bold_heading(paragraph: Tag) -> bool:
    """Whether a paragraph is all one run of bold words that reads as a heading ('How much does it cost?')."""
    parts = [c for c in paragraph.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(parts) != 1 or not isinstance(parts[0], Tag) or parts[0].name not in ("strong", "b"):
        return False
    return reads_as_a_bold_heading(_text(paragraph))


def _blocks_of(element: Tag) -> list[tuple[str, Any]]:
    """The element's content as ("heading", (level, text)) markers and ("block", Block)s, in order."""
    found: list[tuple[str, Any]] = []
    loose: list[str] = []

    def flush() -> None:
        text = " ".join(" ".join(loose).split())
        if text and not is_chrome(text):
            found.append(("block", Block("paragraph", (text,))))
        loose.clear()

    for child in element.children:
        if isinstance(child, NavigableString):
            loose.append(str(child))
        elif not isinstance(child, Tag):
            continue
        elif child.name in ("h1", "h2", "h3"):
            flush()
            found.append(("heading", (int(child.name[1]), _text(child))))
        elif child.name == "p" and _bold_heading(child):
            flush()  # ('<p><strong>How much does it cost?</strong></p>': a heading set in bold type)
            found.append(("heading", (3, _text(child))))
        elif child.name == "summary" and _in_an_accordion(child):
            flush()  # (questions that open and close in turn: each one heads its answer)
            found.append(("heading", (3, _text(child))))
        elif child.name == "dl" and _questions_and_answers(child):
            flush()  # (a list of questions, each term a question: each heads its answer, as in an accordion)
            for term, answer in zip(child.find_all("dt"), child.find_all("dd"), strict=False):
                found += [("heading", (3, _text(term))), *_blocks_of(answer)]
        elif child.name in BLOCK_READERS:
            flush()
            block = BLOCK_READERS[child.name](child)
            if block is not None:
                found.append(("block", block))
        elif child.find(BLOCK_TAGS):
            flush()
            found += _blocks_of(child)
        else:
            loose.append(_text(child))
    flush()
    return found


def _metadata(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """Dates, department and canonical address from meta and link tags."""
    found: list[tuple[str, str]] = []
    for key, names in META_NAMES.items():
        for name in names:
            tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
            if isinstance(tag, Tag) and str(tag.get("content") or "").strip():
                found.append((key, " ".join(str(tag["content"]).split())))
                break
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and canonical.get("href"):
        found.append(("canonical", str(canonical["href"])))
    return found


def _soup(text: str) -> BeautifulSoup:
    """The parsed markup."""
    with warnings.catch_warnings():
        # An XML document (an RSS feed, an SVG) is still read as a page: no advice about lxml on stderr.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, "html.parser")


def read_fragment(text: str) -> list[Block]:
    """The blocks of a piece of HTML inside another document (a Markdown file's HTML block): its
    furniture and scripts dropped as on a page, its headings kept as paragraphs."""
    root = _soup(text)
    _strip(root)
    found = [Block("paragraph", (value[1],)) if kind == "heading" else value for kind, value in _blocks_of(root)]
    return [block for block in found if any(block.items)]  # a heading with no words gives an empty one


def _dated_lines(text: str) -> list[tuple[str, str]]:
    """The page's dates a paragraph states, one to a line ('Page last reviewed: 23 March 2023' and 'Next review due:
    23 March 2026' on two lines of one paragraph); none unless every line states one."""
    found = [dated_line(line) for line in re.split(r"(?<=\d)\.\s+|\n", text) if line.strip()]
    return [dated for dated in found if dated] if found and all(found) else []


def parse_html(text: str) -> Parsed:
    """An HTML page's article as a title and sections."""
    soup = _soup(text)
    metadata = _metadata(soup)
    page_title = _text(soup.title) if soup.title else ""
    main = _main(soup)
    h1 = main.find("h1") or soup.find("h1")
    title = _text(h1) if isinstance(h1, Tag) and _text(h1) else re.split(r"\s+[-|–]\s+", page_title)[0] or None
    _strip(main)
    sections: list[tuple[str | None, list[Block]]] = [(None, [])]
    for kind, value in _blocks_of(main):
        if kind == "heading":
            level, heading = value
            if level == 1:
                continue
            if ends_page(heading):
                break  # 'Related content': links to other pages, and the footer
            if heading.endswith(":"):  # ('Speak to a GP if:' over a list in a box: it leads in, and names no part)
                sections[-1][1].append(Block("paragraph", (heading,)))
                continue
            sections.append((heading or None, []))
        elif value.kind == "paragraph" and ends_page(value.items[0]):
            break  # ('ENDS' below a press release: notes to editors and the footer follow)
        elif value.kind == "paragraph" and len(sections) == 1 and names_a_document_type(value.items[0]):
            continue  # ('Policy paper' above or below the title: what kind of page it is, not words to read out)
        elif value.kind == "paragraph" and (dates := _dated_lines(value.items[0])):
            # ('Last updated: 3 November 2026' in the page's text): the page's date, not words to read out
            metadata += [dated for dated in dates if dated[0] not in dict(metadata)]
        else:
            sections[-1][1].append(value)
    result = tuple((heading, tuple(blocks)) for heading, blocks in sections if blocks)
    return Parsed(title, result, tuple(metadata))

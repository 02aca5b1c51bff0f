"""Plain-text factsheets: sections at heading lines (else at runs of blank lines), lists from bullet
characters and numbers, and quotations after "said:"."""

from __future__ import annotations

import re

from publisher.model import LETTER_CLOSING, Block, BlockKind, table_block

from .chrome import is_chrome
from .furniture import CONTACT_LINE, GREETING, clean, headed_line
from .page_parts import LABEL_AND_VALUE, LABELLED, has_words
from .parsed import Parsed, nested_items, questions_unlabelled
from .unwrap import join_markers, mark_listed_lines, unwrap

_SECTION_GAP = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*(?:[•●▪‣◦∙·]|[-*–](?=\s))\s*")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s+")
_HEADING_MAX_WORDS = 12
_WORDS_PER_SECTION = 180  # for text with no headings and no gaps: sections of about this length
# A line that opens a block set apart by two or more blank lines may be a longer heading.
_SET_APART_HEADING_MAX_WORDS = 16
_FEWEST_WORDS_IN_A_PART = _WORDS_PER_SECTION // 3  # words of a text's last part that stands as a part of its own
_MOST_WORDS_IN_A_SECTION = 250  # a longer section with several paragraphs is split into parts
_MOST_LETTERHEAD_WORDS = 6  # words of a team's or body's name above a letter's greeting
_MOST_SIGNATURE_LINES = 3  # a heading and the lines after it at a letter's end that may sign it
_QUOTED = re.compile(r"(?P<who>.{3,200}?\bsaid:)\s+(?P<quote>[“\"‘'].+)")


# A name ('R. Patel', 'Dr Leo Marsh') above a job ('Director of Highways', 'Licensing Manager') that signs a text.
_SIGNED = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\s+)?(?:[A-Z]\.?\s?)*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
    r"\s/\s(?:[\w,'’-]+\s){0,6}(?:Director|Manager|Officer|Head|Clerk|Lead|Coordinator|Chief Executive|Secretary)"
    r"\b[\w ,'’-]{0,40}"
)


# A telephone number at a line's end ('You can contact us by calling: 01254 388111'): a line that gives one is
# something to do, never a heading
_NUMBER_AT_END = re.compile(r"\+?\d[\d ()-]{7,}\d$")


def _gives_a_number(text: str) -> bool:
    """Whether a line ends with a telephone number (nine digits or more)."""
    match = _NUMBER_AT_END.search(text)
    return match is not None and sum(c.isdigit() for c in match.group(0)) >= 9


# A line that says who issued a text and when, which is no heading of the part after it
# ('Served by the council under section 11 of the Act'; 'Signed: Karen Doyle'; 'Dated 6 February 2028')
_DATELINE = re.compile(
    r"(?:issued|published|released|sent|updated|served|made)\s+(?:by|on|under)\s|(?:signed|dated)\b", re.IGNORECASE
)


_A_NOTICE = re.compile(r"\bnotice\b", re.IGNORECASE)


def _is_heading(paragraph: str, most_words: int = _HEADING_MAX_WORDS) -> bool:
    """A heading line: one short line that starts with a capital (or a digit) and does not end a sentence."""
    text = paragraph.strip()
    return (
        bool(text)
        and not _gives_a_number(text)
        and "\n" not in text
        # ('What to do if you think there is carbon monoxide in your home': a longer heading has no comma)
        and len(text.split()) <= (most_words if "," in text else max(most_words, _SET_APART_HEADING_MAX_WORDS))
        and (text[0].isupper() or text[0].isdigit())
        and not text.endswith((".", "!", ":", ";", ","))
        and not _BULLET.match(text)
        and not _NUMBERED.match(text)
        and not is_chrome(text)
        and not LABELLED.fullmatch(text)
        and not GREETING.fullmatch(text)  # 'Dear Resident' opens a letter's text, not a part of it
        and not _DATELINE.match(text)  # 'Issued by Mid Valley Water on 18 October 2026' says who and when
    )


def _to_blocks(paragraphs: list[str]) -> tuple[Block, ...]:
    """Paragraphs to blocks: wrapped lines joined; bullet and numbered lines gathered into lists; the
    paragraph after one that ends "said:" kept as a quotation."""
    blocks: list[Block] = []
    indented: list[tuple[int, str]] = []  # the items of the list being read, with how far in each starts
    quote_next = False
    for paragraph in paragraphs:
        prose: list[str] = []
        lines = paragraph.split("\n")
        if _lines_apart(lines):
            table = _as_table(lines)
            apart = [Block("paragraph", (" ".join(line.split()),)) for line in lines if has_words(line)]
            blocks += [table] if table is not None else apart
            continue
        for line in lines:
            if is_chrome(line) or not has_words(line):
                continue
            marker = _BULLET.match(line) or _NUMBERED.match(line)
            if marker:
                kind: BlockKind = "bullets" if _BULLET.match(line) else "numbered"
                if prose:
                    blocks.append(Block("paragraph", (" ".join(prose),)))
                    prose = []
                item = " ".join(line[marker.end() :].split())
                indent = len(line) - len(line.lstrip())
                if item and blocks and blocks[-1].kind == kind:
                    indented.append((indent, item))
                    ranks = sorted({i for i, _ in indented})  # an item indented further is nested in the one before
                    blocks[-1] = Block(kind, tuple(nested_items([(ranks.index(i), t) for i, t in indented])))
                elif item:
                    blocks.append(Block(kind, (item,)))
                    indented = [(indent, item)]
            else:
                prose.append(" ".join(line.split()))
        if prose:
            text = " ".join(prose)
            quoted = _QUOTED.fullmatch(text)
            if quoted and not quote_next:  # "Jo Bloggs, Minister, said: “...”" on one line
                blocks += [Block("paragraph", (quoted["who"],)), Block("quote", (quoted["quote"],))]
                quote_next = _leaves_open(quoted["quote"])
                continue
            # (a paragraph wholly in quotation marks straight after a quotation is more of what was said)
            more = bool(blocks) and blocks[-1].kind == "quote" and text.startswith(("“", '"'))
            blocks.append(Block("quote" if quote_next or more else "paragraph", (text,)))
            # a quotation of several paragraphs opens each with a quotation mark and closes only the last
            quote_next = text.endswith("said:") or (quote_next and _leaves_open(text))
        else:
            quote_next = False
    return tuple(blocks)


def _lines_apart(lines: list[str]) -> bool:
    """Whether each line of a paragraph is one of its own: a letter's references ('Account number: 4471902'
    above 'Property: 3 Larch Court', 'Email: x@y.gov.uk') or its signature ('Yours faithfully,' 'Sarah Okafor'
    'Housing Officer')."""
    if len(lines) < 2:
        return False
    # (or a notice's: 'Signed: Karen Doyle' above 'Principal Environmental Health Officer')
    first = lines[0].strip()
    signed = LETTER_CLOSING.fullmatch(first) is not None or re.match(r"signed\b", first, re.IGNORECASE) is not None
    labelled = all(LABEL_AND_VALUE.fullmatch(line.strip()) or CONTACT_LINE.match(line.strip()) for line in lines)
    return signed or _table_rows(lines) or labelled


def _as_table(lines: list[str]) -> Block | None:
    """The rows of a table typed as text as a table block, the first row its header if it has no number; else None."""
    if not _table_rows(lines):
        return None
    return table_block([[c.strip() for c in line.split(" / ")] for line in lines], not any(map(str.isdigit, lines[0])))


def _table_rows(lines: list[str]) -> bool:
    """Whether the lines of a paragraph are the rows of a table typed as text, three or more with as many ' / ' each
    ('Usual day / New day' above 'Tuesday 25 December / Thursday 27 December')."""
    return len(lines) >= 3 and all(line.count(" / ") == lines[0].count(" / ") > 0 for line in lines)


def _leaves_open(text: str) -> bool:
    """Whether a paragraph opens a quotation that it does not close."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _by_length(paragraphs: list[str]) -> list[list[str]]:
    """Paragraphs grouped into parts of about _WORDS_PER_SECTION words; a part starts at a "said:"
    line (a quotation's attribution) where one comes near that length, never inside a quotation and
    never after a line that leads in to what follows it ('..., such as:' above its list)."""
    groups: list[list[str]] = [[]]
    words = 0
    quoting = False
    leading_in = False
    for paragraph in paragraphs:
        attribution = paragraph.rstrip().endswith("said:")
        due = words >= _WORDS_PER_SECTION or (attribution and words >= _WORDS_PER_SECTION // 2)
        if groups[-1] and due and not quoting and not leading_in:
            groups.append([])
            words = 0
        groups[-1].append(paragraph)
        words += len(paragraph.split())
        quoting = _leaves_open(paragraph) or (quoting and not paragraph.rstrip().endswith(("”", '"')))
        leading_in = paragraph.rstrip().endswith(":")
    groups = [g for g in groups if g]
    # (a few closing lines are no part of their own, whose title would name them by a word or two)
    if len(groups) > 1 and sum(len(p.split()) for p in groups[-1]) < _FEWEST_WORDS_IN_A_PART:
        groups[-2:] = [groups[-2] + groups[-1]]
    return groups


def _parts(heading: str | None, paragraphs: list[str]) -> list[tuple[str | None, list[str]]]:
    """A text's only section, or, when it runs past _MOST_WORDS_IN_A_SECTION words over several
    paragraphs, its parts (the first keeps the heading; the others get titles of their own later)."""
    if sum(len(p.split()) for p in paragraphs) <= _MOST_WORDS_IN_A_SECTION or len(paragraphs) < 2:
        return [(heading, paragraphs)]
    groups = _by_length(paragraphs)
    return [(heading if n == 0 else None, group) for n, group in enumerate(groups)]


def _separate(paragraph: str, most_words: int = _HEADING_MAX_WORDS) -> list[str]:
    """A heading line or a "said:" line at the top of a paragraph, set apart from what follows it.

    "Parking charges" above "Parking costs £1.50." is a heading when the next line starts a sentence
    (a capital, a digit or a list marker); a wrapped line of prose is followed by a lowercase word.
    """
    lines = paragraph.split("\n")
    if len(lines) < 2 or _lines_apart(lines):  # ('Leaseholder: Mr D Kowalski' above 'Property: X': no heading)
        return [paragraph]
    first, rest = lines[0], "\n".join(lines[1:])
    follows = lines[1].lstrip()
    starts_anew = bool(follows) and (follows[0].isupper() or follows[0].isdigit() or follows[0] in "“\"'‘")
    starts_anew = starts_anew or bool(_BULLET.match(follows) or _NUMBERED.match(follows))
    if (_is_heading(first, most_words) or first.rstrip().endswith("said:")) and starts_anew:
        return [first, *_separate(rest)]
    return [paragraph]


_CLAUSE_NUMBER = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?\s+(?=\S)")
_NUMBERED_HEADING = re.compile(r"\s*\d{1,2}\.?\s+(?P<title>[A-Z][^.!?:;]{1,80})")


def _numbered_clauses(lines: list[str]) -> list[str]:
    """A policy's numbered parts read as headings and paragraphs: '2. Who can get a DHP' above '2.1 You must be
    getting X' and '2.2 You must show Y' is the heading 'Who can get a DHP' and a paragraph for each clause (the
    numbers, which a listener would hear as 'two point one', go)."""
    if sum(bool(_CLAUSE_NUMBER.match(line)) for line in lines) < 2:
        return lines
    kept: list[str] = []
    for index, line in enumerate(lines):
        following = next((later for later in lines[index + 1 :] if later.strip()), "")
        heading = _NUMBERED_HEADING.fullmatch(line.rstrip())
        if _CLAUSE_NUMBER.match(line):
            kept += ["", _CLAUSE_NUMBER.sub("", line, count=1)]
        elif heading and _CLAUSE_NUMBER.match(following):
            kept += ["", heading["title"]]
        else:
            kept.append(line)
    return kept


_NUMBERED_TITLE = re.compile(r"\s*(?P<number>\d{1,2})\.\s+(?P<title>[A-Z][^.!?:;,]{1,60})")


def _numbered_headings(lines: list[str]) -> list[str]:
    """A document's numbered headings, each directly above its text ('1. Introduction' over 'The Council has a
    duty ...', '2. Which roads we treat' over the next part), read as headings (the numbers go), not as a numbered
    list of one-line items: two or more, numbered 1, 2, 3 in turn, each after a blank line and over prose (directly,
    or after one blank line: '1. WHAT THIS POLICY IS', a blank line, then its text)."""
    found = [
        (index, match)
        for index, line in enumerate(lines)
        if (match := _NUMBERED_TITLE.fullmatch(line.rstrip())) and len(match["title"].split()) <= _HEADING_MAX_WORDS
        and (index == 0 or not lines[index - 1].strip())
        and (after := _next_line(lines, index))[:1].isupper() and not _NUMBERED_TITLE.match(after)
    ]  # fmt: skip
    numbers = [int(match["number"]) for _, match in found]
    if len(found) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return lines
    kept = list(lines)
    for index, match in reversed(found):
        kept[index : index + 1] = [match["title"], ""]
    return kept


def _next_line(lines: list[str], index: int) -> str:
    """The line after lines[index], past one blank line; '' at the end."""
    after = [line.strip() for line in lines[index + 1 : index + 3]]
    return after[0] or (after[1] if len(after) > 1 else "") if after else ""


# A line of a body's name: capitalised words, with the small words names have ('Waste and Recycling Services')
_BODY_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:,?\s+(?:[A-Z][\w'’&.-]*|and|of|the|for|&))*")


def _without_letterhead(paragraphs: list[str], set_apart: set[int]) -> tuple[list[str], set[int], tuple[str, ...]]:
    """A letter's paragraphs without the names of the team and body that send it, each alone on a line above the
    greeting ('Waste and Recycling Services' 'Fenwick District Council'), which no part is headed by; the paragraphs
    that open set-apart chunks, renumbered; and the lines left out."""
    greeting = next((i for i, p in enumerate(paragraphs) if GREETING.fullmatch(p.strip())), None)
    if greeting is None:
        return paragraphs, set_apart, ()
    gone = {
        i for i in range(greeting)
        if _BODY_NAME.fullmatch(paragraphs[i].strip()) and not headed_line(paragraphs[i].strip())
        and len(paragraphs[i].split()) <= _MOST_LETTERHEAD_WORDS
    }  # fmt: skip
    kept = [i for i in range(len(paragraphs)) if i not in gone]
    renumbered = {new for new, old in enumerate(kept) if old in set_apart}
    return [paragraphs[i] for i in kept], renumbered, tuple(paragraphs[i].strip() for i in sorted(gone))


def parse_text(text: str) -> Parsed:
    """Split normalised text into a title and titled (or untitled) sections of blocks."""
    lines = _numbered_headings(_numbered_clauses(mark_listed_lines(join_markers(text.strip("\n").split("\n")))))
    cleaned = clean("\n".join(lines))
    text = questions_unlabelled("\n".join(unwrap(list(cleaned.lines))).strip("\n"))
    if not _PARAGRAPH_GAP.search(text):
        text = "\n\n".join(text.split("\n"))  # no blank lines at all: every line is a paragraph
    body = "\n".join(line for line in text.split("\n") if not is_chrome(line))
    chunks = [c for c in _SECTION_GAP.split(body.strip("\n")) if c.strip()]
    paragraphs: list[str] = []
    set_apart: set[int] = set()  # paragraphs that open a chunk of a text in chunks: maybe longer headings
    for chunk in chunks:
        for number, piece in enumerate(p for p in _PARAGRAPH_GAP.split(chunk) if p.strip()):
            opens = number == 0 and len(chunks) > 1
            if opens:
                set_apart.add(len(paragraphs))
            most = _SET_APART_HEADING_MAX_WORDS if opens else _HEADING_MAX_WORDS
            paragraphs += _separate(piece.strip("\n"), most)
    paragraphs, set_apart, letterhead = _without_letterhead(paragraphs, set_apart)
    longest = {i: _SET_APART_HEADING_MAX_WORDS for i in set_apart}
    headings = [
        i for i, p in enumerate(paragraphs)
        if _is_heading(p, longest.get(i, _HEADING_MAX_WORDS)) and i + 1 < len(paragraphs)
    ]  # fmt: skip
    # ('Common questions' above 'Do I need a certificate?': a label over questions that head parts names no part,
    # and is no paragraph either)
    labels = {
        i for i in headings
        if i + 1 in headings and paragraphs[i + 1].rstrip().endswith("?") and not paragraphs[i].rstrip().endswith("?")
    }  # fmt: skip
    headings = [i for i in headings if i + 1 not in headings]  # a heading is followed by text
    # ('Property: 22 Willow Road' above 'Dear Householder': a line above a letter's greeting is its header's)
    # ('Your rent from 6 April 2026' above 'Dear Tenant': a heading in the writer's words heads the letter's opening)
    headings = [
        i for i in headings if not GREETING.fullmatch(paragraphs[i + 1].strip()) or headed_line(paragraphs[i].strip())
    ]
    # a letter's name and job title after 'Yours faithfully,' are its signature, not a section
    signed = next((i for i, p in enumerate(paragraphs) if LETTER_CLOSING.fullmatch(p.strip())), len(paragraphs))
    headings = [i for i in headings if i < signed]
    # ('R. Patel' above 'Director of Highways' at a notice's end: a name and a job that sign it, not a section)
    if headings and headings[-1] == len(paragraphs) - 2 and _SIGNED.fullmatch(" / ".join(paragraphs[-2:]).strip()):
        headings = headings[:-1]
    # ('Waste and Recycling Services' above 'Kingsmere Borough Council' at the end of a letter with no 'Yours
    # sincerely': the team and body that sign it, not a section)
    # (so is 'Town Clerk' above 'Harwood Town Council' at the end of a notice)
    noticed = _A_NOTICE.search(f"{cleaned.title} {text[:300]}") is not None
    signed_off = any(GREETING.fullmatch(p.strip()) for p in paragraphs) or noticed
    if signed_off and headings and len(paragraphs) - headings[-1] <= _MOST_SIGNATURE_LINES:
        headings = headings[:-1] if all(_is_heading(p, 8) for p in paragraphs[headings[-1] + 1 :]) else headings
    sections: list[tuple[str | None, list[str]]] = []
    if headings:
        if headings[0] > 0:
            sections.append((None, [p for i, p in enumerate(paragraphs[: headings[0]]) if i not in labels]))
        for start, end in zip(headings, [*headings[1:], len(paragraphs)], strict=True):
            kept = [paragraphs[i] for i in range(start + 1, end) if i not in labels]
            sections.append((paragraphs[start].strip(), kept))
    elif len(chunks) > 1:
        sections = [(None, [p for p in _PARAGRAPH_GAP.split(c) if p.strip()]) for c in chunks]
    else:
        sections = [(None, paragraphs)]
    if len(sections) == 1:  # the writer's own sections stand; one long run of text is split into parts
        sections = _parts(*sections[0])
    built = tuple((heading, _to_blocks(ps)) for heading, ps in sections)
    dropped = cleaned.dropped + letterhead + tuple(paragraphs[i] for i in sorted(labels))
    return Parsed(cleaned.title, tuple((h, b) for h, b in built if b), cleaned.metadata, dropped)

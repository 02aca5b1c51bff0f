"""Furniture of text copied from a web page or a press office's document: the lines around a factsheet
that are not its words. Menus, breadcrumbs, document-type labels, sharing and feedback widgets, image
credits, registration footers and press-release markers are dropped; publication dates, the department
and the page's address become metadata; and the title is found among the short lines at the top."""

from __future__ import annotations

import re
from dataclasses import dataclass

from publisher.model import LETTER_GREETING

from .chrome import BYLINE, is_chrome
from .dates import DATE, DATED_LINE, LABEL_ALONE, MONTH, WEEKDAY, iso_date
from .page_parts import (
    LABEL_AND_VALUE,
    LABELLED,
    POSTCODE,
    addresses,
    caption_of,
    contents_list,
    has_words,
    is_prose,
    is_short,
)

# GOV.UK's document types (the label above a page's title) and what other publishers print there.
DOCUMENT_TYPES = frozenset(
    " ".join(label.split())
    for label in """
    policy paper|guidance|statutory guidance|detailed guide|guide|news story|press release|speech|oral statement
    to parliament|written statement to parliament|authored article|corporate report|consultation outcome|open
    consultation|closed consultation|consultation|research and analysis|statistics|official statistics|accredited
    official statistics|national statistics|statistical data set|transparency data|notice|decision|independent
    report|impact assessment|case study|correspondence|foi release|form|promotional material|policy|regulation|map
    |manual|collection|government response|blog post|fact sheet|factsheet|media factsheet|press notice|media
    release|news release|news|news article|information sheet|briefing|briefing note|leaflet|update|announcement|public
    notice|joint news release|joint press release|joint media release|joint statement
    """.split("|")
)
_FROM = re.compile(r"from\s*:\s*(?P<who>[^\d:]{2,80})", re.IGNORECASE)
_FROM_ALONE = re.compile(r"from\s*:", re.IGNORECASE)
_PART_OF_ALONE = re.compile(r"part of\s*:.*", re.IGNORECASE)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_BREADCRUMB = re.compile(r"(?:home|gov\.uk)(?:\s*[>›»/|]\s*[^>›»/|]{1,60}){1,8}", re.IGNORECASE)
_DOCUMENT_NUMBER = re.compile(
    r"(?:media\s+)?(?:fact\s*sheet|information sheet|briefing(?: note)?|leaflet|guide|bulletin|issue|note|"
    r"factsheet|number|no\.)\s*(?:no\.?|number)?\s*\d{1,4}[a-z]?",
    re.IGNORECASE,
)
# Whole lines that are menus, search boxes, sharing and feedback widgets, credits and footers.
# Menus and search boxes: dropped above the first line of prose and below the last, where a page keeps
# them; between them, "Contact us" or "Accessibility" is a heading of the factsheet's own.
_MENU = re.compile(
    r"(?:menu|main menu|open menu|close menu|close|search|search this site|search the .{2,40} website|search gov\.uk|"
    r"go|submit|sign in|sign out|log in|log out|my account|home|back|back to top|a to z|a-z|.{2,30} a to z|"
    r"contact us|accessibility( statement)?|privacy( notice| policy)?|cookies|cookie settings|terms and conditions|"
    r"sitemap|site map|view all|email|facebook|twitter|x \(formerly twitter\)|linkedin|whatsapp|bluesky|tweet)",
    re.IGNORECASE,
)
# Widgets, credits and footers, wherever they stand.
_FURNITURE = re.compile(
    r"(?:see all updates|get emails about this page|subscribe( to updates)?|"
    r"sign up (to|for) (our |email )?(newsletter|updates).*|print|print this page|download( as)? pdf|share|"
    r"share this( page| article| post| story)?:?|share on (facebook|twitter|x|linkedin|whatsapp|email|bluesky)|"
    r"copy link|follow us( on .{2,40})?|"
    r"copyright\s*©?.*\d{4}.*|.*crown copyright.*|all content is available under the open government licence.*|"
    r"registered (charity|company|in england|in scotland|office|address)\b.*|"
    r"(charity|company|registration) (number|no\.?)\s*:?.*\d.*|"
    r"(scottish )?charity (number|no\.?|registered).*\d.*)",
    re.IGNORECASE,
)
# Lines after which a page holds only its footer: feedback, related links, the end of a press release.
_END = re.compile(
    r"(?:is this page useful\??|was this page (useful|helpful)\??|did this page help you\??|"
    r"help us improve (gov\.uk|our website|this page)|report a problem with this page|related content|"
    r"explore the topic|can you answer a quick question.*|tell us what you think of (this page|our website)|"
    r"-*\s*ends\s*-*|notes? to editors?:?|media enquiries:?.*)",
    re.IGNORECASE,
)
# A site's or organisation's name: "GOV.UK", "NHS", "Anytown Borough Council", "Home Office in the media".
_SITE_NAME = re.compile(
    r"(?:GOV\.UK|NHS(?: (?:[A-Z]\w+|and))*|(?:(?:[A-Z][\w'’&.-]*|of|the|and|for|in|on)\s+){0,5}"
    r"(?:Council|Borough|Authority|Trust|Foundation|Society|Association|Charity|Service|Agency|Department|"
    r"Ministry|Office|in the media|Blog|News|website|Police|Constabulary))"
)
# Who put out a release, on a line of its own ('Elmvale Police and Elmvale Borough Council joint press release')
_RELEASED = re.compile(r"[A-Z][\w'’&., -]{2,100}\s(?:joint\s+)?(?:press|news|media)\s+(?:release|statement)", re.I)
_CONTENTS = re.compile(r"contents|on this page|in this (guide|page|section)|jump to", re.IGNORECASE)
_CREDIT = re.compile(
    r"(?:image|photo|photograph|picture|illustration)(?: credit)?\s*:.*|credit\s*:.*|©.*"
    r"|\(?(?:photo|image|picture)\s*:.*\)?",
    re.IGNORECASE,
)
# A line of an address that ends with a UK postcode ("Elmvale EL4 2QP").
GREETING = LETTER_GREETING  # a letter's greeting ('Dear Occupier,'), which names nothing
# The law a notice is given under, above its title ('LICENSING ACT 2003', 'ROAD TRAFFIC ACT 1984 - SECTION 14')
_STATUTE = re.compile(r"(?:the\s+)?(?:[A-Za-z()]+\s+){1,6}act\s+\d{4}(?:\s*[-–—,]?\s*sections?\s+[\w()]+)?", re.I)
_HEADER_LINES = 14  # the short lines above a title are never more than a page header's worth


@dataclass(frozen=True)
class Cleaned:
    """Copied text without its furniture: the body's lines (blank lines kept), the title if one was
    found at the top, what the furniture said about the page, and the lines dropped."""

    lines: tuple[str, ...]
    title: str | None
    metadata: tuple[tuple[str, str], ...]
    dropped: tuple[str, ...]


BOLD_HEADING_WORDS = 12


def reads_as_a_bold_heading(text: str) -> bool:
    """Whether words set alone in bold read as a heading: short, with no full stop or comma at the end ('How much
    does it cost?'; not 'Please note: the office is closed on Friday.')."""
    return 0 < len(text.split()) <= BOLD_HEADING_WORDS and not text.endswith((".", ",", ";", ":"))


def names_a_document_type(line: str) -> bool:
    """Whether a line only names what kind of page this is ('Policy paper', 'Press release')."""
    return " ".join(line.lower().rstrip(":").split()) in DOCUMENT_TYPES


def ends_page(line: str) -> bool:
    """Whether a line is one after which a page holds only its footer ('Related content', 'Is this page
    useful?', 'ENDS')."""
    return _END.fullmatch(line.strip()) is not None


def dated_line(line: str) -> tuple[str, str] | None:
    """(key, ISO date) when a line states a page's date ('Last updated: 3 November 2026'), else None."""
    found = _metadata_of(line, "", in_header=False)
    return (found[0], found[1]) if found is not None else None


def _metadata_of(line: str, following: str, in_header: bool) -> tuple[str, str, bool] | None:
    """(key, value, uses the next line) when a line states a date or (in the page's header, above its
    first prose) the department, else None."""
    stripped = line.strip()
    for key, pattern in DATED_LINE.items():
        match = pattern.fullmatch(stripped)
        if match and (value := iso_date(match["date"])):
            return key, value, False
    for key, pattern in LABEL_ALONE.items():
        if (
            pattern.fullmatch(stripped)
            and (value := iso_date(following))
            and re.fullmatch(DATE, following.strip(), re.I)
        ):
            return key, value, True
    return _in_header(stripped, following) if in_header else None


def _in_header(stripped: str, following: str) -> tuple[str, str, bool] | None:
    """What a line above the first prose says about the page: its date, alone on the line ('1 December
    2026', a letter's date), or its department."""
    # ('Date: 18 January 2027': a letter's date may carry a label; 'Press release: 8 August 2027' a release's)
    # ('Press statement, 19 February 2029')
    # ('Elmvale Borough Council news release, 22 May 2029': the publisher may name itself before the label)
    label = r"(?:date|(?:[\w'’&.-]+\s+){0,6}(?:press|news|media)\s+(?:release|statement|notice)|for immediate release"
    label += r"|(?:[\w'’&.-]+\s+){0,6}[\w'’&.-]+,)\s*[:,\-–—]?\s*"  # ('Westmere County Libraries, 4 June 2031')
    dated = re.fullmatch(rf"(?:{label})?{WEEKDAY}?({DATE})", stripped, re.IGNORECASE)
    if dated and (value := iso_date(dated[1])):
        return "published", value, False
    if (match := _FROM.fullmatch(stripped)) and len(match["who"].split()) <= 10:
        return "department", match["who"].strip(), False
    if _FROM_ALONE.fullmatch(stripped) and following.strip() and len(following.split()) <= 10:
        return "department", " ".join(following.split()), True
    return None


def _next_line(lines: list[str], index: int) -> int | None:
    """The index of the next line with text after index, or None."""
    return next((j for j in range(index + 1, len(lines)) if lines[j].strip()), None)


def _furniture_at(lines: list[str], index: int, header: bool, metadata: dict[str, str], edge: bool) -> list[int]:
    """The lines that go, when the line at index is furniture (itself, and a value, caption or contents
    list that belongs to it); what it says about the page is added to metadata. Empty for content.
    header: no prose stands above the line; edge: none above it, or none below."""
    line = lines[index].strip()
    after = _next_line(lines, index)
    following = lines[after] if after is not None else ""
    found = _metadata_of(line, following, in_header=header)
    if found is not None:
        key, value, uses_next = found
        metadata.setdefault(key, value)
        return [index, after] if uses_next and after is not None else [index]
    return _widget_at(lines, index, header, metadata, edge)


def _widget_at(lines: list[str], index: int, header: bool, metadata: dict[str, str], edge: bool) -> list[int]:
    """The lines that go when the line at index is a widget, a label, a credit or a footer."""
    line = lines[index].strip()
    after = _next_line(lines, index)
    if _END.fullmatch(line) and not header:
        return list(range(index, len(lines)))
    if _PART_OF_ALONE.fullmatch(line):
        takes_next = line.endswith(":") and after is not None and not is_prose(lines[after])
        return [index, after] if takes_next and after is not None else [index]
    if _CONTENTS.fullmatch(line):
        return [index, *contents_list(lines, index)]
    if _CREDIT.fullmatch(line):
        caption = caption_of(lines, index)
        return [index] if caption is None else [index, caption]
    if header and _ADDRESS.fullmatch(line):
        metadata.setdefault("canonical", line if "://" in line else f"https://{line}")
        return [index]
    patterns = (_FURNITURE, _BREADCRUMB, _END, *((_MENU,) if edge else ()))
    furniture = is_chrome(line) or any(pattern.fullmatch(line) for pattern in patterns)
    return [index] if furniture or not has_words(line) else []


def clean(text: str) -> Cleaned:
    """The text's lines without furniture, with the title and metadata it gave."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    metadata: dict[str, str] = {}
    prose_seen = False
    last_prose = max((i for i, line in enumerate(lines) if is_prose(line)), default=-1)
    for gone in addresses(lines):
        keep[gone] = False
    for index, line in enumerate(lines):
        # A byline points at the title, which _take_title finds with it.
        if not keep[index] or not line.strip() or BYLINE.match(line):
            continue
        for gone in _furniture_at(lines, index, not prose_seen, metadata, not prose_seen or index > last_prose):
            keep[gone] = False
        prose_seen = prose_seen or (keep[index] and is_prose(line))
    dropped = tuple(line.strip() for line, kept in zip(lines, keep, strict=True) if not kept and line.strip())
    title, site, body = _take_title(_without(lines, keep))
    if site:
        metadata.setdefault("site", site)
    return Cleaned(tuple(body), title, tuple(metadata.items()), dropped)


def _without(lines: list[str], keep: list[bool]) -> list[str]:
    """The lines to keep. A dropped line (or run of lines) that stood alone between blank lines takes one of
    them with it, so that two paragraphs never end up parted by the wider gap that separates sections."""
    kept: list[str] = []
    run_after_blank = False  # in a run of dropped lines (an address) that a blank line comes before
    for index, line in enumerate(lines):
        if keep[index]:
            kept.append(line)
            run_after_blank = False
            continue
        run_after_blank = run_after_blank or index == 0 or not lines[index - 1].strip()
        if run_after_blank and index + 1 < len(lines) and not lines[index + 1].strip():
            keep[index + 1] = False
    return kept


def _kept_above(line: str, letter: bool) -> bool:
    """Whether a line above the title stays in the body: a reference ('Tenancy reference: 55501234'), the
    reader's to quote, and in a letter its greeting and any labelled line ('Property: 22 Willow Road')."""
    kept = LABELLED.fullmatch(line) or CONTACT_LINE.match(line)  # ('Email: x@y.gov.uk': a way to get in touch)
    kept = kept or re.match(r"to\s*:\s*\S", line, re.IGNORECASE)  # ('To: Mr J Lowe': whom it is addressed to)
    return bool(kept or (letter and (GREETING.fullmatch(line) or LABEL_AND_VALUE.fullmatch(line) or headed_line(line))))


def headed_line(line: str) -> bool:
    """Whether a line above a letter's greeting is a heading in the writer's words, never a name or an address: three
    words or more, most of them in small letters ('Your rent from 6 April 2026', not 'Hartwell Homes')."""
    words = re.findall(r"\w[\w'-]*", line)
    small = [w for w in words if w.islower() or w.isdigit()]
    return sum(w[0].isalpha() for w in words) >= 3 and len(small) * 2 > len(words)


# A way to get in touch, by its label ('Email: x@y.gov.uk', 'Tel: 01632 960 300')
CONTACT_LINE = re.compile(r"(?:e-?mail|tel|telephone|phone|fax|mobile|text|website|web)\s*:", re.IGNORECASE)
# At the top, a month alone ('March 2032'), 'To the householder' or a day ('Press release: 14 May') names nothing
_DAY_ALONE = (
    rf"(?:(?:press|news|media)\s+(?:release|statement)\s*[:,\-–—]?\s*)?{WEEKDAY}?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}"
)
# ('To: Mr J Lowe': whom a letter or notice is addressed to names nothing either)
_NO_TITLE = re.compile(rf"{MONTH}\s+\d{{4}}|to\s+the\s+[\w ]+|to\s*:.*|{_DAY_ALONE}", re.I)


def _a_subject_line(text: str) -> bool:
    """Whether a short line just above a letter's greeting is its subject: not a date, an addressee ('To the
    occupier'), a labelled value, a way to get in touch or the last line of an address."""
    if not is_short(text) or re.fullmatch(DATE, text, re.IGNORECASE) or re.match(r"to\s", text, re.IGNORECASE):
        return False
    labelled = LABEL_AND_VALUE.fullmatch(text) or LABELLED.fullmatch(text) or CONTACT_LINE.match(text)
    # ('Oakfield Primary School' above 'Dear Parents and Carers': the sender's name, every word capitalised)
    named = all(w[:1].isupper() or w in ("and", "of", "the", "for", "&") for w in text.split())
    return not (labelled or POSTCODE.fullmatch(text) or named)


def _take_title(lines: list[str]) -> tuple[str | None, str | None, list[str]]:
    """The title among the short lines at the top, the site's name above it (if any), and the lines
    left for the body.

    The title is the line after a document-type label ("Policy paper"); else, on a blog, the line
    before the "Posted by:" byline, with the site's name above it; else the line above where the
    publication date stood; else a line given twice (a breadcrumb's end and the heading); else the
    first short line that is not a site's name. In a letter, the subject line after the greeting.
    """
    header: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if is_prose(line) or len(header) >= _HEADER_LINES:
            break
        header.append(index)
    texts = [lines[i].strip() for i in header]
    labels = [
        n for n, t in enumerate(texts)
        if t.lower().rstrip(":") in DOCUMENT_TYPES or _DOCUMENT_NUMBER.fullmatch(t) or _STATUTE.fullmatch(t)
    ]  # fmt: skip

    bylines = [n for n, t in enumerate(texts) if BYLINE.match(t)]
    greetings = [n for n, t in enumerate(texts) if GREETING.fullmatch(t)]
    # ('Dear Resident' above 'Resurfacing of Oak Avenue': a letter's subject line follows its greeting)
    subject = greetings[0] + 1 if greetings else len(texts)
    chosen: int | None = None
    site: str | None = None
    if subject < len(texts) and is_short(texts[subject]) and not LABELLED.fullmatch(texts[subject]):
        chosen = subject
    elif greetings and greetings[0] > 0 and _a_subject_line(texts[greetings[0] - 1]):
        chosen = greetings[0] - 1  # ('Change to your polling station' / 'Dear Resident': the subject comes first)
    elif bylines and bylines[0] > 0:
        chosen = bylines[0] - 1
        site = texts[chosen - 1] if chosen > 0 else None
    elif labels and any(is_short(t) and n not in labels for n, t in enumerate(texts) if n > labels[0]):
        # ('PUBLIC NOTICE' / 'ELMVALE BOROUGH COUNCIL' / the title: the body's name above the title is no title)
        after = [n for n, t in enumerate(texts) if n > labels[0] and n not in labels and is_short(t)]
        named = [n for n in after if not _SITE_NAME.fullmatch(texts[n]) and not _SITE_NAME.fullmatch(texts[n].title())]
        chosen = named[0] if named else after[0]
    else:
        repeated = [n for n, t in enumerate(texts) if n > 0 and texts[n - 1] == t and is_short(t)]
        candidates = [
            n for n, t in enumerate(texts)
            if is_short(t) and n not in (*labels, *bylines, *greetings) and not LABELLED.fullmatch(t)
            and not CONTACT_LINE.match(t) and not _NO_TITLE.fullmatch(t)
        ]  # fmt: skip
        plain = [n for n in candidates if not any(p.fullmatch(texts[n]) for p in (_SITE_NAME, _RELEASED))]
        if repeated:
            chosen = repeated[0]
        elif candidates:
            chosen = plain[0] if plain and len(candidates) > 1 else candidates[0]
            site = texts[candidates[0]] if chosen != candidates[0] else None
    if chosen is None:
        return None, None, lines
    # ('Seven arrested in raids' / 'Oakbridge Police': who published it, on the line under the title, is no heading)
    under = texts[chosen + 1] if chosen + 1 < len(texts) else ""
    site = site or (under if any(p.fullmatch(under) for p in (_SITE_NAME, _RELEASED)) else None)
    # (a reference above the title, 'Tenancy reference: 55501234', is the reader's to quote)
    # (the law a notice is given under, 'HIGHWAYS ACT 1980', is no title but is kept: 'the above Act' points at it)
    law = {n for n, t in enumerate(texts) if _STATUTE.fullmatch(t)}
    drop = {
        header[n] for n in range(len(header))
        if n not in law and (
            (n == chosen or (n < chosen and not _kept_above(texts[n], letter=chosen == subject)))
            or n in labels or n in bylines or (site is not None and n == chosen + 1 and texts[n] == site)
        )
    }  # fmt: skip
    body = _without(lines, [index not in drop for index in range(len(lines))])
    if not any(line.strip() for line in body):
        return None, None, lines
    # ('Subject: Changes to the lunch club', 'Re: Rent arrears at 14 Oak Road': the label is the email's or letter's)
    return re.sub(r"^(?:subject|re|fwd?)\s*:\s*", "", texts[chosen], flags=re.IGNORECASE) or texts[chosen], site, body

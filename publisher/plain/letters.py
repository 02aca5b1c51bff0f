"""A letter's signature in easy read: who it is from, said in a sentence, in place of a formal closing."""

from __future__ import annotations

import re
from collections.abc import Iterable

from publisher.model import LETTER_CLOSING, LETTER_GREETING, Block, Change

_MOST_LINES = 4  # a name, a job, a team, an organisation
_MOST_WORDS = 8  # words of one line of a signature
# ('Outpatient Booking Team', 'Revenues Manager': a team or a job is 'the' one; a person's name is said as it is)
_ROLE = re.compile(
    r".*\b(?:team|manager|officer|section|department|unit|programme|headteacher|head|director|clerk|lead"
    r"|coordinator|co-ordinator|adviser|advisor|nurse|leader|office|desk|centre|service|board|panel|bureau"
    r"|teacher|principal|registrar|secretary|warden|inspector|superintendent|chair|handler|administrator|caseworker|surveyor|assessor"
    r"|maker|worker|agent|consultant|practitioner|therapist|specialist|planner|engineer|controller|executive|commissioner"
    r"|auditor|solicitor|midwife|partner)"
    r"|(?:head|director|chief|manager|leader|lead|clerk)\s+of\b.*",  # ('Head of School Admissions')
    re.IGNORECASE,
)
_THANKS = re.compile(r"(?:many |with )?(?:thanks|thank you)", re.IGNORECASE)


def is_letter(paragraphs: Iterable[str]) -> bool:
    """Whether a text is a letter: one of its paragraphs greets its reader ('Dear Mrs Okafor') or signs off as only
    a letter does ('Yours faithfully': a letter to all parents may greet nobody; a factsheet's 'Thanks' is no sign)."""
    return any(LETTER_GREETING.fullmatch(p.strip()) or _SIGNED_OFF.fullmatch(p.strip()) for p in paragraphs)


_SIGNED_OFF = re.compile(r"yours (?:faithfully|sincerely|truly)[,.]?", re.IGNORECASE)
_NOTICE = re.compile(r"\bnotice\b", re.IGNORECASE)
# A person's name alone on a line ('Helen Marsh', 'J Whitmore', 'Dr A. Rahman')
_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr)\.?\s+)?(?:[A-Z]\.?\s+)*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}")


def sender_kind(paragraphs: Iterable[str]) -> str:
    """What a text's signature says it is from: 'letter' (see is_letter), 'notice' for a formal notice (its title or
    its words say so: 'Notice of election', 'Notice is given that'), else ''."""
    said = list(paragraphs)
    if is_letter(said):
        return "letter"
    return "notice" if any(_NOTICE.search(p) for p in said[:3]) else ""  # (title, an Act, its notice line)


def _notice_signed(blocks: list[Block]) -> tuple[list[Block], list[Change]]:
    """A notice's last two lines, a person's name and their job ('Helen Marsh' 'Returning Officer'), said as a
    sentence ('This notice is from Helen Marsh, Returning Officer.'); the blocks as they were otherwise."""
    lines = [line for line in (_signature_line(block) for block in blocks[-2:]) if line is not None]
    # ('Signed: Karen Doyle' 'Principal Environmental Health Officer': the label says what the name is)
    lines = [re.sub(r"^signed(?:\s+by)?\s*:?\s+", "", line, flags=re.IGNORECASE) for line in lines]
    # ('Town Clerk' 'Harwood Town Council': a job and the body it is of sign it too, 'the Town Clerk')
    role_first = len(lines) == 2 and _ROLE.fullmatch(lines[0]) is not None and lines[1].istitle()
    if len(lines) != 2 or not (role_first or (_PERSON.fullmatch(lines[0]) and _ROLE.fullmatch(lines[1]))):
        return blocks, []
    first = f"the {lines[0]}" if role_first and not lines[0].startswith("The ") else lines[0]
    said = f"This notice is from {first}, {_inside_a_sentence(lines[1])}."
    return [*blocks[:-2], Block("paragraph", (said,))], [Change("signature", " | ".join(lines), said)]


def _signature_line(block: Block) -> str | None:
    """The line of a paragraph that may be part of a signature (a name, a job or a team), else None."""
    if block.kind != "paragraph" or len(block.items) != 1:
        return None
    line = block.items[0].strip()
    ends_a_sentence = line.endswith((".", "!", "?", ":", ";")) and not re.search(r"\b[A-Z]\.$", line)
    return line if 0 < len(line.split()) <= _MOST_WORDS and not ends_a_sentence else None


def _inside_a_sentence(line: str) -> str:
    """A signature line as it reads inside a sentence: a job whose only capital is the one that starts its line
    takes a small letter ('Pharmacist and owner' -> 'pharmacist and owner'; 'Blue Badge Officer' and a name
    keep theirs), so that it is not read as a name the easy read added."""
    words = line.split()
    if len(words) > 1 and words[0][1:].islower() and all(w.islower() for w in words[1:]):
        return line[0].lower() + line[1:]
    return line


def _unclosed_signature(blocks: list[Block]) -> int | None:
    """Where a letter's last blocks are a signature with no closing words before it: one or two lines of a name
    ('Waste and Recycling Team', 'Riverbank Libraries') after a paragraph that ends a sentence; None for any other."""
    start = len(blocks)
    while start > 0 and len(blocks) - start < _UNCLOSED_LINES:
        line = _signature_line(blocks[start - 1])
        if line is None or not _NAMED.fullmatch(line):
            break
        start -= 1
    before = blocks[start - 1] if 0 < start < len(blocks) else None
    ended = before is not None and (before.kind != "paragraph" or before.items[-1].rstrip().endswith((".", "!")))
    return start if ended else None


_UNCLOSED_LINES = 2  # a team and its organisation
# A line of a name: each word capitalised, but for the small words inside names ('Waste and Recycling Team')
_NAMED = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|the|for|&))*")


def said_from(blocks: list[Block], last: bool = False, kind: str = "letter") -> tuple[list[Block], list[Change]]:
    """Blocks whose last ones are a letter's signature ('Yours sincerely,' 'Sam Reed' 'Housing Officer') with
    the signature said as a sentence ('This letter is from Sam Reed, Housing Officer.'); a closing of thanks
    stays said; in the letter's last section (last), a signature with no closing words is said too, and so is a
    notice's name and job (kind 'notice'). Any other blocks come back as they were."""
    if kind == "notice":
        return _notice_signed(blocks) if last else (blocks, [])
    unclosed = _unclosed_signature(blocks) if last else None
    closing = next(
        (
            n for n in range(len(blocks) - 1, max(-1, len(blocks) - _MOST_LINES - 2), -1)
            if blocks[n].kind == "paragraph" and len(blocks[n].items) == 1
            and LETTER_CLOSING.fullmatch(blocks[n].items[0].strip())
        ),
        None,
    )  # fmt: skip
    if closing is None and unclosed is not None:
        closing = unclosed - 1  # (the paragraph before the signature stays as it is, below)
    if closing is None or closing == len(blocks) - 1:
        return blocks, []
    lines = [_signature_line(block) for block in blocks[closing + 1 :]]
    if any(line is None for line in lines):
        return blocks, []
    names = [_inside_a_sentence(re.sub(r",$", "", line)) for line in lines if line is not None]
    # ('Ward Manager, Ward 7'; 'School Transport Service'; never a second 'the' before 'The Pension Service')
    the = "the " if _ROLE.fullmatch(names[0].split(",")[0].strip()) and not names[0].startswith("The ") else ""
    # ('The Pension Service': its 'The' mid-sentence is 'the')
    names[0] = re.sub(r"^The ", "the ", names[0])
    said = f"This letter is from {the}{', '.join(names)}."
    if unclosed is not None and closing == unclosed - 1:
        before = " | ".join(block.items[0] for block in blocks[unclosed:])
        return [*blocks[:unclosed], Block("paragraph", (said,))], [Change("signature", before, said)]
    closed = blocks[closing].items[0].strip()
    thanks = f"{closed.rstrip(',.!')}." if _THANKS.match(closed) else ""  # 'Thank you for your help.' stays said
    ending = [Block("paragraph", (thanks,))] if thanks else []
    before = " | ".join(block.items[0] for block in blocks[closing:])
    return [*blocks[:closing], *ending, Block("paragraph", (said,))], [Change("signature", before, said)]

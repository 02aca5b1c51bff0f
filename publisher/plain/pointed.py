"""Whether a sentence cut from a longer one is cut again: not where the sentence after it points back at words
the second cut would move ('This', 'You can do this', 'they')."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .series import Bullets, Piece
from .wording import count_words

LONGEST_POINTED_AT = 20  # words of a piece that the next one points back at, kept whole
# A sentence that goes on about a thing before it ('This includes X', 'These are Y', 'This tells the owner Z',
# 'They can inspect it'); not one about the whole rule ('This is because', 'This means', 'This does not apply')
_DESCRIBES_NEXT = re.compile(
    r"These\b|They (?:can|will|may)\b|This (?!means\b|applies\b|does\b|is\b|was\b|has\b)[a-z]+s\s"
)
# What a thing is, said of it ('This is independent of X'), not of the rule ('This is because', 'This is to')
_SAID_OF_IT = re.compile(r"(?:This|It) (?:is|was) (?!because\b|so\b|to\b|how\b|why\b|what\b|when\b|where\b|not\b)")
_CONDITIONS_LISTED = re.compile(r"\b(?:if|unless)(?: we| you| they)?:$")  # a list's lead ('You can appeal if we:')
_POINTS_BACK = re.compile(r"(?:This|These|It|They|Or|Otherwise)\b")
_ANYONE_FIRST = re.compile(r"(?:Anyone|Anybody|Everyone|Everybody)\s")
# ('But they must register by noon'; 'This applies whether or not they get other support')
_THEY_NEXT = re.compile(r"(?:(?:But|And|So)\s+)?they\s|This (?:also )?applies\b[^.]*\bthey\b", re.IGNORECASE)
_DONE_NEXT = re.compile(r"You can do this\b")
# A sentence that says an aside of the one before it: an example, or what a thing is or is called.
_ASIDE_SAID = re.compile(r"(?:An example is|Examples are|For example|Th(?:is|ese) (?:is|are) (?:known|called))\b")


def again_unless_pointed_at(pieces: Sequence[Piece], k: int, again: Callable[[str], list[Piece]]) -> list[Piece]:
    """A piece split again, unless the piece after it points back at words the new split moves from the end
    ('X if you have some conditions.' 'This includes A.': asked first, 'Do you have some conditions?' 'X.'
    leaves 'This' after X); a long one is split anyway. Bullets keep their items; only a long lead is split."""
    piece = pieces[k]
    if not isinstance(piece, str):
        return _intro_split(piece, again)
    split = again(piece)
    following = pieces[k + 1] if k + 1 < len(pieces) else ""
    said_next = following if isinstance(following, str) else following.intro
    # (an example said next points back too: 'X if you get some benefits.' 'Examples are A and B.')
    pointed_at = _POINTS_BACK.match(said_next) is not None or _ASIDE_SAID.match(said_next) is not None
    # ('contact you about other options if:' A / B, then 'This includes sacks': the list comes between 'This'
    # and the options it means)
    # ('higher for A, B and people with a weak immune system.' 'This includes those having X': as bullets, 'This'
    # would seem to mean them all, not the last)
    # ('These include' goes on to mean a plural the last bullet names: 'certain benefits', 'your legal options')
    # ('serve a notice if:' A / B, then 'This tells the owner X': the notice, with the conditions between; so
    # 'contact our team if:' A / B, then 'They can inspect it')
    listed = not isinstance(split[-1], str) and isinstance(following, str) and following.startswith("This includes")
    conditions = not isinstance(split[-1], str) and _CONDITIONS_LISTED.search(split[-1].intro) is not None
    # ('appeal to the Planning Inspectorate if we:' A / B, then 'This is independent of the council')
    describes = _DESCRIBES_NEXT.match(following) or _SAID_OF_IT.match(following) if isinstance(following, str) else None
    conditions = conditions and describes is not None
    conditions = conditions or listed
    ending = re.sub(r"[^\w\s]", "", piece).split()[-2:]
    kept_last = isinstance(split[-1], str) and re.sub(r"[^\w\s]", "", split[-1]).split()[-2:] == ending
    # ('X, such as sandwiches, must have a label.' 'This shows Y.': split again, an example said after the label
    # would come between 'This' and the label, however long X is)
    aside_last = isinstance(split[-1], str) and _ASIDE_SAID.match(split[-1]) is not None and not kept_last
    # ('Adaptations that cost less than £1,000 are provided free after an assessment.' 'Examples are grab rails':
    # examples may be of any words of the piece, so no split may come between them)
    examples_next = isinstance(following, str) and _ASIDE_SAID.match(following) is not None
    # ('moved to Riverside, which is half a mile away.' 'This does not apply if X': not after 'This is half a mile')
    # ('which is the standard.' 'This compares with 1 in 4': a second 'This' would mean the first's thing)
    applies = isinstance(following, str) and bool(
        re.match(r"This (?:does not apply|applies|also applies|compares)\b", following)
    )
    # ('play areas.' 'They are marked with signs.' 'They must be kept on a lead': the dogs' 'They' would be the areas)
    same = re.match(r"(?:They|It) ", following) if isinstance(following, str) else None
    applies = applies or (same is not None and isinstance(split[-1], str) and split[-1].startswith(same.group(0)))
    # ('It is important to finish the course.': an 'it' that stands for what follows describes nothing before it)
    described = isinstance(split[-1], str) and re.match(
        r"(?:This|These|It|They) (?:is|are|was|were)\s(?!\w+ to\s)", split[-1]
    )
    aside_last = aside_last or bool(applies and described)
    # ('Anyone who X can be fined.' 'But they may have to Y.': asked as 'Do you X?' 'You can be fined.', 'they' would
    # have no one to mean)
    readdressed = isinstance(split[-1], str) and split[-1].startswith("You ") and _ANYONE_FIRST.match(piece) is not None
    readdressed = readdressed and isinstance(following, str) and _THEY_NEXT.match(following) is not None
    # ('lower the risk of an infection that could lead to X.' 'You can do this by washing': the lowering, done;
    # 'ask for it to be looked at again.' 'This is known as X.' 'You can do this': still the asking)
    done_next = isinstance(following, str) and _DONE_NEXT.match(following) is not None
    done_next = done_next and not _ASIDE_SAID.match(str(split[-1])) and count_words(piece) <= LONGEST_POINTED_AT
    # ('approve it if there is enough space.' 'This normally means a space 4.8 metres deep': what the last words mean,
    # however long the piece, which a question asked first would leave after the approving)
    meant = isinstance(following, str) and re.match(r"This (?:\w+ly )?means\b", following) is not None
    meant = meant and isinstance(split[-1], str) and len(split) > 1 and not kept_last
    if (
        readdressed
        or meant
        or done_next
        or (pointed_at and (conditions or aside_last or (examples_next and count_words(piece) <= LONGEST_POINTED_AT)))
    ):
        return [piece]
    if not pointed_at or count_words(piece) > LONGEST_POINTED_AT or not isinstance(split[-1], str):
        return split
    if isinstance(following, str) and following.startswith(("Or ", "Otherwise")):
        return [piece]  # 'You must pay within 6 days, either before or after. Or you may get a fine.': all of it
    if len(split) > 1 and re.match(r"This (?:does not apply|applies)\b", split[-1]):
        return [piece]  # 'not ibuprofen unless a doctor says so.' 'This is because X': the reason is the rule's

    return split if kept_last else [piece]


LONGEST_INTRO = 15  # words of a list's introduction said as it is


def _intro_split(listed: Bullets, again: Callable[[str], list[Piece]]) -> list[Piece]:
    """A list whose long introduction splits into sentences, the last of them leading into the list ('The new
    centre, which is being built on X, will have:' -> 'The new centre is being built on X.' 'The new centre will
    have:'); the list as it is otherwise."""
    if count_words(listed.intro) <= LONGEST_INTRO:
        return [listed]
    split = again(listed.intro)
    if len(split) < 2 or not all(isinstance(p, str) for p in split) or not str(split[-1]).endswith(":"):
        return [listed]
    said = [str(p) for p in split]
    # ('X will write to you to explain whether your award is to:' keeps its purpose with its doing)
    if said[-1].startswith("This is to ") and said[-2].endswith("."):
        said[-2:] = [f"{said[-2][:-1]} {said[-1].removeprefix('This is ')}"]
    return [*said[:-1], replace(listed, intro=said[-1])]


def lead_said_last(pieces: list[str], last_word: str) -> list[str] | None:
    """A list's introduction cut in two, the second saying more of a thing the first names by its own words (not 'It'
    or 'This'), said with the first last, so that it still leads into the list; None otherwise."""
    if len(pieces) != 2 or pieces[0].split()[-1].rstrip(".") != last_word or _POINTS_BACK.match(pieces[1]):
        return None
    return [f"{pieces[1][:-1]}.", f"{pieces[0][:-1]}:"]

"""'Attend' said as 'go to', and 'go' where nothing is gone to ('pupils do not attend.' -> 'pupils do not go.')."""

from __future__ import annotations

import re

_GO_TO_NOTHING = re.compile(
    r"\b(go|goes|going|went) to(?=\s*(?:[.,;:!?)]|$|(?:and|or|but|if|when|because|unless|within|by|before|after|"
    r"until|during|on|in|at|every|regularly|again|twice|once|must|should|will|can|may|need|needs|together|however|"
    r"alone|along|with|to|so|please|both|only|for|from|as|while|whilst|(?:more|less)\s+(?:regularly|often))\b))",
    re.IGNORECASE,
)  # ('If you do not attend within 3 months': 'go', not 'go to within'; 'Anyone who wishes to attend must tell us';
# 'both parents attend together', 'to attend to register the birth')


# ('which practice you can go to': the place is before; 'confirm that you can go to,' has none)
# ('a school your child goes to': the place just before whoever goes, with no 'that')
_PLACE_BEFORE = re.compile(
    r"\b(?:a|an|the|any|this|that)\s+[\w-]+\s+(?:you|we|they|he|she|(?:your|their|his|her|our)\s+[\w-]+)\s+$",
    re.IGNORECASE,
)
# ('which practice you can go to'; not 'Anyone who wishes to attend must' nor 'the person who attends will', where
# 'who' is the subject; nor 'so that you can attend' or 'tell you that you are invited to attend', where 'that'
# joins a clause)
_OBJECT_BEFORE = re.compile(  # ('a date on which you have to attend': the date is no place gone to)
    r"(?:(?<!\bon )(?<!\bin )(?<!\bat )(?<!\bby )(?<!\bduring )(?<!\bafter )|(?=\w+\s+(?!(?:you|we|they|i)\b)))"
    r"\b(?:which|what|whichever|whom|who)\b(?!\s+(?:wish|wishes|want|wants|do|does|did|is|are|was|were|has|have|will|"
    r"would|can|could|may|might|must|should|needs?|plans?|intends?|usually|often|also|cannot|can't|couldn't|won't|"
    r"don't|doesn't|didn't)\b)(?!\s*$)"
    r"|(?<!confirm )(?<!sure )(?<!say )(?<!know )(?<!check )(?<!so )(?<!order )(?<!now )"
    r"(?<!and )(?<!you )(?<!us )(?<!them )\bthat\b",
    re.IGNORECASE,
)


def gone_to(sentence: str) -> str:
    """A sentence whose 'go to' that goes to no place ('so that you can go to.') says 'go'; 'go to' needs the place
    'attend' had, after it or before it ('which practice you can go to')."""
    # (read in the clause the 'go to' is in: 'children who get free meals can go to clubs, where they get a meal every
    # day they go to': the 'who' before the comma says nothing of where they go)
    return _GO_TO_NOTHING.sub(
        lambda m: (
            m.group(0)
            if _OBJECT_BEFORE.search(_clause_before(sentence, m.start())) or _PLACE_BEFORE.search(sentence[: m.start()])
            else m.group(1)
        ),
        sentence,
    )


def _clause_before(sentence: str, at: int) -> str:
    """The words before a point in a sentence, back to the last comma, semicolon or colon."""
    return re.split(r"[,;:]\s", sentence[:at])[-1]

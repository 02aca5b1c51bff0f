"""Verb forms for the rewrites that move a verb: the passive made active ('were stopped' -> 'stopped'),
a participle made a clause ('pretending' -> 'pretended'), a question ('moves' -> 'does ... move').

The forms come from the words the sentence already has (a participle, an -ing form) and a table of
irregular verbs, so a form is never guessed from spelling rules alone: where it cannot be known, the
caller leaves the sentence as written.
"""

from __future__ import annotations

import re

# Irregular verbs common in public information: base form -> (past tense, past participle).
IRREGULAR = {
    "be": ("was", "been"), "become": ("became", "become"), "begin": ("began", "begun"),
    "break": ("broke", "broken"), "bring": ("brought", "brought"), "build": ("built", "built"),
    "buy": ("bought", "bought"), "catch": ("caught", "caught"), "choose": ("chose", "chosen"),
    "come": ("came", "come"), "cut": ("cut", "cut"), "deal": ("dealt", "dealt"), "do": ("did", "done"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "eat": ("ate", "eaten"), "fall": ("fell", "fallen"),
    "feel": ("felt", "felt"), "find": ("found", "found"), "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"), "give": ("gave", "given"), "go": ("went", "gone"),
    "grow": ("grew", "grown"), "have": ("had", "had"), "hear": ("heard", "heard"), "hide": ("hid", "hidden"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "know": ("knew", "known"), "lay": ("laid", "laid"),
    "lead": ("led", "led"), "leave": ("left", "left"), "lend": ("lent", "lent"), "let": ("let", "let"),
    "lose": ("lost", "lost"), "make": ("made", "made"), "mean": ("meant", "meant"), "meet": ("met", "met"),
    "overtake": ("overtook", "overtaken"), "pay": ("paid", "paid"), "put": ("put", "put"),
    "read": ("read", "read"), "ride": ("rode", "ridden"), "ring": ("rang", "rung"), "rise": ("rose", "risen"),
    "run": ("ran", "run"), "say": ("said", "said"), "see": ("saw", "seen"), "sell": ("sold", "sold"),
    "send": ("sent", "sent"), "set": ("set", "set"), "shake": ("shook", "shaken"), "show": ("showed", "shown"),
    "shut": ("shut", "shut"), "sit": ("sat", "sat"), "speak": ("spoke", "spoken"), "spend": ("spent", "spent"),
    "stand": ("stood", "stood"), "steal": ("stole", "stolen"), "strike": ("struck", "struck"),
    "take": ("took", "taken"), "teach": ("taught", "taught"), "tell": ("told", "told"),
    "think": ("thought", "thought"), "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"),
    "understand": ("understood", "understood"), "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"),
    "write": ("wrote", "written"), "wear": ("wore", "worn"), "seek": ("sought", "sought"),
}  # fmt: skip
_THIRD_PERSON = {"be": "is", "have": "has", "do": "does", "go": "goes"}
# Participles that are never a past tense ('taken', 'given'), whatever the small model tags them
ONLY_PARTICIPLES = frozenset(participle for past, participle in IRREGULAR.values() if past != participle)
ONLY_PASTS = frozenset(past for past, participle in IRREGULAR.values() if past != participle)  # 'broke', 'went'


def present(lemma: str, plural: bool) -> str:
    """The present tense: 'check' -> 'checks' (one doer) or 'check' (several)."""
    if plural:
        return "are" if lemma == "be" else lemma
    if lemma in _THIRD_PERSON:
        return _THIRD_PERSON[lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def past_from_participle(lemma: str, participle: str) -> str | None:
    """The past tense of a verb seen as its past participle: 'intercepted' -> 'intercepted',
    'driven' -> 'drove'; None when neither the table nor a regular -ed form says."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma][0]
    return participle if participle.endswith("ed") else None


def past_from_ing(lemma: str, ing: str) -> str | None:
    """The past tense of a verb seen as its -ing form: 'pretending' -> 'pretended', 'stopping' ->
    'stopped', 'moving' -> 'moved', 'making' -> 'made'."""
    if lemma in IRREGULAR:
        return IRREGULAR[lemma][0]
    if not ing.endswith("ing"):
        return None
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return ing[:-3] + "ed"


_USED_TO_BE = re.compile(r"^used to be\b")


def once_was(clause: str, plural: bool) -> str:
    """'used to be called X' said as 'was once called X' ('were once' for many): after a noun, the parser reads
    'The suspension used to be called X' as a noun and a describing word, with no verb."""
    return _USED_TO_BE.sub("were once" if plural else "was once", clause, count=1)

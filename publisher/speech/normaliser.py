"""Spoken form: display text to the words a voice should say (numbers, money, dates, times, symbols).

Engine-independent: every engine gets words, so "£6m" sounds the same from hibari, piper or espeak.
The displayed text never changes; only what is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

MONTHS = "January February March April May June July August September October November December".split()
_MONTH = "|".join(MONTHS + [m[:3] for m in MONTHS if len(m) > 3] + ["Sept"])
_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_DECIMAL = rf"(?:{_NUM})(?:\.\d+)?"
CURRENCIES = {"£": ("pound", "pounds", "penny", "pence"), "$": ("dollar", "dollars", "cent", "cents"),
              "€": ("euro", "euros", "cent", "cents")}  # fmt: skip
SCALES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion", "tn": "trillion",
          "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion"}  # fmt: skip
ABBREVIATIONS = {"e.g.": "for example", "eg.": "for example", "i.e.": "that is", "etc.": "et cetera",
                 "approx.": "approximately", "vs.": "versus", "N/A": "not applicable", "n/a": "not applicable",
                 "and/or": "and or", "24/7": "twenty-four seven", "w/c": "week commencing", "No.": "number",
                 "no.": "number", "Nos.": "numbers"}  # fmt: skip
DIGIT_NAMES = "oh one two three four five six seven eight nine".split()


def number_words(text: str) -> str:
    """'1,100' or '3.25' in words: 'one thousand, one hundred', 'three point two five'."""
    whole, _, fraction = text.replace(",", "").partition(".")
    words = str(num2words(int(whole)))
    if fraction:
        words += " point " + " ".join(DIGIT_NAMES[int(d)] if d != "0" else "zero" for d in fraction)
    return words


def year_words(year: int) -> str:
    """A year as people say it: 'twenty nineteen', 'two thousand and five', 'nineteen oh-five'."""
    return str(num2words(year, to="year"))


def ordinal_words(number: int) -> str:
    """'twenty-first'."""
    return str(num2words(number, to="ordinal"))


def _money(match: re.Match[str]) -> str:
    symbol, amount, scale = match.group("symbol"), match.group("amount"), match.group("scale")
    unit, units, sub, subs = CURRENCIES[symbol]
    if scale:
        return f"{number_words(amount)} {SCALES[scale.lower()]} {units}"
    whole, _, pence = amount.replace(",", "").partition(".")
    cents = int(pence.ljust(2, "0")[:2]) if pence else 0
    small = f"{number_words(str(cents))} {sub if cents == 1 else subs}"
    if int(whole) == 0 and cents:
        return small
    words = f"{number_words(whole)} {unit if int(whole) == 1 else units}"
    return f"{words} and {small}" if cents else words


def _time(match: re.Match[str]) -> str:
    parts = match.groupdict()
    hour, minute, meridiem = int(parts["hour"]), parts["minute"], parts.get("meridiem")
    if meridiem:
        said = number_words(str(hour))
        if minute and minute != "00":
            said += " " + (f"oh {number_words(minute[1])}" if minute[0] == "0" else number_words(minute))
        return f"{said} {' '.join(meridiem.lower().replace('.', ''))}"
    if minute == "00":
        return f"{number_words(str(hour))} hundred" if hour else "midnight"
    return (
        f"{number_words(str(hour))} {('oh ' + number_words(minute[1])) if minute[0] == '0' else number_words(minute)}"
    )


def _date_day_month(match: re.Match[str]) -> str:
    said = f"the {ordinal_words(int(match.group('day')))} of {_month_name(match.group('month'))}"
    return said + (f" {year_words(int(match.group('year')))}" if match.group("year") else "")


def _date_month_day(match: re.Match[str]) -> str:
    said = f"{_month_name(match.group('month'))} the {ordinal_words(int(match.group('day')))}"
    return said + (f", {year_words(int(match.group('year')))}" if match.group("year") else "")


def _date_numeric(match: re.Match[str]) -> str:
    day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0).replace("/", " ")
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    return f"the {ordinal_words(day)} of {MONTHS[month - 1]} {year_words(full_year)}"


def _month_name(text: str) -> str:
    key = text.rstrip(".")[:3].lower()
    return next(m for m in MONTHS if m[:3].lower() == key)


def _year_range(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    end = int(first[: 4 - len(second)] + second)
    return f"{year_words(int(first))} to {year_words(end)}"


def _phone(match: re.Match[str]) -> str:
    groups = match.group(0).split()
    said = [" ".join(DIGIT_NAMES[int(d)] for d in g.lstrip("+")) for g in groups]
    return ("plus " if groups[0].startswith("+") else "") + ", ".join(said)


def _web(match: re.Match[str]) -> str:
    text = re.sub(r"^https?://", "", match.group(0)).rstrip("/")
    text = text.replace("@", " at ").replace(".", " dot ").replace("/", " slash ").replace("-", " dash ")
    return re.sub(r"\buk\b", "U K", re.sub(r"\s+", " ", text).strip(), flags=re.IGNORECASE)


_UNITS = {"km": "kilometre", "kg": "kilogram", "cm": "centimetre", "mm": "millimetre", "ml": "millilitre",
          "mg": "milligram", "mph": "miles an hour", "kmh": "kilometres an hour", "°C": "degree Celsius",
          "°F": "degree Fahrenheit", "°": "degree"}  # fmt: skip
_DAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
         "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}  # fmt: skip


def _unit(match: re.Match[str]) -> str:
    """'450 km' -> 'four hundred and fifty kilometres', '1°C' -> 'one degree Celsius'."""
    amount, unit = match.group(1), _UNITS[match.group(2)]
    if amount != "1" and not unit.endswith(" an hour"):
        unit = unit.replace("degree", "degrees") if unit.startswith("degree") else unit + "s"
    return f"{number_words(amount)} {unit}"


def _fraction(match: re.Match[str]) -> str:
    first, second = number_words(match.group(1)), number_words(match.group(2))
    return f"{first} {second}" if first == second else f"{first} out of {second}"


YEAR_CUES = frozenset("in since from by until till during before after of year summer spring autumn winter".split())


def _bare_number(match: re.Match[str]) -> str:
    text = match.group(0)
    plain = text.replace(",", "")
    following = match.string[match.end() : match.end() + 12]
    before = match.string[max(0, match.start() - 12) : match.start()].split()
    if (
        before
        and before[-1].lower() in YEAR_CUES
        and len(plain) == 4
        and plain.isdigit()
        and 1100 <= int(plain) <= 2099
    ):
        return year_words(int(plain))
    # A four-digit whole number not followed by a lowercase word (a count of things) reads as a year.
    looks_like_year = "," not in text and "." not in text and len(plain) == 4 and 1100 <= int(plain) <= 2099
    if looks_like_year and (not re.match(r"\s+[a-z]", following) or re.match(r"\s+(to|and|or|until)\b", following)):
        return year_words(int(plain))
    return number_words(text)


Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

_ORDINAL = r"(?:st|nd|rd|th)"
_YEAR = r"(?:1[1-9]|20)\d\d"
_SCALE = r"bn|mn|m|k|b|tn|thousand|million|billion|trillion"
_URL = r"https?://\S+[\w/]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"(?:[a-z0-9-]+\.)+(?:uk|com|org|net|eu|int)\b(?:/[\w\-./]*[\w/])?"

WEB_ADDRESS = re.compile(rf"(?<![\w.@])(?:{_URL}|{_EMAIL}|{_DOMAIN})")

RULES: tuple[Rule, ...] = (
    (re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])"), " "),
    (WEB_ADDRESS, _web),
    (re.compile(r"(?<![\w/])(?:\+44\s?\d{2,4}|0\d{2,4})(?:\s\d{3,6}){1,2}\b"), _phone),
    (re.compile(r"(?<![\w/.,])0\d{9,10}\b"), _phone),  # unspaced: 07700900123
    # Service numbers are said digit by digit: "Call 111", "NHS 111", "dial 999", "ring 101".
    (
        re.compile(
            r"(?i)\b((?:call|ring|phone|dial|text|nhs)\s+(?:(?:us|them|the police|nhs)\s+)?(?:on\s+)?)"
            r"(\d{3})\b(?![,.]\d)"
        ),
        lambda m: m[1] + " ".join(DIGIT_NAMES[int(d)] for d in m[2]),
    ),
    (re.compile(rf"(?P<symbol>[£$€])\s?(?P<amount>{_DECIMAL})(?:\s?(?P<scale>{_SCALE})\b)?"), _money),
    (re.compile(rf"({_DECIMAL})\s?%"), lambda m: f"{number_words(m.group(1))} per cent"),
    (
        re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}?\s+(?P<month>{_MONTH})\.?(?:\s+(?P<year>\d{{4}}))?\b"),
        _date_day_month,
    ),
    (
        re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}?(?:,?\s+(?P<year>\d{{4}}))?\b(?![\d:])"),
        _date_month_day,
    ),
    (
        re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<year>{_YEAR})\b"),
        lambda m: f"{m['month']} {year_words(int(m['year']))}",
    ),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b"), _date_numeric),
    (
        re.compile(r"\b(?P<hour>1[0-2]|0?\d)(?:[:.](?P<minute>[0-5]\d))?\s?(?P<meridiem>[ap]m\b|[ap]\.m\.)", re.I),
        _time,
    ),
    (re.compile(r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)\b"), _time),
    (re.compile(rf"\b({_YEAR})\s?[/–—-]\s?(\d{{2}}|{_YEAR})\b"), _year_range),
    (re.compile(rf"\b({_DECIMAL})\s?[–—-]\s?({_DECIMAL})\b"), lambda m: f"{m.group(1)} to {m.group(2)}"),
    (re.compile(rf"({_DECIMAL})\s?(km|kg|cm|mm|ml|mg|mph|kmh|°C|°F|°)(?!\w)"), _unit),
    # A day range: "Mon–Fri" or "Mon to Fri" -> "Monday to Friday".
    (
        re.compile(rf"(?i)\b({'|'.join(_DAYS)})\.?\s?(?:[–—-]|\s+to\s+)\s?({'|'.join(_DAYS)})\b"),
        lambda m: f"{_DAYS[m.group(1).lower()]} to {_DAYS[m.group(2).lower()]}",
    ),
    (re.compile(rf"\b(\d+){_ORDINAL}\b"), lambda m: ordinal_words(int(m.group(1)))),
    (re.compile(r"\b(\d+)/(\d+)\b"), _fraction),
    (re.compile(rf"(?<![\w.]){_DECIMAL}(?![\w])"), _bare_number),
    # An en dash between words is a range ("nine a m–five p m"); spaced, it is a dash in the sentence.
    (re.compile(r"(?<=\w)–(?=\w)"), " to "),
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"\s*/\s*"), " or "),
)

_ABBREVIATION = re.compile(
    "|".join(rf"(?<!\w){re.escape(a)}(?!\w)" for a in sorted(ABBREVIATIONS, key=len, reverse=True))
)


def normalise(text: str) -> str:
    """The words to say for a piece of display text (lexicon entries are already replaced)."""
    first, *rest = RULES  # hyphens between words go before the abbreviations bring "twenty-four"
    text = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(0)], first[0].sub(" ", text))
    for pattern, replacement in rest:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())

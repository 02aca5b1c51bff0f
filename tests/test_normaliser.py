"""The spoken form of tricky tokens from factsheets: what the voice is asked to say."""

from __future__ import annotations

import pytest

from publisher.speech import load_lexicon, speak
from publisher.speech.normaliser import normalise

CASES = [
    # counts
    ("418 arrests", "four hundred and eighteen arrests"),
    ("a total of 437 years", "a total of four hundred and thirty-seven years"),
    ("Over 1,100 migrants", "Over one thousand, one hundred migrants"),
    ("90,000 people", "ninety thousand people"),
    ("over 10 people", "over ten people"),
    ("0 cases", "zero cases"),
    ("2000 people", "two thousand people"),
    ("2,019 claims", "two thousand and nineteen claims"),
    # decimals and percentages
    ("1.5 per cent", "one point five per cent"),
    ("45%", "forty-five per cent"),
    ("12.5 %", "twelve point five per cent"),
    ("3.07", "three point zero seven"),
    # money
    ("£6 million", "six million pounds"),
    ("(€7m)", "(seven million euros)"),
    (
        "£28,990,408.68",
        "twenty-eight million, nine hundred and ninety thousand, four hundred and eight pounds and sixty-eight pence",
    ),
    ("£1.5bn", "one point five billion pounds"),
    ("£500k", "five hundred thousand pounds"),
    ("$9.99", "nine dollars and ninety-nine cents"),
    ("£1", "one pound"),
    ("£0.50", "fifty pence"),
    ("€1,000", "one thousand euros"),
    ("£2.01", "two pounds and one penny"),
    ("$3 billion", "three billion dollars"),
    # years and ranges
    ("In 2019 Immigration", "In twenty nineteen Immigration"),
    ("since 1999 there", "since nineteen ninety-nine there"),
    ("in 2005 we", "in two thousand and five we"),
    ("2018/19", "twenty eighteen to twenty nineteen"),
    ("2018-19", "twenty eighteen to twenty nineteen"),
    ("2021 to 2027", "twenty twenty-one to twenty twenty-seven"),
    ("2021–2027", "twenty twenty-one to twenty twenty-seven"),
    ("1–5 days", "one to five days"),
    ("10-12 weeks", "ten to twelve weeks"),
    # dates
    ("24 January", "the twenty-fourth of January"),
    ("24 January 2019", "the twenty-fourth of January twenty nineteen"),
    ("1st May", "the first of May"),
    ("3rd Sept", "the third of September"),
    ("January 24, 2019", "January the twenty-fourth, twenty nineteen"),
    ("in November 2018 as", "in November twenty eighteen as"),
    ("10/05/2021", "the tenth of May twenty twenty-one"),
    ("31/12/25", "the thirty-first of December twenty twenty-five"),
    ("the 21st century", "the twenty-first century"),
    # times
    ("at 8am", "at eight a m"),
    ("out by 7am.", "out by seven a m."),
    ("at 7:30pm", "at seven thirty p m"),
    ("12:30 a.m.", "twelve thirty a m"),
    ("9.30am", "nine thirty a m"),
    ("14:00", "fourteen hundred"),
    ("09:05", "nine oh five"),
    ("open 24/7", "open twenty-four seven"),
    # phone numbers
    ("Call 0300 123 4567", "Call oh three oh oh, one two three, four five six seven"),
    ("+44 20 7946 0000", "plus four four, two oh, seven nine four six, oh oh oh oh"),
    ("0800 555 0199", "oh eight oh oh, five five five, oh one nine nine"),
    ("Text 07700 900123", "Text oh seven seven oh oh, nine oh oh one two three"),
    ("or 07700900123", "or oh seven seven oh oh nine oh oh one two three"),
    # service numbers, digit by digit; other counts of three digits as numbers
    ("Call 111 if you are not sure", "Call one one one if you are not sure"),
    ("call us on 101", "call us on one oh one"),
    ("Dial 999", "Dial nine nine nine"),
    ("NHS 111 online", "NHS one one one online"),
    ("We made 111 arrests", "We made one hundred and eleven arrests"),
    # symbols, fractions, abbreviations
    ("R & D", "R and D"),
    ("Q&A", "Q and A"),
    ("and/or", "and or"),
    ("he/she", "he or she"),
    ("50/50", "fifty fifty"),
    ("2/3 of staff", "two out of three of staff"),
    ("e.g. this", "for example this"),
    ("i.e. that", "that is that"),
    ("roads, bridges etc.", "roads, bridges et cetera"),
    ("No. 10", "number ten"),
    ("N/A", "not applicable"),
    # hyphenated compounds
    ("real-time", "real time"),
    ("cross-border", "cross border"),
    ("illegally-facilitated", "illegally facilitated"),
    ("well-run", "well run"),
    # web
    ("see gov.uk/guidance now", "see gov dot U K slash guidance now"),
    ("press@homeoffice.gov.uk", "press at homeoffice dot gov dot U K"),
    ("https://www.gov.uk/government/news", "www dot gov dot U K slash government slash news"),
    ("Visit www.nhs.uk.", "Visit www dot nhs dot U K."),
    # units, day and time ranges
    ("below 1°C", "below one degree Celsius"),
    ("450 km of roads", "four hundred and fifty kilometres of roads"),
    ("a 20 mph limit", "a twenty miles an hour limit"),
    ("1.5 kg", "one point five kilograms"),
    ("(Mon–Fri, 9am–5pm)", "(Monday to Friday, nine a m to five p m)"),
    ("Open Sat to Sun.", "Open Saturday to Sunday."),
    ("groups of 10–15 people", "groups of ten to fifteen people"),
    ("a good service – not a slow one", "a good service – not a slow one"),
    # left alone
    ("The NCA and the CPVs", "The NCA and the CPVs"),
    ("Border Force", "Border Force"),
]


@pytest.mark.parametrize(("shown", "said"), CASES)
def test_spoken_form(shown: str, said: str) -> None:
    assert normalise(shown) == said


def test_there_are_at_least_sixty_cases() -> None:
    assert len(CASES) >= 60


LEXICON = load_lexicon()


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        ("It is 24/7 cover.", "It is twenty-four seven cover."),
        ("ongoing co-operation", "ongoing cooperation"),
        ("Co-operation matters", "Cooperation matters"),
        ("See GOV.UK now", "See gov dot U K now"),
        ("FRONTEX and NATO", "Frontex and Nato"),
        ("The UK-France Centre", "The U K France Centre"),
        ("with Police Aux Frontieres.", "with Police oh Front-yair."),
        ("COVID-19 rules", "covid nineteen rules"),
        ("The NCA", "The NCA"),
    ],
)
def test_builtin_lexicon(shown: str, said: str) -> None:
    assert speak(shown, LEXICON)[0] == said


def test_a_lexicon_entry_inside_a_web_address_is_left_to_the_address() -> None:
    said, _ = speak("Visit www.anytown.gov.uk/gritbins or GOV.UK.", LEXICON)
    assert said == "Visit www dot anytown dot gov dot U K slash gritbins or gov dot U K."


def test_lexicon_output_is_not_normalised_again() -> None:
    # "twenty-four seven" keeps its hyphen; "Front-yair" is not split into "Front yair".
    spoken, _ = speak("24/7 with Police Aux Frontieres", LEXICON)
    assert spoken == "twenty-four seven with Police oh Front-yair"


def test_phonemes_go_to_engines_that_take_them() -> None:
    def markup(words: str, phonemes: str) -> str:
        return f"[{words}](/{phonemes}/)"

    spoken, voiced = speak("They met in Calais.", LEXICON, "misaki", markup)
    assert spoken == "They met in Calais."
    assert voiced == "They met in [Calais](/kˈælA/)."
    assert speak("They met in Calais.", LEXICON, "ipa", markup)[1] == "They met in Calais."


def test_seed_sentence_never_says_slash() -> None:
    sentence = "Border Force working closely alongside Police Aux Frontieres as part of a 24/7 operation to:"
    spoken, _ = speak(sentence, LEXICON)
    assert "slash" not in spoken and "/" not in spoken
    assert not any(ch.isdigit() for ch in spoken)

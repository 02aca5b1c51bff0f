"""Guards from a seventeenth set of unseen factsheets (a licence page, a maintenance guide, a health check letter,
street trading, shingles, a water leak letter, courier fraud, radon, school nurses, direct payments, swimming
lessons, a polling station letter, textile recycling, battery fires): each sentence here was rewritten wrongly."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.model import Document
from publisher.plain import restructure
from publisher.plain.series import Bullets
from publisher.plain.words import replace_words
from publisher.sources import load_sources, parse_source


def _written(path: Path, text: str) -> Path:
    """A file written with this text, to read as a source."""
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path) -> Document:
    """A file read as publisher reads a source."""
    return parse_source(load_sources(str(path))[0])


def _shown(pieces: list[str | Bullets]) -> list[str]:
    return [p if isinstance(p, str) else f"{p.intro} {' / '.join(p.items)}" for p in pieces]


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        # a number before a noun the parse took for a verb's subject: 'one copy' is no clause
        (
            "If you use a paper form, you must send one copy to us and one copy each to the police and the "
            "fire service yourself, and they must all get their copies on the same day.",
            "One copy each",
        ),
        # an exception after an aside is the aside's: the centre is shut on those days, and Station Lane is a street
        (
            "Old batteries and vapes can be taken to the recycling centre at Station Lane, which is open every day "
            "from 8am to 6pm, except Christmas Day, Boxing Day and New Year's Day.",
            "Station Lane is open",
        ),
        # a time's clause is no item of a list
        (
            "Please call the surgery on 01632 963 250 after 10am, when the phone lines are less busy, or book online "
            "using the NHS App.",
            "when the phone lines are less busy /",
        ),
        # the list goes on inside its third item's place: 'a street, lay-by or public place'
        (
            "If you want to sell goods or food from a stall, van, barrow or other structure in a street, lay-by or "
            "public place in Elmvale, you will usually need a street trading consent from the council.",
            "/ van /",
        ),
        # the next of a list of questions, not a time
        (
            "Direct payments give you more choice and control over who supports you, when they support you and how.",
            "This is when they support you",
        ),
        # two conditions: the closing one is not asked before the one that opens the sentence
        (
            "We cannot refund or swap lessons that your child misses, but if they are ill for 3 weeks or more in a "
            "row, we will pause your direct debit if you send us a note from a doctor.",
            "you send us a note from a doctor?",
        ),
        # a date after an address given beside a name is the move's
        (
            "The polling station for your area will move to Brook Road Primary School, 2 Brook Road, from the local "
            "elections on Thursday 3 May 2029.",
            "Brook Road Primary School is 2 Brook Road, from",
        ),
        # a deadline after a naming clause is the asking's
        (
            "Or you can ask someone you trust to vote for you, which is called a proxy vote, by 5pm on Wednesday 25 "
            "April.",
            "This is called a proxy vote, by 5pm",
        ),
        # a clause after a list may be about its last thing or all of them, never the first alone
        (
            "Officers also seized 2 knives, more than £12,000 in cash and 14 mobile phones, which will now be "
            "examined.",
            "The 2 knives will",
        ),
        # a phrase with a clause of its own opens the sentence: 'For every 2 books they read.' is no sentence
        (
            "For every 2 books they read, they will get a sticker and a small reward from the library staff.",
            "For every 2 books they read.",
        ),
        # the certificate just named, not any certificate
        (
            "Children who read 6 books will get a medal and a certificate, which will be given out at a special "
            "ceremony in October.",
            "A certificate will be given out",
        ),
        # 'as' with something under way says when, not why
        (
            "Eleven drivers have been prosecuted for misusing Blue Badges in the past year, as the council steps up "
            "checks in its car parks.",
            "This is because the council steps up",
        ),
        # a purpose of one word says too little alone
        (
            "If you are not sure whether someone at your door is genuine, do not let them in, and call us on the "
            "number above to check.",
            "This is to check.",
        ),
        # with nothing else said of it, the deadline is what must be
        (
            "Your last check was on 2 October 2028, so your next check must be done before 2 October 2029.",
            "This must happen before",
        ),
        # the comma is inside the opening clause's examples
        (
            "When our inspectors find a defect, such as a pothole, a sunken drain cover or a cracked paving slab, they "
            "decide how dangerous it is and how quickly it must be repaired.",
            "Then such as",
        ),
        # the map is how it is reported online, not a way of its own
        (
            "You can report a pothole or another problem online, using our map, or by calling 01632 961 600.",
            "/ using our map /",
        ),
        # the next place of the examples, not what anyone is doing
        (
            "Anyone who walks more than 4 dogs at once on council land in Oakbridge, including parks, playing fields "
            "and nature reserves, must have a professional dog walker permit.",
            "Anyone is playing",
        ),
        # the date is the place's, not the preference's
        (
            "I am pleased to tell you that your child has been offered a place at Riverside Academy, which was your "
            "second preference, from September 2030.",
            "This was your second preference, from September",
        ),
        # what the neighbour says is still the clause's; 'is' says one thing
        (
            "We have received a complaint about noise from the heat pump at your property, which your neighbour says "
            "can be heard in their bedroom at night and is stopping them from sleeping.",
            "They is",
        ),
        # a describing word before a comma is the next noun's
        (
            "You may also want to try mediation, where a trained, independent mediator helps neighbours to talk to "
            "each other and agree a solution.",
            "where a trained.",
        ),
        # a measure after a comma is the thing's before it
        (
            "Bed bugs are small, flat insects, about 5 millimetres long, that feed on human blood, usually at night.",
            "About 5 millimetres",
        ),
        # after an order, a verb with no subject after ', and' is the next order, not more of the reason
        (
            "Ask your GP or pharmacist to check your medicines at least once a year, as some medicines can make you "
            "feel dizzy or sleepy, and have your eyes tested every year.",
            "This is because some medicines can make you feel dizzy or sleepy, and have",
        ),
        # 'but not your name' has no verb of its own
        (
            "The card has a unique number and our 24-hour phone number on it, but not your name or address, so it is "
            "safe to carry.",
            "But not your name",
        ),
        # one of the advisers is no 'It'
        (
            "One of our advisers will help you to fill in the form, which takes about 30 minutes, and will check the "
            "plan with you every year, or sooner if anything changes.",
            "It will check",
        ),
        # a measure of the areas, with the sentence going on after it
        (
            "We will cut around 60 areas of grass, covering about 14 hectares, only twice a year, in March and "
            "September, instead of every 3 weeks from April to October.",
            "We will cover",
        ),
        # 'an extra sink, cooker and fridge': every one is extra
        ("For every extra 5 people, or part of 5, there must be an extra sink, cooker and fridge.", "/ cooker /"),
        # what people are helped to do, after the reason they need help
        (
            "Our volunteer driver scheme helps people who cannot use buses or taxis, because of their age, a "
            "disability or where they live, to get to medical appointments, the shops and social activities.",
            "This is to get to",
        ),
        # the examples are the condition's
        (
            "If you break your tenancy agreement, for example by not paying your rent, causing a nuisance to your "
            "neighbours or damaging the property, we can extend your introductory tenancy by 6 months, or ask the "
            "court to end it.",
            "For example by not paying",
        ),
        (
            "If your situation changes, for example you have a baby or become ill, tell the council straight away.",
            "Does your situation change?",
        ),
        (
            "If your situation changes, for example you have a baby or become ill, tell the council straight away.",
            "Sometimes your situation changes.",
        ),
        # the next of the questions 'explains' takes
        (
            "This page explains what happens during the first year of your tenancy, which is called an introductory "
            "tenancy, and what you need to do to keep your home.",
            "This is called an introductory tenancy, and what",
        ),
        # where the vaccine is given is the giving's
        (
            "Children aged 2 and 3 get their flu vaccine, which is a spray up the nose rather than an injection, at "
            "their GP surgery, and school-aged children are offered it at school.",
            "This is a spray up the nose rather than an injection, at",
        ),
        # the next thing done after a clause about the roof is ours
        (
            "The library will be closed from Monday 3 March to Friday 30 May, while we replace the roof, which has "
            "been leaking for several months, and install new lighting and heating.",
            "This has been leaking for several months, and install",
        ),
        # two describing words of one noun are no thing and its other name
        (
            "We are sorry for any trouble, and we look forward to welcoming you back to a warmer, brighter library in "
            "June.",
            "A warmer is",
        ),
        # how the fee is paid is the paying's
        (
            "We will pay the rest of the care home's fee, which is £1,045 a week, directly to the care home.",
            "This is £1,045 a week, directly",
        ),
        # 'as' with work under way says when, not why
        (
            "Drivers can now apply for a grant of up to £5,000 towards the cost of an electric vehicle, as the council "
            "works towards its target of a zero-emission taxi fleet by 2035.",
            "This is because the council works",
        ),
        # what we will do is no order to the reader, whatever the parse made the root
        (
            "We will look around your home with you, check that your smoke alarms work, and talk to you about what to "
            "do if there is a fire, including how you would get out.",
            "Check that your smoke alarms work.",
        ),
        # the clause after the people is the alarm's
        (
            "We may also give you free equipment, such as fire-resistant bedding or a special alarm for people who are "
            "deaf or hard of hearing, which vibrates or flashes.",
            "This is for people who are deaf",
        ),
        # said in the time of the nearest verb, past the noun the parse hung 'with' on
        (
            "More than 4,200 young people voted in this year's youth council elections, the highest turnout since "
            "2015, with votes cast in every secondary school and college in the borough.",
            "Votes are cast",
        ),
        # what a day changes from and to is no time
        (
            "From the week beginning Monday 6 April 2032, the day we collect your bins will change from Tuesday to "
            "Thursday.",
            "This will happen from Tuesday to Thursday.",
        ),
        # the comparison is the opening hours', not the examples'
        (
            "They will be open from 8am to 8pm every day, including Sundays and bank holidays, instead of the 22 hours "
            "a week that they are open now.",
            "This includes Sundays and bank holidays, instead of",
        ),
    ],
)
def test_an_unseen_sentence_is_not_rewritten_wrongly(sentence: str, wrong: str) -> None:
    pieces, _ = restructure(sentence)
    assert not any(wrong in piece for piece in _shown(pieces))


def test_two_short_clauses_joined_by_a_comma_alone_become_two_sentences() -> None:
    pieces, _ = restructure(
        "It is free, it can be changed whenever you both agree, and it does not have to be paid in money."
    )
    assert pieces[:2] == ["It is free.", "It can be changed whenever you both agree."]


@pytest.mark.parametrize(
    "sentence",
    [
        # the commas part a condition's list, not two sentences
        "You can apply if it is your only or main home, it is self-contained, and you have had a council landlord "
        "for at least 3 years.",
        "We chose the school because it is close to the old polling station, it has step-free access, and it is "
        "large enough for the number of voters in your area.",
        # 'so' links the second clause to the first
        "Your permit is digital, so you will not get a paper permit to put in your car.",
    ],
)
def test_commas_inside_a_condition_or_before_so_part_no_sentences(sentence: str) -> None:
    pieces, _ = restructure(sentence)
    assert not any(p.startswith(("It is self-contained", "It has step-free", "So you will")) for p in _shown(pieces))


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # a word that describes the noun after it keeps its form
        ("With Collect and Pay, the receiving parent has 4% taken off each payment.", "the receiving parent"),
        ("Some streets are prohibited streets, where trading is never allowed.", "are prohibited streets"),
        ("Dogs are prohibited from the play area.", "are prohibited from"),
        # 'attend' with no place after it is 'go'
        ("Anyone who wishes to attend must tell the team by 5pm.", "Anyone who wants to go must"),
        ("Pupils who do not attend will be marked absent.", "Pupils who do not go will"),
        ("Tell us which surgery you will attend.", "which surgery you will go to."),
        # 'free from residents' would say without them
        ("The recycling centres accept garden waste free of charge from residents.", "for free from residents"),
    ],
)
def test_a_plain_word_fits_where_it_stands(sentence: str, plain: str) -> None:
    assert plain in replace_words(sentence)[0]


def test_a_verb_said_of_its_subject_is_still_made_plain() -> None:
    assert replace_words("Smoking is prohibited in all council buildings.")[0] == (
        "Smoking is not allowed in all council buildings."
    )
    assert replace_words("You will keep receiving your pension.")[0] == "You will keep getting your pension."


def test_a_letters_subject_above_its_greeting_is_its_title_and_its_email_stays(tmp_path: Path) -> None:
    letter = _written(
        tmp_path / "letter.txt",
        "Electoral Services\nElmvale Borough Council\nTel: 01632 960 300\nEmail: elections@elmvale.gov.uk\n\n"
        "To the occupier\n\n28 March 2029\n\nChange to your polling station\n\nDear Resident\n\n"
        "I am writing to let you know that your polling station will move to the library from May.\n\n"
        "Please contact us if you have any questions.\n\nYours faithfully\n\nKaren Doyle\n",
    )
    document = _read(letter)
    assert document.title == "Change to your polling station"
    paragraphs = [item for s in document.sections for b in s.blocks for item in b.items]
    assert "Email: elections@elmvale.gov.uk" in paragraphs


def test_as_with_what_has_happened_is_still_a_reason() -> None:
    pieces, _ = restructure(
        "I am writing to remind you about the rules on taking children out of school during term time, as the "
        "number of requests has risen this year."
    )
    assert "This is because the number of requests has risen this year." in pieces


@pytest.mark.parametrize(
    ("publisher", "dateline", "day"),
    [
        ("Oakbridge Police", "Westmere District Council, 9 July 2029", "2029-07-09"),
        ("Oakbridge Police", "Oakbridge Police news release, 22 May 2029", "2029-05-22"),
        ("Oakbridge Police", "Westmere County Libraries, 4 June 2031", "2031-06-04"),
        ("NHS Westmere and Oakbridge Integrated Care Board", "Monday 7 October 2030", "2030-10-07"),
        ("Elmvale Police and Elmvale Council joint press release", "7 October 2030", "2030-10-07"),
    ],
)
def test_a_releases_publisher_and_dateline_under_its_title_are_no_headings(
    tmp_path: Path, publisher: str, dateline: str, day: str
) -> None:
    release = _written(
        tmp_path / "release.txt",
        f"Drivers fined for misusing badges\n\n{publisher}\n\n{dateline}\n\n"
        "Eleven drivers have been fined for misusing Blue Badges in the past year, the council said today.\n\n"
        "If you think someone is misusing a badge, you can report it online or by phone.\n",
    )
    document = _read(release)
    assert document.title == "Drivers fined for misusing badges"
    assert not any(s.title in (dateline, publisher) for s in document.sections)
    assert document.published.date().isoformat() == day


def test_another_way_after_online_is_still_a_way() -> None:
    pieces, _ = restructure(
        "You can record your decision on the register online, through the National Health Service App, or by "
        "calling 0300 123 23 23."
    )
    assert any(isinstance(p, Bullets) and "online" in p.items for p in pieces)


def test_a_letter_signed_by_a_job_alone_is_from_the_job() -> None:
    from publisher.model import Block
    from publisher.plain.letters import said_from

    blocks, _ = said_from([Block("paragraph", (line,)) for line in ("Yours faithfully", "Head of School Admissions")])
    assert blocks[-1].items == ("This letter is from the Head of School Admissions.",)


def test_a_parts_title_is_never_made_from_a_web_address() -> None:
    from publisher.sources.naming import derive_titles

    titles = derive_titles(
        [
            "More than 600 households have had free insulation fitted in the first year of the scheme.",
            "To find out more, visit oakbridge.gov.uk/warmerhomes or email warmhomes@oakbridge.gov.uk today.",
        ]
    )
    assert not any("oakbridge" in t.lower() for t in titles)


def test_a_clause_that_says_where_twice_is_still_a_sentence() -> None:
    pieces, _ = restructure(
        "Please call the TB service on 01632 960 505 within 2 weeks to book your test, which can be done at the "
        "hospital or, in some cases, at a clinic near your home."
    )
    assert "This can be done at the hospital or, in some cases, at a clinic near your home." in pieces


def test_a_letter_signed_by_the_body_says_the_in_lower_case() -> None:
    from publisher.model import Block
    from publisher.plain.letters import said_from

    blocks, _ = said_from([Block("paragraph", (line,)) for line in ("Yours sincerely", "The Pension Service")])
    assert blocks[-1].items == ("This letter is from the Pension Service.",)


def test_a_definition_list_of_short_terms_over_answers_heads_each_answer(tmp_path: Path) -> None:
    page = _written(
        tmp_path / "help.html",
        "<html><head><title>Help with the cost of living</title></head><body><main><h1>Help with the cost of "
        "living</h1><p>There is help available from the council and local charities if you are struggling.</p><dl>"
        "<dt>I cannot afford food this week.</dt><dd>Contact our Household Support team on 01632 960 610, and we "
        "can give you a supermarket voucher.</dd><dt>Can I get help with my rent?</dt><dd>If your benefits do not "
        "cover all of your rent, you can apply for a Discretionary Housing Payment.</dd></dl></main></body></html>",
    )
    document = _read(page)
    assert [s.title for s in document.sections][1:] == [
        "I cannot afford food this week.",
        "Can I get help with my rent?",
    ]


def test_a_month_or_an_addressee_at_a_letters_top_is_no_title(tmp_path: Path) -> None:
    letter = _written(
        tmp_path / "letter.txt",
        "Waste and Recycling Services\nOakbridge Council\nCivic Offices, High Street, Oakbridge OB1 2CC\n\n"
        "March 2032\n\nTo the householder\n\n"
        "Your bin collection day is changing\n\nFrom April, the day we collect your bins will change to Thursday, "
        "because new homes have been built.\n\nPlease put your bins out by 7am on your collection day.\n",
    )
    assert _read(letter).title == "Your bin collection day is changing"

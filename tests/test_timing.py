"""A time limit at the end of a long sentence said as a sentence of its own, with a doer or a tense
that keeps its meaning, and left where it is when neither can be said; two times or places as bullets."""

from __future__ import annotations

import pytest

from publisher.plain import restructure
from publisher.plain.series import Bullets
from publisher.plain.timing import at_time_limit, times_as_bullets
from publisher.plain.ways import two_ways_as_bullets, ways_as_bullets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Send the signed form back to the housing office within 14 days of the date on the letter",
            ["Send the signed form back to the housing office", "Do this within 14 days of the date on the letter"],
        ),
        (
            "You must tell the council about any change to your income before the end of the month",
            [
                "You must tell the council about any change to your income",
                "You must do this before the end of the month",
            ],
        ),
        (
            "Tenants should report a leak to the repairs team within 2 hours of finding it",
            ["Tenants should report a leak to the repairs team", "They should do this within 2 hours of finding it"],
        ),
        (
            "A replacement recycling box will be left outside your home within 5 working days of your request",
            [
                "A replacement recycling box will be left outside your home",
                "This will happen within 5 working days of your request",
            ],
        ),
        (
            "The reduced fare will stay in place for all passengers on every route until the end of next year",
            [
                "The reduced fare will stay in place for all passengers on every route",
                "This will last until the end of next year",
            ],
        ),
        (
            "You can report a missed bin to the council by filling in the form on our website",
            ["You can report a missed bin to the council", "You can do this by filling in the form on our website"],
        ),
        (
            # what happens to you ('get a letter') is said as what happens, not as what you do
            "You should get a letter from the council about your new bill within 2 weeks of your call",
            [
                "You should get a letter from the council about your new bill",
                "This should happen within 2 weeks of your call",
            ],
        ),
    ],
)  # fmt: skip
def test_a_closing_time_limit_becomes_its_own_sentence(sentence: str, expected: list[str]) -> None:
    assert at_time_limit(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the rash spreads, not 'this': 'This happens before spreading' would say otherwise
        "The rash usually starts on the face and behind the ears before spreading to the rest of the body",
        # 'from' needs the phrase after it ('booked from.' is no sentence)
        "Places on the holiday club can be booked through the website from 4 weeks before the start of each holiday",
        # a means with no doer to say it again: never 'This happens by applying a discount'
        "The amount you pay each month will be reduced by applying the discount for a single adult household",
        # a short time stays in its sentence, and so does one that is not about the main verb
        "Your green bin should be put at the edge of your property by 7am on the day of collection",
        "This is because the helpline will not be able to answer questions about single payments before that date",
        # a negative main verb: 'You must not do this before X' would need the 'not' moved with care
        "You must not put the bin out for collection at the edge of your property before 6pm the day before",
    ],
)
def test_a_time_limit_stays_where_moving_it_would_change_the_meaning(sentence: str) -> None:
    assert at_time_limit(sentence) is None


def test_two_times_or_places_joined_by_and_become_bullets() -> None:
    assert times_as_bullets(
        "The advice centre is open from 9am to 7pm on weekdays and from 10am to 2pm on Saturdays and Sundays"
    ) == [
        Bullets(
            "The advice centre is open:", ("from 9am to 7pm on weekdays", "from 10am to 2pm on Saturdays and Sundays")
        )
    ]
    # the parser joins the second 'between' to the verb: the first phrase is still the verb's first
    assert times_as_bullets(
        "Road works will usually take place between 8am and 5pm on Monday to Friday "
        "and between 9am and noon on Saturdays"
    ) == [Bullets("Road works will usually take place:", ("between 8am and 5pm on Monday to Friday",
                                                          "between 9am and noon on Saturdays"))]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "The first payment is expected to be made in autumn 2026 and the second one in spring 2027",  # no phrase
        "You can phone the team on 0800 123 456 between 9am and 5pm, and the office is open from 10am to 4pm",
        "Help is available from 9am on weekdays and at any time through the website that the council runs",  # unlike
        "If you cannot get free treatment, you may still be able to get help, which you can get from 9am to "
        "5pm and from 10am to noon on Saturdays",  # a long introduction with commas
        "It is open from 9am to 5pm and from 10am to 1pm",  # short enough as it is
        "This follows a long review of the scheme's impact on passenger numbers and on the finances of bus firms",
        "It is usually open between 9am and 11pm on weekdays and at any time at weekends and on bank holidays",
    ],
)
def test_times_that_are_not_a_schedule_stay_in_their_sentence(sentence: str) -> None:
    assert times_as_bullets(sentence) is None


def test_three_ways_of_doing_a_thing_become_bullets() -> None:
    assert ways_as_bullets(
        "You can pay online at our website, by phone on 0300 123 4567, or in person at any post office in the county"
    ) == [Bullets("You can pay:", ("online at our website", "by phone on 0300 123 4567",
                                   "in person at any post office in the county"))]  # fmt: skip
    # the last way keeps the commas of its address
    assert ways_as_bullets(
        "You can send your views online at our website, by filling in a paper form at any library, or by "
        "writing to the Planning Team, Town Hall, Market Square, Northtown NT1 1AA"
    ) == [Bullets("You can send your views:", ("online at our website", "by filling in a paper form at any library",
                                               "by writing to the Planning Team, Town Hall, Market Square, "
                                               "Northtown NT1 1AA"))]  # fmt: skip
    assert ways_as_bullets("You can contact us by email, and we will reply by post within 10 days, or by phone") is None
    assert ways_as_bullets("You can pay online, by phone, or by post") is None  # short enough as it is


def test_two_ways_of_doing_a_thing_in_a_long_sentence_become_bullets() -> None:
    assert two_ways_as_bullets(
        "You can order a replacement bin online at www.example.gov.uk/bins or by calling 01234 567 890 between 9am "
        "and 5pm, Monday to Friday"
    ) == [Bullets("You can order a replacement bin:", ("online at www.example.gov.uk/bins",
                                                       "by calling 01234 567 890 between 9am and 5pm, Monday to "
                                                       "Friday"))]  # fmt: skip
    assert two_ways_as_bullets(
        "You can find out which ward you live in by entering your postcode on our website, or by calling the "
        "elections office"
    ) == [Bullets("You can find out which ward you live in:", ("by entering your postcode on our website",
                                                               "by calling the elections office"))]  # fmt: skip
    assert two_ways_as_bullets("You can pay online or by phone") is None  # short enough as it is


def test_the_list_of_two_ways_is_sound_on_the_page() -> None:
    pieces, _ = restructure(
        "You can find out which ward you live in by entering your postcode on our website, or by calling the "
        "elections office."
    )
    assert pieces == [Bullets("You can find out which ward you live in:", ("by entering your postcode on our "
                                                                           "website", "by calling the elections "
                                                                           "office"))]  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        # a time, a participle or a task after the last way is said of both ways
        "Every tenant will get a copy of the new agreement by email or by post during the first week of March",
        "You can use the reference number online or by phone within 28 days of the date of this letter",
        "Report the stolen bike to us online or by calling 101, giving the frame number and a photo if you have one",
        "Treat your child straight away, either by wet combing every 4 days, or by using a lotion from a pharmacy, "
        "and check everyone else at home",
        # three ways, the first two parted by a comma only
        "The interview may take place by phone, by video call or in person at the assessment centre in the town",
        # examples of what came before, not ways to do it
        "A notice may be served when the tenant has broken the terms of the tenancy, for example by not paying the "
        "rent or by causing damage",
        # the doer of a passive verb is no way of doing a thing
        "Your claim will be checked by an officer from the benefits team or by calling your employer to confirm it",
    ],
)
def test_words_said_of_both_ways_keep_the_sentence_whole(sentence: str) -> None:
    assert two_ways_as_bullets(sentence) is None

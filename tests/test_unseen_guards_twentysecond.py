"""Guards from a sixty-ninth set of unseen factsheets: each case here, in this project's words, was read wrongly or
left too long before."""

from __future__ import annotations

from publisher.plain.words import replace_words

from .said import restructured as _said


def test_conditions_each_with_their_own_list_are_bullets() -> None:
    # the first condition's own list ('wet, rotten or loose') and the second's kept the three as one sentence
    assert _said(
        "We will replace a fence on council land if it is wet, rotten or loose, if it is blocking a path, drive "
        "or gate, or if its posts are leaning into the road."
    ) == [
        "We will replace a fence on council land if: it is wet, rotten or loose / it is blocking a path, drive or "
        "gate, or / its posts are leaning into the road"
    ]


def test_a_condition_after_that_is_not_cut_from_its_main_clause() -> None:
    # ('This means that if A, and B, or C.' was left a fragment, its main clause a sentence after it)
    said = _said(
        "This means that if we had inspected the bridge in line with our checking policy, and the crack had not been "
        "reported to us, or we were still within the time allowed to mend it, your claim is likely to be turned down."
    )
    assert not any(s.rstrip(".").endswith("allowed to mend it") for s in said)
    assert any("your claim is likely to be turned down" in s for s in said)


def test_part_of_is_said_in_the_tense_of_the_main_verb() -> None:
    # ('with no questions asked' made 'This was part of' in a sentence said in the present)
    assert _said(
        "Residents are being invited to bring old paint tins to the depot, with no charges applied, as part of a "
        "clean-up week which begins on Monday 2 March."
    ) == [
        "Residents are being invited to bring old paint tins to the depot, with no charges applied.",
        "This is part of a clean-up week which begins on Monday 2 March.",
    ]


def test_what_others_find_is_not_asked_of_the_reader() -> None:
    # was 'Is your garden found to be overgrown?'
    said = _said(
        "If your garden is found to be overgrown, you will receive a letter asking you to tidy it within 14 days."
    )
    assert not any(s.endswith("?") for s in said)
    assert said[0] == "Sometimes your garden is found to be overgrown."


def test_who_just_after_a_person_s_job_is_said_of_that_person() -> None:
    # 'who' right after 'the registered keeper' was taken for anything, and the sentence was left at 24 words
    assert _said(
        "Our wardens will send the notice to the registered keeper, who will then have 28 days to pay it or to tell "
        "us who was using the car."
    ) == [
        "Our wardens will send the notice to the registered keeper.",
        "This person will then have 28 days to pay it or to tell us who was using the car.",
    ]
    # ('the views of many residents of the consultation area, who told us X': not the area's)
    said = _said(
        "This follows the views of many people who took part in the consultation, who told us that the opening "
        "hours did not suit people who work during the day."
    )
    assert not any(s.startswith("This person") for s in said)


def test_two_things_of_a_closing_condition_with_no_comma_between_them_are_listed() -> None:
    assert _said(
        "You should phone your surgery or the health visitor team if you are over 75 years old and have not been "
        "offered the vaccine this autumn."
    ) == [
        "You should phone your surgery or the health visitor team if you: are over 75 years old, and / "
        "have not been offered the vaccine this autumn"
    ]
    # two clauses with their own subjects, either of which will do
    assert _said(
        "The landlord is also responsible for dealing with the leak if the gutter is blocked or the roof tiles are "
        "broken."
    ) == [
        "The landlord is also responsible for dealing with the leak if: the gutter is blocked, or / "
        "the roof tiles are broken"
    ]


def test_a_closing_condition_is_not_listed_where_it_is_no_list_of_two() -> None:
    for sentence in (
        # 'see if' asks whether, and the 'or' joins a second main clause
        "You can check online to see if the item can be collected by a local charity or items can be taken to the "
        "tip for free.",
        # one helper for both: 'refused' is no item without its 'is'
        "We do not usually give any refunds if a permit is taken away or refused for any reason during the permit "
        "period.",
    ):
        said = _said(sentence)
        assert not any(": " in s and " / " in s for s in said), said


def test_a_reason_comes_before_an_even_if_that_it_does_not_explain() -> None:
    said = _said(
        "Your claim is likely to be turned down, even if the crack caused the damage, because the law lets us use "
        "this as a defence."
    )
    assert said[-1] == "This applies even if the crack caused the damage."
    assert said[-2] == "This is because the law lets us use this as a defence."


def test_two_times_each_with_its_own_when_are_listed() -> None:
    assert _said(
        "A parking permit can only be used when the holder is staying at the address or when the car is being used "
        "to visit the holder at the address."
    ) == [
        "A parking permit can only be used when: the holder is staying at the address, or / the car is being used "
        "to visit the holder at the address"
    ]


def test_things_asked_or_told_are_bullets_after_their_verb() -> None:
    assert _said(
        "The log sheets tell us at what time of night the barking starts, how long it lasts, which rooms you hear "
        "it in and how it affects your sleep."
    ) == [
        "The log sheets tell us: at what time of night the barking starts / how long it lasts / which rooms you hear "
        "it in / how it affects your sleep"
    ]
    # ('Find out' keeps its 'out'; 'including who, how much and when' is left to the list of what is included)
    assert _said(
        "Find out what you need to do if you think a bike has been dumped, how to get your own bike back and how the "
        "council deals with dumped bikes."
    )[0].startswith("Find out: what you need to do")
    said = _said(
        "This leaflet explains the new grant that the council will pay during the 2027 to 2028 year, including who "
        "can get it, how much it is and when it will be paid."
    )
    assert not any(s.startswith("This leaflet explains: ") for s in said)


def test_a_condition_spliced_on_after_a_sentence_opens_the_next() -> None:
    assert _said(
        "We compare the signature with the one on your application form, if they do not match, we reject the vote."
    ) == [
        "We compare the signature with the one on your application form.",
        "If they do not match, we reject the vote.",
    ]
    # ('and outside these hours, if A, you should B': the words after the comma are the condition's sentence)
    said = _said(
        "The team can be phoned on 01632 960 500 between 9am and 5pm on weekdays, and outside these hours, if you have "
        "nowhere safe to sleep, you should call our emergency line."
    )
    assert not any(s.endswith("and outside these hours.") for s in said)


def test_three_conditions_are_listed_when_the_last_is_long() -> None:
    # the last condition, 22 words, kept all three in one sentence of 40
    assert _said(
        "You may get help with the cost of travel if you are aged 16, 17 or 18 on 31 August, you live in the "
        "county, and you are going to a school, college or training provider for a full-time course of at least "
        "540 guided hours a year."
    ) == [
        "You may get help with the cost of travel if: you are aged 16, 17 or 18 on 31 August / you live in the "
        "county, and / you are going to a school, college or training provider for a full-time course of at least "
        "540 guided hours a year"
    ]


def test_one_subject_of_two_bare_nouns_is_not_cut_between_conditions() -> None:
    # was 'the fire is in your flat or smoke, or' / 'heat is affecting you'
    said = _said(
        'Because of this, the advice in most blocks is to "stay put" unless the fire is in your flat or smoke or '
        "heat is affecting you."
    )
    assert not any("or smoke, or" in s for s in said)


def test_a_phrase_said_of_a_whole_list_is_not_left_on_its_last_item() -> None:
    # was 'Most scooters are stolen from:' / 'outside homes' / 'bus stations' / 'shopping areas, often at night'
    said = _said(
        "Most scooters are stolen from outside homes, bus stations and shopping areas, often at night, and thieves "
        "can break a cheap lock in a few seconds."
    )
    assert not any(s.endswith("often at night") for s in said)
    assert said[0] == "Most scooters are stolen from outside homes, bus stations and shopping areas, often at night."


def test_an_it_that_stands_for_what_follows_is_no_more_of_a_condition() -> None:
    # the clause after ', and' was read as more of 'if it is found', and the sentence was left at 40 words
    assert _said(
        "Marking your scooter makes it far easier for the police to give it back to you if it is found, and it is also "
        "a good idea to keep a photo of your scooter and a note of its make and colour."
    ) == [
        "Marking your scooter makes it far easier for the police to give it back to you if it is found.",
        "It is also a good idea to keep a photo of your scooter and a note of its make and colour.",
    ]


def test_a_verb_that_cannot_share_the_condition_s_subject_keeps_the_condition_in_place() -> None:
    # was 'This does not apply if it is paid within 24 hours and include a link to a website ...'
    said = _said(
        "The letters tell people that the charge will rise unless it is paid within 48 hours and include a phone "
        "number that looks like the council's own helpline."
    )
    assert not any(s.startswith("This does not apply if") for s in said)


def test_an_order_after_the_second_way_is_not_part_of_it() -> None:
    # was 'Report what happened to the fraud team:' / 'online' / 'by calling 0300 123 2040, and forward the text ...'
    said = _said(
        "Report what happened to the fraud team online or by calling 0300 123 2040, and forward the text message to "
        "7726."
    )
    assert not any("2040, and forward" in s and " / " in s for s in said)


def test_a_second_order_after_and_do_not_is_said_on_its_own() -> None:
    # an aside in the second order ('such as rugby or football') kept both in one sentence of 38 words
    assert _said(
        "Do not drive, cycle or use tools until you feel you have fully recovered, and do not play contact sports, "
        "such as rugby or hockey, for at least 3 weeks without asking your doctor first."
    ) == [
        "Do not drive, cycle or use tools until you feel you have fully recovered.",
        "Do not play contact sports, such as rugby or hockey, for at least 3 weeks without asking your doctor first.",
    ]
    # (after a series of orders, the last is said with the others)
    assert _said(
        "Light them at arm's length using a taper, stand well back, and never go back to a firework once it has "
        "been lit."
    )[:2] == ["Light them at arm's length using a taper.", "Stand well back."]


def test_things_listed_after_a_colon_are_bullets() -> None:
    assert _said(
        "You can get the grant if you live in the county and you get one of the following: Universal Credit with "
        "earnings of £7,400 a year or less, income-based Jobseeker's Allowance, Income Support, or Pension Credit."
    ) == [
        "You can get the grant if you live in the county and you get one of the following: Universal Credit with "
        "earnings of £7,400 a year or less / income-based Jobseeker's Allowance / Income Support / Pension Credit"
    ]
    # (a label before a colon is no sentence to list after)
    said = _said("Arms: the person may not be able to lift both arms, keep them up, or hold anything in them.")
    assert not any(s.startswith("Arms: ") and " / " in s for s in said)


def test_two_conditions_each_with_its_own_where_are_listed() -> None:
    assert _said(
        "We will not approve a new crossing where there is a tree, a lamp post or a bin in the way, or where the "
        "crossing would be within 10 metres of a junction."
    ) == [
        "We will not approve a new crossing where: there is a tree, a lamp post or a bin in the way, or / the "
        "crossing would be within 10 metres of a junction"
    ]
    # ('where there is a scheme, on a bend or junction, or where X': the bend is a place of its own; 'if A - for
    # example, if B': the second is an example of the first)
    for sentence in (
        "We will not normally agree to a bay in a street where there is a residents' parking scheme, on a bend or "
        "junction, or where the road is too narrow to let other traffic pass.",
        "You can be given longer to make your claim if the office agrees that there is a good reason – for example, "
        "if you are unwell or need help to make your claim.",
    ):
        said = _said(sentence)
        assert not any(": " in s and " / " in s for s in said), said


def test_a_second_condition_with_its_own_list_is_one_item() -> None:
    # ('A, or B, C or D': the things after 'you get' are the second condition's, which kept all in one sentence)
    assert _said(
        "If you are over 70, or you get Universal Credit, Pension Credit or Housing Benefit, you can get half off "
        "your membership."
    ) == [
        "You can get half off your membership if: you are over 70, or / you get Universal Credit, Pension Credit or "
        "Housing Benefit"
    ]


def test_jury_service_is_done_not_got() -> None:
    # was 'You may not be able to get jury service if ...' ('eligible for' is said 'able to get' for a benefit)
    said = replace_words("You may not be eligible for jury service if you are on bail.")[0]
    assert said == "You may not be able to do jury service if you are on bail."
    assert replace_words("You may be eligible for a refund.")[0] == "You could get a refund."

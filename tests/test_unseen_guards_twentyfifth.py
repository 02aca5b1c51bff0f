"""Guards from a seventy-second set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from publisher.sources.naming import derive_titles

from .said import restructured as _said


def test_only_keeps_its_reason() -> None:
    # was 'You can only be stopped and searched.' 'This is because of your appearance if X.': 'only' is the reason's
    for sentence in (
        "A warden can only ask you to move your car because of the roadworks if a sign has been put up.",
        "We can only offer your child a place at the club because another child has left the group this term.",
    ):
        assert _said(sentence) == [sentence]
    # a reason after a comma is still said on its own
    said = _said("You can only use the pass after half past nine, because the buses are very busy before then.")
    assert said[-1] == "This is because the buses are very busy before then."


def test_following_the_instructions_is_how_the_reader_does_it() -> None:
    # was 'This follows the instructions on the tin carefully and wearing a mask.'
    said = _said(
        "If the paint on the wall starts to flake, you can usually seal it with a primer that contains a binder, "
        "following the instructions on the tin carefully and wearing a mask."
    )
    assert not any(s.startswith("This follows") for s in said)
    # after an order, the instructions are still an order of their own
    said = _said("Wash the area with a mild soap from the chemist, following the instructions on the pack.")
    assert said[-1] == "Follow the instructions on the pack."


def test_a_colon_inside_a_name_opens_no_list() -> None:
    # was 'using the Blue Route:' / 'Parking Finder app' / 'which shows you a free bay' / 'a charging point nearby'
    said = _said(
        "Most drivers can find a space online using the Blue Route: Parking Finder app, which shows you a free bay "
        "or a charging point nearby."
    )
    assert not any(":" in s.split(" / ")[0] and " / " in s for s in said)
    assert not any("which shows" in s.split(" / ", 1)[-1] and " / " in s for s in said)


def test_a_sentence_and_the_sentence_that_explains_it_are_two() -> None:
    # was one sentence of 21 words, its colon a full stop the parse could not see
    said = _said("Three injections are needed: the first is given at 8 weeks old and the last one just after 16 weeks.")
    assert said == [
        "Three injections are needed.",
        "The first is given at 8 weeks old and the last one just after 16 weeks.",
    ]
    # a colon that leads into a list, or into what it points at, is not a full stop
    sentence = "There are three ways to pay the charge: online with a card, by phone or at the town hall."
    assert not _said(sentence)[0].endswith("charge.")
    sentence = "The reason we are closing the road is this: the old bridge has become unsafe for heavy lorries."
    assert _said(sentence)[0].startswith("The reason we are closing the road is this")


def test_one_that_is_a_number_points_at_nothing() -> None:
    # was left as one sentence of 22 words: 'in one or both knees' was read as 'one' standing for a thing named before
    said = _said(
        "You should get advice from 111 straight away if you suddenly lose the feeling in one or both of your feet."
    )
    assert said[-1] == "You should get advice from 111 straight away."
    # 'if you have one' still points back at what the sentence named
    sentence = "Bring your own reading glasses to the eye test at the library if you have one."
    assert _said(sentence) == [sentence]


def test_a_title_found_in_a_part_does_not_open_with_a_verb() -> None:
    # was 'Stop getting Universal Credit': a part's title that reads as an order
    titles = derive_titles(
        [
            "Thank you for your claim for help with school meals. We have agreed to pay you £90 a term. Because you "
            "get Pension Credit, you may also get help with travel.",
            "If any of the details you gave us change, for example if you stop getting Pension Credit before we pay "
            "you, please let us know straight away.",
        ]
    )
    assert titles[1] != "Stop getting Pension Credit"
    assert titles[1].split()[0].lower() not in ("stop", "getting")


def test_an_order_with_an_exception_and_a_reason_says_only() -> None:
    # was 'Do not visit the ward.' 'This is because X.' 'This does not apply if a nurse has asked you to.': the
    # exception came after the reason, as if the reason were the exception's
    said = _said(
        "Do not visit the ward unless a nurse has asked you to, as you could pass the infection on to patients who "
        "are already very ill."
    )
    assert said == [
        "Only visit the ward if a nurse has asked you to.",
        "This is because you could pass the infection on to patients who are already very ill.",
    ]
    # an order about anyone keeps its exception said apart ('Only share them with anyone if' says something else)
    said = _said(
        "Do not lend your blue badge to anyone unless they are driving you, because it can be taken away if it is "
        "misused."
    )
    assert said[0] == "Do not lend your blue badge to anyone."


def test_an_order_after_a_misread_clause_is_still_an_order() -> None:
    # was 'They keep them at home until X.': the parse took 'Ring' for a noun, and the order got the clause's subject
    said = _said(
        "Ring the nursery on the first morning they are poorly, and keep them at home until they are well enough to "
        "go back."
    )
    assert not any(s.startswith("They keep") for s in said)


def test_a_hyphened_thing_is_named_whole() -> None:
    # was 'This up is for adults in X.' of 'a free check-up for adults in X'
    said = _said(
        "The Eye Check is a free check-up for older adults in the district aged 60 to 80 who do not already see an "
        "eye doctor."
    )
    assert not any(s.startswith("This up ") for s in said)
    assert any(s.startswith("This check-up is for older adults") for s in said) or len(said) == 1


def test_what_doing_something_costs_is_no_purpose() -> None:
    # was 'It is a crime that spoils X, harms Y.' 'It costs the council £90,000 a year.' 'This is to clean up.'
    sentence = (
        "Graffiti is vandalism that spoils our town centre, upsets residents and costs the council more than £90,000 "
        "a year to clean up."
    )
    said = _said(sentence)
    assert not any(s.startswith("This is to") for s in said)
    assert not any(s.endswith("upsets residents.") for s in said)


def test_being_granted_something_is_not_said_as_a_fact() -> None:
    # was 'You are granted a place.' 'Then your temporary room will end 28 days later.'
    said = _said(
        "When you are granted a council tenancy, your temporary room will end 28 days later, and you should arrange to "
        "move your belongings as soon as you can."
    )
    assert said[0].startswith("When you are granted a council tenancy")
    # something the reader does first is still said first
    said = _said("When you arrive at the tip with your car, show the staff your permit and follow the signs.")
    assert said[0] == "You arrive at the tip with your car."


def test_what_the_reader_is_doing_at_the_time_is_not_said_as_a_fact() -> None:
    # was 'You are cycling on the towpath.' 'Then ring your bell.': said as if the reader were cycling now
    said = _said(
        "When you are cycling along the canal towpath, keep to the left, wear bright clothes that other people can "
        "see, and ring your bell when you pass."
    )
    assert not said[0].startswith("You are cycling")


def test_questions_with_commas_of_their_own_are_listed() -> None:
    # was one sentence of 23 words: the first question's own commas ('how meat is kept, chilled and served') and the
    # comma before the last 'and how' hid the list
    said = _said(
        "The inspector checks how meat is kept, chilled and served, how clean the kitchen is, and how staff are "
        "trained in food safety."
    )
    assert said == [
        "The inspector checks how meat is kept, chilled and served, how clean the kitchen is, and how staff are "
        "trained in food safety."
    ] or said[0].startswith("The inspector checks: how meat is kept, chilled and served / how clean the kitchen is")
    said = _said(
        "The officer will look at how the waste is stored, sorted and collected, how often the bins are emptied, and "
        "how the business records each collection."
    )
    assert said[0] == (
        "The officer will look at: how the waste is stored, sorted and collected / how often the bins are emptied / "
        "how the business records each collection"
    )
    # why all of it is asked is no part of the last question
    said = _said(
        "Please tell us what the damage is, where it is on the road, and when you first saw it so that we can send an "
        "inspector."
    )
    assert not any("saw it so that" in s for s in said)
    # a thing among the questions is no part of one
    sentence = "The leaflet tells you how to apply, the deadline for applying, and how to appeal against a decision."
    assert _said(sentence) == [sentence]


def test_what_a_phone_number_is_is_the_line() -> None:
    # was left as one sentence of 27 words: what 'which' is about after a number was unsure
    said = _said(
        "Please phone the advice service on 0300 123 4567, which is open from 9am to 5pm on weekdays, if you need help "
        "with your claim."
    )
    assert "The line is open from 9am to 5pm on weekdays." in said
    assert not any("which is open" in s for s in said)


def test_the_thing_an_order_is_about_keeps_the_clause_that_says_which() -> None:
    # was 'Never go back to a rocket.' 'The rocket has failed to take off.': the order then forbade every rocket
    said = _said(
        "Stand back once it is lit, and never go back to a rocket that has failed to take off, because it could still "
        "explode."
    )
    assert "Never go back to a rocket." not in said
    assert "Never go back to a rocket that has failed to take off." in said


def test_a_series_of_what_one_subject_does_keeps_its_verbs() -> None:
    # was 'Our warden team collects stray cats.' 'Returns lost cats to their owners.': a verb cut from its subject
    said = _said(
        "Our animal welfare team collects injured birds, returns lost tortoises to their owners, and gives advice on "
        "keeping pets safe at home."
    )
    assert not any(s.startswith("Returns ") for s in said)


def test_a_clause_after_and_with_a_subject_of_its_own_gets_no_other() -> None:
    # was 'The desk outside these hours stray cats can be taken to X.': the parse took 'stray' for the desk's verb
    said = _said(
        "The desk runs from 9am to 5pm on weekdays, and outside these hours stray cats can be taken to the fire "
        "station in Bridge Street, which is open all night."
    )
    assert not any(s.startswith("The desk outside") for s in said)
    # a subject after a later 'and' is the later clause's own
    said = _said("The leaves turn brown in the autumn and become brittle, which may crack, and then they fall off.")
    assert said[0] == "The leaves turn brown in the autumn."


def test_how_many_of_them_is_said_of_them() -> None:
    # was 'People are many of them pensioners.'
    said = _said(
        "Every winter thousands of people, many of them pensioners, are admitted to hospital after falls on icy "
        "pavements in the county."
    )
    assert "Many of them are pensioners." in said


def test_what_is_never_to_be_used_is_no_other_name() -> None:
    # was 'Read the label on each bottle using a torch.' 'A torch is never a naked flame.'
    said = _said(
        "Read the label on each bottle using a torch, never a naked flame, and light the stove at arm's length with a "
        "taper."
    )
    assert not any(s.startswith("A torch is never") for s in said)


def test_the_ways_after_whether_are_no_things_to_do() -> None:
    # was 'You can:' 'apply whether you own your flat' / 'rent it from a council' / 'live in a caravan'
    said = _said(
        "You can apply whether you own your home, rent it from a private landlord or a housing association, or live "
        "in a boat or a caravan."
    )
    assert not any(s.startswith("You can: ") for s in said)


def test_what_follows_in_that_case_is_no_more_of_the_condition() -> None:
    # was 'This does not apply if:' 'the pupil is in care' / 'in which case there is no charge, and' / 'X'
    said = _said(
        "The charge depends on how far the pupil lives from the school, unless the pupil is in care, in which case "
        "there is no charge and the family's income is not asked for."
    )
    assert not any("in which case there is no charge, and" in s for s in said)


def test_who_after_a_number_is_the_body_called() -> None:
    # was 'This person will arrange a visit.': 'who' hung on the verb, after the team's phone number
    said = _said(
        "First, contact our adult social care team on 01632 400 600, who will arrange for an occupational therapist "
        "to visit you and assess what help you need."
    )
    assert said[-1].startswith("They will arrange")


def test_which_after_a_place_may_be_the_things_before_it() -> None:
    # was 'There are more than 400 grit bins across the district.' 'We fill it at X.': 'it' the district
    said = _said("There are more than 400 grit bins across the district, which we fill at the start of each winter.")
    assert not any(s.startswith("We fill it") for s in said)
    # a time before the place is no such thing
    said = _said("You will get £40 each week on your payment card, which you can use to buy food in shops.")
    assert said == ["You will get £40 each week on your payment card.", "You can use it to buy food in shops."]

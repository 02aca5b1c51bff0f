"""Splits and guards from a ninetieth look at unseen factsheets: each case here, in this project's words, was left
long or read wrongly before."""

from __future__ import annotations

from publisher.plain.going import gone_to
from publisher.plain.parse import stands_alone
from publisher.plain.words import replace_words
from publisher.sources.text import parse_text

from .said import restructured as _said


def test_orders_in_a_series_stand_when_the_parse_takes_one_for_a_name() -> None:
    assert _said(
        "Wipe condensation from windows and sills every morning, open a window or use the extractor fan when you "
        "cook or shower, and dry clothes outside if you can."
    ) == [
        "Wipe condensation from windows and sills every morning.",
        "Open a window or use the extractor fan when you cook or shower.",
        "Dry clothes outside if you can.",
    ]


def test_a_series_with_a_piece_that_is_no_order_is_not_cut() -> None:
    # ('Flush handles and door handles' is a thing to clean, which the parse cannot tell from an order)
    said = _said(
        "Wash any clothes or bedding that have sick or poo on them separately on a hot wash, clean toilet seats, "
        "flush handles and door handles every day with a bleach-based cleaner, and do not share towels or flannels."
    )
    assert "Flush handles and door handles every day with a bleach-based cleaner." not in said
    assert "Clean toilet seats." not in said


def test_a_piece_cut_before_its_orders_is_not_rescued_as_one() -> None:
    said = _said(
        "Call 999 if you think someone has hypothermia, and while you wait, move them indoors or somewhere warm, "
        "remove any wet clothes and wrap them in blankets."
    )
    assert not any(str(p).endswith("while you wait.") for p in said)


def test_words_hung_before_a_list_of_examples_are_not_the_last_things() -> None:
    said = _said(
        "The government is replacing some older benefits, including income-based Jobseeker's Allowance, Housing "
        "Benefit and Child Tax Credit, with Universal Credit."
    )
    assert not any(p.endswith("/ Child Tax Credit, with Universal Credit") for p in said)
    assert any("with Universal Credit" in p for p in said)


def test_ways_of_doing_a_thing_may_end_on_a_longer_doing_with_its_own_list() -> None:
    assert _said(
        "You can lower your risk of a stroke by not smoking, keeping to a healthy weight, being active, cutting down "
        "on alcohol and salt, and taking any medicine your doctor gives you for high blood pressure, diabetes or an "
        "irregular heartbeat."
    ) == ["You can lower your risk of a stroke by: not smoking / keeping to a healthy weight / being active / cutting "
          "down on alcohol and salt / taking any medicine your doctor gives you for high blood pressure, diabetes or "
          "an irregular heartbeat"]  # fmt: skip


def test_a_state_among_doings_is_a_doing() -> None:
    assert _said(
        "You can lower your risk of having a stroke by stopping smoking, being active, drinking less alcohol and "
        "eating a healthy diet."
    ) == ["You can lower your risk of having a stroke by: stopping smoking / being active / drinking less alcohol / "
          "eating a healthy diet"]  # fmt: skip


def test_a_concession_opened_by_however_and_a_describing_word_hangs() -> None:
    assert not stands_alone("However gentle it has been in the past.")
    assert not stands_alone("However much you earn.")
    assert stands_alone("However hard you try, you cannot get it back.")
    assert stands_alone("However, the service is free.")
    assert "However gentle it has been in the past." not in _said(
        "Never leave a baby or young child alone with a dog, however well you know the dog and however gentle it has "
        "been in the past."
    )


def test_a_condition_said_again_after_or_with_no_comma_is_an_item_of_its_own() -> None:
    assert _said(
        "You could also get Council Tax Support or a discount, for example if you live alone, if you are a student or "
        "if you have a severe mental impairment."
    ) == [
        "You could also get Council Tax Support or a discount.",
        "For example, this could be if: you live alone / you are a student, or / you have a severe mental impairment",
    ]


def test_examples_of_a_place_of_its_own_are_what_it_could_be() -> None:
    said = _said(
        "Give your dog a quiet place of its own, such as a crate or a bed in a room the children do not go into, "
        "where it can go when it wants to be left alone."
    )
    assert said[0] == "Give your dog a quiet place of its own."
    assert said[1].startswith("This could be a crate or a bed")


def test_ways_keep_a_clause_of_their_own_and_a_place_is_a_way() -> None:
    assert _said(
        "You can pay online at www.eastvale.gov.uk/pay, by phone on 0300 123 4400 using our automated line, which is "
        "open 24 hours a day, or at any Post Office or shop displaying the PayPoint sign, using the barcode on your "
        "bill."
    ) == ["You can pay: online at www.eastvale.gov.uk/pay / by phone on 0300 123 4400 using our automated line, which "
          "is open 24 hours a day / at any Post Office or shop displaying the PayPoint sign, using the barcode on your "
          "bill"]  # fmt: skip


def test_a_question_after_a_comma_read_as_the_main_clause_hangs() -> None:
    assert not stands_alone(
        "Then in writing, giving the reason for the decision, how long it will last, and your right to make your "
        "views known to the governing board."
    )
    assert stands_alone(
        "Try to keep a record of what happens, including the date and time, what was said or done, and how it made "
        "you feel."
    )
    assert stands_alone("You can choose when and how often you drive, whether that is once a month or every week.")


def test_while_after_what_is_going_on_says_when() -> None:
    said = _said(
        "We are handing out bottled water at Ashby Leisure Centre and Moorend Community Hall, between 8am and 8pm "
        "every day, while the notice is in place."
    )
    assert not any(s.startswith("But ") for s in said)


def test_a_line_that_says_who_issued_a_text_is_no_heading() -> None:
    parsed = parse_text(
        "Boil water notice for parts of Ashby\n\nIssued by Mid Valley Water on 18 October 2026\n\nWe have found "
        "bacteria in the drinking water supplied to some homes in Ashby.\n\nWho is affected\n\nThe notice covers all "
        "properties with postcodes starting AS7 4.\n"
    )
    assert all(not (title or "").startswith("Issued by") for title, _ in parsed.sections)
    assert any(
        b.items == ("Issued by Mid Valley Water on 18 October 2026",) for _, blocks in parsed.sections for b in blocks
    )


def test_a_which_clause_before_another_thing_with_its_own_which_is_not_cut() -> None:
    said = _said(
        "We do not collect medicines, which you should take back to a pharmacy, or incontinence pads and stoma bags, "
        "which can go in your normal black bin if they are double-bagged."
    )
    assert not any(s.startswith("You should take them back to a pharmacy, or incontinence pads") for s in said)


def test_a_contrast_with_the_clauses_own_word_goes_with_the_clause() -> None:
    assert _said(
        "Every state school in the county has a named school nurse, who works closely with staff but is employed by "
        "the NHS, not by the school."
    ) == [
        "Every state school in the county has a named school nurse.",
        "This person works closely with staff.",
        "But this person is employed by the NHS, not by the school.",
    ]


def test_the_last_doing_with_a_helper_of_its_own_is_said_with_its_subject_again() -> None:
    assert _said(
        "The pharmacist will talk to you in a private room, ask about your symptoms and medical history, and may "
        "examine you."
    ) == [
        "The pharmacist will talk to you in a private room.",
        "The pharmacist will ask about your symptoms and medical history.",
        "The pharmacist may examine you.",
    ]


def test_a_word_after_the_helper_said_of_every_doing_goes_in_the_lead() -> None:
    assert _said(
        "When a library is closed, you can still return books through the letterbox, reserve books online and "
        "collect them from any library, and use our free online services."
    ) == ["When a library is closed, you can still: return books through the letterbox / reserve books online and "
          "collect them from any library / use our free online services"]  # fmt: skip


def test_two_verbs_sharing_a_thing_open_a_doing_even_when_the_first_is_read_as_a_noun() -> None:
    said = _said(
        "You can now use the NHS App or our website to order repeat prescriptions, book and cancel some "
        "appointments, and see parts of your GP record."
    )
    assert said[0].endswith("/ book and cancel some appointments / see parts of your GP record")
    # (a noun before 'or' and another noun is no verb: 'a family member, friend or support worker')
    said = _said(
        "Then you can ask a family member, friend or support worker to bid for you, or call us and we will help you."
    )
    assert not any("/ friend or support worker" in s for s in said)


def test_what_comes_of_not_doing_what_you_must_is_no_second_outcome() -> None:
    assert _said(
        "If you get Universal Credit and it includes help with your housing costs, you must report the change in your "
        "online journal between 6 April and 5 May 2026, or you may not get the right amount."
    )[-2:] == [
        "Then you must report the change in your online journal between 6 April and 5 May 2026.",
        "If you do not, you may not get the right amount.",
    ]


def test_taking_longer_to_do_a_thing_is_no_purpose() -> None:
    said = _said(
        "In the first 2 weeks after the change, our crews may take longer than usual to finish their rounds, and "
        "some bins may be collected later in the day."
    )
    assert "This is to finish their rounds." not in said
    assert (
        said[0] == "In the first 2 weeks after the change, our crews may take longer than usual to finish their rounds."
    )


def test_a_thing_that_only_may_be_keeps_the_clause_that_says_which() -> None:
    assert _said("These can be signs of a serious infection that is making your throat swell.") == [
        "These can be signs of a serious infection that is making your throat swell."
    ]


def test_what_must_be_done_to_things_after_with_keeps_its_must() -> None:
    assert _said(
        "You must leave the room as you found it, with the tables and chairs put back and any rubbish taken away."
    ) == [
        "You must leave the room as you found it.",
        "The tables and chairs must be put back and any rubbish taken away.",
    ]


def test_go_to_with_nothing_gone_to_after_who_cannot_is_go() -> None:
    assert gone_to("Services can be streamed for family and friends who cannot go to.") == (
        "Services can be streamed for family and friends who cannot go."
    )
    assert gone_to("Tell us which practice you can go to.") == "Tell us which practice you can go to."


def test_a_which_the_parse_made_the_subject_of_a_noun_is_not_said_as_they() -> None:
    said = _said(
        "Do not park across dropped kerbs, which people with wheelchairs and pushchairs need to cross the road."
    )
    assert not any(s.startswith("They people") for s in said)


def test_a_paragraph_in_quotation_marks_after_a_quotation_is_more_of_it() -> None:
    parsed = parse_text(
        'Police warn residents\n\nInspector Rachel Moore said: "We have increased our patrols in the areas affected, '
        'particularly at night."\n\n"We are asking people to report anything suspicious straight away, even if it '
        'seems minor."\n\nHow to protect your shed\n\nFit a good padlock.\n'
    )
    kinds = [(b.kind, b.items[0][:9]) for _, blocks in parsed.sections for b in blocks]
    assert ("quote", '"We are a') in kinds


def test_examples_of_things_named_before_the_word_they_follow_are_examples() -> None:
    said = _said(
        "Our school catering service provides meals for children with food allergies, as well as for children who "
        "follow a diet for religious or cultural reasons, such as halal or vegetarian meals."
    )
    assert said[-1] == "Examples are halal or vegetarian meals."


def test_a_different_one_said_again_is_the_one() -> None:
    said = _said(
        "A different decision maker will look at your claim again, along with any new evidence, and may phone you to "
        "ask for more information."
    )
    assert said[-1].startswith("The decision maker may phone you")


def test_a_thing_read_as_a_doing_among_things_after_a_denial_is_not_said_again() -> None:
    said = _said(
        "The service cannot tell banks, building societies, energy companies, insurers or the person's employer or "
        "pension provider."
    )
    assert not any("can build" in s for s in said)


def test_a_list_after_a_colon_whose_first_thing_ends_in_date_of_birth_is_listed() -> None:
    assert _said(
        "Before you start, have the following ready: Mr Adeyemi's National Insurance number and date of birth, "
        "details of any benefits he was getting, his passport number and driving licence number if he had them, and "
        "the name and address of the person dealing with his estate."
    ) == ["Before you start, have the following ready: Mr Adeyemi's National Insurance number and date of birth / "
          "details of any benefits he was getting / his passport number and driving licence number if he had them / "
          "the name and address of the person dealing with his estate"]  # fmt: skip


def test_a_question_word_alone_before_a_comma_hangs() -> None:
    assert not stands_alone("Why, and send any new evidence you have.")
    said = _said("Tell us which activities you think we scored wrongly, and why, and send any new evidence you have.")
    assert not any(s.startswith("Why,") for s in said)


def test_two_which_clauses_joined_by_and_are_not_cut_one_at_a_time() -> None:
    said = _said(
        "You will get the daily living part of PIP at the enhanced rate, which is £110.40 a week, and the mobility "
        "part at the standard rate, which is £29.20 a week."
    )
    assert "This is £29.20 a week." not in said


def test_an_opening_purpose_that_points_back_stays_first() -> None:
    said = _said(
        "To keep them safe, clean and pleasant, some activities are controlled by byelaws and by a Public Spaces "
        "Protection Order (PSPO), and breaking them can lead to a fine."
    )
    assert not any(s.startswith("This is to keep them") for s in said)
    # (a 'them' whose things are named before it in the opening points to nothing in the main clause)
    assert (
        _said(
            "Because representations were received and the applicant has not been able to reach an agreement with the "
            "people who made them, the application will be decided at a hearing of the Licensing Sub-Committee."
        )[0]
        == "The application will be decided at a hearing of the Licensing Sub-Committee."
    )


def test_an_opening_purpose_keeps_its_comma_when_its_examples_are_said_after() -> None:
    assert _said(
        "To report a problem in a park, such as damage, fly-tipping or anti-social behaviour, use our online form or "
        "call 01632 960 230."
    ) == [
        "To report a problem in a park, use our online form or call 01632 960 230.",
        "Examples are damage, fly-tipping and anti-social behaviour.",
    ]


def test_a_verb_the_same_in_the_past_gives_no_past_to_a_time_said_apart() -> None:
    said = _said(
        "In towns and villages, we cut verges up to 6 times a year, between April and October, to keep them tidy and "
        "to make sure drivers can see clearly at junctions and bends."
    )
    assert not any(s.startswith("This happened") for s in said)


def test_a_thing_the_parse_read_as_a_second_doing_is_not_asked_apart() -> None:
    said = _said("If you need an interpreter, or help with access, please let us know as soon as possible.")
    assert "Or do you help with access?" not in said


def test_examples_whose_or_is_inside_one_things_phrase_keep_it() -> None:
    said = _said(
        "If you want to send the panel any more information, such as a letter from a doctor or a social worker, you "
        "must send it to us by 2 June 2027."
    )
    assert "An example is a letter from a doctor or a social worker." in said
    # (two doings after 'such as' are two examples, whatever the parse hung the second on)
    said = _said(
        "Some roles, such as working with children or visiting people at home, need a Disclosure and Barring Service "
        "check."
    )
    assert not any(s.startswith("An example is") for s in said)


def test_what_a_doing_brings_about_is_this_not_the_doings_thing() -> None:
    said = _said(
        "We want to make it safer for people to walk and cycle, and to encourage more people to leave their cars at "
        "home for short journeys, which would cut traffic and improve air quality."
    )
    assert said[-1] == "This would cut traffic and improve air quality."
    # (a verb said of many is of the things: 'This have caused' is no sentence)
    said = _said(
        "This will help to reduce queues on the roads outside the sites, which have caused problems for local people "
        "and businesses at busy times."
    )
    assert not any(s.startswith("This have") for s in said)


def test_what_a_thing_is_taken_as_is_listed_after_as() -> None:
    assert _said("You can take the leave as whole days, half days, or the whole week in one go.") == [
        "You can take the leave as: whole days / half days, or / the whole week in one go"
    ]


def test_bare_doings_that_share_the_last_ones_thing_are_no_list_of_conditions() -> None:
    said = _said("You need to register if you store, prepare, cook, sell or give away food regularly.")
    assert not any(": store /" in s for s in said)
    # (things are still listed: 'diarrhoea, vomiting or a high temperature')
    said = _said(
        "Do not visit if you have had diarrhoea, vomiting or a high temperature in the last 48 hours, even if you feel "
        "better."
    )
    assert said[0].endswith(": diarrhoea / vomiting, or / a high temperature")


def test_more_than_occasionally_is_often() -> None:
    assert replace_words("Groups that serve food more than occasionally must register.")[0] == (
        "Groups that serve food often must register."
    )


def test_a_verb_joined_only_to_a_noun_is_a_thing_of_a_list() -> None:
    assert not stands_alone("Hospital stays and, in some cases, death.")
    assert stands_alone("The council collects bins and recycling.")
    said = _said(
        "These illnesses spread more in winter and can be serious in older people, leading to pneumonia, hospital "
        "stays and, in some cases, death."
    )
    assert not any(s.startswith("Hospital stays") for s in said)


def test_a_thing_said_as_a_doing_keeps_its_noun_after_are() -> None:
    assert (
        replace_words("The objectives are the prevention of crime, public safety and the protection of children.")[0]
        == "The objectives are the prevention of crime, public safety and the protection of children."
    )
    assert replace_words("This will help with the prevention of falls.")[0] == "This will help with stopping falls."


def test_a_case_a_which_clause_opens_with_is_said_first() -> None:
    said = _said(
        "Any person who wishes to make a representation must do so in writing no later than 28 days after the day on "
        "which the application was given to the authority, which in this case is 19 January 2027."
    )
    assert said[-1] == "In this case, this is 19 January 2027."

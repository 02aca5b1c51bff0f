"""Splits and guards from an eighty-fourth look at unseen factsheets: each case here, in this project's words, was read
wrongly or left long before."""

from __future__ import annotations

from .said import restructured as _said


def test_what_a_short_definition_names_is_said_of_it_in_a_sentence_of_its_own() -> None:
    assert _said("Ringworm is a fungal infection that causes a red, scaly rash in the shape of a ring.") == [
        "Ringworm is a fungal infection.",
        "Ringworm causes a red, scaly rash in the shape of a ring.",
    ]
    # where the name said again does not read as a sentence, 'They' can mean only what the definition names
    assert _said(
        "Head lice are tiny wingless insects that live on the scalp and are most common in children aged 4 to 11."
    ) == [
        "Head lice are tiny wingless insects.",
        "They live on the scalp.",
        "They are most common in children aged 4 to 11.",
    ]


def test_a_time_after_what_a_definition_names_goes_with_it() -> None:
    assert _said(
        "A foster placement is a family home that cares for a child who cannot live with their own family, until a "
        "plan is made."
    )[:1] == ["A foster placement is a family home."]


def test_a_definition_by_a_bare_or_plain_noun_keeps_its_clause() -> None:
    # 'Hoarding is behaviour.' or 'A carer is a person.' says nothing without the clause
    for sentence in (
        "Hoarding is behaviour that makes it hard to use the rooms of your home safely because of the things in them.",
        "A young carer is a person under 18 who looks after a relative who is ill or disabled and needs support.",
    ):
        assert not any(piece in ("Hoarding is behaviour.", "A young carer is a person.") for piece in _said(sentence))


def test_a_next_step_with_a_condition_of_its_own_says_its_subject_again() -> None:
    assert _said("The panel will read your appeal and, if it agrees, send you a new decision within 4 weeks.") == [
        "The panel will read your appeal.",
        "If it agrees, the panel will send you a new decision within 4 weeks.",
    ]


def test_a_bare_verb_after_and_and_a_condition_is_never_an_order() -> None:
    said = _said(
        "Write to the rates team if you think your bill is wrong, and they will look at it again and, if it is, send "
        "you a new one."
    )
    assert said[0] == "Write to the rates team if you think your bill is wrong."
    assert not any(piece.startswith(("Send", "And, if it is, send")) for piece in said)


def test_a_please_after_a_condition_keeps_the_readers_order_whole() -> None:
    said = _said(
        "The firm may charge you a fee of £30, and if a bike is blocking a path, please report it to the firm using "
        "the number on the bike."
    )
    assert not any(piece.startswith("The firm may if") for piece in said)


def test_a_reason_after_the_last_of_two_conditions_is_no_part_of_it() -> None:
    said = _said(
        "Please do not come to the ward if you have been sick in the last 2 days, or if you have a cough, cold or "
        "sore throat, because germs spread quickly among patients who are already ill."
    )
    assert not any(piece.endswith("because germs spread quickly among patients who are already ill") for piece in said)
    assert not any("sore throat, because" in piece for piece in said[1:])


def test_a_thing_of_yours_an_aside_was_about_is_named_with_its_your() -> None:
    said = _said(
        "At your first visit, which will last about 40 minutes, a nurse will check your weight and blood pressure."
    )
    assert said == [
        "At your first visit, a nurse will check your weight and blood pressure.",
        "Your first visit will last about 40 minutes.",
    ]


def test_what_an_aside_defines_of_yours_is_not_said_of_the_subject() -> None:
    said = _said(
        "Your rent is your weekly rent, which is the amount you pay each week before any Housing Benefit and less any "
        "service charges."
    )
    assert said[0] == "Your rent is your weekly rent."
    assert not any(piece.startswith("Your rent is the amount") for piece in said)


def test_a_verb_done_to_the_reader_after_an_aside_is_never_an_order() -> None:
    said = _said(
        "Talk to your optician, who may look at the back of your eyes to check for signs of damage, and then refer "
        "you to an eye clinic for more tests."
    )
    assert not any(piece.startswith(("Then refer you", "Refer you", "And then refer you")) for piece in said)


def test_a_denied_doing_that_opens_a_list_joined_by_and_is_the_first_bullet() -> None:
    assert _said(
        "You can cut your risk of heart disease by not smoking, keeping active, eating well and cutting down on salt."
    ) == [
        "You can cut your risk of heart disease by: not smoking / keeping active / eating well / cutting down on salt"
    ]
    # after 'or', the 'not' is said of every doing: none of them may stand alone as a bullet
    said = _said("You can cut your risk of heart disease by not smoking, drinking alcohol or taking drugs of any kind.")
    assert not any(" / drinking alcohol" in piece for piece in said)


def test_the_last_thing_to_do_keeps_its_own_list() -> None:
    assert _said(
        "You need to be over 21, have a spare room, and be able to offer a child love, time and a safe home."
    ) == ["You need to: be over 21 / have a spare room / be able to offer a child love, time and a safe home"]


def test_a_whole_clause_after_or_is_the_other_choice() -> None:
    assert _said("You could get a warning letter or you could be taken to court and fined up to £2,500.") == [
        "You could get a warning letter.",
        "Or you could be taken to court and fined up to £2,500.",
    ]


def test_a_thing_of_yours_in_a_when_clause_is_not_said_to_be_so_now() -> None:
    said = _said(
        "When your food caddy is two thirds full, tie the handles of the liner together and lift it into your outside "
        "bin before collection day."
    )
    assert "Your food caddy is two thirds full." not in said


def test_the_next_order_after_an_aside_on_a_phone_line_stays_an_order() -> None:
    said = _said(
        "If a column has been knocked down or is leaning, please call our emergency number, which is answered 24 "
        "hours a day, and keep people away from it until our engineers arrive."
    )
    assert not any(piece.startswith("This is answered 24 hours a day, and keep") for piece in said)


def test_what_follows_a_condition_with_no_comma_is_no_second_condition() -> None:
    said = _said(
        "We may send you a warning if your dog is barking late at night, and if you ignore it you could be fined up "
        "to £100, which can go up for a second offence."
    )
    assert not any("/ you ignore it you could be fined" in piece for piece in said)


def test_a_which_after_a_who_clause_is_not_said_to_be_the_nearer_things() -> None:
    said = _said(
        "You must ask us before you put up a sign, and the work must be done by a signwriter who is registered with a "
        "trade body, which will apply to us on your behalf."
    )
    assert "This will apply to us on your behalf." not in said


def test_a_body_that_will_do_a_thing_is_never_this() -> None:
    said = _said(
        "You can apply for a free bin from your waste company, which will fit a lock to it within 10 working days, "
        "usually on your normal collection day."
    )
    assert not any(piece.startswith("This will fit") for piece in said)


def test_an_opening_condition_goes_on_past_its_first_comma_with_more_of_its_verbs() -> None:
    said = _said(
        "If a gas pipe has been hit, smells strongly or is hissing, please ring the gas emergency line, which is "
        "staffed all night, and keep everyone well away from it until the engineer arrives."
    )
    assert not any(piece.startswith("Smells strongly") for piece in said)


def test_an_order_the_parse_tags_as_a_present_tense_is_still_an_order() -> None:
    assert _said(
        "If you are unsure, get advice before you agree to anything, and ask a friend to read the letter with you."
    ) == [
        "Are you unsure?",
        "Get advice before you agree to anything.",
        "Ask a friend to read the letter with you.",
    ]


def test_a_clause_the_parse_hangs_on_the_first_of_a_list_is_no_definition() -> None:
    said = _said(
        "For example, these could be full-time carers, apprentices and people who are severely sight impaired."
    )
    assert "They are severely sight impaired." not in said


def test_examples_closed_by_their_own_or_stay_on_their_thing() -> None:
    assert _said(
        "You will need a recent photo, proof of your address, such as a bank statement or a council tax bill, and "
        "your National Insurance number."
    ) == [
        "You will need: a recent photo / proof of your address, such as a bank statement or a council tax bill / your "
        "National Insurance number"
    ]
    assert _said(
        "You will need a photo of your face, proof of your address, such as a bank statement or a council tax bill, "
        "and proof that you live alone."
    ) == [
        "You will need: a photo of your face / proof of your address, such as a bank statement or a council tax bill "
        "/ proof that you live alone"
    ]
    # examples left open by the list's own commas are the examples of the thing before them
    said = _said(
        "We can act on everyday noise, such as people walking around, doors closing or children playing in the yard."
    )
    assert not any(piece.endswith("/ doors closing / children playing in the yard") for piece in said)


def test_questions_listed_after_a_colon_are_each_a_bullet() -> None:
    assert _said(
        "The judges will mark each entry against 4 rules: how much waste it will save or how much it will help "
        "wildlife, how many people will benefit, whether it will carry on after the grant is spent, and whether it "
        "offers good value for money."
    ) == [
        "The judges will mark each entry against 4 rules: how much waste it will save or how much it will help "
        "wildlife / how many people will benefit / whether it will carry on after the grant is spent / whether it "
        "offers good value for money"
    ]


def test_a_past_event_a_closing_after_names_is_said_first() -> None:
    assert _said(
        "Police are asking for help after a shed on Mill Lane, Eastmere, was set on fire between 10pm on Friday and "
        "2am on Saturday."
    ) == [
        "A shed on Mill Lane, Eastmere, was set on fire between 10pm on Friday and 2am on Saturday.",
        "Police are asking for help.",
    ]
    # what is still to come is never said to have happened
    said = _said("We will write to you with a date for your visit after we have received your form and your photo.")
    assert "We have received your form and your photo." not in said


def test_a_closing_especially_is_said_as_what_is_most_true_or_most_important() -> None:
    assert _said("Damp in your home can make you ill, especially if you already have asthma or a lung condition.") == [
        "Damp in your home can make you ill.",
        "This is especially true if you already have asthma or a lung condition.",
    ]
    assert _said("Loud bangs from fireworks can frighten pets and farm animals, especially dogs and horses.") == [
        "Loud bangs from fireworks can frighten pets and farm animals.",
        "This is especially true of dogs and horses.",
    ]
    assert _said("You should check your smoke alarm every month, especially if someone in your home smokes.") == [
        "You should check your smoke alarm every month.",
        "This is especially important if someone in your home smokes.",
    ]


def test_an_especially_the_sentence_goes_on_after_is_left_in_place() -> None:
    for sentence in (
        "For many families in rural areas, especially those without a car, the bus is the only way to get to work.",
        "We recommend that you get legal advice before you sign, especially about giving your home to a relative.",
    ):
        assert not any(piece.startswith("This is especially") for piece in _said(sentence))


def test_an_especially_of_a_time_or_a_cause_takes_no_of() -> None:
    said = _said("Please keep the noise down when you come home from the pub, especially late at night.")
    assert "This is especially true of late at night." not in said
    said = _said("Staff are worried about the missing woman, especially because of the storm forecast for tonight.")
    assert not any(piece.startswith("This is especially true of because") for piece in said)

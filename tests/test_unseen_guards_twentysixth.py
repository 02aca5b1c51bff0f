"""Guards from a seventy-third set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from publisher.sources.text import parse_text

from .said import restructured as _said


def test_a_second_state_of_the_reader_after_a_closing_condition_is_more_of_it() -> None:
    # was 'You could get a bus pass if you are registered as living in the county.' 'Your eyesight is below X.'
    said = _said(
        "You may be able to get a disabled person's bus pass if you are registered as living in the county, and your "
        "eyesight is below the level needed to hold a driving licence."
    )
    assert said == [
        "You may be able to get a disabled person's bus pass if: you are registered as living in the county, and / "
        "your eyesight is below the level needed to hold a driving licence"
    ]
    for sentence in (
        "You can get a grant if you own the house, and you have lived in it for a year.",
        "We can lend you a key safe if you live alone, and your carer does not have a key to your home.",
    ):
        assert not any(s.startswith(("You have lived", "Your carer", "And")) for s in _said(sentence))
    # a helper of its own makes the clause after ', and' the main clause's next step
    said = _said(
        "You can ask for a larger print copy of the letter if you find the text hard to read, and we will post it to "
        "you within a week."
    )
    assert said[-1] == "We will post it to you within a week."


def test_a_closing_when_after_a_choice_of_orders_is_both_choices() -> None:
    # was 'Show your card to the guard.' 'Or tap it on the reader, when you board the train.'
    said = _said("Show your card to the guard, or tap it on the reader, when you board the train.")
    assert said == ["Show your card to the guard, or tap it on the reader.", "Do this when you board the train."]
    # after a time, 'when' says more of the time, not when to do the order
    said = _said("Keep your windows shut between 6pm and 9am, when the midges are at their worst.")
    assert said[-1] == "This is when the midges are at their worst."


def test_a_participle_after_a_comma_may_go_on_a_series_of_them() -> None:
    # was 'Graffiti includes anything that is painted from a tag to a mural.' 'Anything is sprayed or drawn on a wall.'
    said = _said(
        "Graffiti includes anything that is painted, sprayed or drawn on a wall without consent, from a small tag to a "
        "large mural."
    )
    assert not any(s.startswith("Anything is") for s in said)
    assert any("painted, sprayed or drawn" in s for s in said)


def test_which_after_the_last_example_may_be_the_things_exemplified() -> None:
    # was '... the cost of heating in shared rooms.' 'Shared rooms are charged on top of your rent.'
    said = _said(
        "The bill also lists any extra charges, such as window cleaning in the block or the cost of heating in shared "
        "rooms, which are charged on top of your rent."
    )
    assert not any(s.startswith("Shared rooms") for s in said)


def test_no_later_than_is_no_sentence_of_its_own() -> None:
    # was 'Report it on or after 6 May.' 'But no later than the end of that month, or your payment may be wrong.'
    said = _said("Report it on or after 6 May, but no later than the end of that month, or your payment may be wrong.")
    assert not any(s.startswith("But no later") for s in said)


def test_what_comes_of_not_following_an_order_is_said_as_its_condition() -> None:
    # was 'You must tell us about the change within a month.' 'Or you may have to pay back what you were overpaid.'
    said = _said(
        "You must tell us about the change within a month, or you may have to pay back what you were overpaid."
    )
    assert said == [
        "You must tell us about the change within a month.",
        "If you do not, you may have to pay back what you were overpaid.",
    ]
    said = _said(
        "Do not leave bags of food waste out on the pavement overnight, or foxes and gulls will tear them open."
    )
    assert said[-1] == "If you do, foxes and gulls will tear them open."
    # a second way to do the thing is no outcome of not doing it
    said = _said("Send the form back to us in the envelope we gave you, or you can hand it in at any of our libraries.")
    assert not any(s.startswith("If you do") for s in said)


def test_a_lone_ing_word_among_doings_is_one_of_them() -> None:
    # was 'things such as cooking:' / 'meals' / 'bathing' / 'paying your bills, reading letters, and going out'
    said = _said(
        "The visit looks at how easily you manage tasks such as cooking meals, bathing, paying your bills, reading "
        "letters, and going out."
    )
    assert said == [
        "The visit looks at how easily you manage tasks such as: cooking meals / bathing / paying your bills / "
        "reading letters / going out"
    ]


def test_in_which_case_after_an_exception_is_the_exceptions() -> None:
    # was '... for at least 6 months.' 'Unless you are moving abroad, in which case there is a form to fill in and X.'
    said = _said(
        "You must have lived at the address for 2 years and expect to stay there for at least 6 months, unless you are "
        "moving abroad, in which case there is a different form and we will post it to you."
    )
    assert not any(s.startswith("Unless") for s in said)
    assert "This does not apply if you are moving abroad." in said


def test_a_second_thing_got_after_a_purpose_is_no_part_of_the_purpose() -> None:
    # was 'This is to cover the cost of their keep, and a payment for your time.'
    said = _said(
        "You will get a grant for each pupil you teach, to cover the cost of their books, and a fee for your time, "
        "which goes up every year."
    )
    assert not any(s.startswith("This is to cover") for s in said)


def test_an_order_after_a_semicolon_stands_after_a_denied_one() -> None:
    # was left whole at 26 words: 'Never X while you are cooking; open a window or waft a towel instead.'
    said = _said(
        "Never pull the cover off a heat alarm to stop it sounding while you are frying food; open the back door or "
        "turn on the fan instead."
    )
    assert said == [
        "Never pull the cover off a heat alarm to stop it sounding while you are frying food.",
        "Open the back door or turn on the fan instead.",
    ]


def test_what_the_reader_needs_to_be_and_have_is_listed() -> None:
    # was left whole: 'To adopt, you need to be over 21, have a settled home, and be able to give X.'
    said = _said(
        "To adopt, you need to be over 21, have a settled home, and be able to give a child the care and love they "
        "need."
    )
    assert said == [
        "To adopt, you need to: be over 21 / have a settled home / be able to give a child the care and love they need"
    ]


def test_what_comes_of_a_thing_not_being_as_it_must_is_said_of_it() -> None:
    # was 'Your letter must reach us by 1 June.' 'Or your place may be given to someone else.'
    said = _said("Your letter must reach us by 1 June, or your place may be given to someone else on the list.")
    assert said[-1] == "If it does not, your place may be given to someone else on the list."
    said = _said("Your bins must be at the kerb by 7am on the day of collection, or they may be missed by the crew.")
    assert said[-1] == "If they are not, the crew may miss them."
    said = _said("Your dog must not be left alone in a car on a hot day, or it could die within minutes.")
    assert said[-1] == "If it is, it could die within minutes."


def test_a_reference_after_the_greeting_is_no_subject_line_even_without_its_colon() -> None:
    # was titled 'Claim number 88120-4': the reference, not the letter's subject above the greeting
    parsed = parse_text(
        "Housing Benefit: we need more information\n\nDear Ms Okafor\n\nClaim number 88120-4\n\nWe are looking at "
        "your claim and need some more details from you before we can decide it. Please send them within a month.\n"
    )
    assert parsed.title == "Housing Benefit: we need more information"
    paragraphs = [item for _, blocks in parsed.sections for b in blocks for item in b.items]
    assert "Claim number 88120-4" in paragraphs


def test_conditions_led_by_a_helper_a_verb_or_an_adverb_are_one_list() -> None:
    # was left whole at 40 words: 'if you cannot walk X, have Y that means Z, or often drive W but cannot V'
    said = _said(
        "You may still get a permit if you cannot walk more than a short distance, have a condition such as dementia "
        "that means you need someone with you, or often drive a car but cannot feed a meter because of your arms."
    )
    assert said == [
        "You may still get a permit if you: cannot walk more than a short distance / have a condition such as "
        "dementia that means you need someone with you, or / often drive a car but cannot feed a meter because of "
        "your arms"
    ]
    # a word alone after one 'is' is no verb of its own, and the sentence is no such list
    said = _said(
        "If your card is lost, stolen or damaged, you can order a new one online for a fee of £10 from our website."
    )
    assert not any(": is lost" in s for s in said)


def test_a_closing_whether_after_an_aside_stays_after_it() -> None:
    # was '... to a support group.' 'This applies whether or not anyone is charged.' 'A support group can offer X.'
    said = _said(
        "They will also ask if you would like to be put in touch with a support group, which can offer advice and "
        "someone to talk to, whether or not anyone is charged."
    )
    assert said[-1] == "This applies whether or not anyone is charged."


def test_a_thing_a_which_is_a_clause_defines_is_named() -> None:
    # was 'This is to talk about having an endoscopy.' 'This is a test.'
    said = _said(
        "You will be offered an appointment with a specialist nurse to talk about having an endoscopy, which is a test "
        "that looks inside your stomach with a thin tube and a camera."
    )
    # (said whole, 'An endoscopy is a test that looks inside X with a tube and a camera.', or cut after 'a test.')
    assert any(s.startswith("An endoscopy is a test") for s in said)
    assert not any(s.startswith("This is a test") for s in said)


def test_a_person_after_a_preposition_in_a_clause_is_no_second_subject() -> None:
    # was left whole at 27 words: the parse took 'you' of 'looking after you' for the subject of 'will make'
    said = _said(
        "The time may change depending on how busy the ward is, and the nurse who is looking after you will tell you "
        "on the day."
    )
    assert said == [
        "The time may change depending on how busy the ward is.",
        "The nurse who is looking after you will tell you on the day.",
    ]


def test_clauses_after_a_closing_condition_are_its_next_cases() -> None:
    # was 'Call 111 if the wound becomes:' red / swollen / sore, then 'Your child has a fever, or you are worried.'
    said = _said(
        "Call 111 or your doctor if the skin around the wound becomes red, swollen or sore, your child has a high "
        "temperature, or you are worried about them."
    )
    assert not any(s.startswith("Your child has") for s in said)


def test_an_ing_word_before_a_bare_noun_among_things_describes_it() -> None:
    # was 'We can deal with loud music.' 'We can bark dogs, alarms.' 'And noise from X.'
    said = _said(
        "We can deal with loud music, barking dogs, car alarms, and noise from roadworks outside allowed hours."
    )
    assert said == [
        "We can deal with: loud music / barking dogs / car alarms / noise from roadworks outside allowed hours"
    ]
    # the first of the things may hold the verb all of them share
    said = _said(
        "Ask the pharmacist for advice if you are treating a baby, someone who is pregnant, or someone with asthma or "
        "hay fever."
    )
    assert not any(
        s.endswith("if you are: treating a baby / someone who is pregnant / someone with asthma or hay fever")
        for s in said
    )


def test_what_is_arranged_is_no_purpose() -> None:
    # was 'An officer will arrange.' 'This is to visit or put recording equipment in your home.'
    said = _said(
        "If the diary shows there may be a nuisance, an officer will arrange to visit or put recording equipment in "
        "your home."
    )
    assert not any(s.startswith("This is to visit") for s in said)


def test_words_with_no_verb_inside_a_listed_clause_stay_on_it() -> None:
    # was '... they have grey' / 'pale or mottled skin' / 'lips or nails' / X
    said = _said(
        "Call 999 if your child has any of these signs: they are very sleepy, their breathing is fast or noisy, they "
        "have grey, pale or mottled skin, lips or nails, or they will not feed."
    )
    assert said == [
        "Call 999 if your child has any of these signs: they are very sleepy / their breathing is fast or noisy / "
        "they have grey, pale or mottled skin, lips or nails / they will not feed"
    ]


def test_a_person_who_opens_the_sentence_is_said_again_as_themselves() -> None:
    # was 'We have checked your claim for Carer's Allowance.' 'They are pleased to tell you that X.'
    said = _said(
        "We have checked your claim for a Disabled Facilities Grant and are pleased to tell you that it has been "
        "approved."
    )
    assert said[-1].startswith("We are pleased to tell you")


def test_what_is_aimed_at_within_a_time_is_not_said_to_happen_then() -> None:
    # was 'We aim to clear dumped rubbish from council land.' 'This happens within 5 working days.'
    said = _said(
        "We aim to clear dumped rubbish from council land within 5 working days, but rubbish on private land is the "
        "owner's job."
    )
    assert "We aim to do this within 5 working days." in said
    assert not any(s.startswith("This happens") for s in said)


def test_an_opening_condition_is_not_listed_after_a_clause_that_points_at_its_things() -> None:
    # was 'You do not need to tell the office that pays them if you get:' / A / B / C
    said = _said(
        "If you get Pension Credit, Housing Benefit or Council Tax Reduction, you do not need to tell the office that "
        "pays them."
    )
    assert not any(s.startswith("You do not need to tell the office that pays them if you get") for s in said)


def test_an_example_inside_a_list_of_ways_leaves_the_list_whole() -> None:
    # was '... by working, by getting credits.' 'For example, this could be if you are a carer, or by paying X.'
    said = _said(
        "You can add years to your record by working, by getting National Insurance credits, for example if you are "
        "a foster carer, or by paying voluntary contributions."
    )
    assert not any(s.startswith("For example, this could be if") for s in said)


def test_a_thing_told_before_questions_told_is_the_first_of_their_list() -> None:
    # was left whole at 33 words: 'must tell you their name, what they are looking for, why X, and why Y'
    said = _said(
        "Before the search, the officer must tell you their name and their station, what they are looking for, why "
        "they chose you, and why the law lets them search you."
    )
    assert said == [
        "Before the search, the officer must tell you: their name and their station / what they are looking for / "
        "why they chose you / why the law lets them search you"
    ]


def test_the_verbs_of_a_clause_inside_the_first_thing_are_no_list_of_things() -> None:
    # was 'We run:' / 'free first aid courses for people who live' / 'work' / 'study in the borough'
    said = _said("We run free first aid courses for people who live, work or study in the borough.")
    assert not any(s.startswith("We run:") for s in said)


def test_examples_of_an_object_are_said_after_the_phrase_of_its_verb() -> None:
    # was left whole at 27 words: 'collect up to 4 items, such as A, B, C and D, from outside your home for £30'
    said = _said(
        "We can collect up to 4 bulky items, such as sofas, beds, cookers and washing machines, from outside your "
        "home for a fee of £30."
    )
    assert said == [
        "We can collect up to 4 bulky items from outside your home for a fee of £30.",
        "Examples are sofas, beds, cookers and washing machines.",
    ]


def test_conditions_with_no_verb_share_the_first_ones_are() -> None:
    # was left whole at 30 words: 'if you are under 18, or under 19 and in training, or pregnant, or have had X'
    said = _said(
        "You can get free prescriptions if you are over 60, or under 19 and in full-time study, or pregnant, or have "
        "had a baby in the last year."
    )
    assert said == [
        "You can get free prescriptions if you: are over 60 / are under 19 and in full-time study / are pregnant, or / "
        "have had a baby in the last year"
    ]


def test_a_second_if_of_the_same_clause_leaves_a_sentence_whole() -> None:
    # was left whole at 34 words: 'We will not pay if A, or if B, because C' ('or if B' was taken for a clause begun)
    said = _said(
        "We will not pay if we did not know about the hole, or if we knew about it but were still within the time we "
        "allow for repairs, because the law says we are only liable if we failed to keep the road safe."
    )
    assert said[-1] == "This is because the law says we are only liable if we failed to keep the road safe."

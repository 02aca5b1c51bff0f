"""Splits and guards from an eighty-sixth look at unseen factsheets: each case here, in this project's words, was read
wrongly or left long before."""

from __future__ import annotations

from publisher.plain.parse import stands_alone
from publisher.plain.words import replace_words

from .said import restructured as _said


def test_a_three_word_order_to_someone_stands_alone() -> None:
    assert stands_alone("Contact your doctor.")
    assert stands_alone("Contact the council.")
    assert not stands_alone("Call charges.")
    assert not stands_alone("Contact with animals.")


def test_symptoms_before_a_main_clause_with_its_own_subject_are_listed_after_it() -> None:
    # 'blood in your poo' is a thing, not an order the small model might read it as
    assert _said(
        "If you notice bleeding from your gums, blood in your spit, a lasting change in your voice, a cough or a "
        "pain or lump in your neck, you should see your dentist before your next check-up."
    ) == [
        "You should see your dentist before your next check-up if you notice: bleeding from your gums / blood in your "
        "spit / a lasting change in your voice / a cough, or / a pain or lump in your neck"
    ]


def test_examples_at_the_end_of_a_long_sentence_are_listed() -> None:
    assert _said(
        "When you apply, you must tell us about any health problem that could affect your work, such as asthma, "
        "a bad back, diabetes or a problem with your hearing."
    ) == [
        "When you apply, you must tell us about any health problem that could affect your work.",
        "Examples are: asthma / a bad back / diabetes / a problem with your hearing",
    ]


def test_examples_of_what_is_left_out_are_never_listed_as_the_sentences_own() -> None:
    said = _said(
        "Your landlord can keep some of your deposit for damage to the flat, but not for ordinary wear and tear, such "
        "as faded paint, worn carpets or loose door handles."
    )
    assert not any(piece.startswith("Examples are") for piece in said)


def test_doings_that_share_the_conditions_are_are_listed_after_it() -> None:
    assert _said(
        "You do not need a permit if you are parking for less than an hour, unloading goods from a van with a "
        "business sign, or visiting a patient at the hospital."
    ) == [
        "You do not need a permit if you are: parking for less than an hour / unloading goods from a van with a "
        "business sign, or / visiting a patient at the hospital"
    ]


def test_a_third_thing_the_subject_does_is_not_the_verb_of_the_clause_it_follows() -> None:
    # 'you' cannot tell 'you': the telling is the service's, not the applying's
    assert _said(
        "Our housing advice team can check whether your tenancy is legal, help you apply for a grant for repairs, and "
        "tell you what to do if your landlord wants you to leave."
    ) == [
        "Our housing advice team can check whether your tenancy is legal.",
        "Our housing advice team can help you apply for a grant for repairs.",
        "Our housing advice team can tell you what to do if your landlord wants you to leave.",
    ]


def test_describing_words_of_one_thing_are_never_cut_into_two_items() -> None:
    said = _said("You might have a sore, red or swollen arm where the needle went in, feel tired, or have a headache.")
    assert said == [
        "You might: have a sore, red or swollen arm where the needle went in / feel tired, or / have a headache"
    ]


def test_a_time_when_any_such_thing_happens_is_said_to_happen_sometimes() -> None:
    # never 'Heavy rain is forecast.' as if it were forecast now
    said = _said("When heavy rain is forecast, our teams clear the drains on the main roads in the town centre.")
    assert said[0] == "Sometimes heavy rain is forecast."


def test_a_purpose_after_the_last_of_some_things_stays_with_it() -> None:
    # 'This is to ease the pain.' would say the rest and the water are for the pain too
    said = _said("After the fall they may need rest, water or tablets to ease the pain in their back and legs.")
    assert not any(piece.startswith("This is to") for piece in said)


def test_examples_that_end_at_their_own_or_before_the_list_goes_on_are_not_listed() -> None:
    said = _said(
        "Bring a recent photo of your face, proof of your address, such as a gas bill, water bill or council tax bill, "
        "and proof of your income."
    )
    assert not any(isinstance(piece, str) and piece.startswith("Examples are") for piece in said)
    assert not any("proof of your income" in piece and " / " in piece for piece in said)


def test_the_last_of_two_things_joined_is_never_what_an_aside_names() -> None:
    # never 'Shoulders are proof of your age.'
    said = _said("Apply online and send a recent photo of your head and shoulders, proof of your age.")
    assert not any(piece.startswith("Shoulders") for piece in said)


def test_a_choice_after_an_as_soon_as_clause_is_more_of_it() -> None:
    # 'Or they have moved in with you.' would say they have
    said = _said("You can apply for the grant as soon as you have signed the tenancy, or they have moved in with you.")
    assert not any(piece.startswith("Or they") for piece in said)


def test_a_time_after_a_which_clause_is_the_main_verbs() -> None:
    said = _said(
        "You must post the form to the school and to each of the other schools named in it, which are listed on the "
        "back page, on the same day that you send it to us."
    )
    assert not any(piece.startswith("They are listed on the back page, on the same day") for piece in said)


def test_three_orders_whose_first_the_parse_reads_as_a_noun_are_said_one_at_a_time() -> None:
    # never 'Store tins in a dry cupboard do not leave X.' with the first order taken for a subject
    assert _said(
        "Store tins in a dry cupboard, throw away anything that is past its date, and do not keep opened food in "
        "its tin."
    ) == [
        "Store tins in a dry cupboard.",
        "Throw away anything that is past its date.",
        "Do not keep opened food in its tin.",
    ]


def test_things_to_do_after_a_helper_and_also_keep_a_later_items_own_not() -> None:
    assert _said(
        "To join, you must also be 18 or over, not be a member of another club, and pay a fee of £20 before the first "
        "session."
    ) == [
        "To join, you must also: be 18 or over / not be a member of another club / pay a fee of £20 before the first "
        "session"
    ]


def test_how_before_the_subject_outside_a_question_is_no_sentence() -> None:
    assert not stands_alone("If they can, how they will travel.")
    said = _said(
        "We will write to you within 20 working days to tell you whether your child can get a place and, if they can, "
        "how they will travel."
    )
    assert not any(piece.startswith("If they can, how") for piece in said)


def test_a_clause_about_the_conditions_own_thing_is_more_of_the_condition() -> None:
    # 'That hall is more than 5 miles away.' would say it is
    said = _said(
        "Your group can get a grant towards transport if it has fewer than 20 members and meets at a local hall, and "
        "that hall is more than 5 miles away from the town centre."
    )
    assert not any(piece.startswith("That hall") for piece in said)
    # a clause of its own after the condition is still said apart
    assert _said(
        "A fee of £10 is payable if your application is successful, and passes are normally posted within 12 weeks of "
        "a complete application."
    ) == [
        "A fee of £10 is payable if your application is successful.",
        "Passes are normally posted within 12 weeks of a complete application.",
    ]


def test_a_purpose_after_the_second_of_two_choices_is_both_choices() -> None:
    said = _said("Please check the form you were sent, or ask the school office, to make sure the dates are right.")
    assert not any(piece.startswith("Or ask") for piece in said)


def test_a_time_of_day_after_an_aside_is_more_of_it() -> None:
    said = _said(
        "If you find a broken gate, please tell the park office, which is open Monday to Saturday, 8am to 6pm, or "
        "call the police if someone is hurt."
    )
    assert not any("office, 8am to 6pm" in piece for piece in said)


def test_a_defining_clause_with_a_relative_clause_after_it_stays_whole() -> None:
    # 'The fake page looks like the real one, where X' would say X happens on the real one
    said = _said(
        "The message sends you to a fake page that looks like your bank's page, where you are asked to type in your "
        "card details."
    )
    assert not any(piece.startswith("The fake page looks like") for piece in said)


def test_an_especially_after_an_aside_is_the_asides() -> None:
    # never 'This is especially true in young children.' said of the eggs, before the harm it is about
    said = _said(
        "Dog mess holds roundworm eggs, which can cause an illness called toxocariasis that can damage the eyes, "
        "especially in young children who play on grass."
    )
    assert said[-1].startswith("This is especially true")
    assert not any("eggs, especially" in piece for piece in said)


def test_a_clause_after_a_colon_is_never_the_first_of_its_own_things() -> None:
    said = _said(
        "Most of them did not plan to go into the water: they tripped or fell in while walking or running near rivers, "
        "canals or the sea."
    )
    assert not any(": they tripped or fell in while walking or running near rivers /" in piece for piece in said)


def test_whether_something_is_eligible_keeps_the_are_a_next_if_needs() -> None:
    plain, _ = replace_words("We will tell you whether your needs are eligible for help from us.")
    assert plain == "We will tell you whether your needs are eligible for help from us."
    plain, _ = replace_words("You are eligible for help from us.")
    assert plain == "You can get help from us."


def test_a_lone_noun_after_and_in_a_purpose_is_a_things_name() -> None:
    # never 'This is to write a care.' 'It is also to support plan.'
    said = _said(
        "If they are, we will meet you to write a care and support plan, which says what help you will get and how it "
        "will be arranged."
    )
    assert not any(piece.startswith("It is also to support") for piece in said)


def test_a_number_of_times_is_several_times() -> None:
    plain, _ = replace_words("The alarm will ring a number of times, sometimes for a minute.")
    assert plain == "The alarm will ring several times, sometimes for a minute."


def test_a_plain_verb_among_conditions_after_you_are_keeps_its_own_verb() -> None:
    # never 'are live alone' or 'are smoke'
    said = _said(
        "If you are over 65, have a disability, live alone, or smoke, you may be able to get a free visit from a nurse."
    )
    assert said[0].endswith("if you: are over 65 / have a disability / live alone, or / smoke")


def test_a_purpose_with_so_that_after_the_second_choice_is_both_choices() -> None:
    said = _said("Please still bring the books back on time, or renew them, so that other readers can borrow them.")
    assert not any(piece.startswith("Or renew") for piece in said)


def test_not_all_is_never_made_the_object_of_an_active_sentence() -> None:
    said = _said("Not all damp is caused by a fault with the walls.")
    assert said == ["Not all damp is caused by a fault with the walls."]


def test_what_you_can_do_after_so_that_is_not_more_of_the_condition() -> None:
    # never 'Do you need X so that you can move house?' 'Have building work done.' as an order
    said = _said(
        "If you need to keep a parking space free so that you can move house, have building work done, or let a skip "
        "lorry park, you can ask us to close the space for you."
    )
    assert not any(piece.startswith("Have building work done") for piece in said)
    assert not any(isinstance(piece, str) and "if you: need to keep" in piece for piece in said)


def test_the_last_of_what_something_is_cut_off_leaves_an_and() -> None:
    assert _said("Carbon monoxide alarms are cheap, easy to fit and can be bought from most large supermarkets.") == [
        "Carbon monoxide alarms are cheap and easy to fit.",
        "Carbon monoxide alarms can be bought from most large supermarkets.",
    ]


def test_in_which_case_after_a_choice_of_cases_is_not_if_so_of_both() -> None:
    said = _said(
        "After that, we only give refunds if we cancel the class, or if you cannot go on because of illness, in which "
        "case you will need to send us a note from your doctor."
    )
    assert not any(piece.startswith("If so") for piece in said)


def test_a_third_case_after_a_comma_is_not_listed_inside_the_second() -> None:
    said = _said(
        "Your child can still go to the club if they have a cold, unless there is an outbreak and the club asks you to "
        "keep them at home, or your child is feeling very unwell."
    )
    assert not any("asks you to keep them at home, or your child" in piece and " / " in piece for piece in said)


def test_a_when_after_months_says_more_of_the_time() -> None:
    # never 'Do this when birds are nesting.', which would say the opposite
    said = _said("Try not to cut back hedges between March and August, when birds are most likely to be nesting.")
    assert not any(piece.startswith("Do this") for piece in said)


def test_when_someone_does_a_thing_is_said_to_happen_sometimes() -> None:
    said = _said("When someone in your home dies, there are several things that need to be done, and it can be hard.")
    assert said[0] == "Sometimes someone in your home dies."


def test_when_you_get_a_thing_is_no_promise_of_it() -> None:
    said = _said("When you get a locker, you will be sent a key, which you must not copy or lend to anyone else.")
    assert not any(piece == "You get a locker." for piece in said)


def test_especially_after_an_and_clause_is_said_of_that_clause() -> None:
    # 'need to be done' is the earlier clause's: 'especially important' would make the hardness a thing to do
    said = _said(
        "When someone close to you dies, there are several things that need to be done, and it can be hard to know "
        "where to start, especially when you are grieving."
    )
    assert said[-1] == "This is especially true when you are grieving."


def test_a_bare_verb_after_but_following_could_is_an_order() -> None:
    # never 'But you could lower yourself down.'
    assert _said(
        "You could get out through a low window, but lower yourself down rather than jumping to the ground."
    ) == [
        "You could get out through a low window.",
        "But lower yourself down rather than jumping to the ground.",
    ]


def test_examples_the_first_item_opens_are_never_more_items() -> None:
    # never 'it can open:' 'the door to other help, such as X', 'a free bus pass', ...
    said = _said(
        "Even if you get a small amount, it can open the door to other help, such as help with your rent and council "
        "tax, a free bus pass if you are 66 or over, and Warm Home Discount payments."
    )
    assert not any(": the door to other help" in piece for piece in said)


def test_a_plain_verb_tagged_present_keeps_its_own_list_of_things() -> None:
    assert _said(
        "A support worker will visit the family's home within 10 working days, talk to the child, the carer and the "
        "parents, and carry out checks on everyone aged 18 or over who lives there."
    ) == [
        "A support worker will: visit the family's home within 10 working days / talk to the child, the carer and the "
        "parents / carry out checks on everyone aged 18 or over who lives there"
    ]


def test_questions_after_a_nouns_about_are_listed() -> None:
    assert _said(
        "Your letting agent must also give you information about which scheme they have used, how to get your deposit "
        "back, and what to do if you disagree with them about how much should be paid back."
    ) == [
        "Your letting agent must also give you information about: which scheme they have used / how to get your "
        "deposit back / what to do if you disagree with them about how much should be paid back"
    ]


def test_a_list_of_things_joined_by_or_says_any_one_will_do() -> None:
    said = _said(
        "Line your kitchen caddy with a compostable liner, old newspaper or a plastic carrier bag, and empty it into "
        "your outdoor caddy when it is full."
    )
    assert said[0] == "Line your kitchen caddy with: a compostable liner / old newspaper, or / a plastic carrier bag"


def test_things_to_do_joined_by_or_say_any_one_will_do() -> None:
    assert _said(
        "We will repair the fence, replace the broken gate or fit a new lock within 28 days of your report."
    ) == ["We will: repair the fence / replace the broken gate, or / fit a new lock within 28 days of your report"]


def test_a_choice_is_said_as_one_but_not_after_a_denial_or_examples() -> None:
    # ('or' only where the list is a choice: 'cannot take into account matters like A, B or C' denies all of them)
    said = _said(
        "We cannot take into account matters like the effect on the price of your home, arguments between neighbours "
        "about boundaries, or the reasons the applicant has for applying."
    )
    assert not any(", or /" in piece for piece in said)


def test_what_you_make_sure_of_goes_on_after_and() -> None:
    # never 'They are not too heavy to lift.' said as a fact
    assert _said("Please make sure the sacks are tied at the top and are not too heavy to lift.") == [
        "Please make sure the sacks are tied at the top and are not too heavy to lift."
    ]


def test_a_lone_word_of_when_after_an_aside_joins_with_no_comma() -> None:
    said = _said("Talk to the school's special educational needs co-ordinator, known as the SENCO, first.")
    assert said[0] == "Talk to the school's special educational needs co-ordinator first."


def test_a_choice_whose_or_comes_before_a_shared_word_says_its_or() -> None:
    said = _said("You can get it checked for free at your surgery, at some pharmacies, or at some large workplaces.")
    assert said == ["You can get it checked for free at: your surgery / some pharmacies, or / some large workplaces"]


def test_when_examples_are_found_after_them_is_the_findings() -> None:
    # never 'This includes A and B, often before you notice any symptoms.'
    said = _said(
        "A dental check-up can find problems with your mouth and your general health, such as gum disease, mouth "
        "cancer and diabetes, often before you notice any symptoms."
    )
    assert not any(piece.startswith(("This includes", "These include")) for piece in said)


def test_a_to_verb_with_a_particle_and_no_object_takes_the_noun_before() -> None:
    # never 'This is to put up at each end of the road.'
    said = _said(
        "You will be given road closure signs to put up at each end of the road, and you must make sure that an "
        "ambulance can still get through."
    )
    assert not any(piece.startswith("This is to put up") for piece in said)


def test_which_is_free_is_never_said_of_the_thing_named() -> None:
    # never 'An independent adjudicator is free.'
    said = _said("If this is also turned down, you can appeal to an independent adjudicator, which is free.")
    assert not any(piece.startswith("An independent adjudicator is free") for piece in said)


def test_what_is_made_sure_of_they_do_keeps_its_make_sure() -> None:
    # never 'For older children, make sure, this is what they do:'
    said = _said(
        "For older children, make sure they cover up with loose clothes, stay in the shade between 11am and 3pm, and "
        "wear a hat and sunglasses."
    )
    assert said == [
        "For older children, make sure they: cover up with loose clothes / stay in the shade between 11am and 3pm / "
        "wear a hat and sunglasses"
    ]


def test_what_a_chance_is_to_do_is_never_a_list_of_what_its_giver_does() -> None:
    # never 'This is what they do:' 'give you a chance to X' / 'learn new skills' / 'build your confidence'
    said = _said(
        "Placements usually last a week, and they give you a chance to find out what working in a library is like, "
        "learn new skills and build your confidence."
    )
    assert not any("learn new skills /" in piece or piece.endswith("/ learn new skills") for piece in said)


def test_the_cases_of_a_closing_if_go_on_past_their_examples() -> None:
    # never 'Their inhaler is not helping.' said as a fact
    said = _said(
        "Your child may be having an asthma attack if their symptoms are getting worse, such as coughing, wheezing or "
        "a tight chest, their inhaler is not helping, or they are too breathless to speak, eat or sleep."
    )
    assert not any(piece.startswith("Their inhaler is not helping") for piece in said)


def test_a_passive_said_again_after_it_stays_passive() -> None:
    # never 'The council must license all taxis.' 'And so must their drivers.'
    assert _said(
        "All taxis and minicabs in the district must be licensed by the council, and so must their drivers."
    ) == [
        "All taxis and minicabs in the district must be licensed by the council.",
        "And so must their drivers.",
    ]

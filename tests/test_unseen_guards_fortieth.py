"""Splits and guards from an eighty-seventh look at unseen factsheets, led by the sentences still over 20 words: each
case here, in this project's words, was left long or read wrongly before."""

from __future__ import annotations

from publisher.plain.parse import stands_alone

from .said import restructured as _said


def test_a_purpose_after_a_comma_is_said_apart_whatever_the_parse_hangs_it_on() -> None:
    # the small model reads 'nurse' as a verb and the purpose as what is done
    assert _said(
        "Your child should have a hearing test with a family doctor or nurse at least once a year, to check that "
        "their ears are healthy and that they can hear well in class."
    ) == [
        "Your child should have a hearing test with a family doctor or nurse at least once a year.",
        "This is to check that their ears are healthy and that they can hear well in class.",
    ]


def test_a_comma_that_closes_examples_parts_no_purpose_from_its_verb() -> None:
    said = _said(
        "Wait until the morning before you try again, or borrow a different ladder, such as a neighbour's, to reach "
        "the gutter using the handle on the side."
    )
    assert not any(piece.startswith("This is to reach") for piece in said)


def test_an_order_the_parse_reads_as_a_statement_stands_alone() -> None:
    assert stands_alone("Mop up spills straight away.")
    assert stands_alone("Vacuum the carpets every week.")
    # (not a word that is as often a thing's or what a thing is like)
    assert not stands_alone("Open spaces near the river.")
    assert not stands_alone("Heat pumps in new homes.")


def test_orders_opened_by_a_verb_the_parse_takes_for_a_name_are_split() -> None:
    assert _said(
        "Mop up water on the floor straight away, move cables out of the way, and make sure the stairs are well lit "
        "so that nobody trips."
    ) == [
        "Mop up water on the floor straight away.",
        "Move cables out of the way.",
        "Make sure the stairs are well lit so that nobody trips.",
    ]


def test_things_to_tell_someone_are_listed_after_whom_they_go_to() -> None:
    assert _said(
        "Tell us the address, the day you want the skip delivered, and the name and phone number of the person "
        "hiring it."
    ) == [
        "Tell us: the address / the day you want the skip delivered / the name and phone number of the person hiring it"
    ]


def test_things_never_asked_are_listed_with_the_denial_said_once() -> None:
    assert _said(
        "Your water company will never ask you to pay in cash, buy vouchers or gift cards, or give your bank details "
        "to someone at the door."
    ) == [
        "Your water company will never ask you to: pay in cash / buy vouchers or gift cards, or / give your bank "
        "details to someone at the door"
    ]


def test_clauses_each_after_their_own_that_are_listed_after_the_verb() -> None:
    assert _said(
        "Before the event, check that the hall has a working fire alarm, that the exits are clear, and that a first "
        "aider will be there all day."
    ) == [
        "Before the event, check that: the hall has a working fire alarm / the exits are clear / a first aider will "
        "be there all day"
    ]
    assert _said(
        "It is no defence to say that you did not see the sign, or that you were only parked for a few minutes."
    ) == ["It is no defence to say that: you did not see the sign, or / you were only parked for a few minutes"]


def test_clauses_after_that_are_no_list_where_the_sentence_goes_on_or_a_relative_says_them() -> None:
    # (the main clause after the last; a clause of the sentence's own after it; a relative 'that')
    for sentence in (
        "If you think that a tree is dangerous, or that a branch could fall on the road, you can report it to us.",
        "The letters often say that you have won a prize, or that you are owed money, and ask you to ring a number.",
        "We also remove cars that have been left on the street for months, or that have no tax and no owner we can "
        "find.",
    ):
        assert _said(sentence) == [sentence]


def test_a_last_item_with_its_own_clause_is_listed_where_the_others_say_which_they_are() -> None:
    assert _said(
        "The jab is free for people aged 75 and over, people with a weak immune system, carers, and people who "
        "live in care homes."
    ) == [
        "The jab is free for: people aged 75 and over / people with a weak immune system / carers / people who live "
        "in care homes"
    ]


def test_questions_that_list_things_of_their_own_are_listed_whole() -> None:
    assert _said(
        "We will check whether there is enough space for a bin store, whether it can be reached from the road, and "
        "whether any pipes, cables or drains run under it."
    ) == [
        "We will check whether: there is enough space for a bin store / it can be reached from the road / any pipes, "
        "cables or drains run under it"
    ]


def test_either_of_two_cases_is_listed_though_a_case_lists_things_of_its_own() -> None:
    assert _said(
        "Call your midwife if your ankles, hands or face are suddenly swollen, or if you have a headache that will "
        "not go away."
    ) == [
        "Call your midwife if: your ankles, hands or face are suddenly swollen, or / you have a headache that will "
        "not go away"
    ]
    # (a reason after the last case is both cases', not the last one's)
    said = _said(
        "Call 111 if your child is under 3 months old and has a rash, or if the rash spreads quickly, as these can "
        "be signs of something more serious."
    )
    assert said == [
        "Call 111 if: your child is under 3 months old and has a rash, or / the rash spreads quickly",
        "This is because these can be signs of something more serious.",
    ]


def test_things_told_are_listed_though_the_last_holds_a_short_list_of_its_own() -> None:
    assert _said(
        "You will need to tell us the address of the empty home, the date it was last lived in, and the name, "
        "address and phone number of its owner."
    ) == [
        "You will need to tell us: the address of the empty home / the date it was last lived in / the name, "
        "address and phone number of its owner"
    ]


def test_a_describing_word_alone_between_commas_stays_with_its_noun() -> None:
    said = _said(
        "Signs include sneezing and coughing, a runny nose, sore, red or puffy eyes, and an itchy throat, mouth and "
        "ears."
    )
    assert not any("/ sore /" in s for s in said)
    assert said == [
        "Signs include: sneezing and coughing / a runny nose / sore, red or puffy eyes / an itchy throat, mouth and "
        "ears"
    ]


def test_doings_a_plan_includes_are_listed() -> None:
    assert _said(
        "Our plans include raising parking charges by 5%, closing two of our smaller offices, selling land we no "
        "longer need, and working with other councils to share staff."
    ) == [
        "Our plans include: raising parking charges by 5% / closing two of our smaller offices / selling land we no "
        "longer need / working with other councils to share staff"
    ]


def test_a_condition_that_lists_what_its_subject_does_keeps_the_verb_the_item_needs() -> None:
    assert _said(
        "This rule does not apply if you are a care leaver, are leaving the armed forces or need to move here to "
        "look after a relative."
    ) == [
        "This rule does not apply if you: are a care leaver / are leaving the armed forces, or / need to move here "
        "to look after a relative"
    ]


def test_groups_a_thing_is_most_true_of_are_listed_after_it() -> None:
    assert _said(
        "We need more volunteer drivers, especially for the school run, hospital visits that start early, and trips "
        "to the day centre."
    ) == [
        "We need more volunteer drivers.",
        "This is especially true for: the school run / hospital visits that start early / trips to the day centre",
    ]


def test_a_verb_after_an_age_the_parse_reads_as_a_noun_still_makes_a_sentence() -> None:
    assert _said(
        "Children under 16 need a parent or guardian to sign the consent form, but they do not need to bring their "
        "own goggles."
    ) == [
        "Children under 16 need a parent or guardian to sign the consent form.",
        "But they do not need to bring their own goggles.",
    ]


def test_a_verb_before_how_much_the_parse_reads_as_a_noun_still_makes_a_sentence() -> None:
    assert stands_alone("A water meter measures how much water you use.")
    assert not stands_alone("New measures that protect tenants.")
    assert not stands_alone("The measures we have taken.")


def test_a_denial_first_is_of_every_order_in_the_choice_after_it() -> None:
    # 'Keep cut flowers in the house or dry washing outside.' had been said as an order of its own
    said = _said(
        "Do not mow the lawn, sit on the grass, spend a long time outdoors, keep cut flowers in the house or dry "
        "washing outside."
    )
    assert not any(s.startswith(("Keep cut flowers", "Sit on", "Spend")) for s in said)
    # (with 'and', the orders after the first are orders of their own)
    assert _said("Do not panic, stay calm, move away from the building and call 999 from a safe place.")[0] == (
        "Do not panic."
    )


def test_a_state_of_the_readers_thing_after_their_condition_is_more_of_it() -> None:
    # 'The car is registered to you at that address.' had been said as a fact
    assert _said(
        "You can apply for a blue badge parking bay if you live in a street with no driveways, and the car is "
        "registered to you at that address."
    ) == [
        "You can apply for a blue badge parking bay if: you live in a street with no driveways, and / the car is "
        "registered to you at that address"
    ]
    assert _said(
        "You will get a discount if you pay by direct debit, and the bill will be sent to you by email every month."
    ) == ["You will get a discount if you pay by direct debit.", "The bill will be sent to you by email every month."]


def test_a_way_after_the_last_of_several_choices_is_that_choices_own() -> None:
    # 'Do this by calling X.' after the list had said all three were done by calling
    said = _said(
        "You can answer the survey online, pick up a paper form at the town hall, or ask for it in large print, "
        "Braille or another language by calling 01632 960 123."
    )
    assert not any(s.startswith("Do this by calling") for s in said)


def test_one_thing_described_is_no_list() -> None:
    # '- 4 months' had been a bullet of its own, cut from '3 years and 4 months'
    sentence = "Babies are offered 2 jabs, the first when they are 8 weeks old and the second at 1 year and 2 months."
    assert _said(sentence) == [sentence]


def test_a_time_in_the_readers_second_case_stays_in_the_condition() -> None:
    # 'This happened during the week of X.' had said the reader's case as a fact
    sentence = (
        "You could get the grant if you were born before 1 April 1960, and you lived in Wales during the week of 10 "
        "to 16 March."
    )
    assert not any(s.startswith("This happened") for s in _said(sentence))


def test_an_amount_and_the_noun_its_clause_says_which_of_is_no_sentence() -> None:
    # 'And £20 for each day we have stored it.' had been said alone
    assert not stands_alone("And £15 for each day we have kept it.")
    assert stands_alone("3 people were hurt.")
    assert stands_alone("But 14 to 17 year olds can ride a bike if an adult hires it.")
    sentence = (
        "You will need to show that you own the bike and pay a fee of £40 before you can take it away, and £5 for "
        "each day we have kept it."
    )
    assert not any(s.startswith(("And £5", "£5")) for s in _said(sentence))


def test_a_case_after_an_exception_is_never_turned_into_one() -> None:
    # 'This does not apply if you have children, or you are from abroad' said being from abroad lets you get it
    sentence = (
        "You cannot usually get a grant if you are a full-time student, unless you have children or a disability, "
        "or you are a person from abroad who cannot claim public funds."
    )
    assert not any(
        "or you are a person from abroad" in s and s.startswith("This does not apply") for s in _said(sentence)
    )


def test_a_place_something_is_kept_away_from_starts_no_range_of_time() -> None:
    # 'You should do this from the area until the next day.' had cut the place from its verb
    assert _said("You should keep children and pets away from the treated area until the next morning.") == [
        "You should keep children and pets away from the treated area.",
        "You should do this until the next morning.",
    ]


def test_what_goes_on_meanwhile_after_a_future_is_never_set_against_it() -> None:
    # 'But the water company replaces a pipe.' had turned 'while' (meanwhile) into a contrast
    said = _said(
        "Station Road will be closed between the bridge and the school from Monday 2 March for about 2 weeks, while "
        "the water company replaces a burst pipe."
    )
    assert not any(s.startswith("But the water company") for s in said)


def test_a_relative_clause_runs_on_through_the_list_of_doings_it_began() -> None:
    assert _said(
        "Our victim support team can give you a case worker, who can help you through the process of giving a "
        "statement, going to court or claiming compensation."
    ) == [
        "Our victim support team can give you a case worker.",
        "This person can help you through the process of giving a statement, going to court or claiming compensation.",
    ]


def test_a_list_nested_in_another_is_never_cut_at_its_commas() -> None:
    # '- van or cart on a street' / '- pavement, or' had cut two lists into one
    said = _said(
        "You need a permit from us to sell drinks or snacks from a table, trailer or barrow on a street, square or "
        "other public place in the town."
    )
    assert not any(s.startswith("You need a permit from us to sell drinks or snacks from:") for s in said)


def test_a_helper_in_a_things_own_clause_says_nothing_of_what_follows_a_condition() -> None:
    # ('that we should plan for' is the needs' own clause, not what follows from them)
    assert _said(
        "If you need a signer, or you have any other needs that we should plan for, please tell us at least 5 days "
        "before the meeting."
    ) == [
        "Please tell us at least 5 days before the meeting if: you need a signer, or / you have any other needs that "
        "we should plan for"
    ]


def test_a_last_item_with_its_own_preposition_takes_the_introductions_to_the_others() -> None:
    # 'ride it on:' / 'in parks' had read 'ride it on in parks'
    assert _said(
        "It is illegal to ride a privately owned e-bike on public roads, pavements, cycle paths or in parks."
    ) == [
        "It is illegal to ride a privately owned e-bike: on public roads / on pavements / on cycle paths, or / in parks"
    ]


def test_items_that_open_with_the_same_word_are_alike_not_nested() -> None:
    assert _said(
        "Signs include feeling faint, feeling cold or shivering, feeling confused and drowsy, a fast heartbeat, and "
        "pale or blue lips."
    ) == [
        "Signs include: feeling faint / feeling cold or shivering / feeling confused and drowsy / a fast heartbeat / "
        "pale or blue lips"
    ]


def test_what_a_thing_is_used_to_do_is_listed_after_its_to() -> None:
    # 'You can:' / 'use the grant to pay for X' / 'buy Y' had said the reader could buy Y with any money
    assert _said("You can use the voucher to pay for school shoes, buy a winter coat, or pay for a school trip.") == [
        "You can use the voucher to: pay for school shoes / buy a winter coat, or / pay for a school trip"
    ]
    # (not a preposition 'to', nor 'what to do')
    said = _said("We can also help you plan a safe route to work or school, and find a refuge if you need one.")
    assert not any(s.endswith("route to:") for s in said)


def test_a_second_thing_made_sure_of_is_never_said_as_a_fact() -> None:
    # 'The box is not too heavy to lift.' had been said as a fact
    sentence = "Make sure the lid is shut and the box is not too heavy to lift."
    assert _said(sentence) == [sentence]


def test_a_clause_after_a_closing_when_is_more_of_the_case() -> None:
    # 'And another person breathes in the germs.' had been said as something that happens anyway
    sentence = "It spreads when someone with the virus coughs or sneezes, and another person breathes in the germs."
    assert _said(sentence) == [sentence]


def test_a_list_of_symptoms_is_never_cut_at_a_thing_the_parse_reads_as_a_clause() -> None:
    # 'Night sweats, losing weight without trying and feeling very tired.' had been cut from the list
    said = _said(
        "Typical symptoms are a cough that lasts more than 3 weeks, a high temperature, night sweats, losing weight "
        "without trying and feeling very tired."
    )
    assert not any(s.startswith(("Night sweats", "The cough lasts")) for s in said)


def test_a_doing_among_things_listed_is_one_of_them() -> None:
    # 'The welfare plan moves into a care home and X.' had taken a thing of the list for what the plan does
    sentence = (
        "A care plan covers decisions about your daily routine, medical care, moving into a care home and treatment "
        "to keep you alive."
    )
    assert not any("moves into a care home" in s for s in _said(sentence))


def test_a_second_thing_with_its_verb_left_out_is_no_clause() -> None:
    # 'Rotavirus drops in their mouth.' had been said as a sentence of its own
    sentence = "Your child will have 2 injections in their arm, and nasal spray drops in their nose."
    assert not any(s.startswith("Nasal spray drops") for s in _said(sentence))


def test_the_people_a_condition_lists_the_doings_of_keep_their_own_clause() -> None:
    # 'if someone you:' / 'live with checks your phone' had cut the subject's own clause
    assert _said(
        "You may be at risk if someone you live with reads your messages, stops you seeing friends, takes your "
        "money, or makes you feel scared."
    ) == [
        "You may be at risk if someone you live with: reads your messages / stops you seeing friends / takes your "
        "money, or / makes you feel scared"
    ]


def test_a_verb_the_parse_reads_as_a_describing_word_makes_no_people_a_thing_is_for() -> None:
    # 'These officers are for fine people who drop litter.' had read 'to fine' as 'to fine people'
    said = _said("We will also take on 3 more wardens to fine people who let their dogs foul the pavement.")
    assert not any("for fine people" in s for s in said)


def test_a_doing_with_its_own_place_or_a_clause_is_no_more_of_the_object_before_it() -> None:
    assert _said(
        "We would like to visit you if you are over 75, live on your own, have an illness that would make it hard "
        "to escape from a fire, or smoke in bed."
    ) == [
        "We would like to visit you if you: are over 75 / live on your own / have an illness that would make it hard "
        "to escape from a fire, or / smoke in bed"
    ]
    assert _said(
        "You must tell us within 14 days if your pay goes up or down, someone moves in or out of your home, or you "
        "move house."
    ) == [
        "You must tell us within 14 days if: your pay goes up or down / someone moves in or out of your home, or / "
        "you move house"
    ]


def test_a_helper_in_a_things_own_clause_holds_no_list_of_doings() -> None:
    assert _said(
        "Our advisers can check that you are claiming all the help you can get, help you to pay off debts, and fill "
        "in forms for you."
    ) == [
        "Our advisers can: check that you are claiming all the help you can get / help you to pay off debts / fill in "
        "forms for you"
    ]


def test_what_we_do_is_listed_though_each_doing_ends_on_the_same_place() -> None:
    assert _said(
        "We write to the owners of homes next to the site, put up a sign on or near the site, and publish the plans "
        "on our website."
    ) == [
        "This is what we do: write to the owners of homes next to the site / put up a sign on or near the site / "
        "publish the plans on our website"
    ]


def test_the_ones_an_order_is_about_are_never_said_to_be_whom_it_is_for() -> None:
    # 'This is especially important for people whose X' had told those people to keep away
    assert _said(
        "Keep away from people who are more likely to become very ill, especially people whose immune system is weak."
    ) == [
        "Keep away from people who are more likely to become very ill.",
        "This is especially true of people whose immune system is weak.",
    ]


def test_a_whether_clause_that_lists_doings_is_never_cut_from_its_main_clause() -> None:
    # 'Whether you want to learn a new skill, get a qualification or meet new people.' had been left alone
    sentence = "Whether you want to get fit, learn to swim or meet new friends, there is a class for you at the centre."
    assert not any(s.startswith("Whether") and s.endswith("friends.") for s in _said(sentence))


def test_cases_that_go_on_from_a_reason_inside_the_first_keep_its_subject() -> None:
    # 'if the home:' / 'has moved into a care home' / 'is in prison' had said them of the home
    sentence = (
        "You may not have to pay the charge if the flat is empty because the person who lived there has died, has "
        "moved into a care home, or is in prison."
    )
    assert not any("if the flat:" in s for s in _said(sentence))


def test_a_plain_verb_after_a_comma_goes_on_from_the_helper_not_from_ask_to() -> None:
    # 'They can ask to take it away.' had made the taking something they ask to do
    assert _said("Wardens can ask to see your permit, and take it away if they think it is being misused.") == [
        "Wardens can ask to see your permit.",
        "Wardens can take it away if they think it is being misused.",
    ]


def test_things_a_sentence_includes_are_never_cut_after_the_first() -> None:
    # 'Gnaw marks on food packaging or wood, holes in walls, and X.' had been said alone
    said = _said(
        "Signs of rats include droppings, gnaw marks on food packaging or wood, holes in walls or floors, and "
        "scratching noises at night."
    )
    assert not any(s.startswith("Gnaw marks") for s in said)


def test_bare_verbs_that_share_the_last_ones_thing_are_one_order() -> None:
    # 'do not drill, sand' / 'cut, or' / 'break it' had cut one order into a list
    sentence = "If you think a wall contains asbestos, do not drill, sand, cut or break it."
    assert _said(sentence) == [sentence]


def test_a_reason_after_an_opening_conditions_comma_is_the_conditions() -> None:
    # 'Because of your age, a disability or an illness, we can arrange X.' had given the reason to the arranging
    said = _said(
        "If you find it hard to get to the shops, because of your age, a disability or an illness, we can arrange for "
        "your shopping to be delivered."
    )
    assert not any(s.startswith(("Because of your age", "This is because of your age")) for s in said)


def test_a_condition_after_an_aside_is_never_listed_as_the_asides() -> None:
    # 'You can get a card, which gives you 50% off if you:' had given the cases to the discount
    said = _said(
        "You can get a discount card, which gives you up to half off, if you get certain benefits, are a full-time "
        "student, are aged 65 or over, or are a carer."
    )
    assert not any("half off if you:" in s for s in said)


def test_a_comparison_with_nothing_after_it_waits_for_the_phrase_both_share() -> None:
    # 'But it is more common.' had said nothing of whom
    said = _said(
        "Anyone can catch the virus, but it is more common and can be more serious in babies and young children."
    )
    assert "But it is more common." not in said


def test_doings_after_a_long_first_case_are_no_things_of_its_phrase() -> None:
    assert _said(
        "Call 999 if the child is no better after 20 minutes of cooling down, has a fit, or loses consciousness."
    ) == ["Call 999 if the child: is no better after 20 minutes of cooling down / has a fit, or / loses consciousness"]

"""Guards from a seventy-eighth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from publisher.model import Block
from publisher.plain.active import to_active
from publisher.plain.letters import said_from
from publisher.plain.words import replace_words

from .said import restructured as _said


def test_a_phrase_of_the_noun_before_the_comma_is_never_a_sentence() -> None:
    # 'a serious breach, or repeated breaches, of the rules': the 'of' is both breaches', not a sentence's start
    said = _said(
        "Only the warden can evict a resident, and they can only do so for a serious breach, or persistent breaches,"
        " of the tenancy agreement, where allowing the resident to stay would seriously harm the health or welfare of"
        " the resident or others."
    )
    assert not any(s.startswith("Of ") for s in said)
    assert any("persistent breaches, of the tenancy agreement" in s for s in said)


def test_a_way_said_of_one_place_in_a_list_of_places_stays_with_it() -> None:
    # 'to the police by calling 101, to the council online, or to X': calling 101 is how to tell the police only
    said = _said(
        "For noise that is not an emergency, you can report it to the police by calling 101, to the council through"
        " its website, or to your landlord if you or the people making the noise are their tenants."
    )
    assert not any(s.startswith("You can do this by calling 101") for s in said)
    assert any("to the police by calling 101, to the council through its website" in s for s in said)


def test_a_time_after_an_aside_about_opening_hours_is_the_asides() -> None:
    # 'the unit, which is open Monday to Friday, 8am to 6pm': the hours are the unit's, not the phone call's
    said = _said(
        "You can apply online at any time, or you can ask for a paper form by phoning the Pension Service on"
        " 0800 731 7898, which is open Monday to Friday, 8am to 6pm."
    )
    assert not any("7898, 8am to 6pm" in s for s in said)
    assert any(s.endswith("open Monday to Friday, 8am to 6pm.") for s in said)


def test_a_condition_that_points_back_at_its_sentence_is_not_asked_first() -> None:
    # 'if you would find that easier': asked first, 'that' would mean nothing yet
    said = _said(
        "Your pension is usually paid every four weeks into your bank account, although you can ask to be paid"
        " weekly if you would find that easier to manage."
    )
    assert not any(s.endswith("find that easier to manage?") for s in said)
    assert any("paid weekly if you would find that easier to manage" in s for s in said)


def test_a_time_said_again_after_any_time_is_no_list() -> None:
    # 'at any time, day or night': 'day' and 'night' say 'any time' again, they are no things to list
    said = _said("You can phone our emergency repairs line at any time, day or night.")
    assert said == ["You can phone our emergency repairs line at any time, day or night."]


def test_examples_that_end_at_their_and_do_not_take_the_next_things() -> None:
    # 'income, including wages, benefits and pensions, your savings and X': savings are not income
    said = _said(
        "We look at your household's income, including wages, benefits and pensions, your savings and the people who"
        " live with you."
    )
    assert not any(s.startswith("This includes") for s in said)
    assert not any("including: wages" in s for s in said)


def test_a_person_after_the_clauses_verb_is_its_object_not_a_second_subject() -> None:
    # 'most people who can get it are paid': 'it' is what they get, and the clause after 'and' stands alone
    said = _said(
        "The Warm Home Grant is a yearly payment of between £150 and £400 to help older people pay their heating"
        " bills, and most people who can get it are paid automatically in November or December."
    )
    assert "Most people who can get it are paid automatically in November or December." in said


def test_a_second_verb_of_a_person_told_of_after_that_says_who_again() -> None:
    # 'which means that the carer of X can visit at any time, and can stay overnight': the carer stays, not 'It'
    said = _said(
        "We support the Carers Together scheme, which means that the carer of a patient who has dementia, a learning"
        " disability or another condition that affects their understanding can visit at any time, including outside"
        " visiting hours, and can stay overnight if the ward can arrange it."
    )
    assert not any(s.startswith("It can stay") for s in said)
    assert "The carer can stay overnight if the ward can arrange it." in said


def test_not_only_keeps_its_but_also() -> None:
    said = _said(
        "Dog waste is not only unpleasant, but it can also carry worm eggs, which can cause an infection called"
        " toxocariasis, and in rare cases this can damage a child's sight."
    )
    assert not any(s.endswith("not only unpleasant.") for s in said)
    assert "Dog waste is not only unpleasant, but it can also carry worm eggs." in said


def test_orders_with_lists_of_their_own_are_said_one_at_a_time() -> None:
    # the commas inside 'your family, pets and X' and 'the gas, electricity and water' are the orders' own lists
    said = _said(
        "Move your children, pets and precious things upstairs or to a higher place, switch off the gas, electricity"
        " and water at the mains if it is safe to do so, and put flood boards or sandbags in place if you have them."
    )
    assert said == [
        "Move your children, pets and precious things upstairs or to a higher place.",
        "Switch off the gas, electricity and water at the mains if it is safe to do so.",
        "Put flood boards or sandbags in place if you have them.",
    ]


def test_more_of_what_the_person_who_may_help_does_is_no_order_to_the_reader() -> None:
    # 'your GP, who may look in your ears, and then refer you': the GP refers you; 'Then refer you' is no order
    said = _said(
        "If your sight seems to be getting worse, talk to your optician, who may look at the back of your eyes to check"
        " for signs of glaucoma or a cataract, and then refer you to an eye clinic for a full examination."
    )
    assert not any(s.startswith(("Then refer you", "Refer you")) for s in said)


def test_a_phrase_and_its_where_clause_after_and_are_not_cut_from_their_clause() -> None:
    # ', and in some parks, where X, a warden may Y': 'and in some parks.' is no sentence
    said = _said(
        "A warden can stop and search your bag if they have reasonable grounds to suspect that you are carrying"
        " alcohol, a knife, stolen goods or something that could be used to damage the park, and in some parks, where"
        " trouble is expected, a warden may search you without reasonable grounds for a limited time."
    )
    assert not any(s.endswith(("and in some parks.", "where trouble is expected.")) for s in said)


def test_a_sentence_after_the_and_that_closed_the_conditions_is_no_condition() -> None:
    # 'if A, B, and C, and you do not need X': 'you do not need X' is said of everyone, no condition to meet
    said = _said(
        "You can apply if you live in Eastfield, your household income is less than £22,000 a year after tax, and you"
        " have less than £2,000 in savings, and you do not need to be getting benefits to apply."
    )
    assert not any("/ you do not need to be getting benefits" in s for s in said)
    assert "You do not need to be getting benefits to apply." in said


def test_the_other_way_after_a_reason_is_not_put_inside_the_reason() -> None:
    # 'have X ready, because we will ask for it, or, if you cannot use the form, phone us': phoning is no reason
    said = _said(
        "Fill in the online form, which takes about 20 minutes, and have your payslips for the last month ready,"
        " because we will ask you to upload them, or, if you cannot use the form, phone us on 01632 960 905 and an"
        " adviser will fill it in with you."
    )
    assert not any(s.startswith("This is because") and "phone us" in s for s in said)


def test_the_next_verbs_of_a_helper_with_a_subject_are_no_order_to_the_reader() -> None:
    # 'one of our advisers will look around your home, check that X, fit Y and talk to you': the adviser checks
    said = _said(
        "During the visit, which usually takes about an hour, one of our firefighters or safety advisers will look"
        " around your home with you, check that you have working smoke alarms, fit free alarms if you need them and"
        " talk to you about how to escape if there is a fire."
    )
    assert not any(s.startswith("Check that you have working smoke alarms") for s in said)


def test_a_time_inside_a_condition_stays_in_the_condition() -> None:
    # 'if you are starting or returning to work within 31 days of applying': the start is within 31 days
    said = _said(
        "You can still get it if you are on sick leave, maternity, paternity or adoption leave, or if you are"
        " starting or returning to work within 31 days of applying."
    )
    assert not any(s.startswith("This happens within") for s in said)


def test_every_verb_that_takes_the_thing_of_a_which_clause_says_it() -> None:
    # 'forms, which you then need to print, sign and send to X': each verb takes the forms, not the first alone
    said = _said(
        "You can apply online or by filling in paper forms, which you then need to print, sign and send to the"
        " Passport Office."
    )
    assert not any("print them / sign / send" in s for s in said)
    assert not any(s.startswith("You then need to print them, sign and") for s in said)
    assert any("send them to the Passport Office" in s for s in said)


def test_one_in_a_range_with_between_is_written_as_a_digit_like_the_other() -> None:
    plain, _ = replace_words("The court can order them to pay you between one and three times the amount.")
    assert "between 1 and 3 times" in plain
    assert replace_words("One of them is between one and the other.")[0] == "One of them is between one and the other."


def test_a_short_name_after_or_is_no_second_item_of_a_list() -> None:
    # 'A prepayment certificate, or PPC, lets you X, and it will Y': the PPC is the certificate's short name
    said = _said(
        "A travel season ticket, or TST, lets you make as many journeys as you like for a set price, and it will save"
        " you money if you travel more than three times a week or more than 12 times a month."
    )
    assert "It will save you money if you travel more than three times a week or more than 12 times a month." in said


def test_ages_under_a_number_stay_with_the_first_of_several_conditions() -> None:
    # 'if you are 60 or over, under 16, or 16 to 18 and X, if Y, or if Z': three conditions, the first with ages
    said = _said(
        "You do not need to pay for eye tests if you are 60 or over, under 16, or 16 to 18 and in full-time"
        " education, if you are registered as blind or partially sighted, or if you get certain benefits."
    )
    assert said[0].startswith("You do not need to pay for eye tests if: you are 60 or over, under 16, or 16 to 18")
    assert "you get certain benefits" in said[0]


def test_a_participle_that_is_never_a_past_tense_shares_the_helper() -> None:
    # 'is not paid in cash but taken off your bill': 'taken' is never a past tense, so 'it taken' is no sentence
    said = _said(
        "The Winter Discount is a one-off discount of £120 on your gas bill, which is paid between November and"
        " February, and it is not paid to you in cash but taken off your bill by your supplier."
    )
    assert not any(" it taken " in f" {s} " for s in said)
    assert "But your supplier takes it off your bill." in said


def test_an_opening_whether_or_not_clause_is_no_question_cut_off() -> None:
    said = _said(
        "Whether or not you need planning permission, most loft conversions need building regulations approval, which"
        " makes sure that the work is safe, warm and accessible, and you must apply for it before you start work."
    )
    assert "You must apply for it before you start work." in said


def test_a_last_phrase_after_and_the_parse_hung_elsewhere_is_the_relative_clauses() -> None:
    # 'a pass, which lets you travel after 9.30am on weekdays and at any time at weekends': one clause to its end
    said = _said(
        "You can get a free travel pass, which lets you travel for free on local trams anywhere in the county between"
        " 9.30am and 11pm on weekdays and at any time at weekends and on bank holidays."
    )
    assert "You can get a free travel pass." in said
    assert any(s.startswith("This lets you travel") and s.endswith("on bank holidays.") for s in said)


def test_a_last_thing_after_a_which_clause_is_more_of_what_the_sentence_takes() -> None:
    # 'bring the NHS number, which is in the red book, and proof of your identity': the proof is to bring too
    said = _said(
        "You do not need to take any papers, but it helps to bring your child's NHS number, which is in the red book"
        " you were given at the hospital, and proof of your address."
    )
    assert not any(s.startswith("This is in the red book") and "proof of your address" in s for s in said)


def test_a_link_and_a_phrase_before_a_comma_open_the_clause_after_it() -> None:
    # 'This is the first rise, and even after it, a meal will still cost less': 'and even after it.' is no sentence
    said = _said(
        "This is the first rise in four years, and even after it, a swim will still cost less than it does in most of"
        " the neighbouring towns, and our pools will continue to open seven days a week."
    )
    assert not any(s.endswith("and even after it.") for s in said)


def test_an_order_after_a_reason_is_not_put_inside_the_reason() -> None:
    said = _said(
        "Please make sure that your child's lunch account is topped up before the start of term, as we are no longer"
        " able to let debts build up on accounts, and speak to the school office if you are having trouble paying."
    )
    assert not any(s.startswith("This is because") and "speak to the school office" in s for s in said)


def test_a_letter_signed_by_a_service_is_from_the_service() -> None:
    lines = ("Yours faithfully", "School Transport Service")
    blocks, _ = said_from([Block("paragraph", ("We will write again in May.",)), *(Block("paragraph", (line,))
                                                                                  for line in lines)])  # fmt: skip
    assert blocks[-1].items == ("This letter is from the School Transport Service.",)


def test_a_short_condition_between_commas_is_an_aside_not_a_new_sentence() -> None:
    # 'work out how much, if anything, you will need to pay': 'If anything, you will need to pay' says you will pay
    said = _said("We will then look at your savings to work out how much, if anything, you will need to pay each week.")
    assert not any(s.startswith("If anything") for s in said)
    assert any("how much, if anything, you will need to pay each week" in s for s in said)


def test_a_present_tense_after_a_plural_subject_tagged_as_a_base_form_stands() -> None:
    # 'Your supplier and your network operator keep a register': 'keep' is the present tense of both
    said = _said(
        "Your landlord and your letting agent keep a free list of tenants who are older, disabled, seriously ill or"
        " who have young children, and being on it means that you will get a warning of planned repairs."
    )
    assert "Being on it means that you will get a warning of planned repairs." in said


def test_as_well_as_is_one_link_never_the_end_of_an_item() -> None:
    said = _said(
        "The hub offers advice, training, cooking and arts and crafts, as well as a safe place to meet other carers."
    )
    assert not any(s.endswith(", as well") or ", as well /" in s for s in said)


def test_a_noun_straight_before_a_possessive_is_no_sentence() -> None:
    # 'such as the records it keeps and the training its staff have had': 'The training its staff have had.' is none
    said = _said(
        "The inspector looks at how food is handled, stored and cooked, the state of the kitchen, including how clean"
        " it is, and how the business manages food safety, such as the records it keeps and the training its staff"
        " have had."
    )
    assert not any(s.startswith("The training its staff") for s in said)


def test_a_reason_between_conditions_is_not_said_with_the_conditions_after_it() -> None:
    # 'if you are a young adult, because many missed out, if you are planning a pregnancy, or if X'
    said = _said(
        "You should check that you have had both doses if you are a young adult, because many people born between 1998"
        " and 2004 missed out, if you are planning a pregnancy, or if you work in a school or a nursery."
    )
    assert not any(s.startswith("This is because") and "if you are planning a pregnancy" in s for s in said)


def test_a_list_item_never_carries_the_as_well_as_of_the_whole_list() -> None:
    said = _said(
        "The centre offers yoga, pilates, dance and arts and crafts, as well as a quiet place to meet friends."
    )
    assert not any(", as well as a quiet place" in s and " / " in s for s in said)


def test_a_sentence_after_a_list_its_inner_and_closed_is_no_condition() -> None:
    # 'if A, B and you have C, and there is no upper age limit': there is no age limit for anyone
    said = _said(
        "You can join if you are aged 16 or over, you are not in full-time education and you have the right to work"
        " in the UK, and there is no upper age limit, so you can join at any stage of your career."
    )
    assert "There is no upper age limit." in said
    assert not any("/ there is no upper age limit" in s for s in said)


def test_a_list_of_people_each_with_a_clause_is_not_cut_between_its_items() -> None:
    said = _said(
        "Parking is free for Blue Badge holders, parents of sick children staying overnight, people visiting relatives"
        " who are gravely ill, and staff working night shifts, but you must ask for a free permit at the main desk."
    )
    assert not any(s.startswith("People visiting relatives") for s in said)


def test_attend_with_no_place_after_it_is_go_not_go_to() -> None:
    plain, _ = replace_words("We want to agree a plan to help her attend more regularly.")
    assert plain == "We want to agree a plan to help her go more regularly."
    assert replace_words("She can attend more than one school.")[0] == "She can go to more than one school."


def test_if_you_can_between_orders_is_no_list_of_conditions() -> None:
    # 'turn off the cooker if you can, leave the building and call X': 'can' is no case, and leaving is an order
    said = _said(
        "Open the doors and windows, turn off the gas at the meter if you can, leave the building and call the gas"
        " emergency line on 0800 111 999, which is free and open 24 hours a day."
    )
    assert not any("if you: can /" in s for s in said)


def test_an_order_to_have_a_thing_done_opens_a_series_of_orders() -> None:
    said = _said(
        "Have your chimney cleaned every year by a registered sweep, fit a smoke alarm on every floor of your home, and"
        " never leave a fire burning when you go out or go to bed."
    )
    assert said == [
        "Have your chimney cleaned every year by a registered sweep.",
        "Fit a smoke alarm on every floor of your home.",
        "Never leave a fire burning when you go out or go to bed.",
    ]


def test_two_things_joined_by_or_are_no_subject_and_verb() -> None:
    # 'Sores or lumps around your genitals.': 'lumps' read as a verb made a list's last item a sentence
    said = _said(
        "If you have symptoms, such as pain when you pass urine, unusual discharge, or sores or lumps around your"
        " genitals, you should book an appointment at a clinic rather than use a home testing kit."
    )
    assert not any(s.startswith("Sores or lumps") for s in said)


def test_a_time_for_what_someone_is_asked_to_do_stays_with_the_asking() -> None:
    # 'we will ask you to send it within 14 days': the sending is within 14 days, not 'We will do this'
    said = _said("We will ask you to send us your payslips within fourteen days of the date of this letter.")
    assert not any(s.startswith(("We will do this", "This happens")) for s in said)


def test_the_other_case_of_a_condition_after_or_stays_in_the_condition() -> None:
    # 'as long as the person has died, or the event took place 20 years ago': 'Or the event took place' is no fact
    said = _said(
        "Anyone can suggest a person or an event, as long as the person has been dead for at least 20 years, or the"
        " event took place at least 20 years ago, and the building where they lived or worked, or where the event"
        " happened, is still standing."
    )
    assert not any(s.startswith("Or the event took place") for s in said)


def test_a_pronoun_made_the_object_goes_before_the_verbs_particle() -> None:
    assert to_active("This is picked up by a computer.", "") == "A computer picks this up."
    assert to_active("The bins are picked up by our crews.", "") == "Our crews pick up the bins."


def test_a_name_between_commas_after_for_keeps_its_to() -> None:
    # 'arranged for our contractor, X Ltd, to carry out the repairs': the contractor is to do them, no purpose
    said = _said(
        "The damp is caused by a leaking pipe under the sink, and we have arranged for our contractor, Eastway Building"
        " Services, to carry out the repairs."
    )
    assert not any(s.startswith("This is to carry out the repairs") for s in said)


def test_a_thing_replaced_keeps_its_with_after_its_which_clause() -> None:
    said = _said(
        "The paddling pool will be closed for about 8 weeks, while we replace the old pump, which was installed in 1995"
        " and is now worn out, with a new pump that uses less power."
    )
    assert not any(s.startswith("This is now worn out, with") for s in said)


def test_orders_after_a_reason_are_not_put_inside_it_whatever_the_parse_took_for_its_root() -> None:
    said = _said(
        "Wash your hands with soap and water, because alcohol hand gels do not kill norovirus, and clean surfaces and"
        " toilets with a bleach-based cleaner, and wash any clothes or bedding that could be dirty on a hot wash."
    )
    assert not any(s.startswith("This is because") and "clean surfaces" in s for s in said)


def test_the_next_verbs_of_someone_who_will_help_are_no_order_whatever_the_parse_took_for_the_root() -> None:
    # 'The nurse will talk to you, ask about your symptoms and, if needed, examine you': the nurse asks
    said = _said(
        "The nurse will talk to you in a private room, ask about your symptoms and, if needed, examine you, and they"
        " will then either give you advice, supply a medicine or refer you to your GP or another service."
    )
    assert not any(s.startswith("Ask about your symptoms") for s in said)


def test_a_describing_word_of_the_next_thing_in_a_list_is_no_verb() -> None:
    # 'we also have half plots and raised beds': 'We raised beds.' is no sentence of the source's
    said = _said(
        "Most plots are 250 square metres, although we also have half plots and raised beds for people who find it"
        " hard to bend or kneel."
    )
    assert not any(s.startswith("We raised beds") for s in said)


def test_a_list_of_lists_is_not_cut_at_the_and_between_them() -> None:
    # 'glass bottles and jars, and plastic bottles, pots, tubs and trays in your bin': one list of what goes in
    said = _said(
        "You can put paper, card, cans, tins, glass bottles and jars, and plastic bottles, pots, tubs and trays in your"
        " new bin, all mixed together, but please make sure they are empty and clean."
    )
    assert not any(s.startswith("Plastic bottles, pots") for s in said)


def test_an_apposition_names_the_thing_with_all_its_words() -> None:
    # 'the most detailed check, an enhanced check, needed for X': not 'Detailed check is', nor 'is needed.' alone
    said = _said(
        "There are different levels of check, and the one you need depends on the kind of work you will be doing, with"
        " the most detailed check, an enhanced check with a check of the barred lists, needed for people who work"
        " closely with children or vulnerable adults."
    )
    assert not any(s.startswith("Detailed check is") for s in said)
    assert not any(s.endswith("is needed.") for s in said)

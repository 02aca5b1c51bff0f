"""Guards from a seventy-ninth set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from .said import restructured as _said


def test_an_old_name_said_apart_keeps_its_verb() -> None:
    # 'The suspension used to be called X' reads to the parser as a noun with no verb: 'was once called' has one
    said = _said(
        "A suspension, which used to be called a fixed-term exclusion, is when your child is removed from school"
        " for a set number of days."
    )
    assert said == [
        "A suspension is when your child is removed from school for a set number of days.",
        "The suspension was once called a fixed-term exclusion.",
    ]


def test_examples_before_the_verb_of_a_reason_stay_in_it() -> None:
    # 'because carriers, such as airlines, check X': 'This is because carriers.' would have no reason left
    said = _said(
        "Before you travel, you should update your UKVI account with the details of the passport you will travel"
        " on, because carriers, such as airlines, check your eVisa against your passport before you board."
    )
    assert "This is because carriers." not in said
    assert any(s.startswith("This is because carriers, such as airlines, check your eVisa") for s in said)


def test_things_after_examples_are_no_list_of_their_own() -> None:
    # 'a healthy meal and activities such as sport, arts and crafts, cooking and trips': the crafts are examples
    said = _said(
        "During the Easter, summer and Christmas school holidays, we run free activity sessions for children and"
        " young people who get benefits-related free school meals, which include a healthy meal and activities"
        " such as sport, arts and crafts, cooking and trips."
    )
    assert not any("a healthy meal and activities such as sport /" in s for s in said)
    assert any("activities such as sport, arts and crafts, cooking and trips" in s for s in said)


def test_a_clause_about_the_reader_after_only_if_is_more_of_the_condition() -> None:
    # 'can only be offered a course if A, and the speed you were driving at was B': B is no fact, it is asked
    said = _said(
        "You can only be offered a course if you have not been on a speed awareness course in the last 3 years,"
        " and the speed you were driving at was no more than 10% of the limit plus 9 miles per hour."
    )
    assert "The speed you were driving at was no more than 10% of the limit plus 9 miles per hour." not in said
    assert any(s.startswith("You can only be offered a course if") and "the speed you were" in s for s in said)


def test_a_general_clause_after_only_if_is_a_sentence_of_its_own() -> None:
    # 'and the best way to check is X' is about nobody's case: said apart as before
    said = _said(
        "You can only be sure that your child has head lice if you find a live louse, and the best way to check"
        " is detection combing."
    )
    assert said == [
        "You can only be sure that your child has head lice if you find a live louse.",
        "The best way to check is detection combing.",
    ]


def test_a_whether_clause_as_subject_is_not_made_active() -> None:
    # 'Whether you are offered a course is decided by the police' -> not 'Whether you are offered the police decide a
    # course.'
    said = _said(
        "Whether you are offered a place is decided by the panel, and you cannot ask for one if you have not been"
        " offered it."
    )
    assert not any("the panel decide" in s or "the panel decides a" in s for s in said)
    assert said[0] == "Whether you are offered a place is decided by the panel."


def test_a_plain_verb_after_or_shares_the_helper_of_the_first() -> None:
    # 'If you would rather pay it now, or pay more each week': not 'Or do you pay more each week?'
    said = _said(
        "If you would rather pay the full amount now, or pay more each week so that it is paid off sooner, you can"
        " pay online or by phone using a debit card, quoting the reference at the top of this letter."
    )
    assert not any(s.startswith("Or do you pay more") for s in said)


def test_a_relative_clause_after_an_opening_time_is_no_main_clause() -> None:
    # 'After you send back your form, which is called X, Y': not 'You send back your form.' 'Then which is called X'
    said = _said(
        'After you send back your form, which is called "How your illness affects you", a health professional will'
        " usually ask you to have an assessment, either by phone, by video call or face to face at a centre."
    )
    assert not any(s.startswith("Then which") for s in said)


def test_one_reason_in_a_list_of_reasons_is_not_the_reason_for_the_one_before() -> None:
    # 'some do because they are frightened, because they have been threatened, or because X': three reasons
    said = _said(
        "Most young people never carry a knife, but some do because they are frightened, because they have been"
        " threatened, or because they think it will make them safer or earn them respect."
    )
    assert not any(s.startswith("This is because they have been threatened") for s in said)


def test_a_time_after_a_which_clause_is_the_main_clauses() -> None:
    # 'wait in the lounge, which has chairs, drinks and a toilet, while X': the lounge does not have them 'while X'
    said = _said(
        "You may be asked to wait in our discharge lounge, which has comfortable chairs, drinks and a toilet, while"
        " your medicines and letters are prepared."
    )
    assert not any(s.startswith("This has comfortable chairs") for s in said)


def test_a_bare_do_after_an_order_is_the_next_order() -> None:
    # 'Tell your landlord as soon as you can, and do it in writing': not 'They do it in writing.'
    said = _said(
        "Tell your landlord or letting agent about the problem as soon as you can, and do it in writing, for example"
        " by email or text, so that you have a record of when you reported it."
    )
    assert not any(s.startswith("They do it") for s in said)
    assert any(s.startswith("Do it in writing") or "and do it in writing" in s for s in said)


def test_where_a_thing_goes_after_a_condition_stays_with_the_condition() -> None:
    # 'If the meter can be fitted outside, usually in the pavement, we will fit it': not 'Usually in the pavement, we
    # will fit it.'
    said = _said(
        "If the meter can be fitted outside, usually in the pavement near your boundary, we will fit it within 90"
        " days of the survey, and you will not need to be at home when we do it."
    )
    assert not any(s.startswith("Usually in the pavement") for s in said)
    assert any("fitted outside, usually in the pavement near your boundary" in s for s in said)


def test_ones_named_again_are_the_ones_just_named() -> None:
    # 'with new plastic ones, which will last 80 years': 'The new plastic ones will last', never 'New plastic ones'
    said = _said(
        "We will be replacing the old metal gas pipes in your street with new plastic ones, which will last for at"
        " least 80 years and help to keep your gas supply safe and reliable."
    )
    assert not any(s.startswith("New plastic ones") for s in said)
    assert "The new plastic ones will last for at least 80 years." in said


def test_a_relative_clause_read_as_a_name_is_no_apposition() -> None:
    # 'the larger envelope, which is marked B': never 'The larger envelope is which is marked B.'
    said = _said(
        "Then put envelope A and your signed statement in the larger envelope, which is marked B, and post it back to"
        " us as soon as you can."
    )
    assert not any("is which is" in s for s in said)


def test_a_time_that_is_is_not_said_to_happen() -> None:
    # 'The deadline is 5pm, 11 working days before polling day': 'This is 11 working days before', not 'This happens'
    said = _said(
        "The deadline to apply for a postal vote for an election is 5pm, 11 working days before polling day, and any"
        " applications we receive after that will only count for later elections."
    )
    assert "This is 11 working days before polling day." in said


def test_what_a_spacing_in_time_allows_is_said_of_the_whole_clause() -> None:
    # 'every 16 weeks, which allows time for X': 'This allows time for X.', what the spacing allows
    said = _said(
        "Men can give blood every 12 weeks and women every 16 weeks, which allows time for the body to replace the"
        " iron that is lost when you donate."
    )
    assert said == [
        "Men can give blood every 12 weeks and women every 16 weeks.",
        "This allows time for the body to replace the iron that is lost when you donate.",
    ]


def test_an_item_of_a_list_is_no_apposition_of_the_one_before() -> None:
    # 'giving your full name, your date of birth, your reference number and X': never 'Your full name is your date of
    # birth.'
    said = _said(
        "Write to the refunds team within 3 months of the date you withdrew your application, giving your full name,"
        " your date of birth, your application reference number and the reason you are asking for a refund."
    )
    assert not any(s.startswith("Your full name is") for s in said)
    assert any("your full name, your date of birth, your application reference number" in s for s in said)


def test_a_thing_with_a_clause_of_its_own_after_and_is_no_sentence() -> None:
    # 'your account number, which is on your bill, and the date you became X': not 'And the date you became X.'
    said = _said(
        "You can apply online, and you will need your Council Tax account number, which is at the top of your bill,"
        " and the date you became the only adult in your home."
    )
    assert "And the date you became the only adult in your home." not in said


def test_an_exception_of_a_denial_stays_before_the_next_denial() -> None:
    # 'Do not give X unless a doctor tells you to, because Y, and do not give Z': the doctor's word is about X only
    said = _said(
        "Do not give ibuprofen to anyone with chickenpox unless a doctor tells you to, because it can cause serious"
        " skin infections, and do not give aspirin to children under 16."
    )
    assert said[-1] == "Do not give aspirin to children under 16."


def test_a_statement_with_a_time_of_its_own_is_not_listed_under_a_condition() -> None:
    # 'If you are a landlord of X, you must have a licence, and from 1 March smaller HMOs will need one too': the
    # smaller HMOs are no outcome of the reader's case
    said = _said(
        "If you are a landlord and your property is an HMO with 5 or more tenants from 2 or more households, you must"
        " have a licence from us, and from 1 March 2027 smaller HMOs in parts of the town centre will need one too."
    )
    assert not any(
        s.endswith("/ from 1 March 2027 smaller HMOs in parts of the town centre will need one too") for s in said
    )
    assert not any(s.startswith("Then you must have a licence from us, and from 1 March") for s in said)


def test_a_clause_after_a_long_thing_in_a_list_is_not_said_of_its_first_word() -> None:
    # 'and use of the shared tools in the site shed, which must be returned': never 'Use must be returned'
    said = _said(
        "The rent includes water from the site taps, which will be turned on from 1 April to 31 October, and use of"
        " the shared tools in the site shed, which must be returned clean after use."
    )
    assert not any(s.startswith("Use must be returned") for s in said)


def test_a_participle_that_shares_the_first_items_helper_is_no_item() -> None:
    # 'if a bike is lost or stolen while you are hiring it': not 'if a bike:' 'is lost, or' 'stolen while X'
    said = _said("If a bike is lost or stolen while you are hiring it, you may have to pay up to £1,000.")
    assert not any(s.endswith("/ stolen while you are hiring it") for s in said)


def test_an_acronym_heading_keeps_its_capitals_when_an_address_spells_it_small() -> None:
    # 'NHS 111' over a text that gives '111.nhs.uk': the address is no word 'nhs'
    from publisher.plain.capitals import unshouted

    assert unshouted("NHS 111", "call 111 or go to 111.nhs.uk, where you will be asked questions") == "NHS 111"
    assert unshouted("SYMPTOMS", "Check your symptoms.") == "Symptoms"


def test_a_clause_of_how_many_is_no_item_among_things() -> None:
    # 'step-free access, accessible toilets and a loop, and most also have a desk': 'most also have X' is no thing
    said = _said(
        "All our libraries have step-free access, accessible toilets and a hearing loop at the main counter, and most"
        " also have a height-adjustable desk with a computer that has screen-reading and magnifying software."
    )
    assert not any("/ most also have" in s for s in said)


def test_a_purpose_after_a_which_clause_is_the_main_clauses() -> None:
    # 'forward the text to 7726, which is free, so that your network can block the number': not 'This is free, so
    # that X'
    said = _said(
        "Do not click the link, and forward the text to 7726, which is free, so that your mobile network can block the"
        " number, and then delete it."
    )
    assert not any(s.startswith("This is free, so that") for s in said)


def test_a_clause_after_as_long_as_with_no_comma_is_more_of_the_condition() -> None:
    # 'relief as long as none of your other properties is above £2,899, and the total is less than £20,000': the total
    # is asked, not told
    said = _said(
        "If you use more than one property, you can still get relief as long as none of your other properties has a"
        " rateable value above £2,899, and the total rateable value of all your properties is less than £20,000."
    )
    assert "The total rateable value of all your properties is less than £20,000." not in said


def test_a_sentence_that_opens_with_please_gives_the_orders_inside_it() -> None:
    # 'Please put X in bags and Y, because Z, and do not feed birds': never 'This is because Z, and do not feed birds.'
    said = _said(
        "Please put all your rubbish in tied bags and put the bags inside the bins, not on the floor of the bin store,"
        " because rats are attracted by food waste, and do not feed birds on the ground near the building."
    )
    assert not any(s.startswith("This is because") and "do not feed" in s for s in said)
    assert said[-1] == "Do not feed birds on the ground near the building."


def test_a_thing_done_after_with_is_no_sentence_of_its_own() -> None:
    # '..., rice and pasta, and out-of-date food with the packaging removed': never 'Out-of-date food with the
    # packaging removed.' (or 'And ...') alone
    said = _said(
        "You can put in all cooked and uncooked food, including meat, fish and bones, fruit and vegetable peelings,"
        " tea bags and coffee grounds, bread, rice and pasta, and out-of-date food with the packaging removed."
    )
    assert not any(s.startswith(("Out-of-date food", "And out-of-date food")) for s in said)


def test_a_purpose_after_the_last_item_is_all_of_theirs() -> None:
    # 'children and young people, their families and schools, to help them to be healthy': not the schools' alone
    said = _said(
        "Our school nurses work with children and young people aged 5 to 19, their families and schools, to help them"
        " to be healthy, and they can see young people at school, at a clinic or at home."
    )
    assert not any(s.endswith("/ schools, to help them to be healthy") for s in said)

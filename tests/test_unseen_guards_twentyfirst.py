"""Guards from a sixty-eighth set of unseen factsheets: each case here, in this project's words, was read wrongly or
left too long before."""

from __future__ import annotations

from .said import restructured as _said


def test_things_to_do_with_no_comma_before_the_last_and_are_bullets() -> None:
    # only 'A, B, and C' was listed; 'A, B and C' stayed one long sentence
    assert _said(
        "Cold weather can raise blood pressure, increase the risk of falls, cause colds and flu and leave older "
        "people feeling low."
    ) == [
        "Cold weather can: raise blood pressure / increase the risk of falls / cause colds and flu / "
        "leave older people feeling low"
    ]
    assert _said(
        "Shop owners should walk around the outside of their premises every evening, note any doors which "
        "do not lock properly and keep their alarm codes private."
    ) == [
        "Shop owners should: walk around the outside of their premises every evening / note any doors which "
        "do not lock properly / keep their alarm codes private"
    ]


def test_what_you_need_to_do_is_said_once_before_the_things_to_do() -> None:
    assert _said(
        "You will need to take a small sample of water from the tap, pour it into the bottle provided and "
        "post it back to us"
    ) == [
        "You will need to: take a small sample of water from the tap / pour it into the bottle provided / "
        "post it back to us"
    ]


def test_a_list_whose_last_and_joins_places_is_not_cut_there() -> None:
    sentence = "You can pay online, by phone, by post and at any post office."
    assert _said(sentence) == [sentence]


def test_an_aside_whose_list_goes_on_after_a_comma_keeps_all_of_it() -> None:
    # the aside was cut at its first comma: the other pupils were left on 'using the council's rules'
    assert _said(
        "Places are shared out using the council's rules, which are set each year and give priority to pupils in "
        "care, pupils with a brother or sister at the school, and pupils who live nearest to it."
    ) == [
        "Places are shared out using the council's rules.",
        "They are set each year and give priority to: pupils in care / pupils with a brother or sister at the "
        "school / pupils who live nearest to it",
    ]


def test_a_month_after_the_says_which_month_and_is_not_cut_off() -> None:
    # was 'Your child can start at the nursery in the January.' 'This happens after their third birthday.'
    assert _said(
        "Your child can start at the nursery in the January after their third birthday, and you should apply for "
        "a place by the end of October in the year before."
    ) == [
        "Your child can start at the nursery in the January after their third birthday.",
        "You should apply for a place by the end of October in the year before.",
    ]


def test_people_each_said_with_who_are_bullets() -> None:
    assert _said(
        "Be careful of anyone who calls at your home without an appointment, who asks for your bank details, or "
        "who will not show you an identity card."
    ) == [
        "Be careful of anyone who: calls at your home without an appointment / asks for your bank details, or / "
        "will not show you an identity card"
    ]


def test_things_to_do_before_something_are_bullets() -> None:
    assert _said(
        "Before you hire a builder, get three written quotes from different firms, check their reviews online, and "
        "agree the price and start date in writing."
    ) == [
        "Before you hire a builder: get three written quotes from different firms / check their reviews online / "
        "agree the price and start date in writing"
    ]


def test_an_opening_be_and_how_to_be_is_an_order() -> None:
    from publisher.plain.parse import stands_alone

    assert stands_alone("Be careful when you open the door to a stranger.")
    assert not stands_alone("Be used for parking by residents.")


def test_whether_or_not_at_the_end_is_said_of_all_the_sentence() -> None:
    assert (
        _said(
            "The helpline gives free and private advice to anyone who has been treated unfairly at work, "
            "whether or not they are still working there."
        )[-1]
        == "This applies whether or not they are still working there."
    )
    assert _said(
        "You cannot park across a dropped kerb without the owner's permission, whether or not there is a white line "
        "painted on the road."
    ) == [
        "You cannot park across a dropped kerb without the owner's permission.",
        "This applies whether or not there is a white line painted on the road.",
    ]


def test_a_subject_said_in_two_parts_keeps_a_listed_condition_whole() -> None:
    # 'you, or a partner who lives with you, owns a car' read as items of its own: the other conditions were said
    # as facts ('You live inside the zone.')
    assert _said(
        "You can get a permit if you, or a partner who lives with you, owns a car, you live inside the zone, and you "
        "do not have a drive, garage or other space you can park in."
    ) == [
        "You can get a permit if: you, or a partner who lives with you, owns a car / you live inside the zone, and / "
        "you do not have a drive, garage or other space you can park in"
    ]


def test_items_of_a_list_with_clauses_of_their_own_are_no_sentence() -> None:
    from publisher.plain.parse import stands_alone

    assert not stands_alone("The times the noise happens and how it is affecting you.")
    assert not stands_alone("The dates the problem happened and how it has affected your family.")
    assert stands_alone("The next day the council collected it.")
    assert stands_alone("The day after the storm we cleared the road.")
    sentence = (
        "You can complain to the housing team, giving your name, the dates the problem happened and how it has "
        "affected your family."
    )
    assert _said(sentence) == [sentence]


def test_a_thing_and_its_own_clause_after_and_are_not_cut_as_a_sentence() -> None:
    from publisher.plain.and_clauses import at_and_a_clause

    # was '... setting out the hours of work.' 'The steps the builder must take, and breaking it is an offence.'
    assert (
        at_and_a_clause(
            "We can serve a notice setting out the hours of work and the steps the builder must take, and breaking "
            "the notice is an offence"
        )
        is None
    )
    assert at_and_a_clause("Breaking the notice is an offence and the person responsible could be taken to court") == [
        "Breaking the notice is an offence",
        "The person responsible could be taken to court",
    ]


def test_a_second_verb_with_the_main_clauses_modal_is_the_main_subjects() -> None:
    # the parse hung 'will refuse' on the clause after 'say that', and no split was taken
    assert _said(
        "In some cases the caller will say that your bank account has been used by criminals, but will refuse to "
        "give you a number to call back on."
    ) == [
        "In some cases the caller will say that your bank account has been used by criminals.",
        "But the caller will refuse to give you a number to call back on.",
    ]


def test_a_bare_verb_after_but_that_follows_what_you_may_do_is_an_order() -> None:
    # was 'But you can ask a member of staff first ...': the order said as a choice
    assert _said(
        "You can use the gym at any time during opening hours, but ask a member of staff first if you have not used "
        "the equipment before."
    ) == [
        "You can use the gym at any time during opening hours.",
        "But ask a member of staff first if you have not used the equipment before.",
    ]


def test_a_name_given_after_an_it_is_not_said_of_it() -> None:
    # was 'It is called parotitis.' after 'It can cause swelling', where 'it' is mumps
    said = _said(
        "Mumps is a viral infection that spreads easily, and it can cause swelling of the glands in the face, called "
        "parotitis, which usually lasts about a week."
    )
    assert not any(s.startswith(("It is called", "The face is called")) for s in said)
    assert "It can cause swelling of the glands in the face, called parotitis." in said


def test_groups_said_again_keep_the_examples_of_the_last_group() -> None:
    assert _said(
        "Free flu vaccines are offered to children aged 2 or 3, children in primary school, and children aged 6 "
        "months or over with a long-term health condition, for example asthma, diabetes or a heart condition."
    ) == [
        "Free flu vaccines are offered to: children aged 2 or 3 / children in primary school / children aged 6 "
        "months or over with a long-term health condition, for example asthma, diabetes or a heart condition"
    ]


def test_reasons_each_said_with_because_are_the_examples() -> None:
    # the second reason was said as the reason for everything ('This is because they have come from overseas')
    assert _said(
        "Pupils may miss school for many reasons, for example because they are caring for a parent, because they "
        "are being bullied, or because of an illness that has not been diagnosed."
    ) == [
        "Pupils may miss school for many reasons.",
        "For example, this could be: because they are caring for a parent / because they are being bullied, or / "
        "because of an illness that has not been diagnosed",
    ]


def test_the_reader_asked_as_anyone_who_is_the_subject_of_what_they_do_next() -> None:
    # was 'Do you think X?' 'You should call your bank.' 'They should report it.'
    assert _said(
        "Anyone who thinks they have been sent a fake parking fine should call the council straight away and report "
        "it to Action Fraud, and anyone who has paid should tell their bank."
    )[:3] == [
        "Do you think you have been sent a fake parking fine?",
        "You should call the council straight away.",
        "You should report it to Action Fraud.",
    ]


def test_what_people_are_pressed_to_do_is_no_purpose() -> None:
    said = _said("The sellers may put pressure on older people to sign a contract on the day of their first visit.")
    assert not any(s.startswith("This is to") for s in said)


def test_a_time_after_a_whether_question_is_the_questions() -> None:
    # was '... or were entitled to it.' 'This is when your partner died.'
    sentence = (
        "The rate you are paid depends on whether you were getting Carer's Allowance, or could have claimed it, "
        "when the person you cared for went into hospital."
    )
    assert not any(s.startswith("This is when") for s in _said(sentence))


def test_what_a_place_or_body_does_after_which_is_not_said_of_this() -> None:
    # was '... one of the rescue centres we work with.' 'This will look after them ...'
    said = _said(
        "Cats that are not claimed within a week are taken to one of the shelters we work with, which will look after "
        "them until a new home can be found."
    )
    assert not any(s.startswith("This will") for s in said)


def test_a_condition_asked_after_and_has_no_and() -> None:
    said = _said(
        "You must send the form back within four weeks to keep your place, and if you send it later than that you "
        "will go to the bottom of the list."
    )
    assert not any(s.startswith("And do you") for s in said)
    # (a step the reader may take later is said as a condition, not asked: see test_unseen_guards_fortyfifth)
    assert said[-2:] == ["You might send it later than that.", "If you do, you will go to the bottom of the list."]


def test_an_opening_condition_the_parse_hung_on_its_own_second_part_is_asked() -> None:
    assert _said(
        "If you think you should get the discount but you have not had a letter from us by the end of March, you "
        "should call our helpline on 0800 555 0100."
    ) == [
        "Do you think you should get the discount but you have not had a letter from us by the end of March?",
        "You should call our helpline on 0800 555 0100.",
    ]
    # (a main clause that lacks its comma is no part of the condition)
    said = _said(
        "If you are still paid Housing Benefit we will take an amount from your payment each week, the amount we "
        "take will depend on your income."
    )
    assert not any(s.startswith("Are you still paid Housing Benefit we") for s in said)


def test_an_order_after_a_reason_is_the_sentences_own_and_never_this_do() -> None:
    # was 'This is when it spreads most.' 'This do not go to the gym during this time.'
    assert _said(
        "Keep your child off school until they have had no rash for at least five days, as this is when it spreads "
        "most easily, and do not take them to hospitals or care homes during this time."
    ) == [
        "Keep your child off school until they have had no rash for at least five days.",
        "This is when it spreads most easily.",
        "Do not take them to hospitals or care homes during this time.",
    ]


def test_a_clause_of_what_follows_after_an_exception_is_no_part_of_it() -> None:
    # after 'unless X, and', a clause with a subject and 'cannot' was read as more of the exception
    said = _said(
        "You must not move a bin that is not yours unless the owner has agreed, and a bin that has been moved cannot "
        "be collected by our crews."
    )
    assert said[-1] == "A bin that has been moved cannot be collected by our crews."


def test_a_second_outcome_with_a_condition_of_its_own_after_but_it_is_cut() -> None:
    assert _said(
        "The fine is cut to £30 if it is paid within 14 days, but it will rise to £90 if it has not been paid within "
        "28 days."
    ) == [
        "The fine is cut to £30 if it is paid within 14 days.",
        "But it will rise to £90 if it has not been paid within 28 days.",
    ]


def test_things_each_said_with_that_are_bullets() -> None:
    assert _said(
        "The ban does not apply to lorries that are delivering to a shop, lorries that are collecting waste, or "
        "lorries that are working on the road."
    ) == [
        "The ban does not apply to: lorries that are delivering to a shop / lorries that are collecting waste, or / "
        "lorries that are working on the road"
    ]


def test_a_sentence_added_after_a_list_of_conditions_ended_by_or_is_said_after_the_list() -> None:
    assert _said(
        "We will not collect your sack if it was put out after 7am, it weighs more than 15 kilos, or it has glass in "
        "it, and in these cases a card will be left at your door."
    ) == [
        "We will not collect your sack if: it was put out after 7am / it weighs more than 15 kilos, or / it has glass "
        "in it",
        "In these cases a card will be left at your door.",
    ]


def test_a_to_inside_a_clause_after_how_to_does_not_lead_the_list() -> None:
    # was 'Children learn how to check their helmet is safe to:' 'wear' / 'start and stop safely' / ...
    said = _said(
        "Children learn how to check their helmet is safe to wear, start and stop safely, look behind them and "
        "signal, pass parked cars and side roads, and understand how to deal with junctions."
    )
    assert not any(s.startswith("Children learn how to check their helmet is safe to:") for s in said)


def test_a_reason_before_a_clause_with_its_own_subject_is_still_cut() -> None:
    assert _said(
        "Please tell the club, as we may have a spare racket you can borrow, and if you are not sure which size you "
        "need, our coaches will help you choose."
    )[:2] == ["Please tell the club.", "This is because we may have a spare racket you can borrow."]


def test_a_second_thing_to_bring_with_a_clause_of_its_own_is_no_sentence() -> None:
    from publisher.plain.parse import stands_alone

    # was 'These include ones you buy yourself.' 'And any glasses or hearing aids you use.'
    assert not stands_alone("And any glasses or hearing aids you use.")
    assert stands_alone("Any rubbish you leave will be removed.")
    said = _said(
        "Bring a list of any medicines you are taking, including ones you buy from a shop, and any walking aids or "
        "hearing aids you use."
    )
    assert not any(s.startswith("And any") for s in said)


def test_a_second_to_after_a_which_clause_goes_back_to_the_first() -> None:
    # was 'This would add about £1.70 a week, and to make savings of £9 million.'
    said = _said(
        "We are proposing to raise the charge by 4.99%, which would add about £1.70 a week to the bill for a Band D "
        "home, and to make savings of £9 million by reducing management posts and sharing buildings."
    )
    assert not any(s.startswith("This would add") and "and to make" in s for s in said)


def test_things_named_after_which_are_are_bullets_after_the_sentence() -> None:
    assert _said(
        "Grants can only be given for projects that meet one or more of our three aims, which are cleaner streets, "
        "safer parks, and better bus stops."
    ) == [
        "Grants can only be given for projects that meet one or more of our three aims.",
        "These are: cleaner streets / safer parks / better bus stops",
    ]
    # (clauses after 'which are' are no list of things)
    from publisher.plain.which_lists import which_are_as_bullets

    assert (
        which_are_as_bullets("We ask about your money, which are what you earn, what you save, and what you spend")
        is None
    )


def test_an_example_in_a_condition_over_two_outcomes_stays_with_the_condition() -> None:
    # (said after the list, 'For example, this could be because X' would seem the last outcome's)
    assert _said(
        "If we cannot mend the boiler on the first visit, for example because we need to order a part, the engineer "
        "will tell you what happens next, and we will phone you to book another visit."
    ) == [
        "If we cannot mend the boiler on the first visit, for example because we need to order a part: the engineer "
        "will tell you what happens next, and / we will phone you to book another visit",
    ]


def test_a_condition_listing_things_with_clauses_of_their_own_is_not_cut_at_its_first_comma() -> None:
    # was 'Do you get a phone call?' 'A text or an email asking for your bank details ..., it is a scam.'
    assert _said(
        "If you get a phone call, a text or an email asking for your bank details or asking you to pay a fee, it is "
        "a scam and you should not reply to it."
    ) == [
        "Do you get a phone call, a text or an email asking for your bank details or asking you to pay a fee?",
        "It is a scam and you should not reply to it.",
    ]

"""Wrong outputs that a fifth set of factsheets the rules had never seen showed (Discretionary Housing Payments,
late EU Settlement Scheme applications, Pharmacy First, and the batches after them), each kept from coming back."""

from __future__ import annotations

from publisher.plain.words import replace_words
from tests.conftest import rewritten_sentences as _sentences


def test_examples_of_reasons_are_said_as_examples_not_as_the_reason() -> None:
    said = _sentences(
        "A DHP can help with a shortfall between your rent and the help you get with housing costs, for example "
        "because of the benefit cap, the under-occupancy charge, or the local housing allowance rate."
    )
    assert not any(s.endswith("for example.") for s in said)
    assert said == [
        "A DHP can help with a shortfall between your rent and the help you get with housing costs.",
        "For example, this could be because of: the benefit cap / the under-occupancy charge / the local housing "
        "allowance rate",
    ]


def test_a_reason_inside_an_item_of_a_list_is_not_cut_from_the_list() -> None:
    said = _sentences(
        "A DHP cannot be used to pay for service charges that are not covered by your benefit, increases in rent "
        "because of rent arrears, Council Tax, or sanctions or reductions in your benefit because you owe money."
    )
    assert not any(s.startswith("This is because of rent arrears") for s in said)


def test_a_to_clause_inside_a_whether_clause_is_not_said_as_the_sentences_purpose() -> None:
    said = _sentences(
        "We will consider your income and essential spending, any savings you have, your health and the health of "
        "people who live with you, and whether you are taking steps to improve your situation, such as looking for "
        "work or moving to a cheaper home."
    )
    assert "This is to improve your situation." not in said
    assert not any(s.endswith("whether you are taking steps.") for s in said)


def test_a_plain_verb_after_a_passive_shares_only_the_modal() -> None:
    said = _sentences(
        "Drivers who are caught speeding could be offered a speed awareness course, or receive a fixed penalty of "
        "£100 and 3 penalty points on their licence."
    )
    assert not any("could be receive" in s or "could be get" in s for s in said)
    assert said[-1].startswith("Or drivers who are caught speeding could get a fixed penalty")


def test_a_series_after_a_passive_shares_only_the_modal() -> None:
    said = _sentences(
        "Drivers who are caught speeding could be offered a speed awareness course, pay a fine and get 3 points."
    )
    assert not any("could be pay" in s or "could be get" in s for s in said)


def test_what_is_done_to_help_is_not_said_as_a_purpose() -> None:
    said = _sentences(
        "The earlier you get in touch, the more we can do to help you stay in your home or find somewhere else to "
        "live before you have to leave."
    )
    assert not any(s.startswith("This is to help you stay") for s in said)


def test_exchanging_things_is_swapping_them_and_information_is_still_shared() -> None:
    assert replace_words("You can exchange clothes your child has grown out of.")[0] == (
        "You can swap clothes your child has grown out of."
    )
    assert replace_words("We exchange information with the police.")[0] == "We share information with the police."


def test_whom_two_things_are_for_is_not_said_of_the_last_alone() -> None:
    said = _sentences(
        "We give a one-off grant of £150 to help families on a low income with the cost of school uniform and PE kit "
        "for children who are starting secondary school."
    )
    assert not any(s.startswith("This kit is for") for s in said)
    assert _sentences("We will give free advice and support to people who have lost their jobs this year.") == [
        "We will give free advice and support.",
        "This free advice and support is for people who have lost their jobs this year.",
    ]


def test_what_a_word_means_is_not_said_twice_over() -> None:
    said = _sentences(
        "You must keep your plot cultivated, which means that it is used for growing and is kept free of weeds."
    )
    assert "This means that it is used for growing and is kept free of weeds." in said


def test_the_time_given_to_do_a_thing_is_not_said_as_a_purpose() -> None:
    said = _sentences("If your plot is not being cultivated, we will write to you and give you 28 days to improve it.")
    assert "This is to improve it." not in said
    assert _sentences("We will contact you within 5 working days to talk about what has happened.")[-1] == (
        "This is to talk about what has happened."
    )


def test_a_type_named_in_an_aside_is_named_with_what_it_is_a_type_of() -> None:
    said = _sentences(
        "You may be able to get a different type of support, known as section 4 support, but only if you are "
        "taking all reasonable steps to leave the UK."
    )
    assert "The different type of support is known as section 4 support." in said


def test_attend_with_no_place_after_it_is_go_not_go_to() -> None:
    assert replace_words("If you do not attend within 3 months, your application may be refused.")[0] == (
        "If you do not go within 3 months, your application may be refused."
    )
    assert replace_words("You must attend the ceremony on 5 May.")[0] == "You must go to the ceremony on 5 May."


def test_a_clause_of_helpers_alone_is_not_said_as_a_sentence() -> None:
    said = _sentences(
        "You can choose to swear an oath, which mentions God, or make an affirmation, which does not, and you will "
        "say the words together with the other people at the ceremony."
    )
    assert "An affirmation does not." not in said


def test_whom_a_thing_is_for_keeps_for_in_each_of_two_groups() -> None:
    said = _sentences(
        "The vaccine is offered on the NHS to adults who are aged 75 to 79, and to women who are at least 28 weeks "
        "pregnant."
    )
    assert (
        said[-1]
        == "This vaccine is for adults who are aged 75 to 79, and for women who are at least 28 weeks pregnant."
    )


def test_a_reason_after_a_when_aside_is_not_said_of_the_aside() -> None:
    said = _sentences(
        "Getting the vaccine in pregnancy helps to protect your baby for the first few months of their life, when "
        "they are most at risk, because the antibodies you make pass to your baby through the placenta."
    )
    assert "This is when they are most at risk." not in said or not any(s.startswith("This is because") for s in said)
    assert not any(s.startswith("This is when they are most at risk, because") for s in said)


def test_a_second_reason_joined_to_the_first_is_not_cut_into_a_fragment() -> None:
    said = _sentences(
        "We do not deal with foxes, squirrels, birds or bees, because they are not considered to be pests that carry "
        "a risk to public health, and in the case of bees, because they are protected."
    )
    assert not any(s.endswith("and in the case of bees.") for s in said)


def test_including_if_is_said_as_also_applying() -> None:
    said = _sentences("Fees are not refundable, including if you decide not to go ahead with the ceremony.")
    assert said == ["Fees are not refundable.", "This also applies if you decide not to go ahead with the ceremony."]


def test_the_end_of_a_list_the_parse_cut_short_gets_no_comma_after_its_and() -> None:
    said = _sentences(
        "You will need your National Insurance number, details of your earnings and the details of the person you "
        "care for, including their date of birth and their National Insurance number."
    )
    assert not any("and, their" in s for s in said)
    assert said[0].endswith("including their date of birth and their National Insurance number")


def test_a_condition_that_points_back_at_its_sentence_is_not_asked_first() -> None:
    said = _sentences("Claims can be backdated by up to 3 months if you were eligible during that time.")
    assert not any(s.endswith("during that time?") for s in said)


def test_a_clause_saying_what_a_thing_does_not_do_is_not_said_as_a_fact() -> None:
    said = _sentences(
        "Small businesses can apply for a grant of up to £4,500 towards the cost of replacing or upgrading a vehicle "
        "that does not meet the standards, as long as the vehicle is used in the zone at least twice a week."
    )
    assert "A vehicle does not meet the standards." not in said


def test_a_reason_follows_what_it_is_the_reason_for_not_an_aside() -> None:
    said = _sentences(
        "NHS Elmvale Integrated Care Board, which is responsible for making sure there are enough GP services in the "
        "area, has decided that the practice will not be taken over by another provider, because the building no "
        "longer meets the standards required."
    )
    reason = next(i for i, s in enumerate(said) if s.startswith("This is because"))
    assert "taken over by another provider" in said[reason - 1]


def test_a_numbered_name_keeps_its_number_when_said_again() -> None:
    said = _sentences(
        "Route 15, which now runs between Northgate and Riverside via Station Road, will be withdrawn, because fewer "
        "than 20 people use it on an average day."
    )
    assert not any(s.startswith("Route now") for s in said)
    assert said[0] == "Route 15 will be withdrawn."


def test_a_condition_an_aside_interrupts_is_listed_not_cut_into_fragments() -> None:
    said = _sentences(
        "You do not have to pay for your prescriptions if, at the time the prescription is dispensed, you are aged 60 "
        "or over, you are under 16, or you are 16 to 18 and in full-time education."
    )
    assert said == [
        "You do not have to pay for your prescriptions if, at the time the prescription is dispensed: you are aged "
        "60 or over / you are under 16, or / you are 16 to 18 and in full-time education"
    ]


def test_a_clause_after_a_length_of_time_is_not_said_of_the_time() -> None:
    said = _sentences(
        "It costs £32.05 for 3 months or £114.50 for 12 months, which can be paid in 10 monthly instalments."
    )
    assert "12 months can be paid in 10 monthly instalments." not in said


def test_examples_end_where_another_thing_starts() -> None:
    said = _sentences(
        "The police can search you if they suspect that you are carrying something illegal, such as drugs, weapons "
        "or stolen property, or something that could be used to commit a crime."
    )
    assert not any(s.startswith("This includes") for s in said)


def test_what_is_to_be_dealt_with_is_not_said_as_a_purpose() -> None:
    said = _sentences("But it will usually pass your complaint to the police force to deal with first.")
    assert "This is to deal with first." not in said


def test_a_list_inside_an_opening_condition_is_not_taken_for_its_end() -> None:
    said = _sentences(
        "If you succeed to the tenancy but you are not the tenant's husband, wife or civil partner, and the home is "
        "larger than you need, we may ask you to move to a smaller home."
    )
    assert not any(s.endswith("and the home is larger than you need.") for s in said)
    assert any("we may ask you to move" in s.lower() for s in said)


def test_entitled_to_a_doing_is_can_do_and_to_a_thing_is_can_get() -> None:
    assert replace_words("If you are not entitled to take over the tenancy, you will need to leave.")[0] == (
        "If you cannot take over the tenancy, you will need to leave."
    )
    assert replace_words("You may be entitled to claim Pension Credit.")[0] == "You could claim Pension Credit."
    assert replace_words("You are entitled to a refund.")[0] == "You can get a refund."


def test_a_list_whose_items_are_described_after_commas_keeps_its_describing_words() -> None:
    said = _sentences(
        "You can use the card to buy plain cow's milk, fresh, frozen and tinned fruit and vegetables, fresh, dried "
        "and tinned pulses, and infant formula milk that is suitable from birth."
    )
    assert said == [
        "You can use the card to buy: plain cow's milk / fresh, frozen and tinned fruit and vegetables / fresh, "
        "dried and tinned pulses / infant formula milk that is suitable from birth"
    ]


def test_a_second_passive_with_a_plain_be_keeps_the_shared_modal() -> None:
    said = _sentences(
        "People who break the rules could be given a fixed penalty notice of £100, or be prosecuted and fined up to "
        "£1,000 if they do not pay."
    )
    assert not any(" be prosecuted" in s and "could be prosecuted" not in s for s in said)
    assert said[-1] == "Or people who break the rules could be prosecuted and fined up to £1,000 if they do not pay."


def test_examples_end_before_a_with_that_the_verb_takes() -> None:
    said = _sentences(
        "The Home Office is replacing physical immigration documents, such as biometric residence permits, with an "
        "online record of your immigration status called an eVisa."
    )
    assert not any(s.startswith("This includes biometric residence permits") for s in said)


def test_a_place_given_as_an_example_is_said_as_one() -> None:
    said = _sentences(
        "Put the sticker in a place where customers can easily see it, such as on the front door or window."
    )
    assert said[-1] == "For example, this could be on the front door or window."


def test_a_thing_already_named_given_to_people_is_not_said_to_be_for_them() -> None:
    said = _sentences(
        "Once you have an account, you can generate a share code, which lasts for 90 days, and give it to anyone who "
        "needs to check your status."
    )
    assert "This is for anyone who needs to check your status." not in said


def test_a_list_of_things_each_with_its_own_of_keeps_the_first_ones() -> None:
    said = _sentences(
        "The rating does not tell you about the quality of the food, the customer service, or the standard of the "
        "décor."
    )
    assert said == [
        "The rating does not tell you about: the quality of the food / the customer service / the standard of the décor"
    ]


def test_what_a_body_confirmed_about_itself_names_it_when_said_first() -> None:
    said = _sentences(
        "The Home Office has confirmed that it will stop using the Riverside Hotel in Elmvale to house asylum seekers "
        "by the end of March."
    )
    assert not any(s.startswith("It will stop") for s in said)
    assert said[0].startswith("The Home Office will stop using the Riverside Hotel")


def test_a_word_that_comes_with_its_own_noun_follows_the_object_in_the_active() -> None:
    said = _sentences("It is taken off your bill by your electricity supplier.")
    assert said == ["Your electricity supplier takes it off your bill."]
    assert _sentences("Children are looked after by the council.") == ["The council looks after children."]


def test_attend_after_confirm_that_has_no_place_to_go_to() -> None:
    assert replace_words(
        "Please contact the school office to confirm that you can attend, or to arrange another time."
    )[0] == ("Please contact the school office to confirm that you can go, or to arrange another time.")
    assert replace_words("This is the school that your child will attend.")[0] == (
        "This is the school that your child will go to."
    )


def test_the_comma_in_an_amount_is_never_taken_for_a_list() -> None:
    said = _sentences(
        "Libraries could stay open if local groups agreed to run them with support from the council, including a "
        "grant of up to £10,000 a year for 3 years, book stock and computers."
    )
    assert any("£10,000" in s for s in said)
    assert not any(s.startswith("000") or "/ 000" in s for s in said)


def test_a_list_of_things_that_could_be_done_keeps_its_or() -> None:
    said = _sentences(
        "If you are found guilty, you could be fined up to £2,500, given a community order, or sent to prison for up "
        "to 3 months."
    )
    assert (
        said[-1] == "If you are found guilty, you could be: fined up to £2,500 / given a community order, or / sent to "
        "prison for up to 3 months"
    )


def test_a_question_about_you_and_someone_else_asks_are() -> None:
    said = _sentences("If you or someone you know is having a mental health crisis, you can get help straight away.")
    assert said[0] == "Are you or someone you know having a mental health crisis?"


def test_a_condition_of_the_last_clause_is_not_asked_before_the_first() -> None:
    said = _sentences(
        "Staff cannot help you to lift heavy items because of the risk of injury, so please bring someone with you if "
        "you need help."
    )
    assert "Do you need help?" not in said
    assert said[-1] == "So please bring someone with you if you need help."


def test_a_second_condition_is_not_taken_into_examples_or_a_question() -> None:
    said = _sentences(
        "You should call NHS 111 or your GP if your child shows signs of dehydration, such as passing little urine, a "
        "dry mouth, or being very sleepy, or if their symptoms last more than 7 days."
    )
    assert not any(s.startswith("This includes") for s in said)
    assert not any(s.endswith("?") for s in said)


def test_a_question_before_a_list_is_not_cut_to_make_the_lists_introduction() -> None:
    said = _sentences(
        "The discount you get is based on how long you have been a tenant with a public sector landlord, the type of "
        "property you are buying, and the value of your home."
    )
    assert not any("a tenant with:" in s for s in said)


def test_when_you_need_to_apply_is_said_as_yours_to_do() -> None:
    said = _sentences("You need to apply to us for a road closure at least 6 weeks before the event.")
    assert "This happens at least 6 weeks before the event." not in said
    assert said[-1] == "You need to do this at least 6 weeks before the event."


def test_entitled_to_reject_is_can_reject() -> None:
    assert replace_words("You are entitled to reject it and get a full refund.")[0] == (
        "You can reject it and get a full refund."
    )


def test_a_list_that_finishes_a_clause_in_the_first_item_is_not_the_verbs() -> None:
    said = _sentences(
        "We will not usually allow a road to be closed if it is a main road, a bus route, or a road that is needed "
        "for access by emergency vehicles to other areas."
    )
    assert not any(s.startswith("We will not usually allow:") for s in said)


def test_a_named_body_after_who_is_named_not_they() -> None:
    said = _sentences(
        "They can give you advice and pass your complaint to Trading Standards, who may investigate if a dealer is "
        "breaking the law."
    )
    assert said[-1] == "Trading Standards may investigate if a dealer is breaking the law."


def test_a_to_inside_a_closing_condition_is_not_the_sentences_purpose() -> None:
    said = _sentences(
        "You can usually start driving again as soon as your doctor says it is safe, without waiting for the DVLA to "
        "return your licence, as long as you meet the medical standards and you have applied to get your licence back."
    )
    assert "This is to get your licence back." not in said


def test_a_hyphenated_word_in_a_list_is_never_cut_in_two() -> None:
    said = _sentences(
        "The centre will carry out up to 120,000 tests a year, including MRI and CT scans, X-rays, ultrasound, blood "
        "tests and heart and lung function tests."
    )
    assert not any(s.endswith(" X") or "/ X /" in s or s.startswith("rays") for s in said)
    assert any("X-rays" in s for s in said)


def test_a_that_clause_opening_with_since_is_not_cut_at_its_comma() -> None:
    said = _sentences(
        "The trust says that since the first services moved to the centre in September, the average wait for an MRI "
        "scan has fallen from 9 weeks to 4 weeks."
    )
    assert not any(s.endswith("moved to the centre in September.") for s in said)


def test_a_second_that_clause_is_not_said_as_a_sentence() -> None:
    said = _sentences(
        "The government believes that the immigration system should support economic growth, and that sponsorship "
        "should not be used as a substitute for investment in pay and conditions."
    )
    assert not any(s.startswith("And that") for s in said)


def test_whom_things_are_for_is_not_said_with_a_plural_as_this() -> None:
    said = _sentences(
        "The income raised will be invested in training and apprenticeships for people who are already living in "
        "the UK."
    )
    assert not any(s.startswith(("This training and apprenticeships is", "This training is")) for s in said)


def test_an_exception_after_a_which_clause_stays_with_the_sentence() -> None:
    said = _sentences(
        "The minimum skill level for new Skilled Worker applications will be raised from RQF level 3 to RQF level 6, "
        "which is equivalent to a degree, with the exception of a limited number of occupations that will be "
        "included on a temporary shortage list until the end of 2026."
    )
    assert not any(s.startswith("This is equivalent to a degree, with the exception") for s in said)


def test_a_place_after_a_cut_aside_joins_without_a_comma() -> None:
    said = _sentences(
        "We are trialling cable channels, which are set into the pavement so that the cable lies flat, in 3 streets, "
        "and we will decide whether to offer them more widely later this year."
    )
    assert said[0] == "We are trialling cable channels in 3 streets."


def test_who_clauses_after_a_comma_are_not_listed_as_things() -> None:
    said = _sentences(
        "Gambling problems can also affect family members and friends, who may be worried about money, or who may "
        "feel lied to or let down."
    )
    assert not any("/ who may" in s for s in said)


def test_a_second_clause_of_a_closing_condition_is_not_said_as_a_fact() -> None:
    said = _sentences(
        "You can still get relief on your main property, as long as none of your other properties has a rateable "
        "value of more than £2,899, and the total rateable value of all your properties is less than £20,000."
    )
    assert not any(s.startswith("The total rateable value of all your properties is less") for s in said)


def test_a_level_needed_to_stop_a_disease_is_not_a_purpose() -> None:
    said = _sentences(
        "Only 84% of children in Elmvale have had both doses by the age of 5, compared with the 95% needed to stop "
        "the disease from spreading."
    )
    assert "This is to stop the disease from spreading." not in said


def test_a_reason_a_never_may_deny_is_not_said_as_the_reason() -> None:
    said = _sentences("And we will never cut off your water supply because you cannot pay.")
    assert "This is because you cannot pay." not in said


def test_a_time_said_of_what_you_will_need_to_do_is_split_once() -> None:
    said = _sentences(
        "Replacements can be issued up to 5pm on polling day, but you will need to collect it in person after 5pm on "
        "the day before polling day."
    )
    assert said[-1] == "You will need to do this after 5pm on the day before polling day."


def test_an_aside_that_ends_before_who_it_is_made_to_keeps_its_sentence() -> None:
    said = _sentences(
        "The father's details will only be included if the father makes a statutory declaration, which is a legal "
        "statement, before a solicitor or registrar."
    )
    assert "This is a legal statement, before a solicitor or registrar." not in said


def test_a_rule_that_gives_back_its_sentence_is_not_applied_for_ever() -> None:
    from publisher.plain.sentences import split_sentence

    def echo(body: str) -> list[str] | None:
        return ["You will need to do this", body]

    said = split_sentence("You will need to do this after 5pm on the day before polling day.", rules=(echo,))
    assert said[-1] == "You will need to do this after 5pm on the day before polling day."


def test_a_list_begun_inside_an_aside_is_not_cut_in_two() -> None:
    said = _sentences(
        "Representations must be about one or more of the 4 licensing objectives, which are preventing crime and "
        "disorder, public safety, preventing public nuisance, and protecting children from harm."
    )
    assert not any(s.startswith("The 4 licensing objectives are") for s in said)
    assert not any("objectives stopping public nuisance" in s for s in said)


def test_an_email_address_after_to_is_not_a_purpose() -> None:
    said = _sentences(
        "Representations must be made in writing, by email to licensing@elmvale.gov.uk or by post to the Licensing "
        "Team at the Civic Centre."
    )
    assert not any(s.startswith("This is to licensing@") for s in said)


def test_a_means_of_sending_is_not_made_the_doer() -> None:
    said = _sentences("Results are usually sent by text message within 7 days.")
    assert not any(s.startswith("Text message") for s in said)


def test_a_thing_that_shows_something_is_not_said_to_be_showing_it() -> None:
    said = _sentences(
        "They will need to send us a copy of the certificate with their application, together with a plan showing "
        "where the scaffolding will go."
    )
    assert not any(s.startswith("A plan is showing") for s in said)


def test_what_may_be_decided_is_not_said_first_as_a_fact() -> None:
    said = _sentences(
        "If we decide that the hedge is having an adverse effect on your enjoyment of your property, we can issue a "
        "remedial notice."
    )
    assert not any(s.startswith("The hedge is having an adverse effect") for s in said)


def test_what_needs_to_be_done_to_a_thing_is_not_said_as_its_doing() -> None:
    said = _sentences(
        "New trees need to be watered regularly for the first 3 summers after they are planted, especially during dry "
        "weather."
    )
    assert not any(s.startswith("They need to do this") for s in said)


def test_a_second_thing_one_can_get_loses_its_to() -> None:
    assert replace_words("They are not entitled to most benefits or to free NHS treatment.")[0] == (
        "They cannot get most benefits or free NHS treatment."
    )


def test_a_second_clause_with_a_number_for_its_subject_is_not_given_the_firsts() -> None:
    said = _sentences(
        "Almost a third of the parcels went to households with children, and around 1 in 5 went to people who were in "
        "work."
    )
    assert not any("parcels around 1 in 5" in s for s in said)


def test_a_day_or_two_stays_in_words() -> None:
    assert replace_words("Your child may have a sore arm for a day or two after the vaccination.")[0] == (
        "Your child may have a sore arm for a day or two after the vaccination."
    )
    assert replace_words("It takes two weeks.")[0] == "It takes 2 weeks."


def test_examples_of_the_main_clause_are_not_said_after_a_list_of_conditions() -> None:
    said = _sentences(
        "If you do not have room for another bin, or you live in a flat with shared bins, we will contact you "
        "separately about other options, such as recycling sacks or a larger communal bin."
    )
    includes = next(i for i, s in enumerate(said) if s.startswith(("This includes", "These include")))
    assert said[includes - 1].endswith("about other options.")


def test_the_place_someone_attends_keeps_its_to() -> None:
    assert replace_words("The home is too far from a school your child attends or from a relative you care for.")[
        0
    ] == ("The home is too far from a school your child goes to or from a relative you care for.")

"""Splits and guards from a ninety-second look at unseen factsheets: each case here, in this project's words, was left
long or read wrongly before."""

from __future__ import annotations

from pathlib import Path

from publisher.plain import restructure
from publisher.plain.mends import purpose_said, with_a_state_said
from publisher.plain.words import replace_words
from publisher.sources import load_sources, parse_source

from .said import restructured as _said


def test_a_place_listed_after_one_with_an_article_keeps_the_article() -> None:
    said = _said("It is against the law to park on a grass verge, footpath, cycle track or in a loading bay.")
    assert said == [
        "It is against the law to park: on a grass verge / on a footpath / on a cycle track, or / in a loading bay"
    ]


def test_what_may_befall_the_reader_later_is_not_asked() -> None:
    said = _said(
        "If you are convicted of the offence, you could be fined up to £1,000 and banned from keeping animals."
    )
    assert not any(p.startswith("Are you") for p in said)


def test_a_participle_after_a_closing_condition_is_the_main_clauses() -> None:
    # (the parse hangs 'rising' on the condition's verb)
    said = _said(
        "The penalty is £80 for each parent if it is paid within 21 days of the date of this notice, rising to £160 if "
        "it is paid after 21 days but within 28 days."
    )
    assert said == [
        "The penalty is £80 for each parent if it is paid within 21 days of the date of this notice.",
        "The penalty rises to £160 if it is paid after 21 days but within 28 days.",
    ]


def test_a_condition_after_a_state_and_a_helped_doing_is_the_doings() -> None:
    said = _said(
        "Staff who give the vaccine are trained to deal with them and will ask you to wait for 15 minutes after your "
        "injection if it is the first time you have had the vaccine."
    )
    assert said[0] == "Staff who give the vaccine are trained to deal with them."
    assert said[1].endswith(
        "will ask you to wait for 15 minutes after your injection if it is the first time you have had the vaccine."
    )


def test_a_which_clause_with_a_plural_verb_is_about_the_plural_before_the_singular() -> None:
    said = _said(
        "Every March we set our charges in line with the limits agreed by the council, which allow us to raise the "
        "price of a parking permit by up to the rate of inflation plus 2%."
    )
    assert said == [
        "Every March we set our charges in line with the limits agreed by the council.",
        "The limits allow us to raise the price of a parking permit by up to the rate of inflation plus 2%.",
    ]


def test_a_plain_verb_tagged_as_a_past_still_opens_the_last_thing_to_do() -> None:
    said = _said(
        "We can check that you are getting all the benefits that you can get, help you to set up a payment plan and "
        "put you in touch with free and private debt advice."
    )
    assert said == [
        "We can: check that you are getting all the benefits that you can get / help you to set up a payment plan / "
        "put you in touch with free and private debt advice"
    ]


def test_a_reason_after_what_is_left_out_is_said_after_it() -> None:
    said = _said(
        "They can get a 50% reduction on the charge for rats, mice and fleas, but not for wasps, because wasps are not "
        "considered a public health pest and nests usually die off naturally at the end of the summer."
    )
    assert said[0] == "They can get a 50% reduction on the charge for rats, mice and fleas, but not for wasps."
    assert said[1].startswith("This is because wasps are not considered a public health pest")


def test_a_time_limit_is_not_cut_from_do_so() -> None:
    said = _said(
        "You can also appeal to the Planning Inspectorate, which is independent of the council, but for householder "
        "applications you must do so within 12 weeks of the date of the decision."
    )
    assert not any(p.endswith("do so.") for p in said)
    assert "But for householder applications you must do so within 12 weeks of the date of the decision." in said


def test_a_thing_pointed_at_in_a_condition_is_no_sometimes() -> None:
    said = _said("If this time is not convenient, please contact me before then so that we can arrange another.")
    assert not any(p.startswith("Sometimes") for p in said)


def test_a_condition_of_what_may_befall_the_reader_is_said_before_its_list() -> None:
    said = _said(
        "If you are convicted of fly-tipping, you could be fined an unlimited amount, given a community order, or sent "
        "to prison for up to 5 years."
    )
    assert said == [
        "If you are convicted of fly-tipping, you could be: fined an unlimited amount / given a community order, or / "
        "sent to prison for up to 5 years"
    ]


def test_a_heading_above_a_letters_greeting_is_kept(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(
        "Your bin day from 4 May 2026\n\nDear Resident,\n\nChanges to your collection day\n\n"
        "From Monday 4 May 2026 your bins will be collected on a Tuesday instead of a Monday. Please put your bins out "
        "by 7am on the day of collection.\n\nYours faithfully,\n\nWaste Services\n",
        encoding="utf-8",
    )
    document = parse_source(load_sources(str(letter))[0])
    assert document.title == "Changes to your collection day"
    assert document.sections[0].title == "Your bin day from 4 May 2026"


def test_things_said_whole_as_the_subject_are_no_list_cut() -> None:
    said = _said(
        "Children who are looked after by the council, and young carers who are known to our young carers service, "
        "can also get the grant, even if they do not get free school meals."
    )
    assert said == [
        "Children who are looked after by the council, and young carers who are known to our young carers service, "
        "can also get the grant.",
        "This applies even if they do not get free school meals.",
    ]


def test_a_clause_set_against_what_happens_after_a_condition_is_said_after_it() -> None:
    said = _said(
        "If we need more information from you, or if the plans need to be changed, the decision may take longer, but "
        "we will always let you know."
    )
    assert said[-1] == "But we will always let you know."
    assert said[0].startswith("If we need more information from you")


def test_an_owner_stays_with_the_noun_a_name_is_given_for() -> None:
    said = _said(
        "If you would like to talk about it, please contact the school's family support worker, Mrs Hall, who will "
        "be happy to help you with any problems."
    )
    assert "The school's family support worker is Mrs Hall." in said
    assert not any(p.startswith("Family support worker") for p in said)


def test_a_participle_inside_the_first_of_two_ways_is_that_ways() -> None:
    said = _said(
        "You can pay online at eastmoor.gov.uk/penalty using the reference number at the top of this letter, or by "
        "phoning our automated payment line on 0300 123 4400."
    )
    assert said == [
        "You can pay: online at eastmoor.gov.uk/penalty using the reference number at the top of this letter / by "
        "phoning our automated payment line on 0300 123 4400"
    ]


def test_whom_a_thing_is_let_to_inside_its_own_clause_stays_there() -> None:
    said = _said(
        "The scheme applies to any house or flat in the designated area which is let to 3 or 4 people who form 2 or "
        "more households and who share a kitchen, bathroom or toilet."
    )
    assert not any(p.startswith("This is for") for p in said)


def test_what_ceases_to_have_effect_ends() -> None:
    said, _ = replace_words("Unless revoked earlier, the order will cease to have effect on 30 April 2031.")
    assert said == "Unless revoked earlier, the order will end on 30 April 2031."
    said, _ = replace_words("If you cease to be a tenant, you must tell us.")
    assert said == "If you stop being a tenant, you must tell us."


def test_a_condition_with_a_time_to_come_is_not_asked() -> None:
    said = _said("If you pay the amount shown within 7 days, you may continue to pay by instalments.")
    assert not any(p.startswith("Do you") for p in said)


def test_what_an_amount_is_reduced_to_is_said_after_it() -> None:
    said = _said(
        "The charge for a replacement bin is £45, increased to £60 if we also have to collect the old bin from your "
        "property."
    )
    assert said == [
        "The charge for a replacement bin is £45.",
        "This is increased to £60 if we also have to collect the old bin from your property.",
    ]


def test_two_outcomes_whose_and_the_parse_hung_on_a_noun_are_listed() -> None:
    said = _said(
        "If you do not, you will lose the right to pay by instalments and the full balance for the year will become "
        "due."
    )
    assert said == [
        "If you do not: you will lose the right to pay by instalments, and / the full balance for the year will "
        "become due"
    ]


def test_describing_words_a_comma_parts_stay_with_their_noun() -> None:
    said = _said(
        "The first symptoms are like those of a cold: a runny nose, sneezing and a cough, with sore, red eyes and a "
        "high temperature."
    )
    assert said == [
        "The first symptoms are like those of a cold: a runny nose / sneezing and a cough / with sore, red eyes / a "
        "high temperature"
    ]


def test_a_short_condition_that_points_back_is_the_last_things_own() -> None:
    said = _said(
        "You do not need to bring the person's documents, but it helps if you can bring their birth certificate, NHS "
        "number, and passport or driving licence, if they had one."
    )
    assert not any(p.endswith("they had one") for p in said)


def test_a_step_the_reader_may_take_later_is_not_asked() -> None:
    for sentence in (
        "If you switch to a meter, you will pay for the water that you actually use.",
        "If you send us any new evidence, such as a letter from your doctor, we will take it into account.",
        "If you return an item that is damaged, we may ask you to pay for it.",
    ):
        assert not any(p.startswith("Do you") for p in _said(sentence)), sentence


def test_what_holds_now_after_an_outcome_to_come_is_no_outcome() -> None:
    said = _said(
        "If you switch to a meter, you will pay for the water that you actually use, and many people, especially those "
        "who live alone or in a large home, find that their bills go down."
    )
    assert said == [
        "You might switch to a meter.",
        "If you do, you will pay for the water that you actually use.",
        "Many people, especially those who live alone or in a large home, find that their bills go down.",
    ]


def test_a_thing_pointed_at_later_in_a_condition_is_no_sometimes() -> None:
    said = _said(
        "If you cannot attend on this date, you can ask for the hearing to be moved, but we may not be able to offer "
        "another date before the end of the summer term."
    )
    assert not any(p.startswith("Sometimes") for p in said)
    assert said[0] == "If you cannot attend on this date, you can ask for the hearing to be moved."


def test_as_someone_allows_is_how_not_why() -> None:
    said = _said("Of the increase, 2% will be spent only on adult social care, as the government allows.")
    assert not any(p.startswith("This is because") for p in said)


def test_a_comparing_word_before_a_second_thing_is_no_verb() -> None:
    said = _said(
        "We inspect main roads every month and quieter residential roads at least once a year, but we also rely on "
        "people to tell us about potholes and other defects."
    )
    assert not any(p.startswith("We quieter") for p in said)
    assert said[0] == "We inspect main roads every month and quieter residential roads at least once a year."


def test_what_befalls_a_thing_of_the_readers_is_not_asked() -> None:
    said = _said(
        "If your application is refused, you can ask for the decision to be reviewed by a senior officer within 20 "
        "working days."
    )
    assert not any(p.startswith("Is your application") for p in said)


def test_a_condition_that_points_at_what_follows_is_not_asked() -> None:
    said = _said(
        "If you need them, we will fit free smoke alarms, and we can also fit specialist alarms for people who are "
        "deaf or hard of hearing."
    )
    assert not any(p == "Do you need them?" for p in said)


def test_a_thing_after_a_clause_inside_a_clause_may_be_the_main_clauses() -> None:
    said = _said(
        "The savings include a restructure of council departments, which is expected to lead to the loss of about 40 "
        "posts, most of which are currently vacant, and an increase in some fees and charges."
    )
    assert not any(p.startswith("Most of them") for p in said)
    assert not any(p.startswith("This is expected") and "an increase in some fees" in p for p in said)


def test_a_state_said_with_with_and_no_verb_is_said_as_a_sentence() -> None:
    pieces, changes = restructure("With more investigations happening.")
    assert pieces == ["More investigations are happening."]
    assert [c.kind for c in changes] == ["mended"]
    assert with_a_state_said("And with the cold weather coming.") == "And the cold weather is coming."
    assert with_a_state_said("With thanks to our partners.") is None
    assert with_a_state_said("With more checks underway, we expect more arrests.") is None


def test_a_purpose_with_no_verb_of_its_own_goes_on_from_the_sentence_before() -> None:
    assert purpose_said("And to suggest new ways of tackling the problem.") == (
        "This is also to suggest new ways of tackling the problem."
    )
    assert purpose_said("And to help people who live alone.") == "This is also to help people who live alone."
    assert purpose_said("And to the people of Leeds.") is None
    assert purpose_said("And to make sure of it, we will check every bin.") is None


def test_what_a_thing_just_named_costs_is_said_of_it() -> None:
    said = _said("Each household would be able to buy up to 2 resident permits, costing £60 a year for the first.")
    assert not any(p.startswith("Each household would cost") for p in said)
    said = _said(
        "Each household would be able to buy up to 2 resident permits, costing £60 a year for the first and £90 for "
        "the second."
    )
    assert said == [
        "Each household would be able to buy up to 2 resident permits.",
        "They would cost £60 a year for the first and £90 for the second.",
    ]


def test_a_thing_named_again_after_and_is_no_clause() -> None:
    said = _said(
        "Each household would be able to buy up to 2 resident permits, costing £60 a year for the first and £90 for "
        "the second, and up to 50 visitor permits a year, at £2 for each day."
    )
    assert not any(p.startswith(("Up to 50", "And up to 50")) for p in said)


def test_what_the_reader_cannot_know_yet_is_not_asked() -> None:
    said = _said("If the zone goes ahead, it is expected to start in September 2027.")
    assert not any(p.startswith("Does the zone") for p in said)
    said = _said("We may ask for the money back if the grant was paid because of false information.")
    assert not any(p.startswith("Was the grant") for p in said)


def test_what_a_thing_is_to_record_leads_a_list_of_things_and_questions() -> None:
    said = _said(
        "We will send you diary sheets to record the dates and times of the noise, what it was and how it affected you."
    )
    assert said == [
        "We will send you diary sheets to record: the dates and times of the noise / what it was / how it affected you"
    ]


def test_ways_after_an_exception_are_the_main_clauses() -> None:
    said = _said(
        "You can renew items up to 5 times, unless someone else has reserved them, online, through the app, by phone "
        "or in person."
    )
    assert not any(p.startswith("This does not apply if someone else has reserved them, online") for p in said)


def test_a_choice_the_reader_may_make_later_is_not_asked() -> None:
    said = _said("If you refuse a suitable offer, your application may be removed from the housing register.")
    assert not any(p.startswith("Do you refuse") for p in said)


def test_what_may_yet_come_is_said_as_what_might_happen() -> None:
    assert _said(
        "If you sell your home within 5 years of buying it, you will have to pay back some or all of the discount."
    ) == [
        "You might sell your home within 5 years of buying it.",
        "If you do, you will have to pay back some or all of the discount.",
    ]
    assert _said("If you are found guilty, you could be fined up to £2,500 and given a criminal record.") == [
        "You might be found guilty.",
        "If you are, you could be fined up to £2,500 and given a criminal record.",
    ]
    assert _said("If the zone goes ahead, it is expected to start in September 2027.") == [
        "The zone might go ahead.",
        "If it does, it is expected to start in September 2027.",
    ]
    # (not where 'them' would point at nothing yet, nor where the main clause has a second clause of its own)
    assert _said("If you need them, we will fit free smoke alarms.") == [
        "If you need them, we will fit free smoke alarms."
    ]
    assert not any(
        p.startswith("If it does")
        for p in _said(
            "If the behaviour continues, we may ask you to sign an agreement, and we can apply to the court for an "
            "injunction."
        )
    )


def test_more_steps_the_reader_may_take_later_are_said_as_what_might_happen() -> None:
    assert _said("If you miss your appointment, you will have to wait for a new one.") == [
        "You might miss your appointment.",
        "If you do, you will have to wait for a new one.",
    ]
    assert _said("If you become unwell after you get home, contact your GP or call NHS 111.")[0] == (
        "You might become unwell after you get home."
    )
    # ('Do you do this?' asks nothing, and 'You might do this.' says little: the condition stays as it was said)
    said = _said("If you do this, the discount period will be frozen while we consider your challenge.")
    assert said == ["If you do this, the discount period will be frozen while we consider your challenge."]


def test_a_thing_pointed_at_keeps_its_article_when_said_again() -> None:
    said = _said("This service, which is called reablement, is free for up to 6 weeks.")
    assert said == ["This service is free for up to 6 weeks.", "The service is called reablement."]


def test_a_time_the_reader_does_a_thing_is_not_said_as_a_fact() -> None:
    said = _said(
        "When you make a report, it helps if you can tell us where the person was, what time you saw them, and what "
        "they look like."
    )
    assert not any(p.startswith("You make a report") for p in said)
    assert said == [
        "When you make a report, it helps if you can tell us: where the person was / what time you saw them / what "
        "they look like"
    ]


def test_a_time_something_is_done_to_a_thing_is_sometimes() -> None:
    said = _said(
        "When the temperature is forecast to fall to 0 degrees Celsius or below for one night or more, we open "
        "emergency shelter for everyone who is sleeping rough."
    )
    assert said[0].startswith("Sometimes the temperature is forecast")


def test_a_deadline_after_a_choice_of_two_orders_is_both_of_theirs() -> None:
    said = _said("Please fill in the enclosed form, or complete it online at northvale.gov.uk/spd, by 15 March 2027.")
    assert said == [
        "Please fill in the enclosed form, or complete it online at northvale.gov.uk/spd, by 15 March 2027."
    ]


def test_a_later_thing_with_its_own_phrase_keeps_the_first_thing_whole() -> None:
    said = _said(
        "We cannot take into account the loss of a view, the effect on the value of your property, disputes about "
        "boundaries, or competition between businesses."
    )
    assert said == [
        "We cannot take into account: the loss of a view / the effect on the value of your property / disputes about "
        "boundaries / competition between businesses"
    ]


def test_a_purpose_inside_what_someone_is_let_do_is_theirs() -> None:
    said = _said(
        "A dropped kerb, also called a vehicle crossing, lets you drive across the pavement to park on your property."
    )
    assert not any(p.startswith("This is to park") for p in said)


def test_a_decision_the_reader_waits_for_is_said_as_what_might_happen() -> None:
    said = _said("If your application is approved, we will send you a quote for the work.")
    assert said == ["Your application might be approved.", "If it is, we will send you a quote for the work."]


def test_what_the_law_requires_is_what_it_says() -> None:
    said, _ = replace_words("Your deposit has been protected with the DPS, as the law requires.")
    assert said == "Your deposit has been protected with the DPS, as the law says."


def test_riding_where_it_is_not_allowed_is_not_asked_as_a_habit() -> None:
    said = _said(
        "If you ride a private e-scooter on a public road, police officers can seize it, and you could be given a "
        "fixed penalty of £300."
    )
    assert not any(p.startswith("Do you ride") for p in said)


def test_a_verb_that_dropped_its_e_gets_it_back() -> None:
    said = _said("A landlord who does so can be fined an unlimited amount by a court.")
    assert said == ["A court can fine a landlord who does so an unlimited amount."]


def test_running_out_is_said_as_what_might_happen() -> None:
    said = _said(
        "If you run out of a medicine that you take regularly, a pharmacist may be able to give you an emergency "
        "supply."
    )
    assert said[0] == "You might run out of a medicine that you take regularly."


def test_what_a_thing_worn_has_is_not_the_lead_of_the_things_worn() -> None:
    said = _said(
        "Pupils should wear a navy jumper or cardigan with the school logo, a white polo shirt, and grey or black "
        "trousers, skirt or pinafore dress."
    )
    assert not any(p.startswith("Pupils should wear a navy jumper or cardigan with:") for p in said)

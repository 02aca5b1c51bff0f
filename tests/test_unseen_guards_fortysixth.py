"""Splits and guards from a ninety-third look at unseen factsheets: each case here, in this project's words, was left
long or read wrongly before."""

from __future__ import annotations

from pathlib import Path

from publisher.plain.words import replace_words
from publisher.sources.furniture import clean
from publisher.sources.naming import derive_titles
from publisher.sources.text import parse_text

from .said import easy_read_lines as _easy_read
from .said import restructured as _said


def test_things_paid_for_each_after_for_are_listed() -> None:
    said = _said(
        "We may keep some of your deposit to pay for any damage to the garden, for clearing rubbish if the shed is "
        "not left empty, or for any water charges that you still owe."
    )
    assert said == [
        "We may keep some of your deposit to pay for: any damage to the garden / clearing rubbish if the shed is not "
        "left empty, or / any water charges that you still owe"
    ]


def test_doings_after_by_are_listed_even_those_not_done() -> None:
    said = _said(
        "You can help to reduce waste by buying only the food you need for the week, not throwing away food that is "
        "still safe to eat, and not putting food waste in your general rubbish bin while the trial is running."
    )
    assert said == [
        "You can help to reduce waste by: buying only the food you need for the week / not throwing away food that is "
        "still safe to eat / not putting food waste in your general rubbish bin while the trial is running"
    ]


def test_examples_of_a_reason_at_the_end_are_listed_after_it() -> None:
    said = _said(
        "Please let us know if your needs change, for example because you have moved house, you have started a new "
        "job, or your child has changed school."
    )
    assert said == [
        "Please let us know if your needs change.",
        "For example, this could be because: you have moved house / you have started a new job, or / your child has "
        "changed school",
    ]


def test_kinds_of_people_as_one_subject_are_listed_after_what_they_do() -> None:
    said = _said(
        "Pupils in years 10 and 11, young people in supported housing, and people who care for a relative can "
        "travel free on the town's buses."
    )
    assert said == [
        "These people can travel free on the town's buses: pupils in years 10 and 11 / young people in supported "
        "housing / people who care for a relative"
    ]


def test_kinds_of_one_thing_as_one_subject_are_listed_after_what_they_do() -> None:
    said = _said(
        "Sheds that are smaller than 10 square metres, sheds at the back of a house, and sheds made of metal do not "
        "need planning permission from the council."
    )
    assert said[0].startswith("These sheds do not need planning permission from the council: sheds that are")


def test_a_subject_of_unlike_things_is_not_said_as_these() -> None:
    said = _said(
        "The library, two community centres on the estate, and the old swimming pool will close on Friday 3 March "
        "for repairs to the roof."
    )
    assert not any(p.startswith("These") for p in said)


def test_a_fact_told_with_that_is_listed_with_the_questions_told() -> None:
    said = _said(
        "When you call, the adviser must tell you their first name, what they can help with, how long the call may "
        "take, and that you can ask for a copy of the notes."
    )
    assert said[-1].endswith(
        "the adviser must tell you: their first name / what they can help with / how long the call may take / that "
        "you can ask for a copy of the notes"
    )


def test_measures_joined_by_hyphens_are_one_things_words_in_a_list() -> None:
    said = _said(
        "The sports centre will have a 12-metre, 3-lane running track, a climbing wall with a soft floor, a 60-station "
        "gym, 2 halls and a cafe big enough for 40 people."
    )
    assert said == [
        "The sports centre will have: a 12-metre, 3-lane running track / a climbing wall with a soft floor / a "
        "60-station gym / 2 halls / a cafe big enough for 40 people"
    ]


def test_a_lists_long_lead_says_its_aside_first_and_still_leads_into_the_list() -> None:
    said = _said(
        "The new library, which opened in the old bank on High Street in May, will have a cafe, a children's room, "
        "20 computers and a garden."
    )
    assert said == [
        "The new library opened in the old bank on High Street in May.",
        "The new library will have: a cafe / a children's room / 20 computers / a garden",
    ]


def test_a_lists_long_lead_keeps_a_purpose_with_its_doing() -> None:
    said = _said(
        "A case worker from the housing team will read your form and will write to you to tell you whether your "
        "priority band is to: stay the same; go up; or go down."
    )
    assert not any(p.startswith("This is to") for p in said)
    assert said[0].startswith("A case worker from the housing team will read your form.")


def test_a_colon_outside_brackets_still_parts_two_sentences() -> None:
    said = _said(
        "If your hearing aid stops working between visits, do not wait for your next check: call the audiology "
        "department (ear clinic) or your family doctor straight away."
    )
    assert said[-2:] == [
        "Do not wait for your next check.",
        "Call the audiology department (ear clinic) or your family doctor straight away.",
    ]


def test_a_second_opening_condition_after_or_if_is_still_the_conditions() -> None:
    said = _said(
        "If you need a sign language interpreter, or if you use a wheelchair and need a room on the ground floor, "
        "please tell us a week before so that we can book it."
    )
    assert said == [
        "Please tell us a week before if: you need a sign language interpreter, or / you use a wheelchair and need a "
        "room on the ground floor",
        "This is so that we can book it.",
    ]


def test_a_list_lister_that_finds_an_empty_thing_does_not_stop_the_rewrite() -> None:
    said = _said(
        "Wipe tables, chairs and handles after every meal, and wash the cloths at 60 degrees after using them and "
        "before and after each shift."
    )
    assert said == [
        "Wipe tables, chairs and handles after every meal.",
        "Wash the cloths at 60 degrees after using them and before and after each shift.",
    ]


def test_a_case_whose_example_has_a_clause_of_its_own_is_still_one_case() -> None:
    said = _said(
        "You may be able to get help if you cannot climb stairs without holding on, or if moving is hard for you "
        "because of stiffness, tiredness or the pain that it causes, or if you have a condition that affects your "
        "balance."
    )
    assert said[0].endswith("get help if: you cannot climb stairs without holding on / moving is hard for you "
                            "because of stiffness, tiredness or the pain that it causes, or / you have a condition "
                            "that affects your balance")  # fmt: skip


def test_a_thing_to_use_is_not_a_purpose() -> None:
    said = _said("Give your child plenty of fluids, such as milk, to drink to keep their strength up.")
    assert not any(p.startswith("This is to drink") for p in said)


def test_how_a_thing_must_be_shown_keeps_the_must() -> None:
    said = _said(
        "You can put your bin out the night before, but you must leave it at the edge of your property, with the "
        "handle facing the road."
    )
    assert said[-1] == "The handle must be facing the road."
    said = _said(
        "Visitors can park in the bays for up to 2 hours, but they must display the permit on the dashboard, with "
        "the barcode facing up."
    )
    assert said[-1] == "The barcode must be facing up."


def test_examples_with_small_words_joined_by_or_are_one_list() -> None:
    said = _said(
        "You must tell us at once if anything changes that could affect your award, such as your hours going up or "
        "down, someone moving into or out of your home, or you starting a course."
    )
    assert said == [
        "You must tell us at once if anything changes that could affect your award.",
        "This includes your hours going up or down, someone moving into or out of your home, or you starting a course.",
    ]


def test_doings_a_word_means_are_listed_with_what_follows_the_last() -> None:
    said = _said(
        "This means filling the sink with warm water, adding a little washing-up liquid, and wiping "
        "each part with a soft cloth, piece by piece, drying it as you go."
    )
    assert said[-1] == (
        "This means: filling the sink with warm water / adding a little washing-up liquid / wiping each part with a "
        "soft cloth, piece by piece, drying it as you go"
    )


def test_what_is_going_on_after_an_event_is_not_said_to_happen_after_it() -> None:
    said = _said(
        "Detectives in Harrowby are appealing for witnesses after a series of thefts from parked vans in the "
        "Eastfield area of the town, during which tools worth more than £3,000 have been taken."
    )
    assert said[1].startswith("This is after a series of thefts")


def test_the_formulas_of_a_legal_notice_are_said_plainly() -> None:
    said, _ = replace_words(
        "Notice is hereby given that Marsh Vale District Council, in exercise of its powers under section 32 of "
        "the Open Spaces Act 1906, intends to close the footpath."
    )
    assert said.startswith("Notice is given that Marsh Vale District Council, using its powers under section 32")


def test_a_sentence_that_opens_with_a_phrase_before_a_name_gets_its_plain_words() -> None:
    said, _ = replace_words("Prior to Monday 4 May, the office will be open from 9am to 1pm.")
    assert said.startswith("Before Monday 4 May")
    said, _ = replace_words("Prior Approval Notices are sent by post.")
    assert said.startswith("Prior Approval")


def test_a_few_closing_lines_are_no_part_of_their_own() -> None:
    long_paragraph = " ".join(["The council will look at every comment that it gets about the plan."] * 7)
    text = "Notice about the old depot\n\n" + "\n\n".join([long_paragraph] * 4)
    text += "\n\nIf the plan goes ahead, a new play area will be built nearby.\n\nSam Reed\n\nHead of Property\n"
    sections = parse_text(text).sections
    assert len(sections) == 2
    assert sections[-1][1][0].items[0] == long_paragraph


def test_a_title_never_ends_on_a_plain_verb() -> None:
    texts = [
        "We have been told that some children in the class have nits. Please check your child's hair.",
        "There is no need to keep your child at home, but we are grateful if you tell us, so that other parents "
        "know. Parents can ask the school nurse for advice.",
    ]
    assert not derive_titles(texts)[1].endswith(" know")


def test_how_a_thing_is_done_online_stays_with_the_online_way() -> None:
    said = _said(
        "You can book your collection online at fenbury.example/bulky, using the reference on your bill, or by calling "
        "us on 01632 960 888 between 8am and 6pm, Monday to Saturday."
    )
    assert said == [
        "You can book your collection: online at fenbury.example/bulky, using the reference on your bill / by calling "
        "us on 01632 960 888 between 8am and 6pm, Monday to Saturday"
    ]


def test_a_second_clause_that_opens_with_when_is_a_sentence_of_its_own() -> None:
    # (the parse reads 'each treatment you should wash' as a clause about the treatment)
    said = _said(
        "You will need to use the lotion again a week later, and on the day of each treatment you should wash all "
        "bedding, towels and clothing at 60C or higher, or put things that cannot be washed in a sealed bag for 4 days."
    )
    assert said == [
        "You will need to use the lotion again a week later.",
        "On the day of each treatment, you should wash all bedding, towels and clothing at 60C or higher, or put "
        "things that cannot be washed in a sealed bag for 4 days.",
    ]


def test_a_small_word_inside_a_place_name_keeps_its_words() -> None:
    said, _ = replace_words("Send it to Quay House, Kingston upon Hull HU1 2AA, or call upon us in person.")
    assert said == "Send it to Quay House, Kingston upon Hull HU1 2AA, or call on us in person."


def test_an_initial_and_a_name_above_a_job_sign_a_notice() -> None:
    text = (
        "Proposed closure of a footpath\n\nThe council proposes to close the footpath between Mill Lane and the "
        "river.\n\nObjections must be made in writing by 3 May 2027.\n\nK Lowe\n\nHighways Manager\n"
    )
    assert [heading for heading, _ in parse_text(text).sections] == [None]


def test_the_names_of_a_team_and_council_above_a_greeting_are_no_part() -> None:
    text = (
        "Your missed collection\n\nHighways and Waste Team\nBrackley Vale Council\n\nOur reference: W/2291\n\n"
        "Dear Mr Shah\n\nThank you for your letter about your garden waste bin, which was not emptied last week.\n\n"
        "I am sorry for this, and we will collect it on Friday.\n\nYours sincerely\n\nAmy Cole\n"
    )
    parsed = parse_text(text)
    assert [heading for heading, _ in parsed.sections] == [None]
    assert "Brackley Vale Council" in parsed.dropped


def test_a_doing_under_way_or_done_to_this_is_no_title() -> None:
    texts = [
        "Thank you for your letter about the bins in your road. I am sorry that your bin was missed.",
        "To stop this happening again, I have asked the crew to walk down the road when they cannot get the lorry in. "
        "We are also writing to all residents to ask them not to park near the corner. If you are not happy, you can "
        "write to the complaints team, or by writing to us.",
    ]
    assert derive_titles(texts)[1] not in ("Writing", "Stop", "Happening")


def test_conditions_the_parse_takes_for_the_main_clause_still_lead_to_it() -> None:
    said = _said(
        "If you cannot come to the hearing, or if you need to move it, please call us on 01632 960 318 as soon as "
        "possible, so that we can give the slot to someone else."
    )
    assert said == [
        "Please call us on 01632 960 318 as soon as possible if: you cannot come to the hearing, or / you need to "
        "move it",
        "This is so that we can give the slot to someone else.",
    ]


def test_a_share_of_whom_inside_a_sentence_that_goes_on_is_not_cut_out() -> None:
    said = _said(
        "The court heard that he called at homes in the area between May and July, telling owners, most of whom were "
        "over 75, that their drains were blocked, and then charging them hundreds of pounds for work that was never "
        "done."
    )
    assert not any(p.startswith("Most of them") for p in said)


def test_the_senders_name_above_a_letters_greeting_is_no_title() -> None:
    text = (
        "Year 5 trip to the science museum\n\nElmwood Primary School\n\n12 March 2027\n\nDear Parents and Carers\n\n"
        "We are taking Year 5 to the science museum on Friday 9 April.\n"
    )
    assert load_text_title(text) == "Year 5 trip to the science museum"


def test_a_notices_name_and_job_say_who_it_is_from(tmp_path: Path) -> None:
    said = _easy_read(
        tmp_path / "notice.txt",
        "Notice of poll\n\nA poll will be held on Thursday 6 May 2027 between 7am and 10pm for the election of a "
        "councillor for Westgate ward.\n\nVotes may be cast at the polling stations named on the poll cards.\n\n"
        "Anna Price\n\nReturning Officer\n",
    )
    assert said[-1] == "This notice is from Anna Price, Returning Officer."


def load_text_title(text: str) -> str | None:
    """The title the cleaner takes from a text's top lines."""
    return clean(text).title


def test_things_needed_cut_from_their_verb_are_no_sentence() -> None:
    said = _said(
        "You will need your National Insurance number, information about your income, savings and investments, and "
        "your bank account details, and if you have a partner you will need their details too."
    )
    assert not any(p.startswith("Information about your income") for p in said)


def test_a_place_said_first_goes_after_the_verb_when_what_might_happen_is_said() -> None:
    said = _said("There, you could be ordered to pay up to £2,500 if you are found guilty.")
    assert said == ["You might be found guilty.", "If you are, you could be ordered to pay up to £2,500 there."]


def test_a_closing_whose_clause_is_a_sentence_of_its_own() -> None:
    said = _said(
        "The repairs will be done on Monday 3 May by our building firm, Ashton Builders, whose staff all carry an "
        "identity card with a photo."
    )
    assert said == [
        "Our building firm will do the repairs on Monday 3 May.",
        "Our building firm is Ashton Builders.",
        "Their staff all carry an identity card with a photo.",
    ]
    said = _said("If you have any questions, you can call the school office, whose number is at the top of the letter.")
    assert said[-1] == "Its number is at the top of the letter."


def test_a_date_described_after_it_is_this_not_the_date() -> None:
    said = _said(
        "Your start date is 14 June 2027, which is the day your first payment is made, and it will be shown on every "
        "statement that we send you."
    )
    assert "This is the day your first payment is made." in said
    assert not any(p.startswith("The 14 June") for p in said)


def test_as_it_is_now_compares_and_gives_no_reason() -> None:
    said = _said(
        "The library will be open from 9am to 5pm on weekdays, as it is now, and it will also open on Saturday "
        "mornings from 10am to 1pm for the first time."
    )
    assert said[0] == "The library will be open from 9am to 5pm on weekdays, as it is now."
    assert not any("because it is now" in p for p in said)


def test_a_using_after_a_phone_way_is_that_ways() -> None:
    said = _said(
        "You can pay online at fenbury.example/rent, by phone on 01632 960 444, using our automated line, which is "
        "open 24 hours a day, or at any Post Office, using the barcode on your card."
    )
    assert said == [
        "You can pay: online at fenbury.example/rent / by phone on 01632 960 444, using our automated line, which is "
        "open 24 hours a day / at any Post Office, using the barcode on your card"
    ]


def test_cases_listed_after_two_orders_are_the_condition_of_both() -> None:
    said = _said(
        "Ask for an urgent appointment with your family doctor (GP), or get help from NHS 111, if your rash has not "
        "started to fade within 5 days, you have a high temperature, or you are pregnant and have the rash for the "
        "first time."
    )
    assert not any(p.startswith("Or get help") for p in said)


def test_a_clause_with_its_own_subject_after_a_report_is_not_what_was_found() -> None:
    said = _said(
        "An inspection last year found that some of the beams, which are more than 60 years old, had rusted badly, "
        "and engineers have advised that the bridge cannot stay open while the work is carried out."
    )
    found = said.index("An inspection last year found this.")
    assert not any("engineers have advised" in p.lower() for p in said[:found])


def test_a_phrase_after_examples_is_not_said_after_a_clause_it_would_seem_to_belong_to() -> None:
    said = _said(
        "We can take away old garden items that are too big to go in your green bin, such as sheds, fences and "
        "trampolines, for a charge."
    )
    assert not any("green bin for a charge" in p for p in said)


def test_things_and_what_they_are_doing_are_things_of_a_list() -> None:
    said = _said(
        "Signs that someone's home may have been taken over include lots of people coming and going at all hours, "
        "cars pulling up for short periods, and the person not being seen for long periods or seeming anxious or "
        "withdrawn."
    )
    assert said == [
        "Signs that someone's home may have been taken over include: lots of people coming and going at all hours / "
        "cars pulling up for short periods / the person not being seen for long periods or seeming anxious or withdrawn"
    ]


def test_all_of_an_amount_a_year_is_this() -> None:
    said = _said("The scheme should raise about £120,000 a year, all of which will be spent on new bus shelters.")
    assert said == [
        "The scheme should raise about £120,000 a year.",
        "All of this will be spent on new bus shelters.",
    ]


def test_a_doing_done_to_the_reader_is_no_thing_the_reader_is_helped_to_do() -> None:
    said = _said(
        "The carers will help you to get washed and dressed in the morning, make you a hot meal in the evening, and "
        "make sure that you have taken your medicines, and each visit will last about 45 minutes."
    )
    assert not any("help you to: " in p and "make you a hot meal" in p for p in said)


def test_a_thing_with_its_own_clause_after_a_which_clause_is_the_sentences() -> None:
    said = _said(
        "You will need to give us your business rates account number, which is on your bill, and details of any "
        "other properties that you use."
    )
    assert not any(p.startswith("This is on your bill, and details") for p in said)


def test_cases_after_two_orders_either_of_which_will_do_are_listed() -> None:
    said = _said(
        "Ask for an urgent appointment with your family doctor (GP), or get help from NHS 111, if your rash has not "
        "started to fade within 5 days, you have a high temperature, or you are pregnant and have the rash for the "
        "first time."
    )
    assert said == [
        "Ask for an urgent appointment with your family doctor (GP), or get help from NHS 111 if: your rash has not "
        "started to fade within 5 days / you have a high temperature, or / you are pregnant and have the rash for "
        "the first time"
    ]


def test_what_is_sent_after_samples_from_some_things_is_they() -> None:
    said = _said(
        "The engineer will need to take small samples from some pipes, which will be sent to a laboratory to check "
        "them for lead, and each hole will be filled straight away."
    )
    assert not any(p.startswith("Pipes will be sent") for p in said)


def test_one_person_named_with_the_is_named_again_for_their_aside() -> None:
    said = _said(
        "The inspector, who will be from Brightwater Services, will need to look at every room in the flat, and will "
        "check that the smoke alarms work."
    )
    assert "The inspector will be from Brightwater Services." in said
    assert not any(p.startswith("This person") for p in said)


def test_cases_with_an_or_inside_after_two_orders_are_never_said_as_facts() -> None:
    said = _said(
        "Ask for an urgent appointment with your family doctor (GP), or get help from NHS 111, if your skin is "
        "blistering or swelling badly, you have a high temperature, feel hot and shivery, or feel very tired, dizzy "
        "and sick, or your baby or child has sunburn."
    )
    assert not any(p.startswith("You have a high temperature") for p in said)
    assert not any(p.startswith("Or get help") for p in said)


def test_what_any_of_many_do_at_times_is_said_to_happen_sometimes() -> None:
    said = _said(
        "When drivers park on the pavement, people with pushchairs and wheelchairs have to go into the road, and it "
        "can damage the paving stones."
    )
    assert said[0] == "Sometimes drivers park on the pavement."


def test_a_job_that_signs_a_letter_with_no_name_is_the_job(tmp_path: Path) -> None:
    said = _easy_read(
        tmp_path / "letter.txt",
        "Your claim\n\nDear Ms Reid\n\nThank you for your claim for the damage to your bike, which we received on 3 "
        "March.\n\nWe will write to you again within 28 days.\n\nYours sincerely\n\nClaims Handler\nRoads Team\n",
    )
    assert said[-1] == "This letter is from the Claims Handler, Roads Team."


def test_our_one_person_is_named_again_for_their_aside() -> None:
    said = _said(
        "Our inspector, who called on 3 May, found that the leak is mainly caused by a loose joint, which happens "
        "when the pipe moves as the water heats up."
    )
    assert "Our inspector called on 3 May." in said


def test_what_is_done_to_they_in_a_report_is_never_done_to_the_reporters() -> None:
    said = _said(
        "The benches are next to the pond and the car park, and our park rangers have decided that they must be "
        "replaced to keep people safe, after checking them in March."
    )
    assert not any(p.startswith("Our park rangers must be replaced") for p in said)


def test_a_second_that_clause_of_what_was_said_is_no_sentence() -> None:
    said = _said(
        "The council has said that it will help the library's staff to find jobs in other libraries where possible, "
        "and that readers will be given help to join another library, including a free bus pass for a month."
    )
    assert not any(p.startswith("That readers") for p in said)


def test_a_person_who_does_a_next_step_is_they() -> None:
    said = _said("Our enforcement officer watched the van for 10 minutes before issuing the fine.")
    assert said == ["Our enforcement officer watched the van for 10 minutes.", "Then they issued the fine."]


def test_a_count_whose_noun_is_in_an_aside_keeps_the_aside() -> None:
    said = _said(
        "The hall, which has seats for 300 people, now sells only 90, and the number of shows has fallen by half in "
        "the last 5 years."
    )
    assert not any(p.startswith("The hall now sells only 90.") for p in said)


def test_what_follows_with_no_longer_is_no_purpose() -> None:
    said = _said(
        "The number of buses using the depot has fallen by a third since 2020, so that the company can no longer "
        "afford to keep it open."
    )
    assert not any(p.startswith("This is so that") for p in said)


def test_what_a_thing_is_used_as_part_of_is_no_scheme_it_belongs_to() -> None:
    said = _said("Thank you for asking to use the path at the back of 12 Elm Row as part of your garden from next May.")
    assert not any(p.startswith("This is part of your garden") for p in said)


def test_another_receiver_after_a_purpose_is_not_the_purposes() -> None:
    said = _said(
        "The booster is offered to carers of disabled children, to protect the children they look after, and to "
        "adults aged 80 and over."
    )
    assert not any(p.startswith("This is to protect") and "adults aged 80" in p for p in said)


def test_days_said_after_the_last_of_two_times_are_both_times() -> None:
    said = _said("The zone near the school will be in force from 8am to 9.15am and from 3pm to 4pm on school days.")
    assert not any(p.endswith(": in force from 8am to 9.15am / from 3pm to 4pm on school days") for p in said)

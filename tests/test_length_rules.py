"""Long sentences made shorter where the parse shows it is safe, and the wrong outputs those splits must not
make: each test here failed on the rules before the change it guards."""

from __future__ import annotations

from datetime import UTC, datetime

from publisher.model import Block, Document, Section
from publisher.plain import rewrite_document
from publisher.plain.main_clauses import at_main_clauses
from publisher.plain.parse import stands_alone
from publisher.plain.timing import at_time_limit
from publisher.plain.words import replace_words
from tests.conftest import rewritten_sentences as _sentences


def test_a_helper_put_in_for_to_takes_every_verb_in_its_series() -> None:
    said = replace_words("You are strongly advised to use all of your preferences and to include one near school.")[0]
    assert said == "You should use all of your preferences and include one near school."
    said = replace_words("You are required to pay the fee and to send proof.")[0]
    assert said == "You must pay the fee and send proof."
    assert replace_words("You are unable to work or to study.")[0] == "You cannot work or study."
    # a 'to' that is no verb's stays: 'write to the council and to your MP'
    assert replace_words("You are able to write to the council and to your MP.")[0] == (
        "You can write to the council and to your MP."
    )
    assert replace_words("You are able to apply and to parents.")[0] == "You can apply and to parents."


def test_a_second_when_in_series_is_no_unfinished_clause() -> None:
    sentence = (
        "The badge may only be used when the holder is travelling in the vehicle or when the vehicle is being "
        "used to collect or drop them off, and misuse of a badge is a criminal offence."
    )
    # (the two times, each with its own 'when', are listed)
    assert _sentences(sentence) == [
        "The badge may only be used when: the holder is travelling in the vehicle, or / the vehicle is being "
        "used to collect or drop them off",
        "Misuse of a badge is a criminal offence.",
    ]


def test_examples_with_a_which_after_them_stay_with_their_noun() -> None:
    sentence = (
        "You may also qualify if you have a condition that is hard to see, such as autism or dementia, which "
        "causes you great trouble on a journey."
    )
    assert not any(s.startswith("This includes") for s in _sentences(sentence))


def test_things_to_do_after_will_become_bullets_where_the_parse_misread_one_verb() -> None:
    sentence = (
        "During a visit, a firefighter or safety adviser will check your home for fire risks, fit free smoke "
        "alarms where needed, and help you to make an escape plan."
    )
    assert _sentences(sentence) == [
        "During a visit, a firefighter or safety adviser will: check your home for fire risks / fit free smoke "
        "alarms where needed / help you to make an escape plan"
    ]
    # a word read as a noun is no order: a list of things stays one
    assert "will:" not in " ".join(_sentences("We will collect food waste, garden waste, and old paper every week."))


def test_a_sentence_of_more_than_12_words_is_split_where_safe() -> None:
    assert _sentences("A book of 10 vouchers costs £15, and each voucher is valid for one day.") == [
        "A book of 10 vouchers costs £15.",
        "Each voucher is valid for one day.",
    ]


def test_a_counted_group_keeps_its_number_and_a_clause_parsed_wrong_is_not_cut() -> None:
    sentence = "2,100 people who had stopped using the library because of unpaid fines came back."
    assert _sentences(sentence) == [sentence]
    assert not stands_alone("Some people had stopped using the library because of.")
    assert stands_alone("This is a first payment of £3,500 followed by 18 monthly payments of £350.")


def test_a_which_after_the_doer_of_a_passive_is_not_this() -> None:
    said = _sentences(
        "Any refund that you are owed will be paid directly into your bank account by the council, which will "
        "write to you."
    )
    assert not any(s.startswith("This") for s in said)


def test_no_question_comes_between_this_and_what_it_means() -> None:
    sentence = "But this may be lower than the standard weekly rate if you can show that it would cause you hardship."
    assert _sentences(sentence) == [sentence]


def test_what_is_no_purpose_is_not_said_as_one() -> None:
    for sentence in (
        "Coronavirus has had no impact on our ability to work to deal with illegal migration.",
        "A typical car will take around 6 to 8 hours to charge fully at one of these points.",
        "This is to break up and arrest the criminal gangs who trade in people smuggling.",
        "We will do whatever it takes to stop these crossings completely and for good.",
    ):
        assert _sentences(sentence) == [sentence]
    # 'the action needed to X' still says what the action is for
    assert _sentences("We are taking all the action needed to bring these harmful criminals to justice.") == [
        "We are taking all the action needed.",
        "This is to bring these harmful criminals to justice.",
    ]


def test_a_time_that_says_which_day_stays_with_it() -> None:
    sentence = "Please report it online or by phone by 5pm on the working day after your usual collection day."
    assert _sentences(sentence) == [sentence]


def test_even_when_is_no_sentence() -> None:
    assert not stands_alone("Even when it is cold.")
    sentence = "Open a window for a few minutes each day, even when it is cold."
    assert _sentences(sentence) == [sentence]


def test_a_loss_being_an_amount_is_not_made_a_present_tense() -> None:
    said = _sentences("At least 4 of them lost money to callers last month, with the largest single loss being £2,300.")
    assert not any("is being" in s for s in said)


def test_a_list_inside_its_first_item_is_no_list_of_things() -> None:
    assert _sentences("The council will check that the work is needed, appropriate, reasonable and practical.") == [
        "The council will check that the work is: needed / suitable / reasonable / practical"
    ]
    for sentence in (
        "Knife crime has a devastating impact on victims, their families and the wider community.",
        "The lanes will link the railway station to the high street, the hospital and the college.",
    ):
        assert _sentences(sentence) == [sentence]


def test_a_condition_said_with_sometimes_keeps_both_its_parts() -> None:
    sentence = "Sometimes the asbestos is in good condition and is not likely to be disturbed by pupils or staff."
    assert _sentences(sentence) == [sentence]


def test_a_sentence_that_the_next_points_back_at_is_not_turned_round() -> None:
    said = _sentences(
        "You can also get a free flu vaccine from your GP surgery if you have certain long-term conditions, including "
        "diabetes, heart disease, chronic kidney disease and some lung conditions."
    )
    assert said[0] == (
        "You can also get a free flu vaccine from your family doctor (GP) surgery if you have certain long-term "
        "conditions."
    )
    assert said[1].startswith(("This includes", "These include"))


def test_a_condition_said_with_sometimes_keeps_its_reason() -> None:
    sentence = "Sometimes your child cannot go to school on a normal school day because they are ill with a fever."
    assert _sentences(sentence) == [sentence]
    # 'take action in the coming weeks to stop X' is still a purpose: the weeks are not what it takes
    assert _sentences("We will take action in the coming weeks to stop these gangs from operating on our streets.") == [
        "We will take action in the coming weeks.",
        "This is to stop these gangs from operating on our streets.",
    ]


def test_a_defining_that_clause_stays_with_its_noun() -> None:
    for sentence in (
        "Attendance Allowance is extra money for people over State Pension age who have a disability or illness "
        "that means they need help with personal care or someone to keep an eye on them.",
        "We can collect large household items that will not fit in your bin, such as furniture, fridges, "
        "mattresses and washing machines, from outside your home for a charge.",
    ):
        said = _sentences(sentence)
        assert not any(s.startswith(("This means", "They will not fit", "This is to keep")) for s in said)
    # a clause about two things in the plural is still said about both
    assert "They will change the rules on migration." in _sentences(
        "We are making plans to change policies and laws that will change the rules on migration."
    )


def test_the_last_of_a_series_of_conditions_is_no_fact() -> None:
    said = _sentences(
        "You can usually claim if you have reached State Pension age, you have needed help for at least 6 months, "
        "and you live in England, Scotland or Wales."
    )
    assert not any(s.startswith("You live in") for s in said)


def test_a_second_purpose_is_not_given_the_subject_again() -> None:
    said = _sentences(
        "A case review brings together the police, the council, housing providers and other agencies to look at "
        "the reports you have made and the action that has been taken, and to agree a plan to deal with the problem."
    )
    assert not any(" review to agree" in s for s in said)


def test_how_long_before_stays_with_before() -> None:
    assert at_time_limit("You can do this up to 2 working days before the collection date") is None
    said = _sentences("You can cancel your booking for a full refund up to 2 working days before the collection date.")
    assert "You can do this up to 2 working days." not in said


def test_a_which_after_the_doer_of_the_main_verb_is_kept() -> None:
    said = _sentences(
        "Furniture that is in good condition could be given a new home by a local reuse charity, which may "
        "collect it for free."
    )
    assert not any(s.startswith("This may collect") for s in said)


def test_an_item_that_finishes_its_lists_introduction_is_not_cut() -> None:
    blocks = (
        Block("paragraph", ("You can ask for a review if:",)),
        Block("bullets", ("you have reported the same problem 3 times in 6 months",
                          "you have reported one incident of hate crime to the police or the council and had no "
                          "action taken")),
    )  # fmt: skip
    document = Document("r", "Review", (Section("s", "S", blocks),), "r.txt", datetime(2026, 11, 3, tzinfo=UTC))
    items = rewrite_document(document).sections[0].blocks[1].items
    assert items[-1] == (
        "you have reported one incident of hate crime to the police or the council and had no action taken."
    )


def test_nothing_comes_between_a_sentence_and_its_or() -> None:
    said = _sentences(
        "You must pay within 6 days of driving in the zone, either before or after your journey, or you may get "
        "a penalty charge notice of £120."
    )
    # (what comes of not paying is said as its condition, after all that is said of the paying)
    assert said == [
        "You must pay within 6 days of driving in the zone.",
        "You must do this either before or after your journey.",
        "If you do not, you may get a penalty charge notice of £120.",
    ]


def test_a_describing_word_before_a_comma_is_no_end_of_an_item() -> None:
    said = " | ".join(
        _sentences(
            "The signs include a headache, dizziness and confusion, loss of appetite and feeling sick, heavy "
            "sweating and pale, clammy skin, cramps in the arms, legs and stomach, and a fast heartbeat."
        )
    )
    assert "/ clammy skin" not in said and "/ legs and stomach" not in said
    # a list of what to give, one item ending 'is wrong', is still a list
    assert _sentences(
        "You will need to give the address of your property, the reasons you think your band is wrong, and the "
        "addresses of up to 5 similar homes in a lower band."
    ) == [
        "You will need to give: the address of your property / the reasons you think your band is wrong / the "
        "addresses of up to 5 similar homes in a lower band"
    ]


def test_this_does_not_apply_never_follows_this_is_because() -> None:
    said = _sentences(
        "We do not treat bees, as they are important pollinators and are not normally a danger unless they are "
        "disturbed."
    )
    assert not any(s.startswith("This does not apply") for s in said)


def test_a_list_of_people_and_a_list_of_reasons_stay_lists() -> None:
    said = _sentences(
        "The shingles vaccine is offered free on the NHS to people who turn 65 on or after 1 September 2023, "
        "people aged 70 to 79, and people aged 50 and over with a severely weakened immune system."
    )
    assert not any(s.startswith("People aged") for s in said)
    said = _sentences(
        "You may need a Standard Visitor visa to visit the UK for tourism, to see family or friends, for certain "
        "business activities, or for short courses of study of up to 6 months."
    )
    assert not any(s.startswith("This is to see") for s in said)


def test_an_order_with_its_own_condition_is_not_given_a_subject() -> None:
    said = _sentences(
        "You can take paracetamol if you feel unwell, but if your symptoms get worse or you are worried, call NHS 111."
    )
    assert not any(s.startswith("But you can if") for s in said)
    # a clause with a subject of its own after 'but if' is still its own sentence
    assert _sentences(
        "Flu can be unpleasant, but if you are otherwise healthy it will usually clear up on its own within a week."
    ) == [
        "Flu can be unpleasant.",
        "But if you are otherwise healthy it will usually clear up on its own within a week.",
    ]


def test_other_things_are_not_named_as_a_sentence_subject() -> None:
    said = _sentences(
        "You will also need a current passport or other valid travel document, which must have a blank page for "
        "your visa."
    )
    assert not any(s.startswith("Other") for s in said)


def test_a_list_of_questions_is_a_list() -> None:
    assert _sentences(
        "This factsheet explains the payments that we will make this year, including who is eligible, how much "
        "will be paid and when payments are expected to be received."
    )[-1] == ("This includes: who is eligible / how much will be paid / when payments are expected to be received")


def test_guards_from_a_further_batch_of_unseen_factsheets() -> None:
    # a 'which' clause with a condition after it: the condition is the sentence's
    said = _sentences(
        "You may also be able to get Carer's Allowance, which is £83.30 a week, if you care for someone for at "
        "least 35 hours a week."
    )
    assert not any(s.startswith("This is £83.30") and "if you care" in s for s in said)
    # 'their own charges, which are added': never 'Own charges are added'
    said = _sentences(
        "Parish councils and the police and fire authorities set their own charges, which are added to your bill."
    )
    assert not any(s.startswith("Own") for s in said)
    # 'which closed last year because of X': the reason is the closing's, not the sentence's
    said = _sentences(
        "The new library will replace the old library building on Queen Street, which closed last year because "
        "of problems with its roof."
    )
    assert not any(s.startswith("This is because of") for s in said)
    # two halves of one comparison are not two sentences
    said = _sentences(
        "Contact your supplier as soon as possible if you are worried about paying, as the longer you leave it, "
        "the harder it can be to sort out."
    )
    assert not any(s.startswith(("The harder", "This is because the longer you leave it.")) for s in said)
    # what follows 'If X, Y and Z' is more of what happens then, not a fact
    said = _sentences(
        "If you do not pay it, you will lose the right to pay in instalments and the whole amount for the year "
        "will become due."
    )
    assert not any(s.startswith("The whole amount") for s in said)
    # 'people who had stopped using it because of X came back': the reason is inside the 'who' clause
    said = _sentences(
        "Then the number of people borrowing books rose by 12% in the first year, and 2,100 people who had "
        "stopped using the library because of unpaid fines came back."
    )
    assert not any(s.startswith("This is because of") for s in said)


def test_two_verbs_that_share_what_follows_stay_together() -> None:
    said = _sentences(
        "A police officer can stop and search you if they have reasonable grounds to suspect that you are "
        "carrying something illegal."
    )
    assert not any(s.endswith("can stop.") for s in said)
    # a passive verb has no object to share: 'convicted and put behind bars' may be two sentences
    assert at_main_clauses("Over 10 people smugglers have been convicted and put behind bars this year") is not None


def test_ways_of_doing_a_thing_start_after_a_whole_sentence() -> None:
    assert _sentences(
        "You can apply through your online account, by calling the Universal Credit helpline on 0800 328 5644, or "
        "by asking your work coach at the Jobcentre."
    ) == [
        "You can apply: through your online account / by calling the Universal Credit helpline on 0800 328 5644 / "
        "by asking your work coach at the Jobcentre"
    ]


def test_a_learning_difficulty_keeps_its_name() -> None:
    said = replace_words("Tell us if you have a learning difficulty, or if your child has learning difficulties.")[0]
    assert said == "Tell us if you have a learning difficulty, or if your child has learning difficulties."
    assert replace_words("You may have difficulty walking.")[0] == "You may have trouble walking."


def test_two_conditions_that_must_both_hold_become_bullets() -> None:
    assert _sentences(
        "You can get a residents' parking permit if you live in a controlled parking zone and the car is "
        "registered to you at your address in the zone."
    ) == [
        "You can get a residents' parking permit if: you live in a controlled parking zone, and / the car is "
        "registered to you at your address in the zone"
    ]
    # one clause with 'and' inside it is no pair of conditions
    for sentence in (
        "You can usually get the free hours for your child if you and your partner are both in paid work.",
        "You can apply for the grant if you live in England and Wales and own your home.",
    ):
        assert not any(s.endswith(" if:") or " if: " in s for s in _sentences(sentence))


def test_be_joined_to_another_verb_is_not_asked() -> None:
    said = _sentences("You can usually get the free hours if you and your partner are in work and earn at least £200.")
    assert not any(s.startswith("Are you") for s in said)


def test_this_applies_only_if_two_things_lists_them() -> None:
    assert _sentences(
        "This applies only if your doctor says that you are fit to drive and you meet certain other conditions."
    ) == ["This applies only if: your doctor says that you are fit to drive, and / you meet certain other conditions"]


def test_what_a_thing_means_keeps_all_its_parts() -> None:
    # 'decide whether A and B': both are what is decided
    said = _sentences(
        "The panel will first decide whether the school's admission arrangements were lawful and were applied "
        "correctly, and then whether your case outweighs the school's case."
    )
    assert not any(s.startswith("They were applied") for s in said)
    # ', which means A, and B': the 'and' goes on with what it means
    said = _sentences(
        "You can still claim and choose not to get the payments, which means you will still get National "
        "Insurance credits, and your child will get a National Insurance number when they turn 16."
    )
    assert not any(s.startswith("Your child will get") for s in said)


def test_a_with_phrase_whose_clause_ends_early_stays() -> None:
    said = _sentences(
        "To apply, fill in the form on the Planning Portal, with a plan showing where the tree is and a "
        "description of the work you want to do."
    )
    assert not any(" are showing" in s or s.startswith("A plan") for s in said)


def test_two_conditions_after_as_long_as_stay_conditions() -> None:
    said = _sentences(
        "We will collect extra recycling left next to your blue bin in clear bags or boxes, as long as the "
        "cardboard is flattened and the bags contain only items that can be recycled."
    )
    assert not any(s.startswith("The bags contain") for s in said)
    assert (
        "This applies only if: the cardboard is flattened, and / the bags contain only items that can be recycled"
    ) in said


def test_guards_from_a_batch_on_registers_parking_scooters_and_grit() -> None:
    # the last of a series of conditions, in the same tense, is no fact
    said = _sentences(
        "You can register if you are aged 16 or over, or 14 or over in Scotland and Wales, and you are a British, "
        "Irish or qualifying Commonwealth citizen."
    )
    assert not any(s.startswith("You are a British") for s in said)
    # ('..., and you can apply online' after a condition is a sentence of its own)
    assert _sentences("You can get help with the cost if you are over 65, and you can apply online at any time.") == [
        "You can get help with the cost if you are over 65.",
        "You can apply online at any time.",
    ]
    # a second passive shares its helper
    said = _sentences("The bins are filled before the start of winter and refilled on request when they run low.")
    assert said[-1] == "The bins are refilled on request when they run low."
    # the last of three verbs is not cut from the other two
    said = _sentences(
        "Class 3 vehicles can be used on the road as well as on pavements, have a top speed of 8mph, and must be "
        "registered with the DVLA."
    )
    assert not any(s.endswith("8mph.") for s in said)
    # 'but it is recommended' keeps its own subject
    said = _sentences(
        "You are not legally required to have insurance, but it is strongly recommended, as you could be held "
        "responsible if you injure someone."
    )
    assert "But it is strongly recommended." in said


def test_a_clause_or_people_are_no_items_of_a_list_of_things() -> None:
    said = " | ".join(
        _sentences(
            "Charges apply 24 hours a day, 7 days a week, and the money raised is spent on maintaining the car "
            "parks and on patient services."
        )
    )
    assert "/ the money raised" not in said
    said = " | ".join(
        _sentences(
            "Parking is free for disabled people with a Blue Badge, parents of sick children staying overnight, "
            "people visiting relatives who are gravely ill, and NHS staff working night shifts."
        )
    )
    assert "people with:" not in said and not any(s.startswith("People visiting") for s in said.split(" | "))
    # a list of things with a clause the small model finds in 'muscle aches' is still a list
    assert _sentences(
        "Most side effects are mild and they include a slightly raised temperature, muscle aches and a sore arm "
        "where the needle went in."
    )[-1].endswith("a slightly raised temperature / muscle aches / a sore arm where the needle went in")


def test_which_with_a_helper_after_a_plural_is_not_this() -> None:
    said = _sentences(
        "The council has 12 allotment sites with more than 600 plots, which can be rented by anyone aged 18 or "
        "over who lives in the borough."
    )
    assert not any(s.startswith("This can be rented") for s in said)


def test_a_which_clause_with_a_purpose_or_a_verb_after_it() -> None:
    # the purpose after the clause is the clause's: it stays after it
    said = _sentences(
        "Each chip has a unique number, which is stored on a database with your contact details, so that your "
        "cat can be returned to you if it gets lost or stolen."
    )
    assert said.index("This is so that your cat can be returned to you if it gets lost or stolen.") == len(said) - 1
    assert not any(s.startswith("A unique number") for s in said)
    # a 'which' clause between a subject and its verb is no sentence's end
    said = _sentences(
        "The museum's collection of Roman finds, which has been in storage since 2019, will go back on display in "
        "a new gallery."
    )
    assert not any(s.startswith("This has been in storage") for s in said)


def test_guards_from_a_batch_on_adoption_roads_and_warm_spaces() -> None:
    # a bracket closes in its item
    said = _sentences(
        "The process includes training, checks with the police and your GP, and a series of meetings with a "
        "social worker, who will write a report about you."
    )
    assert any("(GP) /" in s for s in said)
    # a describing word alone is no item: 'damaged or missing road signs' is one
    shown = " | ".join(
        _sentences("You can report potholes, damaged pavements, blocked drains, broken street lights, and damaged or "
                   "missing road signs.")
    )  # fmt: skip
    assert "/ damaged /" not in shown and not shown.endswith("/ damaged")
    # 'warm, humid and windy' is a list of describing words
    assert _sentences("It usually happens between late March and September, especially when it is warm, humid and "
                      "windy.")[0].endswith(": warm / humid / windy")  # fmt: skip
    # 'only pay if A and did not B' is not asked
    said = _sentences(
        "You can make a claim, but we will only pay if we knew about the defect and did not repair it in "
        "reasonable time."
    )
    assert not any(s.endswith("?") for s in said)


def test_guards_from_a_batch_on_births_doorstep_scams_and_speed_limits() -> None:
    # 'most of which' after an amount is 'this'
    said = _sentences(
        "The council estimates that the change would cost around £450,000, most of which would be spent on new "
        "signs and road markings."
    )
    assert said[-1].startswith("Most of this would be spent")
    # a noun named again after 'a' takes 'the'
    said = _sentences("A short birth certificate, which shows only the baby's details, is given to you free of charge.")
    assert "The short birth certificate shows only the baby's details." in said
    # a 'who' the parser hung on a phone number is no person
    said = _sentences("Report it to Citizens Advice on 0808 223 1133, who will pass the details to Trading Standards.")
    assert not any(s.startswith("This person") for s in said)
    # an '-ing' form joined on stays with the one before it
    said = _sentences(
        "Doorstep criminals often target older people, offering to carry out work that is not needed, and then "
        "charging far too much for it."
    )
    assert not any(" and then charging" in s and not s.startswith("Doorstep criminals often") for s in said)


def test_guards_from_a_batch_on_dentists_volunteers_and_cctv() -> None:
    # a clause with an aside of its own says which thing is meant
    said = _sentences(
        "You have the right to ask for a copy of footage that shows you, which is known as a subject access request."
    )
    assert not any(s.startswith("This shows you") for s in said)
    # 'if you have one' is not asked before the thing 'one' means
    said = _sentences(
        "If you need urgent treatment, for example because you have severe pain, call your own dentist if you have one."
    )
    assert not any(s.startswith("Do you have one?") for s in said)
    # 'a named person to go to' says which person, not what for
    said = _sentences(
        "All our volunteers get an induction, training for their role and a named person to go to for support."
    )
    assert not any(s.startswith("This is to go to") for s in said)
    # an aside that a later 'this' points back to stays where it is
    said = _sentences(
        "You can find practices near you on the NHS website, which shows whether each one is accepting new "
        "patients, but this information is not always up to date, so it is best to phone the practice first."
    )
    assert not said[-1].startswith("The NHS website shows")


def test_guards_from_a_batch_on_carers_leave_and_a_noise_letter() -> None:
    # a 'because' with no comma after a phrase of its own may be that phrase's reason
    sentence = "You are protected from being dismissed or treated unfairly because you have asked for carer's leave."
    assert _sentences(sentence) == [sentence]
    # the reader is not asked about 'we'
    said = _sentences("If we get further complaints about the noise, an officer may visit and record the noise.")
    assert not any(s.startswith("Do we") for s in said)


def test_two_clauses_of_an_opening_condition_are_listed_after_what_they_are_the_condition_of() -> None:
    said = _sentences(
        "If your breathing gets worse and your inhaler is not helping, call National Health Service (NHS) 111 or "
        "your family doctor (GP) surgery."
    )
    assert said == [
        "Call National Health Service (NHS) 111 or your family doctor (GP) surgery if: your breathing gets worse, "
        "and / your inhaler is not helping"
    ]


def test_a_second_condition_the_parser_hung_on_the_main_verb_is_listed_with_the_first() -> None:
    said = _sentences(
        "You may be able to get Pension Credit if you live in England, Scotland or Wales and you have reached State "
        "Pension age."
    )
    assert said == [
        "You could get Pension Credit if: you live in England, Scotland or Wales, and / you have reached "
        "State Pension age"
    ]


def test_a_clause_with_a_helper_of_its_own_after_a_condition_is_not_listed_with_it() -> None:
    said = _sentences(
        "You can get a refund if you paid by card and we will send it to you within 5 working days of your request."
    )
    assert not any(s.endswith("if: you paid by card, and / we will send it to you") for s in said)
    assert not any(" if:" in s for s in said)


def test_a_condition_inside_an_although_clause_is_not_listed() -> None:
    said = _sentences(
        "You will usually get a decision within 3 weeks, although it may take longer if your application is complex "
        "or there are problems with your documents."
    )
    assert not any(s.startswith("You will usually get a decision within 3 weeks, although") for s in said)


def test_two_conditions_each_with_its_own_if_are_listed() -> None:
    said = _sentences(
        "We may grant a shorter licence if there have been complaints about the noise or if the area is due to be "
        "changed."
    )
    assert said == [
        "We may grant a shorter licence if: there have been complaints about the noise, or / the area is due to be "
        "changed"
    ]


def test_conditions_of_a_clause_after_but_are_not_listed_after_the_whole_sentence() -> None:
    said = _sentences(
        "Licences are usually granted for 2 years, but we may grant a shorter licence if there have been complaints "
        "or if the area is due to be changed."
    )
    assert not any(s.startswith("Licences are usually granted for 2 years, but") for s in said)


def test_please_be_aware_after_but_is_a_sentence_of_its_own() -> None:
    said = _sentences(
        "We will look into complaints about noise from fireworks that are let off late at night, but please be "
        "aware that we cannot stop people letting off fireworks legally within the allowed times."
    )
    assert said[0] == "We will look into complaints about noise from fireworks that are let off late at night."


def test_a_condition_with_a_verb_and_its_object_is_listed_with_the_other() -> None:
    said = _sentences(
        "You do not need a countersignature if you are renewing an adult passport and you can still be recognised "
        "from the photo in it."
    )
    assert said == [
        "You do not need a countersignature if: you are renewing an adult passport, and / you can still be "
        "recognised from the photo in it"
    ]


def test_examples_between_commas_are_said_after_the_sentence() -> None:
    said = _sentences(
        "Staff who may disturb asbestos during their work, such as caretakers and maintenance workers, must be given "
        "training."
    )
    assert said == [
        "Staff who may disturb asbestos during their work must be given training.",
        "Examples are caretakers and maintenance workers.",
    ]


def test_one_example_between_commas_is_an_example() -> None:
    said = _sentences(
        "Changes to your home since then, such as an extension, will only affect your band if the property is sold."
    )
    assert said[-1] == "An example is an extension."


def test_examples_whose_list_goes_on_past_its_and_stay_in_the_sentence() -> None:
    said = _sentences(
        "They offer different activities, such as sports, arts and crafts, cooking and days out, for children who "
        "get free school meals."
    )
    assert not any(s.startswith("Examples are") for s in said)


def test_examples_before_a_phrase_that_may_be_their_own_stay_in_the_sentence() -> None:
    said = _sentences(
        "You should include any evidence that you have, such as letters from doctors, nurses or social workers, with "
        "a list of the medicines that you are now taking."
    )
    assert not any(s.startswith("Examples are") for s in said)

"""Splits and guards from a ninety-fourth look at unseen factsheets: each case here, in this project's words, was left
long or read wrongly before."""

from __future__ import annotations

from pathlib import Path

from publisher.plain import rewrite_document
from publisher.plain.capitals import unshouted
from publisher.plain.words import replace_words
from publisher.sources import load_sources, parse_source

from .said import easy_read_lines as _easy_read
from .said import restructured as _said


def test_list_items_lose_the_semicolons_that_end_them(tmp_path: Path) -> None:
    lines = _easy_read(
        tmp_path / "ban.md",
        "# Ban\n\nYou must not:\n\n1. wash a car;\n2. fill a pool; or\n3. water a lawn.\n\nYou can get help if:\n\n"
        "- you are over 70;\n- you are ill; and\n- you live alone.\n",
    )
    assert "wash a car" in lines and "fill a pool, or" in lines
    assert "you are over 70" in lines and "you are ill" in lines
    assert not any(line.endswith((";", "; or", "; and")) for line in lines)


def test_a_way_is_not_said_apart_from_a_very_short_main_clause() -> None:
    said = _said("You can order it by phoning the library service on 01632 960 111.")
    assert said == ["You can order it by phoning the library service on 01632 960 111."]


def test_a_courtesy_between_commas_does_not_stop_a_sentence_standing() -> None:
    said = _said(
        "Staff will need to see your face to check it against your photo; you can ask for this to happen in a private "
        "room, and if you prefer, with a male member of staff."
    )
    assert (
        said[-1] == "You can ask for this to happen in a private room, and if you prefer, with a male member of staff."
    )
    assert len(said) > 1


def test_an_adverb_before_the_first_listed_verb_stays_with_it() -> None:
    said = _said(
        "Call 999 if you or a friend still feels faint after 20 minutes of rest in the shade, has a temperature of 40C "
        "or above, is confused, has a fit or passes out."
    )
    assert said[0].startswith("Call 999 if you or a friend: still feels faint after 20 minutes of rest in the shade /")


def test_a_shared_helper_is_found_past_an_adverb() -> None:
    said = _said("Tell the benefits office if you have recently married, started a new job or moved to a new town.")
    assert said == [
        "Tell the benefits office if you have: recently married / started a new job, or / moved to a new town"
    ]


def test_mixed_conditions_after_you_are_each_say_are() -> None:
    said = _said(
        "You get free eye tests if you are under 16, or under 19 and in full-time study, or pregnant or have had a "
        "baby in the last year, or being treated for glaucoma."
    )
    assert said == [
        "You get free eye tests if you: are under 16 / are under 19 and in full-time study / are pregnant or have had "
        "a baby in the last year, or / are being treated for glaucoma"
    ]


def test_a_clause_of_time_between_commas_after_if_is_an_aside() -> None:
    said = _said(
        "Prescriptions are free if, when you hand them in, you are over 60, or under 16, or pregnant or have had a "
        "baby in the last year, or living in a care home."
    )
    assert said[0].startswith("Prescriptions are free if, when you hand them in, you: are over 60 /")


def test_a_time_of_a_clause_is_not_said_of_a_list_before_it() -> None:
    said = _said(
        "You can get free prescriptions if you are under 16, or pregnant, or have had a baby in the last 12 months."
    )
    assert not any("any of these in the last 12 months" in p for p in said)


def test_a_reason_given_as_an_example_is_not_listed_as_a_case_of_be() -> None:
    said = _said(
        "You may still get the discount if they are not counted for Council Tax, for example because they are an "
        "apprentice, a care worker or have a severe mental impairment."
    )
    assert not any("are for example" in p for p in said)


def test_how_often_a_line_is_open_stays_with_what_is_said_of_it() -> None:
    said = _said("Ring the gas leak line on 0800 000 111, which is free and open 24 hours a day, every day.")
    assert said == ["Ring the gas leak line on 0800 000 111.", "The line is free and open 24 hours a day, every day."]


def test_a_phrase_after_a_clause_is_said_of_the_doers_not_the_last_word() -> None:
    said = _said(
        "Officers searched 6 homes in the town centre on 4 May, helped by 2 police dogs, and also seized 3 cars "
        "on the ring road."
    )
    assert not any(p.startswith("It is helped") for p in said)
    assert "They were helped by 2 police dogs." in said


def test_appearing_in_court_is_no_purpose() -> None:
    said = _said(
        "Two men have been charged with burglary and handling stolen goods, and remanded in custody to appear at the "
        "magistrates' court on 2 June."
    )
    assert not any(p.startswith("This is to appear") for p in said)


def test_an_amount_in_cash_does_not_lead_a_list_of_other_things() -> None:
    said = _said("As well as the drugs, officers seized £23,400 in cash, 14 mobile phones, 2 knives and a machete.")
    assert not any(p.endswith("£23,400 in: cash / 14 mobile phones / 2 knives / a machete") for p in said)


def test_a_thing_inside_one_doing_stays_with_that_doing() -> None:
    said = _said(
        "Warning signs include going missing from school, having new debts, loans or cards, missing rent payments, "
        "or borrowing from friends."
    )
    assert said[0].startswith("Warning signs include: going missing from school / having new debts, loans or cards /")


def test_it_in_the_main_clause_keeps_its_condition_first() -> None:
    said = _said(
        "If a smoke alarm in your home does not work when you test it, or if it is beeping, please report it to "
        "the repairs team straight away."
    )
    assert not any(p.startswith("Please report it to the repairs team straight away if:") for p in said)


def test_the_relevant_thing_is_the_right_one_not_any_one() -> None:
    said, _ = replace_words("Any later treatment will be charged at the relevant rate.")
    assert said == "Any later treatment will be charged at the right rate."


def test_closing_clauses_of_a_thing_are_not_listed_as_questions() -> None:
    said = _said(
        "You will need to send us a reference number, which you can find on your last bill and which is 10 digits long."
    )
    assert not any("/ which you can find on your last bill" in p for p in said)
    assert not any(
        "and which is it" in p or ("and which is 10 digits long" in p and p.startswith("You can")) for p in said
    )


def test_an_aside_taken_out_before_a_clause_of_time_leaves_no_comma() -> None:
    said = _said(
        "You must also finish our online fire safety course, which takes about an hour, before we can give you your "
        "new badge."
    )
    assert said[0] == "You must also finish our online fire safety course before we can give you your new badge."


def test_long_things_after_a_first_with_of_are_a_list_of_their_own() -> None:
    said = _said(
        "Other signs can include sudden loss or blurring of hearing, dizziness, confusion, trouble finding the right "
        "words, problems with walking, a very bad headache, and loss of balance."
    )
    assert said[0].startswith("Other signs can include: sudden loss or blurring of hearing / dizziness / confusion /")


def test_examples_said_with_and_each_keep_an_article() -> None:
    said = _said(
        "Someone with the legal power to act for you, such as an attorney or deputy, can receive the money for you."
    )
    assert "Examples are an attorney and a deputy." in said


def test_a_name_set_beside_a_noun_is_not_cut_from_it() -> None:
    said = _said(
        "Two library branches will close on Saturdays from 5 May, after the contractor, Brightwell Services, said "
        "that it could not staff them without more money."
    )
    assert not any(p.endswith("after the contractor.") for p in said)
    assert not any(p.startswith("Brightwell Services, said") for p in said)


def test_a_time_of_what_was_agreed_to_is_not_said_in_the_past() -> None:
    said = _said("The trust agreed to fund the night bus until at least the end of 2029.")
    assert not any(p.startswith("This lasted") or p.startswith("This happened") for p in said)


def test_examples_inside_a_condition_that_goes_on_are_not_said_apart() -> None:
    said = _said(
        "If you cannot afford basic things, such as food, gas or electricity, because your benefit has been cut, you "
        "may be able to get an emergency payment."
    )
    assert not any(p.startswith("Examples are") and "because" in p for p in said)


def test_a_letter_signed_by_a_role_says_the_role(tmp_path: Path) -> None:
    lines = _easy_read(
        tmp_path / "letter.txt",
        "Dear Mr Shah\n\nWe have looked at your claim again and we have not changed our decision.\n\n"
        "Yours sincerely\n\nDecision Maker\n",
    )
    assert lines[-1] == "This letter is from the Decision Maker."


def test_an_order_after_a_case_of_it_is_not_listed_as_what_it_is() -> None:
    said = _said(
        "Anyone who sees a car being broken into can call 999 if it is happening now, or 101, or report it online "
        "on the police website."
    )
    assert not any(": is happening now / is 101" in p for p in said)


def test_an_order_after_a_misread_order_gets_no_subject() -> None:
    said = _said(
        "Clean toilet seats, flush handles, taps and door handles every day with a bleach-based cleaner, and wash any "
        "clothing or bedding that could have the virus on it separately, on a hot wash."
    )
    assert not any(p.startswith("They wash") for p in said)


def test_a_signed_notice_says_who_it_is_from(tmp_path: Path) -> None:
    lines = _easy_read(
        tmp_path / "notice.txt",
        "NOTICE OF WORKS\n\nServed by Eastmere Council under section 4 of the Highways Act 1980\n\n"
        "The council will close the footpath between Mill Lane and Church Street from 3 April 2028 for 6 weeks while "
        "the bridge is repaired.\n\nSigned: Alan Pryce\nHead of Highways\n",
    )
    assert lines[-1] == "This notice is from Alan Pryce, Head of Highways."
    assert "Served by Eastmere Council under section 4 of the Highways Act 1980" in lines


def test_an_opening_condition_read_as_a_clause_of_the_main_verb_is_still_its_condition() -> None:
    said = _said(
        "If you leave your job before all the instalments have been paid, the rest of the cost will be taken from "
        "your final salary."
    )
    assert said == [
        "You might leave your job before all the instalments have been paid.",
        "If you do, the rest of the cost will be taken from your final salary.",
    ]


def test_how_often_after_a_closing_clause_is_the_orders_not_the_clauses() -> None:
    said = _said(
        "Give them 1 puff of their reliever inhaler, which is usually blue, every 30 to 60 seconds, up to 10 puffs."
    )
    assert not any(p.startswith("This is usually blue, every") for p in said)


def test_two_clauses_that_share_a_that_clause_are_not_cut_apart() -> None:
    said = _said(
        "It has been reported to us, and a member of our staff has noticed, that you are parking a van on the grass."
    )
    assert not any(p in ("It has been reported to us.", "It has been reported.") for p in said)
    assert not any(", that you are parking" in p and p.startswith("A member") for p in said)


def test_who_said_it_between_commas_is_not_cut_off_as_a_sentence() -> None:
    said = _said(
        "Every school in the county will get free breakfast clubs from Monday 4 September, the council has announced, "
        "in a change that it expects will cost around £2 million a year."
    )
    assert not any(p.startswith("The council has announced, in a change") for p in said)


def test_a_thing_named_after_an_aside_stays_with_the_aside() -> None:
    said = _said(
        "We may take further action, which could include serving a notice of seeking possession, the first step "
        "towards asking the court to end your tenancy."
    )
    assert not any(p.startswith("We may take further action, the first step") for p in said)


def test_a_name_read_as_a_doing_is_said_whole_again() -> None:
    said = _said("But hearing aids, which are free on the NHS, can help you to hear better.")
    assert "Aids are free on the NHS." not in said


def test_one_example_then_another_case_is_not_said_as_examples() -> None:
    said = _said(
        "If you take medicines to thin your blood, such as warfarin, or medicines for diabetes, please call us on "
        "01632 969 300 as soon as possible."
    )
    assert not any(p.startswith("Examples are warfarin") for p in said)


def test_what_no_thing_may_do_includes_others_of_that_thing() -> None:
    said = _said(
        "During this time, no vehicle may wait or park in the suspended bays, including vehicles displaying a "
        "resident's permit or a Blue Badge."
    )
    assert not any(p.startswith("These include vehicles") for p in said)


def test_a_reason_after_a_list_of_things_found_stays_with_the_last() -> None:
    said = _said(
        "We are satisfied that you are homeless, that you can get help, and that you have a priority need for "
        "housing, because you are pregnant."
    )
    assert "This is because you are pregnant." not in said
    assert said[0].endswith("/ you have a priority need for housing, because you are pregnant")


def test_a_title_in_capitals_learns_no_form_from_other_shouted_lines(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(
        "CONTROL OF POLLUTION ACT 1974, SECTION 60\n\nNOTICE IMPOSING REQUIREMENTS AS TO THE WAY IN WHICH "
        "CONSTRUCTION WORKS ARE TO BE CARRIED OUT\n\nTo: Harcourt Construction Ltd, Unit 9, Riverside Business Park, "
        "Lanford LF3 6QQ\n\nThe council imposes these requirements under section 60 of the Control of Pollution Act "
        "1974, and they take effect on 1 September 2028.\n",
        encoding="utf-8",
    )
    document = rewrite_document(parse_source(load_sources(str(path))[0]))
    assert "OF" not in document.title.split() and "POLLUTION" not in document.title.split()


def test_you_are_said_again_after_a_comma_when_a_helper_goes_on() -> None:
    said = _said(
        "If you do, you will be guilty of an offence, and may be liable on conviction to an unlimited fine, and to a "
        "further fine for each day on which the offence continues."
    )
    assert not any(p.startswith("It may be liable") for p in said)
    assert any(p.startswith("You may be liable") for p in said)


def test_two_clauses_with_their_own_subjects_are_not_asked_as_one_question() -> None:
    said = _said(
        "If your payments stop and you later find out that he was eligible, you can ask for them to be backdated for "
        "up to 3 months."
    )
    assert not any(p.startswith("Do your payments stop and you") for p in said)


def test_a_second_case_with_its_own_examples_is_no_example_of_the_first() -> None:
    said = _said(
        "If Oliver is going to stay in full-time education, such as studying for A levels or a BTEC at a school or "
        "college, or in approved training, such as a traineeship, you can keep getting Child Benefit for him until he "
        "is 20."
    )
    assert not any(p.startswith("Examples are studying") for p in said)


def test_a_noun_before_a_joined_verbs_helpers_is_its_subject() -> None:
    said = _said(
        "Garden waste collection is not a service that councils have to give by law, and around a third of homes in "
        "the district do not use it."
    )
    assert not any(p.startswith("Garden waste collection around") for p in said)


def test_a_clause_after_a_thing_of_another_that_both_agree_with_is_not_named_by_the_second() -> None:
    said = _said(
        "Anyone with symptoms of measles, which include a high temperature, a runny nose, sore red eyes and a rash "
        "that starts on the face, should stay at home."
    )
    assert not any(p.startswith("Measles include") for p in said)


def test_what_was_done_to_the_thing_after_of_the_names_it() -> None:
    said = _said(
        "The pool will close for 6 months while we carry out a major refurbishment of the building, which was built "
        "in 1972."
    )
    assert "This was built in 1972." not in said
    assert "The building was built in 1972." in said


def test_a_subject_after_or_opens_another_case_not_the_main_clause() -> None:
    said = _said(
        "If you see cold callers acting suspiciously in your street, or you think that someone is being targeted, "
        "call the police on 101, or 999 if they are at the door now and you feel threatened."
    )
    assert not any(p.endswith(", or?") for p in said)


def test_a_nested_item_of_examples_goes_on_its_parent(tmp_path: Path) -> None:
    lines = _easy_read(
        tmp_path / "repairs.md",
        "# Repairs\n\nYou are responsible for:\n\n- replacing lost keys\n- putting right any damage you cause\n"
        "  - such as a door broken by force, or holes made in the walls\n",
    )
    assert not any(line.startswith("such as") for line in lines)
    assert any(line.startswith("putting right any damage you cause, such as a door broken by force") for line in lines)


def test_an_order_after_a_closing_clause_of_an_order_is_not_the_clauses() -> None:
    said = _said("Report it online through My Account, which is the quickest way, and upload photos if you can.")
    assert "This is the quickest way, and upload photos if you can." not in said


def test_a_clause_of_its_own_is_no_item_of_a_list_read_from_commas() -> None:
    said = _said("You will get an invoice from us every 4 weeks, and you can pay by Direct Debit, online or by phone.")
    assert not any("from and you can pay" in p for p in said)


def test_rows_typed_with_slashes_are_a_table_not_headings(tmp_path: Path) -> None:
    path = tmp_path / "bins.txt"
    path.write_text(
        "Holiday bin collections\n\nCollections will change over the holidays. Please check your new day below.\n\n"
        "Usual day / New day\nMonday 24 December / Monday 24 December\nTuesday 25 December / Thursday 27 December\n"
        "Tuesday 1 January / Wednesday 2 January\n\nCollections will be back to normal from Monday 7 January.\n",
        encoding="utf-8",
    )
    document = parse_source(load_sources(str(path))[0])
    tables = [b for s in document.sections for b in s.blocks if b.kind == "table"]
    assert [s.title for s in document.sections] == ["Holiday bin collections"]
    assert len(tables) == 1 and len(tables[0].rows) == 4


def test_a_notice_signed_by_a_job_and_its_body_says_who_it_is_from(tmp_path: Path) -> None:
    lines = _easy_read(
        tmp_path / "notice.txt",
        "NOTICE OF PARKING SUSPENSION\n\nHigh Street, Kelby\n\nParking will be suspended in the bays on the High "
        "Street from 7am on Saturday 11 November 2028 until 6pm on Sunday 12 November 2028.\n\n"
        "Dated 23 October 2028\n\nDirector of Environment\nKelby Borough Council\n",
    )
    assert lines[-1] == "This notice is from the Director of Environment, Kelby Borough Council."


def test_the_name_of_a_law_in_capitals_keeps_a_capital_on_each_main_word() -> None:
    assert unshouted("CRIME AND DISORDER ACT 1998", "The act says that X.") == "Crime and Disorder Act 1998"
    assert unshouted("THE MILLFORD (20MPH SPEED LIMIT) ORDER 2027", "") == "The Millford (20mph Speed Limit) Order 2027"


def test_a_preposition_of_the_first_included_thing_does_not_lead_the_list() -> None:
    said = _said(
        "Signs that a dog may have eaten poison include bleeding from the gums or nose, blood in its urine or poo, "
        "weakness and trouble breathing."
    )
    assert not any("include bleeding from: the gums or nose / blood in its urine" in p for p in said)

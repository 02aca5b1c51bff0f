"""Wrong outputs that 49 factsheets the rules had never seen showed (benefits, health, the DVLA, potholes,
schools, housing, grants, press releases with quotations, a letter), each kept from coming back."""

from __future__ import annotations

from datetime import UTC, datetime

from publisher.model import Block, Document, Section
from publisher.plain import rewrite_document
from publisher.plain.acronyms import Expander
from publisher.plain.parse import stands_alone
from publisher.plain.repeats import quoted_sentences, sentences_of
from publisher.plain.words import replace_words, takes_an
from tests.conftest import rewritten_sentences as _sentences


def _document(*paragraphs: str) -> Document:
    blocks = tuple(Block("paragraph", (p,)) for p in paragraphs)
    return Document(
        "grant", "Grant", (Section("news", "News", blocks),), "grant.txt", datetime(2026, 11, 3, tzinfo=UTC)
    )


def test_someones_words_in_quotation_marks_stay_as_they_said_them() -> None:
    said = (
        'Councillor Priya Shah, cabinet member for climate, said: "Nobody should have to choose between heating '
        "and eating. This grant will help hundreds of families to live in warmer homes and to cut their bills for "
        'years to come."'
    )
    easy = rewrite_document(_document(said))
    assert easy.sections[0].blocks[0].items == (said,)  # never 'This is to come.' inside the quotation
    # a name in quotation marks is no quotation: the sentence around it is still easy read
    assert quoted_sentences('You may use the "Tell Us Once" service. We will contact you.') == [
        ('You may use the "Tell Us Once" service.', False),
        ("We will contact you.", False),
    ]
    # a quotation that runs on past its paragraph keeps all it holds
    assert [q for _, q in quoted_sentences("He said: \u201cWe will act. We will not wait. And we will win")] == [
        True,
        True,
        True,
    ]


def test_years_to_come_is_when_not_what_for() -> None:
    said = _sentences("This grant will help hundreds of families to cut their bills for many years to come.")
    assert not any(s.startswith("This is to come") for s in said)


def test_a_comparison_of_two_conditions_is_not_asked_as_one() -> None:
    said = _sentences(
        "It is usually quicker to get your licence back if you gave it up voluntarily than if it was taken away."
    )
    assert not any(s.endswith("?") for s in said)


def test_an_acronym_spelled_out_takes_the_article_its_words_need() -> None:
    assert (
        Expander({})
        .expand("Pharmacy First is an NHS service.")[0]
        .startswith("Pharmacy First is a National Health Service (NHS) service")
    )
    assert takes_an("HC3 certificate") and takes_an("NHS") and not takes_an("UK") and not takes_an("user")


def test_an_example_of_a_reason_is_not_cut_from_what_it_is_an_example_of() -> None:
    said = _sentences(
        "You will pay the usual prescription charge of £9.90 unless you get free prescriptions, for example because "
        "you are aged 60 or over, you are under 16, or you have a valid medical exemption certificate."
    )
    assert not any(s.startswith(("This is because", "You are under 16")) for s in said)
    assert not any(s.endswith("for example.") for s in said)


def test_some_of_a_group_keeps_the_capital_of_a_place_in_its_name() -> None:
    said = _sentences(
        "Households in Riverside that are struggling with high energy bills can now apply for free home "
        "improvements worth up to £15,000."
    )
    assert said[0].startswith("Some households in Riverside ")


def test_examples_end_where_the_sentence_goes_on_with_another_phrase() -> None:
    said = _sentences(
        "The grant can pay for insulation, such as loft, cavity wall and solid wall insulation, for air source "
        "heat pumps and for solar panels."
    )
    assert not any(s.startswith("This includes") for s in said)


def test_a_clause_after_the_says_which_ones_and_is_not_cut_off() -> None:
    said = _sentences(
        "A qualified surveyor will recommend the improvements that will make the biggest difference to the warmth "
        "of the home and the size of the bills."
    )
    assert not any(s.startswith("They will make") for s in said)


def test_a_question_keeps_its_order_when_the_doer_is_named() -> None:
    said = _sentences("If your vehicle has been damaged by a pothole on a council road, you can make a claim.")
    assert said[0] == "Has your vehicle been damaged by a pothole on a council road?"


def test_keeping_you_informed_is_keeping_you_up_to_date() -> None:
    assert replace_words("Keeping you informed")[0] == "Keeping you up to date"
    assert replace_words("Stay informed about changes.")[0] == "Stay up to date about changes."
    assert replace_words("You will be informed of the decision.")[0] == "You will be told of the decision."


def test_clauses_listed_under_one_if_stay_conditions() -> None:
    said = _sentences(
        "Your child may qualify for free transport if they are of compulsory school age (5 to 16), they attend the "
        "nearest suitable school to their home, and they cannot reasonably be expected to walk there because of "
        "their special educational needs, disability or mobility problems, even if they were accompanied by an adult."
    )
    # never 'They go to the nearest suitable school.' said as a fact
    assert not any(s.startswith(("They go to", "They attend", "And they cannot")) for s in said)


def test_a_clause_between_two_ways_is_not_said_after_both() -> None:
    said = _sentences(
        "You can claim by phone on 0800 151 2012, which is open Monday to Friday from 8am to 6pm, or by filling in "
        "a paper form that you can download from GOV.UK and post to the Department for Work and Pensions (DWP)."
    )
    # 'This is open ...' after the form and the DWP would seem to be about them
    assert not any(s.startswith("This is open") for s in said)


def test_a_clause_on_the_last_of_a_list_names_it() -> None:
    said = _sentences(
        "Depending on your child's needs, we may offer a place on a school bus or a shared taxi, a free bus pass, "
        "or a personal transport budget, which is a payment that you can use to make your own arrangements."
    )
    assert "A personal transport budget is a payment that you can use to make your own arrangements." in said
    assert not any(s.startswith("This is a payment") for s in said)


def test_a_clause_on_the_first_of_two_choices_names_it() -> None:
    said = _sentences(
        "Depending on your income and circumstances, you will be issued with either an HC2 certificate, which "
        "entitles you to full help with costs, or an HC3 certificate, which entitles you to partial help."
    )
    assert "An HC2 certificate entitles you to full help with costs." in said
    assert "An HC3 certificate entitles you to partial help." in said
    assert not any("costs or an HC3" in s for s in said)


def test_grades_in_a_list_stay_in_one_line() -> None:
    said = _sentences("The home must have an energy performance certificate (EPC) rating of D, E, F or G.")
    assert said == ["The home must have an energy performance certificate (EPC) rating of D, E, F or G."]


def test_what_you_will_be_told_whether_of_is_a_list() -> None:
    said = _sentences(
        "You will be told whether you can keep your licence, whether you will get a shorter licence that must be "
        "renewed every 1, 2 or 3 years, or whether you must stop driving."
    )
    assert said == [
        "You will be told whether: you can keep your licence / you will get a shorter licence that must be renewed "
        "every 1, 2 or 3 years, or / you must stop driving"
    ]


def test_the_reader_is_not_asked_what_someone_else_thinks() -> None:
    said = _sentences("If they think you need it, they can give you a prescription medicine such as antibiotics.")
    assert not any(s.startswith("Do they") for s in said)


def test_every_change_the_rewrite_records_is_one_the_manifest_allows() -> None:
    import json
    from importlib.resources import files

    schema = json.loads(files("publisher").joinpath("schema/manifest.schema.json").read_text("utf-8"))
    text = json.dumps(schema)
    easy = rewrite_document(
        _document(
            "Collections restart on the 4th of January 2027 and you can't put out the following items: glass.",
            "If your bin was damaged by our crew, which is rare, we'll replace it, e.g. with a new one, "
            "and the council will repair the lid.",
        )
    )
    kinds = {c.kind for s in easy.sections if s.report for c in s.report.changes}
    assert {"date", "word", "contraction", "abbreviation"} <= kinds
    assert all(f'"{kind}"' in text for kind in kinds)  # a 'date' change once broke every build it was in


def test_the_following_says_these_this_or_next_and_nothing_it_cannot_tell() -> None:
    assert replace_words("The following items can go in your bin:")[0] == "These items can go in your bin:"
    assert replace_words("Write to the following address:")[0] == "Write to this address:"
    assert replace_words("It will open the following week.")[0] == "It will open the next week."
    # an adjective first, or a noun with an s that is one thing: as written
    assert replace_words("The following new services will start.")[0] == "The following new services will start."
    assert replace_words("See the following news report.")[0] == "See the following news report."


def test_plainer_verbs_keep_their_helpers_and_meaning() -> None:
    assert replace_words("They will continue to be offered a dose.")[0] == "They will still be offered a dose."
    assert replace_words("Please complete the form.")[0] == "Please fill in the form."
    assert replace_words("A wide range of help is available.")[0] == "Lots of help is available."
    # 'experiencing abuse' is not 'having abuse'; 'complete and return' is not cut after 'fill in'
    assert replace_words("Are you experiencing domestic abuse?")[0] == "Are you experiencing domestic abuse?"
    assert replace_words("Complete and return the form.")[0] == "Complete and return the form."


def test_the_verbs_of_a_sentence_are_not_items_of_a_list() -> None:
    said = _sentences(
        "The driver of the van, a white Ford Transit, stopped at the scene and is assisting officers with their "
        "enquiries."
    )
    assert not any(s.startswith("The driver of:") for s in said)
    assert "The driver of the van stopped at the scene." in said


def test_a_way_joined_after_a_participle_stays_with_the_main_verb() -> None:
    said = _sentences(
        "Anyone with information should call 101, quoting incident number 0412 of 14 November, or report it online."
    )
    # never 'Anyone with information should quote incident number 0412, or report it online.'
    assert not any(s.startswith("Anyone with information should quote") for s in said)


def test_which_is_never_the_people_the_parser_hung_it_on() -> None:
    said = _sentences(
        "Following a consultation with residents last autumn, the council has agreed a new scheme for working-age "
        "people, which will start on 1 April 2026."
    )
    assert not any(s.startswith("They will start") for s in said)
    assert "The new scheme will start on 1 April 2026." in said


def test_a_list_after_free_for_keeps_free_for_in_its_introduction() -> None:
    said = _sentences(
        "The vaccine is free for people aged 65 and over, pregnant women, carers and people with certain health "
        "conditions."
    )
    assert said == [
        "The vaccine is free for: people aged 65 and over / pregnant women / carers / people with certain health "
        "conditions"
    ]


def test_a_condition_that_points_back_is_not_said_as_sometimes() -> None:
    said = _sentences("If it is not, you can apply for a refund for each full month left on your permit, minus £10.")
    assert not any(s.startswith("Sometimes it is not") for s in said)


def test_an_ordinal_date_made_plain_invents_no_number() -> None:
    easy = rewrite_document(_document("The water will be turned off on Tuesday 3rd March 2026 from 9am to 4pm."))
    report = easy.sections[0].report
    assert report is not None and report.invented_facts == () and report.missing_facts == ()
    assert "Tuesday 3 March 2026" in easy.sections[0].blocks[0].items[0]


def test_a_reason_or_purpose_said_first_follows_the_main_clause() -> None:
    from publisher.plain.openers import at_opening_reason

    assert at_opening_reason(
        "Because this interruption is planned and you have been given 48 hours' notice, you will not be able to "
        "get a compensation payment"
    ) == [
        "You will not be able to get a compensation payment",
        "This is because this interruption is planned and you have been given 48 hours' notice",
    ]
    assert at_opening_reason(
        "To allow the work to take place safely, the water supply to 450 homes will be turned off on Tuesday"
    ) == [
        "The water supply to 450 homes will be turned off on Tuesday",
        "This is to allow the work to take place safely",
    ]
    # not where 'it' would come before what it means, nor where the main clause says what is needed
    assert at_opening_reason("Because the bridge was damaged in the floods last winter, the council closed it") is None
    assert at_opening_reason(
        "To use a library during Open Plus hours, you will need to go to a short induction session with staff"
    ) is None  # fmt: skip


def test_a_list_item_may_hold_its_own_or_but_never_half_of_another() -> None:
    said = _sentences(
        "You can report a pothole, a damaged pavement, a blocked drain or gully, a faulty street light or a damaged "
        "road sign."
    )
    assert said == [
        "You can report: a pothole / a damaged pavement / a blocked drain or gully / a faulty street light, or / "
        "a damaged road sign"
    ]
    measles = _sentences(
        "The first symptoms of measles usually include a high temperature, a runny or blocked nose, sneezing, a "
        "cough and red, sore, watery eyes, followed a few days later by a rash."
    )
    assert not any("a cough and red /" in s for s in measles)
    works = _sentences(
        "The works will involve replacing the waterproofing layer, the repair and repainting of the steel beams and "
        "putting in new parapets."
    )
    assert not any(s.startswith("The works will involve replacing:") for s in works)


def test_a_list_inside_an_aside_does_not_take_the_main_verb_with_it() -> None:
    said = _sentences(
        "By law, the body responsible for a school, which may be the local authority, an academy trust or the "
        "governing body, must have an asbestos management plan."
    )
    assert not any("governing body, must have" in s and "/" in s for s in said)
    assert not any(s.startswith("A school may be") for s in said)  # the body may be, not the school


def test_a_comparison_after_a_comma_is_not_cut_off_as_a_sentence() -> None:
    said = _sentences(
        "Northvale District Council issued 412 fixed penalty notices for fly-tipping in the year to March 2026, "
        "more than double the 187 issued the year before, new figures show."
    )
    assert not any(s.startswith("More than double") for s in said)


def test_the_second_half_of_an_unless_is_never_said_as_a_fact() -> None:
    said = _sentences(
        "By law we have to recover overpaid Housing Benefit unless it was caused by an official error, which is a "
        "mistake made by the council or another government department, and you could not reasonably have known "
        "that you were being paid too much."
    )
    assert not any(s.startswith(("You could not", "And you could not")) for s in said)


def test_a_list_of_what_a_letter_tells_you_is_not_cut_in_two() -> None:
    said = _sentences(
        "We will send you a letter telling you how much has been overpaid, the period it covers, why it happened "
        "and who we will recover it from."
    )
    assert not any(s.startswith("The period it covers") for s in said)


def test_a_choice_after_or_is_not_read_as_more_of_a_list() -> None:
    said = _sentences(
        "Take a digital photo of yourself against a plain, light background, or get one from a photo booth that "
        "gives you a code."
    )
    assert not any(s.startswith("Take a digital photo of:") for s in said)


def test_an_aside_is_named_when_a_clause_comes_after_it() -> None:
    said = _sentences(
        "Children who live beyond the statutory walking distance, which is 2 miles for children under 8, will also "
        "qualify."
    )
    assert not any(s.startswith("This is 2 miles") for s in said)


def test_an_aside_before_or_is_not_said_after_the_choice() -> None:
    said = _sentences(
        "A pupil may be suspended for one or more fixed periods, which cannot add up to more than 45 school days "
        "in a school year, or permanently excluded, which means they will not be allowed back to the school."
    )
    assert not any(s.startswith("They cannot add up") for s in said)


def test_conditions_that_each_open_with_if_are_a_list() -> None:
    said = _sentences(
        "The governing board must consider the exclusion if it is permanent, if it would mean your child missing "
        "more than 15 school days in a term, or if it would mean them missing a public exam."
    )
    assert said == [
        "The governing board must look at the exclusion if: it is permanent / it would mean your child missing more "
        "than 15 school days in a term, or / it would mean them missing a public exam"
    ]


def test_the_last_of_three_things_to_do_is_not_cut_from_the_first_two() -> None:
    said = _sentences(
        "During a visit, a firefighter or safety adviser will check your home for fire risks, fit free smoke alarms "
        "where needed, and help you to make an escape plan."
    )
    # never 'X will check A, fit B.' (no 'and') 'The adviser will help you' (not the firefighter)
    assert not any(s.endswith("where needed.") for s in said)


def test_a_name_in_brackets_is_said_once() -> None:
    said = _sentences(
        "Blue-green algae (cyanobacteria) occur naturally in lakes and ponds, and can multiply quickly in warm, "
        "sunny weather."
    )
    assert "Blue-green algae can multiply quickly in warm, sunny weather." in said


def test_require_someone_to_do_is_make_them_do() -> None:
    assert replace_words("It can require the landlord to repay up to 12 months' rent.")[0] == (
        "It can make the landlord repay up to 12 months' rent."
    )
    assert replace_words("Some countries require your passport to be valid.")[0] == (
        "Some countries need your passport to be valid."
    )


def test_everyday_words_for_photographs_difficult_and_prosecuted() -> None:
    assert replace_words("Send photographs if you can.")[0] == "Send photos if you can."
    assert replace_words("It is a very difficult time.")[0] == "It is a very hard time."
    assert replace_words("You may be prosecuted.")[0] == "You may be taken to court."
    # a court named after it is not said twice
    assert replace_words("31 people were prosecuted in the magistrates' court.")[0] == (
        "31 people were prosecuted in the magistrates' court."
    )


def test_a_piece_that_stops_after_if_and_its_subject_does_not_stand() -> None:
    said = _sentences(
        "You can usually get the free hours if you, and your partner if you have one, are in work and each expect "
        "to earn at least the equivalent of 16 hours a week at the National Minimum Wage."
    )
    assert not any(s.endswith("if you.") for s in said)
    # 'because of' and 'if an adult moves in' are whole
    assert stands_alone("You must tell the council within 21 days if another adult moves into the property.")
    assert stands_alone("They cannot walk there because of their special educational needs.")


def test_the_term_before_the_one_is_which_term_not_when() -> None:
    said = _sentences("Apply by the end of the term before the one in which you want your child to start school.")
    assert not any(s.startswith("Do this before the one") for s in said)


def test_a_short_form_with_a_full_stop_does_not_end_the_sentence() -> None:
    assert sentences_of("We will pay your removal costs, approx. £1,500 per household. Take the No. 12 bus.") == [
        "We will pay your removal costs, approx. £1,500 per household.",
        "Take the No. 12 bus.",
    ]
    assert sentences_of("No. If you already get it, we will write to you.") == [
        "No.",
        "If you already get it, we will write to you.",
    ]


def test_a_clause_inside_an_if_is_not_said_as_a_fact() -> None:
    said = _sentences(
        "Please tell us if you, or anyone in your household, has a disability or health condition that means you "
        "need adaptations, such as a level-access shower or grab rails."
    )
    assert not any(s.startswith("This means you need") for s in said)


def test_the_reader_is_asked_or_told_but_not_told_sometimes_you_think() -> None:
    said = _sentences(
        "If you think your child has measles, phone your GP surgery or NHS 111 before you visit, so that staff can "
        "take steps to stop it spreading to other patients."
    )
    assert not any(s.startswith("Sometimes you think") for s in said)


def test_a_list_between_semicolons_after_a_colon_is_bullets_and_nothing_is_cut_from_it() -> None:
    said = _sentences(
        "Your support officer will agree a plan with you, which may include: helping you to manage your money; "
        "referring you to specialist services, such as drug and alcohol support; and working with your neighbours "
        "to resolve disputes."
    )
    assert said == [
        "Your support officer will agree a plan with you, which may include: helping you to manage your money / "
        "referring you to specialist services, such as drug and alcohol support / working with your neighbours to "
        "resolve disputes"
    ]


def test_what_has_happened_by_then_is_not_said_as_though_it_had() -> None:
    said = _sentences(
        "Once we have received a referral, we will contact you within 5 working days to arrange a first meeting."
    )
    assert not any(s.startswith("We have received a referral") for s in said)


def test_a_condition_of_three_things_after_as_long_as_becomes_bullets_not_orders() -> None:
    said = _sentences(
        "Standard and enhanced checks are free for volunteers, as long as you are not paid, do not receive any "
        "benefit from the role apart from reasonable expenses, and are not doing a work placement as part of a course."
    )
    assert not any(s.startswith(("Do not get any benefit", "They are not doing")) for s in said)
    assert (
        "This applies only if you: are not paid / do not get any benefit from the role apart from reasonable "
        "expenses, and / are not doing a work placement as part of a course"
    ) in said


def test_the_names_of_rates_and_checks_keep_enhanced() -> None:
    assert replace_words("An enhanced check shows more, and you may get the enhanced rate.")[0] == (
        "An enhanced check shows more, and you may get the enhanced rate."
    )
    assert replace_words("Patrols have been enhanced.")[0] == "Patrols have been improved."


def test_a_listed_condition_starts_its_items_at_the_things_listed() -> None:
    said = _sentences("If you are finding it hard to pay for food, energy or housing, there is help available.")
    assert said == ["There is help available if you are finding it hard to pay for: food / energy / housing"]


def test_a_list_item_keeps_the_small_letter_it_finishes_its_introduction_with() -> None:
    section = Section(
        "trees",
        "Trees",
        (
            Block("paragraph", ("We will not prune or remove healthy trees because they:",)),
            Block("bullets", ("block light or a view", "drop leaves, fruit, sap or bird droppings", "Cost money")),
        ),
    )
    easy = rewrite_document(Document("t", "Trees", (section,), "t.txt", datetime(2026, 11, 3, tzinfo=UTC)))
    items = next(b for b in easy.sections[0].blocks if b.kind == "bullets").items
    assert items[0] == "block light or a view" and items[1].startswith("drop leaves")
    assert items[2].startswith("Cost money")  # a capital in the source stays


def test_an_unless_made_a_sentence_is_not_then_asked_as_a_question() -> None:
    said = _sentences(
        "Your collections will stop at the end of March and we will collect your bin during April, unless you tell "
        "us you would like to keep it for your own use."
    )
    assert not any(s.startswith("Do you tell us") for s in said)
    assert "This does not apply." not in said


def test_times_either_side_of_a_comma_are_not_one_the_name_of_the_other() -> None:
    said = _sentences("You can now call NHS 111 and choose the mental health option, 24 hours a day, 7 days a week.")
    assert not any(s.startswith("A day is") for s in said)


def test_arrange_for_someone_to_do_it_is_who_not_what_for() -> None:
    said = _sentences(
        "A trained adviser will listen to you, help you to understand what support you need, and, if necessary, "
        "arrange for a mental health professional to see you."
    )
    assert not any(s.startswith("This is to see you") for s in said)
    # a time after 'for' still leaves the purpose free to be said on its own
    said = _sentences(
        "Collections take place every other week, except in December, when the service is suspended for 4 weeks "
        "to allow the crews to help with the extra waste."
    )
    assert any(s.startswith("This is to allow the crews") for s in said)


def test_examples_end_before_or_with_another_thing_the_sentence_names() -> None:
    said = _sentences(
        "We cannot deal with noise from ordinary everyday living, such as people talking, children playing or doors "
        "closing, or with traffic noise on public roads."
    )
    assert not any(s.startswith("This includes") and "traffic noise" in s for s in said)


def test_a_title_keeps_a_verb_that_has_nothing_after_it() -> None:
    assert replace_words("How we investigate")[0] == "How we investigate"
    assert replace_words("We will investigate the complaint.")[0] == "We will look into the complaint."


def test_an_item_the_parse_left_out_is_not_joined_to_the_last() -> None:
    said = _sentences(
        "Common side effects include pain, redness or swelling where the injection was given, a headache, and "
        "feeling tired."
    )
    assert not any("a headache, and feeling tired" in s and "/" in s for s in said)


def test_a_condition_with_a_second_verb_and_its_own_would_is_not_asked() -> None:
    said = _sentences(
        "If you live on a street without off-street parking and would like a charge point nearby, you can request "
        "one on our website."
    )
    # ('Do you live on a street without off-street parking and would like X?' is no English; two questions are)
    assert not any("and would like" in s for s in said)
    assert said[:2] == [
        "Do you live on a street without off-street parking?",
        "And would you like a charge point nearby?",
    ]


def test_a_verb_of_the_nearer_clause_is_not_given_to_the_main_subject() -> None:
    said = _sentences(
        "Northvale District Council is warning residents about a phone scam in which callers claim to be from the "
        "council and say that the person is owed a council tax refund because they have been in the wrong band."
    )
    assert not any(s.startswith("Northvale District Council say") for s in said)


def test_a_doer_set_against_another_and_a_sentence_after_it_are_no_list() -> None:
    said = _sentences(
        "Genuine band changes are made by the Valuation Office Agency (VOA), not the council, and you can ask the "
        "VOA to check your band for free."
    )
    assert not any(s.startswith("Genuine band changes are made by:") for s in said)
    assert "You can ask the VOA to check your band for free." in said


def test_whatever_after_a_comma_is_not_a_sentence() -> None:
    said = _sentences(
        "It is free, and anyone aged 18 or over who provides care can have one, whatever the level of care they "
        "provide and whatever their income."
    )
    assert not any(s.startswith("Whatever") for s in said)


def test_a_list_after_include_with_its_items_between_semicolons_is_bullets() -> None:
    said = _sentences(
        "This might include a one-off payment of up to £400 to pay for something that would help you, such as a "
        "short break, a gym membership or driving lessons; help with household tasks; or arranging care for the "
        "person you look after so that you can have a rest."
    )
    assert said[0].startswith("This might include: a one-off payment")
    assert not any(s.startswith("This includes a short break") for s in said)

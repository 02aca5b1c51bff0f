"""Splits and guards from a ninety-fifth look at unseen factsheets: two doings joined by ', and' said as two sentences
where the parse shows whose they are, and wrong outputs of new pages (a 'which' clause's 'it', a letter's reference
lines, 'They' for a group)."""

from __future__ import annotations

from pathlib import Path

from publisher.plain.capitals import unshouted
from publisher.plain.relatives import at_which_you_do
from publisher.sources.text import parse_text

from .said import easy_read_lines as _easy_read
from .said import restructured as _said


def test_a_list_of_things_inside_the_first_doing_does_not_make_it_a_list_of_doings() -> None:
    said = _said(
        "You will need to open accounts with phone, broadband and television providers, and tell the school that your "
        "child is moving so that their records can be sent on."
    )
    assert said == [
        "You will need to open accounts with phone, broadband and television providers.",
        "You will need to tell the school that your child is moving so that their records can be sent on.",
    ]


def test_words_describing_one_thing_are_no_list_of_doings() -> None:
    said = _said(
        "The dentist will carefully place a thin, cup-shaped guard called a shield over your tooth, and use a small "
        "light to harden the filling inside it."
    )
    assert said == [
        "The dentist will carefully place a thin, cup-shaped guard called a shield over your tooth.",
        "The dentist will use a small light to harden the filling inside it.",
    ]


def test_a_second_thing_asked_of_the_reader_is_still_asked() -> None:
    said = _said("You will be asked to take off your shoes, behind a curtain, and stand still on a small platform.")
    assert said == [
        "You will be asked to take off your shoes, behind a curtain.",
        "You will be asked to stand still on a small platform.",
    ]


def test_a_purpose_after_the_second_orders_own_aside_is_the_second_orders() -> None:
    said = _said(
        "Keep your child in a cool room to help them sleep, and give them a medicine, such as paracetamol or "
        "ibuprofen, to bring their temperature down."
    )
    assert said[0] == "Keep your child in a cool room to help them sleep."
    assert said[1].startswith("Give them a medicine, such as paracetamol or ibuprofen")
    assert " ".join(said).endswith("to bring their temperature down.")


def test_a_phrase_inside_the_second_clause_is_not_said_of_both() -> None:
    said = _said(
        "You will need to use the money within 6 months, and send us a short account afterwards, with receipts and "
        "pictures, to show what it paid for."
    )
    assert said == [
        "You will need to use the money within 6 months.",
        "You will need to send us a short account afterwards, with receipts and pictures, to show what it paid for.",
    ]


def test_an_order_after_an_infinitive_is_another_order() -> None:
    said = _said(
        "Make sure that your dog has plenty of shade, such as a tree or a sunshade, to stay cool, and give it fresh "
        "water every few hours."
    )
    assert said == [
        "Make sure that your dog has plenty of shade, such as a tree or a sunshade, to stay cool.",
        "Give it fresh water every few hours.",
    ]


def test_a_second_verb_after_a_clause_with_another_subject_stays_where_it_may_belong() -> None:
    said = _said(
        "Officers are warning about messages, in which fraudsters have posed as banks and asked people to move money."
    )
    assert any("fraudsters have asked people to move money" in sentence for sentence in said)
    assert not any(sentence.startswith("Officers") and "asked" in sentence for sentence in said)


def test_doings_after_a_modal_with_commas_of_their_own_are_still_listed() -> None:
    said = _said(
        "On the day, an adviser will look at your meter readings, check the heating controls, and explain how to save "
        "energy."
    )
    assert len(said) == 1 and said[0].startswith("On the day, an adviser will:")


def test_a_defining_clause_ends_at_the_comma_before_and() -> None:
    said = _said(
        "This year, wardens have removed 30 cars from streets that were being used as dumping grounds, and fined 12 "
        "owners for leaving them there."
    )
    assert said == [
        "This year, wardens have removed 30 cars from streets that were being used as dumping grounds.",
        "Wardens have fined 12 owners for leaving them there.",
    ]


def test_a_which_clause_of_one_of_two_things_joined_by_or_says_it() -> None:
    said = _said("The clinic will give you a form for a refund or exchange, which you should bring to the shop.")
    assert said == [
        "The clinic will give you a form for a refund or exchange.",
        "You should bring it to the shop.",
    ]


def test_a_which_clause_after_things_of_different_number_stays_whole() -> None:
    said = _said("To clean the wound, use sterile wipes or a saline spray, which you can buy from most chemists.")
    assert said == ["To clean the wound, use sterile wipes or a saline spray, which you can buy from most chemists."]


def test_a_letters_reference_lines_stay_apart_when_one_gives_a_time(tmp_path: Path) -> None:
    lines = _easy_read(
        tmp_path / "notice.txt",
        "Fixed penalty notice\n\nNotice number: FP2231\nDate: 2 May 2028\nTime: 3.15pm\nPlace: Market Square\n\n"
        "Dear Sir or Madam\n\nYou were seen dropping a cigarette end in Market Square, which is an offence.\n",
    )
    assert "Time: 3.15pm" in lines and "Place: Market Square" in lines


def test_a_helper_after_a_who_clauses_examples_is_still_the_groups() -> None:
    said = _said(
        "If you are struggling with debt, contact our money advice team, who can help you to deal with your creditors, "
        "such as banks or energy companies, and can tell you about grants that you may be able to get."
    )
    assert "They can tell you about grants that you may be able to get." in said
    assert not any(sentence.startswith("It can") for sentence in said)


def test_which_with_a_word_of_where_after_its_verb_never_strands_it() -> None:
    said = at_which_you_do("The council has agreed a new plan for the market, which we have set out below")
    assert said == ["The council has agreed a new plan for the market", "We have set it out below"]


def test_whom_a_caused_thing_falls_on_is_not_whom_it_is_for() -> None:
    said = _said("We know that works like these can cause delays for drivers who use the road to get to work.")
    assert not any(sentence.startswith("These delays are for") for sentence in said)


def test_how_long_after_the_second_clauses_comma_is_said_of_both() -> None:
    said = _said(
        "Pupils must stay at home, and staff must stay off work, for 48 hours after they were last sick, and it is "
        "important to keep washing your hands."
    )
    assert said[0] == "Pupils must stay at home, and staff must stay off work, for 48 hours after they were last sick."


def test_the_law_a_notice_is_given_under_is_kept_in_its_body() -> None:
    notice = (
        "HIGHWAYS ACT 1980\n\nNOTICE OF TEMPORARY FOOTPATH CLOSURE\n\nFootpath 12 at Mill Lane will be closed from "
        "4 March for 6 weeks under section 14 of the above Act, while a bridge is repaired.\n\nThe diversion route "
        "will be signed.\n"
    )
    parsed = parse_text(notice)
    assert parsed.title == "NOTICE OF TEMPORARY FOOTPATH CLOSURE"
    kept = [item for _, blocks in parsed.sections for block in blocks for item in block.items]
    assert "HIGHWAYS ACT 1980" in kept or any(heading == "HIGHWAYS ACT 1980" for heading, _ in parsed.sections)


def test_words_shouted_together_inside_a_sentence_teach_a_title_no_form() -> None:
    assert unshouted("STOP NOTICE", "1. THIS NOTICE requires you to stop the works at once.") == "Stop notice"
    assert unshouted("NHS DENTAL CHARGES", "You pay NHS charges for most treatment.") == "NHS dental charges"


def test_examples_before_the_verb_do_not_stop_a_clause_standing() -> None:
    said = _said(
        "People who keep a phone hidden for their own safety, for example because they are at risk of harm, can turn "
        "the alerts off in their settings, and advice on how to do this is available from our housing team."
    )
    assert said[-1] == "Advice on how to do this is available from our housing team."


def test_words_cut_from_the_subject_of_a_helper_are_no_sentence() -> None:
    said = _said(
        "Tenants who need their address kept private, for example because they are at risk of harm, can ask us to "
        "leave it off the register, and advice on how to do this is available from our housing team."
    )
    assert not any(sentence.startswith("They kept private") for sentence in said)


def test_a_which_clause_whose_list_runs_on_to_the_main_verb_is_not_cut_at_its_first_comma() -> None:
    said = _said(
        "Computer courses, which teach you how to use a laptop, send emails and stay safe online, are free if you earn "
        "less than £25,000 a year."
    )
    assert not any(sentence.startswith("Computer courses send emails") for sentence in said)
    assert said[0].startswith("Computer courses, which teach you how to use a laptop, send emails and stay safe online")


def test_a_clause_of_what_a_route_does_is_the_routes() -> None:
    said = _said("A signed diversion for lorries will be in place via the A1088 and Mill Lane, which will add about 20 "
                 "minutes to journeys.")  # fmt: skip
    assert "This will add about 20 minutes to journeys." in said
    assert not any(sentence.startswith("They will add") for sentence in said)


def test_an_exception_after_two_joined_clauses_is_not_said_of_both() -> None:
    said = _said(
        "If no club near you has space, we will offer your child a place at the nearest club that does, and we will "
        "put your child on the waiting lists for the clubs you chose, unless you tell us not to."
    )
    joined = " ".join(said)
    assert "waiting lists for the clubs you chose. This does not apply if you tell us not to." in joined
    assert not any(isinstance(piece, str) and piece.startswith("If no club near you has space:") for piece in said)


def test_a_stranded_of_after_a_verb_ends_a_sentence_whole() -> None:
    said = _said(
        "Wasps are yellow and black insects, about 15mm long, that build nests in lofts and sheds, and they can sting "
        "more than once, which makes a nest hard to get rid of."
    )
    assert said[0] == "Wasps are yellow and black insects, about 15mm long, that build nests in lofts and sheds."
    assert " ".join(said).endswith("hard to get rid of.")
    assert not any(sentence.startswith("About 15mm long") for sentence in said)


def test_an_addressee_line_is_no_title_and_is_kept(tmp_path: Path) -> None:
    notice = (
        "Court Office\n\nTo: Ms Dana Frost\n\nSUMMONS\n\nYou are summoned to appear at Lowford Magistrates' Court at "
        "10am on 3 May 2029.\n"
    )
    parsed = parse_text(notice)
    assert parsed.title == "SUMMONS"
    headings = [heading for heading, _ in parsed.sections]
    kept = [item for _, blocks in parsed.sections for block in blocks for item in block.items]
    assert "To: Ms Dana Frost" in headings or "To: Ms Dana Frost" in kept


def test_ways_of_which_one_is_no_doing_keep_their_by() -> None:
    said = _said(
        "You can renew your permit by logging in to your account on our website, by post, or by visiting the Civic "
        "Centre with your permit number."
    )
    assert said[0].startswith("You can renew your permit: by logging in")
    assert "/ by post, or /" in said[0]


def test_a_second_thing_sharing_the_firsts_article_is_said_as_it() -> None:
    said = _said(
        "The scheme gives homeowners a grant of £5,000 towards the cost of replacing an old boiler with an air source "
        "or ground source heat pump, which uses electricity to move heat from outside into your home."
    )
    assert said[-1] == "It uses electricity to move heat from outside into your home."


def test_a_linking_word_after_a_colon_opens_no_list() -> None:
    said = _said(
        "You do not apply for the payment yourself: instead, you choose a fitter who is approved by the scheme, and "
        "they apply for you after you have agreed a price with them."
    )
    assert not any(" / " in piece for piece in said)
    assert said[1].startswith("Instead, you choose a fitter")


def test_questions_after_information_about_a_doing_are_more_of_what_it_is_about() -> None:
    said = _said(
        "A week before your appointment we will send you a letter with information about getting to the clinic, what "
        "to bring and how to claim travel costs."
    )
    assert said == [
        "A week before your appointment we will send you a letter with information about: getting to the clinic / "
        "what to bring / how to claim travel costs"
    ]


def test_a_time_said_by_someone_at_the_end_is_not_cut_from_the_saying() -> None:
    said = _said(
        "Drivers are being told to plan ahead this weekend, when heavy snow is forecast across the north of the "
        "county, the police and the council have said."
    )
    assert not any(sentence.startswith("This is when") for sentence in said)


def test_a_clause_after_and_with_a_later_case_is_more_of_the_condition() -> None:
    said = _said(
        "You do not need consent if you are a street performer with a licence from the council, and you move from "
        "place to place during the day, or if you are collecting for a charity, or if you are taking part in a parade."
    )
    assert not any(sentence.startswith("You move from place to place") for sentence in said)


def test_verbs_that_share_one_thing_are_not_listed_apart() -> None:
    said = _said(
        "You need a licence from us if you want to hire, lend or rent out boats on the lake at Riverside Park, which "
        "includes canoes, rowing boats and paddle boards."
    )
    assert not any(" / lend" in sentence or sentence.endswith(": want to hire") for sentence in said)
    assert said[0].startswith("You need a licence from us if you want to hire, lend or rent out boats")


def test_what_else_is_offered_is_not_said_of_the_which_clause() -> None:
    said = _said(
        "At 1 year old, your child will be offered the Hib vaccine, which protects against meningitis, mumps and "
        "rubella, as well as the MenC and MenB vaccines, and at 3 years they will have a second dose of the booster."
    )
    assert not any(sentence.startswith(("This protects", "The Hib vaccine protects")) for sentence in said)


def test_an_aside_after_a_lists_link_opens_the_next_item() -> None:
    said = _said(
        "The social worker will speak to the child on their own, to the foster carer and, where possible, to the "
        "parents."
    )
    assert said == [
        "The social worker will speak to: the child on their own / the foster carer / where possible, the parents"
    ]


def test_a_short_clause_with_its_own_subject_is_said_apart() -> None:
    said = _said("The check is usually done by phone or at home by one of our trained support workers, and it is free.")
    assert said[-1] in ("It is free.", "And it is free.")


def test_whom_a_thing_is_offered_to_is_listed() -> None:
    said = _said(
        "The nasal flu spray is offered to all children aged 2 or 3 on 31 August 2029, all primary school children, "
        "and some secondary school children."
    )
    assert said == [
        "The nasal flu spray is offered to: all children aged 2 or 3 on 31 August 2029 / all primary school children / "
        "some secondary school children"
    ]


def test_a_name_after_a_noun_inside_another_nouns_phrase_is_not_given_to_it() -> None:
    said = _said(
        "The cable up to your fence is ours, but the part inside your garden wall, known as the service cable, "
        "belongs to you, and you must look after it."
    )
    assert not any(sentence.startswith("Your garden wall is known as") for sentence in said)


def test_a_which_clause_after_one_of_many_still_points_at_the_doing() -> None:
    said = _said(
        "We found that your father had not always been given his tablets at the right times, and that the home had "
        "not told his GP about one of his falls, which it should have done."
    )
    assert said[-1] == "It should have done this."

"""Wrong outputs found in an eleventh set of unseen factsheets (a Blue Badge renewal letter, library hours, the
Warm Home Discount, NHS dentists, pothole claims, a noise letter, a uniform grant, rats and mice, scam texts,
Housing Benefit overpayments, community grants, meningitis, adult learning, electric vehicle chargers, voter
registration, food bank referrals, a tenancy end letter, bonfire safety), each held here."""

from __future__ import annotations

from publisher.model import Block
from publisher.plain.blocks import ended_list
from publisher.plain.capitals import unshouted
from publisher.sources.html import parse_html
from publisher.sources.text import parse_text
from tests.conftest import rewritten_sentences as _sentences


def test_a_name_with_and_inside_a_list_stays_one_thing() -> None:
    said = _sentences(
        "Criminals send messages that claim to be from banks, courier firms, HM Revenue and Customs and the NHS."
    )
    assert not any("/ HM Revenue /" in s or s.endswith("HM Revenue") for s in said)
    assert any("HM Revenue and Customs" in s for s in said)


def test_a_second_verb_inside_the_first_item_is_no_thing_of_the_list() -> None:
    said = _sentences(
        "To claim, complete the form and post it with copies of your receipts, a photo of the damage, and a letter "
        "from your insurer."
    )
    assert not any("the form and post it with" in s for s in said)


def test_a_name_that_opens_with_a_verb_is_no_purpose() -> None:
    said = _sentences(
        "Call your bank straight away, then report it to Report Fraud online or by calling 0300 123 2040."
    )
    assert not any(s.startswith("This is to Report Fraud") for s in said)
    assert any("report it to Report Fraud" in s for s in said)


def test_a_condition_inside_what_someone_says_stays_with_it() -> None:
    said = _sentences("The caller may say that your account will be frozen unless you pay a fee today.")
    assert said == ["The caller may say that your account will be frozen unless you pay a fee today."]


def test_an_aside_followed_by_a_clause_of_a_noun_inside_it_stays() -> None:
    said = _sentences(
        "The messages usually ask you to click a link, which takes you to a fake website that looks real, where you "
        "are asked to enter your bank details or passwords."
    )
    assert not any("a link, where you are asked" in s for s in said)


def test_some_of_the_things_stay_some_when_said_again() -> None:
    said = _sentences("We do not look after motorways and some trunk roads, which are managed by National Highways.")
    assert "National Highways manages trunk roads." not in said
    assert any("some trunk roads." in s and "National Highways" in s for s in said[1:])


def test_a_second_condition_after_or_is_no_sentence_of_its_own() -> None:
    said = _sentences(
        "Go to A&E or call 999 if the redness is spreading up your arm, or you are finding it hard to breathe."
    )
    assert not any(s.startswith("Or you are finding") for s in said)


def test_what_the_things_do_is_no_list_of_our_own_actions() -> None:
    said = _sentences(
        "We will support groups that bring neighbours together, reduce isolation, or improve a local green space."
    )
    assert not any(s.startswith("We will:") for s in said)


def test_a_purpose_inside_a_ban_stays_with_it() -> None:
    said = _sentences(
        "Do not leave a hose across the footpath to fill your paddling pool, because someone could trip over it."
    )
    assert said[0] == "Do not leave a hose across the footpath to fill your paddling pool."
    assert not any(s.startswith("This is to fill") for s in said)


def test_an_exception_with_examples_keeps_its_second_condition() -> None:
    said = _sentences(
        "The only exception is when the overpayment was caused by an official error, such as a mistake by the "
        "council or the Department for Work and Pensions, and you could not reasonably have known that you were "
        "being paid too much."
    )
    assert not any(s.startswith(("And you could not", "You could not")) for s in said)


def test_a_clause_saying_which_is_wanted_stays_with_its_noun() -> None:
    said = _sentences("Most food banks ask you to bring a voucher from an agency that knows about your situation.")
    assert said == ["Most food banks ask you to bring a voucher from an agency that knows about your situation."]


def test_the_last_of_a_series_of_reasons_stays_in_it() -> None:
    said = _sentences(
        "Many families fall behind with rent because a payment was delayed, their hours were cut, or they had a "
        "large bill."
    )
    assert not any(s.startswith("Or they had") for s in said)
    assert said[-1].endswith("their hours were cut, or they had a large bill.")


def test_places_after_anything_in_are_no_things_of_their_own() -> None:
    said = _sentences(
        "Please clear out the flat before you leave, including anything in the attic, the garage and the garden."
    )
    assert not any("/ the garage /" in s for s in said)


def test_a_list_that_ends_after_an_email_address_takes_its_full_stop() -> None:
    block = Block("bullets", ("online", "by emailing libraries@example.org with the name of the library"))
    assert ended_list(block).items[-1].endswith("library.")
    ended = Block("bullets", ("online", "by emailing libraries@example.org"))
    assert ended_list(ended).items[-1] == "by emailing libraries@example.org"


def test_words_after_a_which_clause_stay_with_the_sentence() -> None:
    said = _sentences(
        "You can buy a water butt for £25, which is half the usual price, through our partner Save Water."
    )
    assert not any(s.startswith("This is half the usual price, through") for s in said)


def test_a_condition_after_a_colon_explains_and_is_no_list_of_conditions() -> None:
    said = _sentences("You cannot do both: if you pay, the case is closed and you cannot challenge it later.")
    assert not any(" if: " in s for s in said)


def test_a_named_person_is_named_again_not_this_person() -> None:
    said = _sentences("Your mentor will be Ms Priya Shah, who will meet you at reception on your first morning.")
    assert said[1:] == ["Ms Priya Shah will meet you at reception on your first morning."]


def test_a_helper_after_and_ends_the_purpose_before_it() -> None:
    said = _sentences(
        "A physiotherapist will also visit you in the first week to check that you can move around your home "
        "safely, and may arrange for equipment such as a raised toilet seat, a frame or a rail by your front door."
    )
    assert not any(s.startswith("It may arrange") for s in said)
    assert any(s.startswith("The physiotherapist may arrange") for s in said)


def test_a_press_statements_dated_line_is_its_date() -> None:
    release = (
        "Parents urged to check vaccinations\n\nPress statement, 19 February 2029\n\n"
        "Health officials are urging parents to check that their children have had both doses of the vaccine. "
        "Most cases have been in children who had not been vaccinated.\n\nThe vaccine is free.\n"
    )
    parsed = parse_text(release)
    assert dict(parsed.metadata).get("published") == "2029-02-19"
    assert all(not (title or "").startswith("Press statement") for title, _ in parsed.sections)


def test_a_reference_code_keeps_its_letters() -> None:
    said = _sentences("Our ref: SEND/EHCP/3187 and SEND support.")
    assert said[0].startswith("Our ref: SEND/EHCP/3187 and ")


def test_a_doer_named_after_a_comma_stays_after_by() -> None:
    said = _sentences("The meeting will be chaired by the head teacher, Mr Tom Reyes.")
    assert said == ["The meeting will be chaired by the head teacher, Mr Tom Reyes."]


def test_a_phrase_that_says_which_doer_stays_with_it() -> None:
    said = _sentences("The work must be carried out by a contractor from an approved list.")
    assert "A contractor must carry out the work from an approved list." not in said


def test_a_one_word_title_in_capitals_is_unshouted_when_the_text_has_the_word() -> None:
    assert unshouted("SYMPTOMS", "The main symptoms are a cough and a fever.") == "Symptoms"
    assert unshouted("FAQ", "Read the FAQ first.") == "FAQ"


def test_how_to_do_a_thing_after_its_examples_stays_with_the_sentence() -> None:
    said = _sentences("Drink plenty of fluids, such as water or squash, taking small sips if you feel sick.")
    assert not any("taking small sips" in s and s.startswith("These include") for s in said)


def test_a_reason_ends_before_a_second_order() -> None:
    said = _sentences("Do not touch the needle, as it may be infected, and do not try to put it in a bin yourself.")
    assert not any("infected, and do not try" in s for s in said)


def test_a_list_of_questions_and_answers_heads_each_answer_with_its_question() -> None:
    page = (
        "<html><head><title>Bus pass questions</title></head><body><main><h1>Bus pass questions</h1><dl>"
        "<dt>How much does it cost?</dt><dd>The pass is free. A replacement costs £10.</dd>"
        "<dt>Can I use it on trains?</dt><dd>No. The pass is only valid on buses.</dd></dl></main></body></html>"
    )
    sections = parse_html(page).sections
    assert [title for title, _ in sections][-2:] == ["How much does it cost?", "Can I use it on trains?"]
    assert [b.items for b in sections[-1][1]] == [("No. The pass is only valid on buses.",)]


def test_a_place_after_a_comma_opens_no_sentence() -> None:
    said = _sentences(
        "On the day, put the items outside your property by 7am, somewhere we can reach them easily, but not on the "
        "pavement where they could block people's way."
    )
    assert not any(s.startswith("Somewhere") for s in said)


def test_a_condition_that_points_back_is_not_asked() -> None:
    said = _sentences(
        "If you do, we will then send you an offer notice within 8 weeks for a house, or 12 weeks for a flat, which "
        "will tell you the price and the discount."
    )
    assert not any(s.startswith("Do you do") for s in said)


def test_what_is_expected_after_with_is_still_ahead() -> None:
    said = _sentences(
        "An amber heat-health alert has been issued for the county from 9am on Friday until 6pm on Monday, with "
        "temperatures expected to reach 33C."
    )
    assert said[-1] == "Temperatures are expected to reach 33C."


def test_a_to_clause_after_a_list_is_the_sentences() -> None:
    said = _sentences(
        "Police are urging anyone who has been targeted because of their race, religion, disability or gender "
        "identity to report it."
    )
    assert not any(s.endswith("gender identity to report it") for s in said)


def test_as_a_time_begins_is_when_not_why() -> None:
    said = _sentences(
        "Police are urging victims of hate crime to report it to them, as National Hate Crime Awareness Week begins "
        "on Saturday."
    )
    assert not any(s.startswith("This is because National") for s in said)


def test_a_clause_after_two_examples_may_be_the_main_nouns() -> None:
    said = _sentences(
        "You can report through one of 14 reporting centres in the borough, such as libraries and the Citizens "
        "Advice office, which can pass the report on without giving your name."
    )
    assert not any(s.startswith(("The Citizens Advice office can", "This can pass")) for s in said)


def test_a_contrast_after_a_which_clause_is_the_sentences() -> None:
    said = _sentences(
        "Distances are measured along the shortest walking route, which may include footpaths and bridleways, not "
        "by road."
    )
    assert not any(s.endswith("bridleways, not by road.") and s.startswith("This") for s in said)


def test_a_job_capitalised_only_by_its_line_takes_a_small_letter_in_the_sentence() -> None:
    from publisher.plain.letters import said_from

    lines = ("Yours sincerely", "Anjali Mehta", "Pharmacist and owner")
    blocks, _ = said_from([Block("paragraph", ("Thank you for using our pharmacy.",)), *(Block("paragraph", (line,))
                                                                                      for line in lines)])  # fmt: skip
    assert blocks[-1].items == ("This letter is from Anjali Mehta, pharmacist and owner.",)
    kept, _ = said_from(
        [Block("paragraph", (line,)) for line in ("Yours sincerely", "Dev Raman", "Blue Badge Officer")]
    )
    assert kept[-1].items == ("This letter is from Dev Raman, Blue Badge Officer.",)


def test_a_comparison_after_a_figure_is_not_said_of_a_noun() -> None:
    said = _sentences(
        "Around 1 in 9 adults in Westmere smoke, which is higher than the average for England, and smoking is the "
        "biggest single cause of preventable illness and early death in the borough."
    )
    assert not any(s.startswith("Westmere smoke") for s in said)


def test_a_name_and_job_that_sign_a_notice_are_no_section() -> None:
    notice = (
        "PUBLIC NOTICE\n\nTEMPORARY CLOSURE OF MILL LANE\n\nNotice is hereby given that the council intends to make "
        "an Order to close Mill Lane between its junctions with Station Road and Quarry Hill.\n\nThe Order will come "
        "into force on 3 March 2029.\n\nDated 14 February 2029\n\nR. Patel\n\nDirector of Highways\n"
    )
    parsed = parse_text(notice)
    assert all(title != "R. Patel" for title, _ in parsed.sections)
    assert [b.items for b in parsed.sections[-1][1]][-2:] == [("R. Patel",), ("Director of Highways",)]

"""Splits and guards from an eighty-ninth look at unseen factsheets: each case here, in this project's words, was
left long or read wrongly before."""

from __future__ import annotations

from publisher.plain.parse import stands_alone
from publisher.plain.series import Bullets
from publisher.plain.ways import two_ways_as_bullets
from publisher.plain.words import replace_words
from publisher.sources.naming import derive_titles

from .said import restructured as _said


def test_a_list_of_what_a_thing_is_aimed_at_leads_with_the_thing() -> None:
    assert _said(
        "You will need to pay for vaccines against rabies, yellow fever, Japanese encephalitis and tick-borne "
        "encephalitis."
    ) == ["You will need to pay for vaccines against: rabies / yellow fever / Japanese encephalitis / tick-borne "
          "encephalitis"]  # fmt: skip


def test_a_list_after_for_keeps_its_things_whole() -> None:
    # (after 'for' the small model joins the later things to the infections as readily; they are what is offered)
    assert _said(
        "Our clinics offer free and confidential testing and treatment for sexually transmitted infections, "
        "contraception, and advice."
    ) == ["Our clinics offer: free and confidential testing and treatment for sexually transmitted infections / "
          "contraception / advice"]  # fmt: skip


def test_a_denied_list_of_orders_after_please_is_listed() -> None:
    assert _said(
        "Please do not take off or disconnect the closer at the top of your door, wedge the door open, or fit a cat "
        "flap or letter box to it."
    ) == ["Please do not: take off or disconnect the closer at the top of your door / wedge the door open, or / fit a "
          "cat flap or letter box to it"]  # fmt: skip


def test_a_part_that_opens_by_forbidding_is_not_named_by_what_it_forbids() -> None:
    texts = [
        "Please do not wedge the door open, or fit a cat flap to it. If you have already changed your door, tell us "
        "and we will replace the door.",
        "Your front door holds back fire and smoke for 30 minutes.",
    ]
    assert "open" not in derive_titles(texts)[0].lower()


def test_an_outcome_with_a_condition_of_its_own_is_not_listed_under_the_first() -> None:
    said = _said(
        "If we find changes that need to be watched more closely, we will invite you for checks more often, and if "
        "you need treatment, we will refer you to a hospital eye clinic."
    )
    assert not any(piece.startswith("If we find changes") and "treatment" in piece for piece in said)
    assert "We will refer you to a hospital eye clinic." in said


def test_an_example_of_a_place_after_such_as_is_said_as_one() -> None:
    said = _said(
        "From midday on 14 November, you must keep your birds indoors, or in a way that stops them mixing with wild "
        "birds, such as under netting."
    )
    assert "For example, this could be under netting." in said
    assert not any(piece.startswith("These include under") for piece in said)


def test_a_condition_whose_middle_item_shares_the_first_items_describing_word_is_not_listed() -> None:
    said = _said(
        "If you find a dead swan, goose or duck, or 5 or more dead wild birds of any kind in one place, report it to "
        "the Defra helpline."
    )
    assert not any(" / goose or duck" in piece for piece in said)
    assert any("a dead swan, goose or duck" in piece for piece in said)


def test_a_condition_whose_items_share_an_owner_alone_is_still_listed() -> None:
    assert _said(
        "It also helps if you can bring the person's birth certificate, marriage or civil partnership certificate, "
        "medical card and passport."
    ) == ["It also helps if you can bring: the person's birth certificate / marriage or civil partnership certificate /"
          " medical card / passport"]  # fmt: skip


def test_a_comparison_after_a_relative_clause_stays_with_what_it_compares() -> None:
    said = _said(
        "Families who are registered as home educators with the council can get a family learning card, which lets "
        "each child borrow up to 20 books at a time for 6 weeks, instead of the usual 12 books for 3 weeks."
    )
    assert any(piece.endswith("for 6 weeks, instead of the usual 12 books for 3 weeks.") for piece in said)
    assert not any(piece.endswith("card, instead of the usual 12 books for 3 weeks.") for piece in said)


def test_a_doing_that_is_the_subject_makes_a_sentence_that_stands() -> None:
    assert stands_alone(
        "Taking antibiotics when you do not need them encourages dangerous bacteria that live inside you to become "
        "resistant."
    )
    # (a verb inside the doing's own clause, or after a relative word, is no verb of the doing's)
    assert not stands_alone("Making sure that the door shuts properly.")
    assert not stands_alone("Using the form that shows your income.")


def test_a_closing_which_means_after_a_doing_as_subject_is_said_apart() -> None:
    said = _said(
        "Taking antibiotics when you do not need them encourages dangerous bacteria that live inside you to become "
        "resistant, which means the antibiotics may not work when you really need them."
    )
    assert "This means the antibiotics may not work when you really need them." in said


def test_the_to_of_what_is_tried_is_no_purpose() -> None:
    said = _said(
        "We know this is an inconvenience, and we will do all we can to finish the work as quickly as possible."
    )
    assert not any(piece.startswith("This is to finish") for piece in said)
    assert any("do all we can to finish the work" in piece for piece in said)


def test_a_condition_of_two_clauses_the_parse_read_as_one_is_not_asked_as_one() -> None:
    said = _said(
        "If the work is cancelled or the date changes, we will send you a text message or leave a card at your "
        "property."
    )
    assert "Is the work cancelled or the date changes?" not in said
    assert "Sometimes the work is cancelled or the date changes." in said


def test_a_team_of_people_is_they_after_who() -> None:
    assert _said("Our service is run by a team of nurses, who check on you every day by phone.") == [
        "Our service is run by a team of nurses.",
        "They check on you every day by phone.",
    ]


def test_a_passive_it_after_where_says_what_is_done_there() -> None:
    assert _said(
        "Garden waste is taken to a local composting site, where it is turned into soil improver that is sold to "
        "farmers and gardeners."
    ) == [
        "Garden waste is taken to a local composting site.",
        "There, it is turned into soil improver that is sold to farmers and gardeners.",
    ]
    # (an 'it' that is no thing named before keeps the clause a condition)
    assert _said("We will repair the road as soon as we can, where it is safe to do so.")[-1].endswith(
        "where it is safe to do so."
    )


def test_a_two_word_order_to_get_in_touch_is_a_sentence_of_its_own() -> None:
    assert (
        _said(
            "Call us and we will arrange for a civil enforcement officer to issue a ticket and, if necessary, move the "
            "vehicle."
        )[0]
        == "Call us."
    )


def test_a_passive_whose_subject_is_a_bare_quantity_stays_passive() -> None:
    said = _said("They are offered free on the NHS, and most are given by a practice nurse at your GP surgery.")
    assert said[-1].startswith("Most are given by a practice nurse")


def test_examples_of_any_one_thing_in_a_place_could_be_one_of_them() -> None:
    said = _said(
        "You can get married at the Register Office, in one of our ceremony rooms at the Town Hall, or at any "
        "approved venue in the county, such as a hotel or a stately home."
    )
    assert said[-1] == "This could be a hotel or a stately home."


def test_an_order_to_remember_after_a_please_order_is_a_sentence_of_its_own() -> None:
    assert _said(
        "Please keep some water in clean containers for drinking and cooking before the supply is turned off, and "
        "remember that you will not be able to flush your toilet more than once."
    ) == [
        "Please keep some water in clean containers for drinking and cooking before the supply is turned off.",
        "And remember that you will not be able to flush your toilet more than once.",
    ]


def test_a_verb_after_and_that_shares_a_statements_subject_is_still_cut_from_a_list() -> None:
    # (after a statement, not an order, 'And carry out the work.' would lose its subject)
    said = _said("We will inspect the damage, find out the cause, and carry out the work within 28 days.")
    assert not any(piece.startswith("And carry out") for piece in said)


def test_a_statement_of_the_law_is_no_outcome_of_a_condition() -> None:
    said = _said(
        "If you do not let us in, we may apply to the magistrates' court for a warrant, and it is an offence to "
        "obstruct an officer who is carrying out an inspection."
    )
    assert not any(piece.startswith("If you do not let us in:") for piece in said)
    assert said[-1] in (
        "And it is an offence to obstruct an officer who is carrying out an inspection.",
        "It is an offence to obstruct an officer who is carrying out an inspection.",
    )


def test_a_list_with_describing_words_across_a_comma_inside_its_last_thing_is_listed() -> None:
    assert _said(
        "Other signs can include sudden loss of sight in one or both eyes, sudden numbness or weakness on one side of "
        "the body, and a sudden, very bad headache."
    ) == ["Other signs can include: sudden loss of sight in one or both eyes / sudden numbness or weakness on one side "
          "of the body / a sudden, very bad headache"]  # fmt: skip


def test_provide_is_not_give_before_whom_it_is_for() -> None:
    assert replace_words("Childminders who provide meals or snacks for the children they look after must register.")[
        0
    ].startswith("Childminders who provide meals")
    assert replace_words("We provide free advice to tenants.")[0] == "We give free advice to tenants."
    assert replace_words("Surrender weeks also provide a chance for officers to talk.")[0].startswith(
        "Surrender weeks also give a chance"
    )


def test_examples_after_another_thing_are_still_one_of_a_kind() -> None:
    assert _said("You can also ask us for the form in another format, such as large print or Braille.")[-1] == (
        "This could be large print or Braille."
    )


def test_people_you_can_have_with_you_are_not_listed_with_the_company_on_the_last() -> None:
    said = _said(
        "You can have a family member, a friend or an advocate with you, and you can ask for a home visit if you "
        "would find it easier."
    )
    assert said[0] == "You can have a family member, a friend or an advocate with you."


def test_two_doings_joined_by_and_before_a_closing_or_stay_together() -> None:
    said = _said(
        "You can see the plans and fill in the survey online, or come to the exhibition at the hospital's main "
        "entrance on Saturday 11 January."
    )
    assert not any(piece == "You can see the plans." for piece in said)
    said = _said(
        "You can order a free testing kit online and do the test at home, or you can come to one of our clinics in "
        "the town centre."
    )
    assert not any(piece.startswith("You can do the test at home") for piece in said)


def test_a_list_of_places_closed_by_or_inside_the_second_doing_does_not_hold_the_first() -> None:
    said = _said(
        "We will pick you up from your home and take you to the shops, a GP surgery, a day centre, or to visit "
        "friends and family anywhere in the district."
    )
    assert said[0] == "We will pick you up from your home."


def test_an_opening_phrase_said_of_both_clauses_is_said_again_on_the_second() -> None:
    assert _said(
        "Without a permit, you may only walk up to 4 dogs at once, and you could be given a fixed penalty."
    ) == [
        "Without a permit, you may only walk up to 4 dogs at once.",
        "Without a permit, you could be given a fixed penalty.",
    ]
    # (not where the second clause names the phrase's thing again, nor where it would be no sentence alone)
    said = _said(
        "In children, it often starts before the age of 5, and some children grow out of it as they get older."
    )
    assert not any(piece.startswith("In children, some children") for piece in said)
    said = _said(
        "Outside Greater London, the cap is £22,020 a year for couples and for single parents whose children live with "
        "them, and £14,753 a year for single adults who do not have children."
    )
    assert not any(piece.startswith("Outside Greater London, £14,753") for piece in said)


def test_a_condition_of_three_doings_is_not_cut_at_its_own_commas() -> None:
    said = _said(
        "If you plan to sell food or alcohol, play amplified music or put up a marquee, you may also need a licence or "
        "other permission, and we will tell you what you need when we have looked at your application."
    )
    assert not any(piece.endswith("put up a marquee.") for piece in said)


def test_an_and_right_after_a_condition_inside_a_relative_clause_is_more_of_the_condition() -> None:
    said = _said(
        "You will need to pay a deposit, which we will return in full after the event if there is no damage and all "
        "litter has been cleared."
    )
    assert "All litter has been cleared." not in said


def test_what_could_be_if_others_did_in_the_past_is_not_asked() -> None:
    said = _said("Many of these deaths could be prevented if people kept warm and got help early.")
    assert not any(piece.startswith("Did people") for piece in said)


def test_a_name_after_a_thing_of_another_is_not_said_of_the_nearer_thing() -> None:
    said = _said(
        "If you are not, you may be given an injection of antibodies, called immunoglobulin, which can make the "
        "illness less severe."
    )
    assert "Antibodies are called immunoglobulin." not in said


def test_what_a_doing_earns_stays_with_it() -> None:
    said = _said("You can pay monthly by Direct Debit, or pay for a whole year at once and get 2 months free.")
    assert "You can get 2 months free." not in said
    # (saving a thing somewhere is no reward)
    said = _said("You can also scan documents and save them to a memory stick or send them by email for free.")
    assert "You can also scan documents." in said


def test_a_way_after_using_that_is_no_thing_used_keeps_the_phrase_in_its_sentence() -> None:
    said = _said(
        "Please pay the full amount within 10 school days, using the online payment system or at the school office."
    )
    assert not any(piece.startswith("Use the online payment system or at") for piece in said)


def test_an_and_that_closes_a_list_of_things_is_no_second_clause() -> None:
    assert _said("This can include advice, training, support groups and help to pay for therapy for your child.") == [
        "This can include advice, training, support groups and help to pay for therapy for your child."
    ]
    # (a first doing with a list of its own, closed by its 'and', still opens a list of doings)
    said = _said(
        "With a library card you can borrow up to 15 books, audiobooks and DVDs at a time, use the computers for "
        "free, and download ebooks and newspapers to your phone or tablet."
    )
    assert said[0].startswith("With a library card you can: borrow up to 15 books, audiobooks and DVDs at a time /")


def test_a_past_form_with_its_doer_and_no_helper_is_no_sentence() -> None:
    assert not stands_alone("And the electrical installation checked by a qualified electrician every 5 years.")
    assert stands_alone("The building was designed by a local architect.")
    said = _said(
        "You must have the gas appliances checked by a Gas Safe engineer every year, and the electrical installation "
        "checked by a qualified electrician at least every 5 years."
    )
    assert not any(piece.startswith("And the electrical installation") for piece in said)


def test_what_someone_who_decides_thinks_or_does_is_not_asked_of_the_reader() -> None:
    said = _said("If the GP thinks you may have dementia, they will refer you to a memory service.")
    assert not any(piece.startswith("Does the") for piece in said)
    said = _said("If the court grants one, you will usually have 14 days to leave your home.")
    assert not any(piece.startswith("Does the court") for piece in said)
    # (what the reader knows of someone is still asked)
    said = _said(
        "If your child has a rash that does not fade when you press a glass on it, call 999 or go to the nearest A&E."
    )
    assert said[0].startswith("Does your child have a rash")


def test_a_second_clause_that_points_back_does_not_take_the_opening_phrase_again() -> None:
    said = _said(
        "Between September and November, 47 residents reported being contacted in this way, and 12 of them lost money."
    )
    assert not any(piece.startswith("Between September and November, 12 of them") for piece in said)


def test_a_condition_with_a_phrase_set_in_commas_after_if_is_still_listed() -> None:
    said = _said(
        "Take your child to A&E if, after a head injury, they are sick more than once, have a headache that does not "
        "go away with painkillers, are unusually sleepy or hard to wake, or have problems with their eyesight."
    )
    assert said[0].startswith("Take your child to A&E if, after a head injury, they: are sick more than once /")


def test_doings_after_hard_to_are_what_is_hard() -> None:
    assert _said(
        "Caring can make it hard to keep up at school, see friends or do the things other people your age do."
    ) == ["Caring can make it hard to: keep up at school / see friends, or / do the things other people your age do"]


def test_two_ways_offered_with_no_can_say_their_or() -> None:
    said = _said(
        "We will send you up to 4 short surveys a year, by email or by post, and each one should take no more than 15 "
        "minutes to fill in."
    )
    assert said[0] == "We will send you up to 4 short surveys a year: by email, or / by post"
    # (after 'can', the ways are a choice the reader makes, and read as one)
    pieces = two_ways_as_bullets(
        "You can find out which ward you live in by entering your postcode on our website, or by calling the "
        "elections office"
    )
    assert pieces is not None and isinstance(pieces[0], Bullets)
    assert pieces[0].items[0] == "by entering your postcode on our website"


def test_describing_words_after_a_things_clause_go_on_with_it() -> None:
    said = _said(
        "Other signs include a mole that is itchy, crusty or bleeding, or a spot or sore that does not heal within 4 "
        "weeks."
    )
    assert not any("/ crusty or bleeding" in piece for piece in said)
    # (doings joined by 'or' are things of a list all the same)
    said = _said(
        "Other symptoms include feeling dizzy, feeling sick or being sick, feeling tired and confused, stomach pain, "
        "and shortness of breath or trouble breathing."
    )
    assert said[0].startswith("Other symptoms include: feeling dizzy / feeling sick or being sick /")


def test_what_is_free_of_every_thing_is_not_said_of_the_last() -> None:
    said = _said(
        "We remove graffiti from council buildings, bridges, bus shelters, signs and street furniture free of charge."
    )
    assert not any(piece.endswith("/ street furniture free of charge") for piece in said)


def test_examples_are_not_said_after_a_second_clause_with_a_subject_of_its_own() -> None:
    said = _said(
        "Offensive graffiti, such as racist or sexual words or images, will be removed within 24 hours of being "
        "reported, and other graffiti within 10 working days."
    )
    assert "Examples are racist and sexual words or images." not in said

"""Wrong outputs that a third set of factsheets the rules had never seen showed (food waste caddies, head
lice, taxi licences, whooping cough, a court injunction, swapping council homes, a fireworks letter),
each kept from coming back."""

from __future__ import annotations

from publisher.plain.words import replace_words
from tests.conftest import rewritten_sentences as _sentences


def test_examples_that_end_at_the_first_comma_do_not_take_the_rest_of_the_list() -> None:
    said = _sentences(
        "You must not put in liquids such as milk or oil, packaging of any kind, nappies, pet waste or garden waste."
    )
    assert not any("such as:" in s for s in said)  # packaging and nappies are not liquids


def test_a_clause_after_two_things_is_not_said_of_the_first() -> None:
    said = _sentences(
        "Finding eggs or empty egg cases, which are called nits, does not always mean that your child has live lice."
    )
    assert not any(s.startswith("Eggs are called") for s in said)


def test_a_clause_after_a_list_names_the_thing_it_is_about() -> None:
    said = _sentences(
        "Each household will be sent a small kitchen caddy, a larger outdoor bin with a lockable lid and a roll of "
        "52 compostable liners, which should last for about a year."
    )
    assert not any(s.startswith("They should last") for s in said)  # not the caddy and the bin


def test_a_verb_read_in_a_list_of_things_makes_no_listed_conditions() -> None:
    said = _sentences(
        "But it can take longer if the DBS check shows convictions, cautions or other information that the "
        "licensing committee needs to look at."
    )
    assert said == [
        "But it can take longer if the DBS check shows convictions, cautions or other information that the "
        "licensing committee needs to look at."
    ]


def test_an_aside_taken_out_before_an_adverb_leaves_no_comma() -> None:
    said = _sentences(
        "The injunction, which was granted on Thursday 12 November, also stops him from approaching or contacting "
        "3 named shop workers and from drinking alcohol in a public place anywhere in the borough."
    )
    assert said[0].startswith("The injunction also stops him")
    assert "The injunction was granted on Thursday 12 November." in said


def test_a_condition_about_one_person_is_not_said_to_happen_sometimes() -> None:
    said = _sentences(
        "If he breaks any of these terms, he can be arrested and could be sent to prison for up to 2 years for "
        "contempt of court."
    )
    assert not any(s.startswith("Sometimes") for s in said)


def test_a_when_clause_in_a_sentence_that_goes_on_stays_in_it() -> None:
    sentence = (
        "You can only let fireworks off between 7am and 11pm, except on Bonfire Night, when the cut-off is "
        "midnight, and on New Year's Eve, Diwali and Chinese New Year, when it is 1am."
    )
    assert not any(s.startswith("This is when") for s in _sentences(sentence))


def test_an_apposition_before_more_verbs_is_not_joined_to_them() -> None:
    said = _sentences(
        "We are members of HomeSwapper, a national website where you can register for free, add details of your "
        "home and search for tenants across the country who want to swap."
    )
    assert not any("HomeSwapper add" in s for s in said)
    assert not any(s.startswith("This is for tenants") for s in said)  # 'search for' is one doing


def test_a_term_being_named_keeps_its_words() -> None:
    assert replace_words("This is called a mutual exchange.")[0] == "This is called a mutual exchange."
    assert replace_words("This is called an initial assessment.")[0] == "This is called an initial assessment."


def test_a_word_the_table_swaps_as_a_verb_is_kept_as_a_noun() -> None:
    assert replace_words("You can ask for a mutual exchange.")[0] == "You can ask for a mutual exchange."
    assert replace_words("We exchange information with the police.")[0] == "We share information with the police."
    assert replace_words("As the deadline approaches, check your form.")[0].startswith("As the deadline approaches")


def test_a_with_phrase_said_as_a_sentence_keeps_the_main_verbs_time() -> None:
    said = _sentences(
        "Cases of whooping cough have risen sharply in Southholt this year, with 86 cases confirmed by the UK "
        "Health Security Agency (UKHSA) between January and September 2026."
    )
    assert any(s.startswith("86 cases have been confirmed") for s in said)


def test_what_a_clause_means_is_said_of_the_clause_not_its_last_noun() -> None:
    said = _sentences(
        "If you employ a personal assistant, you will become an employer, which means you will be responsible for "
        "paying their wages, tax and National Insurance, and for having employer's liability insurance."
    )
    assert not any(s.startswith("An employer means") for s in said)
    assert not any("employer and for having" in s for s in said)


def test_opening_hours_are_not_listed_as_what_to_call() -> None:
    said = _sentences(
        "Call the adult social care team on 01632 960 355, Monday to Friday, 8.30am to 5pm, or email "
        "asc@westvale.gov.uk."
    )
    assert not any(s.startswith("Call:") for s in said)


def test_a_when_clause_runs_to_its_own_end_not_to_the_first_comma() -> None:
    said = _sentences(
        "When she was last seen she was wearing a black puffer jacket with a fur-lined hood, grey jogging bottoms "
        "and white trainers, and she was carrying a small pink rucksack."
    )
    assert not any(s.startswith(("She was last seen she was", "Then grey")) for s in said)


def test_a_question_asks_with_every_joined_verb_in_its_plain_form() -> None:
    said = _sentences(
        "We can also withdraw the licence if the furniture puts people at risk or causes a nuisance to people "
        "living nearby."
    )
    # (what the furniture may yet do is said as what might happen: see test_unseen_guards_fortyfifth)
    assert "The furniture might put people at risk or cause a nuisance to people living nearby." in said


def test_a_quotation_of_several_paragraphs_stays_one_quotation_in_one_part() -> None:
    from publisher.sources.text import parse_text

    words = " ".join(["The search goes on across the town today."] * 24)
    text = (
        f'Missing teenager\n\n{words}\n\nDetective Inspector Jo Bell said: "We are very worried about her. '
        f'{words}\n\n"If you see this, please tell someone that you are safe."\n\nAnyone with information '
        "should call 101."
    )
    sections = parse_text(text).sections
    quotes = [b for _, blocks in sections for b in blocks if b.kind == "quote"]
    assert [q.items[0][:8] for q in quotes] == ['"We are ', '"If you ']
    part = next(blocks for _, blocks in sections if quotes[0] in blocks)
    assert quotes[1] in part


def test_examples_inside_a_list_do_not_take_the_rest_of_it() -> None:
    said = _sentences(
        "Do not wait for your next screening appointment if you have unusual bleeding, including after sex or "
        "between periods, changes to your vaginal discharge, or pain during sex."
    )
    assert not any(s.startswith("This includes after sex") for s in said)  # pain is not a kind of bleeding


def test_what_a_change_means_is_not_said_of_its_date() -> None:
    said = _sentences(
        "If you do not reply by Monday 18 January 2027, we will cancel your discount from 1 April 2026, which means "
        "your bill will go up by £512.40 for this year, and you may also be charged a penalty of £70 for not telling "
        "us about a change."
    )
    assert not any(s.startswith("1 April means") for s in said)
    assert any(s.startswith("This means your bill will go up") for s in said)


def test_a_time_limit_on_an_order_after_but_is_the_orders() -> None:
    said = _sentences(
        "If your child does not have a bike, we may be able to lend one, but please let the school know at least "
        "2 weeks before the course."
    )
    assert not any(s.startswith("This may happen") for s in said)


def test_ways_joined_by_and_are_not_cut_at_the_last() -> None:
    said = _sentences(
        "Tell your tenants about the risk and about how they can reduce it, such as by not changing the temperature "
        "setting on the boiler, by cleaning shower heads every 3 months and by telling you straight away if the hot "
        "water is not heating properly or if there is a problem with the water supply."
    )
    assert not any(s.startswith(("Do this by cleaning", "This includes by")) for s in said)


def test_a_clause_before_the_verbs_own_from_stays_in_the_sentence() -> None:
    said = _sentences(
        "We will recover the cost of the funeral, which is usually about £1,800, from the estate of the person who "
        "has died."
    )
    assert not any(s.startswith("This is usually about £1,800, from") for s in said)


def test_nobody_is_not_asked_a_question() -> None:
    said = _sentences(
        "If nobody collects them, they will be scattered in the garden of remembrance at Eastfield Crematorium."
    )
    assert not any(s.startswith("Does nobody") for s in said)


def test_a_list_inside_the_last_of_two_joined_things_is_not_cut_into_it() -> None:
    said = _sentences(
        "The money will pay for new extractor fans, better insulation and repairs to roofs, gutters and windows in "
        "about 900 homes."
    )
    assert not any(s.startswith("The money will pay for:") for s in said)  # gutters are not paid for alone


def test_an_order_of_turns_is_not_said_as_what_the_subject_does() -> None:
    said = _sentences(
        "The money will pay for new insulation in about 900 homes, starting with those where children, older "
        "people or people with breathing problems live."
    )
    assert not any(s.startswith("The money will start") for s in said)


def test_a_joined_thing_before_things_of_their_own_still_makes_a_list() -> None:
    said = _sentences(
        "You will need your child's full name and date of birth, the name of their new school, and your National "
        "Insurance number."
    )
    assert said == [
        "You will need: your child's full name and date of birth / the name of their new school / your National "
        "Insurance number"
    ]


def test_examples_before_the_sentences_own_verb_stay_in_it() -> None:
    said = _sentences(
        "You will then pay the contractor for the work, which usually costs between £1,500 and £3,000 depending on "
        "the width of the crossing and whether any services under the pavement, such as gas pipes or cables, need "
        "to be moved."
    )
    assert not any(s.startswith("This includes gas pipes") for s in said)


def test_who_after_a_place_says_which_people_and_stays() -> None:
    said = _sentences(
        "The Household Support Fund is money from the government that we use to help households in Elmvale who are "
        "struggling to pay for food, energy and water."
    )
    assert not any(s.startswith("They are struggling") for s in said)  # not every household in Elmvale


def test_whichever_opens_no_sentence() -> None:
    said = _sentences(
        "The current round of the fund runs from 1 October 2026 until 31 March 2027, or until the money runs out, "
        "whichever is sooner."
    )
    assert not any(s.startswith("Or until") for s in said)


def test_signs_listed_after_a_colon_between_semicolons_are_bullets() -> None:
    said = _sentences(
        "Call 999 if a baby has any of these signs: their skin, lips or tongue are blue, pale or blotchy; they have a "
        "rash that does not fade when you roll a glass over it; they are very floppy; or they have a fit."
    )
    assert said == [
        "Call 999 if a baby has any of these signs: their skin, lips or tongue are blue, pale or blotchy / they have a "
        "rash that does not fade when you roll a glass over it / they are very floppy / they have a fit"
    ]


def test_a_second_clause_ending_in_a_counted_phrase_stands_as_a_sentence() -> None:
    said = _sentences(
        "Police will enforce the new limit in the same way as any other limit, and drivers who break it may be "
        "offered a speed awareness course or given a fixed penalty of £100 and 3 penalty points."
    )
    assert said[0] == "Police will enforce the new limit in the same way as any other limit."


def test_places_a_route_leads_to_are_not_listed_as_routes() -> None:
    said = _sentences(
        "The council treats about 1,200 miles of road, which is around 40% of the county's network, including all A "
        "and B roads, the main routes to hospitals, schools and fire stations, and the busiest bus routes."
    )
    assert not any("/ schools and fire stations /" in s for s in said)


def test_a_condition_after_two_choices_stays_with_both() -> None:
    said = _sentences(
        "You may not have to pay the fee, or you may pay half, if you have a low income or get certain benefits."
    )
    assert "You may not have to pay the fee." not in said


def test_a_condition_that_points_at_the_main_clause_is_not_asked_first() -> None:
    said = _sentences("Minor adaptations costing up to £1,000 are free if you have been assessed as needing them.")
    assert not any(s.startswith("Have you been assessed as needing them?") for s in said)


def test_examples_inside_a_clause_of_the_sentence_stay_in_it() -> None:
    said = _sentences(
        "You will then pay for the work, whose cost depends on whether any services under the pavement, such as gas "
        "pipes or cables, need to be moved."
    )
    assert not any(s.startswith("Examples are") for s in said)


def test_the_name_of_the_universal_credit_agreement_keeps_its_words() -> None:
    said = replace_words("You agreed to it in your claimant commitment.")[0]
    assert said == "You agreed to it in your claimant commitment."


def test_a_year_range_is_not_cut_to_its_last_year() -> None:
    said = _sentences(
        "Northvale District Council has agreed its budget for the 2027 to 2028 financial year, which includes a "
        "Council Tax rise of 2.99% and £3.2 million of savings, at a meeting of the full council on Wednesday."
    )
    assert not any(s.startswith("2028 financial year") for s in said)


def test_the_last_of_a_list_of_amounts_keeps_what_it_is_for() -> None:
    said = _sentences(
        "The budget also includes £1.5 million to repair potholes and pavements, £400,000 for new play equipment in "
        "parks and £250,000 to help people who are sleeping rough to find a home."
    )
    assert not any(s.startswith("This is to help people") for s in said)


def test_an_example_of_a_reason_keeps_its_reason() -> None:
    said = _sentences(
        "The crew may not be able to empty a bin that is too heavy to lift safely using the lifting equipment on the "
        "lorry, for example because it is full of wet grass or soil."
    )
    assert "For example, this could be." not in said


def test_a_time_limit_on_a_later_clause_is_not_said_of_the_first_clauses_doer() -> None:
    said = _sentences(
        "If this happens, they will leave a tag on the bin explaining why, and you will need to take some of the "
        "waste out before your next collection."
    )
    assert not any(s.startswith("They will do this") for s in said)


def test_an_opening_purpose_that_points_back_stays_first() -> None:
    said = _sentences(
        "To help with this, the council will run a free shuttle bus between Meadow Road and Ashby Library on weekdays."
    )
    assert "This is to help with this." not in said


def test_a_doer_whose_name_the_parse_cut_short_is_not_made_the_subject() -> None:
    said = _sentences("The hub is run by the charity Carers Together on behalf of the council.")
    assert not any("Together for the council" in s and s.startswith("The charity Carers runs") for s in said)


def test_a_when_clause_after_examples_is_not_said_of_them() -> None:
    said = _sentences(
        "You will need to show photo ID and proof of your address, such as a recent utility bill or a council tax "
        "bill, when you collect the bike."
    )
    assert "This is when you collect the bike." not in said


def test_what_a_clause_leads_to_is_said_of_the_clause_not_its_last_noun() -> None:
    said = _sentences(
        "It can make it harder to follow conversations, which can lead to people feeling isolated, and untreated "
        "hearing loss has been linked to a higher risk of dementia."
    )
    assert not any(s.startswith("They can lead to") for s in said)


def test_what_a_warning_means_does_not_take_the_sentences_last_phrase() -> None:
    said = _sentences(
        "The Environment Agency has issued a flood warning for the seafront at Seabrook, which means that flooding "
        "is expected and immediate action is required, for high tides on Sunday 13 December between 10am and 2pm."
    )
    assert not any(s.startswith("This means") and "for high tides" in s for s in said)

"""Splits and guards from an eighty-eighth look at unseen factsheets, led by the splits the parse refused as pieces
that do not stand: each case here, in this project's words, was left long or read wrongly before."""

from __future__ import annotations

from publisher.plain.parse import stands_alone
from publisher.plain.words import replace_words

from .said import restructured as _said


def test_an_opening_plain_verb_tagged_present_is_an_order_that_stands() -> None:
    assert stands_alone("Have at least two hot meals a day.")
    assert stands_alone("Do it early in the morning, when the frost is soft and easier to clear.")
    # (a verb cut from its subject, with the mark of a tense, still hangs)
    assert not stands_alone("Are in the borough.")


def test_orders_with_a_plain_have_first_are_split() -> None:
    assert _said(
        "Have at least one warm meal a day and lots of warm drinks, and try to get up and walk about, even if it is "
        "only to the kitchen and back."
    )[:2] == [
        "Have at least one warm meal a day and lots of warm drinks.",
        "Try to get up and walk about.",
    ]


def test_a_capital_a_after_a_participle_is_a_label_not_an_article() -> None:
    assert stands_alone("Put the form in the envelope marked A.")


def test_where_and_one_describing_word_is_a_whole_phrase() -> None:
    assert stands_alone("The rides are on quiet roads where possible.")
    assert stands_alone("We will replace the part where needed.")
    # (a clause after 'where' with no verb is still unfinished)
    assert not stands_alone("A refuge is a safe house where women and children.")


def test_a_clause_after_where_possible_is_said_apart() -> None:
    assert _said(
        "The rides are on quiet roads and cycle paths where possible, and most are suitable for people who are new to "
        "cycling or have not ridden for a while."
    ) == [
        "The rides are on quiet roads and cycle paths where possible.",
        "Most are suitable for people who are new to cycling or have not ridden for a while.",
    ]


def test_what_a_thing_is_may_list_things_and_doings_alike() -> None:
    said = _said(
        "The usual signs are a rash that spreads over 2 days, a sore throat, aching joints, losing your appetite and "
        "feeling very sleepy."
    )
    assert said == [
        "The usual signs are: a rash that spreads over 2 days / a sore throat / aching joints / losing your appetite / "
        "feeling very sleepy"
    ]


def test_describing_words_in_a_row_are_no_things_and_doings() -> None:
    said = _said(
        "Harassment is any frightening, upsetting or hostile behaviour by a neighbour, a landlord or a member of "
        "their family."
    )
    assert not any(piece.endswith("any frightening") or "/ any frightening /" in piece for piece in said)
    assert not any("any frightening /" in piece for piece in said)


def test_a_condition_that_lists_things_is_asked_whole_never_cut_at_its_first_comma() -> None:
    said = _said(
        "If you run a shop, salon, gym or other business that plays music, you need a licence from us to play "
        "recorded music to your customers, staff and visitors on the premises."
    )
    assert said[0] == "Do you run a shop, salon, gym or other business that plays music?"
    assert not any(piece.startswith("Salon") for piece in said)


def test_doings_with_lists_of_their_own_after_a_time_clause_are_listed() -> None:
    said = _said(
        "While the ban is in force, you must not use a sprinkler to water your lawn or flowers, wash your van or other "
        "vehicles, clean windows, fences or patios, or fill a hot tub, swimming pool or pond."
    )
    assert said == [
        "While the ban is in force, you must not use a sprinkler to: water your lawn or flowers / wash your van or "
        "other vehicles / clean windows, fences or patios, or / fill a hot tub, swimming pool or pond"
    ]


def test_orders_after_while_you_wait_are_listed() -> None:
    assert _said("While you wait, move them somewhere dry, take off any wet socks, and wrap them in a coat.") == [
        "While you wait: move them somewhere dry / take off any wet socks / wrap them in a coat"
    ]


def test_a_short_order_joined_to_a_listing_order_is_said_alone() -> None:
    assert _said(
        "Apply online and send us a drawing showing where the stall will stand, photos of the goods you will sell, "
        "and a copy of your food hygiene certificate."
    ) == [
        "Apply online.",
        "Send us: a drawing showing where the stall will stand / photos of the goods you will sell / a copy of your "
        "food hygiene certificate",
    ]


def test_things_joined_by_and_after_an_order_are_not_two_orders() -> None:
    said = _said(
        "Wash all towels and clothes on the hottest wash they can take, and vacuum beds, sofas and the edges of the "
        "floor, before the officer arrives."
    )
    assert not any(piece == "Wash all towels." for piece in said)


def test_a_participle_after_a_list_is_never_said_of_all_its_things() -> None:
    said = _said(
        "We will arrange a simple meal with a sandwich, a drink and a hot soup at the hall or the church, served by a "
        "volunteer or a member of the parish team if we can find one."
    )
    assert not any(piece.startswith("They are served") for piece in said)
    said = _said(
        "We will arrange a simple funeral with a coffin, a car and a short service at the chapel or the cemetery, led "
        "by a minister or a member of the person's faith if we know what it is."
    )
    assert not any(piece.startswith(("It is led", "They are led")) for piece in said)
    assert not any("/ a car and a short service at the chapel" in piece for piece in said)


def test_a_helpers_bare_verb_that_shares_the_next_verbs_thing_opens_the_first_item() -> None:
    assert _said(
        "You can borrow, return and renew games, reserve toys from any of our centres and collect them at your "
        "stop, and get help from our staff to join the scheme or use our online catalogue."
    ) == [
        "You can: borrow, return and renew games / reserve toys from any of our centres and collect them at your "
        "stop / get help from our staff to join the scheme or use our online catalogue"
    ]


def test_doings_after_an_opening_phrase_and_a_helper_are_listed() -> None:
    assert _said(
        "With a leisure card you can swim up to 5 times a week at half price, use the gym for free before 10am, "
        "and book classes, courts and pitches a week before other people."
    ) == [
        "With a leisure card you can: swim up to 5 times a week at half price / use the gym for free before 10am / "
        "book classes, courts and pitches a week before other people"
    ]


def test_a_time_after_the_last_of_two_choices_is_never_said_of_both() -> None:
    said = _said(
        "At weekends you can take the dog to the police station in Bridge Street or keep it at home until the next "
        "working day."
    )
    assert not any(piece.startswith("You can do this until") for piece in said)
    assert any("keep it at home until the next working day" in piece for piece in said)


def test_a_which_clause_after_a_short_list_is_never_said_of_this() -> None:
    said = _said(
        "Early signs include a sore throat, aching muscles and a slight fever, which may start a day or two before the "
        "rash appears."
    )
    assert not any(piece.startswith(("This may start", "The slight fever may start")) for piece in said)
    said = _said(
        "Other signs include a headache, joint pain and a high temperature, which may appear a few days before the "
        "swelling starts."
    )
    assert not any(piece.startswith("This may appear") for piece in said)


def test_ways_after_by_are_never_read_as_things_the_subject_does() -> None:
    said = _said(
        "You can help yourself feel better by getting lots of sleep, drinking plenty of water and taking painkillers "
        "such as paracetamol."
    )
    assert not any(piece.startswith(("You can drink", "You can take")) for piece in said)


def test_a_condition_whose_first_case_lists_ways_is_listed_with_the_next_case() -> None:
    assert _said(
        "If you need the leaflet in another language, in braille or on audio, or you would like someone to read it "
        "to you, please phone us on 01632 960 333."
    ) == [
        "Please phone us on 01632 960 333 if: you need the leaflet in another language, in braille or on audio, or / "
        "you would like someone to read it to you"
    ]


def test_cases_of_a_closing_if_go_on_to_a_last_case_with_there() -> None:
    said = _said(
        "Call 111 straight away if your dog has eaten chocolate and it has a fever, it is being sick, its tummy is "
        "swollen, or there is blood in its poo."
    )
    assert not any(piece.startswith("Its tummy is swollen") for piece in said)


def test_a_denial_that_goes_on_a_clause_of_what_is_made_sure_of_is_no_order() -> None:
    said = _said(
        "Check on older neighbours and relatives who live alone, especially during cold spells, to make sure they are "
        "warm, have enough food and drink, and do not need anything."
    )
    assert not any(piece.startswith("Do not need") for piece in said)


def test_a_word_alone_after_an_items_comma_shows_a_misread_list() -> None:
    said = _said(
        "The price of the holiday is £420, which includes travel by coach, meals, a place to stay and all trips."
    )
    assert not any("travel by coach, meals /" in piece for piece in said)


def test_a_condition_of_two_clauses_each_with_its_subject_is_never_one_question() -> None:
    said = _said(
        "If the noise is happening now and it is between 8pm and 3am on a Friday or Saturday, you can call our noise "
        "team on 01632 960 900, and an officer may be able to visit."
    )
    assert not any(piece.startswith("Is the noise happening now and it is") for piece in said)
    # (with one outcome, the two cases are listed)
    assert _said(
        "If the alarm is sounding now and it is between 10pm and 6am on any day, you can call our night team on "
        "01632 960 901."
    ) == [
        "You can call our night team on 01632 960 901 if: the alarm is sounding now, and / it is between 10pm and "
        "6am on any day"
    ]


def test_a_short_order_after_an_order_is_said_alone() -> None:
    said = _said(
        "Make sure they wash their hands for at least 20 seconds before every meal, especially at school, and thank "
        "them for doing it."
    )
    assert said[-1] == "Thank them for doing it."
    said = _said("Fill in the parking permit application form, known as the PP1, and send it to us.")
    assert said[0] == "Fill in the parking permit application form." and said[-1] == "Send it to us."


def test_a_denial_inside_a_things_clause_denies_no_order() -> None:
    said = _said(
        "Take out any shelves that no longer fit anywhere, keep the cupboard doors shut, and wipe every surface that "
        "has been touched in the last day."
    )
    assert said == [
        "Take out any shelves that no longer fit anywhere.",
        "Keep the cupboard doors shut.",
        "Wipe every surface that has been touched in the last day.",
    ]


def test_things_said_each_after_that_are_listed_where_the_parse_misreads_a_that() -> None:
    assert _said(
        "In their letter, the visitors said that children are happy and feel safe at the club, that they play well "
        "together indoors and outside, and that staff know them well and look after them."
    ) == [
        "In their letter, the visitors said that: children are happy and feel safe at the club / they play well "
        "together indoors and outside / staff know them well and look after them"
    ]


def test_a_second_doing_the_parse_joined_to_how_the_first_keeps_a_thing_is_listed() -> None:
    assert _said(
        "You must keep at least half of your garden planted, keep fences and gates next to it mended, and not use it "
        "for any business."
    ) == [
        "You must: keep at least half of your garden planted / keep fences and gates next to it mended / not use it "
        "for any business"
    ]


def test_things_and_questions_told_together_are_listed() -> None:
    assert _said(
        "To help us find your bag, tell us the bus number, the date and time of your journey, where you got on and "
        "off, and a description of the bag."
    ) == [
        "To help us find your bag, tell us: the bus number / the date and time of your journey / where you got on and "
        "off / a description of the bag"
    ]
    assert _said("Please tell us your name, your phone number, when the smell started and what it smells like.") == [
        "Please tell us: your name / your phone number / when the smell started / what it smells like"
    ]
    # (a clause of a thing is no question of the list)
    said = _said(
        "Tell your child's nursery that your child has eczema, and give them a copy of your child's care plan, which "
        "explains what creams your child uses and what to do if the skin flares up."
    )
    assert not any("/ which explains" in piece for piece in said)


def test_a_number_on_the_first_thing_counts_none_with_an_article_of_its_own() -> None:
    assert _said(
        "You will need to send us 3 recent photos of the site, a plan showing where the sign will go and how big it "
        "is, and a copy of your insurance certificate."
    ) == [
        "You will need to send us: 3 recent photos of the site / a plan showing where the sign will go and how big it "
        "is / a copy of your insurance certificate"
    ]


def test_a_subjects_aside_said_after_a_sentence_that_names_another_thing_names_its_own() -> None:
    said = _said(
        "The old timetable, under which buses run every 20 minutes until 7pm, will be replaced by a new timetable, "
        "under which buses will run every 15 minutes until 11pm."
    )
    assert "Under the old timetable, buses run every 20 minutes until 7pm." in said
    assert not any(piece.startswith("Under this, buses run every 20") for piece in said)


def test_further_information_is_one_thing_as_its_verb_says() -> None:
    assert replace_words("Further information is available on our website.")[0].startswith("More information is")


def test_not_currently_is_said_as_a_plain_denial_never_not_now() -> None:
    plain = replace_words("Tenants who are not currently paying rent should contact us.")[0]
    assert plain == "Tenants who are not paying rent should contact us."
    assert replace_words("We currently collect bins every week.")[0] == "We now collect bins every week."


def test_groups_whose_last_has_a_list_of_its_own_are_listed() -> None:
    assert _said(
        "We give priority to people who are over 70 and live alone, people who smoke, people who use a wheelchair, "
        "and people who have problems with their memory, their sight, their hearing or walking."
    ) == [
        "We give priority to: people who are over 70 and live alone / people who smoke / people who use a wheelchair "
        "/ people who have problems with their memory, their sight, their hearing or walking"
    ]


def test_an_order_to_empty_a_thing_is_an_order_the_parse_may_read_as_a_describing_word() -> None:
    assert _said(
        "Vacuum your sofa, rugs and the corners of the room, and empty the vacuum cleaner into a sealed bag and put it "
        "in an outside bin straight away."
    ) == [
        "Vacuum your sofa, rugs and the corners of the room.",
        "Empty the vacuum cleaner into a sealed bag.",
        "Put it in an outside bin straight away.",
    ]


def test_things_a_thing_does_in_a_closing_that_clause_are_listed() -> None:
    assert _said(
        "Be wary of any email that asks you to reply quickly, asks for your bank details, has spelling mistakes, or "
        "comes from an address you do not know."
    ) == [
        "Be wary of any email that: asks you to reply quickly / asks for your bank details / has spelling mistakes, or "
        "/ comes from an address you do not know"
    ]
    # (a later verb of the form the main verb has may be the main subject's)
    said = _said(
        "Call 999 if a baby or toddler has lips that look blue or grey, is very floppy or hard to wake, feels cold to "
        "touch, or is breathing very fast."
    )
    assert not any(piece.endswith("has lips that:") for piece in said)


def test_a_clause_after_a_things_purpose_is_never_said_of_the_purpose() -> None:
    said = _said(
        "Sessions are free, but you pay for the materials you use, such as the resin for 3D printing, which costs 20p "
        "per gram, and wood or card sheets for the laser cutter, which you can buy from the library or bring "
        "yourself, as long as they are on our list of approved materials."
    )
    assert not any(piece.startswith("3D printing costs") for piece in said)


def test_a_which_clause_inside_examples_that_go_on_is_never_cut_from_them() -> None:
    said = _said(
        "Classes are free, but you pay for the materials you use, such as the clay for pottery making, which costs £2 "
        "per kilo, and paint or glaze for the kiln, which you can buy from the centre or bring yourself."
    )
    assert not any(piece.startswith("This costs £2 per kilo, and") for piece in said)


def test_an_order_after_a_condition_of_its_own_is_given_by_the_source() -> None:
    assert _said(
        "It is best to come on a day when you do not have a cold, and if you use an inhaler, a nasal spray or eye "
        "drops, do not use them for 2 hours before the test."
    ) == [
        "It is best to come on a day when you do not have a cold.",
        "If you use an inhaler, a nasal spray or eye drops, do not use them for 2 hours before the test.",
    ]
    # (a condition with no subject of its own, 'if needed', may be of the subject's own doings)
    said = _said("We may offer you advice, give you a leaflet, and if needed, ask a nurse to call you back later.")
    assert not any(piece.startswith("And if needed, ask") for piece in said)


def test_a_question_with_examples_of_its_own_is_still_one_of_the_list() -> None:
    assert _said(
        "Please tell us which rooms are cold, how long the heating has been broken and whether anyone in your home has "
        "a health condition that may be made worse by the cold, such as asthma."
    ) == [
        "Please tell us: which rooms are cold / how long the heating has been broken / whether anyone in your home has "
        "a health condition that may be made worse by the cold, such as asthma"
    ]


def test_orders_the_parse_reads_as_things_stand_where_a_place_has_its_own_owner() -> None:
    assert stands_alone("Sterilise bottles, teats and spoons after every use.")
    assert stands_alone("Clean between your teeth using floss.")
    assert stands_alone("Flush through any taps that have not been used for a week.")
    # (a place with no owner of its own, after a word that names a thing as often as a doing)
    assert not stands_alone("Contact with animals.")
    assert _said(
        "Sterilise bottles, teats and spoons after every use, and wash your hands carefully after changing nappies "
        "and before and after feeds."
    ) == [
        "Sterilise bottles, teats and spoons after every use.",
        "Wash your hands carefully after changing nappies and before and after feeds.",
    ]


def test_a_noun_that_leads_to_what_is_given_to_is_never_an_item_of_its_own() -> None:
    said = _said(
        "We cannot sweep every street, so we give priority to town centres, bus routes, roads to schools and "
        "hospitals, and shopping streets."
    )
    assert not any("priority to town centres /" in piece for piece in said)


def test_a_time_after_a_which_clause_is_the_main_verbs() -> None:
    said = _said(
        "If you do not, you will lose the right to pay by instalments, and you will have to pay the full amount for "
        "the rest of the year, which is £520.00, within a further 14 days."
    )
    assert not any("This is £520.00, within" in piece for piece in said)


def test_a_time_after_a_joined_clause_with_its_own_subject_is_that_clauses() -> None:
    said = _said(
        "If you do not, you will lose the right to pay monthly, and you will have to pay the full amount for the rest "
        "of the year, which is £640.00, within a further 10 days."
    )
    assert said[-1] == "You will have to do this within a further 10 days."


def test_places_given_as_examples_are_what_it_could_be() -> None:
    said = _said(
        "Dumping is leaving rubbish on land that has no licence to take it, such as on verges, in lay-bys, on "
        "farmland or in parks."
    )
    assert said[1] == "For example, this could be: on verges / in lay-bys / on farmland / in parks"


def test_a_comparison_in_two_halves_is_never_cut_between_them() -> None:
    said = _said(
        "Food waste collections cost less than general waste collections, so the more you recycle, the more you can "
        "save."
    )
    assert said == [
        "Food waste collections cost less than general waste collections.",
        "So the more you recycle, the more you can save.",
    ]


def test_each_to_of_things_someone_is_entitled_to_do_goes_with_the_entitlement() -> None:
    plain = replace_words("You are entitled to attend, to ask questions at the meeting, and to bring a friend.")[0]
    assert plain == "You can go, ask questions at the meeting, and bring a friend."
    assert replace_words("You are entitled to a refund.")[0] == "You can get a refund."


def test_a_have_shared_by_conditions_of_things_done_is_said_in_the_lead() -> None:
    assert _said("If you have moved house, changed your surname or become a UK citizen, you must register again.") == [
        "You must register again if you have: moved house / changed your surname, or / become a UK citizen"
    ]

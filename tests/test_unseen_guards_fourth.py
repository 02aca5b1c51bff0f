"""Wrong outputs that a fourth set of factsheets the rules had never seen showed (the shingles vaccine,
licensing shared houses, registering a death, reporting hate crime, Cold Weather Payments, protected trees),
each kept from coming back."""

from __future__ import annotations

from publisher.plain.words import replace_words
from tests.conftest import rewritten_sentences as _sentences


def test_a_shared_subject_after_and_do_not_is_said_again_not_made_an_order() -> None:
    said = _sentences("The payments are not taxable and do not affect any of your other benefits.")
    assert "Do not affect any of your other benefits." not in said
    assert not any(s.startswith("Do not") for s in said)


def test_an_order_after_but_is_still_an_order() -> None:
    said = _sentences(
        "The library will be closed for repairs on Monday, but do not worry as the mobile library will visit."
    )
    assert said[-1].startswith("But do not worry")


def test_a_clause_after_a_participles_noun_is_not_said_of_that_noun() -> None:
    said = _sentences("The vaccine used in the programme, which is called Shingrix, is given as 2 doses.")
    assert "The programme is called Shingrix." not in said


def test_whom_a_thing_is_for_inside_a_condition_stays_in_the_condition() -> None:
    said = _sentences(
        "You must have a mandatory HMO licence if your property is rented to 5 or more people who form more than "
        "one household."
    )
    assert not any(s.endswith("if your property is rented.") for s in said)


def test_a_clause_on_a_noun_inside_a_named_question_is_not_cut_off() -> None:
    said = _sentences(
        "This page explains how to register a death that happened in Elmvale and what you will need to bring with you."
    )
    assert not any(s.startswith("This happened") for s in said)


def test_an_owners_list_is_not_bulleted_as_the_verbs() -> None:
    said = _sentences(
        "A hate crime is any criminal offence that the victim or anyone else believes was motivated by hostility or "
        "prejudice based on a person's disability, race, religion, sexual orientation or transgender identity."
    )
    assert not any("motivated by: " in s for s in said)


def test_things_after_help_to_are_not_listed_as_what_to_do() -> None:
    said = _sentences(
        "Support can include help to cope with the effects of the crime, advice about staying safe, and information "
        "about what happens if a case goes to court."
    )
    assert not any("help to: " in s for s in said)


def test_verbs_after_to_are_still_listed() -> None:
    said = _sentences(
        "After the review we will write to tell you whether your award is to continue, be increased, be reduced or "
        "be stopped."
    )
    assert any(" is to: continue / be increased" in s for s in said)


def test_actions_that_go_on_from_a_verb_inside_the_first_are_not_listed_as_the_subjects() -> None:
    said = _sentences(
        "You can use the money to pay for school uniform, buy books for your child, or pay for trips with the school."
    )
    assert not any(s.startswith("You can: ") for s in said)  # not 'You can: buy books': the money is used for it
    said = _sentences("We will inspect it, find out the cause, and carry out the work.")
    assert said == ["We will: inspect it / find out the cause / carry out the work"]


def test_a_second_clause_inside_until_is_not_said_as_a_fact() -> None:
    said = _sentences("You should wait until the rash has gone and you have recovered before you are vaccinated.")
    assert "And you have recovered before you are vaccinated." not in said


def test_and_not_a_place_set_against_the_first_is_no_sentence() -> None:
    said = _sentences("You must register the death in the district where the person died, and not where they lived.")
    assert not any(s.startswith(("Not where", "And not where")) for s in said)


def test_and_however_goes_on_with_whether_or_not() -> None:
    said = _sentences(
        "Victims can get free support from Elmvale Victim Care, whether or not they have reported the crime to the "
        "police, and however long ago it happened."
    )
    assert not any(s.startswith("And however") for s in said)


def test_the_same_as_phrase_is_not_cut_by_the_active_voice() -> None:
    said = _sentences(
        "Shingles is an infection that causes a painful rash, and it is caused by the same virus as chickenpox."
    )
    assert not any("as chickenpox" in s and s.startswith("The same virus causes") for s in said)
    assert any(s.endswith("the same virus as chickenpox.") for s in said)


def test_a_stressed_do_or_a_no_subject_is_not_asked() -> None:
    said = _sentences(
        "It reduces your chance of getting shingles and, if you do get it, it makes it less likely that you will "
        "have serious complications."
    )
    assert "Do you get it?" not in said
    said = _sentences("If no relative is able to do this, the death can be registered by someone who was there.")
    assert not any(s.startswith("Can no relative") for s in said)


def test_a_list_item_that_holds_a_clause_and_a_comma_is_not_taken_as_one_item() -> None:
    said = _sentences(
        "Common side effects, which usually last no more than 2 or 3 days, include a sore arm where the injection "
        "was given, tiredness, a headache and aching muscles."
    )
    assert not any("was given, tiredness /" in s for s in said)


def test_a_phrase_after_a_clause_between_commas_is_said_of_both_clauses() -> None:
    said = _sentences(
        "Anyone who has had chickenpox can get shingles, but it is more common, and can be more serious, in older "
        "adults and in people with a severely weakened immune system."
    )
    assert "But it is more common." not in said


def test_a_time_with_a_clause_after_it_is_not_said_as_what_will_happen() -> None:
    said = _sentences(
        "The council's welfare rights team will be holding drop-in sessions at libraries across the borough during "
        "February and March, where residents can get free help to check whether they are eligible."
    )
    assert not any(s.startswith("This will happen during February and March, where") for s in said)


def test_the_last_of_a_list_of_questions_is_not_cut_off() -> None:
    said = _sentences("Please tell us exactly where the waste is, what it is, and roughly how much there is.")
    assert not any(s.startswith("And roughly how much") for s in said)


def test_examples_end_before_the_main_verbs_using_phrase() -> None:
    said = _sentences(
        "You can report fly-tipping on public land, such as roads, pavements, parks and alleyways, using the online "
        "form on our website."
    )
    assert not any("alleyways, using" in s for s in said)


def test_a_clause_closed_after_an_amount_with_a_comma_is_the_subjects_aside() -> None:
    said = _sentences(
        "Then you will lose the right to pay by instalments and the full balance for the year, which is £1,136.00, "
        "will become due."
    )
    assert not any(s.startswith("This is £1,136.00") for s in said)


def test_two_outcomes_of_an_opening_condition_stay_with_it() -> None:
    said = _sentences(
        "If that happens and you still do not pay, we will apply to the magistrates' court for a liability order, "
        "and costs of £96.00 will be added to your account."
    )
    assert not any(s.startswith(("And costs", "It costs")) for s in said)


def test_a_clause_after_the_second_of_two_from_phrases_is_not_said_of_it_alone() -> None:
    said = _sentences(
        "Free advice about debt is available from Citizens Advice Elmvale and from StepChange Debt Charity, who will "
        "not charge you for their help."
    )
    assert not any(s.startswith("StepChange Debt Charity will not") for s in said)


def test_how_often_in_a_list_of_things_to_teach_is_not_said_of_the_subject() -> None:
    said = _sentences(
        "To help stop it spreading, teach your child to wash their hands often with soap and warm water, to use "
        "tissues to catch coughs and sneezes, and to throw used tissues in the bin."
    )
    assert not any(s.startswith("It is often") for s in said)


def test_a_list_that_the_first_items_own_phrase_takes_is_not_the_verbs() -> None:
    said = _sentences(
        "You now need to show photo identification (ID) to vote at a polling station in UK parliamentary elections, "
        "local elections in England, and police and crime commissioner elections."
    )
    assert not any(s.startswith("You now need to show: ") for s in said)


def test_things_after_commas_are_items_of_their_own() -> None:
    said = _sentences(
        "You can use a range of documents, including a passport, a driving licence, a Blue Badge, an older person's "
        "bus pass, a disabled person's bus pass, and some other travel passes funded by the government."
    )
    assert not any("a Blue Badge, an older" in s for s in said)
    assert any(" / a Blue Badge / an older person's bus pass / " in s for s in said)


def test_an_aside_taken_out_before_to_leaves_no_comma() -> None:
    said = _sentences(
        "You can ask the presiding officer, who is the person in charge of the polling station, to help you vote."
    )
    assert not any("officer, to help" in s for s in said)


def test_things_to_do_for_a_purpose_said_first_are_listed_with_their_or() -> None:
    said = _sentences("To book, visit the Give Blood website, use the NHS Give Blood app, or call 0300 123 23 23.")
    assert said == [
        "To book, do one of these: visit the Give Blood website / use the NHS Give Blood app / call 0300 123 23 23"
    ]


def test_the_last_of_a_list_of_things_to_do_is_not_cut_off() -> None:
    said = _sentences(
        "When you get there, sign in at the front desk, show your appointment letter, and wait to be called."
    )
    assert not any(s.startswith("And wait") for s in said)


def test_a_describing_word_in_ing_among_others_is_not_a_verb() -> None:
    said = _sentences(
        "Warm spaces are free, welcoming places where anyone can spend time in the warm during the colder months, "
        "without having to buy anything."
    )
    assert not any(s.startswith("Warm spaces welcome") for s in said)


def test_a_clause_whose_verb_says_nothing_of_number_is_not_said_of_the_nearer_noun() -> None:
    said = _sentences(
        "Temporary parking permits for the Mill Lane car park, which will be free of charge, can be collected from "
        "the site office."
    )
    assert not any("car park will be free" in s for s in said)


def test_a_noun_after_and_is_the_second_clauses_own_subject() -> None:
    said = _sentences(
        "No library would close permanently, and the opening hours of the 5 largest libraries, including Elmvale "
        "Central, would not change."
    )
    assert not any(s.startswith("No library the") for s in said)


def test_what_you_are_helped_to_do_is_listed_after_help_you_to() -> None:
    said = _sentences(
        "Our support workers can help you to make a safety plan, find somewhere safe to stay, and understand your "
        "legal options."
    )
    assert said == [
        "Our support workers can help you to: make a safety plan / find somewhere safe to stay / understand your "
        "legal options"
    ]


def test_a_clause_the_parse_ended_at_a_comma_keeps_that_comma() -> None:
    said = _sentences(
        "The areas that are proposed for inclusion in the scheme, namely Northgate, Riverside, Canal Quarter and St "
        "Anne's, were identified following a detailed review of evidence which showed that the proportion of homes "
        "that are privately rented in these areas is significantly above the national average, and that a "
        "substantial number of these homes have serious hazards such as damp, mould, excess cold and inadequate "
        "fire safety."
    )
    assert not any("mould excess" in s for s in said)


def test_during_which_time_says_time_once() -> None:
    said = _sentences(
        "The scheme would last for 5 years, during which time landlords would be required to comply with a set of "
        "licence conditions."
    )
    assert not any("time, time" in s for s in said)


def test_a_clause_on_an_item_of_a_list_that_goes_on_is_not_cut_out() -> None:
    said = _sentences(
        "Before you leave, make sure that you have your medicines, a copy of your discharge letter, which will also "
        "be sent to your GP, and any equipment that you need."
    )
    assert not any(s.startswith("This will also be sent") for s in said)


def test_considers_that_and_respond_to_treatment_keep_their_meaning() -> None:
    said = _sentences(
        "The date may change depending on how you respond to treatment and what your doctor considers that you need."
    )
    assert not any("deal with treatment" in s or "looks at that" in s for s in said)


def test_a_second_clause_after_after_is_part_of_when() -> None:
    said = _sentences(
        "The funding starts from the term after your child reaches the eligible age and you receive your code."
    )
    assert "And you get your code." not in said


def test_only_keeps_the_time_it_is_said_of() -> None:
    said = _sentences("Headteachers can only grant leave of absence during term time in exceptional circumstances.")
    assert "Headteachers can only grant leave of absence." not in said


def test_a_participle_after_and_that_describes_a_noun_is_not_given_the_first_subject() -> None:
    said = _sentences(
        "The risk to human health from the strain of bird flu that is now circulating is very low, according to the "
        "UK Health Security Agency, and properly cooked poultry and eggs are safe to eat."
    )
    assert not any(s.startswith("The risk properly") for s in said)


def test_a_way_given_as_an_example_is_not_cut_from_its_for_example() -> None:
    said = _sentences(
        "All bird keepers must keep their birds away from wild birds, for example by putting netting over outdoor "
        "areas."
    )
    assert not any(s.endswith("for example.") for s in said)


def test_a_describing_word_said_of_every_item_keeps_the_list_whole() -> None:
    said = _sentences(
        "If you find dead swans, geese or ducks, or other dead wild birds, such as gulls or birds of prey, report "
        "them to the Defra helpline."
    )
    assert not any(" / geese or ducks / " in s for s in said)


def test_a_condition_whose_second_verb_has_its_own_helper_is_not_asked() -> None:
    said = _sentences(
        "If your child has a wheeze or has needed to use their inhaler more than usual in the 3 days before the "
        "vaccination, it may be delayed."
    )
    assert not any(s.startswith("Does your child have a wheeze or has") for s in said)


def test_a_noun_joined_to_the_main_verb_does_not_stop_the_next_clause() -> None:
    said = _sentences(
        "No library would close permanently, and the opening hours of the 5 largest libraries would not change."
    )
    assert said == [
        "No library would close permanently.",
        "The opening hours of the 5 largest libraries would not change.",
    ]


def test_whether_you_are_eligible_keeps_the_are_a_following_if_you_are_needs() -> None:
    said, _ = replace_words("We will tell you in writing whether you are eligible for support.")
    assert said == "We will tell you in writing whether you are eligible for support."


def test_a_noun_with_a_number_that_the_parse_took_for_a_verb_is_not_a_clause() -> None:
    said = _sentences("Most of the route will be covered by route 7 and route 21.")
    assert said == ["Most of the route will be covered by route 7 and route 21."]


def test_a_thing_set_against_another_is_no_other_name_for_it() -> None:
    said = _sentences(
        "This means that the hot weather is likely to affect everyone's health, not just people who are most at risk."
    )
    assert not any(s.startswith("Health is not just") for s in said)


def test_a_list_subject_is_not_cut_before_its_last_item() -> None:
    said = _sentences(
        "Anyone can become unwell in hot weather, but older people, babies and young children, people with heart "
        "problems, and people who live alone are at greater risk."
    )
    assert not any(s.startswith("And people who live alone") for s in said)


def test_especially_opens_no_item_of_a_list() -> None:
    said = _sentences("Never leave anyone, especially babies, young children or animals, in a parked car.")
    assert said == ["Never leave anyone, especially babies, young children or animals, in a parked car."]


def test_someone_who_died_is_said_in_the_past() -> None:
    said = _sentences(
        "The law is named after Awaab Ishak, a 2-year-old boy who died in December 2020 because of a condition "
        "caused by mould in his family's flat."
    )
    assert not any(s.startswith("Awaab Ishak is ") for s in said)


def test_the_names_of_legal_regimes_are_kept() -> None:
    said, _ = replace_words("They are covered by permitted development rights but need building regulations approval.")
    assert said == "They are covered by permitted development rights but need building regulations approval."


def test_a_concession_inside_a_condition_that_goes_on_is_not_cut_out() -> None:
    said = _sentences(
        "You can register to vote if you are aged 16 or over, although you cannot vote in most elections until you "
        "are 18, and you are a British citizen or an Irish citizen living in the UK."
    )
    assert not any(s.startswith("But you cannot vote") for s in said)
    said = _sentences("You can apply for the grant if you live in the borough, although it may take 6 weeks to decide.")
    assert said[-1] == "But it may take 6 weeks to decide."


def test_a_short_form_that_ends_a_name_is_not_spelled_out() -> None:
    from publisher.plain.acronyms import Expander

    said, _ = Expander({}).expand("Get free advice from Age UK Elmvale or Citizens Advice.")
    assert said == "Get free advice from Age UK Elmvale or Citizens Advice."
    said, _ = Expander({}).expand("People living in the UK can apply.")
    assert said == "People living in the United Kingdom (UK) can apply."


def test_a_reason_for_a_clause_with_no_that_is_not_said_of_the_sentence() -> None:
    said = _sentences(
        "We will also take into account some of the costs you have because of your disability, such as extra "
        "heating, laundry or special clothing."
    )
    assert not any(s.startswith("This is because of your disability") for s in said)


def test_where_a_named_doer_acted_is_not_made_part_of_its_name() -> None:
    said = _sentences("The boats, which were overloaded, were intercepted by Border Force near Dover.")
    assert not any(s.startswith("Border Force near Dover") for s in said)


def test_once_the_reader_is_something_is_not_said_as_a_fact() -> None:
    said = _sentences("Once you are a member, you can borrow up to 20 books, audiobooks and DVDs at a time.")
    assert "You are a member." not in said


def test_orders_after_a_condition_are_not_listed_as_more_conditions() -> None:
    said = _sentences(
        "If you have symptoms, stay at home and avoid close contact with other people, and contact a sexual health "
        "clinic or call 111 for advice."
    )
    assert not any(" if you: " in s for s in said)


def test_when_a_thing_should_happen_is_not_said_of_its_purpose() -> None:
    said = _sentences(
        "You may be offered the vaccine to reduce the chance of you becoming ill, ideally within 4 days of the contact."
    )
    assert not any(s.startswith("This is to reduce the chance of you becoming ill, ideally") for s in said)


def test_a_doings_name_is_not_said_of_the_thing_it_uses() -> None:
    said = _sentences(
        "During the winter, the council treats around 400 miles of roads with salt, known as gritting, to help "
        "prevent ice from forming."
    )
    assert "Salt is known as gritting." not in said
    assert "This is known as gritting." in said


def test_what_you_will_need_to_do_keeps_need_to() -> None:
    said = _sentences("You will need to fill in a form, known as the AR1, and send it to us with your documents.")
    assert "You will need to send it to us with your documents." in said


def test_a_clause_after_a_time_is_not_said_of_the_time() -> None:
    said = _sentences(
        "As well as a free meal every school day, which is worth about £480 a year, each child who is registered "
        "brings extra funding of £1,480 a year to their school."
    )
    assert not any(s.startswith("School day is worth") for s in said)


def test_an_aside_of_most_of_them_opens_no_sentence() -> None:
    said = _sentences(
        "Elmvale Police is warning residents to be on their guard after 14 people in the borough, most of them aged "
        "over 75, lost a total of more than £120,000 to courier fraudsters in the last 2 months."
    )
    assert not any(s.startswith("Most of them aged over 75, lost") for s in said)


def test_whatever_after_a_which_clause_is_said_of_the_sentence() -> None:
    said = _sentences(
        "Our apprentices are paid at least £12.21 an hour, which is the National Living Wage for people aged 21 and "
        "over, whatever their age."
    )
    assert not any(s.endswith("aged 21 and over, whatever their age.") and s.startswith("This is") for s in said)


def test_more_of_a_conditions_subject_after_for_example_stays_in_the_condition() -> None:
    said = _sentences(
        "Other people may be eligible if, for example, they cannot walk at all, find walking very difficult, or "
        "have a condition that means they find journeys very stressful."
    )
    assert not any(s.startswith("Find walking") for s in said)


def test_a_list_brought_in_by_its_own_colon_is_not_listed_again() -> None:
    said = _sentences(
        "Gather your documents: proof of identity, proof of address, a recent digital photo, and any evidence of "
        "your benefits or condition."
    )
    assert not any(s.startswith(("Gather:", "Gather your documents: proof of:")) for s in said)


def test_what_scammers_say_is_not_said_as_a_fact() -> None:
    said = _sentences(
        "Scammers often tell people that they are owed a tax refund, or that they owe tax and will be arrested if "
        "they do not pay straight away."
    )
    assert not any(s.startswith("They will be arrested") for s in said)


def test_what_a_placing_depends_on_is_not_said_of_its_doer() -> None:
    said = _sentences(
        "If you are accepted, we will place you in one of 4 bands, depending on how urgently you need to move."
    )
    assert "We will depend on how urgently you need to move." not in said
    # (said after 'If you are,' the phrase stays with the placing: see test_unseen_guards_fortyfifth)
    assert "This depends on how urgently you need to move." in said or any(
        s.endswith("bands, depending on how urgently you need to move.") for s in said
    )


def test_whom_a_band_is_for_after_is_is_not_cut_from_its_is() -> None:
    said = _sentences(
        "Band A is for people with the most urgent need, such as those whose home is unsafe to live in, and band D "
        "is for people who have a housing need that is not urgent."
    )
    assert not any(s.endswith("band D is.") for s in said)


def test_when_to_tell_us_is_not_said_of_the_last_example() -> None:
    said = _sentences(
        "You must tell us about any change in your circumstances, such as a new baby, a change of address or a "
        "change in your income, within 4 weeks."
    )
    assert not any(s.endswith("change in your income, within 4 weeks.") and s.startswith("This includes") for s in said)
    assert not any(
        "income, within 4 weeks /" in s or s.endswith("/ a change in your income, within 4 weeks") for s in said
    )


def test_a_list_an_aside_goes_on_with_is_not_left_in_the_sentence() -> None:
    said = _sentences(
        "An assessment provider may contact you to arrange an assessment, which could be face to face, by phone or "
        "by video call."
    )
    assert not any(s.endswith("an assessment, by phone or by video call.") for s in said)


def test_a_doing_said_again_after_when_is_not_made_two_doings() -> None:
    said = _sentences("When you buy a grave, you buy the exclusive right of burial for 75 years.")
    assert "You buy a grave." not in said


def test_a_second_condition_of_the_reader_after_and_is_not_said_as_a_fact() -> None:
    said = _sentences(
        "You can apply if you or someone living in your property is disabled, and you own the property or are a tenant."
    )
    assert "You own the property or are a tenant." not in said


def test_coming_to_live_somewhere_is_not_a_purpose() -> None:
    said = _sentences(
        "You can make a claim as soon as you have registered the birth of your child, or when a child comes to live "
        "with you."
    )
    assert "This is to live with you." not in said

"""The parse behind the easy-read rewrite: splits that leave whole sentences, the passive made active,
questions for conditions, lists as bullets, plain titles, and what is left as written."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from publisher.model import Block, Document, Section
from publisher.plain import plain_title, rewrite_document, rewrite_sentence
from publisher.plain.acronyms import Expander
from publisher.plain.active import to_active
from publisher.plain.asides import at_asides
from publisher.plain.cases import at_other_condition
from publisher.plain.closings import at_participle, at_trailing_phrase
from publisher.plain.conditions import conditions_as_bullets
from publisher.plain.groups import at_group_who
from publisher.plain.including import including_as_bullets
from publisher.plain.inflect import past_from_ing, past_from_participle, present
from publisher.plain.lists import as_bullets
from publisher.plain.main_clauses import at_main_clauses
from publisher.plain.openers import at_reported
from publisher.plain.openings import plain_opening
from publisher.plain.parse import stands_alone
from publisher.plain.purposes import at_purpose
from publisher.plain.questions import at_condition
from publisher.plain.reasons import at_reasons
from publisher.plain.said_first import at_opening_time
from publisher.plain.series import Bullets, shared_to

NOW = datetime(2026, 11, 30, tzinfo=UTC)


def _pieces(sentence: str) -> list[str]:
    pieces, _ = rewrite_sentence(sentence, Expander({}))
    return [p if isinstance(p, str) else p.intro for p in pieces]


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("The library opens at nine on Mondays.", True),
        ("Send the form to the housing team.", True),  # an imperative
        ("Please do not put bags next to the bin.", True),  # one that forbids
        ("So do not bring your bin back in until the evening.", True),
        ("Does your child need a school place?", True),
        ("If you disagree with the decision.", False),
        ("Which means that the charge goes up.", False),
        ("With more checks taking place.", False),
        ("To check the form within ten days.", False),
        ("Following a review which took place in May.", False),  # a finite verb, but not in the main clause
        ("So that the bins are emptied on time.", False),
        ("Our team can help you check the benefits you get and.", False),  # cut off after a linking word
        ("Where a household gets more than one benefit.", False),
        ("When the works on the bridge finish.", False),
        ("When can I apply for a new badge?", True),
        ("When you apply, you need a photo.", True),
        ("The costs are met by the people who use the service rather than by the.", False),
        # the parse hangs 'Riverside Homes' on 'is', not on 'committed': a subject all the same
        (
            "Riverside Homes is committed to making sure that all of the homes that we manage are safe "
            "and warm for our tenants.",
            True,
        ),
        ("Is committed to making sure that all of the homes that we manage are safe.", False),
        ("A large share of which involved young people under the age of 25.", False),  # cut from its sentence
        ("The boxes, most of which were empty, were taken away by the crew.", True),
    ],
)
def test_stands_alone_knows_a_sentence_from_a_fragment(text: str, alone: bool) -> None:
    assert stands_alone(text) is alone


def test_main_clauses_split_and_say_the_shared_subject_again() -> None:
    assert at_main_clauses(
        "Most garden bins are emptied every other week, and the crews will take extra bags in June"
    ) == [
        "Most garden bins are emptied every other week",
        "The crews will take extra bags in June",
    ]
    assert at_main_clauses("You should fill in the form online and send it to the housing team by the end of May") == [
        "You should fill in the form online",
        "You should send it to the housing team by the end of May",
    ]
    # 'provide' is present tense: the helpers of the first verb ('have been') are not said again
    assert at_main_clauses("The new bins have been delivered to every street and now give each house more room") == [
        "The new bins have been delivered to every street",
        "The new bins now give each house more room",
    ]
    assert at_main_clauses("You can phone the office or write to the manager about the charge") is None  # alternatives


def test_asides_become_sentences_about_what_they_describe() -> None:
    # 'which' as the object: 'This you signed' would not be a plain sentence, so no split
    assert at_asides("Your tenancy agreement, which you signed when you moved in, lists the repairs we do") is None
    said = _pieces("You will get a letter, known as a reminder notice, which tells you how much to pay.")
    # the second (13 words) is longer than the target of 12, so its relative clause is a sentence too
    assert said == ["You will get a letter.", "It is known as a reminder notice.", "This tells you how much to pay."]
    with_noun = at_asides("The charity runs a helpline in the city, with advisers now based in every library")
    assert with_noun == ["The charity runs a helpline in the city", "Advisers are now based in every library"]


def test_apposition_is_said_about_the_nearest_name_and_never_a_list_item() -> None:
    said = at_asides("The leaflet explains Pension Credit (PC), the benefit that tops up a low income for older people")
    assert said == [
        "The leaflet explains Pension Credit (PC)",
        "Pension Credit (PC) is the benefit that tops up a low income for older people",
    ]
    listed = at_asides("See your doctor if you have a cough, a high temperature or a rash on your arms and legs")
    assert listed is None or not any(p.startswith("A cough is") for p in listed)


def test_reasons_purposes_and_trailing_phrases_start_their_own_sentences() -> None:
    assert at_reasons("Please return the form within a month, as your payments may stop otherwise") == [
        "Please return the form within a month",
        "This is because your payments may stop otherwise",
    ]
    assert at_reasons("The road will close at night because the crews need room to lift the beams") == [
        "The road will close at night",
        "This is because the crews need room to lift the beams",
    ]
    assert at_purpose("The council is putting new lights along the river path to make it safer at night") == [
        "The council is putting new lights along the river path",
        "This is to make it safer at night",
    ]
    assert at_trailing_phrase(
        "Bus fares will rise in April, following a review of the costs of running the routes"
    ) == [
        "Bus fares will rise in April",
        "This follows a review of the costs of running the routes",
    ]
    assert at_participle("Landlords must fix the damp within 14 days, meaning that most repairs start quickly") == [
        "Landlords must fix the damp within 14 days",
        "This means that most repairs start quickly",
    ]


def test_a_condition_or_concession_at_the_end_is_said_about_the_sentence_before_it() -> None:
    assert at_trailing_phrase(
        "You pay one charge for each course of treatment, even if you visit the dentist twice"
    ) == [
        "You pay one charge for each course of treatment",
        "This applies even if you visit the dentist twice",
    ]
    assert at_trailing_phrase(
        "People with savings over £16,000 cannot get the discount, unless they get Pension Credit"
    ) == [
        "People with savings over £16,000 cannot get the discount",
        "This does not apply if they get Pension Credit",
    ]
    assert at_trailing_phrase(
        "Badge holders may park on yellow lines for 3 hours, provided that they cause no obstruction and that "
        "there is no ban on loading"
    ) == [
        "Badge holders may park on yellow lines for 3 hours",
        "This applies only if they cause no obstruction and there is no ban on loading",
    ]
    assert at_trailing_phrase(
        "Your housing benefit will stop at the end of the month unless you send the form back"
    ) == [
        "Your housing benefit will stop at the end of the month",
        "This does not apply if you send the form back",
    ]
    assert at_trailing_phrase("We will repair the roof over the winter, even though the work may take weeks") == [
        "We will repair the roof over the winter",
        "But the work may take weeks",
    ]


def test_what_was_confirmed_or_found_comes_first_and_only_what_was_stated_outright() -> None:
    assert at_reported("The council has confirmed that the green bin service will restart on 4 March") == [
        "The green bin service will restart on 4 March",
        "The council has confirmed this",
    ]
    assert at_reported("A survey of 300 tenants found that most homes in the block had damp in winter") == [
        "Most homes in the block had damp in winter",
        "A survey of 300 tenants found this",
    ]
    # Not what may be decided, was not found, or is only said: the first sentence would state it as fact.
    assert at_reported("The council may decide that you made yourself homeless on purpose last year") is None
    assert at_reported("The review has not found that the new bus lanes made journeys any slower") is None
    assert at_reported("Fraudsters will tell the victim that money has been stolen from their account") is None


def test_a_restrictive_clause_about_a_pronoun_or_one_thing_is_never_cut_from_it() -> None:
    # 'help to anyone.' 'This person is homeless.' says something else: the clause defines 'anyone'.
    for sentence in (
        "The council has a legal duty to give advice and help to anyone who is homeless within the next 56 days.",
        "The costs of running the border are met to a greater extent by those who benefit from it.",
        "Parents must apply to the council for a place, even if they want their child to go to a school that is in "
        "another area.",
        "The neighbourhood team will refer young people who are at risk of exploitation to support services.",
        "Residents at the meeting can raise concerns and hear about the progress that has been made.",
    ):
        pieces = _pieces(sentence)
        assert all(not p.endswith(("anyone.", "those.", "a school.", "young people.", "progress.")) for p in pieces), (
            pieces
        )
    # A clause that adds to what it is about may still be its own sentence.
    assert _pieces("Measles is a highly infectious viral illness that spreads very easily among people who are not "
                   "protected.") == ["Measles is a highly infectious viral illness.",
                                     "Measles spreads very easily among people who are not protected."]  # fmt: skip


def test_a_short_condition_is_still_asked_and_a_warning_after_so_is_its_own_sentence() -> None:
    assert at_condition("If you are pregnant, you may also be able to get the vaccine at your maternity service") == [
        "Are you pregnant?",
        "You may also be able to get the vaccine at your maternity service",
    ]
    assert at_condition("If this happens, it usually happens within minutes of the injection") is None
    assert at_condition("If you often have too much rubbish, you may be able to get a larger bin") == [
        "Do you often have too much rubbish?",
        "You may be able to get a larger bin",
    ]
    assert _pieces(
        "Crews may come at different times of the day, so please do not bring your bin in until the evening."
    ) == [
        "Crews may come at different times of the day.",
        "So please do not bring your bin in until the evening.",
    ]


def test_a_condition_that_lists_things_comes_after_what_it_is_the_condition_of_as_bullets() -> None:
    assert conditions_as_bullets(
        "If you have had a notice from your landlord, are behind with your rent, or have to leave your home for "
        "another reason, you should contact the housing team"
    ) == [Bullets("You should contact the housing team if you:", ("have had a notice from your landlord",
                  "are behind with your rent, or", "have to leave your home for another reason"))]  # fmt: skip
    assert conditions_as_bullets(
        "If the crew saw that your bin was not out, that it was too heavy to lift, or that it had the wrong things "
        "in it, we will not come back"
    ) == [Bullets("We will not come back if the crew saw that:", ("your bin was not out",
                  "it was too heavy to lift, or", "it had the wrong things in it"))]  # fmt: skip
    assert conditions_as_bullets("You can ask for a review if your income has dropped, your rent has gone up or "
                                 "someone has moved out") == [
        Bullets("You can ask for a review if:", ("your income has dropped", "your rent has gone up, or",
                                                 "someone has moved out"))
    ]  # fmt: skip
    # An aside straight after 'if' stays with it, and an item may open with 'or' as the last one does.
    assert conditions_as_bullets(
        "You can get free eye tests if, on the day of the test, you are under 16, or are 16 to 18 and in full-time "
        "study, are over 60, or are getting certain benefits"
    ) == [Bullets("You can get free eye tests if, on the day of the test, you:", ("are under 16",
                  "are 16 to 18 and in full-time study", "are over 60, or",
                  "are getting certain benefits"))]  # fmt: skip
    assert conditions_as_bullets("If, after the review, you still disagree, you can appeal") is None
    # Things noticed, a doing among them and the last with an 'or' of its own, are one list
    assert conditions_as_bullets("If you notice bleeding, a change in your habits, weight loss or a pain or lump, "
                                 "see your doctor") == [Bullets("See your doctor if you notice:", (
        "bleeding", "a change in your habits", "weight loss, or", "a pain or lump"))]  # fmt: skip
    # Not one list of one kind: left to the other rules.
    assert conditions_as_bullets("If you notice bleeding, are very tired, weight loss or a pain or lump, "
                                 "see your doctor") is None  # fmt: skip
    assert conditions_as_bullets("If you disagree with the decision, you can ask us to look at it again") is None
    assert conditions_as_bullets("If you live alone, we cut your bill, and if you study, you pay nothing") is None


def test_a_condition_that_makes_no_question_is_said_first_then_what_follows() -> None:
    assert at_other_condition("If your child is not offered a place at the school, you have the right to appeal") == [
        "Sometimes your child is not offered a place at the school",
        "Then you have the right to appeal",
    ]
    assert at_other_condition("Where a household gets two qualifying benefits, only one payment will be made") == [
        "Sometimes a household gets two qualifying benefits",
        "Then only one payment will be made",
    ]
    # A condition with parts of its own, or a main clause that points back at it, stays as it is.
    assert at_other_condition("If we cannot finish a repair, for example because we need a part, we will call") is None
    assert at_other_condition("If the bin is too heavy to lift, this is what the crew will do next") is None


def test_conditions_become_questions_and_times_come_first() -> None:
    assert at_condition("If you live alone in the house, you can ask for a discount on your bill") == [
        "Do you live alone in the house?",
        "You can ask for a discount on your bill",
    ]
    assert at_condition("You must tell us within 21 days if your partner moves out of the house") == [
        "Does your partner move out of the house?",
        "You must tell us within 21 days",
    ]
    assert at_condition("If you have not paid by Friday, we will send a reminder") is None  # a negative stays
    assert at_opening_time("Once the works are finished, the bridge will open to buses again") == [
        "The works are finished",
        "Then the bridge will open to buses again",
    ]


def test_the_passive_is_made_active_only_where_the_doer_is_named() -> None:
    assert to_active("The bins were emptied by the night crew.") == "The night crew emptied the bins."
    assert to_active("You will be called by a nurse within a week.") == "A nurse will call you within a week."
    assert to_active("In May, 40 homes were visited by our officers.") == "In May, our officers visited 40 homes."
    assert to_active("The letter has been sent by the tax office.") == "The tax office has sent the letter."
    assert to_active("Landlords are required by law to fix damp.") is None  # a means, not a doer
    assert to_active("The form was not signed by the tenant.") is None  # negatives stay as written
    assert to_active("The bins are emptied every week.") is None  # nobody named


def test_inline_lists_become_bullets_only_where_the_parse_shows_one_list() -> None:
    listed = as_bullets("You will need your passport, a recent bill and a letter from your employer")
    assert listed == [
        Bullets(intro="You will need:", items=("your passport", "a recent bill", "a letter from your employer"))
    ]
    assert as_bullets("We visited the school, and the children showed us their garden") is None


def test_plain_openings_and_titles() -> None:
    assert plain_opening("Following the review, the charge will rise.") == "After the review, the charge will rise."
    assert plain_opening("The following benefits count.") == "The following benefits count."
    assert plain_opening("However, the charge will rise.") == "But the charge will rise."
    assert plain_opening("Furthermore, you must pay.") == "Also, you must pay."
    assert plain_opening("Therefore, the road is closed.") == "So the road is closed."
    assert plain_opening("Please note that the office is closed.") == "The office is closed."
    assert plain_opening("But it should be noted that most tests are clear and that few need more.") == (
        "But most tests are clear, and few need more."
    )
    assert plain_opening("Applicants should be aware that they do not pay.") == "Applicants do not pay."
    # A letter's 'I am writing to let you know that X' says only X
    assert plain_opening("I am writing to let you know that the library will close early.") == (
        "The library will close early."
    )
    assert plain_opening("We are writing to tell you that your rent will go up and that the charge will fall.") == (
        "Your rent will go up, and the charge will fall."
    )
    assert plain_opening("We are writing to let you know what happens next.") == (
        "We are writing to let you know what happens next."
    )
    assert plain_opening("Claimants should be aware that payments may be late.") == "Payments may be late."
    # A name before 'should be aware' is a fact, and stays.
    assert plain_opening("Riverside Homes tenants should be aware that repairs may be late.") == (
        "Riverside Homes tenants should be aware that repairs may be late."
    )
    assert plain_title("Illegally-facilitated crossings", Expander({})) == "Illegal crossings"


def test_no_split_leaves_a_fragment_and_a_long_sentence_left_whole_is_reported() -> None:
    sentence = (
        "Residents who wish to object to the proposed extension of the controlled parking zone in the streets "
        "around the station should write to the parking services manager at the civic centre by 30 June 2026."
    )
    pieces, changes = rewrite_sentence(sentence, Expander({}))
    assert all(stands_alone(p) for p in pieces if isinstance(p, str))
    long_left = [c for c in changes if c.kind == "kept"]
    assert all(len(p.split()) <= 20 for p in pieces if isinstance(p, str)) or long_left
    assert all("no safe way to split" in c.after for c in long_left)


def test_titles_are_rewritten_with_the_original_kept_and_the_slug_unchanged() -> None:
    section = Section(
        slug="illegally-facilitated-crossings",
        title="Illegally-facilitated crossings",
        blocks=(Block("paragraph", ("The crossings are dangerous.",)),),
    )
    document = Document(slug="boats", title="Boats", sections=(section,), source="boats.txt", published=NOW)
    plain = rewrite_document(document)
    assert plain.sections[0].title == "Illegal crossings"
    assert plain.sections[0].original_title == "Illegally-facilitated crossings"
    assert plain.sections[0].slug == "illegally-facilitated-crossings"
    kept = rewrite_document(document, "none")
    assert kept.sections[0].title == "Illegally-facilitated crossings" and kept.sections[0].original_title == ""


def test_a_that_clause_or_a_comparison_between_commas_is_not_cut_from_its_sentence() -> None:
    from publisher.plain.commas import at_comma as _at_comma
    from publisher.plain.linking import at_consequence as _at_consequence

    # The comma nearest the middle comes before 'that': 'That a member of staff has taken it.' reads as
    # a sentence about 'that member', and is not one.
    claims = "The caller will say that your account has a problem, that a member of staff has taken your money"
    assert _at_comma(claims) is None
    # 'This compares with the year before, there were still 380.' runs two clauses into one.
    compared = "Burglaries fell by 12% in the year, compared with the year before, there were still 380 of them"
    assert _at_consequence(compared) is None
    ending = "Burglaries fell by 12% in the year to April, compared with the year before"
    expected = ["Burglaries fell by 12% in the year to April", "This compares with the year before"]
    assert _at_consequence(ending) == expected


def test_every_piece_of_a_split_is_a_sentence() -> None:
    sentence = (
        "The service, which is run by volunteers from the parish, delivers hot meals to older people in the "
        "villages, and it also collects prescriptions from the chemist on Fridays, as many people have no car."
    )
    pieces = _pieces(sentence)
    assert len(pieces) >= 3
    assert all(stands_alone(p) for p in pieces)


@pytest.mark.parametrize(
    ("lemma", "plural", "form"),
    [("check", False, "checks"), ("check", True, "check"), ("fix", False, "fixes"), ("carry", False, "carries"),
     ("pay", False, "pays"), ("have", False, "has"), ("be", True, "are")],
)  # fmt: skip
def test_present_forms(lemma: str, plural: bool, form: str) -> None:
    assert present(lemma, plural) == form


def test_past_forms_come_from_the_sentence_or_the_table_never_from_a_guess() -> None:
    assert past_from_participle("intercept", "intercepted") == "intercepted"
    assert past_from_participle("drive", "driven") == "drove"
    assert past_from_participle("weave", "woven") is None  # not in the table: the sentence stays passive
    assert past_from_ing("pretend", "pretending") == "pretended"
    assert past_from_ing("stop", "stopping") == "stopped"
    assert past_from_ing("move", "moving") == "moved"
    assert past_from_ing("carry", "carrying") == "carried"
    assert past_from_ing("make", "making") == "made"


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("If the crew recorded that your bin was not out, that it was too heavy.", False),
        ("Knife crime harms victims, and although the number of offences fell by 9% in the year.", False),
        ("Landlords must look at hazards within 10 days and, where a hazard is serious.", False),
        ("We check whether your needs have changed and whether you still need help.", True),
        ("And to suggest new ways of working with the police.", False),
        ("If you have a notice from your landlord, are finding it hard to pay the rent.", False),  # no subject
        ("Or are having to leave your home for another reason.", False),
    ],
)
def test_a_clause_begun_and_not_finished_does_not_stand_alone(text: str, alone: bool) -> None:
    assert stands_alone(text) is alone


def test_a_group_named_by_what_its_members_do_becomes_two_sentences() -> None:
    assert at_group_who("Tenants who keep a pet must tell the housing office before the end of the month") == [
        "Some tenants keep a pet",
        "They must tell the housing office before the end of the month",
    ]
    assert at_group_who("The tenants who keep a pet must tell the housing office before the end of the month") is None
    # Two clauses about the group: 'Some tenants keep a pet, and who rent a flat.' would be no sentence
    two = "Tenants who keep a pet, and who rent a flat from us, must tell the housing office before the end of May"
    assert at_group_who(two) is None


def test_a_list_after_the_verb_the_parser_missed_still_becomes_bullets() -> None:
    sentence = (
        "You will need to give the address of your property, the reasons you think your band is wrong, "
        "and the addresses of up to 5 similar homes in a lower band"
    )
    assert as_bullets(sentence) == [
        Bullets(
            intro="You will need to give:",
            items=(
                "the address of your property",
                "the reasons you think your band is wrong",
                "the addresses of up to 5 similar homes in a lower band",
            ),
        )
    ]
    assert as_bullets("We visited the school, the park, and then we went home to rest for the evening") is None


def test_only_a_simple_condition_becomes_a_question() -> None:
    two = "If you live alone, or if everyone else in the house is a student, you can ask for a discount on your bill"
    assert at_condition(two) is None
    listed = "You can ask for a review at any time if you report a change, such as a new job or a move to a new home"
    assert at_condition(listed) is None


def test_an_infinitive_after_an_adjective_or_owed_to_the_main_verb_stays_in_its_sentence() -> None:
    enables = (
        "The permit enables carers who visit people with other needs which mean that they find it hard to "
        "go out or to shop, to park close to the homes they visit"
    )
    for rule in (at_purpose, at_asides):
        pieces = rule(enables) or []
        # 'This is to go out or to shop, to park close...' and 'The permit enables carers who visit people.'
        assert not any(p.startswith("This is to") or p.endswith("people with other needs") for p in pieces)
    # 'Their conditions mean that they find it difficult.' 'This is to use the bus or to walk far, to get...'
    hard = "Their conditions mean that they find it difficult to use the bus or to walk far, to get to the shops"
    assert at_purpose(hard) is None


def test_the_to_that_list_items_share_goes_with_the_introduction() -> None:
    sentence = (
        "The council will write to you to explain whether your parking permit is to continue at the same charge, "
        "be increased, be reduced or be stopped."
    )
    pieces, _ = rewrite_sentence(sentence, Expander({}))
    assert pieces == [
        Bullets(
            intro="The council will write to you to explain whether your parking permit is to:",
            # not 'to continue'; and one of them, said with its 'or'
            items=("continue at the same charge", "be increased", "be reduced, or", "be stopped"),
        )
    ]
    listed = (["to apply", "to pay", "to appeal"], ["to continue", "be stopped", "be reduced"])
    assert [shared_to("You can ask", items) for items in listed] == [
        ("You can ask", ["to apply", "to pay", "to appeal"]),  # each has its own 'to'
        ("You can ask to", ["continue", "be stopped", "be reduced"]),
    ]


def test_a_sentence_that_ends_in_including_a_list_says_the_list_as_bullets() -> None:
    assert including_as_bullets(
        "This leaflet explains the grant that the council will pay during the 2027 to 2028 year, including who "
        "can get it, how much it is and when it will be paid"
    ) == ["This leaflet explains the grant that the council will pay during the 2027 to 2028 year.",
          Bullets("This includes:", ("who can get it", "how much it is", "when it will be paid"))]  # fmt: skip
    swept = including_as_bullets(
        "We sweep every street in the borough each week, including parks, car parks, and paths"
    )
    assert swept == ["We sweep every street in the borough each week.",
                     Bullets("This includes:", ("parks", "car parks", "paths"))]  # fmt: skip
    # Two things, a comma within the last item, a long item, or things of two kinds: not a list of short things.
    assert including_as_bullets("We use all our powers in the borough, including notices and orders, where it is "
                                "right and fair to do so") is None  # fmt: skip
    assert including_as_bullets("We sweep every street in the borough each week, including parks and paths") is None
    assert (
        including_as_bullets("It can lead to serious illness, including fever, pain and, in rare cases, death") is None
    )
    assert including_as_bullets("We sweep every street in the borough, including parks, car parks or paths that "
                                "the council owns and looks after itself") is None  # fmt: skip

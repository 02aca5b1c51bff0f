"""Wrong outputs that more factsheets the rules had never seen showed (energy grants, fly-tipping, school
uniform grants, council tax support, a measles outbreak, a letter about bonfires, library charges, gritting,
fostering allowances, pothole claims, dementia support, free trees, a road closure, a stop smoking service),
each kept from coming back."""

from __future__ import annotations

from publisher.plain.acronyms import Expander
from tests.conftest import rewritten_sentences as _sentences


def test_conditions_listed_after_a_long_main_clause_are_not_said_as_facts() -> None:
    said = _sentences(
        "You could get a grant to pay for a new boiler, a heat pump or solar panels if you own your home or rent it "
        "privately, your household income is less than £31,000 a year, and your home has a rating of E, F or G."
    )
    assert not any(s.startswith(("Your household income is", "Your home has a rating")) for s in said)


def test_a_list_with_a_one_word_item_is_not_cut_at_a_comma() -> None:
    said = _sentences(
        "The scheme gives extra help to people who are older, disabled, have a long-term health condition or have "
        "young children, such as notice of planned power cuts."
    )
    assert not any(s.startswith("Disabled") for s in said)


def test_two_groups_with_a_clause_on_the_second_are_not_some_of_both() -> None:
    sentence = "Pupils in care and pupils who are helped by the leaving care team will be sent a voucher automatically."
    assert _sentences(sentence) == [sentence]


def test_who_a_thing_is_for_is_not_pinned_on_a_noun_inside_another() -> None:
    said = _sentences(
        "Westfield Council pays a one-off grant of £120 towards the cost of a school coat for pupils who are starting "
        "year 7 in September."
    )
    assert "This is for pupils who are starting year 7 in September." in said
    assert not any(s.startswith("This school coat") for s in said)


def test_what_a_duty_is_is_no_purpose() -> None:
    said = _sentences(
        "Every business has a legal duty of care to make sure that its waste is only given to a carrier that holds "
        "a licence."
    )
    assert not any(s.startswith("This is to make sure") for s in said)


def test_an_acronym_that_opens_a_longer_name_stays_as_written() -> None:
    expander = Expander({})
    said, _ = expander.expand("The UK Health Security Agency has confirmed 9 cases in the UK this month.")
    assert said.startswith("The UK Health Security Agency has confirmed")
    assert said.endswith("in the United Kingdom (UK) this month.")


def test_a_clause_on_the_last_of_a_list_of_ways_is_not_this() -> None:
    said = _sentences(
        "You can find out whether your son is up to date by looking in his red book, by using the health app, or by "
        "asking your local surgery, which will be able to book him in for any doses that he has missed."
    )
    assert not any(s.startswith("This will be able") for s in said)
    said = _sentences(
        "You can get free legal advice from Citizens Advice, or from Shelter, which runs a national helpline on "
        "0808 800 4444."
    )
    assert not any(s.startswith("This runs") for s in said)


def test_what_must_never_be_done_is_not_listed_with_what_may() -> None:
    said = _sentences(
        "You should only burn dry garden waste, never household rubbish, plastic, tyres or anything with paint on "
        "it, and you should tell your neighbours first."
    )
    assert not any(s.endswith(":") or ": " in s for s in said)
    assert any("never household rubbish, plastic, tyres or anything with paint on it" in s for s in said)


def test_a_participle_or_an_adverb_phrase_after_a_comma_is_no_sentence() -> None:
    for sentence in (
        "There are more than 600 salt bins in the district, placed on roads that we do not treat, such as steep "
        "streets and sharp bends.",
        "When frost is forecast, our lorries will be sent out, usually late in the evening or early in the "
        "morning, and each of our 20 routes takes about 3 hours.",
    ):
        said = _sentences(sentence)
        assert not any(s.startswith(("Placed", "Usually in", "Usually late")) for s in said)


def test_an_example_inside_a_clause_is_not_cut_out_of_it() -> None:
    sentence = "Your grant is not counted when your right to most benefits, such as Pension Credit, is worked out."
    assert _sentences(sentence) == [sentence]


def test_a_list_of_what_to_or_for_takes_leads_with_them() -> None:
    said = _sentences(
        "The clinic can now give treatment for hay fever in people aged 12 and over, sore throat in people aged 5 "
        "and over, earache in children aged 1 to 17, and impetigo in people aged 1 and over."
    )
    assert said[0].startswith("The clinic can now give treatment for: hay fever in people aged 12 and over")
    said = _sentences(
        "We give priority to main roads, bus routes, roads that lead to hospitals, fire stations and schools, and "
        "roads on steep hills."
    )
    assert not any(s.startswith("We give:") for s in said)


def test_a_group_keeps_the_words_that_say_which_group() -> None:
    said = _sentences("Foster carers who look after children for the county council are paid an allowance each week.")
    assert said[0] == "Some foster carers look after children for the county council."


def test_one_of_a_list_of_ways_is_not_said_as_how_the_first_is_done() -> None:
    said = _sentences(
        "You can renew your books up to 3 times online, by phoning 01632 960 123, or at any library, unless someone "
        "else has reserved them."
    )
    assert not any(s.startswith("You can do this by phoning") for s in said)


def test_an_order_that_goes_on_after_so_that_is_not_part_of_the_reason() -> None:
    said = _sentences(
        "You should report the broken street light first, so that it can be made safe, and take a photo of it with "
        "the number on the post."
    )
    assert not any(s.startswith("This is so that") and "take a photo" in s for s in said)


def test_the_last_thing_of_a_list_is_not_a_sentence() -> None:
    said = _sentences(
        "Send us copies of 2 garage quotes or a receipt, the photos, and details of where and when the damage happened."
    )
    assert not any(s.startswith(("And details", "Details of where")) for s in said)


def test_the_next_verb_of_a_who_clause_is_not_an_order() -> None:
    said = _sentences(
        "Everyone who is told they have dementia will be offered an adviser, who will keep in touch with you, help "
        "you understand what it means and put you in contact with local groups, such as memory cafes and day centres."
    )
    assert not any(s.startswith("Help you understand") for s in said)


def test_a_verb_after_a_which_clause_is_not_the_main_subject_s() -> None:
    said = _sentences(
        "Each household can ask for up to 2 trees, which will be between 60cm and 1 metre tall when you collect them "
        "and will be chosen from native species such as rowan, hazel, crab apple and silver birch."
    )
    assert not any(s.startswith("Each household will be chosen") for s in said)


def test_a_list_before_the_verb_s_own_word_is_not_bullets() -> None:
    said = _sentences("Staff will stop the work and let an ambulance, a fire engine or a police car through at once.")
    assert not any(s.endswith(":") or ": " in s for s in said)


def test_face_to_face_and_asking_someone_to_are_no_purposes() -> None:
    said = _sentences(
        "Our free service offers weekly one-to-one support for 12 weeks, either face to face at a clinic near you or "
        "over the phone."
    )
    assert not any(s.startswith("This is to face") for s in said)
    said = _sentences(
        "You can sign up online, by calling 0800 022 4332 between 9am and 5pm, or by asking your doctor, pharmacist "
        "or midwife to refer you."
    )
    assert not any(s.startswith("This is to refer") for s in said)


def test_a_reason_is_not_said_after_an_exception_it_does_not_explain() -> None:
    said = _sentences(
        "If waste that belongs to you is found dumped, you could be fined up to £400, even if someone else dumped "
        "it, because you did not check that they were allowed to take it away."
    )
    reason = said.index("This is because you did not check that they were allowed to take it away.")
    assert not said[reason - 1].startswith(("This applies", "This does not apply"))

"""Guards from a seventy-seventh set of unseen factsheets: each case here, in this project's words, was read wrongly
(or left longer than it need be) before."""

from __future__ import annotations

from .said import restructured as _said


def test_a_name_between_commas_is_not_the_verbs_other_object() -> None:
    # 'offer your son, Daniel, a place': the place is what is offered, not another name for Daniel
    said = _said(
        "We are sorry to tell you that we could not offer your son, Daniel, a place at Ashgrove High School for"
        " September, because more children applied than there were places."
    )
    assert not any(s.startswith(("Your son is", "Daniel is")) for s in said)
    assert any("offer your son, Daniel, a place at Ashgrove High School" in s for s in said)


def test_a_list_of_what_the_first_things_phrase_takes_stays_in_its_sentence() -> None:
    # 'hostility towards their age, faith or gender': faith is what the hostility is towards, no cause of its own
    said = _said(
        "A hate incident is anything that the person affected or someone else believes was motivated by hostility"
        " towards their race, religion, disability or gender identity."
    )
    assert not any(s == "religion" or s.startswith("religion") for s in said)
    assert "hostility towards their race, religion, disability or gender identity" in " ".join(said)


def test_an_example_of_the_way_goes_with_the_way() -> None:
    said = _said(
        "You should try to sort out the dispute with the other person first, for example by meeting them or sending"
        " them a short note, and you will need to tell us what you tried."
    )
    assert not any(s.endswith("for example.") for s in said)
    assert "For example, you can do this by meeting them or sending them a short note." in said


def test_a_second_verb_of_a_condition_asked_is_in_its_plain_form() -> None:
    said = _said("You need to tell us if your partner changes job or moves house.")
    assert said[0] == "Does your partner change job or move house?"


def test_an_even_if_stays_with_a_short_order_its_reason_follows() -> None:
    said = _said(
        "If you think your child has swallowed a battery, take them to hospital straight away, even if they seem"
        " fine, because a battery can burn through the throat within hours."
    )
    assert "Take them to hospital straight away, even if they seem fine." in said
    assert not any(s.startswith("This applies even if") for s in said)


def test_a_subject_the_parse_took_for_a_describing_word_still_makes_a_sentence() -> None:
    said = _said(
        "Antifreeze tastes sweet to cats and dogs but is very harmful, so wipe up any drips straight away and keep"
        " the bottle where pets cannot reach it."
    )
    assert said[0] == "Antifreeze tastes sweet to cats and dogs but is very harmful."
    # and a tensed verb straight after 'But' is never a sentence's start: its subject was left behind
    assert not any(s.startswith("But is") for s in said)


def test_a_condition_with_its_own_order_after_and_is_a_sentence_of_its_own() -> None:
    said = _said(
        "If you are in danger or the attack is happening now, call 999, and if you cannot speak, stay on the line and"
        " press 55 when asked, so that the operator knows it is a real emergency."
    )
    assert "Then call 999." in said
    assert not any(", and if you cannot speak" in s for s in said)
    # an order after a clause of what someone else will do is theirs, not the reader's
    said = _said("We will cut the hedge back for you, and if needed, remove the old stump as well.")
    assert not any(s.startswith(("If needed, remove", "Remove")) for s in said)


def test_what_comes_of_not_doing_it_is_not_said_of_the_first_of_two_musts() -> None:
    said = _said(
        "Boxes must be flattened and no bigger than 1 metre across, and the lid must shut fully, or we will not"
        " empty the bin."
    )
    assert not any(s.startswith(("If they are not", "If they do not")) for s in said)


def test_they_after_anyone_who_keeps_the_anyone_it_means() -> None:
    said = _said(
        "Anyone who cuts down or harms a listed hedgerow without permission can be fined an unlimited amount, and"
        " they may have to replant the hedgerow at their own cost."
    )
    # asked of the reader, 'they' is the reader too; said of anyone, it stays next to the anyone it means
    they = [k for k, s in enumerate(said) if s.startswith("They may have to replant")]
    assert (they and said[they[0] - 1].startswith("Anyone who cuts down")) or said[-2:] == [
        "You can be fined an unlimited amount.",
        "You may have to replant the hedgerow at your own cost.",
    ]


def test_a_time_that_ends_an_order_after_a_comma_stays_the_orders() -> None:
    said = _said(
        "During the first three weeks of the new routes, some rounds may run late, so please leave your boxes out"
        " until 7pm on your collection day, and we will come back for them if they are missed."
    )
    assert not any(s.startswith("This may last until") for s in said)
    assert any(s.endswith("until 7pm on your collection day.") for s in said)
    # after a 'not', 'until' says when it may be done again: no 'Do this until' of the denial
    said = _said(
        "If your boxes have still not been emptied by the next morning, please report this online, and do not put"
        " your boxes out again until your next collection day."
    )
    assert not any(s.startswith("Do this until") for s in said)


def test_a_thing_just_named_is_the_one_a_closing_participle_says_more_of() -> None:
    said = _said(
        "The first signs are usually a fever and a cough, and a rash appears two or three days later, starting on the"
        " face and behind the ears."
    )
    assert "The rash starts on the face and behind the ears." in said


def test_an_opening_when_that_goes_on_after_its_comma_is_not_cut_there() -> None:
    said = _said(
        "When a neighbour objects to an application for a licence to sell alcohol, and the applicant and the"
        " neighbour cannot agree, the application is decided at a hearing of the licensing panel."
    )
    assert not any(s.startswith(("Then and", "Then or")) for s in said)


def test_a_plural_clause_after_two_things_joined_by_and_is_not_said_of_the_last_alone() -> None:
    said = _said("Keep the stairs clear of clutter, trailing leads and loose rugs, which are easy to trip over.")
    assert not any(s.startswith("Loose rugs are") for s in said)


def test_they_after_but_still_means_the_anyone_before_it() -> None:
    said = _said(
        "Anyone who has written to us about an application can ask to speak at the meeting for up to 3 minutes, but"
        " they must register by noon on the day before."
    )
    but = next(k for k, s in enumerate(said) if s.startswith("But they must register"))
    assert said[but - 1].startswith("Anyone who has written to us")
    # a 'They' after a list the reader is told of is the list's, whatever opened the sentence
    said = _said(
        "Fires are only allowed between 1 November and 31 March, and only after 4pm, and you must never burn plastic,"
        " rubber, painted wood or household waste, which give off harmful smoke."
    )
    assert "You must never burn plastic, rubber, painted wood or household waste." in said


def test_a_step_after_then_is_no_condition_of_a_list() -> None:
    said = _said(
        "If your alarm sounds, open the windows and doors, turn off any appliances if you can do so safely, and leave"
        " the house, and then call the Gas Emergency number on 0800 111 999."
    )
    assert not any("/ then call" in s or "if you: can do so safely" in s for s in said)


def test_a_denied_order_after_an_order_the_parse_missed_is_no_ones_statement() -> None:
    said = _said(
        "Keep the box somewhere children and pets cannot reach it, and do not try to open it again once it has"
        " been sealed."
    )
    assert not any(s.startswith(("They do not", "It does not")) for s in said)


def test_a_clause_after_a_thing_with_a_part_is_not_said_of_the_part() -> None:
    said = _said(
        "Every home will get a small kitchen caddy and a larger outdoor bin with a lockable lid, which will be"
        " delivered in March, along with a roll of liners."
    )
    assert not any(s.startswith(("A lockable lid will", "The lockable lid will")) for s in said)


def test_a_condition_given_to_them_is_not_asked_before_who_they_are() -> None:
    said = _said("Someone else, such as a relative or an advocate, can complain for you if you give them permission.")
    assert not any(s.startswith("Do you give them") for s in said)

"""Guards from a seventy-first set of unseen factsheets: each case here, in this project's words, was read wrongly
before."""

from __future__ import annotations

from pathlib import Path

from publisher.plain import rewrite_document
from publisher.plain.words import replace_words
from publisher.sources import read_source

from .said import restructured as _said


def test_one_of_the_following_is_one_of_these() -> None:
    # 'the following applies' is 'this applies', but 'one of the following applies' was 'one of this applies'
    plain, _ = replace_words("You can get a pass if one of the following applies:")
    assert plain == "You can get a pass if one of these applies:"
    plain, _ = replace_words("Tell us if any of the following is true:")
    assert plain == "Tell us if any of these is true:"
    plain, _ = replace_words("The following applies to all tenants:")
    assert plain == "This applies to all tenants:"


def test_a_bare_noun_before_of_is_the_first_items() -> None:
    # was 'These include loss of:' and 'the design of the building', 'noise': a loss of noise
    said = _said(
        "The panel can only weigh objections about planning matters, such as loss of light or privacy, the height of "
        "the fence, traffic, drainage and parking."
    )
    assert said[-1] == (
        "Examples are: loss of light or privacy / the height of the fence / traffic / drainage / parking"
    )


def test_a_thing_to_be_done_by_a_date_keeps_its_date() -> None:
    # was 'Tokens usually need to be used.' 'This happens within 60 days of the date on them.'
    for sentence in (
        "Parking tokens usually need to be spent within 60 days of the date printed on them.",
        "Your renewal has to be posted before the end of the month shown on your old card.",
    ):
        assert _said(sentence) == [sentence]


def test_a_purpose_between_things_to_do_is_not_a_thing_to_do() -> None:
    # was 'It is best to:' 'give them lots of drinks, such as water or diluted squash' / 'prevent dehydration' /
    # 'give them paracetamol for the fever': the purpose listed as a thing to do of its own
    said = _said(
        "It is best to give them lots of drinks, such as water or diluted squash, to prevent dehydration, and to give "
        "them paracetamol for the fever."
    )
    assert not any(s.startswith("It is best to: ") for s in said)
    # a list of things to do is still listed
    said = _said("Neighbours are asked to close their windows, to keep pets inside, and to park away from the works.")
    assert said == ["Neighbours are asked to: close their windows / keep pets inside / park away from the works"]


def test_examples_that_close_with_and_inside_the_list_end_there() -> None:
    # was 'We cannot take garden rubbish such as:' 'soil' / 'stones and turf' / 'car tyres' / 'paint tins': tyres and
    # paint listed as garden rubbish
    said = _said(
        "We cannot take garden rubbish such as soil, stones and turf, car tyres, paint tins or anything made of "
        "asbestos."
    )
    assert not any(s.startswith("We cannot take garden rubbish such as:") for s in said)


def test_whom_a_thing_is_for_hung_on_a_time_is_the_things() -> None:
    # was 'This year is for people who have a long-term condition.'
    said = _said(
        "The vaccine is offered free on the National Health Service (NHS) every year to people who have a long-term "
        "condition."
    )
    assert said[-1] == "This vaccine is for people who have a long-term condition."


def test_who_after_people_with_a_thing_is_not_the_things() -> None:
    # was 'Some health conditions are more likely to get problems such as pneumonia.'
    said = _said(
        "Measles can be much worse for some people, including older people, pregnant women and people with some "
        "health conditions, who are more likely to get problems such as pneumonia."
    )
    assert not any(s.startswith("Some health conditions") for s in said)


def test_including_before_a_preposition_is_no_thing_included() -> None:
    # was 'This includes to nuts.'
    said = _said(
        "Please tell the nurse before the injection if you have ever had a bad allergic reaction, including to nuts, "
        "as you may need to wait longer afterwards."
    )
    assert "This includes to nuts." not in said
    assert "This also applies to nuts." in said


def test_anyone_said_again_is_they_where_the_reader_is_not_asked() -> None:
    # was 'Anyone who does not obey X can be prosecuted.' 'You can be fined.'
    said = _said(
        "Anyone who does not obey a closure notice from the council can be prosecuted and fined, and we can seize the "
        "speakers that are being used to play the music."
    )
    assert not any(s.startswith("You ") for s in said)
    assert said[1] == "They can be fined."


def test_a_second_clause_that_says_which_is_not_a_sentence() -> None:
    # was 'We can look into smoke that is harmful.' 'That happens often enough to stop you X.'
    said = _said(
        "We can look into smoke that is harmful and that happens often enough to stop you using your garden, such as "
        "smoke from bonfires, barbecues and wood burners."
    )
    assert not any(s.startswith("That ") for s in said)
    assert (
        said[0] == "We can look into smoke that is harmful and that happens often enough to stop you using your garden."
    )


def test_a_verb_that_closes_a_series_of_describing_words_is_not_cut_from_it() -> None:
    # was 'Carbon monoxide alarms are cheap, simple to fit.' with its 'and' lost
    said = _said(
        "Carbon monoxide alarms are cheap, simple to fit and can warn you of a leak that you cannot see or smell, "
        "even when you are asleep."
    )
    assert not any(s.endswith("cheap, simple to fit.") for s in said)


def test_things_like_a_list_are_listed_after_like() -> None:
    # was 'Your landlord can take:' 'money for things like unpaid bills' / 'damage to the garden ...' / 'keys that are
    # not returned': 'take damage'
    said = _said(
        "Your landlord can take money for things like unpaid bills, damage to the garden that is more than normal use, "
        "or keys that are not returned."
    )
    assert said == [
        "Your landlord can take money for things like: unpaid bills / damage to the garden that is more than normal "
        "use / keys that are not returned"
    ]


def test_an_order_after_a_reason_is_not_the_reasons() -> None:
    # was 'Wear gloves rather than mittens when it is freezing.' 'This is because they keep your fingers warm, and
    # have a hot drink before you go out.'
    said = _said(
        "Wear gloves rather than mittens when it is freezing, as they keep your fingers warm, and have a hot drink "
        "before you go out."
    )
    assert not any(s.startswith("This is because") and "and have" in s for s in said)
    assert not any(s.startswith("They have") for s in said)


def test_a_number_after_a_second_passive_verb_is_not_its_object() -> None:
    # was 'Board games can be borrowed for two weeks.' 'Board games renewed up to 3 times.'
    said = _said(
        "Board games can be borrowed for two weeks and renewed up to 3 times, unless someone has reserved them."
    )
    assert said[:2] == ["Board games can be borrowed for two weeks.", "Board games can be renewed up to 3 times."]


def test_a_clause_of_whatever_is_no_sentence() -> None:
    # was 'Whatever your age and however much you know.' 'There is a course that suits you.'
    sentence = "Whatever your age and however much experience you have, there is likely to be a course that suits you."
    assert _said(sentence) == [sentence]


def test_this_person_is_not_said_after_another_choice() -> None:
    # was 'Ring your landlord or contact our tenancy team.' 'This can X.' 'This person must fix it within a day.'
    said = _said(
        "If your heating breaks down, ring your landlord, who must fix it within a day, or contact our tenancy team, "
        "which can check whether the landlord is meeting their duties."
    )
    assert not any(s.startswith("This person") for s in said)


def test_a_condition_after_a_thing_included_is_the_things() -> None:
    # was 'Do you use your own bike?' 'We will pay back travel costs, including a cycling allowance.'
    said = _said(
        "We will pay back reasonable travel costs, including a cycling allowance if you use your own bike, and you "
        "will get lunch if you help for more than five hours."
    )
    assert "Do you use your own bike?" not in said


def test_a_list_begun_inside_an_aside_goes_on_with_it() -> None:
    # was 'we will agree a support plan with you, help with bus fares or a grant that X.' 'The support plan could
    # include a short break.': the aside took the first thing of the list, and the rest were left as more of the plan
    said = _said(
        "If so, we will agree a support plan with you, which could include a short break, help with bus fares or a "
        "grant that you can spend on things that help you."
    )
    assert said[0] == "If so, we will agree a support plan with you."
    assert said[1].endswith("a short break, help with bus fares or a grant that you can spend on things that help you.")


def test_a_clause_about_the_first_of_two_things_is_that_things() -> None:
    # was 'The main sign is a dry cough and a rash made up of X.' 'The main sign is usually worse at night.'
    said = _said(
        "The main sign is a dry cough, which is usually worse at night, and a rash made up of small red spots."
    )
    assert "The main sign is usually worse at night." not in said
    assert "A dry cough is usually worse at night." in said


def test_entitled_to_attend_is_can_go_to() -> None:
    # was 'which you and your adviser can get go to'
    plain, _ = replace_words("A hearing will be held, which you and your adviser are entitled to attend.")
    assert plain == "A hearing will be held, which you and your adviser can go to."


def test_a_clause_inside_a_range_stays_in_it() -> None:
    # was 'you will be put in one of 3 groups, from Group 1.' 'This is for X, to Group 3.'
    sentence = (
        "You will be put in one of three groups, from Group 1, which is for the most urgent cases, to Group 3, which "
        "is for people who have no urgent need but would like to move."
    )
    assert not any(s.startswith("This is for") and s.endswith("to Group 3.") for s in _said(sentence))


def test_a_helper_after_a_clause_of_who_with_no_comma_is_that_clauses() -> None:
    # was 'This group is for tenants who have no urgent need.' 'But this group would like to move.'
    sentence = "This group is for tenants who have no urgent need but would like to move."
    assert _said(sentence) == [sentence]


def test_because_if_with_its_main_clause_cut_off_is_no_sentence() -> None:
    # was 'This is because if you turn down 2 offers in a year.' 'Your place may be suspended for 6 months.'
    said = _said(
        "You should only bid for flats that you would be happy to take, because if you turn down two fair offers in a "
        "year, your place on the list may be suspended for six months."
    )
    assert not any(s.endswith("offers in a year.") for s in said)


def test_two_subjects_of_one_verb_are_not_two_conditions() -> None:
    # was 'Phone X if:' 'you think you, or' / 'your child has chickenpox'
    said = _said("If you think you or your baby has chickenpox, phone your GP surgery or call 111 before going in.")
    assert not any("you think you, or" in s for s in said)


def test_question_words_that_share_a_clause_are_no_list() -> None:
    # was 'finds out:' 'who the person was and how' / 'when' / 'where they died'
    sentence = "The hearing finds out who the person was and how, when and where they died."
    assert _said(sentence) == [sentence]


def test_which_are_done_to_is_no_list_of_what_they_are() -> None:
    # was 'These are:' 'sent by phone' / 'text' / 'email'
    said = _said("Residents are urged to sign up for free storm alerts, which are sent by phone, text or email.")
    assert not any(s.startswith("These are:") for s in said)


def test_a_clause_after_a_place_may_be_the_things_done_there() -> None:
    # was 'Work will start on planting 900 hedges along the lanes.' 'The lanes will help slow the wind.'
    said = _said(
        "Work will soon start on planting 900 hedges along the lanes, which will help slow the wind and give new "
        "homes for birds."
    )
    assert not any(s.startswith("The lanes will help") for s in said)


def test_an_aside_between_a_subject_and_its_verb_leaves_no_comma() -> None:
    # was 'and that the 3 smallest pools, open on 4 days a week'
    said = _said(
        "We propose that all pools close at 8pm instead of 9pm on weekdays, and that the three smallest pools, which "
        "have the fewest swimmers, open on four days a week instead of six."
    )
    assert "pools, open" not in " ".join(said)


def test_a_body_named_before_a_time_is_what_which_is_about() -> None:
    # was 'A report will go to the council's Cabinet in March.' 'This will make the final decision.'
    said = _said("A report will go to the council's Cabinet in March, which will make the final decision on the plan.")
    assert "This will make the final decision on the plan." not in said


def test_more_of_what_is_thought_of_people_is_not_said_as_fact() -> None:
    # was 'This lists the people we think are living at your home.' 'They are old enough to vote.'
    sentence = "This lists the people we think are living at your home and are old enough to vote."
    assert _said(sentence) == [sentence]


def test_a_reason_denied_by_a_subject_of_no_stays_with_it() -> None:
    # was 'No child will be turned away.' 'This is because they cannot pay.': the reason turned round
    said = _said("No child will be turned away because they cannot pay, and we can help with the cost of days out.")
    assert not any(s.startswith("This is because") for s in said)
    assert said[0] == "No child will be turned away because they cannot pay."


def test_a_clause_of_where_with_only_a_describing_word_is_unfinished() -> None:
    # was 'Our youth clubs are safe, friendly places where young people aged 11 to 19.' 'Or up to 25 if X, can meet Y.'
    sentence = (
        "Our youth clubs are safe, friendly places where young people aged 11 to 19, or up to 25 if they have a "
        "disability, can meet friends, try new activities and get help from youth workers."
    )
    assert not any(s.endswith("aged 11 to 19.") for s in _said(sentence))


def test_do_so_is_not_said_before_what_it_means() -> None:
    # was 'You must do so in writing by 3 May if you:' 'want to appeal against the fine, or' / 'send other comments'
    said = _said(
        "If you wish to appeal against the fine, or send any other comments about it, you must do so by 3 May."
    )
    assert not said[0].startswith("You must do so")


def test_what_it_costs_to_do_is_no_purpose() -> None:
    # was 'It costs the council more than £1 million a year.' 'This is to clear up.'
    said = _said("Fly-tipping is a crime, and it costs the council more than £1 million a year to clear up.")
    assert said[-1] == "It costs the council more than £1 million a year to clear up."


def test_a_closing_condition_that_lists_things_may_be_both_clauses() -> None:
    # was 'You may not be able to give plasma.' (said of everyone) 'Or you may need to wait if you:' and the cases
    said = _said(
        "You may not be able to give plasma, or may need to wait before giving, if you have recently had a tattoo or "
        "piercing, are pregnant, have had certain illnesses or have travelled to some countries outside Europe."
    )
    assert "You may not be able to give plasma." not in said


def test_a_that_clause_which_does_not_agree_with_its_noun_says_which() -> None:
    # was 'The grants are for families on a low income.' 'They live in homes rated D to G.'
    said = _said(
        "The grants are for families on a low income that live in homes with an energy rating of E, F or G, and they "
        "can pay for the whole job."
    )
    assert not any(s.startswith("They live in homes") for s in said)


def test_a_signing_job_whose_capital_opened_its_line_is_no_fact_added(tmp_path: Path) -> None:
    # 'This letter is from the Coroner's Officer.' was reported as adding the name 'Coroner', which stops --strict
    path = tmp_path / "inquest-letter.txt"
    path.write_text(
        "Dear Mrs Shah\n\nInquest hearing\n\nThe hearing will now take place on 4 May at the Court House in "
        "Eastfield.\n\nYours sincerely\n\nCoroner's Officer\n",
        encoding="utf-8",
    )
    easy = rewrite_document(read_source(path))
    items = [item for s in easy.sections for b in s.blocks for item in b.items]
    assert items[-1] == "This letter is from the Coroner's Officer."
    assert not any(s.report.invented_facts for s in easy.sections if s.report)

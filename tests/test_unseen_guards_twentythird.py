"""Guards from a seventieth set of unseen factsheets: each case here, in this project's words, was read wrongly or
left too long before."""

from __future__ import annotations

from datetime import UTC, datetime

from publisher.model import Block, Document, Section
from publisher.plain import rewrite_document
from publisher.plain.opening_comma import with_opening_comma
from publisher.plain.words import replace_words
from publisher.sources.text import parse_text

from .said import restructured as _said


def test_what_a_thing_is_named_after_is_no_time() -> None:
    # was 'This is known as a Hartley review.' 'This happens after the section of the Care Act 2014 that allows it.'
    for sentence in (
        "This is known as a Hartley review, after the section of the Care Act 2014 that allows it.",
        "The scheme is called the Hartley grant, after the part of the 1990 Housing Act that sets it out.",
    ):
        assert _said(sentence) == [sentence]


def test_a_duty_with_words_before_its_to_is_not_a_need() -> None:
    # 'required' alone is 'needed', which made 'you are needed under the terms of your tenancy' and cut 'to pay' off
    # as a purpose
    plain, _ = replace_words("As a tenant you are required under the terms of your tenancy to keep the garden tidy.")
    assert "needed" not in plain
    plain, _ = replace_words("Owners are required by the rules of the site to cut the grass in front of their plot.")
    assert "needed" not in plain
    plain, _ = replace_words("A permit is required for every van.")
    assert plain == "A permit is needed for every van."


def test_an_opening_condition_ends_where_a_person_and_a_modal_begin() -> None:
    # with no comma after the condition, the parse took 'you will get' for more of the card, and the sentence stayed
    assert with_opening_comma(
        "If you are sent a blue card you will get the full discount, which means the visit is free, whereas a green "
        "card shows the most you will pay."
    ).startswith("If you are sent a blue card, you will get the full discount,")
    # not a clause that says which ('the amount of water they can drink') nor what someone is told
    for sentence in (
        "If they take tablets that limit the amount of water they can drink, ask them to talk to their nurse.",
        "If you tell the warden you will be away for the summer, we can check the plot for you.",
    ):
        assert with_opening_comma(sentence) == sentence


def test_a_list_item_of_whole_sentences_is_rewritten_a_sentence_at_a_time() -> None:
    # the item was taken as one sentence, so its second sentence's two clauses were never split
    item = (
        "First letter. We will explain which repairs we want to do and why we think they are needed, and you can "
        "name a builder you would like us to get a quote from."
    )
    section = Section("s", "Steps", (Block("paragraph", ("There are two letters:",)), Block("numbered", (item,))))
    easy = rewrite_document(Document("doc", "Doc", (section,), "doc.txt", datetime(2026, 1, 1, tzinfo=UTC)))
    shown = next(b for b in easy.sections[0].blocks if b.kind == "numbered").items[0]
    said = "First letter. We will explain which repairs we want to do and why we think they are needed."
    assert shown.startswith(said)
    assert "ou can name a builder you would like us to get a quote from." in shown


def test_two_times_each_with_its_own_before_are_listed() -> None:
    assert _said(
        "The rules say we must write to you before we start any repairs that will cost a single owner more than £300, "
        "or before we agree a cleaning contract lasting over 2 years that will cost a single owner more than £150."
    ) == [
        "The rules say we must write to you before: we start any repairs that will cost a single owner more than £300, "
        "or / we agree a cleaning contract lasting over 2 years that will cost a single owner more than £150"
    ]


def test_a_first_condition_with_its_subject_in_commas_goes_on_to_its_own_list() -> None:
    # ('if you, or your partner, get A, B or C, or if X': the commas around 'or your partner' hid the first condition)
    assert _said(
        "You do not have to pay for eye tests if you, or your partner, get Income Support, Pension Credit or "
        "Universal Credit, or if you are under 16 and live with a parent who gets Child Benefit."
    ) == [
        "You do not have to pay for eye tests if: you, or your partner, get Income Support, Pension Credit or "
        "Universal Credit, or / you are under 16 and live with a parent who gets Child Benefit"
    ]


def test_a_wish_is_a_want() -> None:
    # ('Do you choose to take the course?' asked oddly what the reader wants)
    plain, _ = replace_words("If you choose to join the scheme, or you wish to leave it, tell us. She wishes to stay.")
    assert plain == "If you want to join the scheme, or you want to leave it, tell us. She wants to stay."
    plain, _ = replace_words("You can choose to pay by card.")
    assert plain == "You can choose to pay by card."


def test_a_bare_be_after_a_closing_unless_is_the_main_verb_s() -> None:
    # ('must have X, unless you are Y, be living here and have Z': the unless was said of all three, then listed)
    said = _said(
        "To get the grant you must have owned the house for at least 3 years, unless you are disabled, be living in "
        "the county when you apply and have paid council tax here for at least 2 of the last 4 years."
    )
    assert not any("This does not apply" in s for s in said)
    assert not any(s.startswith("be living") or " / be living" in s for s in said)


def test_the_last_of_a_list_of_subjects_is_not_cut_off_from_its_verb() -> None:
    # ('..., diabetes, or a long-term heart condition are more likely to X': 'diabetes' was read as a verb, and 'Or a
    # long-term heart condition are more likely' made a sentence of its own)
    sentence = (
        "Older people, smokers and those with a weak immune system, diabetes, or a lung condition are more likely to "
        "become very ill."
    )
    assert _said(sentence) == [sentence]


def test_a_band_named_by_a_capital_a_ends_a_sentence() -> None:
    # 'You may be placed in Band A.' was read as cut off after an article, so three conditions stayed in one sentence
    assert _said(
        "You may be placed in Band A if you have nowhere to sleep tonight and we have a duty to help you, if your "
        "home is dangerous and cannot be made safe, or if you have an illness that is made much worse by your home."
    ) == [
        "You may be placed in Band A if: you have nowhere to sleep tonight and we have a duty to help you / your home "
        "is dangerous and cannot be made safe, or / you have an illness that is made much worse by your home"
    ]


def test_a_second_subject_set_in_commas_is_not_cut_from_its_verb() -> None:
    # was 'Anyone caught doing so.' 'Or any shop that is named on the posters, can be given X.'
    said = _said(
        "Sticking up posters without the owner's permission is an offence, and anyone caught doing so, or any shop "
        "that is named on the posters, can be given a fine of £100 or taken to court."
    )
    assert not any(s.startswith("Or any shop") for s in said)
    assert (
        "Anyone caught doing so, or any shop that is named on the posters, can be given a fine of £100 or taken to "
        "court." in said
    )


def test_a_list_with_its_own_and_keeps_its_commas() -> None:
    # ('from their walls, fences and gates, but we X' was said 'from their walls and fences and gates')
    said = " ".join(
        _said(
            "Owners are responsible for cleaning paint from their own walls, fences and gates, but we offer a free "
            "cleaning service to people and small shops where the paint can be seen from a road."
        )
    )
    assert "walls and fences" not in said


def test_a_possibility_said_with_also_is_could_also() -> None:
    plain, _ = replace_words("You may also be able to get help with fares, and you might also be able to get a pass.")
    assert plain == "You could also get help with fares, and you could also get a pass."


def test_the_following_before_a_verb_is_these() -> None:
    # 'if all of the following apply:' was 'if all of this apply:'
    assert replace_words("Join if all of the following apply:")[0] == "Join if all of these apply:"
    assert replace_words("The following is not allowed:")[0] == "This is not allowed:"
    # ('exchange' before a word that is no noun, as before)
    assert replace_words("Exchange up-to-date news with other groups.")[0] == "Swap up-to-date news with other groups."


def test_an_order_after_a_reason_is_its_own_sentence() -> None:
    # was 'This is because it will spread the fleas to other homes, and do not try to spray them with X.'
    assert _said(
        "Do not leave old sofas or beds in the street or give them to a second-hand shop, as this will spread the "
        "fleas to other homes, and do not try to spray them with products from a shop, because fleas are often "
        "resistant to them."
    ) == [
        "Do not leave old sofas or beds in the street or give them to a second-hand shop.",
        "This is because it will spread the fleas to other homes.",
        "Do not try to spray them with products from a shop.",
        "This is because fleas are often resistant to them.",
    ]


def test_an_opening_condition_of_several_cases_is_listed_after_its_main_clause() -> None:
    assert _said(
        "If no bus timetable is shown at the stop, or if there is any doubt about the times, phone the travel line "
        "before you set out."
    ) == ["Phone the travel line before you set out if: no bus timetable is shown at the stop, or / there is any doubt "
          "about the times"]  # fmt: skip
    # a sentence after a comma in what seems the condition ('try and talk to them') shows the main clause is not the
    # last words
    sentence = (
        "If you are worried that the weed on your neighbour's land might spread onto yours, try and talk to them, they "
        "might not know there is a problem."
    )
    assert _said(sentence) == [sentence]


def test_an_aside_that_took_the_other_choice_is_left_in_its_sentence() -> None:
    # was '... either for a set number of games.' ... 'Games are known as a suspension, or permanently.'
    said = _said(
        "The club can only ban a player for reasons of conduct, either for a set number of games, known as a "
        "suspension, or permanently, which means they cannot play again."
    )
    assert said[0] == (
        "The club can only ban a player for reasons of conduct, either for a set number of games, known as a "
        "suspension, or permanently."
    )
    assert not any(s.endswith("or permanently.") for s in said[1:])


def test_an_opening_condition_is_not_moved_after_a_clause_of_purpose() -> None:
    # ('Please call us so that we can give the slot to someone else if: you cannot come, or X' read as the giving's)
    said = _said(
        "If you cannot come on this day, or if you would prefer a visit at home because you find travel hard, please "
        "call us on 01632 960 111 as soon as possible so that we can give the slot to someone else."
    )
    assert not any("someone else if" in s for s in said)


def test_a_closing_condition_whose_last_words_the_parse_hung_elsewhere_is_still_asked() -> None:
    # ('if your name is different from the name of the voter you say you are': 'you say' was hung on the main verb)
    assert _said(
        "You may be asked for more proof of who you are if your name on your bus pass is different from the name of "
        "the voter you say you are."
    ) == [
        "Is your name on your bus pass different from the name of the voter you say you are?",
        "You may be asked for more proof of who you are.",
    ]


def test_the_lines_that_sign_a_letter_with_no_closing_are_no_section() -> None:
    # ('Waste Services' over 'Elmvale Council' at the end of a 'Dear Resident' letter was a part of its own)
    parsed = parse_text(
        "Dear Resident\n\nYour bin day will change to Friday from 4 January.\n\nPlease put your bins out by 7am.\n\n"
        "Thank you for your patience.\n\nWaste Services\n\nElmvale Borough Council\n"
    )
    assert [title for title, _ in parsed.sections] == [None]
    # a factsheet's last heading still heads its part
    parsed = parse_text(
        "Bins\n\nYour bin day will change on Monday.\n\nHow to contact us\n\nPhone our team on 01632 960 000 or "
        "email us.\n"
    )
    assert [title for title, _ in parsed.sections][-1] == "How to contact us"


def test_a_next_step_with_its_own_condition_is_said_apart_after_then() -> None:
    # ('Then we must serve a notice, and if they do not obey it, ...' was kept whole as more of the first condition)
    said = _said(
        "If we find that the smoke is a nuisance, we must serve a notice on the person responsible, and if they do not "
        "obey it, they can be taken to court and fined, and in some cases the burner making the smoke can be taken "
        "away."
    )
    assert "Then we must serve a notice on the person responsible." in said


def test_a_subject_is_said_again_with_what_it_is_said_of() -> None:
    # was 'Trading can lead to a fine of up to £500.' (the subject said without 'without a licence')
    said = _said(
        "If you break the rules, we can take away your licence, and trading without a licence is an offence that can "
        "lead to a fine of up to £500."
    )
    assert "Trading can lead to a fine of up to £500." not in said
    assert said[-1] in ("The offence can lead to a fine of up to £500.", "This can lead to a fine of up to £500.")


def test_an_item_of_a_list_is_no_apposition_of_the_noun_before_it() -> None:
    # was '... care at home, such as a council tax bill, and X.' 'Home is proof of the person's address.'
    said = _said(
        "You will need to send a letter from a GP or other health worker confirming that the person you care for "
        "needs regular care at home, proof of the person's address, such as a council tax bill, and the registration "
        "number of the car you will use."
    )
    assert not any(s.startswith("Home is") or s.startswith("And the registration") for s in said)


def test_a_noun_and_the_clause_that_describes_it_are_no_sentence() -> None:
    from publisher.plain.parse import stands_alone

    assert not stands_alone("And the registration number of the van you will drive.")
    assert stands_alone("The van you will drive must be taxed.")


def test_a_bare_be_after_we_is_not_listed_as_what_we_do() -> None:
    # was 'We may refuse your licence if we: think that your stall would block the path / cause a nuisance, or / be
    # too close to X'
    said = _said(
        "We may refuse your licence if we think that your stall would block the path, cause a nuisance to people "
        "living nearby or be too close to a shop selling the same goods."
    )
    assert not any("if we:" in s or s.startswith("We may:") for s in said)


def test_a_name_after_a_person_is_not_said_of_the_person() -> None:
    # was 'You is known as a proxy vote.'
    said = _said(
        "If you cannot get to the polling station, you can apply for a postal vote by 5pm on 3 May, or ask someone "
        "you trust to vote for you, known as a proxy vote, by 5pm on 10 May."
    )
    assert not any(s.startswith("You is") for s in said)


def test_if_you_ask_is_no_question() -> None:
    # was 'Do you ask?' 'Most libraries can also give you: A / B / C'
    said = _said(
        "Each card can be used to borrow up to 12 books at a time, and most libraries can also lend you games, DVDs "
        "and jigsaws if you ask."
    )
    assert "Do you ask?" not in said


def test_a_clause_about_the_thing_before_a_time_stays_with_it() -> None:
    # ('a fitting appointment, usually within 6 weeks of your test, at which X': 'This will happen usually within 6
    # weeks of your test, at which X' hung the clause on the test)
    said = _said(
        "You will be given a fitting appointment, usually within 6 weeks of your eye test, at which an optician will "
        "set up your new glasses and show you how to look after them."
    )
    assert not any(s.startswith("This will happen") for s in said)


def test_a_choice_cut_from_a_denial_is_not_made_an_order() -> None:
    # was 'Please do not take off the closer on your front door.' 'Prop your door open or fit a cat flap without our
    # permission.'
    said = _said(
        "Please do not take off or disconnect the closer on your front door, prop your door open or fit a cat flap or "
        "spy hole without our permission."
    )
    assert not any(s.startswith("Prop your door open") for s in said)
    # a denial after a denial is still cut ('Do not drive, or give them food or drink' -> two denials)
    said = _said(
        "Do not drive until you feel you have fully recovered, and do not play contact sports, such as rugby or "
        "football, for at least 3 weeks."
    )
    assert said[-1].startswith("Do not play contact sports")

"""Guards from a sixty-sixth set of unseen factsheets (visitor permits, warm spaces, dropped kerbs): each case here, in
this project's words, was left too long or read wrongly before."""

from __future__ import annotations

from pathlib import Path

from publisher.plain.words import replace_words
from publisher.sources import read_source

from .said import restructured as _said


def test_a_condition_of_two_things_the_reader_does_is_asked_as_two_questions() -> None:
    # 'if you A and would like B' makes no one question ('Do you A and would like B?'), so it was left whole
    assert _said(
        "If you own a small shop and would like to put tables on the pavement outside, you will need a licence from us."
    ) == [
        "Do you own a small shop?",
        "And would you like to put tables on the pavement outside?",
        "You will need a licence from us.",
    ]
    assert _said(
        "If you want to book a collection, or would like to ask about charges, please phone the waste team on "
        "01234 567890."
    ) == [
        "Do you want to book a collection?",
        "Or would you like to ask about charges?",
        "Please phone the waste team on 01234 567890.",
    ]
    # closing its sentence, the condition is asked first all the same
    assert _said(
        "You can ask for a free parking permit for your street if you are a full-time carer and would like your "
        "visitors to park close by."
    ) == [
        "Are you a full-time carer?",
        "And would you like your visitors to park close by?",
        "You can ask for a free parking permit for your street.",
    ]


def test_two_questions_are_not_asked_with_must_or_of_more_than_the_reader() -> None:
    # 'Must you pay a fee to your old landlord?' is no question a reader is asked
    said = _said(
        "If you are moving house and must pay a fee to your old landlord, you can ask us for help with the cost."
    )
    assert not any(s.startswith("Must you") or s.startswith("And must") for s in said)
    # 'And do you earn at least £200?' would leave the partner out
    said = _said("You can get the free hours if you and your partner are in work and earn at least £200 a week.")
    assert not any(s.startswith("And do you earn") for s in said)


def test_a_long_condition_of_two_verbs_sharing_a_tense_is_two_bullets() -> None:
    # the second verb ('look') is tagged as a bare verb, which made the condition's list look like no clauses
    assert _said(
        "If you are a full-time carer or look after a relative with a long-term illness at home, you can ask for a "
        "free parking permit for your street."
    ) == [
        "You can ask for a free parking permit for your street if you: are a full-time carer, or / look after a "
        "relative with a long-term illness at home"
    ]
    # a short one is still one question
    assert _said("If you live alone and have a disability, you can get help with the garden.") == [
        "Do you live alone and have a disability?",
        "You can get help with the garden.",
    ]
    # a verb joined to an infinitive ('wish to trim it or cut it down') shares no tense: no bullets of 'cut it down'
    said = _said(
        "If you wish to trim the tree in your front garden or cut it down completely, you will need written "
        "permission from the council first."
    )
    assert not any(s.endswith("/ cut it down completely") for s in said)


def test_even_if_is_asked_or_said_as_one_case_where_still_keeps_the_concession() -> None:
    # 'Even if X, Y' was cut at its comma into 'Even if X.', which is no sentence, and so left whole
    assert _said(
        "Even if your dog is on a lead in the park, you must still pick up after it and put the bag in any bin."
    ) == [
        "Sometimes your dog is on a lead in the park.",
        "But you must still pick up after it and put the bag in any bin.",
    ]
    assert _said(
        "Even if you have already paid the fine in full, you can still appeal against it within 28 days of the notice."
    ) == ["Have you already paid the fine in full?", "You can still appeal against it within 28 days of the notice."]
    # with no 'still' after it, what follows would lose the 'even'
    said = _said(
        "Even if the weather is very bad on the day, the council will collect the bins from the kerb as usual."
    )
    assert not any(s.startswith("Sometimes") for s in said)


def test_two_clauses_of_the_reader_are_asked_as_two_questions() -> None:
    # 'if you need X, or you would like Y' was said as 'Sometimes you need X.', or left whole
    assert _said(
        "If you would like a paper copy of the form, or you need help to fill it in, please call the team on "
        "01632 960 111."
    ) == [
        "Would you like a paper copy of the form?",
        "Or do you need help to fill it in?",
        "Please call the team on 01632 960 111.",
    ]
    # a second clause of someone else is no question to the reader
    said = _said("If you rent your home and your landlord lives abroad, you can ask us to send letters to you instead.")
    assert not any(s.startswith("And does your landlord") for s in said)


def test_groups_named_again_at_each_item_are_bullets() -> None:
    # 'people who A, people who B, and people who C': the parse hung the later groups on the wrong words
    assert _said(
        "The team visits people who have just come home from hospital, people who live alone and have no family "
        "nearby, and people who care for a partner with dementia."
    ) == [
        "The team visits: people who have just come home from hospital / people who live alone and have no family "
        "nearby / people who care for a partner with dementia"
    ]
    assert _said(
        "Free swimming lessons are open to children aged 5 to 11, children in foster care, and children with a "
        "disability who live in the borough."
    ) == [
        "Free swimming lessons are open to: children aged 5 to 11 / children in foster care / children with a "
        "disability who live in the borough"
    ]
    # ('We offer:' 'short breaks to carers who A' / 'carers who B' / 'young carers ...': the groups are whom the breaks
    # are for, and a group may have a describing word before it)
    assert _said(
        "We offer short breaks to carers who look after an adult with a long-term illness, carers who are over 65 and "
        "look after a partner, and young carers aged 16 or 17 who care for a parent."
    ) == [
        "We offer short breaks to: carers who look after an adult with a long-term illness / carers who are over 65 "
        "and look after a partner / young carers aged 16 or 17 who care for a parent"
    ]


def test_words_for_what_is_possible_and_what_must_be_so() -> None:
    # 'may be entitled to' became 'may be able to get'; 'must be unable to' became 'must not be able to', a rule
    # against it
    assert (
        replace_words("You may be entitled to a grant towards the cost.")[0]
        == "You could get a grant towards the cost."
    )
    assert replace_words("You must be unable to pay the rent from your income.")[0] == (
        "You must be unable to pay the rent from your income."
    )
    assert replace_words("You will be unable to park in the bay.")[0] == "You cannot park in the bay."


def test_to_after_listen_is_no_purpose() -> None:
    # 'During a flood, you should listen.' 'This is to live radio and ...': 'live' read as the purpose's verb
    said = _said(
        "During a flood, you should listen to live radio and wait for the news to tell you when it is safe to go back "
        "home."
    )
    assert not any(s.startswith("This is to live") for s in said)
    assert not any(s.rstrip(".").endswith("listen") for s in said)


def test_lines_that_list_things_with_no_bullets_are_a_list(tmp_path: Path) -> None:
    # a list copied from a web page with its bullets lost: lines starting in lowercase were joined into one run-on
    # paragraph ('be at least 18 years old hold a current licence ...')
    for ends in ("", ";"):
        source = tmp_path / f"list{len(ends)}.txt"
        source.write_text(
            "Street trading licences\n\nWho can apply\n\nTo hold a street trading licence you must:\n\n"
            f"be at least 18 years old{ends}\nhold public liability insurance{ends}\nhave a food hygiene certificate "
            "if you sell food\n\nWe will check every application with the police.\n",
            encoding="utf-8",
        )
        blocks = read_source(source).sections[0].blocks
        assert [b.kind for b in blocks] == ["paragraph", "bullets", "paragraph"]
        assert blocks[1].items == (
            "be at least 18 years old",
            "hold public liability insurance",
            "have a food hygiene certificate if you sell food",
        )
    # lines of a sentence broken where it goes on ('and', a comma) stay one paragraph
    source = tmp_path / "prose.txt"
    source.write_text(
        "Street trading\n\nWho can apply\n\nPlease note:\nyou must be over 18 and\nhold insurance before you trade\n",
        encoding="utf-8",
    )
    assert [b.kind for b in read_source(source).sections[0].blocks] == ["paragraph"]


def test_a_group_s_clause_runs_on_to_the_group_s_verb() -> None:
    # the parse hung 'Allowance in their own right' on 'Children', so the clause seemed to end early and the
    # sentence was left whole
    assert _said(
        "Children who get Income Support or Income Based Job Seekers Allowance in their own right can also get a free "
        "bus pass."
    ) == [
        "Some children get Income Support or Income Based Job Seekers Allowance in their own right.",
        "They can also get a free bus pass.",
    ]


def test_whom_the_last_of_two_things_is_for_stays_with_it() -> None:
    # 'X includes help for home owners, and extra money.' 'This is for people who ...' said both were for them
    said = _said(
        "The grant includes help towards repairs and heating for home owners, and extra money for people who look "
        "after a disabled relative."
    )
    assert not any(s.startswith("This is for people") for s in said)


def test_a_clause_of_what_was_done_to_the_doer_names_it_again() -> None:
    # 'by a penalty scheme, which was introduced in 2008': 'This was introduced' would be the requirement
    said = _said(
        "This duty is backed by a civil penalty scheme, which was introduced in February 2008 and lets the council "
        "fine a landlord who has not carried out the checks."
    )
    assert any(piece.startswith("The scheme was introduced in February 2008") for piece in said)
    # what the doer does may be the doer's or the whole clause's: left as it is
    said = _said("Your bins will be emptied by the council, which will write to you if there is a problem.")
    assert not any(s.startswith(("This will write", "The council will write")) for s in said)


def test_words_said_once_for_what_will_be_eligible() -> None:
    assert (
        replace_words("Adults turning 75 will be eligible for the vaccine.")[0]
        == "Adults turning 75 can get the vaccine."
    )


def test_unsuitable_is_not_unsafe() -> None:
    # 'unsuitable housing' became 'unsafe housing', which says something else
    assert replace_words("The council may offer unsuitable housing at first.")[0] == (
        "The council may offer unsuitable housing at first."
    )
    assert replace_words("The flat is unsuitable for a wheelchair user.")[0] == (
        "The flat is not suitable for a wheelchair user."
    )


def test_a_note_set_apart_with_a_label_is_no_quotation(tmp_path: Path) -> None:
    # '> **Be careful:** X' was kept as a quotation: someone's words, left as written and out of the length count
    page = tmp_path / "bands.md"
    page.write_text(
        "# Council Tax bands\n\n## Think your band is wrong?\n\nYou can ask for a review of your band.\n\n"
        "> **Be careful:** your band could go up as well as down after a review.\n\n"
        '> "We have never had so many requests," said the council\'s finance lead.\n',
        encoding="utf-8",
    )
    blocks = read_source(page).sections[0].blocks
    assert [b.kind for b in blocks] == ["paragraph", "paragraph", "quote"]
    html = tmp_path / "bands.html"
    html.write_text(
        "<html><body><main><h1>Council Tax bands</h1><h2>Reviews</h2><p>You can ask for a review of your band.</p>"
        "<blockquote><strong>Important:</strong> you must keep paying while we look at it.</blockquote>"
        "</main></body></html>",
        encoding="utf-8",
    )
    assert [b.kind for b in read_source(html).sections[0].blocks] == ["paragraph", "paragraph"]


def test_a_condition_after_a_clause_of_a_noun_is_not_asked_first() -> None:
    # 'But does your condition change?' 'You should have someone with you who can get help.' made having someone
    # with you hang on the condition, which was the getting help's
    said = _said(
        "You should have someone with you for the next 24 hours who can keep an eye on you and get help if your "
        "condition changes."
    )
    assert not any(s.endswith("?") for s in said)
    # a clause of 'to' has no doer of its own: the condition is still asked
    assert _said("You can get a grant to pay for the work if you own your home and have a low income.") == [
        "Do you own your home and have a low income?",
        "You can get a grant to pay for the work.",
    ]


def test_a_reason_is_said_before_the_exception_of_what_it_explains() -> None:
    # 'Do not take aspirin.' 'This does not apply if a doctor says it is safe.' 'This is because it can X.': the
    # reason seemed to explain the exception
    said = _said(
        "You can take paracetamol for the pain, but do not take aspirin or ibuprofen unless a doctor has said it is "
        "safe, because they can make bleeding more likely."
    )
    assert said[-2:] == [
        "This is because they can make bleeding more likely.",
        "This does not apply if a doctor has said it is safe.",
    ]


def test_more_official_phrases_in_plain_words() -> None:
    assert replace_words("Please pay in advance of the event.")[0] == "Please pay before the event."
    assert replace_words("If you are in need of emergency food, call us.")[0] == "If you need emergency food, call us."
    assert replace_words("We have been made aware that a scam is going round.")[0] == (
        "We have been told that a scam is going round."
    )


def test_a_condition_after_but_is_asked_with_the_but_first() -> None:
    # 'But if X, Y' was left whole ('Children are welcome, however if you plan to bring a child under 12, check X')
    assert _said(
        "Children are welcome on most wards, however if you are planning to bring a child under 12, please check with "
        "the nurse in charge before your visit."
    ) == [
        "Children are welcome on most wards.",
        "But are you planning to bring a child under 12?",
        "Please check with the nurse in charge before your visit.",
    ]


def test_questions_that_are_no_english_or_ask_about_this_are_not_asked() -> None:
    # 'Do you feel that you have no space and are sure X?' joins 'do' and 'are'; 'Should this be the case?' asks
    # about what only the sentence before says
    said = _said(
        "If you feel that you do not have room to store the bin and are sure you will not want the service again, you "
        "can ask us to take the bin away."
    )
    assert not any(s.startswith("Do you feel") for s in said)
    assert replace_words("If this is the case, we will write to you.")[0] == "If so, we will write to you."
    # a 'this' said of the reader's own thing is still asked
    assert _said("If this is your first claim, you will need to send us proof of your identity and address.") == [
        "Is this your first claim?",
        "You will need to send us proof of your identity and address.",
    ]


def test_where_all_things_go_is_not_the_last_thing_s() -> None:
    # 'Move:' 'your family' / 'pets' / 'important items upstairs or to a safe place': the place is all three's
    said = _said("Move your family, pets and important items upstairs or to a safe place.")
    assert not any("/ important items upstairs" in s for s in said)


def test_someone_brought_to_help_is_no_purpose_of_the_bringing() -> None:
    # 'You can bring someone with you.' 'This is to help you vote, as long as they are 18 or over.': who helps, and
    # whose age counts, were lost
    said = _said("You can also bring someone with you to help you fill in the form, as long as they are 18 or over.")
    assert not any(s.startswith("This is to help") for s in said)
    assert said[0] == "You can also bring someone with you to help you fill in the form."

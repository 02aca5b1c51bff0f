"""Guards from a sixty-second set of unseen factsheets (pest control, noise and bonfire nuisance, head lice): each
case here, in this project's words, was read or rewritten wrongly before."""

from __future__ import annotations

from pathlib import Path

from publisher.plain.words import replace_words
from publisher.sources import read_source
from publisher.sources.naming import derive_titles

from .said import restructured as _said


def test_or_that_answers_either_is_no_cut() -> None:
    # 'This could be either a flat lived in by its owner.' 'Or a flat let to a tenant.' left 'either' hanging
    said = _said(
        "It could be either a shop run by its owner, or a shop where a tenant is trading (the tenant is responsible "
        "for the bins)."
    )
    assert not any(p.startswith("Or ") for p in said)
    assert not any(p.rstrip(".").endswith("by its owner") for p in said)
    # an 'either' with its own 'or' leaves a later ', or' free to start a sentence
    assert _said("You can book either by phone or online, or you can call in at the depot on any weekday.") == [
        "You can book either by phone or online.",
        "Or you can call in at the depot on any weekday.",
    ]
    assert _said("Our officers can visit your home on a weekday, or you can bring the sample to the town hall.") == [
        "Our officers can visit your home on a weekday.",
        "Or you can bring the sample to the town hall.",
    ]


def test_a_long_section_is_not_parted_between_a_lead_in_and_its_list(tmp_path: Path) -> None:
    # '..., such as:' ended one part and its list opened the next, under a title of its own
    prose = " ".join(f"Point {n} says how the team deals with the people who ring it up." for n in range(12))
    path = tmp_path / "leaflet.txt"
    path.write_text(
        "Barking dogs\n\n"
        f"{prose}\n\n"
        "Some sounds come from everyday life at home and are not a nuisance, such as:\n\n"
        "- a baby crying\n- a radio at a normal level\n- people talking in a garden\n\n"
        f"{prose}\n",
        encoding="utf-8",
    )
    document = read_source(path)
    assert len(document.sections) == 2
    for section in document.sections:
        assert section.blocks[0].kind != "bullets", section.title
        assert not section.blocks[-1].items[-1].endswith("such as:"), section.title


def test_a_page_last_updated_line_is_no_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "wasps.txt"
    path.write_text(
        "Wasp nests\n\nWe can treat a wasp nest at your home for a charge.\n\nPage last updated 14 March 2025\n",
        encoding="utf-8",
    )
    document = read_source(path)
    words = " ".join(item for s in document.sections for b in s.blocks for item in b.items)
    assert "last updated" not in words
    assert dict(document.metadata).get("updated") == "2025-03-14"


def test_a_denied_verb_leaves_its_object_to_name_a_part() -> None:
    # 'You cannot prevent head lice.' named its part 'Help stop' (from the next sentence)
    titles = derive_titles(
        [
            "Cats can carry fleas into a home.",
            "You cannot prevent flea bites. You can help stop them by treating your pets every month.",
        ],
        ["Introduction"],
    )
    assert titles == ["Introduction", "Flea bites"]
    # what is denied never becomes the title ('Do not feed pigeons' is not named 'Feed pigeons')
    titles = derive_titles(["Stray pigeons. You must not feed pigeons in the square.", "Other text about bins."])
    assert not titles[0].lower().startswith("feed")


def test_a_heading_is_taken_before_a_part_is_named() -> None:
    # the first part's guessed title, later replaced by 'Introduction', took the name from the part that needed it
    texts = ["Wasp nests are common in late summer.", "Wasp nests. You can ring us about them."]
    titles = derive_titles(texts, ["Introduction"])
    assert titles == ["Introduction", "Wasp nests"]
    # a heading given to another part is no derived title either
    titles = derive_titles(["Wasp nests. You can ring us.", "Wasp nests are common."], [None, "Wasp nests"])
    assert titles[0] != "Wasp nests" and titles[1] == "Wasp nests"


def test_a_denied_verb_cut_short_names_nothing() -> None:
    # 'do not build bonfires close to trees' would name its part 'Bonfires close'
    titles = derive_titles(
        ["Barbecues. Light them on a flat spot.", "Never put a barbecue close to a fence, and watch children near it."],
        ["Introduction"],
    )
    assert titles[1] != "Barbecue close"


def test_as_soon_as_two_things_have_happened_is_one_time() -> None:
    # 'as soon as you have seen a doctor and the illness has been diagnosed' made 'The illness has been diagnosed.'
    said = _said("Ring the travel firm as soon as you have seen a nurse and the infection has been confirmed.")
    assert "The infection has been confirmed." not in said
    assert _said("You can fly again once the rash has gone and you have had no fever for 2 days.") == [
        "You can fly again once the rash has gone and you have had no fever for 2 days."
    ]


def test_an_and_between_two_describing_words_joins_no_conditions() -> None:
    # 'if we decide you are not a fit and proper person or X' listed 'we decide you are not a fit, and' and
    # 'proper person or X'
    said = _said(
        "The board can turn down your request if it finds you are not a safe and suitable driver or the taxi "
        "does not pass its test."
    )
    assert not any("safe, and" in p or p.startswith("suitable") for p in said)
    assert not any(p.endswith("/ suitable driver or the taxi does not pass its test") for p in said)


def test_a_condition_that_completes_is_is_not_asked() -> None:
    # 'The only time we would refund part of the fee is if X' made 'Is X?' 'The only time ... is.'
    said = _said(
        "The only time we would think about paying back part of the fee is if the permit is cancelled before "
        "our officer visits the site."
    )
    assert not any(p.endswith(" is.") for p in said)
    assert not any(p.endswith("?") for p in said)


def _words(sentence: str) -> str:
    return replace_words(sentence)[0]


def test_require_after_a_modal_is_said_as_a_must() -> None:
    # 'We cannot require the hedge to be removed.' was 'We cannot need the hedge to be removed.'
    assert _words("The council cannot require the fence to be taken down.") == (
        "The council cannot say the fence must be taken down."
    )
    assert (
        _words("The order will require them to be kept on a lead.") == "The order will say they must be kept on a lead."
    )
    # 'requires people to have taken steps' was 'makes people have taken steps'
    assert "makes people have" not in _words("The law requires people to have tried mediation first.")
    # a second 'to be' hangs on the first, so the first stays as it was
    said = _words("A condition which requires them to be carried by a helper, or to be kept near a car, may count.")
    assert "needs them to be carried" in said
    assert _words("The council can require the landlord to repay the rent.") == (
        "The council can make the landlord repay the rent."
    )


def test_a_clause_about_what_a_subject_is_names_the_subject() -> None:
    # 'Measles is a very infectious illness that can make you ill' made 'The very infectious illness can make you ill'
    said = _said(
        "Mumps is a contagious viral infection that can cause painful swelling of the glands at the side of the face "
        "in children."
    )
    assert said[0] == "Mumps is a contagious viral infection."
    assert said[1].startswith("Mumps can cause painful swelling")
    said = _said(
        "A Warm Home Discount is a one-off payment that takes money off the electricity bills of households on low "
        "incomes each winter."
    )
    assert said[1].startswith("A Warm Home Discount takes money off")


def test_a_fraction_in_words_stays_in_words() -> None:
    # 'about two thirds of fly-tipping' was 'about 2 thirds of fly-tipping'
    assert _words("About two thirds of the calls are about bins.") == "About two thirds of the calls are about bins."
    assert _words("Three quarters of parents replied.") == "Three quarters of parents replied."
    assert _words("We will reply within ten working days.") == "We will reply within 10 working days."


def test_a_label_over_question_headings_is_no_paragraph(tmp_path: Path) -> None:
    # 'Common questions' above 'Do I need a permit?' was left as a paragraph of the part before
    path = tmp_path / "permits.txt"
    path.write_text(
        "Skip permits\n\nYou need a permit to put a skip on the road.\n\nCommon questions\n\n"
        "Do I need a permit for my drive?\n\nNo. A skip on your own drive needs no permit.\n\n"
        "How long does a permit last?\n\nA permit lasts 28 days.\n",
        encoding="utf-8",
    )
    document = read_source(path)
    words = [item for s in document.sections for b in s.blocks for item in b.items]
    assert "Common questions" not in words
    assert [s.title for s in document.sections][1:] == [
        "Do I need a permit for my drive?",
        "How long does a permit last?",
    ]


def test_a_document_type_label_in_a_page_is_no_paragraph(tmp_path: Path) -> None:
    # GOV.UK's 'Policy paper' caption above the title was read out as the page's first paragraph
    page = tmp_path / "guidance.html"
    page.write_text(
        "<html><head><title>Grit bins - GOV.UK</title></head><body><main>"
        '<span class="caption">Guidance</span><h1>Grit bins on your street</h1>'
        "<p>We fill grit bins before the first frost.</p><h2>Asking for a bin</h2><p>Ask us online.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    markdown = tmp_path / "release.md"
    markdown.write_text(
        "Press release\n\n# Library to open on Sundays\n\nThe library will open on Sundays from May.\n",
        encoding="utf-8",
    )
    for path in (page, markdown):
        document = read_source(path)
        words = [item for s in document.sections for b in s.blocks for item in b.items]
        assert words[0].startswith("We fill grit bins" if path == page else "The library will open"), words


def test_a_heading_that_leads_in_names_no_part(tmp_path: Path) -> None:
    # an NHS care card's 'Speak to a GP if:' over its list became a part of its own
    page = tmp_path / "card.html"
    page.write_text(
        "<html><body><main><h1>Shingles</h1><p>Shingles is a painful rash.</p>"
        "<div class='card'><h3>Ask for an urgent GP appointment if:</h3><ul><li>the rash is near your eye</li>"
        "<li>you are pregnant</li></ul></div><h2>Treatment</h2><p>Rest and take painkillers.</p></main></body></html>",
        encoding="utf-8",
    )
    markdown = tmp_path / "card.md"
    markdown.write_text(
        "# Shingles\n\nShingles is a painful rash.\n\n### Ask for an urgent GP appointment if:\n\n"
        "- the rash is near your eye\n- you are pregnant\n\n## Treatment\n\nRest and take painkillers.\n",
        encoding="utf-8",
    )
    for path in (page, markdown):
        document = read_source(path)
        assert [s.title for s in document.sections][-1] == "Treatment"
        assert not any(s.title.endswith(":") for s in document.sections)
        first = document.sections[0]
        assert first.blocks[-1].kind == "bullets"
        assert first.blocks[-2].items == ("Ask for an urgent GP appointment if:",)


def test_a_page_s_review_dates_on_two_lines_are_no_paragraph(tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    page.write_text(
        "<html><body><main><h1>Shingles</h1><p>Shingles is a painful rash.</p>"
        "<p>Page last reviewed: 2 May 2024<br>Next review due: 2 May 2027</p></main></body></html>",
        encoding="utf-8",
    )
    document = read_source(page)
    words = " ".join(item for s in document.sections for b in s.blocks for item in b.items)
    assert "review" not in words
    assert dict(document.metadata).get("reviewed") == "2024-05-02"


def test_a_bold_line_heads_a_part_and_ends_closes_the_page(tmp_path: Path) -> None:
    # '<p><strong>How much does it cost?</strong></p>' was read as a paragraph; 'ENDS' was read out
    page = tmp_path / "bins.html"
    page.write_text(
        "<html><body><main><h1>Brown bins</h1><p><strong>How much does it cost?</strong></p>"
        "<p>A brown bin costs £40 a year.</p><p><b>Please note: we do not take soil.</b></p>"
        "<p><strong>When do you collect?</strong></p><p>We collect every other Monday.</p><p>ENDS</p>"
        "<h2>Notes to editors</h2><p>Call the press office.</p></main></body></html>",
        encoding="utf-8",
    )
    document = read_source(page)
    assert [s.title for s in document.sections] == ["How much does it cost?", "When do you collect?"]
    words = [item for s in document.sections for b in s.blocks for item in b.items]
    assert "Please note: we do not take soil." in words
    assert "ENDS" not in words and "Call the press office." not in words


def test_a_bold_line_heads_a_part_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "bins.md"
    path.write_text(
        "# Brown bins\n\n**How much does it cost?**\n\nA brown bin costs £40 a year.\n\n"
        "**Please note: we do not take soil.**\n\n**When do you collect?**\n\nWe collect every other Monday.\n",
        encoding="utf-8",
    )
    document = read_source(path)
    assert [s.title for s in document.sections] == ["How much does it cost?", "When do you collect?"]
    assert document.sections[0].blocks[-1].items == ("Please note: we do not take soil.",)


def test_plainer_words_for_proof_cases_rules_and_suitable() -> None:
    assert _words("You must send evidence of your income.") == "You must send proof of your income."
    assert _words("In exceptional circumstances we can waive the fee.") == "In very unusual cases we can waive the fee."
    assert _words("You must meet the eligibility criteria.") == "You must meet the rules."
    assert _words("Pay the appropriate fee, and a receipt will be sent where appropriate.") == (
        "Pay the suitable fee, and a receipt will be sent where needed."
    )
    # a witness gives evidence in court: that is no proof to send
    assert "evidence" in _words("You may be asked to give evidence in court.")


def test_as_a_role_after_a_verb_done_to_someone_is_no_reason() -> None:
    # 'Anyone who is registered, or could be registered, as a disabled person can apply' made 'Anyone who is
    # registered, or could be registered.' 'This is because a disabled person can apply.'
    said = _said(
        "Anyone who is listed, or could be listed, as a young carer can join the club, but places are limited."
    )
    assert not any(p.startswith("This is because") for p in said)
    assert said[0] == "Anyone who is listed, or could be listed, as a young carer can join the club."
    assert _said("You should book early, as a new fee comes in from April and places on the course fill up fast.")[
        1
    ].startswith("This is because")


def test_to_start_gives_no_purpose() -> None:
    # 'To start, Care Direct can arrange a visit' made '... a visit.' 'This is to start.'
    said = _said("To begin, our team can arrange for a trained adviser to visit you at home.")
    assert not any(p.startswith("This is to") for p in said)


def test_what_you_are_asked_for_is_more_details() -> None:
    # 'will ask you for more information' was 'will ask you to find out more'
    assert _words("The officer will ask you for more information by phone.") == (
        "The officer will ask you for more details by phone."
    )
    assert _words("Contact us for more information.") == "Contact us to find out more."


def test_consulting_on_changes_is_asking_people_about_them() -> None:
    # 'We are legally required to consult on any changes' was '... to talk to on any changes'
    assert _words("We have to consult on any changes to the scheme.") == (
        "We have to ask people about any changes to the scheme."
    )
    assert "talk to on" not in _words("The council will consult on the new rules in May.")


def test_a_contraction_before_its_subject_in_a_question_stays() -> None:
    # 'What can't you influence?' was 'What cannot you influence?'
    assert _words("Why can't you collect my bin?") == "Why can't you collect my bin?"
    assert _words("You can't park here.") == "You cannot park here."


def test_a_condition_of_one_dated_event_is_no_sometimes() -> None:
    # 'If it is adopted, the new scheme will begin on 1 April 2026' made 'Sometimes it is adopted.'
    said = _said("If it is approved, the new car park will open on 3 March 2027.")
    assert not any(p.startswith("Sometimes") for p in said)
    # any one of many may still be said as a case
    said = _said("Where a permit is not renewed by that date, parking will be stopped from 1 May 2027 until it is.")
    assert said[0].startswith("Sometimes a permit")


def test_which_means_inside_a_condition_leaves_its_and_to_the_condition() -> None:
    # 'help if you are eligible, which means X, and you are at risk of Y' made 'And you are at risk of Y.' a sentence
    said = _said(
        "We can give you a grant if you are eligible, which means you live in the borough, and you are at risk of "
        "losing your home within 8 weeks."
    )
    assert not any(p.startswith("And you are at risk") for p in said)
    assert not any(p.startswith("This means") for p in said)


def test_an_illness_whose_name_ends_in_s_is_one_thing() -> None:
    # 'protect against shingles, a painful rash that X' made 'Shingles are a painful rash that X.'
    said = _said(
        "The jab helps protect your child against measles, a serious illness that can spread very fast in schools."
    )
    assert "Measles is a serious illness that can spread very fast in schools." in said
    said = _said("The letter is for new tenants, a group that often needs help with the forms in the first weeks.")
    assert not any(p.startswith("New tenants is") for p in said)


def test_a_capital_the_parse_took_for_a_name_is_not_moved() -> None:
    # 'Damp and mould can be caused by many things.' made 'Many things can cause Damp and mould.', an invented name
    said = " ".join(_said("Mould and rot can be caused by many things."))
    assert "cause Mould" not in said
    assert _said("Oakfield Leisure Centre is managed by a local charity.") == [
        "A local charity manages Oakfield Leisure Centre."
    ]


def test_a_list_that_starts_inside_its_first_item_is_no_list() -> None:
    # 'because of faults in the walls, roof, windows or floors' listed 'faults in the walls' / 'roof' / 'windows'
    said = _said("Rain can get into a loft from outside because of gaps in the tiles, gutters, chimney or flashing.")
    assert not any(" / " in p and p.split(" / ")[1] == "gutters" for p in said)


def test_numbered_headings_over_their_text_are_headings(tmp_path: Path) -> None:
    # a PDF's '1. Introduction' directly over its text was read as a numbered list of one-line items
    path = tmp_path / "policy.txt"
    path.write_text(
        "Street Lighting Policy\n\n1. Introduction\nWe light 9,000 streets at night.\nMost lights are LED.\n\n"
        "2. Reporting a fault\nReport a broken light online.\n\n3. Repairs\nWe fix most faults in 5 days.\n",
        encoding="utf-8",
    )
    document = read_source(path)
    assert [s.title for s in document.sections] == ["Introduction", "Reporting a fault", "Repairs"]
    assert document.sections[0].blocks[0].kind == "paragraph"


def test_so_far_as_and_a_list_of_questions_are_no_cuts() -> None:
    # 'to ensure, so far as is reasonably practicable, that X' made 'to ensure.' 'So far as ..., that X.'
    said = _said(
        "The council must make sure, so far as is reasonably practicable, that every school route is safe to walk "
        "in winter."
    )
    assert not any(p.endswith("make sure.") for p in said)
    # 'explains which roads we treat, when we treat them and what you can do' made 'This is when we treat them'
    said = _said("This leaflet explains which bins we empty, when we empty them and what residents can do to help.")
    assert not any(p.startswith("This is when") for p in said)


def test_a_list_of_links_to_the_page_s_own_parts_is_no_part(tmp_path: Path) -> None:
    # an 'On this page' box of in-page links became a part of bullets read out before the page's text
    page = tmp_path / "vote.html"
    page.write_text(
        "<html><body><main><h1>Postal votes</h1><div><h2>On this page</h2><ul><li><a href='#apply'>Apply</a></li>"
        "<li><a href='#change'>Change your vote</a></li></ul></div><h2 id='apply'>Apply</h2><p>Apply online.</p>"
        "<h2 id='change'>Change your vote</h2><p>Tell us in writing.</p>"
        "<ul><li><a href='#apply'>Apply</a> by 5pm on the day</li><li>Sign the form</li></ul></main></body></html>",
        encoding="utf-8",
    )
    document = read_source(page)
    assert [s.title for s in document.sections] == ["Apply", "Change your vote"]
    assert document.sections[1].blocks[-1].items == ("Apply by 5pm on the day", "Sign the form")


def test_a_relative_phrase_inside_a_condition_stays_in_it() -> None:
    # 'if you have reported an incident, in which you were targeted because of X' made 'In this, you were targeted.'
    said = _said(
        "You can ask us to look again if you have reported a break-in at your shed, in which tools were taken, within "
        "the last 3 months."
    )
    assert not any(p.startswith("In this") for p in said)


def test_no_main_clause_starts_with_of() -> None:
    # 'If you want to build a larger extension, of up to 6 metres, or 8 metres for X, you must tell us' made 'Do you
    # want to build a larger extension?' 'Of up to 6 metres, or 8 metres for X, you must tell us.'
    said = _said(
        "If you want to build a larger shed, of up to 3 metres high, or 4 metres for a corner plot, you must tell us "
        "before you start, and we will write to your neighbours."
    )
    assert not any(p.startswith("Of up to") for p in said)
    assert not any(p == "Do you want to build a larger shed?" for p in said)

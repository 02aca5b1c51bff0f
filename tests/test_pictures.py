"""Pictures beside key points: matching, overrides, a user's symbol folder, and what a build publishes."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from publisher.build import build, settings_fingerprint
from publisher.check import check_output
from publisher.config import Config, load_config
from publisher.errors import ConfigError
from publisher.model import Block, Section
from publisher.pictures import PictureChooser, curated_concepts, open_pictures
from publisher.pictures.matching import Concept, ConceptFinder, plural, tokens, verb_forms
from publisher.pictures.sets import OpenMoji
from tests.conftest import SMALL

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'


def paragraph(text: str) -> Block:
    return Block("paragraph", (text,))


@pytest.fixture(scope="module")
def chooser() -> PictureChooser:
    found = open_pictures("openmoji")
    assert found is not None
    return found


def test_every_curated_concept_has_its_symbol_in_openmoji_and_words_to_find_it() -> None:
    symbols = OpenMoji()
    concepts = curated_concepts()
    assert len(concepts) >= 50
    for concept in concepts:
        assert symbols.has(concept.symbol), concept.name
        assert concept.nouns or concept.verbs or concept.phrases or concept.patterns, concept.name
    assert len({c.name for c in concepts}) == len(concepts)


def test_words_are_found_in_their_written_forms() -> None:
    assert plural("ferry") == "ferries" and plural("bus") == "buses" and plural("child") == "children"
    assert verb_forms("arrest") == {"arrest", "arrests", "arrested", "arresting"}
    assert verb_forms("stop") == {"stop", "stops", "stopped", "stopping"}
    assert verb_forms("vote") == {"vote", "votes", "voted", "voting"}
    assert tokens("The UK-France team's 24/7 cover") == ["the", "uk", "france", "team", "24", "7", "cover"]
    finder = ConceptFinder([Concept("arrest", "X", 3, verbs=("arrest",)), Concept("boat", "Y", 3, nouns=("boat",))])
    assert finder.find(["Officers arrested 3 men.", "Two boats came."]) == {"arrest": (1, True), "boat": (1, False)}
    assert finder.find(["The boating lake is shut."]) == {}  # whole words only


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("If your bin was missed, call us on 0300 123 4567.", "phone"),
        ("Call 0300 123 4567 to book.", "phone"),
        ("The charge is £35 a year.", "money"),
        ("You can pay your council tax online.", "money"),  # "council tax" is money, not the council
        ("The Home Office runs the scheme.", "government"),  # not a house
        ("Children who are 5 get a free flu jab at school.", "vaccine"),  # the weightiest concept
        ("Measles spreads quickly among children.", "illness"),
        ("Police officers arrested 2 men in the park.", "police"),  # both weigh 3: the first sentence names both
        ("Recycle your glass. If you need help, call us.", "recycling"),  # the first sentence's concept
        ("Put your bin out by 7am on the day.", "bin"),
        ("The small dinghies carry too many people.", "boat"),
        ("Vote at your polling station on 2 May.", "vote"),
    ],
)
def test_a_block_gets_the_picture_of_what_it_is_about(chooser: PictureChooser, text: str, concept: str) -> None:
    assert chooser.concept_for(paragraph(text)) == concept


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners call for a change in the rules.",  # a "call" that is no phone call
        "We will do whatever it takes.",
        "This is what they meant.",
        "It says more about the approach than the result. Dates are set on Monday.",  # a date, but not first
    ],
)
def test_a_block_with_no_good_match_gets_no_picture(chooser: PictureChooser, text: str) -> None:
    assert chooser.concept_for(paragraph(text)) is None


def test_tables_get_no_picture_and_blocks_in_a_row_on_one_thing_share_one(chooser: PictureChooser) -> None:
    blocks = (
        paragraph("Put your bin out by 7am."),
        paragraph("Bins are emptied every week."),  # the same point again: no second picture
        Block("table", ("Area: North. Bin day: Monday.",), (("Area", "Bin day"), ("North", "Monday")), True),
        paragraph("Call us on 0300 123 4567."),
        paragraph("We will do whatever it takes."),
    )
    section = chooser.illustrate(Section("bins", "Bins", blocks))
    assert [(p.block, p.concept) for p in section.pictures] == [(0, "bin"), (3, "phone")]
    picture = section.pictures[0]
    assert picture.file_name == "1F5D1.svg" and picture.data.startswith(b"<svg")
    assert (picture.set_name, picture.licence) == ("OpenMoji", "CC BY-SA 4.0")
    assert section.chapter_image.startswith(b"\x89PNG")  # podcast apps show PNG, not SVG


def test_overrides_choose_a_concept_a_symbol_or_none(tmp_path: Path) -> None:
    overrides = tmp_path / "pictures.toml"
    overrides.write_text('"small boats" = "none"\n"queue" = "clock"\n"wheelie" = "1F5D1"\n', encoding="utf-8")
    chooser = open_pictures("openmoji", overrides)
    assert chooser is not None
    assert chooser.concept_for(paragraph("Small boats cross the sea.")) is None
    assert chooser.concept_for(paragraph("The queue at the tip is long.")) == "clock"
    assert chooser.concept_for(paragraph("Your wheelie is emptied weekly.")) == "bin"
    overrides.write_text('"queue" = "a-picture-nobody-has"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="names no concept or symbol of OpenMoji"):
        open_pictures("openmoji", overrides)


def test_overrides_and_the_symbol_set_are_part_of_the_fingerprint(tmp_path: Path) -> None:
    overrides = tmp_path / "pictures.toml"
    overrides.write_text('"bin" = "none"\n', encoding="utf-8")
    plain = Config(cache_dir=None)
    with_overrides = Config(cache_dir=None, picture_overrides=overrides)
    without_pictures = Config(cache_dir=None, pictures="none")
    prints = {settings_fingerprint(c) for c in (plain, with_overrides, without_pictures)}
    assert len(prints) == 3
    overrides.write_text('"bin" = "phone"\n', encoding="utf-8")
    assert settings_fingerprint(with_overrides) not in prints


def _symbol_folder(folder: Path, table: str, name: str = "symbols.toml") -> Path:
    folder.mkdir()
    (folder / "wheelie-bin.svg").write_bytes(SVG)
    (folder / "telephone.png").write_bytes(b"\x89PNG\r\n\x1a\nfake")
    (folder / name).write_text(table, encoding="utf-8")
    return folder


def test_a_users_symbol_folder_brings_its_keywords_and_its_credit(tmp_path: Path) -> None:
    folder = _symbol_folder(
        tmp_path / "house",
        '[about]\nname = "Riverside symbols"\nlicence = "CC BY-SA 4.0"\nurl = "https://example.org/symbols"\n'
        '[symbols]\n"wheelie-bin.svg" = ["wheelie bin", "rubbish"]\n"telephone.png" = ["phone"]\n',
    )
    chooser = open_pictures(str(folder))
    assert chooser is not None
    section = chooser.illustrate(Section("s", "S", (paragraph("Your rubbish goes out on Monday."),
                                                    paragraph("Call us on 0300 123 4567."))))  # fmt: skip
    bin_picture, phone_picture = section.pictures
    assert (bin_picture.concept, bin_picture.file_name, bin_picture.data) == ("wheelie-bin", "wheelie-bin.svg", SVG)
    # "phone" names a curated concept, so "call us" and a phone number find the folder's telephone.
    assert (phone_picture.concept, phone_picture.file_name) == ("telephone", "telephone.png")
    assert (phone_picture.set_name, phone_picture.licence) == ("Riverside symbols", "CC BY-SA 4.0")
    assert chooser.concept_for(paragraph("Boats cross the sea.")) is None  # the folder has no boat


def test_a_symbol_folder_may_keep_its_keywords_in_csv(tmp_path: Path) -> None:
    folder = _symbol_folder(tmp_path / "csv", '[about]\nname = "Mulberry"\nlicence = "CC BY-SA 4.0"\n')
    (folder / "symbols.csv").write_text("file,keywords\nwheelie-bin.svg,bin;recycling box\n", encoding="utf-8")
    chooser = open_pictures(str(folder))
    assert chooser is not None
    assert chooser.concept_for(paragraph("Put the recycling box out.")) == "wheelie-bin"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[symbols]\n"wheelie-bin.svg" = ["bin"]\n', "must say the symbols' licence"),
        ('[about]\nlicence = "MIT"\n[symbols]\n"missing.svg" = ["bin"]\n', "not in"),
        ('[about]\nlicence = "MIT"\n[symbols]\n"notes.txt" = ["bin"]\n', "not an .svg or .png"),
        ('[about]\nlicence = "MIT"\n', "has no symbols listed"),
        ("[about\n", "cannot be read"),
    ],
)
def test_a_broken_symbol_folder_is_a_clear_config_error(tmp_path: Path, table: str, message: str) -> None:
    folder = _symbol_folder(tmp_path / "bad", table)
    with pytest.raises(ConfigError, match=message):
        open_pictures(str(folder))


def test_the_config_names_a_set_a_folder_beside_it_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _symbol_folder(tmp_path / "symbols", '[about]\nlicence = "MIT"\n[symbols]\n"wheelie-bin.svg" = ["bin"]\n')
    (tmp_path / "publisher.toml").write_text('pictures = "symbols"\n', encoding="utf-8")
    (tmp_path / "pictures.toml").write_text('"bin" = "none"\n', encoding="utf-8")
    config = load_config(tmp_path / "publisher.toml")
    assert config.pictures == str(tmp_path / "symbols")
    assert config.picture_overrides == tmp_path / "pictures.toml"  # found beside the config
    monkeypatch.chdir(tmp_path)
    (tmp_path / "publisher.toml").write_text('pictures = "nowhere"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="pictures must be openmoji, none, or a folder"):
        load_config(tmp_path / "publisher.toml")
    assert load_config(None, pictures="none").pictures == "none"


def test_a_build_publishes_the_pictures_with_their_credit_and_chapter_images(
    make_config: Callable[..., Config],
) -> None:
    config = make_config()
    build([SMALL], config)
    out = config.output_dir
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    (briefing,) = manifest["briefings"]
    pictures = [p for s in briefing["sections"] for p in s["pictures"]]
    assert {"bin", "recycling"} <= {p["concept"] for p in pictures}
    for picture in pictures:
        assert (out / picture["path"]).read_bytes().startswith(b"<svg")
        assert (picture["set"], picture["licence"], picture["url"]) == (
            "OpenMoji",
            "CC BY-SA 4.0",
            "https://openmoji.org/",
        )
    page = (out / briefing["page"]).read_text("utf-8")
    assert page.count('class="point-picture"') == len(pictures)
    assert all(f'src="pictures/{Path(p["path"]).name}" alt=""' in page for p in pictures)
    assert "About the pictures: they come from" in page and "CC BY-SA 4.0" in page
    chapters = json.loads((out / briefing["episode"]["chapters"]).read_text("utf-8"))["chapters"]
    images = [c["img"] for c in chapters if "img" in c]
    assert images and all(i.startswith("https://example.org/briefings/") and i.endswith(".png") for i in images)
    tag = ID3(io.BytesIO((out / briefing["episode"]["path"]).read_bytes()))
    chapter_pictures = [f for chap in tag.getall("CHAP") for f in chap.sub_frames.getall("APIC")]
    assert len(chapter_pictures) == len(images) and chapter_pictures[0].data.startswith(b"\x89PNG")
    assert check_output(out, measure=False) == []
    (out / pictures[0]["path"]).unlink()
    assert any("picture missing" in p for p in check_output(out, measure=False))


def test_without_pictures_the_page_has_none_and_no_credit(make_config: Callable[..., Config]) -> None:
    config = make_config(pictures="none")
    build([SMALL], config)
    manifest = json.loads((config.output_dir / "manifest.json").read_text("utf-8"))
    (briefing,) = manifest["briefings"]
    assert all(s["pictures"] == [] for s in briefing["sections"])
    assert all(
        "img" not in c
        for c in json.loads((config.output_dir / briefing["episode"]["chapters"]).read_text())["chapters"]
    )
    page = (config.output_dir / briefing["page"]).read_text("utf-8")
    assert "point-picture" not in page and "About the pictures" not in page
    assert not (config.output_dir / briefing["slug"] / "pictures").exists()

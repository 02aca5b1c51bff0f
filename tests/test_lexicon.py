from __future__ import annotations

from pathlib import Path

import pytest

from publisher.errors import ConfigError
from publisher.speech import speak
from publisher.speech.lexicon import Entry, Lexicon, load_lexicon

PLS = """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en-GB">
  <lexeme><grapheme>HMCTS</grapheme><alias>H M courts and tribunals service</alias></lexeme>
  <lexeme><grapheme>Leicester</grapheme><phoneme>ˈlɛstə</phoneme></lexeme>
  <lexeme><grapheme>Ofqual</grapheme><grapheme>OFQUAL</grapheme><alias>Off-qual</alias></lexeme>
</lexicon>
"""


def test_longest_match_wins_and_whole_words_only() -> None:
    lexicon = Lexicon(
        [Entry("Border", "BORDER"), Entry("Border Force", "the force"), Entry("or", "OR", exact_case=False)]
    )
    assert (
        speak("Border Force at the Border or not; Borders.", lexicon)[0] == "The force at the BORDER OR not; Borders."
    )


def test_sentence_start_capital_is_kept_only_at_the_start() -> None:
    lexicon = Lexicon([Entry("co-operation", "cooperation", exact_case=False)])
    assert speak("Co-operation helps.", lexicon)[0] == "Cooperation helps."
    assert speak("“Co-operation” helps.", lexicon)[0] == "“Cooperation” helps."
    assert speak("We value Co-operation.", lexicon)[0] == "We value cooperation."


def test_case_rules() -> None:
    lexicon = Lexicon([Entry("NICE", "nice"), Entry("calais", "Calais", exact_case=False)])
    assert speak("NICE is nice in CALAIS.", lexicon)[0] == "nice is nice in Calais."


def test_later_entries_override_earlier_ones(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('[words]\n"24/7" = "all day, every day"\n"Aux" = { say = "oh", case = "any" }\n', "utf-8")
    lexicon = load_lexicon([user])
    assert speak("Open 24/7.", lexicon)[0] == "Open all day, every day."
    assert speak("aux", lexicon)[0] == "oh"
    assert speak("Open 24/7.", load_lexicon())[0] == "Open twenty-four seven."
    assert (
        speak("Open 24/7.", load_lexicon(builtin=False))[0] == "Open twenty-four seven."
    )  # the normaliser knows it too


def test_pls_import(tmp_path: Path) -> None:
    path = tmp_path / "court.pls"
    path.write_text(PLS, "utf-8")
    lexicon = load_lexicon([path], builtin=False)
    assert len(lexicon) == 4
    assert speak("The HMCTS said.", lexicon)[0] == "The H M courts and tribunals service said."
    assert speak("OFQUAL and Ofqual", lexicon)[0] == "Off-qual and Off-qual"
    entry = next(e for e in lexicon.entries if e.key == "Leicester")
    assert (entry.say, entry.phonemes, entry.alphabet) == ("Leicester", "ˈlɛstə", "ipa")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.toml", "[words\n", "not valid TOML"),
        ("bad.toml", '[words]\n"x" = 3\n', "must be a string or a table"),
        ("bad.toml", '[words]\n"x" = { say = "y", loud = true }\n', "unknown field 'loud'"),
        ("bad.toml", '[words]\n"x" = { say = "y", case = "upper" }\n', "case must be"),
        ("bad.pls", "<lexicon>", "not valid PLS XML"),
        ("bad.txt", "x", "must be a .toml or .pls file"),
    ],
)
def test_bad_lexicons_are_config_errors(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message):
        load_lexicon([path])


def test_missing_lexicon(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        load_lexicon([tmp_path / "nope.toml"])

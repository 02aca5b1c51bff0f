from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from publisher import __version__
from publisher.cli import main
from tests.conftest import ROOT, SMALL


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"publisher {__version__}"
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    help_text = capsys.readouterr().out
    for option in ("--output", "--engine", "--base-url", "SOURCE"):
        assert option in help_text


def test_build_with_fake_engine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    code = main(["build", str(SMALL), "-o", str(out), "--engine", "fake", "--base-url", "https://x.org/a"])
    assert code == 0
    assert "published 1 briefing(s), 3 sections" in capsys.readouterr().out
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["channel"]["base_url"] == "https://x.org/a/"
    assert len(manifest["briefings"][0]["sections"]) == 3
    for name in ("feed.xml", "sections.xml", "index.html", "cover.png"):
        assert (out / name).is_file()


def test_check_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site"
    assert main(["-q", "build", str(SMALL), "-o", str(out), "--engine", "fake"]) == 0
    assert main(["check", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"{out}: all checks passed"
    (out / "sections.xml").unlink()
    assert main(["check", str(out), "--no-audio-analysis"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith(f"{out}/sections.xml: cannot be parsed")
    assert lines[-1] == f"1 problem(s) in {out}"
    assert main(["check", str(tmp_path / "nothing")]) == 1
    assert "has no manifest.json" in capsys.readouterr().err


def test_two_sources_get_distinct_slugs(tmp_path: Path) -> None:
    out = tmp_path / "site"
    twin = tmp_path / "twin.txt"
    twin.write_bytes(SMALL.read_bytes())  # another file with the same title
    assert main(["-q", "build", str(SMALL), str(twin), "-o", str(out), "--engine", "fake"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    slugs = [b["slug"] for b in manifest["briefings"]]
    assert slugs[1] == slugs[0] + "-2"
    assert (out / slugs[1] / "index.html").is_file()


@pytest.mark.parametrize(
    ("content", "message", "code"),
    [
        (None, "does not exist", 3),
        (b"", "has no text", 3),
        (b"\x00\x01\x02binary\xff", "not a text file", 3),
    ],
)
def test_bad_sources_exit_nonzero_with_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str, code: int
) -> None:
    source = tmp_path / "sheet.txt"
    if content is not None:
        source.write_bytes(content)
    out = tmp_path / "out"
    assert main(["build", str(source), "-o", str(out), "--engine", "fake"]) == code
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("publisher: error: ") and message in err[-1]
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["sheet.txt"] if content is not None else [])


def test_unknown_engine_and_bad_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(SMALL), "-o", str(tmp_path / "o"), "--engine", "nope"]) == 4
    assert "unknown engine 'nope'" in capsys.readouterr().err
    assert main(["build", str(SMALL), "-o", str(tmp_path / "o"), "--base-url", "example.org"]) == 2
    assert "absolute http(s) URL" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["build"])
    assert exit_info.value.code == 2
    assert "SOURCE" in capsys.readouterr().err


def test_module_entry_point_prints_no_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "publisher",
            "build",
            str(tmp_path / "missing.txt"),
            "-o",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 3
    assert result.stderr.strip() == f"publisher: error: {tmp_path / 'missing.txt'} does not exist"
    assert "Traceback" not in result.stderr


def test_voices_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["voices"]) == 0
    out = capsys.readouterr().out
    assert "hibari [default]: " in out and "usable here" in out
    assert "gtts: " in out and "online only" in out
    assert "    heart (American)" in out


def test_second_build_speaks_nothing_and_one_edit_speaks_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "sheet.txt"
    source.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "site"
    arguments = ["build", str(source), "-o", str(out), "--engine", "fake", "--workers", "1"]
    assert main(arguments) == 0
    assert "(12 sentences spoken, 0 from the cache)" in capsys.readouterr().out
    assert main(arguments) == 0
    assert capsys.readouterr().out.startswith("nothing changed:")
    source.write_text(source.read_text(encoding="utf-8").replace("Food tins", "Drinks cans"), encoding="utf-8")
    assert main(arguments) == 0
    assert "(1 sentence spoken, 11 from the cache)" in capsys.readouterr().out
    source.write_text(source.read_text(encoding="utf-8") + "\n\n\nA new part.\n", encoding="utf-8")
    assert main([*arguments, "--engine", "fake"]) == 0
    assert "(1 sentence spoken, 12 from the cache)" in capsys.readouterr().out
    assert main([*arguments, "--no-cache"]) == 0
    assert "(13 sentences spoken, 0 from the cache)" in capsys.readouterr().out


def test_lexicon_option(tmp_path: Path) -> None:
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('[words]\n"Riverside" = "River side"\n', encoding="utf-8")
    source = tmp_path / "sheet.txt"
    source.write_text("Riverside news\n\n\nRiverside Council is open.\n", encoding="utf-8")
    out = tmp_path / "site"
    assert main(["-q", "build", str(source), "-o", str(out), "--engine", "fake", "--lexicon", str(lexicon)]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["briefings"][0]["sections"][0]["text"] == "River side Council is open."
    assert main(["build", str(source), "-o", str(out), "--lexicon", str(tmp_path / "no.toml")]) == 2


def test_pictures_option_names_a_set_a_folder_or_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o"
    assert main(["build", str(SMALL), "-o", str(out), "--engine", "fake", "--pictures", "nowhere"]) == 2
    assert "pictures must be openmoji, none, or a folder of symbols" in capsys.readouterr().err
    (tmp_path / "symbols").mkdir()  # a folder with no keyword table
    assert main(["build", str(SMALL), "-o", str(out), "--engine", "fake", "--pictures", str(tmp_path / "symbols")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "needs a symbols.toml" in err[0]
    assert not out.exists()  # nothing written
    assert main(["build", str(SMALL), "-o", str(out), "--engine", "fake", "--pictures", "none", "-q"]) == 0
    assert not list(out.rglob("pictures"))


def test_a_library_logger_at_info_is_not_shown_without_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    import logging

    from publisher.cli import _configure_logging

    library = logging.getLogger("some.library")
    library.setLevel(logging.INFO)  # as Dask's distributed does for its own loggers
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        _configure_logging(0, False)
        library.info("Close client connection")
        logging.getLogger("publisher").warning("a warning")
        assert capsys.readouterr().err.splitlines() == ["publisher: a warning"]
        _configure_logging(1, False)
        library.info("Close client connection")
        assert "Close client connection" in capsys.readouterr().err
    finally:
        library.setLevel(logging.NOTSET)
        root.handlers[:] = handlers
        root.setLevel(level)

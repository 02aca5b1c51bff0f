"""Never lose or corrupt a publication: killed builds, concurrent builds, damaged caches, hanging
engines, hostile input, and property-based tests that any input ends in output or a PublisherError."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from publisher.build import build
from publisher.check import check_output
from publisher.config import Config
from publisher.errors import EngineError, OutputError, PublisherError
from publisher.writer import output_lock
from tests.conftest import FIXTURES, ROOT, SEED, SMALL

HOSTILE = FIXTURES / "formats" / "hostile.html"


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


def _build_command(out: Path, cache: Path) -> list[str]:
    return [sys.executable, "-m", "publisher", "-q", "build", str(SEED), "-o", str(out), "--engine", "fake",
            "--workers", "1", "--base-url", "https://example.org/"] + (["--no-cache"] if cache else [])  # fmt: skip


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_the_old_output_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = _build_command(out, tmp_path)
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    duration = time.perf_counter() - started
    before = _tree(out)
    kills = 12
    for n in range(kills):
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * (0.35 + 0.7 * n / kills))  # from start-up to the very end of the build
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert _tree(out) == before, f"kill {n} changed the output"
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    assert _tree(out) == before
    # No half-built folder is left; the site the last build replaced waits for the next one.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.") and p.name != ".out.lock"]
    assert leftovers == [".out.previous"]
    assert _tree(tmp_path / ".out.previous") == before


def test_a_second_build_at_the_same_time_stops_with_a_clear_message(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    config = make_config()
    with output_lock(config.output_dir):
        result = subprocess.run(
            [sys.executable, "-m", "publisher", "build", str(SMALL), "-o", str(config.output_dir), "--engine", "fake"],
            capture_output=True, text=True, cwd=ROOT, check=False,
        )  # fmt: skip
        assert result.returncode == 5
        assert f"another publisher build (process {os.getpid()}) is writing" in result.stderr
        with pytest.raises(OutputError, match="another publisher build"):
            build([SMALL], config)
    build([SMALL], config)  # the lock is free again
    assert (config.output_dir / "manifest.json").is_file()


def test_a_damaged_cache_entry_is_spoken_again_and_never_published(make_config: Callable[..., Config]) -> None:
    config = make_config()
    first = build([SMALL], config)
    before = _tree(config.output_dir)
    assert config.cache_dir is not None
    entries = sorted(config.cache_dir.rglob("*.pcm"))
    assert len(entries) == first.synthesis.synthesized
    entries[0].write_bytes(entries[0].read_bytes()[:-7] + b"garbage")
    (config.output_dir / "manifest.json").unlink()  # so that the briefing is made again, not skipped
    again = build([SMALL], config)
    assert again.synthesis.synthesized == 1
    assert _tree(config.output_dir) == before


def test_a_hanging_engine_is_stopped_and_named(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    from publisher.voices.fake import FakeEngine

    def hang(self: FakeEngine, text: str) -> object:
        time.sleep(30)
        raise AssertionError("not reached")

    monkeypatch.setattr(FakeEngine, "synthesize", hang)
    config = make_config(engine_timeout=0.3)
    started = time.perf_counter()
    with pytest.raises(
        EngineError, match=r"in section 'Introduction': engine 'fake' took over 0\.3 s on 'Bins will be"
    ):
        build([SMALL], config)
    assert time.perf_counter() - started < 10
    assert not config.output_dir.exists()


def test_section_slugs_stay_when_the_text_changes(make_config: Callable[..., Config], tmp_path: Path) -> None:
    source = tmp_path / "sheet.txt"
    source.write_text(SMALL.read_text("utf-8"), "utf-8")
    config = make_config()
    build([source], config)
    before = json.loads((config.output_dir / "manifest.json").read_text("utf-8"))["briefings"][0]
    edited = SMALL.read_text("utf-8").replace("You can recycle these things", "Put these things in the blue box")
    source.write_text(edited, "utf-8")
    build([source], config)
    after = json.loads((config.output_dir / "manifest.json").read_text("utf-8"))["briefings"][0]
    assert after["sections"][1]["title"] != before["sections"][1]["title"]  # a title the part's words give it
    assert [s["slug"] for s in after["sections"]] == [s["slug"] for s in before["sections"]]
    assert [s["guid"] for s in after["sections"]] == [s["guid"] for s in before["sections"]]
    assert [s["audio"]["path"] for s in after["sections"]] == [s["audio"]["path"] for s in before["sections"]]


def test_hostile_html_gives_inert_valid_output(make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([HOSTILE], config)
    out = config.output_dir
    assert check_output(out, measure=False) == []
    pages = [p.read_text("utf-8") for p in out.rglob("*.html")]
    for page in pages:
        assert "<script>alert" not in page and "onerror=" not in page and "onclick=" not in page
        assert "javascript:" not in page and "<iframe" not in page and "onload=" not in page
        assert "\u202e" not in page and "\u200b" not in page
        assert page.count("<script") == 1  # only publisher's own read-along script
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    slugs = [s["slug"] for s in manifest["briefings"][0]["sections"]]
    assert all("/" not in slug and ".." not in slug for slug in slugs)
    assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
    import xml.etree.ElementTree as ET

    for feed in ("feed.xml", "sections.xml"):
        ET.parse(out / feed)  # valid XML despite ]]> and </title> in the title


text_inputs = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=400
) | st.sampled_from(
    ["<p>", "</title>", "]]>", "£", "24/7", "\u202e", "1,2,3,", "Mr.", "e.g.", "#", "- ", "1. ", "said:", "\n\n\n"]
).flatmap(lambda piece: st.lists(st.just(piece) | st.text(max_size=20), max_size=30).map("".join))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_inputs)
def test_readers_end_in_structure_or_a_publisher_error(text: str) -> None:
    from publisher.sources.html import parse_html
    from publisher.sources.markdown import parse_markdown
    from publisher.sources.text import parse_text

    for parse in (parse_text, parse_html, parse_markdown):
        parsed = parse(text)
        assert all(blocks for _, blocks in parsed.sections)


@settings(max_examples=200, deadline=None)
@given(text_inputs)
def test_the_normaliser_always_gives_words(text: str) -> None:
    from publisher.speech import load_lexicon, speak

    spoken, voiced = speak(text, load_lexicon())
    assert isinstance(spoken, str) and isinstance(voiced, str)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(text=text_inputs)
def test_reading_and_rewriting_any_file_ends_in_a_document_or_a_publisher_error(text: str, tmp_path: Path) -> None:
    from publisher.plain import rewrite_document
    from publisher.sources import read_source

    path = tmp_path / "any.txt"
    path.write_text(text, "utf-8", errors="replace")
    try:
        document = read_source(path)
    except PublisherError:
        return
    rewritten = rewrite_document(document)
    assert len(rewritten.sections) == len(document.sections)

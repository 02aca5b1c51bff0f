"""Whole builds with the fake engine: several briefings in one channel, rebuilds, the check command."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from publisher.build import build, read_documents
from publisher.check import check_output
from publisher.config import Config
from publisher.errors import OutputError
from publisher.sources import load_source
from tests.conftest import FIXTURES, SMALL

FORMATS = FIXTURES / "formats"


def _copy(tmp_path: Path, name: str, text: str | None = None) -> Path:
    path = tmp_path / name
    path.write_text(text if text is not None else SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _manifest(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_fake_build_passes_every_check(make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([SMALL], config)
    assert check_output(config.output_dir) == []


def test_unchanged_rebuild_leaves_feeds_and_manifest_byte_identical(
    make_config: Callable[..., Config],
) -> None:
    config = make_config()
    build([SMALL], config)
    before = {n: (config.output_dir / n).read_bytes() for n in ("feed.xml", "sections.xml", "manifest.json")}
    build([SMALL], make_config())  # a new build time, same input
    after = {n: (config.output_dir / n).read_bytes() for n in before}
    assert after == before


def test_another_factsheet_is_added_to_the_channel(make_config: Callable[..., Config], tmp_path: Path) -> None:
    config = make_config()
    first = _copy(tmp_path, "first.txt")
    build([first], config)
    earlier = _manifest(config.output_dir)["briefings"][0]
    second = _copy(tmp_path, "second.txt", "Library opening hours\n\n\nThe library opens at 9am. It shuts at 5pm.\n")
    build([second], config)
    manifest = _manifest(config.output_dir)
    assert [b["title"] for b in manifest["briefings"]] == [earlier["title"], "Library opening hours"]
    assert manifest["briefings"][0] == earlier
    assert [b["episode_number"] for b in manifest["briefings"]] == [1, 2]
    for path in [earlier["episode"]["path"], *(s["audio"]["path"] for s in earlier["sections"])]:
        assert (config.output_dir / path).is_file()
    assert check_output(config.output_dir, measure=False) == []
    index = (config.output_dir / "index.html").read_text(encoding="utf-8")
    assert earlier["title"] in index and "Library opening hours" in index


def test_edited_factsheet_keeps_its_identity(make_config: Callable[..., Config], tmp_path: Path) -> None:
    config = make_config()
    source = _copy(tmp_path, "sheet.txt")
    build([source], config)
    before = _manifest(config.output_dir)["briefings"][0]
    source.write_text(SMALL.read_text(encoding="utf-8").replace("Factsheet: Bin collections", "Bins"), "utf-8")
    build([source], make_config(build_time=config.build_time.replace(year=2031)))
    after = _manifest(config.output_dir)["briefings"]
    assert len(after) == 1
    assert (after[0]["slug"], after[0]["guid"], after[0]["published"]) == (
        before["slug"],
        before["guid"],
        before["published"],
    )
    assert after[0]["title"].startswith("Bins")
    assert after[0]["updated"] > before["updated"]


def test_missing_file_of_an_earlier_build_is_an_error_not_a_broken_feed(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    config = make_config()
    build([_copy(tmp_path, "first.txt")], config)
    earlier = _manifest(config.output_dir)["briefings"][0]
    (config.output_dir / earlier["sections"][0]["audio"]["path"]).unlink()
    second = _copy(tmp_path, "second.txt", "Parking\n\n\nParking is free on Sundays.\n")
    with pytest.raises(OutputError, match=r"missing .*01-"):
        build([second], config)


def test_check_reports_each_problem(make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([SMALL], config)
    out = config.output_dir
    manifest = _manifest(out)
    section = manifest["briefings"][0]["sections"][1]
    with (out / section["audio"]["path"]).open("ab") as handle:
        handle.write(b"\0")
    (out / section["audio"]["transcript"]).write_text("WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nx\n", "utf-8")
    feed = (out / "feed.xml").read_text("utf-8").replace("<itunes:explicit>false", "<itunes:explicit>no")
    (out / "feed.xml").write_text(feed, "utf-8")
    shutil.copy(out / manifest["briefings"][0]["sections"][0]["audio"]["path"], out / "x.mp3")
    problems = check_output(out, measure=False)
    path = section["audio"]["path"]
    assert f"{path}: {section['audio']['bytes'] + 1} bytes, the manifest says {section['audio']['bytes']}" in problems
    assert f"{path}: SHA-256 differs from the manifest" in problems
    assert f"{section['audio']['transcript']}: line 3: cue ends before it starts" in problems
    assert "feed.xml: itunes:explicit must be 'false'" in problems
    assert any("sections.xml: item" in p and "enclosure length" in p for p in problems)
    (out / "manifest.json").write_text("{}", "utf-8")
    assert 'manifest.json: $: "schema_version" is a required property' in check_output(out)


def test_two_workers_publish_byte_identical_output(make_config: Callable[..., Config], tmp_path: Path) -> None:
    trees = []
    for workers in (1, 2):
        config = make_config(output_dir=tmp_path / f"out{workers}", workers=workers, cache_dir=None)
        build([SMALL], config)
        files = sorted(p for p in config.output_dir.rglob("*") if p.is_file())
        trees.append({p.relative_to(config.output_dir): p.read_bytes() for p in files})
    assert trees[0] == trees[1]


def test_with_a_thread_safe_engine_a_helper_process_rewrites_while_the_voice_loads(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publisher.build import rewrite_and_load
    from publisher.plain import rewrite_documents
    from publisher.plain.helper import RewriteHelper
    from publisher.voices.fake import FakeEngine

    config = make_config(workers=2)
    documents = read_documents([load_source(SMALL)], config)
    expected = rewrite_documents(documents)
    assert RewriteHelper(documents, "rules").result() == expected
    monkeypatch.setattr(FakeEngine, "thread_safe", True)
    started: list[object] = []
    real = RewriteHelper.__init__

    def counting(self: RewriteHelper, *args: Any) -> None:
        started.append(args)
        real(self, *args)

    monkeypatch.setattr(RewriteHelper, "__init__", counting)
    rewritten, engine, _ = rewrite_and_load(documents, config)
    assert rewritten == expected and isinstance(engine, FakeEngine) and len(started) == 1
    monkeypatch.setattr("sys.executable", str(tmp_path / "no-such-python"))  # the helper cannot start ...
    rewritten, _, _ = rewrite_and_load(documents, config)
    assert rewritten == expected  # ... so this process rewrites


def test_briefings_not_rebuilt_keep_their_pages_until_the_site_changes(
    make_config: Callable[..., Config], tmp_path: Path
) -> None:
    from dataclasses import replace

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(SMALL.read_text("utf-8"), "utf-8")
    second.write_text(SMALL.read_text("utf-8").replace("Bin collections", "Street lights", 1), "utf-8")
    config = make_config()
    build([first], config)
    build([second], config)
    manifest = json.loads((config.output_dir / "manifest.json").read_text("utf-8"))
    other = next(b for b in manifest["briefings"] if b["source"].endswith("second.txt"))
    page = config.output_dir / other["page"]
    before = page.read_bytes()
    first.write_text(first.read_text("utf-8").replace("Bins will be collected", "Bins are collected"), "utf-8")
    build([first], config)
    assert page.read_bytes() == before  # the other briefing was kept, page and all
    build([first], replace(config, title="Town news"))
    assert b"Town news" in page.read_bytes() and page.read_bytes() != before  # a new channel title: pages redone


def test_a_new_publisher_rebuilds_what_an_older_one_made(
    make_config: Callable[..., Config], monkeypatch: pytest.MonkeyPatch
) -> None:
    import publisher
    import publisher.build

    config = make_config()
    assert build([SMALL], config).synthesis.synthesized > 0
    assert build([SMALL], config).unchanged == 1  # the same code: nothing to do
    # Another version of publisher's code (a release, or a checkout between releases): everything is
    # made again, clips included, though the text, settings and version number are the same.
    monkeypatch.setattr(publisher.build, "code_identity", lambda part="": f"{publisher.__version__}+other")
    monkeypatch.setattr("publisher.voices.runner.code_identity", lambda part="": f"{publisher.__version__}+other")
    again = build([SMALL], config)
    assert again.unchanged == 0 and again.synthesis.synthesized > 0
    assert publisher.code_identity().startswith(publisher.__version__ + "+")
    assert publisher.code_identity() != publisher.code_identity("voices")


def test_an_edit_remasters_only_its_section_and_cached_sections_give_the_same_bytes(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import publisher.audio as audio

    calls: list[str] = []
    real = audio.render_section

    def counting(script: object, *args: object) -> object:
        calls.append(script.section.slug)  # type: ignore[attr-defined]
        return real(script, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(audio, "render_section", counting)
    source = _copy(tmp_path, "sheet.txt")
    config = make_config()
    build([source], config)
    assert len(calls) == 3
    first = {p.relative_to(config.output_dir): p.read_bytes() for p in config.output_dir.rglob("*") if p.is_file()}
    shutil.rmtree(config.output_dir)
    build([source], config)  # every section from the section cache
    assert len(calls) == 3
    again = {p.relative_to(config.output_dir): p.read_bytes() for p in config.output_dir.rglob("*") if p.is_file()}
    assert again == first
    source.write_text(source.read_text("utf-8").replace("Food tins", "Drinks cans"), "utf-8")
    build([source], config)
    assert len(calls) == 4 and calls[-1] == "recycle"


def test_an_output_whose_original_wording_has_emphasis_is_read_back(make_config: Callable[..., Config]) -> None:
    """The schema once allowed emphasis in the easy-read blocks only; a manifest whose original wording
    kept some failed `publisher check`, and every later build into that output stopped."""
    config = make_config()
    source = FORMATS / "council-tax.md"
    build([source], config)
    sections = _manifest(config.output_dir)["briefings"][0]["sections"]
    assert any("marks" in block for s in sections for block in s["original_blocks"])
    assert check_output(config.output_dir, measure=False) == []
    build([source, SMALL], config)
    assert len(_manifest(config.output_dir)["briefings"]) == 2
    assert check_output(config.output_dir, measure=False) == []


def test_sentences_spoken_ahead_of_the_rewrite_are_used_once_and_change_nothing(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from publisher.plain import settled
    from publisher.plain.helper import RewriteHelper
    from publisher.voices.fake import FakeEngine

    monkeypatch.setattr(FakeEngine, "thread_safe", True)
    spoken: list[str] = []
    real = FakeEngine.synthesize

    def counting(self: FakeEngine, text: str) -> Any:
        spoken.append(text)
        return real(self, text)

    monkeypatch.setattr(FakeEngine, "synthesize", counting)
    trees = []
    # held: how many clips spoken ahead stay in memory; the rest go to the clip cache
    for ahead, held in ((False, 200), (True, 200), (True, 2)):
        # The helper says it is still busy until asked for its result, so every settled sentence is
        # spoken ahead (or, the first time, it says it is done at once, so none is).
        monkeypatch.setattr(RewriteHelper, "done", lambda self, ahead=ahead: not ahead)
        spoken.clear()
        config = make_config(output_dir=tmp_path / f"out{ahead}{held}", workers=2,
                             cache_dir=tmp_path / f"cache{ahead}{held}", batch_sentences=held)  # fmt: skip
        result = build([SMALL], config)
        assert len(spoken) == len(set(spoken)) == result.synthesis.synthesized  # nothing said twice, all counted
        trees.append({p.relative_to(config.output_dir): p.read_bytes()
                      for p in sorted(config.output_dir.rglob("*")) if p.is_file()})  # fmt: skip
    assert trees[0] == trees[1] == trees[2]
    assert any(settled(text) for text in spoken)

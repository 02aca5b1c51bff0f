from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import orjson
import pytest

from publisher.chapters import render_chapters
from publisher.errors import ManifestError
from publisher.manifest import adopt_identity, encode_manifest
from publisher.model import Briefing, Document
from publisher.model.codec import schema_problems
from publisher.model.manifest import AudioTargets, Channel, Manifest
from tests.conftest import manifest_of

LATER = datetime(2031, 3, 1, tzinfo=UTC)


def test_manifest_has_the_required_fields_and_fits_its_schema(small_manifest: Manifest) -> None:
    data = small_manifest.to_json()
    assert schema_problems(data) == []
    briefing = data["briefings"][0]
    assert {"slug", "title", "page", "sections"} <= set(briefing)
    assert briefing["page"] == f"{briefing['slug']}/index.html"
    assert briefing["episode_number"] == 1
    assert briefing["audio_targets"] == {"loudness_lufs": -16.0, "true_peak_dbtp": -1.0}
    for number, section in enumerate(briefing["sections"], 1):
        assert {"slug", "title", "text", "audio"} <= set(section)
        audio = section["audio"]
        assert {"path", "bytes", "duration_seconds", "sha256", "mime_type"} <= set(audio)
        assert audio["path"].startswith(f"{briefing['slug']}/audio/{number:02d}-")
        assert audio["transcript"] == audio["path"].removesuffix(".mp3") + ".vtt"
        assert section["text"] == " ".join(s["spoken"] for s in section["sentences"])
    encoded = encode_manifest(small_manifest)
    assert json.loads(encoded) == data
    # Indented UTF-8 as the standard library writes it: people read and diff this file.
    assert encoded == (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()


def test_json_round_trip_gives_the_same_records_and_bytes(small_manifest: Manifest) -> None:
    encoded = encode_manifest(replace(small_manifest, site_fingerprint="ab" * 32))
    again = Manifest.from_json(orjson.loads(encoded))
    assert again == replace(small_manifest, site_fingerprint="ab" * 32)
    assert encode_manifest(again) == encoded


def test_a_manifest_from_before_the_targets_were_recorded_reads_the_defaults(small_manifest: Manifest) -> None:
    data = small_manifest.to_json()
    del data["briefings"][0]["audio_targets"]
    assert Manifest.from_json(data).briefings[0].audio_targets == AudioTargets(-16.0, -1.0)


def test_a_manifest_that_breaks_the_schema_is_refused_with_every_problem(small_manifest: Manifest) -> None:
    broken = small_manifest.to_json()
    del broken["briefings"][0]["sections"][0]["audio"]["sha256"]
    broken["briefings"][0]["slug"] = "Not A Slug"
    with pytest.raises(ManifestError) as caught:
        Manifest.from_json(broken, "out/manifest.json")
    assert str(caught.value).startswith("out/manifest.json is not a valid publisher manifest (")
    assert '$.briefings[0].sections[0].audio: "sha256" is a required property' in caught.value.problems
    assert any("does not match" in p for p in caught.value.problems)
    with pytest.raises(ManifestError):
        Manifest.from_json(["not", "an", "object"])


def test_chapters_match_sections_and_file_is_podcasting_2(small_manifest: Manifest) -> None:
    briefing = small_manifest.briefings[0]
    chapters = json.loads(render_chapters(briefing, "https://example.org/b/"))
    assert chapters["version"] == "1.2.0"
    starts = [c["startTime"] for c in chapters["chapters"]]
    assert starts == sorted(starts) and starts[0] == 0
    assert [c["title"] for c in chapters["chapters"]] == [s.title for s in briefing.sections]
    assert chapters["chapters"][1]["url"] == f"https://example.org/b/{briefing.page}#{briefing.sections[1].slug}"


def test_unchanged_rebuild_gives_an_identical_manifest(
    small_briefings: list[Briefing], small_manifest: Manifest, channel: Channel
) -> None:
    again = manifest_of(small_briefings, channel, small_manifest, built=LATER)
    assert again == small_manifest
    assert encode_manifest(again) == encode_manifest(small_manifest)


def test_other_briefings_are_kept_with_their_identity(
    small_briefings: list[Briefing], small_manifest: Manifest, channel: Channel
) -> None:
    other = replace(small_briefings[0], document=replace(small_briefings[0].document, slug="other", source="b.txt"))
    merged = manifest_of([other], channel, small_manifest, built=LATER)
    first, second = merged.briefings
    assert first == small_manifest.briefings[0]
    assert (second.slug, second.episode_number) == ("other", 2)
    assert merged.updated == max(first.updated, second.updated)


def test_changed_briefing_keeps_guid_number_and_first_date_but_moves_updated(
    small_briefings: list[Briefing], small_manifest: Manifest, channel: Channel
) -> None:
    briefing = small_briefings[0]
    changed = replace(briefing, episode=replace(briefing.episode, data=briefing.episode.data + b"\0"))
    merged = manifest_of([changed], channel, small_manifest, built=LATER)
    before, after = small_manifest.briefings[0], merged.briefings[0]
    assert after.guid == before.guid
    assert after.episode_number == before.episode_number
    assert after.published == before.published
    assert after.updated == LATER


def test_adopt_identity_by_source_and_reserves_earlier_slugs(small_manifest: Manifest) -> None:
    earlier = small_manifest.briefings[0]
    when = datetime(2030, 1, 1, tzinfo=UTC)
    renamed = Document("new-title", "New title", (), earlier.source, when)
    clash = Document(earlier.slug, "Same title", (), "elsewhere.txt", when)
    first, second = adopt_identity([renamed, clash], small_manifest)
    assert first.slug == earlier.slug
    assert first.published == earlier.published
    assert second.slug == earlier.slug + "-2"
    assert adopt_identity([renamed], None) == [renamed]

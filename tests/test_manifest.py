from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import jsonschema

from publisher.check import load_schema
from publisher.manifest import adopt_identity, encode_manifest, files_of, make_manifest, render_chapters
from publisher.model import Channel, Document

LATER = datetime(2031, 3, 1, tzinfo=UTC)


def test_manifest_has_the_required_fields_and_fits_its_schema(small_manifest: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(load_schema()).validate(small_manifest)
    briefing = small_manifest["briefings"][0]
    assert {"slug", "title", "page", "sections"} <= set(briefing)
    assert briefing["page"] == f"{briefing['slug']}/index.html"
    assert briefing["episode_number"] == 1
    for number, section in enumerate(briefing["sections"], 1):
        assert {"slug", "title", "text", "audio"} <= set(section)
        audio = section["audio"]
        assert {"path", "bytes", "duration_seconds", "sha256", "mime_type"} <= set(audio)
        assert audio["path"].startswith(f"{briefing['slug']}/audio/{number:02d}-")
        assert audio["transcript"] == audio["path"].removesuffix(".mp3") + ".vtt"
        assert section["text"] == " ".join(s["spoken"] for s in section["sentences"])
    assert json.loads(encode_manifest(small_manifest)) == small_manifest
    # Indented UTF-8 as the standard library writes it: people read and diff this file.
    assert encode_manifest(small_manifest) == (json.dumps(small_manifest, indent=2, ensure_ascii=False) + "\n").encode()


def test_chapters_match_sections_and_file_is_podcasting_2(small_manifest: dict[str, Any]) -> None:
    briefing = small_manifest["briefings"][0]
    chapters = json.loads(render_chapters(briefing, "https://example.org/b/"))
    assert chapters["version"] == "1.2.0"
    starts = [c["startTime"] for c in chapters["chapters"]]
    assert starts == sorted(starts) and starts[0] == 0
    assert [c["title"] for c in chapters["chapters"]] == [s["title"] for s in briefing["sections"]]
    assert (
        chapters["chapters"][1]["url"] == f"https://example.org/b/{briefing['page']}#{briefing['sections'][1]['slug']}"
    )


def test_schema_rejects_a_manifest_missing_required_fields(small_manifest: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(load_schema())
    broken = json.loads(json.dumps(small_manifest))
    del broken["briefings"][0]["sections"][0]["audio"]["sha256"]
    broken["briefings"][0]["slug"] = "Not A Slug"
    messages = [e.message for e in validator.iter_errors(broken)]
    assert any("'sha256' is a required property" in m for m in messages)
    assert any("does not match" in m for m in messages)


def test_unchanged_rebuild_gives_an_identical_manifest(
    small_briefings: list[Any], small_manifest: dict[str, Any], channel: Channel
) -> None:
    again, kept = make_manifest(small_briefings, channel, LATER, small_manifest)
    assert again == small_manifest
    assert kept == []


def test_other_briefings_are_kept_with_their_identity(
    small_briefings: list[Any], small_manifest: dict[str, Any], channel: Channel
) -> None:
    from dataclasses import replace

    other = replace(small_briefings[0], document=replace(small_briefings[0].document, slug="other", source="b.txt"))
    merged, kept = make_manifest([other], channel, LATER, small_manifest)
    first, second = merged["briefings"]
    assert first == small_manifest["briefings"][0]
    assert (second["slug"], second["episode_number"]) == ("other", 2)
    assert kept == files_of(first)
    assert merged["updated"] == max(first["updated"], second["updated"])


def test_changed_briefing_keeps_guid_number_and_first_date_but_moves_updated(
    small_briefings: list[Any], small_manifest: dict[str, Any], channel: Channel
) -> None:
    from dataclasses import replace

    briefing = small_briefings[0]
    changed = replace(briefing, episode=replace(briefing.episode, data=briefing.episode.data + b"\0"))
    merged, _ = make_manifest([changed], channel, LATER, small_manifest)
    before, after = small_manifest["briefings"][0], merged["briefings"][0]
    assert after["guid"] == before["guid"]
    assert after["episode_number"] == before["episode_number"]
    assert after["published"] == before["published"]
    assert after["updated"] == LATER.isoformat()


def test_adopt_identity_by_source_and_reserves_earlier_slugs(small_manifest: dict[str, Any]) -> None:
    earlier = small_manifest["briefings"][0]
    when = datetime(2030, 1, 1, tzinfo=UTC)
    renamed = Document("new-title", "New title", (), earlier["source"], when)
    clash = Document(earlier["slug"], "Same title", (), "elsewhere.txt", when)
    first, second = adopt_identity([renamed, clash], small_manifest)
    assert first.slug == earlier["slug"]
    assert first.published == datetime.fromisoformat(earlier["published"])
    assert second.slug == earlier["slug"] + "-2"
    assert adopt_identity([renamed], None) == [renamed]

from __future__ import annotations

import os
from pathlib import Path

import pytest

from publisher import default_templates
from publisher.errors import ConfigError
from publisher.model import Block, Cue
from publisher.model.manifest import BriefingEntry, Manifest
from publisher.site import TimedBlock, format_duration, key_numbers, make_environment, render_site
from tests.conftest import with_first_briefing, with_first_section


def test_pages_have_lang_sections_players_transcripts_and_lists(small_manifest: Manifest) -> None:
    files = render_site(small_manifest)
    briefing = small_manifest.briefings[0]
    page = files[briefing.page].decode()
    assert '<html lang="en-GB">' in page
    assert page.count("<h1>") == 1
    assert page.count("<audio class=") == 1 + 3
    assert 'class="episode-audio" controls preload="none"' in page and "autoplay" not in page
    assert f'src="{briefing.slug}.mp3"' in page
    assert 'src="audio/01-' in page
    assert page.count(">Transcript</a>") == 1 + 3
    assert 'href="audio/01-' in page and '.vtt"' in page
    assert ">Glass bottles and jars</span></li>" in page
    assert 'href="../static/style.css"' in page
    assert 'href="../sections.xml"' in page
    index = files["index.html"].decode()
    assert f'href="{briefing.page}"' in index
    assert "static/style.css" in files


def test_the_index_works_out_only_what_its_template_asks_for(
    small_manifest: Manifest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import publisher.site

    worked_out: list[str] = []
    real = publisher.site._timed_sections

    def counted(briefing: BriefingEntry) -> list[tuple[TimedBlock, ...]]:
        worked_out.append(briefing.slug)
        return real(briefing)

    monkeypatch.setattr(publisher.site, "_timed_sections", counted)
    index = render_site(small_manifest, only=set())["index.html"].decode()
    briefing = small_manifest.briefings[0]
    assert f'href="{briefing.page}"' in index and "(3 parts, " in index
    assert worked_out == []  # the default index needs no briefing page's context
    # A theme's index may still use anything a briefing page has.
    (tmp_path / "index.html.j2").write_text(
        "{% for b in briefings %}{{ b.sections[0].audio_src }} {{ b.key_numbers | length }} "
        "{{ b.episode_duration }} {{ b.title }} {{ b.guid }}{% endfor %}",
        encoding="utf-8",
    )
    custom = render_site(small_manifest, [tmp_path], only=set())["index.html"].decode()
    assert custom.startswith("audio/01-") and f" {briefing.title} {briefing.guid}" in custom
    assert worked_out == [briefing.slug]


def test_sentences_carry_their_timings_for_read_along(small_manifest: Manifest) -> None:
    import re

    page = render_site(small_manifest)[small_manifest.briefings[0].page].decode()
    first = small_manifest.briefings[0].sections[0].sentences[0]
    whole = small_manifest.briefings[0].episode.sentences[0]
    assert (
        f'<span class="sentence" data-start="{first.start}" data-end="{first.end}" '
        f'data-episode-start="{whole.start}" data-episode-end="{whole.end}">{first.text}</span>'
    ) in page
    spans = re.findall(r'<span class="sentence"', page)
    assert len(spans) == sum(len(s.sentences) for s in small_manifest.briefings[0].sections)
    assert '<script src="../static/readalong.js" defer></script>' in page
    assert "https://example.org/briefings/feed.xml" in page and "https://example.org/briefings/sections.xml" in page


def test_key_numbers_box(small_manifest: Manifest) -> None:
    page = render_site(small_manifest)[small_manifest.briefings[0].page].decode()
    box = page[page.index('<aside class="key-numbers"') : page.index("</aside>")]
    assert "<strong>52,000</strong>" in box and "<strong>2</strong>" in box


def test_key_numbers_leave_out_sentences_that_lean_on_the_one_before(small_manifest: Manifest) -> None:
    leaning = (
        "So please allow up to 3 hours for your visit.",
        "Then you will pay £20 a year.",
        "by visiting any of our 11 libraries.",  # a list item that finishes its introduction
        "Do you pay within 14 days?",  # a question the next sentence answers
        "We will give you another 14 days if:",  # an introduction to a list
        "If you do, the charge will be reduced to £35.",  # a case of the sentence before
        "HIGHWAYS ACT 1980",  # the law a notice is given under, whose year is no key number
    )
    cues = tuple(Cue(0.0, 1.0, text, text) for text in (*leaning, "Your bin will be emptied every 2 weeks."))
    chosen = [
        "".join(text for text, _ in runs)
        for runs in key_numbers(with_first_section(small_manifest, sentences=cues).briefings[0])
    ]
    assert "Your bin will be emptied every 2 weeks." in chosen
    assert not any(text in chosen for text in leaning)


def test_key_numbers_show_a_figure_once(small_manifest: Manifest) -> None:
    # a figure said again in another part ('418 arrests' in the summary and in the details) is one key number
    said = ("Last year, officers made 418 arrests.", "In 2019 officers made 418 arrests.", "Bins go every 2 weeks.")
    cues = tuple(Cue(0.0, 1.0, text, text) for text in said)
    chosen = [
        "".join(text for text, _ in runs)
        for runs in key_numbers(with_first_section(small_manifest, sentences=cues).briefings[0])
    ]
    assert chosen[:2] == ["Last year, officers made 418 arrests.", "Bins go every 2 weeks."]
    assert "In 2019 officers made 418 arrests." not in chosen


def test_original_wording_is_kept_when_it_differs(small_manifest: Manifest) -> None:
    edited = with_first_section(small_manifest, original_blocks=(Block("paragraph", ("The old words.",)),))
    page = render_site(edited)[edited.briefings[0].page].decode()
    assert page.count("<summary>Original wording</summary>") == 1
    assert "<p>The old words.</p>" in page


def test_text_is_escaped(small_manifest: Manifest) -> None:
    blocks = small_manifest.briefings[0].sections[0].blocks
    hostile = with_first_section(
        small_manifest, blocks=(Block("paragraph", ('<img src=x onerror="alert(1)">',)), *blocks[1:])
    )
    hostile = with_first_briefing(hostile, title="<script>alert(1)</script>")
    page = render_site(hostile)[hostile.briefings[0].page].decode()
    assert "<script>alert(1)</script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page


def test_user_templates_override_one_block(small_manifest: Manifest, tmp_path: Path) -> None:
    (tmp_path / "briefing.html.j2").write_text(
        '{% extends "default/briefing.html.j2" %}{% block player %}<p>No player here</p>{% endblock %}',
        encoding="utf-8",
    )
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "style.css").write_text("body{}", encoding="utf-8")
    files = render_site(small_manifest, [tmp_path])
    page = files[small_manifest.briefings[0].page].decode()
    assert page.count("<p>No player here</p>") == 3
    assert page.count("<audio") == 1  # the whole-briefing player is another block
    assert files["static/style.css"] == b"body{}"


def test_templates_are_compiled_once_and_an_edited_one_is_read_again(small_manifest: Manifest, tmp_path: Path) -> None:
    template = tmp_path / "briefing.html.j2"
    template.write_text('{% extends "default/briefing.html.j2" %}{% block player %}<p>One</p>{% endblock %}', "utf-8")
    first = render_site(small_manifest, [tmp_path], index=False)
    assert make_environment([tmp_path]) is make_environment([tmp_path])  # a batch does not compile them again
    template.write_text(template.read_text("utf-8").replace("One", "Two"), "utf-8")
    os.utime(template, (template.stat().st_mtime + 5,) * 2)  # an edit within the file system's time step
    again = render_site(small_manifest, [tmp_path], index=False)
    page = small_manifest.briefings[0].page
    assert b"<p>One</p>" in first[page] and b"<p>Two</p>" in again[page] and b"<p>One</p>" not in again[page]


def test_missing_template_dir_and_broken_template(small_manifest: Manifest, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        render_site(small_manifest, [tmp_path / "nope"])
    (tmp_path / "index.html.j2").write_text("{{ no_such_variable }}", encoding="utf-8")
    with pytest.raises(ConfigError, match="template error"):
        render_site(small_manifest, [tmp_path])


def test_default_templates_exist() -> None:
    assert (default_templates() / "briefing.html.j2").is_file()


@pytest.mark.parametrize(
    ("seconds", "words"),
    [(0.2, "0 seconds"), (1, "1 second"), (65.4, "1 minute 5 seconds"), (120, "2 minutes")],
)
def test_format_duration(seconds: float, words: str) -> None:
    assert format_duration(seconds) == words

from __future__ import annotations

import io

import webvtt

from publisher.check import check_vtt
from publisher.model import Cue
from publisher.transcripts import format_timestamp, render_vtt

CUES = (
    Cue(0.3, 2.25, "First <b>sentence</b> & more.", "First sentence and more."),
    Cue(2.6, 3661.5, "Second --> one\nwrapped.", "Second one wrapped."),
)


def test_timestamps() -> None:
    assert format_timestamp(0) == "00:00:00.000"
    assert format_timestamp(61.0006) == "00:01:01.001"
    assert format_timestamp(3661.5) == "01:01:01.500"
    assert format_timestamp(-1) == "00:00:00.000"


def test_vtt_is_valid_escaped_and_parses_with_webvtt_py() -> None:
    data = render_vtt(CUES)
    text = data.decode()
    assert text.startswith("WEBVTT\n\n1\n00:00:00.300 --> 00:00:02.250\n")
    assert "First &lt;b&gt;sentence&lt;/b&gt; &amp; more." in text
    assert list(check_vtt(text)) == []
    parsed = webvtt.from_buffer(io.StringIO(text))
    assert [(c.start, c.end) for c in parsed.captions] == [
        ("00:00:00.300", "00:00:02.250"),
        ("00:00:02.600", "01:01:01.500"),
    ]
    assert parsed.captions[1].text == "Second --&gt; one wrapped."


def test_check_vtt_finds_problems() -> None:
    assert list(check_vtt("WEBVTX\n\n")) == ["does not start with WEBVTT"]
    assert list(check_vtt("WEBVTT\n\n")) == ["has no cues"]
    bad = (
        "WEBVTT\n\n00:00:02.000 --> 00:00:01.000\na\n\n"
        "00:00:00.500 --> 00:00:03.000\nb\n\n00:00:04 --> 00:00:05.000\nc\n"
    )
    problems = list(check_vtt(bad))
    assert problems == [
        "line 3: cue ends before it starts",
        "line 6: cue starts before the one above it",
        "line 9: malformed cue timing '00:00:04 --> 00:00:05.000'",
    ]

"""Pages: Jinja2 templates (user directories first, then the default theme) rendered to HTML."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
)
from markupsafe import Markup, escape

from publisher.errors import ConfigError
from publisher.model import absolute_url

INDEX_PATH = "index.html"
STATIC_DIR = "static"


def default_templates() -> Path:
    """The default theme: inside the installed package, or templates/ beside it in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


def emphasise(text: str, marks: Sequence[dict[str, str]] = ()) -> Markup:
    """Escaped text with each emphasised phrase (where it still stands) in <strong> or <em>."""
    html = str(escape(text))
    for mark in marks:
        phrase = str(escape(mark["text"]))
        tag = "strong" if mark["kind"] == "strong" else "em"
        if phrase and phrase in html:
            html = html.replace(phrase, f"<{tag}>{phrase}</{tag}>", 1)
    return Markup(html)


def make_environment(user_dirs: Sequence[Path] = ()) -> Environment:
    """A Jinja2 environment where user templates override the defaults, which stay reachable as default/."""
    for directory in user_dirs:
        if not directory.is_dir():
            raise ConfigError(f"template directory {directory} does not exist")
    builtin = FileSystemLoader(default_templates())
    loader = ChoiceLoader([FileSystemLoader([str(d) for d in user_dirs]), PrefixLoader({"default": builtin}), builtin])
    environment = Environment(
        loader=loader, autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    environment.filters["emphasise"] = emphasise
    return environment


def format_duration(seconds: float) -> str:
    """Seconds as words a listener reads easily: '1 minute 5 seconds'."""
    minutes, secs = divmod(round(seconds), 60)
    parts = []
    if minutes:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    if secs or not minutes:
        parts.append(f"{secs} second{'s' if secs != 1 else ''}")
    return " ".join(parts)


def _relative(path: str, page: str) -> str:
    """A link from a page to another output file."""
    return posixpath.relpath(path, posixpath.dirname(page) or ".")


def _timed_blocks(section: dict[str, Any]) -> list[dict[str, Any]]:
    """A section's blocks with each item as its sentences, so the page can mark what is being said."""
    spoken: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for sentence in section["sentences"]:
        # Copies: the page adds episode times, the manifest must stay as it is.
        spoken.setdefault((sentence.get("block"), sentence.get("item")), []).append(dict(sentence))
    return [
        {**block, "items": [spoken.get((b, i)) or [{"text": text}] for i, text in enumerate(block["items"])]}
        for b, block in enumerate(section["blocks"])
    ]


def _with_episode_times(sections: list[dict[str, Any]], episode: dict[str, Any]) -> None:
    """Give each section sentence its time in the full episode (the episode says them all, in order)."""
    timed = [s for section in sections for block in section["timed_blocks"] for item in block["items"] for s in item]
    timed = [s for s in timed if "start" in s]
    if len(timed) == len(episode.get("sentences", [])):
        for sentence, whole in zip(timed, episode["sentences"], strict=True):
            sentence["episode_start"], sentence["episode_end"] = whole["start"], whole["end"]


_DIGITS = re.compile(r"(?<![\d/])\d[\d,.]*%?(?![\d/])")


def key_numbers(briefing: dict[str, Any], most: int = 6) -> list[list[tuple[str, bool]]]:
    """Short sentences that carry numbers, split into (text, is_number) runs for the "key numbers" box."""
    chosen: list[list[tuple[str, bool]]] = []
    seen: set[str] = set()
    for section in briefing["sections"]:
        for sentence in section["sentences"]:
            text = sentence["text"]
            numbers = [n for n in _DIGITS.findall(text) if n.strip(".,")]
            # A key number must make sense alone: no sentence that leans on the one before it.
            leans = text.startswith(("This ", "It ", "They ", "These ", "Of these", "And ", "But "))
            if not numbers or len(text.split()) > 14 or text in seen or leans:
                continue
            seen.add(text)
            runs: list[tuple[str, bool]] = []
            cursor = 0
            for match in _DIGITS.finditer(text):
                runs += [(text[cursor : match.start()], False), (match.group(0).rstrip(".,"), True)]
                cursor = match.start() + len(match.group(0).rstrip(".,"))
            runs.append((text[cursor:], False))
            chosen.append([r for r in runs if r[0]])
            if len(chosen) == most:
                return chosen
    return chosen


def _summary(briefing: dict[str, Any]) -> dict[str, Any]:
    """What a list of briefings shows of each: how long it is and how many parts it has."""
    return {
        "episode_duration": format_duration(briefing["episode"]["duration_seconds"]),
        "section_count": len(briefing["sections"]),
    }


def _briefing_context(briefing: dict[str, Any]) -> dict[str, Any]:
    """What the briefing template needs from a manifest entry, with links relative to its page."""
    page = briefing["page"]
    episode = briefing["episode"]
    sections = [
        {
            **section,
            "audio_src": _relative(section["audio"]["path"], page),
            "transcript_src": _relative(section["audio"]["transcript"], page),
            "duration": format_duration(section["audio"]["duration_seconds"]),
            "timed_blocks": _timed_blocks(section),
        }
        for section in briefing["sections"]
    ]
    _with_episode_times(sections, episode)
    return {
        **briefing,
        "sections": sections,
        "key_numbers": key_numbers(briefing),
        "episode_src": _relative(episode["path"], page),
        "episode_transcript_src": _relative(episode["transcript"], page),
        **_summary(briefing),
    }


class _IndexEntry(Mapping[str, Any]):
    """A briefing as the index template sees it: its manifest entry, with the briefing page's context
    worked out only if the template asks for a part of it. The index lists every briefing of the
    channel and needs little of each; working them all out made every build slower as it grew."""

    _SUMMARY = frozenset({"episode_duration", "section_count"})
    _DERIVED = frozenset({"sections", "key_numbers", "episode_src", "episode_transcript_src"})

    def __init__(self, briefing: dict[str, Any]) -> None:
        """Wrap one manifest entry."""
        self._briefing = briefing
        self._context: dict[str, Any] | None = None

    def _full(self) -> dict[str, Any]:
        """The whole context, as the briefing page gets it."""
        if self._context is None:
            self._context = _briefing_context(self._briefing)
        return self._context

    def __getitem__(self, key: str) -> Any:
        """One value, worked out only when it needs working out."""
        if key in self._SUMMARY:
            return _summary(self._briefing)[key]
        return self._full()[key] if key in self._DERIVED else self._briefing[key]

    def __iter__(self) -> Iterator[str]:
        """The keys of the whole context."""
        return iter(self._full())

    def __len__(self) -> int:
        """How many keys the whole context has."""
        return len(self._full())


def _static_files(user_dirs: Sequence[Path]) -> dict[str, bytes]:
    """Files of the static/ folders, the default theme's first so user files replace them."""
    files: dict[str, bytes] = {}
    for directory in [default_templates(), *user_dirs]:
        static = directory / STATIC_DIR
        for path in sorted(p for p in static.rglob("*") if p.is_file()) if static.is_dir() else []:
            files[f"{STATIC_DIR}/{path.relative_to(static).as_posix()}"] = path.read_bytes()
    return files


def render_site(
    manifest: dict[str, Any], user_dirs: Sequence[Path] = (), only: Collection[str] | None = None
) -> dict[str, bytes]:
    """The pages and static files of the site, by output path, from the manifest: the index and the
    page of every briefing, or only of the briefings whose slugs are given."""
    environment = make_environment(user_dirs)
    files = _static_files(user_dirs)
    channel = {
        **manifest["channel"],
        "feed_urls": {
            name: absolute_url(manifest["channel"]["base_url"], path)
            for name, path in manifest["channel"]["feeds"].items()
        },
    }
    try:
        for entry in manifest["briefings"]:
            if only is not None and entry["slug"] not in only:
                continue
            briefing = _briefing_context(entry)
            page = briefing["page"]
            html = environment.get_template("briefing.html.j2").render(
                channel=channel,
                generator=manifest["generator"],
                root=_relative(".", page) + "/",
                briefing=briefing,
            )
            files[page] = html.encode("utf-8")
        index = environment.get_template("index.html.j2").render(
            channel=channel,
            generator=manifest["generator"],
            root="",
            briefings=[_IndexEntry(b) for b in manifest["briefings"]],
        )
    except TemplateError as error:
        raise ConfigError(f"template error: {error}") from error
    files[INDEX_PATH] = index.encode("utf-8")
    return files

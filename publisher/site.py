"""Pages: Jinja2 templates (user directories first, then the default theme) rendered to HTML."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError,
)
from markupsafe import Markup, escape

from publisher import default_templates
from publisher.errors import ConfigError
from publisher.model import Cue, absolute_url, cues_by_place
from publisher.model.manifest import BriefingEntry, Channel, FeedPaths, Manifest, PictureEntry, SectionEntry
from publisher.model.render import RenderJob

INDEX_PATH = "index.html"
STATIC_DIR = "static"


def emphasise(text: str, marks: Sequence[tuple[str, str]] = ()) -> Markup:
    """Escaped text with each emphasised phrase (words, "strong" or "em") in <strong> or <em>, where it stands."""
    html = str(escape(text))
    for words, kind in marks:
        phrase = str(escape(words))
        tag = "strong" if kind == "strong" else "em"
        if phrase and phrase in html:
            html = html.replace(phrase, f"<{tag}>{phrase}</{tag}>", 1)
    return Markup(html)


def make_environment(user_dirs: Sequence[Path] = ()) -> Environment:
    """A Jinja2 environment where user templates override the defaults, which stay reachable as default/;
    one for each set of template folders, so that a template is compiled once, not once a batch (Jinja
    checks a template file's time before using it, so an edited template is read again)."""
    return _environment(tuple(user_dirs))


@cache
def _environment(user_dirs: tuple[Path, ...]) -> Environment:
    """The environment for these template folders."""
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


@dataclass(frozen=True)
class TimedSentence:
    """A sentence as the page shows it, with when it is heard in its section and in the whole episode
    (None where it is not spoken on its own, like the cells of a table)."""

    text: str
    start: float | None = None
    end: float | None = None
    episode_start: float | None = None
    episode_end: float | None = None


@dataclass(frozen=True)
class TimedBlock:
    """A block with each item as its sentences, so the page can mark what is being said."""

    kind: str
    items: tuple[tuple[TimedSentence, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    header: bool
    caption: str
    marks: tuple[tuple[str, str], ...]


def _timed_sections(briefing: BriefingEntry) -> list[tuple[TimedBlock, ...]]:
    """Every section's blocks with their sentences' times, in the section and (when the episode says
    the same sentences in the same order, as it does) in the whole episode."""
    placements = [cues_by_place(section.sentences) for section in briefing.sections]
    shown = [
        cue
        for section, placed in zip(briefing.sections, placements, strict=True)
        for b, block in enumerate(section.blocks)
        for i in range(len(block.items))
        for cue in placed.get((b, i), ())
    ]
    whole = briefing.episode.sentences
    episode_times: Iterator[Cue | None] = iter(whole if len(whole) == len(shown) else [None] * len(shown))
    timed: list[tuple[TimedBlock, ...]] = []
    for section, placed in zip(briefing.sections, placements, strict=True):
        blocks = []
        for b, block in enumerate(section.blocks):
            items: list[tuple[TimedSentence, ...]] = []
            for i, text in enumerate(block.items):
                cues = placed.get((b, i))
                if not cues:
                    items.append((TimedSentence(text),))
                    continue
                sentences = []
                for cue in cues:
                    at = next(episode_times)
                    heard = (None, None) if at is None else (at.start, at.end)
                    sentences.append(TimedSentence(cue.text, cue.start, cue.end, *heard))
                items.append(tuple(sentences))
            blocks.append(TimedBlock(block.kind, tuple(items), block.rows, block.header, block.caption, block.marks))
        timed.append(tuple(blocks))
    return timed


# Openings of a sentence that leans on the one before it ('So please allow 3 hours': so, because of what?)
_LEANS = ("This ", "It ", "They ", "These ", "Of these", "And ", "But ", "So ", "Then ", "Or ", "There, ", "If so",
          "If you do,", "If not", "He ", "She ", "Examples ", "An example", "For example")  # fmt: skip
_DIGITS = re.compile(r"(?<![\d/])\d[\d,.]*%?(?![\d/])")


def key_numbers(briefing: BriefingEntry, most: int = 6) -> list[list[tuple[str, bool]]]:
    """Short sentences that carry numbers, split into (text, is_number) runs for the "key numbers" box."""
    chosen: list[list[tuple[str, bool]]] = []
    seen: set[str] = set()
    figures: set[str] = set()  # a figure of three digits or more is shown once ('418 arrests', said in two parts)
    for section in briefing.sections:
        for sentence in section.sentences:
            text = sentence.text
            numbers = [n for n in _DIGITS.findall(text) if n.strip(".,")]
            big = {n.strip(".,") for n in numbers if len(n.strip(".,").replace(",", "")) >= 3}
            # A key number must make sense alone: no sentence that leans on the one before it, no list item
            # that finishes its list's introduction ('by visiting any of our 11 libraries'), and no question or
            # introduction that the next words answer ('Do you pay within 14 days?', 'another 14 days if:').
            leans = text.startswith(_LEANS) or text[:1].islower() or text.endswith(("?", ":"))
            # ('TOWN AND COUNTRY PLANNING ACT 1990': a law's name over a notice, whose year is no key number)
            leans = leans or text.isupper()
            if not numbers or len(text.split()) > 14 or text in seen or leans or big & figures:
                continue
            seen.add(text)
            figures |= big
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


class SectionPage:
    """A section as the briefing template sees it: its manifest record (any of whose fields a theme
    may read), with links relative to its page, its length in words, and its timed blocks."""

    def __init__(self, entry: SectionEntry, page: str, timed_blocks: tuple[TimedBlock, ...]) -> None:
        """Wrap one section record of the briefing whose page is `page`."""
        self.entry = entry
        self.audio_src = _relative(entry.audio.path, page)
        self.transcript_src = _relative(entry.audio.transcript, page)
        self.duration = format_duration(entry.audio.duration_seconds)
        self.timed_blocks = timed_blocks
        self.picture_srcs = {picture.block: _relative(picture.path, page) for picture in entry.pictures}

    def __getattr__(self, name: str) -> object:
        """A field of the section's manifest record."""
        if name == "entry":  # not set yet: never look it up in itself
            raise AttributeError(name)
        return getattr(self.entry, name)


class BriefingPage:
    """A briefing as the templates see it: its manifest record (any of whose fields a theme may read),
    with links relative to its page and what the page shows besides. The index lists every briefing
    of the channel and needs little of each, so each part is worked out only when a template asks."""

    def __init__(self, entry: BriefingEntry) -> None:
        """Wrap one briefing record."""
        self.entry = entry

    def __getattr__(self, name: str) -> object:
        """A field of the briefing's manifest record."""
        if name == "entry":
            raise AttributeError(name)
        return getattr(self.entry, name)

    @cached_property
    def sections(self) -> tuple[SectionPage, ...]:
        """The sections, with links and timed blocks."""
        timed = _timed_sections(self.entry)
        page = self.entry.page
        return tuple(SectionPage(s, page, t) for s, t in zip(self.entry.sections, timed, strict=True))

    @cached_property
    def key_numbers(self) -> list[list[tuple[str, bool]]]:
        """The "key numbers" box: short sentences with numbers, as (text, is_number) runs."""
        return key_numbers(self.entry)

    @property
    def episode_src(self) -> str:
        """The full episode's MP3, relative to the page."""
        return _relative(self.entry.episode.path, self.entry.page)

    @property
    def episode_transcript_src(self) -> str:
        """The full episode's transcript, relative to the page."""
        return _relative(self.entry.episode.transcript, self.entry.page)

    @property
    def book_src(self) -> str | None:
        """The talking book (EPUB), relative to the page; None when the briefing has none."""
        return None if self.entry.book is None else _relative(self.entry.book.path, self.entry.page)

    @property
    def episode_duration(self) -> str:
        """How long the full episode plays, in words."""
        return format_duration(self.entry.episode.duration_seconds)

    @cached_property
    def picture_credits(self) -> tuple[PictureEntry, ...]:
        """One picture of each symbol set the page shows, for its credit (set, licence and url)."""
        by_set = {p.set_name: p for s in self.entry.sections for p in s.pictures}
        return tuple(by_set.values())

    @property
    def section_count(self) -> int:
        """How many parts the briefing has."""
        return len(self.entry.sections)


class ChannelPage:
    """The channel as the templates see it: its manifest record and the feeds' public addresses."""

    def __init__(self, entry: Channel) -> None:
        """Wrap the channel record."""
        self.entry = entry
        self.feed_urls = FeedPaths(
            absolute_url(entry.base_url, entry.feeds.briefings), absolute_url(entry.base_url, entry.feeds.sections)
        )

    def __getattr__(self, name: str) -> object:
        """A field of the channel's manifest record."""
        if name == "entry":
            raise AttributeError(name)
        return getattr(self.entry, name)


def _static_files(user_dirs: Sequence[Path]) -> dict[str, bytes]:
    """Files of the static/ folders, the default theme's first so user files replace them."""
    files: dict[str, bytes] = {}
    for directory in [default_templates(), *user_dirs]:
        static = directory / STATIC_DIR
        for path in sorted(p for p in static.rglob("*") if p.is_file()) if static.is_dir() else []:
            files[f"{STATIC_DIR}/{path.relative_to(static).as_posix()}"] = path.read_bytes()
    return files


def render_site(
    manifest: Manifest, user_dirs: Sequence[Path] = (), only: Collection[str] | None = None, index: bool = True
) -> dict[str, bytes]:
    """The pages and static files of the site, by output path, from the manifest: the index and the
    page of every briefing, or only of the briefings whose slugs are given (and, without `index`, no
    index and no static files)."""
    environment = make_environment(user_dirs)
    files = _static_files(user_dirs) if index else {}
    channel = ChannelPage(manifest.channel)
    briefings = [BriefingPage(entry) for entry in manifest.briefings]
    try:
        for briefing in briefings:
            page = briefing.entry.page
            if only is not None and briefing.entry.slug not in only:
                continue
            html = environment.get_template("briefing.html.j2").render(
                channel=channel, generator=manifest.generator, root=_relative(".", page) + "/", briefing=briefing
            )
            files[page] = html.encode("utf-8")
        if index:
            listing = environment.get_template("index.html.j2").render(
                channel=channel, generator=manifest.generator, root="", briefings=briefings
            )
            files[INDEX_PATH] = listing.encode("utf-8")
    except TemplateError as error:
        raise ConfigError(f"template error: {error}") from error
    return files


class Pages:
    """A page per briefing, made again for the briefings to redo."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """A briefing's page."""
        return (briefing.page,)

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The pages of the briefings to redo."""
        return render_site(job.manifest, job.templates, only=job.redo, index=False)


class SiteIndex:
    """The index of all briefings and the theme's static files, made on every build."""

    def owned(self, briefing: BriefingEntry) -> Iterable[str]:
        """Nothing of it belongs to one briefing."""
        return ()

    def render(self, job: RenderJob) -> dict[str, bytes]:
        """The index and the static files."""
        return render_site(job.manifest, job.templates, only=())

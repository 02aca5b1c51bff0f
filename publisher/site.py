"""Pages: Jinja2 templates (user directories first, then the default theme) rendered to HTML."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
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

from publisher.errors import ConfigError
from publisher.model import Briefing, Site, audio_path, page_path

INDEX_PATH = "index.html"
STATIC_DIR = "static"


def default_templates() -> Path:
    """The default theme: inside the installed package, or templates/ beside it in a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


def make_environment(user_dirs: Sequence[Path] = ()) -> Environment:
    """A Jinja2 environment where user templates override the defaults, which stay reachable as default/."""
    for directory in user_dirs:
        if not directory.is_dir():
            raise ConfigError(f"template directory {directory} does not exist")
    builtin = FileSystemLoader(default_templates())
    loader = ChoiceLoader(
        [FileSystemLoader([str(d) for d in user_dirs]), PrefixLoader({"default": builtin}), builtin]
    )
    return Environment(
        loader=loader, autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )


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


def _briefing_context(briefing: Briefing, page: str) -> dict[str, Any]:
    """What the briefing template needs, with links relative to the page."""
    document = briefing.document
    sections = [
        {
            "slug": section.slug,
            "title": section.title,
            "blocks": section.blocks,
            "audio_src": _relative(audio_path(document.slug, number, section.slug), page),
            "duration": format_duration(audio.duration_seconds),
            "duration_seconds": audio.duration_seconds,
        }
        for number, (section, audio) in enumerate(zip(document.sections, briefing.audio, strict=True), 1)
    ]
    return {"document": document, "sections": sections, "page": page}


def _static_files(user_dirs: Sequence[Path]) -> dict[str, bytes]:
    """Files of the static/ folders, the default theme's first so user files replace them."""
    files: dict[str, bytes] = {}
    for directory in [default_templates(), *user_dirs]:
        static = directory / STATIC_DIR
        for path in sorted(p for p in static.rglob("*") if p.is_file()) if static.is_dir() else []:
            files[f"{STATIC_DIR}/{path.relative_to(static).as_posix()}"] = path.read_bytes()
    return files


def render_site(
    briefings: Sequence[Briefing], site: Site, user_dirs: Sequence[Path] = ()
) -> dict[str, bytes]:
    """Every page and static file of the site, by output path."""
    environment = make_environment(user_dirs)
    files = _static_files(user_dirs)
    try:
        for briefing in briefings:
            page = page_path(briefing.document.slug)
            html = environment.get_template("briefing.html.j2").render(
                site=site, root=_relative(".", page) + "/", **_briefing_context(briefing, page)
            )
            files[page] = html.encode("utf-8")
        index = environment.get_template("index.html.j2").render(
            site=site,
            root="",
            briefings=[_briefing_context(b, page_path(b.document.slug)) for b in briefings],
        )
    except TemplateError as error:
        raise ConfigError(f"template error: {error}") from error
    files[INDEX_PATH] = index.encode("utf-8")
    return files

"""People in the loop: drafts of the easy-read wording to check and edit, a word or sentence spoken to
hear a pronunciation, and the review page that shows what the rules changed."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from publisher.config import Config
from publisher.errors import OutputError, PublisherError
from publisher.model import Block, Document, Section
from publisher.model.manifest import Manifest
from publisher.sources import load_sources, parse_source
from publisher.sources.drafts import draft_path, write_draft
from publisher.sources.url import is_url


def make_drafts(source: str, config: Config, output: Path | None = None) -> list[tuple[Path, str]]:
    """The draft of a source's easy-read wording (of each entry, for a feed), with where it goes:
    beside the source as <stem>.easy.md, or `output` for a single source."""
    from publisher.plain import rewrite_document

    items = load_sources(source, config.max_source_bytes, config.feed_limit)
    if output is not None and len(items) > 1:
        raise PublisherError(f"{source} is a feed of {len(items)} entries: -o takes one source; leave it out")
    if output is None and is_url(source):
        raise PublisherError(f"{source} is a web address: say where the draft goes with -o FILE.easy.md")
    drafts = []
    for item in items:
        document = rewrite_document(parse_source(item), config.rewriter)
        drafts.append((output or draft_path(item.name, document.slug), write_draft(document, item.text)))
    return drafts


def save_file(path: Path, data: bytes) -> None:
    """Write a file all at once (through a temporary file beside it), or an OutputError saying why not."""
    temporary: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        temporary.replace(path)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error


def say(text: str, config: Config) -> bytes:
    """A word or sentence as an MP3, said with the configured voice and lexicon, as a build would."""
    from publisher.artwork import make_cover
    from publisher.briefings import encode_briefing, speak_scripts, write_scripts

    words = " ".join(text.split())
    if not any(character.isalnum() for character in words):
        raise PublisherError("give a word or a sentence to say")
    section = Section(slug="said", title="Said", blocks=(Block("paragraph", (words,)),))
    document = Document(slug="said", title=words[:60], sections=(section,), source="say",
                        published=datetime.now(UTC), language=config.language)  # fmt: skip
    scripts = write_scripts([document], config)
    clips, _ = speak_scripts(scripts, config)
    return encode_briefing(document, scripts["said"], clips, config, make_cover(words[:60])).audio[0].data


def render_review(manifest: Manifest) -> bytes:
    """The review page: per section the original and easy-read wording, what the rules changed and why,
    the fact check, and a button to hear each sentence. Served by `publisher serve --review`, never
    published."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from publisher import default_templates

    environment = Environment(
        loader=FileSystemLoader(default_templates()),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("review.html.j2").render(manifest=manifest).encode("utf-8")

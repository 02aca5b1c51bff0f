"""Command line: parse arguments, load the config, call build(); errors become one line and an exit code."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from publisher import __version__
from publisher.build import build
from publisher.config import DEFAULT_BASE_URL, load_config, updated
from publisher.errors import ConfigError, PublisherError, SourceError
from publisher.memory import fewer_malloc_arenas
from publisher.model.manifest import MANIFEST_PATH
from publisher.voices import DEFAULT_ENGINE, engine_class, engine_names

log = logging.getLogger("publisher")

EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def _add_verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    """-v and -q, accepted before or after the subcommand."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-v", "--verbose", action="count", default=default, help="say more (twice for debug)")
    quiet_default = False if default == 0 else default
    group.add_argument("-q", "--quiet", action="store_true", default=quiet_default, help="print errors only")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="publisher",
        description="Publish a factsheet as an easy-read web page, spoken audio and a podcast feed, offline.",
    )
    parser.add_argument("--version", action="version", version=f"publisher {__version__}")
    _add_verbosity(parser, default=0)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    build_parser = commands.add_parser("build", help="publish one or more factsheets")
    _add_verbosity(build_parser, default=argparse.SUPPRESS)
    build_parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="factsheet: a .txt, .html or .md file, an RSS or Atom feed (a briefing per entry), or an http(s) address",
    )
    build_parser.add_argument("-o", "--output", type=Path, help="output folder (default: output)")
    build_parser.add_argument(
        "--engine", help=f"speech engine: {', '.join(engine_names())} (default: {DEFAULT_ENGINE})"
    )
    build_parser.add_argument("--voice", help="voice of the engine (default: the engine's own)")
    build_parser.add_argument(
        "--base-url", help=f"public URL the output is served from, for the feed (default: {DEFAULT_BASE_URL})"
    )
    build_parser.add_argument("--config", type=Path, help="config file (default: ./publisher.toml if present)")

    build_parser.add_argument(
        "--lexicon", type=Path, action="append", default=[], help="pronunciation lexicon (.toml or .pls); repeatable"
    )
    build_parser.add_argument(
        "--workers", type=int, help="sentences spoken and sections mastered at once (default: one per core)"
    )
    build_parser.add_argument("--no-cache", action="store_true", help="speak every sentence again")
    build_parser.add_argument(
        "--strict", action="store_true", help="fail if the easy-read wording lost or added a fact"
    )
    build_parser.add_argument(
        "--original-wording", action="store_true", help="publish the source's own wording, not easy read"
    )
    build_parser.add_argument(
        "--keep-going", action="store_true", help="publish the sources that can be read; report the others (exit 3)"
    )
    build_parser.add_argument("--limit", type=int, metavar="N", help="from a news feed, only the newest N entries")
    build_parser.add_argument(
        "--easy", type=Path, metavar="FILE", help="the easy-read draft to use (default: SOURCE's .easy.md, if there)"
    )
    build_parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="make the sections on a Dask cluster (tcp://host:8786; the dask extra)"
    )
    build_parser.add_argument(
        "--pictures", metavar="SET", help="symbols beside key points: openmoji (default), a folder of yours, or none"
    )

    draft_parser = commands.add_parser("draft", help="write the easy-read wording as Markdown to check and edit")
    _add_verbosity(draft_parser, default=argparse.SUPPRESS)
    draft_parser.add_argument("source", metavar="SOURCE", help="the factsheet (or feed) to draft")
    draft_parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: SOURCE's .easy.md beside it")
    draft_parser.add_argument("--config", type=Path, help="config file (default: ./publisher.toml if present)")
    draft_parser.add_argument("--force", action="store_true", help="replace a draft that is there already")

    say_parser = commands.add_parser("say", help="speak a word or sentence to an MP3, to hear a pronunciation")
    _add_verbosity(say_parser, default=argparse.SUPPRESS)
    say_parser.add_argument("text", metavar="TEXT", help="what to say")
    say_parser.add_argument("-o", "--output", type=Path, default=Path("say.mp3"), metavar="FILE.mp3")
    say_parser.add_argument("--config", type=Path, help="config file (default: ./publisher.toml if present)")
    say_parser.add_argument("--engine", help="speech engine (default: the configured one)")
    say_parser.add_argument("--voice", help="voice of the engine")
    say_parser.add_argument("--lexicon", type=Path, action="append", default=[], help="pronunciation lexicon")

    serve_parser = commands.add_parser("serve", help="preview an output folder on http://127.0.0.1")
    _add_verbosity(serve_parser, default=argparse.SUPPRESS)
    serve_parser.add_argument("directory", nargs="?", type=Path, default=Path("output"), metavar="DIR")
    serve_parser.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    serve_parser.add_argument(
        "--watch", nargs="+", metavar="SOURCE", help="rebuild DIR from these sources when they change"
    )
    serve_parser.add_argument(
        "--review", action="store_true", help="also serve the review page (never published) at /review/"
    )

    voices_parser = commands.add_parser("voices", help="list speech engines and voices, and which work here")
    _add_verbosity(voices_parser, default=argparse.SUPPRESS)

    check_parser = commands.add_parser("check", help="verify a built output without rebuilding it")
    _add_verbosity(check_parser, default=argparse.SUPPRESS)
    check_parser.add_argument("directory", nargs="?", type=Path, default=Path("output"), metavar="DIR")
    check_parser.add_argument(
        "--no-audio-analysis", action="store_true", help="skip decoding audio (duration, loudness, true peak)"
    )
    return parser


def _configure_logging(verbose: int, quiet: bool) -> None:
    """Progress to stderr: warnings by default, more with -v, errors only with -q."""
    level = logging.ERROR if quiet else [logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)]
    logging.basicConfig(level=level, format="publisher: %(message)s", stream=sys.stderr, force=True)
    # A library that sets its own logger's level (Dask's 'Close client connection' at INFO) passes the root
    # logger's level on the way up; the handler's level holds it back.
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)


def _run_build(args: argparse.Namespace) -> int:
    """Load the config, build, and print a one-line summary."""
    config = load_config(
        args.config,
        output_dir=args.output,
        engine=args.engine,
        voice=args.voice,
        base_url=args.base_url,
        workers=args.workers,
    )
    config = updated(
        config,
        lexicon=config.lexicon + tuple(args.lexicon),
        cache_dir=None if args.no_cache else config.cache_dir,
        progress=not args.quiet and sys.stderr.isatty(),
        strict=config.strict or args.strict,
        rewriter="none" if args.original_wording else config.rewriter,
        keep_going=config.keep_going or args.keep_going,
        easy=args.easy,
        feed_limit=args.limit if args.limit is not None else config.feed_limit,
        pictures=args.pictures or config.pictures,
        scheduler=args.scheduler or config.scheduler,
    )
    if args.easy is not None and len(args.sources) != 1:
        raise ConfigError("--easy takes one SOURCE: a draft belongs to one factsheet")
    fewer_malloc_arenas(max(2, config.workers))
    result = build(args.sources, config)
    if config.base_url == DEFAULT_BASE_URL:
        log.warning("feed links use %s; pass --base-url with the public address to publish", DEFAULT_BASE_URL)
    failed = SourceError.exit_code if result.failed else 0
    if not args.quiet and not result.briefings and result.unchanged:
        print(f"nothing changed: {result.output_dir} is up to date ({result.seconds:.1f} s)")
        return failed
    if not args.quiet:
        sections = sum(len(b.audio) for b in result.briefings)
        spoken = result.synthesis
        for briefing in result.briefings:
            if briefing.document.readability:
                before, after = briefing.document.readability
                print(
                    f"{briefing.document.title}: easy read, {before.mean_words:.0f} -> {after.mean_words:.0f} words "
                    f"a sentence, reading grade {before.grade:.1f} -> {after.grade:.1f}"
                )
        print(
            f"published {len(result.briefings)} briefing(s), {sections} sections, "
            f"{result.audio_seconds:.1f} s of audio to {result.output_dir} in {result.seconds:.1f} s "
            f"({spoken.synthesized} sentence{'' if spoken.synthesized == 1 else 's'} spoken, "
            f"{spoken.cached} from the cache"
            + (f"; {result.unchanged} briefing(s) unchanged)" if result.unchanged else ")")
        )
    if result.failed:
        log.error("%d source(s) could not be published (listed above)", len(result.failed))
    return failed


def _run_check(args: argparse.Namespace) -> int:
    """Print one line per problem in a built output; exit 1 if there are any."""
    from publisher.check import check_output

    if not (args.directory / MANIFEST_PATH).is_file():
        raise PublisherError(f"{args.directory} has no {MANIFEST_PATH}: it is not a publisher output")
    problems = check_output(args.directory, measure=not args.no_audio_analysis)
    for problem in problems:
        print(f"{args.directory}/{problem}")
    if not args.quiet:
        print(f"{len(problems)} problem(s) in {args.directory}" if problems else f"{args.directory}: all checks passed")
    return 1 if problems else 0


def _run_serve(args: argparse.Namespace) -> int:
    """Serve the output folder until interrupted, rebuilding it when watched sources change."""
    import threading

    from publisher.serve import make_server, watch

    if not args.directory.is_dir():
        raise PublisherError(f"{args.directory} does not exist: build it first, or pass --watch SOURCE")
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"--port must be 0 to 65535, not {args.port}")
    try:
        server = make_server(args.directory, args.port, review=args.review)
    except OSError as error:
        raise PublisherError(f"cannot listen on 127.0.0.1:{args.port} ({error.strerror})") from error
    stop = threading.Event()
    if args.watch:
        config = load_config(None, output_dir=args.directory)
        rebuild = lambda: build(args.watch, config)  # noqa: E731 - a thunk for the watcher
        watched = [Path(s) for s in args.watch]
        threading.Thread(target=watch, args=(watched, rebuild, stop), daemon=True).start()
    port = server.server_address[1]
    print(f"serving {args.directory} at http://127.0.0.1:{port}/ (Ctrl+C to stop)", flush=True)
    if args.review:
        print(f"review page: http://127.0.0.1:{port}/review/", flush=True)
    try:
        server.serve_forever()
    finally:
        stop.set()
        server.server_close()
    return 0


def _run_draft(args: argparse.Namespace) -> int:
    """Write the easy-read draft of a source (one per entry of a feed) beside it, or to -o."""
    from publisher.editing import make_drafts, save_file

    drafts = make_drafts(args.source, load_config(args.config), args.output)
    for path, _ in drafts:  # refuse before writing any, so that nothing is half done
        if path.exists() and not args.force:
            raise PublisherError(f"{path} exists: an editor may have changed it; move it away or pass --force")
    for path, text in drafts:
        save_file(path, text.encode("utf-8"))
        if not args.quiet:
            print(f"wrote {path}: edit the wording, fill in checked_by and checked_on, then build")
    return 0


def _run_say(args: argparse.Namespace) -> int:
    """Speak TEXT with the configured voice and lexicon into an MP3."""
    from publisher.editing import save_file, say

    config = load_config(args.config, engine=args.engine, voice=args.voice, workers=1)
    config = updated(config, lexicon=config.lexicon + tuple(args.lexicon))
    data = say(args.text, config)
    save_file(args.output, data)
    if not args.quiet:
        print(f"wrote {args.output} ({len(data):,} bytes)")
    return 0


def _run_voices(args: argparse.Namespace) -> int:
    """Print each engine, whether it works here, and its voices."""
    for name in engine_names():
        try:
            engine_type = engine_class(name)
        except PublisherError as error:
            print(f"{name}: cannot be loaded ({error})")
            continue
        problem = engine_type.availability()
        default = " [default]" if name == DEFAULT_ENGINE else ""
        print(f"{name}{default}: {engine_type.description} - {'usable here' if problem is None else problem}")
        for voice in engine_type.voices():
            print(f"    {voice}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    args = make_parser().parse_args(argv)
    _configure_logging(args.verbose, args.quiet)
    try:
        commands = {"build": _run_build, "check": _run_check, "serve": _run_serve, "voices": _run_voices,
                    "draft": _run_draft, "say": _run_say}  # fmt: skip
        return commands[args.command](args)
    except PublisherError as error:
        print(f"publisher: error: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        # The reader went away (publisher voices | head): not an error worth a message.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("publisher: interrupted; the output was left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: still one line, with the traceback only when asked for
        if args.verbose:
            raise
        print(
            f"publisher: internal error: {type(error).__name__}: {error} (run with -v for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL

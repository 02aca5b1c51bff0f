"""The easy-read corpus (tests/fixtures/corpus: 20 factsheets written for publisher in the long, official
style of real ones) reads and publishes; benchmarks/easy_read.py measures how well it is rewritten."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from publisher.build import build
from publisher.check import check_output
from publisher.config import Config
from publisher.sources import read_source
from tests.conftest import FIXTURES

CORPUS = sorted((FIXTURES / "corpus").glob("*.txt"))


def test_the_corpus_has_twenty_factsheets_of_300_to_900_words() -> None:
    assert len(CORPUS) == 20
    assert all(300 <= len(path.read_text(encoding="utf-8").split()) <= 900 for path in CORPUS)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_each_factsheet_reads_with_its_title_and_headings(path: pytest.FixtureRequest) -> None:
    text = path.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    document = read_source(path)  # type: ignore[arg-type]
    assert document.title == text.split("\n", 1)[0]
    headings = [chunk.split("\n", 1)[0] for chunk in text.split("\n\n\n")[1:]]
    assert [s.title for s in document.sections[1:]] == headings


def test_the_corpus_publishes_and_checks_out(make_config: Callable[..., Config]) -> None:
    config = make_config()
    result = build(CORPUS, config)
    assert len(result.briefings) == 20
    assert check_output(config.output_dir, measure=False) == []

"""The parse's speed-ups change nothing: texts parsed together parse as they do alone, the attribute
rules from the look-up table set what spaCy's own ruler sets, and parsing ahead gives the same rewrite."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from types import SimpleNamespace

import pytest

import publisher.plain as plain
import publisher.plain.parse as standing
import publisher.plain.parser as parsing
from publisher.plain.attributes import AttributeTable
from publisher.sources import read_source

FIXTURES = Path(__file__).parent / "fixtures"
ODD = ["I ain't gonna go, y'all.", "  two  spaces\n\nand lines ", "Don't stop; it's cannot wanna.", "1 2 3 !!"]


def _sentences() -> list[str]:
    """Every sentence of the easy-read corpus fixtures, and some odd texts."""
    found = []
    for path in sorted((FIXTURES / "corpus").glob("*.txt")):
        document = read_source(path)
        found += [s for section in document.sections for block in section.blocks for item in block.items
                  for s in plain.sentences_of(item)]  # fmt: skip
    return [*found, *ODD]


def _signature(doc: object) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), str(t.is_sent_start))
        for t in doc  # type: ignore[attr-defined]
    ]


def test_texts_parsed_together_parse_as_they_do_alone() -> None:
    texts = _sentences()
    assert len(texts) > 200
    alone = [_signature(parsing._run([text])[0]) for text in texts]
    together = [_signature(doc) for doc in parsing._run(texts)]
    assert together == alone


def test_the_attribute_table_sets_what_the_models_ruler_sets() -> None:
    nlp = parsing.language()
    ruler = nlp.get_pipe("attribute_ruler")
    table = AttributeTable.of(ruler)  # type: ignore[arg-type]
    assert table is not None and "attribute_ruler" in nlp.disabled  # the table runs, not the ruler
    for text in _sentences():
        by_ruler = ruler(nlp(text))
        by_table = table(nlp(text))
        assert _signature(by_table) == _signature(by_ruler), text
        assert any(t.pos_ for t in by_table)  # something was set


def test_a_rule_the_table_does_not_know_leaves_the_models_ruler_to_run() -> None:
    unknown = SimpleNamespace(patterns=[{"patterns": [[{"SHAPE": "Xxx"}]]}], indices=[0], attrs=[{}])
    assert AttributeTable.of(unknown) is None  # type: ignore[arg-type]
    odd_operator = SimpleNamespace(patterns=[{"patterns": [[{"LOWER": {"FUZZY": "x"}}]]}], indices=[0], attrs=[{}])
    assert AttributeTable.of(odd_operator) is None  # type: ignore[arg-type]


def test_parses_are_kept_up_to_a_limit_and_parsed_ahead_in_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    batches: list[list[str]] = []
    real = parsing._run

    def counting(texts: list[str]) -> object:
        batches.append(list(texts))
        return real(texts)

    monkeypatch.setattr(parsing, "_run", counting)
    monkeypatch.setattr(parsing, "_PARSES", OrderedDict())
    monkeypatch.setattr(parsing, "PARSES_KEPT", 3)
    parsing.parse_ahead(["Boats cross", "Boats cross", "Ships sail", "Cars drive"])
    assert batches == [["Boats cross", "Ships sail", "Cars drive"]]
    first = parsing.parse("Ships sail")
    assert parsing.parse("Ships sail") is first and len(batches) == 1  # kept
    parsing.parse("Trains run")
    assert list(parsing._PARSES) == ["Cars drive", "Ships sail", "Trains run"]  # the least recently used let go
    assert standing.which_stand(["Buses stop.", "Which is late."]) == [True, False]
    assert batches[-1] == ["Buses stop", "Which is late"]


def test_parsing_ahead_gives_the_same_rewrite(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted((FIXTURES / "corpus").glob("*.txt"))[:4]
    documents = [read_source(path) for path in paths]
    monkeypatch.setattr(parsing, "_PARSES", OrderedDict())
    ahead = [plain.rewrite_document(document) for document in documents]
    monkeypatch.setattr(parsing, "_PARSES", OrderedDict())
    monkeypatch.setattr(plain, "_parse_ahead", lambda *_: None)
    one_by_one = [plain.rewrite_document(document) for document in documents]
    assert ahead == one_by_one
    assert any(s.report and s.report.changes for d in ahead for s in d.sections)


def test_a_sentence_that_ends_with_a_number_after_or_stands() -> None:
    assert standing.stands_alone("The grant ranges from £100 for a baby to £300 for a young person aged 16 or 17.")
    assert standing.stands_alone("The office is open on weekdays from 9am to 5pm.")
    assert not standing.stands_alone("We can help you check the benefits you get and.")


def test_a_verb_the_model_takes_for_a_noun_still_stands() -> None:
    assert standing.stands_alone("A second penalty notice within 3 years costs £160.")
    assert not standing.stands_alone("People visiting relatives who are ill, and NHS staff working night shifts.")
    assert not standing.stands_alone("With more checks underway.")

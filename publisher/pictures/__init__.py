"""Pictures: a symbol beside the key points of the easy-read text, chosen through a curated concept
table (or a user's keyword table) and an editor's overrides; none where nothing fits."""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

from publisher.errors import ConfigError
from publisher.model import Block, Document, Picture, Section
from publisher.pictures.matching import Concept, ConceptFinder, concepts_from_table, tokens
from publisher.pictures.sets import SYMBOL_SETS, SymbolFile, SymbolFolder, SymbolSet

__all__ = ["NO_PICTURES", "OVERRIDES_FILE", "PictureChooser", "add_pictures", "open_pictures"]

NO_PICTURES = "none"
OVERRIDES_FILE = "pictures.toml"
CHAPTER_IMAGE_PIXELS = 512
PICTURED_KINDS = ("paragraph", "bullets", "numbered", "quote")  # a table's cells are data, not a point
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'‘“(]?[A-Z0-9])")


@cache
def curated_concepts() -> tuple[Concept, ...]:
    """The curated concept table that comes with publisher (concepts.toml), in its order."""
    text = files("publisher.pictures").joinpath("concepts.toml").read_text(encoding="utf-8")
    return tuple(concepts_from_table(tomllib.loads(text), "concepts.toml"))


def folder_concepts(keywords: dict[str, tuple[str, ...]]) -> list[Concept]:
    """Concepts from a symbol folder's keyword table. A keyword that names a curated concept ("phone")
    brings that concept's words ("call us", "helpline") and weight; other keywords are matched as
    written and in the plural."""
    curated = {c.name.replace("_", " "): c for c in curated_concepts()}
    concepts = []
    for file_name, words in keywords.items():
        named = [curated[w.lower()] for w in words if w.lower() in curated]
        own = [w for w in words if w.lower() not in curated]
        concepts.append(
            Concept(
                name=Path(file_name).stem,
                symbol=file_name,
                weight=max((c.weight for c in named), default=2),
                nouns=tuple(w for w in own if " " not in w.strip()) + tuple(n for c in named for n in c.nouns),
                verbs=tuple(v for c in named for v in c.verbs),
                phrases=tuple(w for w in own if " " in w.strip()) + tuple(p for c in named for p in c.phrases),
                patterns=tuple(p for c in named for p in c.patterns),
                unless=tuple(u for c in named for u in c.unless),
            )
        )
    return concepts


@dataclass(frozen=True)
class Override:
    """An editor's choice: a block whose text holds the phrase gets this concept's picture, or none."""

    words: tuple[str, ...]
    concept: str | None


class PictureChooser:
    """Chooses a picture for each block: an override first, else the block's weightiest concept."""

    def __init__(self, symbols: SymbolSet, concepts: Sequence[Concept], overrides: Sequence[Override] = ()) -> None:
        """Match these concepts (those whose symbol the set has) and apply these overrides."""
        self.symbols = symbols
        self.concepts = {c.name: c for c in concepts if symbols.has(c.symbol)}
        self.overrides = tuple(overrides)
        self._finder = ConceptFinder(list(self.concepts.values()))
        self._files: dict[str, SymbolFile] = {}
        self._chapter_images: dict[str, bytes] = {}  # by file: each symbol is rendered to PNG once a build

    def identity(self) -> str:
        """What the choices depend on besides the text and the code: the set and the overrides."""
        digest = hashlib.sha256(f"{self.symbols.identity()}\0{self.overrides!r}".encode())
        return digest.hexdigest()

    def concept_for(self, block: Block) -> str | None:
        """The concept a block's picture shows, or None for no picture."""
        if block.kind not in PICTURED_KINDS:
            return None
        sentences = [s for item in block.items for s in _SENTENCE_END.split(item) if s.strip()]
        words = tokens(" ".join(block.items))
        for override in self.overrides:
            width = len(override.words)
            if any(tuple(words[at : at + width]) == override.words for at in range(len(words) - width + 1)):
                return override.concept
        return self._finder.best(sentences)

    def picture(self, block: int, concept: str) -> Picture:
        """The picture of a concept, to stand beside a block."""
        symbol = self.concepts[concept].symbol
        if symbol not in self._files:
            self._files[symbol] = self.symbols.file(symbol)
        found = self._files[symbol]
        return Picture(block, concept, Path(symbol).stem, found.file_name, found.data,
                       self.symbols.name, self.symbols.licence, self.symbols.url)  # fmt: skip

    def illustrate(self, section: Section) -> Section:
        """The section with a picture beside each block that has a good match, and its chapter image."""
        chosen = [(number, self.concept_for(block)) for number, block in enumerate(section.blocks)]
        # Blocks in a row about the same thing are one point: the picture stands beside the first.
        kept = [(n, c) for i, (n, c) in enumerate(chosen) if c is not None and (i == 0 or chosen[i - 1][1] != c)]
        pictures = tuple(self.picture(number, concept) for number, concept in kept)
        if not pictures:
            return replace(section, pictures=(), chapter_image=b"")
        first = pictures[0]
        if first.file_name not in self._chapter_images:
            self._chapter_images[first.file_name] = chapter_image(first)
        return replace(section, pictures=pictures, chapter_image=self._chapter_images[first.file_name])


def chapter_image(picture: Picture) -> bytes:
    """A picture as a square PNG on white, for podcast apps (which show chapter images, not SVG)."""
    if picture.mime_type == "image/png":
        return picture.data
    import resvg_py

    size = CHAPTER_IMAGE_PIXELS
    svg = picture.data.decode("utf-8")
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, width=size, height=size, background="#ffffff"))


def read_overrides(path: Path, chooser: PictureChooser) -> list[Override]:
    """An editor's overrides file: phrase = concept (or a symbol of the set, or "none"), in order."""
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError as error:
        raise ConfigError(f"picture overrides file {path} does not exist") from error
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"picture overrides file {path} cannot be read: {error}") from error
    by_symbol = {Path(c.symbol).stem.lower(): c.name for c in chooser.concepts.values()}
    by_symbol |= {c.symbol.lower(): c.name for c in chooser.concepts.values()}
    overrides = []
    for phrase, target in table.items():
        words = tuple(tokens(phrase))
        if not words or not isinstance(target, str):
            raise ConfigError(f"{path}: '{phrase}' must be a phrase = a concept, a symbol or \"none\"")
        name = target.strip()
        if name.lower() == NO_PICTURES:
            overrides.append(Override(words, None))
        elif name in chooser.concepts or name.lower() in by_symbol:
            overrides.append(Override(words, name if name in chooser.concepts else by_symbol[name.lower()]))
        else:
            raise ConfigError(f"{path}: '{phrase}' = {target!r} names no concept or symbol of {chooser.symbols.name}")
    return overrides


def open_pictures(choice: str, overrides: Path | None = None) -> PictureChooser | None:
    """The chooser for a configuration's `pictures` ("openmoji", a folder, or "none") and overrides."""
    if choice == NO_PICTURES:
        return None
    symbols = SYMBOL_SETS[choice]() if choice in SYMBOL_SETS else SymbolFolder(Path(choice))
    keywords = symbols.keywords()
    concepts = folder_concepts(dict(keywords)) if keywords else list(curated_concepts())
    chooser = PictureChooser(symbols, concepts)
    if overrides is None:
        return chooser
    return PictureChooser(symbols, concepts, read_overrides(overrides, chooser))


def add_pictures(documents: Sequence[Document], chooser: PictureChooser | None) -> list[Document]:
    """The documents with pictures beside their key points (unchanged when pictures are off)."""
    if chooser is None:
        return list(documents)
    return [replace(d, sections=tuple(chooser.illustrate(s) for s in d.sections)) for d in documents]

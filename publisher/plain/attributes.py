"""The model's attribute rules (a tag's part of speech and morphology, and their exceptions) by look-up.

spaCy's AttributeRuler runs the model's 179 rules through its Matcher, which costs about a fifth of
each parse of a short sentence. The same rules, indexed by the word or tag their first token needs,
give the same result (tests/test_syntax.py compares the two) for a small part of the cost. A rule in a
form this module does not know makes `AttributeTable.of` return None, and the model's own ruler runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

Test = Callable[[object], bool]
_READ = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the attributes rules may ask about, in _features' order
Features = tuple[str, str, str, bool]


def _features(token: Token) -> Features:
    return token.tag_, token.lower_, token.dep_, token.is_space


class UnknownRule(ValueError):
    """A rule in a form the table does not know."""


def _position(key: str) -> int:
    if key not in _READ:
        raise UnknownRule(key)
    return _READ.index(key)


def _test(value: object) -> Test:
    """What a pattern asks of one attribute: a value, or {'IN'|'NOT_IN': [...]} or {'REGEX': r}."""
    if isinstance(value, str | bool):
        return lambda seen: seen == value
    if isinstance(value, dict) and len(value) == 1:
        [(operator, operand)] = value.items()
        if operator == "IN":
            members = frozenset(operand)
            return lambda seen: seen in members
        if operator == "NOT_IN":
            outsiders = frozenset(operand)
            return lambda seen: seen not in outsiders
        if operator == "REGEX":
            pattern = re.compile(operand)
            return lambda seen: isinstance(seen, str) and pattern.search(seen) is not None
    raise UnknownRule(repr(value))


@dataclass(frozen=True)
class _Rule:
    """One pattern of one attribute rule: a test per token, the token it sets and what it sets."""

    order: int
    tokens: tuple[tuple[tuple[int, Test], ...], ...]
    index: int
    attrs: dict[int, int]

    def matches(self, features: list[Features], start: int) -> bool:
        """Whether the pattern matches the tokens from start."""
        if len(self.tokens) == 1:
            seen = features[start]
            return all(test(seen[key]) for key, test in self.tokens[0])
        if start + len(self.tokens) > len(features):
            return False
        return all(
            test(features[start + offset][key]) for offset, token in enumerate(self.tokens) for key, test in token
        )


def _keys(spec: Mapping[str, object]) -> list[tuple[str, str]]:
    """The (attribute, value) keys a token must have one of, if the spec names them (the most telling
    first)."""
    for attribute in ("LOWER", "TAG", "IS_SPACE"):
        value = spec.get(attribute)
        if isinstance(value, str | bool):
            return [(attribute, str(value))]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(attribute, member) for member in value["IN"]]
    return []


class AttributeTable:
    """The rules of a model's AttributeRuler, indexed by their first token's word or tag."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._indexed: dict[tuple[str, str], list[_Rule]] = {}
        self._scanned: list[_Rule] = []
        rules: list[dict[str, Any]] = list(ruler.patterns)
        for order, rule in enumerate(rules):
            for pattern in rule["patterns"]:
                made = _Rule(
                    order,
                    tuple(tuple((_position(key), _test(value)) for key, value in spec.items()) for spec in pattern),
                    ruler.indices[order],
                    ruler.attrs[order],
                )
                keys = _keys(pattern[0])
                for key in keys:
                    self._indexed.setdefault(key, []).append(made)
                if not keys:
                    self._scanned.append(made)

    @classmethod
    def of(cls, ruler: AttributeRuler) -> AttributeTable | None:
        """The table for a ruler, or None if a rule is in a form it does not know."""
        try:
            return cls(ruler)
        except UnknownRule:
            return None

    def __call__(self, doc: Doc) -> Doc:
        """Set every matching rule's attributes, as the ruler does: all matches first, then later
        rules over earlier ones."""
        from spacy.tokens._retokenize import set_token_attrs

        features = [_features(token) for token in doc]
        found: list[tuple[int, int, _Rule]] = []
        indexed, none = self._indexed, ()
        for start, (tag, lower, _, space) in enumerate(features):
            by_space = indexed.get(("IS_SPACE", str(space)), none)
            for rules in (
                indexed.get(("LOWER", lower), none),
                indexed.get(("TAG", tag), none),
                by_space,
                self._scanned,
            ):
                found += [(rule.order, start, rule) for rule in rules if rule.matches(features, start)]
        for _, start, rule in sorted(found, key=lambda match: match[:2]):
            set_token_attrs(doc[start : start + len(rule.tokens)][rule.index], rule.attrs)
        return doc

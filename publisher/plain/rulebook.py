"""The rewrite's tables of rules: those on the parse, those without it, and the listers, in the order they are tried."""

from __future__ import annotations

from collections.abc import Callable

from .anyone import at_anyone_who, at_anyone_with
from .asides import at_asides
from .brackets import at_bracketed_sentence
from .cases import at_even_if, at_other_condition
from .choices import said_as_a_choice
from .clause_lists import (
    actions_as_bullets,
    clauses_as_conditions,
    groups_as_bullets,
    semicolons_as_bullets,
    two_conditions_as_bullets,
)
from .closings import at_participle, at_trailing_phrase
from .colons import at_colon
from .condition_last import opening_condition_listed
from .conditions import conditions_as_bullets
from .doings import doings_as_bullets
from .examples import at_condition_examples, at_examples_aside, example_cases_as_bullets, example_ways_as_bullets
from .groups import at_group_who
from .list_checks import of_one_kind, well_formed
from .lists import as_bullets
from .main_clauses import at_main_clauses
from .means import at_by_doing
from .openers import at_opening_phrase, at_opening_reason, at_reported
from .or_else import at_or_else
from .order_first import after_a_condition_said_first, after_a_short_order
from .orders import at_and_not, at_orders
from .outcomes import outcomes_as_bullets
from .own_helper import at_another_modal, at_its_own_modal
from .phrase_first import at_and_a_phrase_first
from .purposes import at_purpose
from .questions import at_condition
from .read_alone import at_clauses_read_alone
from .reasons import at_reasons
from .relatives import at_for_whom, at_relative_phrase, at_which_you_do
from .repeated import repeated_as_bullets
from .said_first import at_closing_after, at_opening_time, at_should
from .sentences import GUESSING_RULES, RULES, SERIES_LISTERS
from .splices import at_spliced_condition
from .subjects import subjects_as_bullets
from .syntax import at_parsed_sentences
from .that_lists import that_clauses_as_bullets
from .then_steps import at_and_then, at_before_doing
from .timing import at_time_limit, times_as_bullets
from .verb_series import at_verb_series
from .ways import two_ways_as_bullets, ways_as_bullets
from .where import at_where
from .which_lists import (
    asked_as_bullets,
    colon_list_as_bullets,
    doings_of_who_as_bullets,
    told_as_bullets,
    which_are_as_bullets,
)
from .whose import at_whose
from .with_clauses import at_with_clause

# The rules on the parse, in the order they are tried: the first whose pieces all stand alone wins.
PARSE_RULES: tuple[Callable[[str], list[str] | None], ...] = (
    at_parsed_sentences,
    at_bracketed_sentence,
    at_colon,
    at_or_else,
    at_spliced_condition,
    at_condition_examples,
    at_condition,
    at_should,
    at_anyone_who,
    at_anyone_with,
    at_opening_time,
    at_closing_after,
    at_opening_phrase,
    at_opening_reason,
    at_reasons,
    at_asides,
    at_examples_aside,
    at_main_clauses,
    at_and_a_phrase_first,
    at_and_then,
    at_before_doing,
    at_its_own_modal,
    at_another_modal,
    at_verb_series,
    at_orders,
    at_and_not,
    at_group_who,
    at_purpose,
    at_by_doing,
    at_trailing_phrase,
    at_relative_phrase,
    at_whose,
    at_where,
    at_which_you_do,
    at_for_whom,
    at_with_clause,
    at_participle,
    at_reported,
    at_other_condition,
    at_even_if,
    at_time_limit,
    at_clauses_read_alone,
)
# The rules without a parse, less those that guess ("a disabled person who lives there" must not
# become "It lives there"; "urging parents to ensure X" must not lose "to ensure X" to a sentence).
SAFE_RULES = tuple(rule for rule in RULES if rule not in GUESSING_RULES)
# Inline lists as bullets: those the parse finds, then those read from commas, if their items are alike; a list of
# things that offers a choice says its 'or' (see choices.py; conditions, ways and questions say theirs as they do).
# (Then the same listers on what follows a short first order: "Apply online and send us A, B and C".)
_LISTERS = (
    semicolons_as_bullets,
    conditions_as_bullets,
    two_conditions_as_bullets,
    clauses_as_conditions,
    opening_condition_listed,
    outcomes_as_bullets,
    said_as_a_choice(repeated_as_bullets),
    example_ways_as_bullets,
    example_cases_as_bullets,
    groups_as_bullets,
    actions_as_bullets,
    times_as_bullets,
    ways_as_bullets,
    two_ways_as_bullets,
    doings_as_bullets,
    subjects_as_bullets,
    which_are_as_bullets,
    asked_as_bullets,
    told_as_bullets,
    doings_of_who_as_bullets,
    that_clauses_as_bullets,
    colon_list_as_bullets,
    said_as_a_choice(well_formed(as_bullets)),
    *(said_as_a_choice(of_one_kind(lister)) for lister in SERIES_LISTERS),
)
PARSE_LISTERS = (*_LISTERS, after_a_short_order(_LISTERS), after_a_condition_said_first(_LISTERS))

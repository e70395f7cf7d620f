"""People named by their captivity whose own predicate says a harm befell them: "two hostages
were among the dead", "the gunmen killed three captives". The noun names what they were; the
predicate says what happened to them. The nouns live in ``core/rules/measures.json``
("held_people")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.factuality import intended
from core.extract.later_deaths import killed_after_clause
from core.extract.nlp import negated
from core.extract.participants import participant
from core.extract.partitives import HARMS
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading


@functools.cache
def _held_people() -> frozenset[str]:
    return frozenset(load_rules("measures")["held_people"])


def harmed_captives(noun: Token, node: Token) -> Reading | None:
    """The harm the predicate of ``node`` (the figure's phrase) says befell people its
    ``noun`` names by their captivity, or None: "two hostages were killed" are dead, "took
    two hostages" and "two hostages were freed" stay the noun's."""
    if noun.lemma_.lower() not in _held_people():
        return None
    said = participant(node)
    if said is not None and killed_after_clause(said.anchor, node):
        # "two hostages who had been seized were later killed": the last harm counts
        said.measure = "killed"
    if said is None or said.measure not in HARMS:
        return None
    if intended(said.anchor) or negated(said.anchor):
        return None  # "threatened to kill two hostages": nothing happened
    said.noun = noun
    said.rule += ":held"
    return said

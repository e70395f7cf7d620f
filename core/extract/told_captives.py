"""Captives counted in a witness's own words, in a report that counted people kidnapped
before: "They number 27," one elder said; "They took at least 40, mainly teenagers," a trader
said. The pronoun is the captives (or their takers) the report told of; elsewhere ("they
number 31" of families left homeless, "they took 35 goats") nothing is counted."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

RULE = "told<kidnapped"
# the pronoun by which a witness speaks of the captives or of the men who took them
GROUP_PRONOUNS = frozenset({"they"})
# how the parser hangs the count on "number": "They number 27"
NUMBERED_DEPS = frozenset({"nummod", "attr", "dobj", "npadvmod"})
TAKING_VERBS = frozenset({"take"})


@functools.cache
def _numbering_verbs() -> frozenset[str]:
    verbs: list[str] = load_rules("measures")["numbering_verbs"]
    return frozenset(verbs)


def told_captives(
    num: Token, reading: Reading | None, known: Mapping[tuple[float, str], Measure]
) -> Reading | None:
    """The figure's reading, kidnapped when it counts nothing else and a witness says "they
    number N" or "they took N" in a report that counted captives before (``known``)."""
    if reading is not None and reading.measure not in (None, "other"):
        return reading
    if "kidnapped" not in known.values():
        return reading
    verb = num.head
    if not any(c.dep_ == "nsubj" and c.lower_ in GROUP_PRONOUNS for c in verb.children):
        return reading
    lemma = verb.lemma_.lower()
    numbered = lemma in _numbering_verbs() and num.dep_ in NUMBERED_DEPS
    taken = lemma in TAKING_VERBS and num.dep_ == "dobj" and num.pos_ == "NUM"
    if numbered or taken:
        return Reading(measure="kidnapped", anchor=verb, rule=RULE)
    return reading

"""People taken hostage: "rioting inmates took three guards hostage", "have taken two engineers
captive", "took two soldiers prisoner" count captives, kidnapped, whatever the parser made of
the complement after them (an object, a clause, a compound or a modifier)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_rules("measures")
    return frozenset(raw["hostage_verbs"]), frozenset(raw["hostage_complements"])


def taken_hostage(num: Token, noun: Token | None) -> Reading | None:
    """The figure's people with a hostage's complement right after them ("three guards
    hostage"), under a verb that takes or keeps them: captives."""
    verbs, complements = _words()
    people = noun if noun is not None else num
    doc = people.doc
    before = doc[people.i - 1]
    if people.lower_ in complements and before.i > num.i and before.head.i == people.i:
        people = before  # "two soldiers prisoner": the parser's compound
    after = people.i + 1
    if after >= len(doc) or doc[after].lower_ not in complements:
        return None
    word = doc[after]
    if people.dep_ not in ("dobj", "compound") and word.head.i != people.i:
        return None  # the takers ("four inmates held three guards hostage") are no captives
    verb = next((t for t in people.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in verbs or verb.i > people.i:
        return None
    if not any(t.i == word.i for t in verb.subtree):
        return None
    return Reading(measure="kidnapped", noun=people, anchor=verb, rule=f"hostage:{verb.lemma_}")

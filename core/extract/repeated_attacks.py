"""Attacks counted by how many times a place or a people was struck: "the town has been
attacked at least three times this year", "the post was raided four times" (the verbs in
measures.json's "repeated_attack_verbs"); "visited three times", "called five times" count
nothing."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

TIMES = "time"  # "three times": the noun a count of repeats counts


@functools.cache
def _attack_verbs() -> frozenset[str]:
    return frozenset(load_rules("measures")["repeated_attack_verbs"])


def attacked_times(noun: Token | None) -> Reading | None:
    """ "has been attacked at least three times": "times" said of a verb of attack counts the
    attacks."""
    if noun is None or noun.lemma_.lower() != TIMES or noun.dep_ not in ("npadvmod", "advmod"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _attack_verbs():
        return None
    return Reading(measure="attacks", noun=noun, anchor=verb, rule=f"times:{verb.lemma_.lower()}")

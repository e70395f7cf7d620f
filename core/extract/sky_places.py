"""The place an aircraft, drone or missile came down "over": the scene of the figure, as
after "in" ("air defences destroyed 12 drones over the Belgorod region", "a missile was
intercepted over Kharkiv"). After any other word "over" tells what a quarrel or a protest
is about ("clashes over Kashmir"), never where (``sky_verbs`` in ``rules/places.json``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


def downed_over(tok: Token) -> bool:
    """``tok`` is the place after "over" of a verb bringing something down from the sky."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "over":
        return False
    verb = prep.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "downed 12 drones over X", the parser hanging "over" on the drones
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _sky_verbs()


@functools.cache
def _sky_verbs() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["sky_verbs"])

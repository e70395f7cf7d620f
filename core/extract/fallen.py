"""Soldiers who "fell": "the government says 14 soldiers fell", "12 policemen fell in the line
of duty" are the dead, as "perished" ones are. Only for the people of "fallen_nouns" in
measures.json and a bare verb: "prices fell 14 points", "two workers fell from the roof",
"three guards fell ill" count no dead."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.extract.measures import Reading
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

FALL = "fall"
# Where or when they fell, not into what: "fell in battle", "fell on Sunday", "at the front"
SCENE_PREPOSITIONS = frozenset({"in", "during", "on", "at", "while", "defending", "fighting"})
# Words that make "fell" a movement or a change of state: "fell ill", "fell back", "fell victim"
WHEN_ENTITIES = frozenset({"DATE", "TIME"})
MOVING_DEPS = frozenset({"acomp", "attr", "oprd", "dobj", "prt", "xcomp", "npadvmod"})


@functools.cache
def _fallen_nouns() -> frozenset[str]:
    words: list[str] = load_rules("measures")["fallen_nouns"]
    return frozenset(words)


@functools.cache
def _fallen_arms() -> frozenset[str]:
    words: list[str] = load_rules("measures")["fallen_arms"]
    return frozenset(words)


def _fighting(prep: Token) -> bool:
    """ "fell with their weapons in hand": a "with" of the weapons they held."""
    return prep.lower_ == "with" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _fallen_arms() for o in prep.children
    )


def fallen(node: Token) -> Reading | None:
    """ "14 soldiers fell": the dead, when the counted people are soldiers or police and the
    verb says only where or when; "eight soldiers and three volunteers fell": the list its
    first member names."""
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "nsubj" or verb.lemma_.lower() != FALL or verb.pos_ != "VERB":
        return None
    if node.lemma_.lower() not in _fallen_nouns() or not factual(verb):
        return None
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.ent_type_ in WHEN_ENTITIES:
            continue  # "fell last year", not "fell 20 feet"
        if child.dep_ in MOVING_DEPS or (child.dep_ == "advmod" and child.i > verb.i):
            return None
        if child.dep_ == "prep" and child.lower_ not in SCENE_PREPOSITIONS and not (
            _fighting(child)
        ):
            return None
    return Reading(measure="killed", anchor=verb, rule="verb:fall:fallen")

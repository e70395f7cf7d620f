"""The word tables of place reading (``rules/places.json``) and the tests every place reader
shares: a locative ("in", "near"), a scene's name ("Elm Street", "the 500 block")."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


LOCATIVE_PREPS = frozenset(
    ["in", "inside", "at", "near", "outside", "across", "around", "across", "throughout", "within"]
)


@dataclass(frozen=True, slots=True)
class PlaceWords:
    scene_nouns: frozenset[str]
    quarter_nouns: frozenset[str]
    area_nouns: frozenset[str]
    not_places: frozenset[str]
    street_suffixes: frozenset[str]
    incident_words: frozenset[str]


@functools.cache
def lexicon_places() -> PlaceWords:
    raw: dict[str, Any] = load_rules("places")
    return PlaceWords(
        scene_nouns=frozenset(raw["scene_nouns"]),
        quarter_nouns=frozenset(raw["quarter_nouns"]),
        area_nouns=frozenset(raw["area_nouns"]),
        not_places=frozenset(raw["not_places"]),
        street_suffixes=frozenset(raw["street_suffixes"]),
        incident_words=frozenset(raw["incident_words"]),
    )


def a_scene(name: str) -> bool:
    """A street, block, venue or neighbourhood ("Arlington Avenue", "Rio Vista Dr.", "the 500
    block", "Regal Nightclub"): its last word says so."""
    words = name.split()
    last = words[-1].lower().rstrip(".") if words else ""
    lexicon = lexicon_places()
    scenes = lexicon.scene_nouns | lexicon.street_suffixes
    return last in scenes or (last.endswith("s") and last[:-1] in scenes)  # "Elm and Oak streets"


def locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS

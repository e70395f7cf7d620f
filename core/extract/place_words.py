"""The word tables of place reading (``rules/places.json``) and the tests every place reader
shares: a locative ("in", "near"), a scene's name ("Elm Street", "the 500 block")."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


# "@" is "at" in a post ("shot 2 people @ #Dayton")
LOCATIVE_PREPS = frozenset(
    ["in", "inside", "at", "near", "outside", "across", "around", "throughout", "within", "@"]
)


@dataclass(frozen=True, slots=True)
class PlaceWords:
    scene_nouns: frozenset[str]
    quarter_nouns: frozenset[str]
    area_nouns: frozenset[str]
    not_places: frozenset[str]
    street_suffixes: frozenset[str]
    incident_words: frozenset[str]
    suburb_words: frozenset[str]


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
        suburb_words=frozenset(raw["suburb_words"]),
    )


def a_scene(name: str) -> bool:
    """A street, block, venue or neighbourhood ("Arlington Avenue", "Rio Vista Dr.", "the 500
    block", "Regal Nightclub"): its last word says so."""
    words = name.split()
    last = words[-1].lower().rstrip(".") if words else ""
    lexicon = lexicon_places()
    scenes = lexicon.scene_nouns | lexicon.street_suffixes
    if len(words) > 1 and (last.isdigit() or (len(last) == 1 and last.isalpha())):
        last = words[-2].lower().rstrip(".")  # "Avenue A", "Highway 249": the suffix first
    return last in scenes or (last.endswith("s") and last[:-1] in scenes)  # "Elm and Oak streets"


def locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def a_street_named_by_side(root: Token, name: str) -> bool:
    """ "a home on West Maple near Avenue B": a street named by a side and a town's name, one
    lives on; a side of a town is where one lives in ("in East Toledo")."""
    side = name.split(" ", 1)[0].lower()
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "on"
        and side in _compass_words()
        and " " in name
        and not places.candidates(name)
    )


@functools.cache
def _compass_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["compass_words"])


def a_suburb_of(tok: Token) -> bool:
    """ "in suburban Dayton", "a suburban Dayton office": a town that only says where the
    suburb lies; the suburb is named by its own police or elsewhere in the report."""
    held = tok
    while held.dep_ == "compound" and held.head.i > held.i:
        held = held.head  # "a suburban Dayton office building": up to the building
    return any(
        c.dep_ == "amod" and c.i < tok.i and c.lower_ in lexicon_places().suburb_words
        for c in held.children
    )


def a_residence(tok: Token) -> bool:
    """ "Jane Roe, 47, of Cedar Falls": where a person lives, not where it happened."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.ent_type_ == "PERSON" or (owner.like_num and owner.head.ent_type_ == "PERSON")

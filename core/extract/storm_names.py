"""A storm's name is no place: "killed in Typhoon Lomi", "in Tropical Storm Vena in Osk",
"in Vena's aftermath". Weather desks name a storm by its kind and a given name, which the
recogniser reads as a town's or a person's, and the given name may be a town's elsewhere."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_storms_name(tok: Token, name: str) -> bool:
    """ "Typhoon Lomi", "Super Cyclone Arno" (the kind right before the given name, in the
    name or as the parser's compound before its head), or a name owning an event's
    aftermath ("Vena's wake"); not a street or a place named after a storm ("Cyclone
    Road", "Storm Lake": a place's noun ends it, or the gazetteer knows it whole)."""
    if tok.dep_ == "poss" and tok.head.lower_ in word_set("places", "aftermath_nouns"):
        return True
    kinds = word_set("places", "storm_kinds")
    words = name.split(",", 1)[0].split()
    named = len(words) > 1 and words[-2][:1].isupper() and words[-2].lower() in kinds
    given = words[-1]
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if before.dep_ == "compound" and before.head.i == tok.i and before.lower_ in kinds:
        named, given = before.text[:1].isupper(), tok.text  # the kind cut from the name
    if tok.lower_ in kinds and tok.dep_ == "compound" and tok.head.i == tok.i + 1:
        # "Typhoon" of "Typhoon Lomi", which the recogniser cut from the given name
        named, given = tok.head.pos_ == "PROPN" and tok.text[:1].isupper(), tok.head.text
        name = f"{tok.text} {given}"
    return named and given.lower() not in _place_nouns() and places.lookup(name) is None


@functools.cache
def _place_nouns() -> frozenset[str]:
    """The last words of a street's, a venue's or a place's name ("Road", "Lake")."""
    return (
        word_set("places", "street_suffixes")
        | word_set("places", "scene_nouns")
        | word_set("places", "place_kind_nouns")
        | word_set("places", "landform_nouns")
        | word_set("places", "water_nouns")
    )

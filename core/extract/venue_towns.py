"""The town a venue is written "of" ("a blast in the main market of Ridgeford, Dunmore
district"): the town, not a street, whatever label NER gave its name; only a part of a street
("the 400 block of Elm", "the corner of Oak and Pine") makes the name after "of" a street."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.area_roles import area_share
from core.extract.name_roles import name_start
from core.extract.place_words import lexicon_places, locative
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


# Entity labels NER gives a town or a region.
_TOWN_LABELS = frozenset({"GPE", "LOC"})
# Gazetteer levels of a place a checker files an incident under.
_TOWN_LEVELS = frozenset({"city", "district", "admin1"})


def a_town_written(tok: Token, name: str) -> bool:
    """ "the main market of Ridgeford", "the old mosque of Kalpur, Dunmore district": the
    name after a venue's "of" is a town when NER or the gazetteer says so, or when its unit
    is written after it; "the car park of Brightmart" names the venue's owner."""
    place = places.resolve(name)
    return (
        tok.ent_type_ in _TOWN_LABELS
        or (place is not None and place.level in _TOWN_LEVELS)
        or any(c.dep_ == "appos" and an_admin_unit(_unit_text(c)) for c in tok.children)
    )


# The rule tables whose nouns name a building or a works that stands in a town.
_PREMISES_TABLES = (
    "premises_nouns", "business_venue_nouns", "facility_nouns", "scene_venue_nouns",
    "building_nouns",
)
# A bare name after these is a town's; "in the Grand Arcade" names a building.
_NAME_TAGS = frozenset({"NNP"})


@functools.cache
def premises_nouns() -> frozenset[str]:
    """The nouns of a building or a works that stands in a town (``_PREMISES_TABLES``)."""
    rules = load_rules("places")
    return frozenset(str(w) for table in _PREMISES_TABLES for w in rules[table])


def a_venues_town(tok: Token) -> bool:
    """ "killed in the old market of Ridgeford", NER reading the town as an organisation or
    a person: the name after the "of" of a venue that is the scene (``locative``), when the
    gazetteer knows the town or its unit is written after it (the name, from its start, is
    built only for such an "of"'s object: most words are none), as after a share of the
    town ("in different parts of Karachi"); or the bare name after the "in" of a building
    (``a_premises_town``)."""
    if tok.dep_ != "pobj" or tok.ent_type_ in _TOWN_LABELS:
        return False
    if tok.head.lower_ == "in":
        return a_premises_town(tok)
    if tok.head.lower_ != "of":
        return False
    venue = tok.head.head
    words = lexicon_places()
    # "in different parts of Karachi": a share of the town is in it, as a venue is (not the
    # unit noun of "... of Sindh province")
    shared = area_share(tok) is not None
    return (
        (tok.pos_ == "PROPN" if shared else (
            venue.pos_ == "NOUN"
            and venue.lower_ in words.scene_nouns
            and venue.lower_ not in words.quarter_nouns | words.street_part_nouns
        ))
        and locative(venue)
        and a_town_written(tok, tok.doc[name_start(tok) : tok.i + 1].text)
    )


def _unit_text(tok: Token) -> str:
    """ "Dunmore district": an appositive unit written whole."""
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def a_premises_town(tok: Token) -> bool:
    """ "returned to the depot in Harlow", "a bakery in Brook Hollow": a building stands in a
    town, so the bare proper name after its "in" is the town, whatever NER made of it (a
    facility's, a firm's, a person's). A name with an article ("in the Grand Arcade") or that
    ends in a building's own noun ("in Westfield Mall") names a building, not a town."""
    prep = tok.head
    building = prep.head
    if (
        tok.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep"
        or building.pos_ != "NOUN" or building.lower_ not in premises_nouns()
        or building.i > tok.i
    ):
        return False
    first = name_start(tok)
    words = tok.doc[first : tok.i + 1]
    return (
        first == prep.i + 1  # nothing between "in" and the name: no article, no adjective
        and all(w.tag_ in _NAME_TAGS and w.text[:1].isupper() and w.is_alpha for w in words)
        and not any(w.lower_ in premises_nouns() for w in words)
    )

"""The town a venue is written "of" ("a blast in the main market of Ridgeford, Dunmore
district"): the town, not a street, whatever label NER gave its name; only a part of a street
("the 400 block of Elm", "the corner of Oak and Pine") makes the name after "of" a street."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.name_roles import name_start
from core.extract.place_words import lexicon_places, locative
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


def a_venues_town(tok: Token) -> bool:
    """ "killed in the old market of Ridgeford", NER reading the town as an organisation or
    a person: the name after the "of" of a venue that is the scene (``locative``), when the
    gazetteer knows the town or its unit is written after it (the name, from its start, is
    built only for such an "of"'s object: most words are none)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.ent_type_ in _TOWN_LABELS:
        return False
    venue = tok.head.head
    words = lexicon_places()
    return (
        venue.pos_ == "NOUN"
        and venue.lower_ in words.scene_nouns
        and venue.lower_ not in words.quarter_nouns | words.street_part_nouns
        and locative(venue)
        and a_town_written(tok, tok.doc[name_start(tok) : tok.i + 1].text)
    )


def _unit_text(tok: Token) -> str:
    """ "Dunmore district": an appositive unit written whole."""
    return tok.doc[tok.left_edge.i : tok.i + 1].text

"""A place named with the town or district that owns it, NER reading both as bodies'
names: "the fighting in Rangpur's Pirgachha", "a clash in Bogura's Sherpur" (the district's
possessive, then a sub-district or village the gazetteer lacks). For ``place_entities``:
the owned name is the place, filed with its owner as a checker writes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.name_roles import name_start
from core.extract.place_words import locative
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Labels NER gives a town it misreads as a body's or a person's name.
_MISREAD = frozenset({"ORG", "PERSON", "NORP", ""})
# Levels of an owner that holds villages and sub-districts.
_OWNER_LEVELS = frozenset({"city", "district"})


def owned_place(ent: Span) -> tuple[Token, str] | None:
    """The place an entity NER took for a body's or a person's name owns, by its possessive,
    where something happened ("in Rangpur's Pirgachha": "Pirgachha, Rangpur"), when the
    gazetteer knows the owner as a town or district and the owned name as nothing."""
    root = ent.root
    if ent.label_ not in _MISREAD or root.dep_ != "poss" or root.i != ent.end - 1:
        return None
    held = root.head
    if held.pos_ != "PROPN" or held.ent_type_ not in _MISREAD or not locative(held):
        return None
    owner = places.lookup(ent.text)
    if owner is None or owner.level not in _OWNER_LEVELS:
        return None
    name = held.doc[max(name_start(held), ent.end + 1) : held.i + 1].text
    if places.candidates(name):
        return None  # a town the gazetteer knows is read by its own entity
    return held, f"{name}, {ent.text}"

"""A part of the report's town written as the town's own ("in the city's East End", "the
town's Orangi Town area"): the possessive says the place lies in the town the report is
about, whatever else the gazetteer finds by that name (an East End in Arkansas)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# "the city's", "the town's": a noun that stands for the report's town
_TOWN_NOUNS = frozenset({"city", "town"})
_TOWN_LEVELS = frozenset({"city", "district"})
_HEADS_UP = 2  # "the city's Orangi Town area": the possessive may hang on the name's noun


def of_the_city(tok: Token, name: str, home: str | None) -> str:
    """The place written with the report's town when "the city's" owns it, the report's
    place is a town its sentence names, and the name does not hold it already."""
    if home is None or "," in name or not owned_by_the_town(tok):
        return name
    if home.startswith(name + ", "):
        return home  # the report's place is this part of its town already
    town = home.split(", ", maxsplit=1)[0]
    if town in name or name in town or town not in span_text(tok.sent):
        # the town must be named with it ("..., Pittsburgh police said"), not only where a
        # victim lives or a driver came from further on
        return name
    found = places.resolve(home)
    if found is None or found.level not in _TOWN_LEVELS:
        return name
    return f"{name}, {town}"


def owned_by_the_town(tok: Token) -> bool:
    """ "the city's East End", "the town's Orangi Town area": the place is a part of a town."""
    node = tok
    for _ in range(_HEADS_UP):
        for child in node.children:
            if child.dep_ == "poss" and child.lemma_.lower() in _TOWN_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "the" for d in child.children
            ):
                return True
        if node.head.i == node.i or node.head.pos_ not in ("NOUN", "PROPN"):
            return False
        node = node.head
    return False

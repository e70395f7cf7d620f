"""Names of structures after the town they stand in ("Kohat Tunnel", "Lahore Zoo"), read by
their words alone: the entity repairs of the parse use them before any place is read, so
this module imports no reader of places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span


def a_facility_name(name: Span) -> bool:
    """ "Kohat Tunnel", "Multan Cantonment Station": a town the gazetteer knows, then words
    ending in a noun of ``town_facility_nouns``."""
    if len(name) < 2 or name[-1].lower_ not in word_set("places", "town_facility_nouns"):
        return False
    return any(_a_town(name[:end].text) for end in range(len(name) - 1, 0, -1))


def _a_town(name: str) -> bool:
    place = places.lookup(name)
    return place is not None and place.level == "city"

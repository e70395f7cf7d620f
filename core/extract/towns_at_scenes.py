"""A town after "at" that NER took for a body ("Gunmen killed 3 men at Rawalakot", "Two
soldiers were wounded at Chaman"): South Asian and African desk copy places an incident
"at" a town as often as "in" it, and NER labels a town it does not know an ORG there. "at"
also names a firm or a venue ("shot at Chevron", "a sale at Target"), so only a town the
gazetteer knows in a country the report speaks of (its dateline, its place names), after
"at" hung on the clause's verb, is read as the scene, save where a desk places a town
"in" it and "at" names a campus, a hospital or a plant named after one ("at Columbia",
"at Bellevue": ``venue_at_countries``); the entity readers still turn down a
known body's or person's name (``place_entities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span

_TOWN_LEVELS = frozenset({"city", "district"})
_VERB_POS = frozenset({"VERB", "AUX"})


def a_town_at_the_scene(ent: Span, place: places.Place) -> bool:
    """``ent``, which the gazetteer reads as ``place``, is the town "at" which the clause's
    deed happened, in a country the report speaks of."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.pos_ not in _VERB_POS:
        return False
    if place.level not in _TOWN_LEVELS or not all(t.is_title for t in ent):
        return False
    if place.country in word_set("places", "venue_at_countries"):
        return False  # "arrested 100 protesters at Columbia": a campus, not Columbia, S.C.
    hints, _ = places.report_context()
    return any(country == place.country for country, _ in hints)

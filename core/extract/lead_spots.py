"""The spot a report's lead sets its incident in, where the gazetteer does not know it.

A local report names its scene in the lead ("an attack on a base in Loma Verde, in the
department of Sucre") and later, once or twice, a town the gazetteer knows: where residents
spoke, where an earlier attack was. Counting names, the report's town
(``report_places.report_town``) is that other town, the scene being no name the gazetteer
knows. A checker files the incident under the spot the lead gives it, with the province the
lead writes beside it ("Loma Verde, Sucre"): so when the headline and lead never write the
report's town, and the lead places its incident in a spot the gazetteer lacks and names the
province holding that town, the spot with the province is the report's place.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.lead_scene_towns import Mentions, lead_end, text_of
from core.extract.place_words import places_incident
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.nlp import Chunk


def unknown_lead_spot(chunks: Sequence[Chunk], town: str | None, mentions: Mentions) -> str | None:
    """``town``, or the spot the gazetteer lacks, written with its province, that the
    headline and lead (their places by ``mentions``) set the incident in, when they never
    write ``town`` and name the province holding it."""
    known = places.resolve(town) if town and "," not in town else None
    if known is None or known.level != "city" or known.admin1 is None:
        return town
    ordered = sorted(chunks, key=lambda c: c.offset)
    end = lead_end(text_of(ordered))
    sents = ((chunk, sent) for chunk in ordered for sent in chunk.doc.sents)
    lead = itertools.takewhile(lambda told: told[0].start_of(told[1]) < end, sents)
    found = [place for _, sent in lead for place in mentions(sent)]
    names = {name.split(",", 1)[0] for _, name in found}
    province = next((n for n in sorted(names) if _the_province(n, known)), None)
    if town in names or province is None:
        return town  # the lead writes the town (the scene, or what holds it), or no province
    spot = next((name for tok, name in found if _an_unknown_scene(tok, name)), None)
    return f"{spot}, {province}" if spot is not None else town


def _an_unknown_scene(tok: Token, name: str) -> bool:
    """A name the gazetteer lacks that a locative of the incident governs ("an attack on a
    base in X")."""
    return (
        "," not in name
        and "\n" not in name  # a name run over a line break is none
        and places.lookup(name) is None
        and places_incident(tok)
    )


def _the_province(name: str, town: places.Place) -> bool:
    """``name`` is the province holding ``town``."""
    place = places.resolve(name, hints={town.country: 1} if town.country else None)
    return place is not None and place.level == "admin1" and place.key == town.admin1


def a_spots_province(place: str, home: str) -> bool:
    """``place`` is the province the report's place is written with ("Sucre" of "Loma
    Verde, Sucre"), holding a spot the gazetteer lacks: the spot says more."""
    spot, _, held = home.rpartition(", ")
    if not spot or held != place or "," in spot or places.lookup(spot) is not None:
        return False
    province = places.resolve(place)
    return province is not None and province.level == "admin1"

"""Which province a name the text gives is, for the areas "in the province" calls back
(``place_roles.remember_areas``): a province of the report's country under any reading of the
name ("Punjab" is India's and Pakistan's), else a province of another country named bare
("labourers from Punjab" in a report filed from Gaza), which the reader is taken to know as
the story's. A sentence that names a country beside it marks the province as abroad ("fled
Afghanistan's Nangarhar province") or as a namesake of another country's ("Kebbi, in
Nigeria's North-west"): "the province" after it is still the report's own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.extract.home_country import of_the_country
from core.extract.nlp import sentence_ents
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span


def a_province_named(ent: Span, name: str, areas: Mapping[str, str]) -> bool:
    """``name`` (``ent`` made whole) is a province "the province" may call back."""
    place = places.lookup(name)
    if place is None or place.level != "admin1":
        return False
    provinces = [p for p in places.candidates(name) if p.level == "admin1"]
    if any(of_the_country(p, dict(areas)) for p in provinces):
        return True
    return not _names_a_country(ent.sent)


def _names_a_country(sent: Span) -> bool:
    return any(
        (place := places.lookup(e.text)) is not None and place.level == "country"
        for e in sentence_ents(sent)
    )

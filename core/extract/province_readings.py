"""Which province a name the text gives is, for the areas "in the province" calls back
(``place_roles.remember_areas``): a province of the report's country under any reading of the
name ("Punjab" is India's and Pakistan's), else a province abroad that a group the report
is about comes from ("labourers from Punjab" in a report filed from Gaza: "two of them were
killed in the province"). A province abroad only told of someone ("the minister, who studied
in England"), or one its sentence marks as abroad by naming a country ("Nigeria's
North-west", "workers from Nepal's Koshi province"), leaves "the province" the report's own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.extract.dual_provinces import PROVINCE_NOUNS
from core.extract.home_country import of_the_country
from core.extract.nlp import sentence_ents
from core.extract.origin_places import an_origin
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span


def note_named_area(ent: Span, name: str, areas: dict[str, str]) -> None:
    """Remember ``name`` (``ent`` made whole) for the area nouns that call it back: a province
    for "the province" (or "the state", "the region"), a district the gazetteer knows only
    as one ("North Waziristan") for "the district", a country for "the country"."""
    place = places.lookup(name)
    if a_province_named(ent, name, areas):  # "Punjab", of India or a bare one abroad
        for kind in PROVINCE_NOUNS:
            areas[kind] = name
    elif place is not None and place.level == "district" and of_the_country(place, areas):
        # "killed five militants in the district"; "Morang district" is kept with its word
        name = " ".join(name.split())  # a headline's name runs into its blank line
        if not areas.get("district", "").startswith(name):
            areas["district"] = name
    elif place is not None and place.level == "country":
        areas["country"] = ent.text  # "across the country"


def a_province_named(ent: Span, name: str, areas: Mapping[str, str]) -> bool:
    """``name`` (``ent`` made whole) is a province "the province" may call back."""
    place = places.lookup(name)
    if place is None or place.level != "admin1":
        return False
    provinces = [p for p in places.candidates(name) if p.level == "admin1"]
    if any(of_the_country(p, dict(areas)) for p in provinces):
        return True
    root = ent.root
    return root.head.lower_ == "from" and an_origin(root) and not _names_a_country(ent.sent)


def _names_a_country(sent: Span) -> bool:
    return any(
        (place := places.lookup(e.text)) is not None and place.level == "country"
        for e in sentence_ents(sent)
    )

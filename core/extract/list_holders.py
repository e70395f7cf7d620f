"""The place that holds every name of a list ("raids in Tarn, Wend and adjoining Ost
district"), written as the report writes it, never in the gazetteer's own spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import BIG_TOWN
from core.text import places
from core.text.place_spellings import press_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


def holder_as_written(holder: places.Place, names: Sequence[str]) -> str:
    """One of the listed names when it is the holder itself ("in Tarn, Wend and Ost", Wend
    the district holding the other two), else the gazetteer's name without its
    transliteration marks ("Wēnd" is no spelling of the press)."""
    for name in names:
        named = places.resolve(name)
        if named is not None and named.key == holder.key:
            return name
    return press_name(holder.name)


def a_listed_town(holder: places.Place, names: Sequence[str]) -> bool:
    """The holder found is a town the list names beside others ("in Andheri, Malad and
    Borivali": the gazetteer knows Borivali alone): a town holds no listed place, it is one
    scene among several."""
    found = [places.resolve(name) for name in names]
    return holder.level == "city" and any(p is not None and p.key == holder.key for p in found)


def town_with_its_area(
    head: Token, conjuncts: Sequence[Token], names: Sequence[str]
) -> str | None:
    """ "in Butig, Lanao del Sur, the army said": a town and the area that holds it joined by
    a comma alone, which the parser takes for a list: the town, written with its area."""
    if len(conjuncts) != 1 or len(names) != 2 or any(c.dep_ == "cc" for c in head.children):
        return None
    if head.doc[conjuncts[0].left_edge.i - 1].text != ",":
        return None
    town, area = places.resolve(names[0]), places.resolve(names[1])
    if area is not None and a_city_holding(town, area):
        return f"{names[0]}, {names[1]}"  # "in Kayole, Nairobi": a township and its city
    if town is None or area is None or places.relation(area, town) != "contains":
        return None
    return f"{names[0]}, {names[1]}"


# a known town this small, told beside a big city, is a namesake of a part of that city
NAMESAKE_TOWN = 10_000


def a_city_holding(town: places.Place | None, city: places.Place) -> bool:
    """ "in Khayelitsha, Cape Town", "in Mamelodi, Pretoria": a big city told after a comma
    holds a township or a suburb the gazetteer lacks, knows only as a hamlet of its name
    elsewhere, or knows as a smaller town of the city's own province ("in Kharkiv, Odesa",
    two big towns, is no such pair)."""
    if city.level != "city" or city.population < BIG_TOWN:
        return False
    return town is None or town.population < NAMESAKE_TOWN or (
        town.level == "city" and town.admin1 == city.admin1 and town.population < city.population
    )

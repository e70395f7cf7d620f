"""What a figure's place text may name besides the place the gazetteer chose, so that reports
of one incident that write its place at different levels are not kept apart.

Outlets write one scene at the level they know: "Kufana village, Kajuru district", "Kajuru",
"Kaduna"; a town named like the province or district that holds it ("Kaduna", "Rangpur") is
read as the town, though an outlet writing it bare often means the province; a name two
countries share ("Jaleshwar") is read as one of them. Two places keep figures of one incident
apart only when they are known to differ: when no reading of one text agrees with a reading of
the other along the chain spot < town < district < province < country, and both texts name
their place whole (a place the gazetteer found from a piece of the text, "Lanao" for "Lanao
del Sur", is a guess)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from core.group.figure_places import PlaceSource, neighbours, places_apart
from core.rules import load_rules
from core.text import places
from core.text.places import Place


@dataclass(frozen=True, slots=True)
class PlaceReading:
    """The places a figure's place text may name: the one resolved first, then the other
    places of its name (the province or district named like a town, a namesake) and the
    places each part of a text written as a list names ("Hawija, Kirkuk": Hawija, and Kirkuk
    the town or the province). ``whole``: one part of the text names the resolved place whole,
    not a piece of a longer name the gazetteer lacks."""

    places: tuple[Place, ...]
    whole: bool


@cache
def _level_nouns() -> frozenset[str]:
    """Words of a unit's level ("district", "city", "neighbourhood"): ``rules/places.json``
    area_nouns and quarter_nouns."""
    table = load_rules("places")
    return frozenset(str(w).casefold() for w in (*table["area_nouns"], *table["quarter_nouns"]))


@cache
def _side_words() -> frozenset[str]:
    """Words of a side of a place ("northern", "downtown"; ``rules/places.json`` compass_words)
    and articles, dropped with the level words before a part's name is looked up."""
    return frozenset(str(w).casefold() for w in load_rules("places")["compass_words"]) | {
        "the", "of"
    }


def _bare(part: str) -> tuple[str, bool]:
    """A part of a place text without the words of its level or side, and whether it wrote
    its level ("Kajuru district", "Kunduz city")."""
    words = places.normalise(part).split()
    kept = [w for w in words if w not in _level_nouns() and w not in _side_words()]
    return " ".join(kept or words), len(kept) < len(words) and any(
        w in _level_nouns() for w in words
    )


def _named(part: str) -> tuple[tuple[Place, ...], bool]:
    """Every place a part of a place text may name, and whether the part writes its level:
    then only the places of the level the gazetteer reads it at ("Kunduz city" is not the
    province; "Kunduz" may be)."""
    found = places.candidates(part.strip())
    bare, levelled = _bare(part)
    found += tuple(p for p in places.candidates(bare) if p not in found)
    if levelled and (chosen := places.resolve(part)) is not None:
        found = tuple(p for p in found if p.level == chosen.level)
    return found, levelled


@lru_cache(maxsize=1 << 14)
def place_reading(location: str, place: Place) -> PlaceReading:
    """The reading of a figure's place text ``location`` that resolved to ``place``: the
    places of its name (unless the text writes its level) and of the text's first part (the
    spot), each within a place a later part names when the text names one ("Jaleshwar,
    Mahottari district" is not the Indian Jaleshwar; "Manila, Philippines" names Manila, not
    the whole country)."""
    parts = [_named(part) for part in location.split(",") if part.strip()]
    naming = [levelled for found, levelled in parts if place in found]
    holders = {p.key for found, _ in parts[1:] for p in found}
    namesakes = places.candidates(place.name) if not any(naming) else ()
    others = [p for p in (*namesakes, *(parts[0][0] if parts else ())) if p != place]
    if holders:
        others = [p for p in others if not holders.isdisjoint(p.chain)]
    return PlaceReading(tuple(dict.fromkeys((place, *others))), bool(naming))


def name_reading(place: Place) -> PlaceReading:
    """The reading of a place known only by its name (a report's lead place): the place and
    the other places of its name."""
    return PlaceReading(tuple(dict.fromkeys((place, *places.candidates(place.name)))), True)


def known_apart(a: PlaceReading | None, b: PlaceReading | None) -> bool:
    """Whether two figures' places are known to differ: both texts name their place whole,
    and no place one may name lies in, holds or may overlap a place the other may name."""
    if a is None or b is None or not (a.whole and b.whole):
        return False
    return _apart(a.places, b.places)


@lru_cache(maxsize=1 << 14)
def _apart(mine: tuple[Place, ...], theirs: tuple[Place, ...]) -> bool:
    return not any(places.compatible(p, q) for p in mine for q in theirs)


@dataclass(frozen=True, slots=True)
class PlacedFigure:
    """What the grouping weighs of a figure's place: the place, where the figure stands
    (document, whether its sentence names the place, its report group's frame), its report
    group and what else its place text may name."""

    place: Place
    source: PlaceSource
    group: str | None
    reading: PlaceReading | None
    # it counts arrests, made where the suspects were found, not where the incident happened
    arrest: bool = False
    # the first and last day (ordinals) the figure gives its happening, None when undated
    days: tuple[int, int] | None = None


def kept_apart(a: PlacedFigure, b: PlacedFigure) -> bool:
    """Whether two figures' places keep them out of one event: places that do not contain
    each other (``places_apart``: across unrelated reports always; in one report or across
    reports of one incident only when both sentences name them), and, in one report or one
    report group, only places known to differ (``known_apart``) and both sentences name,
    whether or not the figures stand in their reports' frame)."""
    if places.compatible(a.place, b.place):
        return False
    doc, other = a.source[0], b.source[0]
    one_group = doc == other or (a.group is not None and a.group == b.group)
    if one_group and not known_apart(a.reading, b.reading):
        return False
    # "two suspects were arrested in a town 30 km away": in one report, or in reports of one
    # incident, where an arrest was made never parts it from the incident it answers
    if one_group and (a.arrest or b.arrest):
        return False
    # reports grouped as one incident: a place one figure's sentence does not name (the
    # dateline, an earlier paragraph) is no evidence against the other's, in its report's frame
    # or out of it ("the toll rose to 9" under a bureau's dateline)
    if one_group and not (a.source[1] and b.source[1]):
        return False
    return places_apart(a.source, b.source, near=neighbours(a.place, b.place))

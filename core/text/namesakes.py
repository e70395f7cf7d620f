"""Which of a name's bearers a report means, where more than rank and size tell: a town of a
country the report does not speak of is no namesake of a local name ("Kang" in a report on
Nimroz), and a town a province's name calls up as its other name is the place only when it
holds much of the province's people ("D.C." is Washington; "Bihar" is the state, not Bihar
Sharif). Read by ``core.text.places``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from core.rules import load_rules
from core.text.place_types import Place, normalise

PART_SHARE = 5  # a part of a town has at most a fifth of its people (a capital, more)
# a town the province's name calls up as its other name holds this share of its people at least
# ("D.C." and Washington, "Krung Thep Maha Nakhon" and Bangkok; not a province's seat)
OTHER_NAME_SHARE = 0.4


# A town of the report's countries is named without them; a town abroad a report names
# without its country is a big one ("Dubai", "Mashhad"), not a hamlet sharing a local name.
_ABROAD_MIN_POPULATION = 100_000
# Only a country the report speaks of more than once (its dateline, two names) sets a small
# town abroad aside: one stray name is no evidence of where the report is.
_ABROAD_MIN_HINT = 2


def a_namesake_abroad(place: Place, hints: Mapping[str, int], name: str | None = None) -> bool:
    """ "Kang" in a report on Afghanistan's Nimroz, "Beach" of a refugee camp in Gaza: a
    small town of a country the report does not speak of is not the place meant, nor a town
    of any size there called by another of its names ("Raipura", a name of India's Raipur,
    in a report on Bangladesh: the report's own town the gazetteer lacks)."""
    other_name = name is not None and _folded_name(name) != _folded_name(place.name)
    return (
        place.level == "city"
        and (place.population < _ABROAD_MIN_POPULATION or other_name)
        and max(hints.values(), default=0) >= _ABROAD_MIN_HINT
        and not any(hints.get(k, 0) > 0 for k in place.chain)
    )


def _folded_name(name: str) -> str:
    """A name as written and as the gazetteer spells it compare equal ("Sar-e-Pul" and "Sar-e
    Pul", "Kandahar" and "Kandahār")."""
    return " ".join(normalise(name).replace("-", " ").split())


def a_capital_named(town: Place, name: str, found: tuple[Place, ...]) -> bool:
    """Whether a name its province bears too means the town: the town's own name ("Kandahar",
    "Cebu City"), or another name of a town that holds much of its province's people."""
    if town.level != "city":
        return False
    alike = {_folded_name(name)} | {_folded_name(p.name) for p in found if p.level != "city"}
    if _town_name(town) in alike:
        return True
    held_in = next((p for p in found if p.level == "admin1" and p.key == town.admin1), None)
    # "Sulu" of Jolo, "Ceará" of Fortaleza: a province's own name, which the gazetteer also
    # lists as a town's other name, is the province unless the town holds most of its people
    return held_in is not None and town.population >= held_in.population * OTHER_NAME_SHARE


def an_empty_province(province: Place, name: str, found: tuple[Place, ...]) -> bool:
    """ "Jerusalem": a province the gazetteer knows no town of (no people to weigh it by) is
    not what its name means beside a big town whose very name it is; the town is."""
    if province.level != "admin1" or province.population:
        return False
    folded = _folded_name(name)
    return any(
        p.level == "city" and p.population >= _ABROAD_MIN_POPULATION and _town_name(p) == folded
        for p in found
    )


def _town_name(town: Place) -> str:
    """A town's name without the word for a town it may be written with ("Cebu City"); whole
    where the word sets the town apart from its state ("Oklahoma City": ``state_city_countries``
    of ``rules/places.json``), unless the press calls it without the word ("New York")."""
    folded = _folded_name(town.name)
    head, _, last = folded.rpartition(" ")
    if not head or last not in _town_nouns():
        return folded
    apart = town.country in _state_city_countries() and folded not in _bare_named_cities()
    return folded if apart else head


@cache
def _state_city_countries() -> frozenset[str]:
    return frozenset(str(c) for c in load_rules("places")["state_city_countries"])


@cache
def _bare_named_cities() -> frozenset[str]:
    return frozenset(_folded_name(str(c)) for c in load_rules("places")["bare_named_cities"])


@cache
def _town_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["report_scene"]["town_nouns"])



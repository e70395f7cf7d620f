"""How two places of the gazetteer relate (the same, one within the other, apart, or
unknown), whether they may be one event's, and the reason a checker reads for it. Pure over
two ``Place``s: no lookup. ``core.text.places`` re-exports these, as every stage reads a
place through it. Moved out of ``places.py``."""

from __future__ import annotations

from typing import Literal

from core.text import namesakes, town_reach
from core.text.place_types import Place

Relation = Literal["same", "contains", "within", "unknown", "disjoint"]


def contains(outer: Place, inner: Place) -> bool:
    """``outer`` holds ``inner`` (a region its members' places)."""
    if outer.key == inner.key:
        return False
    if outer.level == "region":
        members = set(outer.members)
        return bool(members.intersection(inner.chain)) or (
            inner.level == "region" and members.issuperset(inner.members)
        )
    return outer.key in inner.chain[1:]


def relation(a: Place, b: Place) -> Relation:
    """How two places relate: ``contains`` means ``a`` contains ``b``."""
    if a.key == b.key:
        return "same"
    if contains(a, b):
        return "contains"
    if contains(b, a):
        return "within"
    if a.countries.isdisjoint(b.countries):
        return "disjoint"
    if a.level == "city" and b.level == "city":
        return "disjoint"  # two towns never contain each other
    if a.level == "region" or b.level == "region":
        # A region overlaps a country it touches; a province outside its members lies apart.
        other = b if a.level == "region" else a
        return "disjoint" if other.admin1 else "unknown"
    if {a.level, b.level} == {"district", "city"} and a.admin1 == b.admin1:
        town = a if a.level == "city" else b
        return "disjoint" if town.district else "unknown"  # a town whose district is unknown
    # Same country: disjoint when both provinces are known, unknown when one city lacks one.
    a_prov = a.admin1 if a.level != "country" else None
    b_prov = b.admin1 if b.level != "country" else None
    if a_prov and b_prov:
        return "disjoint"
    return "unknown"


def compatible(a: Place | None, b: Place | None) -> bool:
    """False only when both are known and neither contains the other (never the same event)."""
    return a is None or b is None or relation(a, b) != "disjoint"


def part_of(inner: Place, town: Place) -> bool:
    """A neighbourhood GeoNames lists as a town ("Bridgeport" in Chicago, "Springfield
    Gardens" in New York): a much smaller place whose centre lies within the town's reach."""
    if (
        inner.level != "city"
        or town.level != "city"
        or inner.key == town.key
        or inner.country != town.country
        or inner.population * namesakes.PART_SHARE > town.population
        or None in (inner.lat, inner.lon, town.lat, town.lon)
    ):
        return False
    return town_reach.surface_km(inner, town) <= town_reach.reach_km(town)


def describe(a: Place, b: Place) -> str:
    """A reason a checker can read for two related places."""
    rel = relation(a, b)
    if rel == "same":
        return f"same place ({a.name})"
    if rel == "contains":
        return f"{b.name} lies in {a.name}"
    if rel == "within":
        return f"{a.name} lies in {b.name}"
    if rel == "unknown":
        return f"{a.name} and {b.name} may overlap"
    return f"different places ({a.name} / {b.name})"

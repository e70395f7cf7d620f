"""Items of a statistic's breakdown by area: "Eastvale 41" after "Northland recorded 52
raids", a row "Eastvale: 41" under "Raids by province:", each the figure of its own area
(``core.extract.item_areas``). Such an item is its area's statistic, never the whole's it
breaks down nor another area's: a total whose sentence names another area stays apart from
it, though the areas contain each other (the province, the country)."""

from __future__ import annotations

from collections.abc import Sequence

from core.group.place_readings import PlacedFigure
from core.model import Claim

# the extraction rules of a breakdown's items (``area_items``, ``row_labels``)
ITEM_RULES = ("area_item<", "row_label")


def breakdown_item(claim: Claim) -> bool:
    """Whether the claim is an item of a breakdown by area."""
    return claim.rule.startswith(ITEM_RULES) or ITEM_RULES[0] in claim.rule


def areas_told_apart(mine: Sequence[PlacedFigure], theirs: Sequence[PlacedFigure]) -> bool:
    """Whether two sets of figures' places hold two areas their sentences name: each side
    names a place, and none the other side names."""
    own = {p.place.key for p in mine if p.source[1]}
    other = {q.place.key for q in theirs if q.source[1]}
    return bool(own and other and own.isdisjoint(other))

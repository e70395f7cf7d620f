"""How far a town reaches and where a place lies: a part of a town lies within its reach
(``places.part_of``), and a grid over the positions finds the towns near one without trying
every town (``core.extract.report_places``)."""

from __future__ import annotations

import math
from typing import Protocol


class Place(Protocol):
    """What these read of a ``places.Place`` (a protocol: ``places`` imports this module)."""

    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...
    @property
    def population(self) -> int: ...

# A town's reach grows with the root of its people: about 10 km for Chicago, 4 km for Tulsa.
_REACH_KM_PER_ROOT = 0.006
_EARTH_KM = 6371.0


def reach_km(town: Place) -> float:
    """How far from its centre a part of ``town`` may lie."""
    return _REACH_KM_PER_ROOT * math.sqrt(town.population)


def surface_km(a: Place, b: Place) -> float:
    """The distance between two centres over the Earth's surface (a missing one read as 0)."""
    lat1, lon1, lat2, lon2 = (math.radians(v or 0.0) for v in (a.lat, a.lon, b.lat, b.lon))
    arc = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * _EARTH_KM * math.asin(math.sqrt(arc))


def position_km(place: Place) -> tuple[float, float, float] | None:
    """The place's centre in space (km from the Earth's centre): the straight line between two
    centres is never longer than ``surface_km`` between them."""
    if place.lat is None or place.lon is None:
        return None
    lat, lon = math.radians(place.lat), math.radians(place.lon)
    return (
        _EARTH_KM * math.cos(lat) * math.cos(lon),
        _EARTH_KM * math.cos(lat) * math.sin(lon),
        _EARTH_KM * math.sin(lat),
    )

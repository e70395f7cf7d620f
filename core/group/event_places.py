"""The place an event is labelled by (``core.group.match``): the most specific place its
figures agree on. A town and the district named after it, in one province, are one place
read two ways ("in Shopian" / "in Shopian district"): the gazetteer often cannot nest the
town in its district, and their common ancestor, the province, says less than both."""

from __future__ import annotations

from collections.abc import Iterable

from core.text import places
from core.text.places import Place


def _named_after(district: Place, town: Place) -> bool:
    """Whether ``district`` is the district a town's name also names, in the town's province
    (South Asian and Nigerian districts bear their headquarters' names)."""
    return (
        district.level == "district"
        and town.level == "city"
        and district.admin1 is not None
        and district.admin1 == town.admin1
        and any(c.key == district.key for c in places.candidates(town.name))
    )


def event_place(found: Iterable[Place]) -> Place | None:
    """The most specific of the places, a district named after one of its towns read as
    that town."""
    items = list(dict.fromkeys(found))
    towns = [p for p in items if p.level == "city"]
    kept = [p for p in items if not any(_named_after(p, t) for t in towns)]
    return places.most_specific(kept)

"""The place that holds every name of a list ("raids in Tarn, Wend and adjoining Ost
district"), written as the report writes it, never in the gazetteer's own spelling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import press_name
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Sequence


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

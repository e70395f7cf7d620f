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

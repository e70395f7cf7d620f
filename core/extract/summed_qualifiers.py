"""The qualifier that leads a list summed into one figure: "At least two Afghan and three
Pakistani policemen were killed" is at least five, "nearly two Afghan and three ..." nearly
five. News writes the bound once, before the list's first numeral, and means the whole; the
sum was read exact. A range or a vague word ("dozens of ... and three ...") bounds its own
numeral only."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from core.text.numbers import find_amounts
from core.text.qualifiers import interval

if TYPE_CHECKING:
    from core.extract.victim_names import Found

# the bounds that scope over the sum ("range" and "vague" are their numeral's own)
_BOUNDS = frozenset({"at_least", "more_than", "nearly", "approx", "up_to", "less_than"})


def qualified_sum(found: Found) -> Found:
    """``found`` (a list's figure) with the bound that leads its first numeral, if any."""
    amount, num, span, reading = found
    leading = next(iter(find_amounts(span.text)), None)
    if leading is None or leading.start != 0 or leading.qualifier not in _BOUNDS:
        return found
    if leading.number_start == 0:
        return found  # "20 or more ... and three": a bound after its own numeral
    low, high = interval(amount.value, leading.qualifier)
    return replace(amount, qualifier=leading.qualifier, low=low, high=high), num, span, reading

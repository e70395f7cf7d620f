"""A town as a US newsroom clips it in a headline (issue #11, place: abbreviations): "2 Dead
at NE Phila. Plant" is filed under "Northeast Philadelphia"; the initials of a compass point
are spelt out only before a town ("NE" alone names nothing). "on a Houston-area highway",
which NER may take whole, is Houston."""

from __future__ import annotations

import functools

from core.rules import load_rules
from core.text.places import candidates

AREA_SUFFIX = "-area"


@functools.cache
def _towns() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_rules("places")["newsroom_towns"].items()}


@functools.cache
def _compass() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_rules("places")["newsroom_compass"].items()}


def newsroom_spelled(name: str) -> str:
    """``name`` with a clipped town written whole ("Phila." → "Philadelphia") and the
    compass initials before a town spelt out ("NW Phila" → "Northwest Philadelphia"); any
    other name as written."""
    bare = name.removesuffix(AREA_SUFFIX)
    if bare != name and candidates(bare):
        return bare  # "a Houston-area highway"
    words = name.split()
    if not words:
        return name
    last = words[-1].lower().rstrip(".") + "."
    town = _towns().get(last)
    if town is not None:
        words[-1] = town
    point = _compass().get(words[0].lower()) if len(words) > 1 else None
    rest = " ".join(words[1:])
    if (
        point is not None
        and words[0].isupper()
        and (town is not None or any(p.level == "city" for p in candidates(rest)))
    ):
        words[0] = point
    return " ".join(words)

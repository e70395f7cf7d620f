"""Units written in several words, and how a chain of units is filed.

Nigerian copy names its second-level unit in three words ("in Zuru Local Government Area of
Kebbi State", also "Zuru Local Government"), the same unit others write "Zuru LGA": a unit
noun of the rule table (``phrase_units`` of ``admin_units.json``), of the kind its short form
names. A chain is filed as a checker files an incident: the scene, the unit the province is
divided into, the province ("X village, Y district, Z province"); a unit the text names
between the scene and that one (a ward, a traditional district inside the LGA, a block
inside the district) is left out, as the text's "in X village of Y block of Z district of W
state" is filed "X village, Z district, W state".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

FILED_PARTS = 3  # the scene, the unit under the province, the province


@functools.cache
def _phrases() -> Mapping[tuple[str, ...], str]:
    raw: Mapping[str, str] = load_rules("admin_units")["phrase_units"]
    return {tuple(k.split()): v for k, v in raw.items()}


def without_phrase(name: str) -> str:
    """The name without the unit phrase it ends with ("Zuru Local Government Area": "Zuru")."""
    words = name.split()
    for phrase in sorted(_phrases(), key=len, reverse=True):
        if len(words) > len(phrase) and tuple(w.lower() for w in words[-len(phrase) :]) == phrase:
            return " ".join(words[: -len(phrase)])
    return name


def name_kind(name: str) -> str:
    """The unit kind a name ends with: its last word ("Palash upazila": "upazila"), or the
    kind of the phrase it ends with ("Zuru Local Government Area": "lga")."""
    words = name.lower().split()
    for phrase, kind in sorted(_phrases().items(), key=lambda pk: -len(pk[0])):
        if len(words) > len(phrase) and tuple(words[-len(phrase) :]) == phrase:
            return kind
    return words[-1] if words else ""


def filed(parts: Sequence[str]) -> list[str]:
    """The parts of a chain as filed: the scene and the last two (the unit under the province
    and the province), the units between left out."""
    if len(parts) <= FILED_PARTS:
        return list(parts)
    return [parts[0], *parts[len(parts) - FILED_PARTS + 1 :]]


def phrase_in(doc: Doc, start: int, stop: int, end: int) -> tuple[int, str] | None:
    """A unit phrase after a name written from ``start`` to ``stop`` (the phrase may be read
    into the name, "Zuru Local Government Area", or follow it, "Zuru local government
    area"): where the unit ends and its kind; none when no name comes before it."""
    for k in range(start + 1, min(stop, end - 1) + 1):
        found = _phrase_at(doc, k, end)
        if found is not None:
            return found
    return None


def _phrase_at(doc: Doc, k: int, end: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for words, kind in _phrases().items():
        stop = k + len(words)
        if (
            stop <= end
            and (best is None or stop > best[0])
            and all(doc[k + n].lower_ == w for n, w in enumerate(words))
        ):
            best = stop, kind
    return best

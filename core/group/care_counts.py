"""Those still in care or custody set against another report's count of them all.

"Five wounded remain in hospital", "one constable is undergoing treatment" (``toll_parts``
``CARE``) count a part of the hurt, never their toll, and are never compared as one. Set
against another report's count of all the hurt, they still tell the checker something: more
still in care than the other report, of the same day or later, says were hurt cannot both hold
("five remain in hospital" / "three were wounded"); fewer, or more than an earlier report's
count (which may have grown since), is ``divergent`` ("five remain in hospital" / "12
were wounded"). Within one report the two are a breakdown, never compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from core.group.scope_conflicts import WHOLE
from core.model import Claim, ConflictKind, Measure

MAX_LINES = 10  # per event and measure: the pairs of a count in care and a whole listed at most

# claim ids, measure, kind, explanation
Found = tuple[tuple[str, ...], Measure, ConflictKind, str]


class Counted(Protocol):
    """What one report of a figure tells (``conflicts._Report`` is one)."""

    @property
    def claim(self) -> Claim: ...
    @property
    def total(self) -> bool: ...
    @property
    def bounds(self) -> tuple[float | None, float | None]: ...
    @property
    def source(self) -> str: ...
    @property
    def published(self) -> dt.date | None: ...


def care_against_wholes(
    cares: Sequence[Counted],
    groups: Mapping[tuple[Measure, str], Sequence[Counted]],
    describe: Callable[[Claim], str],
) -> list[Found]:
    """Each count still in care against each other report's count of all of its measure."""
    out: list[Found] = []
    for care in cares:
        wholes = groups.get((care.claim.measure, WHOLE), ())
        lines = [
            found for whole in wholes
            if (found := _judged(care, whole, describe)) is not None
        ]
        out += lines[:MAX_LINES]
    return out


def _judged(
    care: Counted, whole: Counted, describe: Callable[[Claim], str]
) -> Found | None:
    c, w = care.claim, whole.claim
    if (
        c.document_id == w.document_id or care.total or whole.total or c.value == w.value
        or w.part_of is not None
    ):
        return None
    low, high = care.bounds[0], whole.bounds[1]
    said = f"{describe(c)} still in care vs {describe(w)} in all ({care.source} / {whole.source})"
    # a count of all the hurt an earlier report gave may have grown since
    earlier = (
        care.published is not None
        and whole.published is not None
        and whole.published < care.published
    )
    if low is not None and high is not None and low > high and not earlier:
        return (c.id, w.id), c.measure, "contradiction", f"{said}: more still in care than in all"
    return (c.id, w.id), c.measure, "divergent", f"{said}: those in care may be a part of them all"

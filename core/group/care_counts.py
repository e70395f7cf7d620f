"""Those still in care or custody set against another report's count of them all.

"Five wounded remain in hospital", "one constable is undergoing treatment" (``toll_parts``
``CARE``) count a part of the hurt, never their toll, and are never compared as one. Set
against another report's count of all the hurt, they still tell the checker something: more
still in care than the other report, of the same day or later, says were hurt cannot both hold
("five remain in hospital" / "three were wounded"); fewer, or more than an earlier report's
count (which may have grown since), is ``divergent`` ("five remain in hospital" / "12
were wounded"). Within one report the two are a breakdown, never compared, unless the report
marks its count of all as one it has moved past ("initially, police had put the number of
injured at seven", ``rules/event_types.json`` "superseded"): that count is another moment's,
like an earlier report's, and the two are ``divergent``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Protocol

from core.group.scope_conflicts import WHOLE
from core.group.vocabulary import find_phrases, tokens
from core.model import Claim, ConflictKind, Measure
from core.rules import load_rules

MOVED_PAST = "the count in all is a first one, since moved past"
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
    moved_past = superseded(w)
    if (
        (c.document_id == w.document_id and not moved_past)
        or care.total or whole.total or c.value == w.value or w.part_of is not None
    ):
        return None
    low, high = care.bounds[0], whole.bounds[1]
    said = f"{describe(c)} still in care vs {describe(w)} in all ({care.source} / {whole.source})"
    # a count of all the hurt an earlier report gave, or one the report has moved past, may
    # have grown since
    earlier = moved_past or (
        care.published is not None
        and whole.published is not None
        and whole.published < care.published
    )
    if low is not None and high is not None and low > high and not earlier:
        return (c.id, w.id), c.measure, "contradiction", f"{said}: more still in care than in all"
    why = MOVED_PAST if moved_past else "those in care may be a part of them all"
    return (c.id, w.id), c.measure, "divergent", f"{said}: {why}"


def superseded(claim: Claim) -> bool:
    """Whether the figure's sentence marks it as a count the report has moved past
    ("initially put at seven", "at first reported as nine")."""
    return bool(find_phrases(tokens(claim.sentence), _superseded()))


@cache
def _superseded() -> frozenset[tuple[str, ...]]:
    raw: list[str] = load_rules("event_types")["superseded"]
    return frozenset(tuple(t for t, _, _ in tokens(p)) for p in raw)

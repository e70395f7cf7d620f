"""Which figure pairs of one event are judged for conflicts: every pair while they are few, a
band of neighbours in time order past ``MAX_PAIRS_JUDGED``, so that an event of hundreds of
figures costs time in proportion to its figures, not to their square."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import TypeVar

# Figure pairs judged per measure and scope of an event: every pair up to 100 figures; past
# that, each figure only against the next ones (by date), as many as keep the pairs within
# this. One report of 15,000 one-line incidents made events of hundreds of figures and 875,000
# pairs at 300 KB; real batches stay far below (the largest group in ECB+: 35 figures, 595
# pairs).
MAX_PAIRS_JUDGED = 5_000

CUT_PAIRS = (
    "{n:,} '{measure}' figures in the event '{label}': not every pair was compared for "
    "conflicts, each figure only with the next {width:,} (by date) (MAX_PAIRS_JUDGED)"
)

T = TypeVar("T")


def band_size(n: int, width: int) -> int:
    """Pairs of ``n`` members when each is paired with the next ``width``."""
    width = min(width, max(n - 1, 0))
    return width * n - width * (width + 1) // 2


def pair_width(n: int, budget: int = MAX_PAIRS_JUDGED) -> int:
    """How many later members each of ``n`` (in time order) is judged against so that at most
    ``budget`` pairs are: ``n - 1`` (every pair) when they fit, else the widest band that
    does (at least 1)."""
    if n * (n - 1) // 2 <= budget:
        return max(n - 1, 0)
    width = max(budget // n, 1)
    while band_size(n, width + 1) <= budget:
        width += 1
    return width


def band_pairs(members: Sequence[T], width: int) -> Iterator[tuple[T, T]]:
    """Each member with the next ``width`` members, in the order ``itertools.combinations``
    gives (the same pairs when ``width`` is ``len(members) - 1``)."""
    n = len(members)
    for i, first in enumerate(members):
        for j in range(i + 1, min(n, i + 1 + width)):
            yield first, members[j]


def restated_sides(
    claim_ids: Sequence[str], reading: Mapping[str, Hashable]
) -> tuple[tuple[str, ...], ...]:
    """The two sides of a disagreement some claims of which restate others: the claims
    grouped by what they assert (``reading``, the interval); none when the claims are two, or
    do not fall into exactly two such groups."""
    if len(claim_ids) <= 2:
        return ()
    groups: dict[Hashable, list[str]] = {}
    for cid in claim_ids:
        groups.setdefault(reading[cid], []).append(cid)
    return tuple(tuple(g) for g in groups.values()) if len(groups) == 2 else ()

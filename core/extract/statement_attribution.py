"""Which speaker a figure is attributed to: the statement whose content holds it."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from core.model import Statement


def attribution_at(statements: Sequence[Statement], start: int, end: int) -> str | None:
    """The speaker whose statement content contains ``[start, end)``.

    What someone said (a quote, reported speech) wins over a claim, a denial or a figure
    reported inside it: the figure in "X said the group claimed 200 attacks" is X's figure, and
    so is the one in "according to X, …, with the police reporting the deaths of 12".
    """
    return Attributions(statements).at(start, end)


class Attributions:
    """``attribution_at`` for many figures of one document: the statements are sorted once
    and each figure looks only at those that start near enough to hold it (a scan of every
    statement per figure grows with the square of the document)."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self._spoken = sorted((s for s in statements if s.speaker is not None),
                              key=lambda s: s.start)
        self._starts = [s.start for s in self._spoken]
        self._longest = max((s.end - s.start for s in self._spoken), default=0)

    def at(self, start: int, end: int) -> str | None:
        lo = bisect.bisect_left(self._starts, end - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        return best_speaker(s for s in self._spoken[lo:hi] if end <= s.end)


def best_speaker(statements: Iterable[Statement]) -> str | None:
    """Of the statements holding a figure: what someone said, then the narrowest."""
    best: Statement | None = None
    for s in statements:
        if best is None:
            best = s
            continue
        said, best_said = _says(s), _says(best)
        if (said, -(s.end - s.start)) > (best_said, -(best.end - best.start)):
            best = s
    return best.speaker if best else None


def _says(s: Statement) -> bool:
    return s.kind in ("quote", "reported") and s.rule != "reported-figure"

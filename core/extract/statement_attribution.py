"""Which speaker a figure is attributed to: the statement whose content holds it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from core.extract.cues import cues
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
        self._spoken = sorted(
            (s for s in statements if s.speaker is not None and not authorless(s.speaker)),
            key=lambda s: s.start,
        )
        self._starts = [s.start for s in self._spoken]
        self._longest = max((s.end - s.start for s in self._spoken), default=0)

    def at(self, start: int, end: int) -> str | None:
        lo = bisect.bisect_left(self._starts, end - self._longest)
        hi = bisect.bisect_right(self._starts, start)
        return best_speaker(s for s in self._spoken[lo:hi] if end <= s.end)


def authorless(speaker: str) -> bool:
    """A document that names no author ("the statement", "Monday's statement"): no one a
    figure can be attributed to (the figure keeps the source its sentences name)."""
    words = [w for w in re.split(r"[\s'’]+", speaker.casefold()) if w]
    c = cues()
    if not words or words[-1] not in c.document_nouns:
        return False
    return all(w in c.document_nouns or w in c.unnaming_words for w in words)


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

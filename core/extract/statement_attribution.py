"""Which speaker a figure is attributed to: the statement whose content holds it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from core.extract.cues import cues
from core.ingest.outlets import is_news_outlet
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
    nouns = c.document_nouns | c.sourceless  # "as per initial reports", "according to details"

    def unnamed_noun(w: str) -> bool:
        return w in nouns or (w.endswith("s") and w[:-1] in nouns)

    if not words or not unnamed_noun(words[-1]):
        return False
    return all(unnamed_noun(w) or w in c.unnaming_words for w in words)


def best_speaker(statements: Iterable[Statement]) -> str | None:
    """Of the statements holding a figure: what someone said, then a source over the
    outlet that carries it ("X said …, the Daily Courier reported"), then the narrowest."""
    best: Statement | None = None
    for s in statements:
        if best is None or _rank(s) > _rank(best):
            best = s
    return best.speaker if best else None


def _rank(s: Statement) -> tuple[bool, bool, int]:
    return _says(s), not is_news_outlet(s.speaker or ""), -(s.end - s.start)


def replaces(attribution: str | None, speaker: str | None) -> bool:
    """Whether the speaker of the statement holding a figure replaces the attribution its
    sentence gave: what someone said is theirs, but an outlet does not replace the source
    it carries ("the ministry said 9 were held, the Daily Courier reported")."""
    if not speaker or speaker.casefold() in (attribution or "").casefold():
        return False
    return not (attribution and is_news_outlet(speaker) and not is_news_outlet(attribution))


def _says(s: Statement) -> bool:
    return s.kind in ("quote", "reported") and s.rule != "reported-figure"

"""One more victim told by rank: "A fourth man has died after the shooting", "a third worker
died of his burns on Wednesday". The ordinal says how many the harm has reached, as "the death
toll rose to four" does: the figure is the toll, four, not one more death. A count before of
the same harm one short of the rank ("Three men were shot dead ... A fourth man has died") is
the toll it moves on from; a count of another harm ("Two were killed and a third was
injured") ranks the person among all victims, and the person stays one. Arrests stay one ("a
second suspect was arrested"): the checker's count of arrests is the people named."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.victim_mentions import FIRST_RANK, INDEFINITE, noun_rank
from core.extract.victim_names import CASUALTY_MEASURES, Found

if TYPE_CHECKING:
    from core.model import Measure


def ranked_toll(
    found: Found,
    before: Sequence[tuple[str, str, float]],
    here: Sequence[tuple[Measure | None, float]],
) -> Found:
    """The figure of one victim ranked by an ordinal, as the toll its rank gives when nothing
    counted before (``before``: the report's casualty counts, id, measure, value; ``here``:
    the sentence's other figures, measure, value) ranks them otherwise: none counted at all,
    or the largest count of their harm one short of the rank, and no other harm counted in
    their sentence."""
    amount, reading = found[0], found[3]
    measure = reading.measure
    if amount.value != 1 or measure not in CASUALTY_MEASURES:
        return found
    if not reading.rule.startswith(INDEFINITE):
        return found
    rank = noun_rank(reading.noun)
    if rank <= FIRST_RANK:
        return found
    if any(m in CASUALTY_MEASURES and m != measure for m, _ in here):
        return found  # "Two were killed and a third was injured": a third victim, hurt
    counts = [v for m, v in here if m == measure]
    counts += [v for _, m, v in before if m == measure]
    others = any(m in CASUALTY_MEASURES and m != measure for _, m, _ in before)
    if (counts and max(counts) != rank - 1) or (others and not counts):
        return found
    toll = dataclasses.replace(amount, value=float(rank), low=float(rank), high=float(rank))
    return (toll, *found[1:])

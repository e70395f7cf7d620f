"""An incident a statistics review retells on its own day and at its own scene ("The worst
attack came on May 5 in X, when a bomb killed 12"): its day and scene go on to the sentences
that continue its telling in the same paragraph ("Among the dead were three children"), not
to the next paragraph, which counts over the review's period and area again ("Rebels were
blamed for 210 of the deaths"). ``retold_from`` remembers what the review carried before the
incident's sentence, which the reader gives back at the paragraph break."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.statistic_periods import STATISTIC_DAYS

if TYPE_CHECKING:
    from core.text.dates import Period


def a_retold_day(period: Period | None, review: Period | None) -> bool:
    """The period is a day or a few within the review's longer one: an incident it retells,
    not a month or a quarter of its breakdown."""
    return (
        period is not None
        and review is not None
        and (period.end - period.start).days < STATISTIC_DAYS
        and (review.end - review.start).days >= STATISTIC_DAYS
        and review.start <= period.start
        and period.end <= review.end
    )


def retold_from(
    before: tuple[Period | None, str | None],
    now: Period | None,
    review: Period | None,
    saved: tuple[Period | None, str | None] | None,
) -> tuple[Period | None, str | None] | None:
    """What the review carried (``before``: time, place) when a sentence turned to one of its
    incidents (``now``, a retold day), kept while the telling goes on; None once the time
    carried is no retold day."""
    if not a_retold_day(now, review):
        return None
    if saved is not None:
        return saved
    period, _ = before
    return None if a_retold_day(period, review) else before

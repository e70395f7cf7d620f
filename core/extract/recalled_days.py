"""The time of a figure that recalls an earlier incident than its report's own: only the days
its own sentence gives ("an earlier attack killed 12" takes no day of the report's news), and
the flag (``Claim.recalls``) also raised by a month or a year of its own that ends weeks before
the report's incident ("a similar attack on a mosque in 2021 that killed 50")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.extract.recalls import recalls_earlier
from core.text.dates import Period
from core.text.periods import LEAD_DAYS_BEFORE

if TYPE_CHECKING:
    from spacy.tokens import Token


def own_days_only(
    period: Period | None,
    anchor: Token,
    borrowed: Iterable[Period | None],
    published: dt.date | None,
) -> Period | None:
    """``period``, unless it is one of the ``borrowed`` days (carried from the sentences
    before, the report's incident) of the report's recent news and the figure recalls an
    earlier incident. A follow-up's incident of years back may be the one it recalls ("who
    killed two co-workers two years ago"): that one it keeps."""
    if period is None or not any(period is p for p in borrowed):
        return period
    if published is None or (published - period.start).days > LEAD_DAYS_BEFORE:
        return period
    return None if recalls_earlier(anchor) else period


def long_before(period: Period | None, incident: Period | None) -> bool:
    """The figure's own month or year ends weeks before the report's incident day: it tells an
    earlier incident ("a similar attack in 2021 that killed 50"), however the sentence words
    it (a single day may be the report's own incident, told by a follow-up)."""
    if period is None or incident is None or incident.start != incident.end:
        return False
    if period.start == period.end:
        return False
    return (incident.start - period.end).days > LEAD_DAYS_BEFORE

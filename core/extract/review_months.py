"""A month a year's review names without its year ("January saw 60 attacks, the fewest of
the year") is that month of the year under review, not the latest January before the report:
a review of 2025 published on 3 January 2026 would read "January" as the three days of the
new year so far."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TYPE_CHECKING

from core.text.dates import Period, date_words

if TYPE_CHECKING:
    from spacy.tokens import Token

# a month alone, maybe after the preposition that sets it: "January", "in January", "during
# January"; not "last January", "since January", "January 2024"
_BARE = re.compile(r"(?:(?:in|during|for|throughout) )?([a-z]+)\.?")


def _whole_year(period: Period) -> bool:
    return (period.start.month, period.start.day) == (1, 1) and period.end == dt.date(
        period.start.year, 12, 31
    )


def _bare_month(period: Period) -> int | None:
    found = _BARE.fullmatch(" ".join(period.text.lower().split()))
    return date_words().months.get(found.group(1)) if found else None


def months_of_review(
    periods: list[tuple[Token, Period, bool]],
    statistic: Period | None,
    published: dt.date | None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's periods with each bare month still running on the day the review of a
    whole year before was ``published`` (its "January" in a report of 3 January) moved into
    the year under review. A month the new year has closed ("January" in March) stays: a
    review may tell what followed it."""
    if statistic is None or published is None or not _whole_year(statistic):
        return periods
    year = statistic.start.year
    out: list[tuple[Token, Period, bool]] = []
    for tok, period, reported in periods:
        month = _bare_month(period)
        running = period.start <= published <= period.end and statistic.end < published
        if month is None or reported or not running:
            out.append((tok, period, reported))
            continue
        last = calendar.monthrange(year, month)[1]
        moved = Period(
            start=dt.date(year, month, 1), end=dt.date(year, month, last), text=period.text
        )
        out.append((tok, moved, reported))
    return out

"""What a bare "the year" names: the year the sentences before named ("44 attacks in 2025 ...
during the year"), and in a report of the first weeks of January the year just ended."""

from __future__ import annotations

import datetime as dt
import re

from core.text.dates import Period

# The first days of a year in which a report's "the year" is the one just ended: under a month
REVIEW_DAYS = 27


_THE_YEAR = re.compile(
    r"^(?:(?:in|during|over|throughout|for) )?the (?:whole )?year$", re.IGNORECASE
)
# a year with no word of which ("in year gone by", a headline's clipped "the year"): it names
# no year of its own to lend a later "the year"
_BARE_YEAR = re.compile(
    r"^(?:(?:in|during|over|throughout|for) )?(?:the )?(?:whole )?year$", re.IGNORECASE
)


def bare_year(period: Period) -> bool:
    """The period was read from a "year" that says not which ("in year gone by"): resolved
    to the year of the report, it tells nothing a later "the year" could take."""
    return _BARE_YEAR.match(period.text.strip()) is not None


def year_told_before(own: Period | None, carried: Period | None) -> Period | None:
    """ "44 attacks were recorded in 2025 ... 105 militants were killed during the year": a
    bare "the year" is the year the sentences before named, not the year of the report."""
    if own is None or carried is None or not _THE_YEAR.match(own.text.strip()):
        return own
    if bare_year(carried):
        return own
    whole_year = (
        carried.start.month == carried.start.day == 1
        and carried.end == carried.start.replace(month=12, day=31)
    )
    return carried if whole_year else own


def year_just_ended(
    expr: str, period: Period | None, published: dt.date | None
) -> Period | None:
    """ "During the year, police arrested 1,400 suspects" in a report of 4 January: a definite
    "the year" is the year the report looks back on, the one just ended, not the few days of
    the new one so far (which "this year" names)."""
    if period is None or published is None or not _THE_YEAR.match(expr.strip()):
        return period
    new_year = dt.date(published.year, 1, 1)
    if period.start != new_year or (published - new_year).days >= REVIEW_DAYS:
        return period
    ended = published.year - 1
    return Period(start=dt.date(ended, 1, 1), end=dt.date(ended, 12, 31), text=period.text)

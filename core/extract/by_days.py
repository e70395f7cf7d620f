"""A total told "by" a day soon after the report's incident: "By Tuesday noon police had
rearrested five of the runaways" counts from the escape to Tuesday. Read alone, "by Tuesday"
runs from the start of the year (a year-to-date total, as "by the end of June" may); a few days
after an incident it is the incident's running total."""

from __future__ import annotations

import datetime as dt
import re

from core.text.dates import Period

# The most days a "by" day may lie after the incident and still count from it
RUNNING_DAYS = 14
_BY = re.compile(r"^by\b", re.IGNORECASE)
_YEAR_WORDS = re.compile(r"\b(?:year|\d{4})\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
WEEK = 7  # days


def from_incident(period: Period | None, incident: Period | None) -> Period | None:
    """``period`` less the days before the incident when it is a bare "by <day>" span from the
    start of the year ("by Tuesday", "By Tuesday noon") ending a few days after it; any
    other period as it is ("by the end of the year", "by June 2024")."""
    if period is None or incident is None or not _BY.match(period.text.strip()):
        return period
    if _YEAR_WORDS.search(period.text) or period.start != dt.date(period.end.year, 1, 1):
        return period
    if _WEEKDAY.search(period.text) and 0 < (incident.start - period.end).days < WEEK:
        # "By Monday the toll had climbed to 9" of Sunday's quake, in a report dated Sunday
        # (a wire's first filing): a running total ends after the incident it counts, on
        # the next such weekday, not the one before
        period = Period(
            start=period.start, end=period.end + dt.timedelta(days=WEEK), text=period.text
        )
    if not period.start <= incident.start <= period.end:
        return period
    if (period.end - incident.end).days > RUNNING_DAYS:
        return period
    return Period(start=incident.start, end=period.end, text=period.text)


def by_day(period: Period) -> dt.date:
    """The day a toll stood on: the end of a bare "by <day>" span ("rose to 14 by Saturday
    night", read from the start of the year), else the period's first day."""
    return period.end if _BY.match(period.text.strip()) else period.start

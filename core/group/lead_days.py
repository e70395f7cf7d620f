"""The days a report's lead names in full ("the March 1 death of his friend", "on Oct. 26,
2013"): a report that follows an incident up weeks or months later names the day it happened,
which is the day the first reports came out."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from core.text.dates import date_words, day_month, normalise_expression
from core.text.relative_dates import relative_date


@cache
def _day_pattern() -> re.Pattern[str]:
    """A month name, a day of the month and an optional year ("Oct. 26, 2013", "March 1")."""
    months = date_words().month_alt
    return re.compile(
        rf"\b(?:{months})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?[ \t]+\d{{4}}\b)?",
        re.IGNORECASE,
    )


def named_days(lead: str, published: int | None) -> frozenset[int]:
    """The days (ordinals) the lead names by month and day, read back from the publication
    date when no year is written; none without a publication date to read them from."""
    if published is None:
        return frozenset()
    day = dt.date.fromordinal(published)
    out = set()
    for m in _day_pattern().finditer(lead):
        if not m.group(0)[0].isupper():
            continue  # "may 5 more die": a verb, not the month
        span = day_month(normalise_expression(m.group(0)), day, None)
        if span is not None and span.start == span.end:
            out.add(span.start.toordinal())
    return frozenset(out)


@cache
def _told_day_pattern() -> re.Pattern[str]:
    """A weekday ("on Saturday", "late Sunday") or a word pointing from the day of writing
    ("yesterday", "last night", "today"): the day a lead tells its incident on."""
    return re.compile(
        rf"\b(?:last night|yesterday|today|tonight|{date_words().wd})\b", re.IGNORECASE
    )


def told_days(lead: str, published: int | None) -> frozenset[int]:
    """The days (ordinals) the lead sentence tells by weekday or by a word pointing from
    the publication date: "on Saturday" in a Monday report is two days before it. A month
    and day is left out: a dateline writes the day of filing ("LAHORE, June 1"), not the
    incident's."""
    if published is None:
        return frozenset()
    day = dt.date.fromordinal(published)
    out = set()
    for m in _told_day_pattern().finditer(lead):
        span = relative_date(m.group(0).casefold(), day)
        if span is not None and span.start == span.end:
            out.add(span.start.toordinal())
    return frozenset(out)

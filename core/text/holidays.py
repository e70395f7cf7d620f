"""Holidays as news dates incidents by ("shot on Christmas Eve", "over the Memorial Day
weekend", "Thanksgiving night", "on the eve of Christmas", the day before it): the day, or the
weekend, of the latest one on or before the
publication date, or of the year the text names (tables in ``core/rules/dates.json``). A
national day is the report's country's ("Independence Day" from Lahore is 14 August)."""

from __future__ import annotations

import datetime as dt
import functools
import re

from core.rules import load_rules
from core.text.dates import DateSpan, day_span, month_end
from core.text.report_countries import holiday_country

# a part of the holiday's day ("Christmas night") is that day
_PARTS = ("morning", "afternoon", "evening", "night")
_MONDAY, _FRIDAY, _SATURDAY, _SUNDAY = 0, 4, 5, 6
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


@functools.cache
def _tables() -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, int]]:
    rules = load_rules("dates")
    return rules["holidays_fixed"], rules["holidays_weekday"], rules["holidays_easter"]


@functools.cache
def _national() -> dict[str, dict[str, list[int]]]:
    """Each country's national days ("independence day" in "PK": [8, 14])."""
    table: dict[str, dict[str, list[int]]] = load_rules("dates")["national_holidays"]
    return table


def national_names() -> frozenset[str]:
    """The names of the national days of every country in the table."""
    return frozenset(name for days in _national().values() for name in days)


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = sorted(
        {n for table in _tables() for n in table} | national_names(), key=len, reverse=True
    )
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        r"(?:(?P<shift>(?:a |one |two |three |\d+ )?days?) (?P<side>after|before) "
        r"|(?P<eve>(?:the )?eve of ))?"
        rf"(?:early |late )?(?P<name>{alternation})(?: (?P<year>\d{{4}}))?"
        rf"(?: (?P<part>weekend|{'|'.join(_PARTS)}))?"
    )


def holiday(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """The day (or weekend) a holiday's name denotes, None for any other text. Without a year
    written or given and without a publication date it stays unknown."""
    m = _pattern().fullmatch(text)
    if m is None:
        return None
    name = m["name"]
    if m["year"] or year is not None:
        day = _day_in(name, int(m["year"]) if m["year"] else year or 0)
    elif published is not None:
        day = _day_in(name, published.year)
        if day is not None and day > published:
            day = _day_in(name, published.year - 1)
    else:
        return None
    if day is None:
        return None
    if m["shift"]:
        # "the day after Thanksgiving", "two days before Christmas"
        word = m["shift"].split()[0] if " " in m["shift"] else "a"
        count = int(word) if word.isdigit() else _COUNTS[word]
        day += dt.timedelta(days=count if m["side"] == "after" else -count)
        return day_span(day, explicit_year=bool(m["year"]))
    if m["eve"]:
        # the day before the holiday, or before its weekend ("the eve of the Memorial Day
        # weekend": the Friday)
        first = _weekend_of(day).start if m["part"] == "weekend" else day
        return day_span(first - dt.timedelta(days=1), explicit_year=bool(m["year"]))
    if m["part"] == "weekend":
        return _weekend_of(day)
    return day_span(day, explicit_year=bool(m["year"]))


def _day_in(name: str, year: int) -> dt.date | None:
    fixed, on_weekday, easter = _tables()
    own = _national().get(holiday_country() or "", {}) if name in national_names() else {}
    if name in own:
        month, day = own[name]  # the report's country's day, not the American one
        return dt.date(year, month, day)
    if name in fixed:
        month, day = fixed[name]
        return dt.date(year, month, day)
    if name in on_weekday:
        month, weekday, nth = on_weekday[name]
        return _nth_weekday(year, month, weekday, nth)
    if name in easter:
        return _easter(year) + dt.timedelta(days=easter[name])
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_end(year, month)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return dt.date(year, month, (h + ell - 7 * m + 33 * month + 19) % 32)


def _weekend_of(day: dt.date) -> DateSpan:
    """ "Memorial Day weekend": the Saturday to the Monday holiday; "Thanksgiving weekend":
    from the Thursday to the Sunday; a weekend holiday's own Saturday and Sunday."""
    if day.weekday() == _MONDAY:
        start = day - dt.timedelta(days=2)
    elif day.weekday() <= _FRIDAY:
        start = day
    else:
        start = day - dt.timedelta(days=day.weekday() - _SATURDAY)
    end = max(day, start + dt.timedelta(days=_SUNDAY - start.weekday()))
    return DateSpan(start, end, "span", False)

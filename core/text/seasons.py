"""Seasons as news dates incidents by ("last summer", "in the spring", "the winter of 2019",
"early autumn"): the months of one season, chosen against the publication date or the year
the text names (table in ``core/rules/dates.json`` "seasons")."""

from __future__ import annotations

import datetime as dt
import functools
import re

from core.rules import load_rules
from core.text.dates import DateSpan, month_end

_BACK = ("last", "past", "previous")
_NOW = ("this", "current")
_AHEAD = ("next", "coming", "upcoming")
# "early summer" is its first month, "midsummer" its middle one, "late summer" its last
_PART_MONTH = {"early": 0, "mid": 1, "middle": 1, "late": 2}
_YEARS_BACK = {"this": 0, "current": 0, "last": 1, "previous": 1}
# years a season is read in: a season a year either side stays a date ("winter of 0000" none)
_YEARS = range(1001, 9998)


@functools.cache
def _seasons() -> dict[str, tuple[int, int]]:
    raw: dict[str, list[int]] = load_rules("dates")["seasons"]
    return {name: (months[0], months[1]) for name, months in raw.items()}


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = "|".join(sorted(_seasons(), key=len, reverse=True))
    rel = "|".join(_BACK + _NOW + _AHEAD)
    return re.compile(
        rf"(?:(?:in|during|over) )?(?:(?P<rel>{rel}) )?(?:(?P<part>early|mid|middle|late) )?"
        rf"(?P<name>{names})(?: (?:of )?(?:(?P<year>\d{{4}})|(?P<yrel>this|current|last|previous)"
        r" year))?"
    )


def a_season(text: str) -> bool:
    """ "summer", "the winter": a season's name, whatever the year."""
    return season(text, None, _ANY_YEAR) is not None


_ANY_YEAR = 2000


def named_after_season(expr: str) -> bool:
    """A season's word capitalised after a lower-case word names a town or an era, not a
    season: "in Spring" (Spring, Texas), "near Winter" (a town); news writes seasons in lower case
    ("in the spring"), a headline capitalises every word ("Last Summer")."""
    names = "|".join(n.capitalize() for n in _seasons())
    # "in Spring 2025", "the Spring of 2025": a year after it makes it the season
    return re.search(rf"(?:^|\s)[a-z]+ (?:{names})\b(?! (?:of )?\d{{4}})", expr) is not None


def season(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """The months of the season a text names, None for any other text or when neither a
    year nor a publication date places it."""
    m = _pattern().fullmatch(text)
    if m is None:
        return None
    name, rel = m["name"], m["rel"]
    named_year = _named_year(m, published)
    years = (named_year, year, published.year if published else None)
    if any(y is not None and y not in _YEARS for y in years):
        return None
    if name == "fall" and rel is None and named_year is None:
        return None  # "after the fall", "a fall": no season
    first, last = _seasons()[name]
    start: dt.date | None
    if named_year is not None:
        start = _start_in(first, last, named_year)
    elif published is None:
        start = None if year is None else _start_in(first, last, year)
    else:
        start = _start_near(first, last, published, rel)
    if start is None:
        return None
    return _span(start, first, last, m["part"], explicit_year=m["year"] is not None)


def _named_year(m: re.Match[str], published: dt.date | None) -> int | None:
    if m["year"]:
        return int(m["year"])
    if m["yrel"] and published is not None:
        return published.year - _YEARS_BACK[m["yrel"]]
    return None


def _start_in(first: int, last: int, year: int) -> dt.date:
    """The season of a named year; a winter of a year is the one that holds its January."""
    return dt.date(year - 1 if last < first else year, first, 1)


def _end_of(start: dt.date, first: int, last: int) -> dt.date:
    end_year = start.year + 1 if last < first else start.year
    return month_end(end_year, last)


def _start_near(first: int, last: int, published: dt.date, rel: str | None) -> dt.date:
    """The season's start against the publication date: "last" the latest one over, "next"
    the first to come, else the latest begun (the current one while it lasts)."""
    start = dt.date(published.year, first, 1)
    if start > published:
        start = start.replace(year=published.year - 1)
    if rel in _BACK and _end_of(start, first, last) >= published:
        return start.replace(year=start.year - 1)
    if rel in _AHEAD:
        return start.replace(year=start.year + 1)
    if rel in _NOW and _end_of(start, first, last) < published:
        # "this summer" said in March, "this winter" in November: the one nearer, past or
        # to come
        ahead = start.replace(year=start.year + 1)
        if (ahead - published).days < (published - _end_of(start, first, last)).days:
            return ahead
    return start


def _span(
    start: dt.date, first: int, last: int, part: str | None, *, explicit_year: bool
) -> DateSpan:
    end = _end_of(start, first, last)
    if part is not None:
        month_index = (start.month - 1 + _PART_MONTH[part]) % 12
        year = start.year + (start.month - 1 + _PART_MONTH[part]) // 12
        start = dt.date(year, month_index + 1, 1)
        end = month_end(year, month_index + 1)
    return DateSpan(start, end, "span", explicit_year)

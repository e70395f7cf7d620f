"""One time expression without since/until or a range: relative days, weeks and months, weekdays,
parts of a period, decades, each read back from the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from core.rules import load_rules
from core.text.dates import (
    TRAILING,
    DateSpan,
    alternation,
    date_words,
    day_month,
    day_span,
    expand_year,
    monday_of,
    month_end,
    month_span,
    month_year,
    months_of,
    numeric_date,
    quarter_half,
    week_span,
    year_span,
)
from core.text.holidays import holiday
from core.text.lunar_holidays import lunar_holiday
from core.text.relative_dates import relative_date
from core.text.seasons import season

_NTH = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "last": -1,
    "final": -1,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
}


def _nth_weekday(text: str, published: dt.date, year: int | None) -> DateSpan | None:
    """ "first friday of july", "second monday of next month", "third tuesday" (this month)."""
    tables = date_words()
    m = re.fullmatch(
        rf"(?P<n>{alternation(_NTH)}) (?P<wd>{tables.wd})(?: (?:of|in) (?P<rest>.+))?", text
    )
    if m is None:
        return None
    container = (
        single_expression(m["rest"], published, year)
        if m["rest"]
        else month_span(published.year, published.month, explicit_year=False)
    )
    if container is None or container.unit != "month":
        return None
    first, weekday, nth = container.start, tables.weekdays[m["wd"]], _NTH[m["n"]]
    if nth > 0:
        date = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = month_end(first.year, first.month)
        date = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return day_span(date) if date.month == first.month else None


def _week_of(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "third week of october" (weeks counted by their Thursday, as ISO 8601 does), "first week
    of 2015", "week 10", "week of 18th", "week starting february 4", "month of september 16"."""
    if m := re.fullmatch(rf"(?P<n>{alternation(_NTH)}) week (?:of |in )?(?P<rest>.+)", text):
        return _nth_week(m, published, year)
    if m := re.fullmatch(r"week (?P<n>\d{1,2})(?: (?:of )?(?P<y>\d{4}))?", text):
        return _numbered_week(m, published, year)
    if m := re.fullmatch(
        r"(?P<unit>week|month) (?P<how>of|commencing|starting|beginning)"
        r"(?: on| from)? (?P<rest>.+)",
        text,
    ):
        return _week_from_day(m, published, year)
    return None


def _nth_week(m: re.Match[str], published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "third week of october", "last week of 2015"."""
    container = single_expression(m["rest"], published, year)
    if container is None:
        return None
    nth = _NTH[m["n"]]
    if container.unit == "year" and container.start.month == 1:
        y = container.start.year
        weeks = dt.date(y, 12, 28).isocalendar().week
        number = weeks if nth < 0 else nth
        return week_span(dt.date.fromisocalendar(y, number, 1))
    if container.unit != "month":
        return None
    first, last = container.start, month_end(container.start.year, container.start.month)
    if nth > 0:
        thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        thursday = last - dt.timedelta(days=(last.weekday() - 3) % 7)
    return week_span(monday_of(thursday)) if thursday.month == first.month else None


def _numbered_week(
    m: re.Match[str], published: dt.date | None, year: int | None
) -> DateSpan | None:
    """ "week 10", "week 10 of 2015" (ISO weeks)."""
    iso_year = int(m["y"]) if m["y"] else year or (published.year if published else None)
    if iso_year is None or not 1 <= int(m["n"]) <= dt.date(iso_year, 12, 28).isocalendar()[1]:
        return None
    return week_span(dt.date.fromisocalendar(iso_year, int(m["n"]), 1))


def _week_from_day(
    m: re.Match[str], published: dt.date | None, year: int | None
) -> DateSpan | None:
    """ "week of 18th", "week starting february 4", "month of september 16"."""
    day = single_expression(m["rest"], published, year)
    if day is None or day.unit != "day":
        return None
    if m["unit"] == "month":
        return month_span(day.start.year, day.start.month, explicit_year=day.explicit_year)
    if m["how"] == "of":
        return week_span(monday_of(day.start))
    return DateSpan(day.start, day.start + dt.timedelta(days=6), "week", day.explicit_year)


def _century(text: str) -> DateSpan | None:
    m = re.fullmatch(r"(?P<n>\d{1,2}) century", text)
    if m is None or int(m["n"]) < 1:
        return None
    first = (int(m["n"]) - 1) * 100
    if first < 1:
        return None
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 99, 12, 31), "decade", True)


def _decade(text: str, published: dt.date | None) -> DateSpan | None:
    m = re.fullmatch(r"(?P<c>\d{2})?'?(?P<d>\d)0'?s", text)
    if m is None:
        return None
    first = int(m["c"] + m["d"] + "0") if m["c"] else expand_year(int(m["d"]) * 10, published)
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", True)


# A bare four-digit number is a year of the modern record, not one far after the report:
# "the 1300 block" and "1500 troops" are not years (a named year like "June 1300" still is).
EARLIEST_BARE_YEAR = 1800
LATEST_BARE_YEAR_AHEAD = 50


def _plausible_year(value: int, published: dt.date | None) -> bool:
    latest = published.year + LATEST_BARE_YEAR_AHEAD if published else 2199
    return EARLIEST_BARE_YEAR <= value <= latest


def _atom(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    if not text:
        return None
    if re.fullmatch(r"(?:year )?\d{4}", text):
        value = int(text[-4:])
        return year_span(value) if _plausible_year(value, published) else None
    if text == "year":
        # "by the end of the year": the year in context, else the article's own
        target = year if year is not None else (published.year if published else None)
        return None if target is None else year_span(target, explicit_year=False)
    for parse in (numeric_date, day_month, month_year, quarter_half, months_of):
        span = parse(text, published, year)
        if span is not None:
            return span
    span = _week_of(text, published, year)
    if span is not None:
        return span
    if published is not None:
        span = _relative_atom(text, published, year)
        if span is not None:
            return span
    return (
        holiday(text, published, year)
        or season(text, published, year)
        or lunar_holiday(text, published, year)
        or _decade(text, published)
        or _century(text)
    )


def _relative_atom(text: str, published: dt.date, year: int | None) -> DateSpan | None:
    """The expressions read back from the publication date."""
    return relative_date(text, published) or _nth_weekday(text, published, year)


_PART = re.compile(
    r"^(?P<mod>early|late|mid|middle of|beginning of|start of|end of|latter part of) "
    r"(?P<rest>.+)$"
)


@functools.cache
def _year_parts() -> dict[str, tuple[int, int]]:
    """The first and last month of each part of a year ("early", "late", ...)."""
    raw: dict[str, list[int]] = load_rules("dates")["year_parts"]
    return {part: (months[0], months[1]) for part, months in raw.items()}


def _part_of(modifier: str, span: DateSpan) -> DateSpan:
    """Sub-periods of a year as news means them ("late 2024" is its last quarter, the months
    in dates.json "year_parts"); of a month or a week, halves for early/late, thirds
    otherwise."""
    modifier = modifier.removesuffix(" of")
    start, end = span.start, span.end
    if span.unit == "year" and end.month == 12 and end.day == 31 and start.month == 1:
        y = start.year
        first_month, last_month = _year_parts().get(modifier, _year_parts()["mid"])
        last_day = calendar.monthrange(y, last_month)[1]
        return DateSpan(
            dt.date(y, first_month, 1), dt.date(y, last_month, last_day), span.unit,
            span.explicit_year,
        )
    if span.unit == "month" and start.day == 1:
        last_day = calendar.monthrange(start.year, start.month)[1]
        if modifier in ("early", "beginning", "start"):
            days = (1, 15)
        elif modifier in ("late", "end", "latter part"):
            days = (16, last_day)
        else:
            days = (11, 20)
        return DateSpan(
            start.replace(day=days[0]), start.replace(day=days[1]), span.unit, span.explicit_year
        )
    if span.unit == "week" and (end - start).days == 6:
        offsets = {"early": (0, 2), "beginning": (0, 2), "start": (0, 2)}
        first_off, last_off = offsets.get(
            modifier, (3, 6) if modifier in ("late", "end", "latter part") else (1, 4)
        )
        return DateSpan(
            start + dt.timedelta(days=first_off),
            start + dt.timedelta(days=last_off),
            span.unit,
            span.explicit_year,
        )
    return span  # "late on Sunday" is still Sunday


# "since the start of the month": a start told without "this" is the current one's, which the
# report looks back to; "by the end of the month" may look ahead or name a month in context
_STARTS = ("beginning of", "start of")


def _whole_unit(text: str, modifier: str, published: dt.date | None) -> DateSpan | None:
    """ "this week/month/year" as the whole calendar unit, for "late this year"; a bare week or
    month only at its start ("the start of the week")."""
    m = re.fullmatch(r"(?:this|current) (?P<unit>week|month|year)", text)
    if m is None and modifier in _STARTS:
        m = re.fullmatch(r"(?P<unit>week|month)", text)  # a bare year is the one in context
    if m is None or published is None:
        return None
    if m["unit"] == "week":
        return week_span(monday_of(published))
    if m["unit"] == "month":
        return month_span(published.year, published.month, explicit_year=False)
    return year_span(published.year, explicit_year=False)


def strip_fillers(text: str) -> str:
    tables = date_words()
    while True:
        stripped = tables.fillers.sub("", text, count=1)
        stripped = TRAILING.sub("", stripped)
        if stripped == text:
            return text
        text = stripped


def without_parts_of_day(text: str) -> str:
    """ "on the night of may 7" → "may 7"; "sunday morning" → "sunday"; "late on monday"."""
    tables = date_words()
    if not re.search(rf"\b(?:{tables.wd}|yesterday|today|tonight|\d)", text) and not re.search(
        rf"\b(?:{tables.month_alt}) \d", text
    ):
        return text
    if re.fullmatch(r"(?:early|late|earlier|later) (?:this|last|next|in) \w+", text):
        return text
    stripped = tables.parts_of_day.sub(" ", text)
    stripped = re.sub(r"\b(?:on|of|in|at)\b", " ", stripped)
    return re.sub(r"\s+", " ", stripped).strip()


def single_expression(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """The span one expression denotes; None for a year the calendar lacks ("0000 q4")."""
    try:
        return _single_expression(text, published, year)
    except (ValueError, OverflowError):
        return None


def _single_expression(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    text = strip_fillers(text)
    if not text:
        return None
    span = _atom(text, published, year)
    if span is not None:
        return span
    if m := _PART.match(text):
        inner = _whole_unit(m["rest"], m["mod"], published) or single_expression(
            m["rest"], published, year
        )
        if inner is not None:
            return _part_of(m["mod"], inner)
    day_text = without_parts_of_day(text)
    if day_text != text:
        inner = single_expression(day_text, published, year)
        if inner is not None and inner.unit == "day":
            return inner
    return None

"""One time expression without since/until or a range: relative days, weeks and months, weekdays,
parts of a period, decades, each read back from the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import TypeAlias

from core.text.dates import (
    TRAILING,
    DateSpan,
    add_months,
    alternation,
    count_number,
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
    safe_date,
    week_span,
    year_span,
)


def _deictic(text: str, published: dt.date) -> DateSpan | None:
    """Words that point from the publication date: "yesterday", "last week", "this year"."""
    days = {
        "today": 0,
        "tonight": 0,
        "now": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "last evening": -1,
        "day before yesterday": -2,
        "tomorrow": 1,
        "tmrw": 1,
        "day after tomorrow": 2,
        "day after tmrw": 2,
    }
    if text in days:
        return day_span(published + dt.timedelta(days=days[text]))
    m = re.fullmatch(
        r"(?P<rel>this|current|last|previous|past|next|coming|upcoming) (?P<unit>\w+)", text
    )
    if m is None:
        return None
    rel, unit = m["rel"], m["unit"]
    step = _REL_STEP[rel]
    if unit == "week":
        if rel == "past":
            return DateSpan(published - dt.timedelta(days=7), published, "span", False)
        monday = monday_of(published) + dt.timedelta(weeks=step)
        span = week_span(monday)
        return DateSpan(span.start, published, "week", False) if step == 0 else span
    if unit == "month":
        if rel == "past":
            return DateSpan(add_months(published, -1), published, "span", False)
        first = add_months(published.replace(day=1), step)
        end = published if step == 0 else month_end(first.year, first.month)
        return DateSpan(first, end, "month", False)
    if unit == "year":
        if rel == "past":
            return DateSpan(add_months(published, -12), published, "span", False)
        target = published.year + step
        end = published if step == 0 else dt.date(target, 12, 31)
        return DateSpan(dt.date(target, 1, 1), end, "year", False)
    if unit == "decade" and rel == "past":
        return DateSpan(add_months(published, -120), published, "span", False)
    if unit == "decade" and step == 0:
        return DateSpan(dt.date(published.year // 10 * 10, 1, 1), published, "decade", False)
    if unit in ("day", "24 hours") and rel in ("past", "last"):
        return DateSpan(published - dt.timedelta(days=1), published, "span", False)
    return None


def _weekday(text: str, published: dt.date) -> DateSpan | None:
    """ "sunday" (most recent, same day counts), "last friday", "this friday", "next sunday"."""
    tables = date_words()
    m = re.fullmatch(rf"(?:(?P<rel>last|this|next|past|previous) )?(?P<wd>{tables.wd})", text)
    if m is None:
        return None
    weekday = tables.weekdays[m["wd"]]
    rel = m["rel"]
    back = (published.weekday() - weekday) % 7
    if rel is None:
        return day_span(published - dt.timedelta(days=back))
    if rel in ("last", "past", "previous"):
        return day_span(published - dt.timedelta(days=back or 7))
    monday = monday_of(published) + dt.timedelta(weeks=0 if rel == "this" else 1)
    return day_span(monday + dt.timedelta(days=weekday))


def _weekend(text: str, published: dt.date) -> DateSpan | None:
    m = re.fullmatch(r"(?:(?P<rel>this|last|past|previous|next) )?weekend", text)
    if m is None:
        return None
    # the Saturday on or before publication: a Monday article's weekend is the two days before
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if m["rel"] in ("last", "previous") and published.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    elif m["rel"] == "next":
        saturday += dt.timedelta(weeks=1)
    return DateSpan(saturday, saturday + dt.timedelta(days=1), "week", False)


def _amount(count: int, unit: str) -> tuple[int, int]:
    """(months, days) for "count units"."""
    if unit == "hour":
        return 0, -(-count // 24)
    if unit == "day":
        return 0, count
    if unit == "week":
        return 0, 7 * count
    if unit == "fortnight":
        return 0, 14 * count
    if unit == "month":
        return count, 0
    if unit == "year":
        return 12 * count, 0
    return 120 * count, 0  # decade


def back_from(published: dt.date, count: int, unit: str) -> dt.date:
    months, days = _amount(count, unit)
    return add_months(published, -months) - dt.timedelta(days=days)


def _spans(text: str, published: dt.date) -> DateSpan | None:
    """ "the past two years", "last 24 hours" (span up to publication); "five months ago".
    The first reading whose pattern matches decides, even when it reads no date."""
    for step in (_past, _coming, _around_today, _ago_exact, _ago):
        matched, span = step(text, published)
        if matched:
            return span
    return None


# (whether the expression is of this shape, the span it reads: None when it reads none)
_Step: TypeAlias = tuple[bool, DateSpan | None]


def _past(text: str, published: dt.date) -> _Step:
    """ "the past two years", "last 24 hours": up to publication."""
    tables = date_words()
    m = re.fullmatch(
        rf"(?:past|last|previous|preceding) (?:{tables.num} )?(?P<unit>{tables.unit})", text
    )
    if m is None:
        return False, None
    count = 1 if m["n"] is None else count_number(m["n"])
    unit = tables.units[m["unit"]]
    if count is None or count < 1:
        return True, None
    if m["n"] is None and m["unit"].endswith("s"):
        return True, None  # "the past years" is vague
    if m["n"] is None and text.startswith(("previous", "preceding")):
        return True, None  # "the previous day" counts back from the event, not the article
    return True, DateSpan(back_from(published, count, unit), published, "span", False)


def _coming(text: str, published: dt.date) -> _Step:
    """ "the next two weeks": from the day after publication."""
    tables = date_words()
    m = re.fullmatch(rf"(?:next|coming|upcoming) {tables.num} (?P<unit>{tables.unit})", text)
    if m is None:
        return False, None
    count = count_number(m["n"])
    if count is None or count < 1:
        return True, None
    months, days = _amount(count, tables.units[m["unit"]])
    end = add_months(published, months) + dt.timedelta(days=days)
    return True, DateSpan(published + dt.timedelta(days=1), end, "span", False)


def _around_today(text: str, published: dt.date) -> _Step:
    """ "two days before yesterday", "a week from today": one day."""
    tables = date_words()
    m = re.fullmatch(
        rf"{tables.num} (?P<unit>{tables.unit}) (?P<dir>before|after|from) "
        r"(?P<base>today|now|yesterday|tomorrow)",
        text,
    )
    if m is None:
        return False, None
    count = count_number(m["n"])
    if count is None:
        return True, None
    base = published + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["base"], 0))
    months, days = _amount(count, tables.units[m["unit"]])
    sign = -1 if m["dir"] == "before" else 1
    return True, day_span(add_months(base, sign * months) + dt.timedelta(days=sign * days))


def _ago_exact(text: str, published: dt.date) -> _Step:
    """ "1 month and 21 days ago": the exact day."""
    tables = date_words()
    pair = rf"{tables.num.replace('?P<n>', '')} (?:{tables.unit})"
    if not re.fullmatch(rf"{pair}(?:(?: and)? {pair})+ ago", text):
        return False, None
    then = published
    for part in re.finditer(
        rf"(?P<n>\d+|(?:{tables.card})(?: (?:{tables.card}))?) (?P<unit>{tables.unit})", text
    ):
        count = count_number(part["n"])
        if count is None:
            return True, None
        months, days = _amount(count, tables.units[part["unit"]])
        then = add_months(then, -months) - dt.timedelta(days=days)
    return True, day_span(then)


def _ago(text: str, published: dt.date) -> _Step:
    """ "five months ago": the day, week, month or year it names."""
    tables = date_words()
    m = re.fullmatch(rf"{tables.num} (?P<unit>{tables.unit}) (?:ago|earlier|before)", text)
    if m is None:
        return False, None
    count = count_number(m["n"])
    if count is None:
        return True, None
    unit = tables.units[m["unit"]]
    then = back_from(published, count, unit)
    if unit in ("hour", "day"):
        return True, day_span(then)
    if unit in ("week", "fortnight"):
        return True, week_span(monday_of(then))
    if unit == "month":
        return True, month_span(then.year, then.month, explicit_year=False)
    if unit == "year":
        return True, year_span(then.year, explicit_year=False)
    return True, None


def _earlier_later(text: str, published: dt.date) -> DateSpan | None:
    """ "earlier this month" → month start → publication; "later this year" → the rest."""
    m = re.fullmatch(
        r"(?P<side>earlier|later) (?:this|in|this past) (?P<unit>week|month|year)", text
    )
    if m is None:
        return None
    if m["unit"] == "week":
        first, last = monday_of(published), monday_of(published) + dt.timedelta(days=6)
    elif m["unit"] == "month":
        first, last = published.replace(day=1), month_end(published.year, published.month)
    else:
        first, last = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    if m["side"] == "earlier":
        return DateSpan(first, published, "span", False)
    return DateSpan(published, last, "span", False)


# "last week", "this month", "next year": how many units from the publication date's own.
_REL_STEP = {
    "this": 0,
    "current": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
}


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


def _week_day(text: str, published: dt.date) -> DateSpan | None:
    """ "last week sunday", "friday next week", "on sunday of next week"."""
    tables = date_words()
    rels = "|".join(_REL_STEP)
    m = re.fullmatch(
        rf"(?P<rel>{rels}) week (?:on )?(?P<wd>{tables.wd})|(?:on )?(?P<wd2>{tables.wd}) (?:of )?"
        rf"(?P<rel2>{rels}) week",
        text,
    )
    if m is None:
        return None
    monday = monday_of(published) + dt.timedelta(weeks=_REL_STEP[m["rel"] or m["rel2"]])
    return day_span(monday + dt.timedelta(days=tables.weekdays[m["wd"] or m["wd2"]]))


def _day_of_month(text: str, published: dt.date) -> DateSpan | None:
    """ "dom 27" (the most recent 27th), "dom 20 of next month"."""
    m = re.fullmatch(
        r"dom (?P<d>\d{1,2})(?: (?:of|in) (?P<rel>this|last|next|previous) month)?"
        r"|(?:dom )?(?P<d2>\d{1,2}) (?:of |in )?(?P<rel2>this|last|next|previous) month",
        text,
    )
    if m is None:
        return None
    day = int(m["d"] or m["d2"])
    if m["rel"] or m["rel2"]:
        first = add_months(published.replace(day=1), _REL_STEP[m["rel"] or m["rel2"]])
        return day_span(safe_date(first.year, first.month, day))
    for back in range(4):
        first = add_months(published.replace(day=1), -back)
        date = safe_date(first.year, first.month, day)
        if date is not None and date <= published:
            return day_span(date)
    return None


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
    if m := re.fullmatch(r"week (?P<n>\d{1,2})(?: (?:of )?(?P<y>\d{4}))?", text):
        iso_year = int(m["y"]) if m["y"] else year or (published.year if published else None)
        if iso_year is None or not 1 <= int(m["n"]) <= dt.date(iso_year, 12, 28).isocalendar()[1]:
            return None
        return week_span(dt.date.fromisocalendar(iso_year, int(m["n"]), 1))
    if m := re.fullmatch(
        r"(?P<unit>week|month) (?P<how>of|commencing|starting|beginning)"
        r"(?: on| from)? (?P<rest>.+)",
        text,
    ):
        day = single_expression(m["rest"], published, year)
        if day is None or day.unit != "day":
            return None
        if m["unit"] == "month":
            return month_span(day.start.year, day.start.month, explicit_year=day.explicit_year)
        if m["how"] == "of":
            return week_span(monday_of(day.start))
        return DateSpan(day.start, day.start + dt.timedelta(days=6), "week", day.explicit_year)
    return None


def _rest_of(text: str, published: dt.date) -> DateSpan | None:
    m = re.fullmatch(r"rest (?:of )?(?:this |current |my )?(?P<unit>week|month|year)", text)
    if m is None:
        return None
    if m["unit"] == "week":
        return DateSpan(published, monday_of(published) + dt.timedelta(days=6), "span", False)
    if m["unit"] == "month":
        return DateSpan(published, month_end(published.year, published.month), "span", False)
    return DateSpan(published, dt.date(published.year, 12, 31), "span", False)


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
        for relative in (
            _deictic,
            _weekday,
            _weekend,
            _spans,
            _earlier_later,
            _week_day,
            _day_of_month,
            _rest_of,
        ):
            span = relative(text, published)
            if span is not None:
                return span
        span = _nth_weekday(text, published, year)
        if span is not None:
            return span
    return _decade(text, published) or _century(text)


_PART = re.compile(
    r"^(?P<mod>early|late|mid|middle of|beginning of|start of|end of|latter part of) "
    r"(?P<rest>.+)$"
)


def _part_of(modifier: str, span: DateSpan) -> DateSpan:
    """Sub-periods as Recognizers-Text resolves them: halves for early/late, thirds otherwise."""
    modifier = modifier.removesuffix(" of")
    start, end = span.start, span.end
    if span.unit == "year" and end.month == 12 and end.day == 31 and start.month == 1:
        y = start.year
        bounds = {
            "early": (dt.date(y, 1, 1), dt.date(y, 6, 30)),
            "late": (dt.date(y, 7, 1), dt.date(y, 12, 31)),
            "latter part": (dt.date(y, 7, 1), dt.date(y, 12, 31)),
            "beginning": (dt.date(y, 1, 1), dt.date(y, 4, 30)),
            "start": (dt.date(y, 1, 1), dt.date(y, 4, 30)),
            "end": (dt.date(y, 9, 1), dt.date(y, 12, 31)),
        }
        first, last = bounds.get(modifier, (dt.date(y, 5, 1), dt.date(y, 8, 31)))
        return DateSpan(first, last, span.unit, span.explicit_year)
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


def _whole_unit(text: str, published: dt.date | None) -> DateSpan | None:
    """ "this week/month/year" as the whole calendar unit, for "late this year"."""
    m = re.fullmatch(r"(?:this|current) (?P<unit>week|month|year)", text)
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


def _strip_parts_of_day(text: str) -> str:
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
    text = strip_fillers(text)
    if not text:
        return None
    span = _atom(text, published, year)
    if span is not None:
        return span
    if m := _PART.match(text):
        inner = _whole_unit(m["rest"], published) or single_expression(m["rest"], published, year)
        if inner is not None:
            return _part_of(m["mod"], inner)
    day_text = _strip_parts_of_day(text)
    if day_text != text:
        inner = single_expression(day_text, published, year)
        if inner is not None and inner.unit == "day":
            return inner
    return None

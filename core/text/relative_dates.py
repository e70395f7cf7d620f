"""Time expressions read back from the publication date: "yesterday", "last week", "this year",
weekdays, weekends, "the past two years", "five months ago", "friday next week", "rest of
the month"."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TypeAlias

from core.rules import load_rules
from core.text.dates import (
    DateSpan,
    add_months,
    alternation,
    count_number,
    date_words,
    day_span,
    monday_of,
    month_end,
    month_span,
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
        "night before yesterday": -2,
        "tomorrow": 1,
        "tmrw": 1,
        "day after tomorrow": 2,
        "day after tmrw": 2,
    }
    key = text.replace("-", " ")  # "day-before-yesterday", as South Asian copy writes it
    if key in days:
        return day_span(published + dt.timedelta(days=days[key]))
    m = re.fullmatch(
        r"(?P<rel>this|current|last|previous|past|next|coming|upcoming|penultimate) (?P<unit>\w+)",
        text,
    )
    if m is None:
        return None
    rel, unit = m["rel"], m["unit"]
    if rel == "past":
        return _past_unit(unit, published)
    return _relative_unit(rel, unit, published)


# "past month": the months back from the publication date
_PAST_MONTHS = {"month": 1, "year": 12, "decade": 120}


def _past_unit(unit: str, published: dt.date) -> DateSpan | None:
    """ "past week", "past 24 hours": the span that ends on the publication date."""
    if unit == "week":
        return DateSpan(published - dt.timedelta(days=7), published, "span", False)
    if unit in _PAST_MONTHS:
        return DateSpan(add_months(published, -_PAST_MONTHS[unit]), published, "span", False)
    if unit in ("day", "24 hours"):
        return DateSpan(published - dt.timedelta(days=1), published, "span", False)
    return None


def _relative_unit(rel: str, unit: str, published: dt.date) -> DateSpan | None:
    """ "this week" (up to the publication date), "last month", "next year", "this decade"."""
    step = _REL_STEP[rel]
    if unit == "week":
        monday = monday_of(published) + dt.timedelta(weeks=step)
        span = week_span(monday)
        return DateSpan(span.start, published, "week", False) if step == 0 else span
    if unit == "month":
        first = add_months(published.replace(day=1), step)
        end = published if step == 0 else month_end(first.year, first.month)
        return DateSpan(first, end, "month", False)
    if unit == "year":
        target = published.year + step
        end = published if step == 0 else dt.date(target, 12, 31)
        return DateSpan(dt.date(target, 1, 1), end, "year", False)
    if unit == "decade" and step == 0:
        return DateSpan(dt.date(published.year // 10 * 10, 1, 1), published, "decade", False)
    if unit in ("day", "24 hours") and rel == "last":
        return DateSpan(published - dt.timedelta(days=1), published, "span", False)
    return None


def _weekday(text: str, published: dt.date) -> DateSpan | None:
    """ "sunday" (most recent, same day counts), "last friday", "this friday", "next sunday"."""
    tables = date_words()
    m = re.fullmatch(
        rf"(?:(?P<rel>last|this|next|past|previous|penultimate) )?(?P<wd>{tables.wd})", text
    )
    if m is None:
        return None
    weekday = tables.weekdays[m["wd"]]
    rel = m["rel"]
    back = (published.weekday() - weekday) % 7
    if rel is None:
        return day_span(published - dt.timedelta(days=back))
    if rel in ("last", "past", "previous"):
        return day_span(published - dt.timedelta(days=back or 7))
    if rel == "penultimate":  # Nigerian copy: the one before last
        return day_span(published - dt.timedelta(days=(back or 7) + 7))
    monday = monday_of(published) + dt.timedelta(weeks=0 if rel == "this" else 1)
    return day_span(monday + dt.timedelta(days=weekday))


def _weekend(text: str, published: dt.date) -> DateSpan | None:
    m = re.fullmatch(r"(?:(?P<rel>this|last|past|previous|next|penultimate) )?weekend", text)
    if m is None:
        return None
    # the Saturday on or before publication: a Monday article's weekend is the two days before
    saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
    if m["rel"] in ("last", "previous") and published.weekday() >= 5:
        saturday -= dt.timedelta(weeks=1)
    elif m["rel"] == "penultimate":  # the weekend before the last one
        saturday -= dt.timedelta(weeks=2 if published.weekday() >= 5 else 1)
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


def first_of_span(end: dt.date, count: int, unit: str) -> dt.date:
    """The first day of ``count`` units that end on ``end``: whole calendar months when they
    end on a month's last day ("the six months to June" begin on January 1, not on the
    December 31 that six months back from June 30 lands on)."""
    months, days = _amount(count, unit)
    if months and not days and (end + dt.timedelta(days=1)).day == 1:
        return add_months(end.replace(day=1), 1 - months)
    return back_from(end, count, unit) + dt.timedelta(days=1)


def _spans(text: str, published: dt.date) -> DateSpan | None:
    """ "the past two years", "last 24 hours" (span up to publication); "five months ago".
    The first reading whose pattern matches decides, even when it reads no date."""
    for step in (_past, _coming, _around_today, _ago_exact, _ago_on_day, _ago, _ago_vague):
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


def _ago_on_day(text: str, published: dt.date) -> _Step:
    """ "a year ago Thursday", "two years ago today": an anniversary's day less the stretch.
    Anniversary pieces run on the day or the day before or after it: a weekday is the one
    nearest the publication, not the last one before it."""
    tables = date_words()
    m = re.fullmatch(
        rf"{tables.num} (?P<unit>{tables.unit}) ago (?P<base>today|yesterday|{tables.wd})", text
    )
    if m is None:
        return False, None
    count = count_number(m["n"])
    if count is None:
        return True, None
    base = {"today": published, "yesterday": published - dt.timedelta(days=1)}.get(m["base"])
    if base is None:
        weekday = tables.weekdays[m["base"]]
        shift = (weekday - published.weekday() + ANCHOR_REACH_DAYS) % 7 - ANCHOR_REACH_DAYS
        base = published + dt.timedelta(days=shift)
    return True, day_span(back_from(base, count, tables.units[m["unit"]]))


def _ago(text: str, published: dt.date) -> _Step:
    """ "five months ago": the day, week, month or year it names; "two days back", as South
    Asian copy writes "ago", too; "two nights ago" (``back_units``)."""
    tables = date_words()
    m = re.fullmatch(rf"{tables.num} (?P<unit>{_back_unit()}) (?:ago|earlier|before|back)", text)
    if m is None:
        return False, None
    count = count_number(m["n"])
    if count is None:
        return True, None
    unit = back_units()[m["unit"]]
    return True, _unit_back(published, count, unit)


def _unit_back(published: dt.date, count: int, unit: str) -> DateSpan | None:
    """The day, week, month or year ``count`` units before ``published``."""
    then = back_from(published, count, unit)
    if unit in ("hour", "day"):
        return day_span(then)
    if unit in ("week", "fortnight"):
        return week_span(monday_of(then))
    if unit == "month":
        return month_span(then.year, then.month, explicit_year=False)
    if unit == "year":
        return year_span(then.year, explicit_year=False)
    return None


def _ago_vague(text: str, published: dt.date) -> _Step:
    """ "a few days back", "several weeks ago": the span from the most units back its count
    stands for to the least (``vague_counts``), whole weeks, months or years."""
    vague = _vague_counts()
    m = re.fullmatch(rf"(?P<v>{alternation(vague)}) (?P<unit>{_back_unit()}) (?:ago|back)", text)
    if m is None:
        return False, None
    least, most = vague[m["v"]]
    unit = back_units()[m["unit"]]
    first, last = _unit_back(published, most, unit), _unit_back(published, least, unit)
    if first is None or last is None:
        return True, None
    return True, DateSpan(first.start, last.end, "span", False)


@functools.cache
def back_units() -> dict[str, str]:
    """The units a stretch counted back is written in: ``units`` and ``counted_back_units``
    ("two nights ago")."""
    return {**date_words().units, **load_rules("dates")["counted_back_units"]}


@functools.cache
def _back_unit() -> str:
    return alternation(back_units())


@functools.cache
def _vague_counts() -> dict[str, tuple[int, int]]:
    """ "a few" → (2, 6): the least and the most units a count with no number stands for."""
    table: dict[str, list[int]] = load_rules("dates")["vague_counts"]
    return {words: (pair[0], pair[1]) for words, pair in table.items()}


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
    "penultimate": -2,  # "penultimate week": the one before last, as Nigerian copy writes
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


def _rest_of(text: str, published: dt.date) -> DateSpan | None:
    m = re.fullmatch(r"rest (?:of )?(?:this |current |my )?(?P<unit>week|month|year)", text)
    if m is None:
        return None
    if m["unit"] == "week":
        return DateSpan(published, monday_of(published) + dt.timedelta(days=6), "span", False)
    if m["unit"] == "month":
        return DateSpan(published, month_end(published.year, published.month), "span", False)
    return DateSpan(published, dt.date(published.year, 12, 31), "span", False)


def relative_date(text: str, published: dt.date) -> DateSpan | None:
    """The first reading of ``text`` as a time relative to ``published``, None if none reads it."""
    # "this past Sunday", "this past weekend": the last one before the report
    text = re.sub(r"^this past (?=\w)", "past ", text)
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
    return None


# A text with no publication date reads its relative days from the latest date it writes in
# full, which is a day of the story, not the day of writing: a weekday is the one nearest it,
# up to this many days either side ("struck on Sunday, November 27 ... bodies were found on
# Monday" is the Monday after).
ANCHOR_REACH_DAYS = 3


def around_anchor(text: str, day: dt.date, anchor: dt.date) -> dt.date:
    """The day a bare weekday ("on Monday", "late Saturday night") names in a text whose
    reference ``anchor`` is a date of the story: the occurrence nearest it, not the last one
    before it. Anything else ("last Monday", "yesterday", a date) keeps ``day``."""
    if not _weekdays_if_bare(text):
        return day
    return day + dt.timedelta(weeks=1) if (anchor - day).days > ANCHOR_REACH_DAYS else day


def nearest_weekday(text: str, anchor: dt.date) -> dt.date | None:
    """The day a bare weekday ("on Tuesday night") names nearest ``anchor`` (up to
    ``ANCHOR_REACH_DAYS`` either side); None for any other time ("last Tuesday", a date)."""
    found = _weekdays_if_bare(text)
    if len(found) != 1:
        return None
    shift = (next(iter(found)) - anchor.weekday() + ANCHOR_REACH_DAYS) % 7 - ANCHOR_REACH_DAYS
    return anchor + dt.timedelta(days=shift)


def _weekdays_if_bare(text: str) -> set[int]:
    """The weekdays a time names when it is a bare weekday, with no word pointing elsewhere,
    no month and no number; else none."""
    words = re.sub(r"[^a-z ]", " ", text.lower()).split()
    weekdays = date_words().weekdays
    if any(w in _NOT_BARE for w in words) or any(w in date_words().months for w in words):
        return set()
    if re.search(r"\d", text):
        return set()
    return {weekdays[w] for w in words if w in weekdays}


# words that make a weekday point elsewhere than the nearest one
_NOT_BARE = frozenset(
    {"last", "past", "previous", "penultimate", "this", "next", "coming", "week", "ago"}
)

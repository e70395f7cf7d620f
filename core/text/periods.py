"""Since/until and ranges over single dates: a time expression resolved to one inclusive period
against the publication date (:func:`resolve_period`), and the day of a report's incident from
the dates of its lead (:func:`incident_day`)."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from core.text.date_atoms import single_expression, strip_fillers, without_parts_of_day
from core.text.dates import (
    DateSpan,
    Period,
    count_number,
    date_words,
    day_span,
    normalise_expression,
    safe_date,
)
from core.text.relative_dates import first_of_span
from core.text.report_countries import holiday_country
from core.text.seasons import named_after_season

logger = logging.getLogger(__name__)

# "4/5 May", "May 4/5": two days joined by a slash, only between day numbers (a bare "4/5"
# is a numeric date, read as one when no month is written beside it)
_JOINERS = re.compile(
    r"\s+(?:to|until|till|through|thru|into|and|&|-)\s+|(?<=\w)-(?=\w)|(?<=\b\d)/(?=\d{1,2}\b)"
    r"|(?<=\b\d\d)/(?=\d{1,2}\b)"
)
_A_WORD = re.compile(r"[a-z]{3}")  # a month's name beside days joined by a slash


def _range(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "between january and march", "from may 2 to may 9", "november 19-20", "2014-2018"."""
    text = re.sub(r"^(?:between|from)\s+", "", text)
    for m in _JOINERS.finditer(text):
        if m.group(0) == "/" and not _A_WORD.search(text):
            continue  # "12/05/2026": a numeric date, no two days
        left, right = text[: m.start()].strip(), text[m.end() :].strip()
        if not left or not right:
            continue
        end = single_expression(right, published, year)
        if end is None and re.fullmatch(r"\d{1,2}", right):
            # "november 19-20": the bare day borrows the left side's month and year
            first = single_expression(left, published, year)
            if first is not None and first.unit == "day":
                end = day_span(
                    safe_date(first.start.year, first.start.month, int(right)),
                    explicit_year=first.explicit_year,
                )
        if end is None:
            continue
        start = _range_start(left, end, published)
        if start is not None and start.unit == "year" and not end.explicit_year:
            # "2024 till October 15": the bound lies in the year it closes
            end = single_expression(right, published, start.start.year) or end
        if start is not None and start.start <= end.end:
            return DateSpan(start.start, end.end, "span", start.explicit_year or end.explicit_year)
    return None


def _range_start(left: str, end: DateSpan, published: dt.date | None) -> DateSpan | None:
    left = strip_fillers(left)
    # "the (intervening) night of 4 and 5 may": the first day's number, the night's words off
    bare = re.sub(r"^the ", "", without_parts_of_day(left))
    if re.fullmatch(r"\d{1,2}", bare) and end.unit == "day":
        # "from 4 to 22 january": the bare day borrows the right side's month and year
        return day_span(safe_date(end.start.year, end.start.month, int(bare)))
    start = single_expression(left, published, end.end.year)
    if start is not None and not start.explicit_year and start.start > end.start:
        # "between november and february": the start belongs to the year before
        start = single_expression(left, published, end.end.year - 1)
    if start is None or start.start > end.end:
        # "from monday to wednesday": the start is read back from the end, not the article
        start = single_expression(left, end.end, None)
    return start


# "from Friday night into Saturday": a start with its end, no stretch up to the report's day
_CLOSED = re.compile(r"\b(?:to|until|till|through|into)\b")

# "its report for 2031": the year a report or a budget is for, no count of days
_A_YEAR_FOR = re.compile(r"(?:for|within) (?:19|20)\d\d$")


def _resolve(
    expr: str, published: dt.date | None, year: int | None
) -> tuple[dt.date, dt.date] | None:
    tables = date_words()
    text = normalise_expression(expr)
    if not text:
        return None
    text_before_fillers = text
    if re.match(rf"(?:for|within) (?:{tables.num}|next|coming)\b", text) and not _A_YEAR_FOR.match(
        text
    ):
        return None  # a duration ("for three days", "within 24 hours") has no anchor
    text = strip_fillers(text)
    if m := tables.until.match(text):
        return _until(text[m.end() :], published, year)
    if m := tables.before.match(text):
        return _before(text[m.end() :], published, year)
    if (m := tables.since.match(text)) and not _CLOSED.search(text):
        target = single_expression(text[m.end() :], published, year)
        if target is not None:
            if published is None or target.start > published:
                return None
            return target.start, published
    return _span_of(text, text_before_fillers, published, year)


def _until(
    rest: str, published: dt.date | None, year: int | None
) -> tuple[dt.date, dt.date] | None:
    """ "until march", "up to the past week": from the start of the year to the end named."""
    target = single_expression(rest, published, year)
    if target is None:
        return None
    if target.unit == "span" and published is not None and target.end == published:
        return target.start, target.end  # "over the past week" read as-is
    return dt.date(target.end.year, 1, 1), target.end


def _before(
    rest: str, published: dt.date | None, year: int | None
) -> tuple[dt.date, dt.date] | None:
    """ "before Friday night": bounded at a day, as "by Friday" is; before a longer period
    ("before 2020", "before March") no bound of a figure, so nothing. A day without its year
    is in the report's year ("before 5 June" told on 4 June), never the year before."""
    if year is None and published is not None:
        year = published.year
    target = single_expression(rest, published, year)
    if target is None or target.start != target.end:
        return None
    return _until(rest, published, year)


def _span_of(
    text: str, text_before_fillers: str, published: dt.date | None, year: int | None
) -> tuple[dt.date, dt.date] | None:
    """A single expression, a span to a period or a range; cut at the article's date when the
    text says "so far"."""
    span = single_expression(text, published, year) or _span_to(text, published, year)
    if span is None:
        span = _range(text, published, year)
    if span is None:
        return None
    if (
        published is not None
        and _SO_FAR.search(text_before_fillers)
        and (span.start <= published < span.end)
    ):
        return span.start, published  # "so far in 2024": up to the article, not year end
    return span.start, span.end


_SO_FAR = re.compile(r"\b(?:so far|thus far|to date|until now|till now|up to now)\b")


def _span_to(text: str, published: dt.date | None, year: int | None) -> DateSpan | None:
    """ "the 12 months to march", "the year to june 2024": a span ending with the named period."""
    tables = date_words()
    m = re.fullmatch(
        rf"(?:{tables.num} )?(?P<unit>{tables.unit}) (?:to|until|ending|ending in|through) "
        r"(?P<rest>.+)",
        text,
    )
    if m is None:
        return None
    count = 1 if m["n"] is None else count_number(m["n"])
    target = single_expression(m["rest"], published, year)
    if count is None or count < 1 or target is None:
        return None
    start = first_of_span(target.end, count, tables.units[m["unit"]])
    return DateSpan(start, target.end, "span", target.explicit_year)


@lru_cache(maxsize=8192)
def _resolve_cached(
    expr: str, published: dt.date | None, year: int | None, country: str | None
) -> tuple[dt.date, dt.date] | None:
    """``_resolve``'s bounds, remembered by the report's country too: a national holiday's day
    is the country's (``holidays``)."""
    try:
        return _resolve(expr, published, year)
    except (ValueError, OverflowError):
        # a year the calendar lacks ("0000 february", a year 0 or past 9999 reached by
        # counting): no date, never an error out of a report's reading
        logger.debug("no date in %r: its year is outside the calendar", expr)
        return None


def resolve_period(
    expr: str, *, published: dt.date | None, year: int | None = None
) -> Period | None:
    """The inclusive period ``expr`` denotes, read back from ``published``.

    ``year`` is a year named nearby in the same sentence; it places year-less months and days
    ("until November" next to "in 2024"). Without ``published`` only expressions that name
    their own year resolve. Returns ``None`` when the text gives no way to tell.
    """
    if named_after_season(expr):
        return None
    bounds = _resolve_cached(expr, published, year, holiday_country())
    if bounds is None:
        return None
    if bounds[0] == bounds[1]:
        day = _weekday_year(expr, bounds[0], published)
        bounds = (day, day)
    return Period(start=bounds[0], end=bounds[1], text=expr)


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_YEARS_AROUND = (0, 1, -1)  # the reference's year first, then the next, then the one before


def _weekday_year(expr: str, day: dt.date, published: dt.date | None) -> dt.date:
    """ "Tuesday (6 January)" with no year: the year, next to the reference's, in which the
    day falls on the weekday written, when the default year does not (the weekday is part of
    the date the writer gives)."""
    tables = date_words()
    words = re.findall(r"[a-z]+", expr.lower())
    weekdays = {tables.weekdays[w] for w in words if w in tables.weekdays}
    if len(weekdays) != 1 or _WRITTEN_YEAR.search(expr) or day.weekday() in weekdays:
        return day
    if not any(w in tables.months for w in words):
        return day
    ref = published or day
    found = [
        d
        for k in _YEARS_AROUND
        if (d := safe_date(ref.year + k, day.month, day.day)) is not None
        and d.weekday() in weekdays
    ]
    return min(found, key=lambda d: abs((d - ref).days)) if found else day


# The lead of a news report says when its incident happened; a date further down, or weeks
# before the report, belongs to background ("the 2013 shooting", "a similar case in May").
LEAD_SENTENCES = 8
LEAD_DAYS_BEFORE = 10
# A court follow-up reports a hearing on an incident of months before: its lead may date that.
FOLLOW_UP_DAYS_BEFORE = 366


def incident_day(
    lead: Iterable[Sequence[tuple[Period, bool]]],
    *,
    published: dt.date | None,
    days_before: int | None = None,
    named: Iterable[Period] = (),
) -> Period | None:
    """The day of a report's incident, for its figures that carry no date of their own.

    ``lead`` gives, sentence by sentence from the start of the body, each resolved time
    expression with whether it dates the report ("police said Tuesday") rather than a
    happening. The earliest single day on or shortly before publication that dates a
    happening wins (a death or an arrest follows the incident, and a lead may tell it
    first); failing one, the first day the report was made. Without a publication date nothing
    is inferred: a weekday alone would be a guess. ``days_before`` widens how far back the
    day may lie (a court follow-up), ``LEAD_DAYS_BEFORE`` by default. ``named`` are the days
    of the lead that name the incident itself ("the March 3 shooting", "was shot on March 3"):
    when the lead gives no happening within that reach, the earliest of them, up to
    ``FOLLOW_UP_DAYS_BEFORE`` back (a follow-up telling of an old incident).
    """
    if published is None:
        return None
    earliest = published - dt.timedelta(days=days_before or LEAD_DAYS_BEFORE)
    happened, reported, recent = _lead_days(lead, earliest, published)
    if happened is not None:
        return happened
    # none in the lead's days: an older one it names ("arrested Monday in the March 3 shooting"),
    # unless the lead tells of days just past (a caption's "killed in a blast on May 2" then
    # recalls an earlier incident)
    far_back = published - dt.timedelta(days=FOLLOW_UP_DAYS_BEFORE)
    old = [p for p in named if p.start == p.end and far_back <= p.start <= published]
    if old and not recent:
        return min(old, key=lambda p: p.start)
    return reported


def _lead_days(
    lead: Iterable[Sequence[tuple[Period, bool]]], earliest: dt.date, published: dt.date
) -> tuple[Period | None, Period | None, bool]:
    """The earliest single day of a happening in the lead, the first day of a report, and
    whether the lead tells of a happening over the last few days ("over the weekend")."""
    reported: Period | None = None
    happened: Period | None = None
    recent = False
    for periods in itertools.islice(lead, LEAD_SENTENCES):
        for period, dates_report in periods:
            if not earliest <= period.start <= published:
                continue
            if _a_night(period) and not dates_report:
                # "the attack hit the town on the night of Sunday to Monday": one happening
                if happened is None or period.start < happened.start:
                    happened = period
            elif period.start != period.end:
                recent |= not dates_report and (period.end - period.start).days <= FEW_DAYS
            elif dates_report:
                reported = reported or period
            elif happened is None or period.start < happened.start:
                # "a boy shot Monday died Wednesday": a death, an arrest follow the incident
                happened = period
    return happened, reported, recent


def _a_night(period: Period) -> bool:
    """A night told by the two days it falls between ("the night of Sunday to Monday")."""
    return (period.end - period.start).days == 1 and "night" in period.text.lower()


# "last weekend", "over the weekend", "last week", "three days ago": a few days back, written
# of the incident a report is about. "the past week", "so far this month" count over a span.
_FEW_DAYS_BACK = re.compile(r"\b(?:last|previous|weekend|ago|earlier)\b")
_SPAN_WORDS = re.compile(r"\b(?:past|so far|since|until|till|through|to date|between|from)\b")
FEW_DAYS = 10  # a span this long at most is narrowed to the incident day within it
# "killed a man earlier this month": one happening some days back, however far into the
# month; never a count over it ("so far this month")
_EARLIER_THIS = re.compile(r"\bearlier (?:this|that) (?:week|month)\b")
MONTH_SPAN_DAYS = 31
# a report tells the news of its day or of the day before ("late Friday" in Saturday's paper)
NEWS_LAG = 1
# a writer names a day of the past week by its weekday ("on Saturday" in Monday's paper): in a
# report of an incident that recent, "earlier this month" tells another, earlier one
WEEKDAY_REACH = 6


def earlier_this(period: Period) -> bool:
    """The span is written "earlier this week" or "earlier this month": one time some days
    back, never a count over it."""
    return _EARLIER_THIS.search(period.text.lower()) is not None


def holds_incident_day(period: Period, incident: Period | None) -> bool:
    """Whether a span of days holds the report's incident day (a single day)."""
    return (
        incident is not None
        and incident.start == incident.end
        and period.start != period.end
        and period.start <= incident.start <= period.end
    )


def counts_over(period: Period) -> bool:
    """The span is one a count runs over ("so far this year", "the past week", "since May"),
    not the time of one happening ("earlier this year", "last month")."""
    return _SPAN_WORDS.search(period.text.lower()) is not None


def within(
    period: Period,
    incident: Period | None,
    published: dt.date | None = None,
    *,
    carried: bool = False,
) -> Period:
    """The report's incident day for a figure dated a few days back ("shot four people over the
    weekend", "was killed last week") when that day lies in the span: the lead names the day
    the span only approximates. "Earlier this month" in a report of the day's news (its
    incident the day of ``published`` or the day before) tells an earlier incident; so does it,
    or "earlier this week", in the figure's own sentence when the incident lies within the past
    week, which a writer names by its weekday (not when ``carried`` from the sentence before to
    a figure of its own clause: "The toll from the attack later rose to five"); "earlier this
    week" then runs up to the day before the incident's."""
    if incident is None or not holds_incident_day(period, incident):
        return period
    text = period.text.lower()
    days = (period.end - period.start).days
    said = _EARLIER_THIS.search(text)
    earlier = said is not None
    lag = WEEKDAY_REACH if earlier and not carried else NEWS_LAG
    if earlier and published is not None and (published - incident.start).days <= lag:
        if incident.start > period.start and said is not None and said.group(0).endswith("week"):
            # "Earlier this week, 7 bodies were found" beside Thursday's shelling: the days
            # of the week before it
            return Period(period.start, incident.start - dt.timedelta(days=1), period.text)
        return period
    if days >= FEW_DAYS and not (days < MONTH_SPAN_DAYS and earlier):
        return period
    if not _FEW_DAYS_BACK.search(text) or _SPAN_WORDS.search(text):
        return period
    return incident

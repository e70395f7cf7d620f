"""A bare weekday of the harm in a report written long after its incident ("charged in the
March 3 shooting ... Police said he shot the two men Tuesday night", in a June paper): the
writer names the incident's own day by its weekday, which the publication date, weeks on,
would read as a day of the last week. Read near the incident's day instead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.incident_words import dates_harm, dates_incident
from core.text.dates import Period
from core.text.periods import WEEKDAY_REACH
from core.text.relative_dates import nearest_weekday

if TYPE_CHECKING:
    from spacy.tokens import Token

# how far from the incident's day the weekday may lie: none, it is the incident's own
# weekday ("shot late Monday" of an incident dated Tuesday may be its eve or another night)
NEAR_DAYS = 0


def near_the_incident(
    periods: Sequence[tuple[Token, Period, bool]],
    incident: Period | None,
    published: dt.date | None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's days, a bare weekday of a harm read as the incident's day when it is
    that day's weekday and the report was written more than a week after it. (A sentence that
    opens on another incident, "Separately, ...", is not given.)"""
    if (
        incident is None
        or published is None
        or incident.start != incident.end
        or (published - incident.start).days <= WEEKDAY_REACH
    ):
        return list(periods)
    return [(tok, _read_near(tok, period, report, incident.start), report)
            for tok, period, report in periods]


def _read_near(tok: Token, period: Period, report: bool, day: dt.date) -> Period:
    if report or period.start != period.end or period.start <= day or not dates_harm(tok):
        return period
    near = nearest_weekday(period.text, day)
    if near is None or abs((near - day).days) > NEAR_DAYS:
        return period
    return Period(start=near, end=near, text=period.text)


def near_named_day(
    periods: Sequence[Sequence[tuple[Token, Period, bool]]], published: dt.date | None
) -> list[list[tuple[Token, Period, bool]]]:
    """The lead's days, sentence by sentence, its bare weekdays of a harm read near the day
    the lead writes on the incident's noun ("the March 3 shooting") more than a week before
    publication, the earliest such day."""
    named = [
        period
        for found in periods
        for tok, period, report in found
        if not report and period.start == period.end and dates_incident(tok)
    ]
    incident = min(named, key=lambda p: p.start, default=None)
    return [near_the_incident(found, incident, published) for found in periods]

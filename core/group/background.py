"""Figures that recall a past event: a report on today's quake recalls "the 2004 tsunami
killed 230,000". Such a figure is dated long before its report's own incident; it may join the
figures other reports give for that same past event, never stand for its report's incident."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.model import Claim

# A figure whose period ends this long before its report's day recalls a past event. A year,
# not days: a report published without a date is placed by its own figures, which may be
# dated a few days apart (the attack, the funeral, the arrest).
BACKGROUND_DAYS = 365
INCIDENT_DAYS = 3  # a figure dated this few days places its report's incident


def report_days(
    claims: Sequence[Claim], published: Mapping[str, int | None]
) -> dict[str, int]:
    """Each document's day (ordinal): its publication, else the latest day its figures dated
    to a day or a few give (the incident it reports); documents with neither are left out."""
    days: dict[str, int] = {}
    for c in claims:
        if c.date_start is None or c.date_end is None:
            continue
        first, last = sorted((c.date_start.toordinal(), c.date_end.toordinal()))
        if last - first + 1 <= INCIDENT_DAYS:
            days[c.document_id] = max(last, days.get(c.document_id, last))
    days.update({doc: day for doc, day in published.items() if day is not None})
    return days


def recalls_past(end: int | None, report_day: int | None) -> bool:
    """Whether a figure whose period ends on ``end`` recalls an event long before its report."""
    return end is not None and report_day is not None and end <= report_day - BACKGROUND_DAYS

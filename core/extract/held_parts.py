"""The days of a part of the people held: "Police have detained 14 suspects in raids since
Sunday's bombing. Two of those detained are foreigners." The part was held on the days the
count of them covers (Sunday to the telling), not on the incident's day alone, which is all
its own sentence would give it. A part with a day of its own ("two of those detained on
Monday") keeps it; a count of people held in one day ("arrested five on Monday") hands on
that day alone."""

from __future__ import annotations

from collections.abc import Sequence

from core.model import Claim
from core.text.dates import Period

# the rule of a figure read as a part of a group counted before ("two of those detained")
PART_RULE = "part_of:"
HELD_MEASURE = "arrested"


def held_days(claims: Sequence[Claim]) -> Period | None:
    """The days of the last count of people held among a sentence's ``claims`` that is no
    part of another, if it gives any."""
    found: Period | None = None
    for claim in claims:
        start, end = claim.date_start, claim.date_end
        if claim.measure != HELD_MEASURE or claim.rule.startswith(PART_RULE):
            continue
        if start is not None and end is not None:
            found = Period(start=start, end=end, text=claim.date_text or "")
    return found


def of_the_held(
    period: Period | None,
    measure: str | None,
    rule: str,
    held: Period | None,
    incident: Period | None,
) -> Period | None:
    """A part of the people held (``rule`` a part's, ``measure`` arrested) dated only by the
    report's incident day runs over the days of the count of people held before (``held``)
    when those start that day: "two of those detained were foreigners" after "have detained
    14 since Sunday". Any other period as it is."""
    if (
        period is None
        or held is None
        or incident is None
        or measure != HELD_MEASURE
        or not rule.startswith(PART_RULE)
        or held.start == held.end
    ):
        return period
    if not period.start == period.end == incident.start == incident.end == held.start:
        return period
    return Period(start=held.start, end=held.end, text=period.text)

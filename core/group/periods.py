"""The periods figures give their incidents, as the grouping compares them: how long one
incident's date, a period total and the slack between reports' days may be."""

from __future__ import annotations

import datetime as dt

SHORT_DAYS = 3  # a period this short is one incident's date


TOTAL_MIN_DAYS = 7  # a count over a longer period with statistic wording is a period total


LONG_DAYS = 45  # a period this long is a period total whatever the wording


DATE_SLACK_DAYS = 1  # reports disagree by a day ("late on Saturday" / "on Sunday")


# Figures of reports grouped as one incident, each in its report's frame, may give its day two
# days apart: one of them misdates it, and the checker is shown the dates' conflict
# (``core.group.date_conflicts``) rather than two events. Three days apart are two incidents.
GROUP_SLACK_DAYS = 2


# Two totals are one statistic only over (nearly) the same period: their starts and ends may
# differ by this many days in all, or by this share of the longer period.
TOTAL_SPAN_DAYS = 7


TOTAL_SPAN_SHARE = 0.15


# Arrests in one incident's frame may follow it by days ("police arrested the owners on
# Friday", four days after the collapse; "two suspects were held on Thursday" after Monday's
# ambush): the incident's suspects, not an operation of their own.
ARREST_FOLLOW_DAYS = 7
# ... and by weeks when police find the suspect later ("arrested Monday in connection with the
# February shooting", "charged three weeks after the girl was killed"): in the same incident's
# frame (one report, or reports grouped as one incident) it is still that incident's arrest.
LATE_ARREST_DAYS = 60


def arrests_after(arrest: tuple[int, int], incident: tuple[int, int]) -> bool:
    """Whether an arrest figure's days (first, last) may follow an incident's: from the
    incident's first day, less a day's slack, to weeks after its last."""
    return incident[0] - DATE_SLACK_DAYS <= arrest[0] and arrest[1] <= incident[1] + (
        LATE_ARREST_DAYS
    )


def period_text(start: int, end: int) -> str:
    a, b = dt.date.fromordinal(start), dt.date.fromordinal(end)
    if a == b:
        return a.isoformat()
    if a.day == 1 and (b + dt.timedelta(days=1)).day == 1:
        if a.year == b.year and a.month == b.month:
            return f"{a:%Y-%m}"
        if a.month == 1 and b.month == 12 and a.year == b.year:
            return f"{a.year}"
    return f"{a.isoformat()} – {b.isoformat()}"


# first day, last day (ordinals), is a period total, the report group whose incident the
# figure speaks of (``frame_group``)
Period = tuple[int, int, bool, str | None]


def period_clash(a: Period, b: Period) -> str | None:
    """Why two periods cannot be one event's, or None when they can."""
    la, lb = a[1] - a[0] + 1, b[1] - b[0] + 1
    slack = DATE_SLACK_DAYS if min(la, lb) <= SHORT_DAYS else 0
    if slack and a[3] is not None and a[3] == b[3] and max(la, lb) <= SHORT_DAYS:
        slack = GROUP_SLACK_DAYS
    if max(a[0], b[0]) > min(a[1], b[1]) + slack:
        return "periods do not overlap"
    if a[2] and b[2]:
        drift = abs(a[0] - b[0]) + abs(a[1] - b[1])
        if drift > max(TOTAL_SPAN_DAYS, TOTAL_SPAN_SHARE * max(la, lb)):
            return "totals over different periods"
    return None

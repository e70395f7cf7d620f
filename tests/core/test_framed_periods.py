"""An event's periods: a figure outside any report's frame dated the days a framed figure of
the event already gives does not narrow the slack the frame allows its reports."""

from __future__ import annotations

import datetime as dt

from core.group.cluster_periods import framed_periods
from core.group.match import _Cluster
from core.group.periods import Period

DAY = dt.date(2026, 3, 4).toordinal()


def cluster(*periods: Period) -> _Cluster:
    return _Cluster(
        members=[len(periods)], periods=list(periods), places=[], total=False, incident=True,
        families=set(), kinds=set(),
    )


def test_an_unframed_period_of_framed_days_is_dropped() -> None:
    framed: Period = (DAY, DAY, False, "r1")
    unframed: Period = (DAY, DAY, False, None)
    assert framed_periods([framed, unframed, framed]) == [framed]
    assert framed_periods([unframed, framed]) == [framed]


def test_an_unframed_period_of_other_days_stays() -> None:
    framed: Period = (DAY, DAY, False, "r1")
    later: Period = (DAY + 1, DAY + 1, False, None)
    total: Period = (DAY, DAY, True, None)
    assert framed_periods([framed, later, total]) == [framed, later, total]


def test_a_report_misdating_its_incident_two_days_later_still_joins() -> None:
    # one report's toll and an aside figure of the same day, then another report of the same
    # incident that dates its figures two days later (the day of its statement)
    lead = cluster((DAY, DAY, False, "r1"))
    lead.absorb(cluster((DAY, DAY, False, None)))
    later = cluster((DAY + 2, DAY + 2, False, "r1"))
    assert lead.refusal(later, same_sentence=False) is None


def test_an_unframed_figure_still_refuses_a_day_outside_its_slack() -> None:
    lead = cluster((DAY, DAY, False, None))
    later = cluster((DAY + 2, DAY + 2, False, "r1"))
    assert lead.refusal(later, same_sentence=False) == "periods do not overlap"

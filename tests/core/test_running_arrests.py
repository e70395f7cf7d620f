"""A case's running count of arrests ("nine have been arrested so far") set beside another
report's count of arrests by how running counts relate (``case_totals``): never a rival of an
earlier day's count, divergent when they differ, a contradiction only when lower on one day."""

from __future__ import annotations

import pytest

from core.group.conflicts import find_conflicts
from core.model import Conflict, Event
from tests.core.claim_factory import Batch

RUNNING = "Eight people have been arrested so far over the bakery arson in Tangalle."


def _conflicts(b: Batch) -> list[Conflict]:
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    found = find_conflicts([event], b.claims, documents=b.documents())
    return [x for x in found if x.kind != "consistent"]


def _pair(count_day: str, running_day: str, count: int) -> Batch:
    b = Batch()
    b.report("d1", published=count_day, outlet="Outlet 1")
    b.report("d2", published=running_day, outlet="Outlet 2")
    b.add("d1", f"Police arrested {count} men over the bakery arson in Tangalle.", str(count),
          count, measure="arrested", subject="men")
    b.add("d2", RUNNING, "Eight", 8, measure="arrested", subject="people")
    return b


@pytest.mark.parametrize(
    ("count_day", "running_day", "count", "kind"),
    [
        ("2031-07-02", "2031-07-04", 5, "divergent"),  # an earlier day's arrests, then more
        ("2031-07-04", "2031-07-04", 5, "divergent"),  # the day's count within the running one
        ("2031-07-06", "2031-07-04", 10, "divergent"),  # a later report counts again
        ("2031-07-02", "2031-07-04", 10, "divergent"),  # lower than an earlier day: no clash
        ("2031-07-04", "2031-07-04", 10, "contradiction"),  # below the day's own arrests
    ],
)
def test_a_running_count_beside_another_reports_count(
    count_day: str, running_day: str, count: int, kind: str
) -> None:
    assert [x.kind for x in _conflicts(_pair(count_day, running_day, count))] == [kind]


def test_the_same_figure_raises_nothing() -> None:
    assert _conflicts(_pair("2031-07-02", "2031-07-04", 8)) == []


def test_one_reports_days_arrests_and_running_count_are_no_rivals() -> None:
    b = Batch()
    b.report("d1", published="2031-07-04")
    b.add("d1", "Police arrested three more men over the bakery arson on Friday.", "three", 3,
          measure="arrested", subject="men")
    b.add("d1", RUNNING, "Eight", 8, measure="arrested", subject="people")
    assert _conflicts(b) == []

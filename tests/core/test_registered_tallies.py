"""A month's count a recorder "registered" is a statistic as one it "recorded" is (grouping):
two outlets quoting one release's month of homicides, each in its own words, give one event."""

from __future__ import annotations

from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch

MONTH = ("2031-05-01", "2031-05-31")
OFFICE = "the National Crime Office (NCO)"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def two_outlets(verb: str, second: str = "National Crime Office (NCO)") -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published="2031-06-18", outlet="Outlet 1")
    b.report("d2", published="2031-06-19", outlet="Outlet 2")
    first = b.add(
        "d1", f"Peru {verb} 1,430 victims of intentional homicide in May, the National Crime "
        "Office (NCO) said on Tuesday.", "1,430", 1430,
        subject="victims", location="Peru", date=MONTH[0], date_end=MONTH[1],
        attribution=OFFICE,
    )
    second = b.add(
        "d2", f"Across the country the office {verb} 1,430 murder victims in May against 1,502 "
        "in May 2030.", "1,430", 1430, subject="murder victims", location="Peru",
        date=MONTH[0], date_end=MONTH[1], attribution=second,
    )
    return b, first, second


def test_a_registered_month_of_one_release_is_one_event() -> None:
    b, first, second = two_outlets("registered")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first) is event_of(events, second)


def test_two_recorders_registered_months_stay_apart() -> None:
    b, first, second = two_outlets("registered", second="the Andean Rights Watch (ARW)")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first) is not event_of(events, second)

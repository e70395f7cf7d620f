"""One recorder's tally of a country and a half-year, quoted by two outlets in their own words
(grouping): one event, whichever kinds its figures count and however each outlet names the
recorder; another recorder, a province, or another period stay apart."""

from __future__ import annotations

import pytest

from core.group.match import group
from core.group.statistic_sources import source_names
from core.model import Event
from tests.core.claim_factory import Batch

HALF = ("2033-01-01", "2033-06-30")
EARLIER = ("2032-01-01", "2032-06-30")
MISSION = "the Lakeside Monitoring Mission in Chad (LAMOC)"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def two_outlets(
    second_source: str = "Lakeside Monitoring Mission in Chad",
    second_place: str = "Chad",
    second_period: tuple[str, str] = HALF,
) -> tuple[Batch, str, str]:
    """A monitoring mission's half-year: one outlet gives its dead, another its abducted."""
    b = Batch()
    b.report("d1", published="2033-07-20", outlet="Outlet 1")
    b.report("d2", published="2033-07-21", outlet="Outlet 2")
    dead = b.add(
        "d1", "Gunmen killed 430 civilians in Chad in the first half of the year, according "
        "to the Lakeside Monitoring Mission in Chad (LAMOC).", "430", 430,
        subject="civilians", location="Chad", date=HALF[0], date_end=HALF[1],
        attribution=MISSION,
    )
    start, end = second_period
    taken = b.add(
        "d2", "Insurgents abducted 170 civilians over the six months, the mission's report "
        "said.", "170", 170, measure="kidnapped", subject="civilians",
        location=second_place, date=start, date_end=end, attribution=second_source,
    )
    return b, dead, taken


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (MISSION, {"LAMOC", "lakeside monitoring mission in chad"}),
        ("Lakeside Monitoring Mission in Chad", {"lakeside monitoring mission in chad"}),
        ("LAMOC", {"LAMOC", "lamoc"}),
        ("the police", {"police"}),
    ],
)
def test_the_names_of_a_recorder(written: str, names: set[str]) -> None:
    assert source_names(written) == names


def test_two_outlets_of_one_recorders_tally_give_one_event() -> None:
    b, dead, taken = two_outlets()
    events = group(b.claims, documents=b.documents())
    assert event_of(events, dead).id == event_of(events, taken).id


@pytest.mark.parametrize(
    ("source", "place", "period"),
    [
        ("the Ministry of Interior", "Chad", HALF),  # another recorder
        ("a monitoring group", "Chad", HALF),  # a source only described
        ("Lakeside Monitoring Mission in Chad", "Lac Province", HALF),  # a part of the country
        ("Lakeside Monitoring Mission in Chad", "Chad", EARLIER),  # the year before
    ],
)
def test_another_recorder_area_or_period_stays_apart(
    source: str, place: str, period: tuple[str, str]
) -> None:
    b, dead, taken = two_outlets(source, place, period)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, dead).id != event_of(events, taken).id

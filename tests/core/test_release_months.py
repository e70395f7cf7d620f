"""One recorder's release quoted by two outlets, beyond the tallies both word as such: a month
of the release that one outlet tells as its worst ("May was the bloodiest month, with 95
killed"), the recorder named head first by one and head last by the other ("the Ministry of
Health" / "the Health Ministry"), and a figure dated by the release's year that its sentence
never writes ("over the period"). Another month or another recorder stays apart."""

from __future__ import annotations

import pytest

from core.group.match import group
from core.group.pair_scores import claim_facts
from core.group.statistic_sources import source_names
from core.model import Event
from tests.core.claim_factory import Batch

MAY = ("2034-05-01", "2034-05-31")
APRIL = ("2034-04-01", "2034-04-30")
YEAR = ("2034-01-01", "2034-12-31")
CENTRE = "the Delta Centre for Security Research (DCSR)"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def worst_month(
    second_value: int = 95,
    second_period: tuple[str, str] = MAY,
    second_source: str = "Delta Centre for Security Research",
) -> tuple[Batch, str, str]:
    """Two outlets of one half-year review, each telling its worst month in passing."""
    b = Batch()
    b.report("d1", published="2034-07-10", outlet="Outlet 1")
    b.report("d2", published="2034-07-11", outlet="Outlet 2")
    first = b.add(
        "d1", "May was the bloodiest month of the half-year, with 95 people killed, the "
        "review said.", "95", 95, subject="people", location="Peru", date=MAY[0],
        date_end=MAY[1], attribution=CENTRE,
    )
    start, end = second_period
    second = b.add(
        "d2", f"The centre noted that {second_value} people were killed in the worst month "
        "of the period.", str(second_value), second_value, subject="people", location="Peru",
        date=start, date_end=end, attribution=second_source,
    )
    return b, first, second


def test_two_outlets_of_a_releases_month_give_one_event() -> None:
    b, first, second = worst_month()
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first).id == event_of(events, second).id


@pytest.mark.parametrize(
    ("value", "period", "source"),
    [
        (95, APRIL, "Delta Centre for Security Research"),  # another month
        (95, MAY, "the Ministry of Interior"),  # another recorder
        (95, MAY, "a research group"),  # a source only described
    ],
)
def test_another_month_or_recorder_stays_apart(
    value: int, period: tuple[str, str], source: str
) -> None:
    b, first, second = worst_month(value, period, source)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first).id != event_of(events, second).id


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        ("the Ministry of Health", "Health Ministry", True),
        ("the Department of Public Safety", "the Public Safety Department", True),
        ("the Office of the Prosecutor", "the Prosecutor's Office", False),
        ("the Ministry of Health", "the Interior Ministry", False),
        ("the Friends of Nature", "the Nature Friends", False),  # no body's head noun
    ],
)
def test_a_body_named_head_first_or_head_last(first: str, second: str, one: bool) -> None:
    assert (not source_names(first).isdisjoint(source_names(second))) is one


def test_a_year_the_sentence_never_writes_is_the_releases_span() -> None:
    b = Batch()
    b.report("d1", published="2035-01-12")
    carried = b.add(
        "d1", "Over the period, troops killed 640 insurgents, the centre said, while 900 "
        "suspects were held by the counter-terrorism police.", "640", 640,
        subject="insurgents", location="Peru", date=YEAR[0], date_end=YEAR[1],
        attribution=CENTRE,
    )
    written = b.add(
        "d1", "An earthquake in 2034 killed 7,500 people in the north.", "7,500", 7500,
        location="Peru", date=YEAR[0], date_end=YEAR[1],
    )
    facts = {f.claim.id: f for f in claim_facts(b.claims, b.documents())}
    assert facts[carried].total
    assert not facts[carried].incident
    assert facts[written].incident
    assert not facts[written].total

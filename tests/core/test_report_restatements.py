"""One report restating its own figure (headline, lead, body) without a date, and a street read
as a place: the grouping keeps a report's incident together (issue #11, grouping)."""

from __future__ import annotations

import pytest

from core.group.figure_places import names_street, resolve_place
from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return event_of(events, a).id == event_of(events, b).id


def undated_fire_report() -> tuple[Batch, list[str]]:
    """A report with no publication date whose headline, lead and body give one toll."""
    b = Batch()
    b.report("d1")
    ids = [
        b.add("d1", "Four dead as fire sweeps through Leeds warehouse", "Four", 4,
              location="Leeds"),
        b.add("d1", "FOUR WORKERS HAVE DIED in a fire that started at a warehouse in Leeds "
              "late on Tuesday.", "FOUR", 4, subject="workers", location="Leeds"),
        b.add("d1", "The 4 workers were trapped on the upper floor, a fire brigade spokesman "
              "said.", "4", 4, subject="workers", location="Leeds"),
    ]
    return b, ids


def test_an_undated_report_restating_its_toll_gives_one_event() -> None:
    b, (headline, lead, body) = undated_fire_report()
    events = group(b.claims, documents=b.documents())
    assert together(events, headline, lead)
    assert together(events, lead, body)
    reasons = [r for link in event_of(events, lead).links for r in link.reasons]
    assert any(r.startswith("the report restates its figure") for r in reasons)


def test_the_dead_and_the_injured_of_an_undated_report_share_its_event() -> None:
    b, (headline, _, _) = undated_fire_report()
    hurt = b.add("d1", "Two firefighters were hurt fighting the blaze in Leeds.", "Two", 2,
                 measure="injured", subject="firefighters", location="Leeds")
    events = group(b.claims, documents=b.documents())
    assert together(events, headline, hurt)
    reasons = [r for link in event_of(events, hurt).links for r in link.reasons]
    assert "figures of the report's incident" in reasons


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "date", "date_end"),
    [
        # Wording that announces another incident takes the figure out of the report's frame.
        ("In a separate fire in Leeds, four people died in a house.", "four", 4, None, None),
        # A figure over a year of its own is a past event or a statistic, not the incident.
        ("In 2019 fires in Leeds killed 11 people.", "11", 11, "2019-01-01", "2019-12-31"),
    ],
)
def test_other_incidents_in_an_undated_report_stay_apart(
    sentence: str, figure: str, value: int, date: str | None, date_end: str | None
) -> None:
    b, (headline, _, _) = undated_fire_report()
    other = b.add("d1", sentence, figure, value, location="Leeds", date=date, date_end=date_end)
    events = group(b.claims, documents=b.documents())
    assert not together(events, headline, other)


def test_a_dated_report_ties_its_figures_by_their_days_not_as_restatements() -> None:
    b = Batch()
    b.report("d1", published="2025-03-12")
    monday = b.add("d1", "Four people died in a fire in Leeds on Monday.", "Four", 4,
                   location="Leeds", date="2025-03-10")
    earlier = b.add("d1", "Four people died in a fire in Leeds on March 2.", "Four", 4,
                    location="Leeds", date="2025-03-02")
    events = group(b.claims, documents=b.documents())
    assert not together(events, monday, earlier)


def test_a_restated_figure_without_a_shared_place_stays_apart() -> None:
    # A shared value alone is weak evidence: the report's figures need a place or day too.
    b = Batch()
    b.report("d1")
    first = b.add("d1", "Four dead as fire sweeps through a warehouse", "Four", 4)
    second = b.add("d1", "Four people died when a bus overturned in Leeds.", "Four", 4,
                   location="Leeds")
    events = group(b.claims, documents=b.documents())
    assert not together(events, first, second)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("Saint John St.", None),
        ("Elm Road", None),
        ("Harbour Street, Leeds", "Leeds"),
        ("St. Louis", "St. Louis"),
        ("Leeds", "Leeds"),
    ],
)
def test_a_street_is_never_resolved_as_a_town(location: str, expected: str | None) -> None:
    place = resolve_place(location, None)
    assert (place.name if place else None) == expected


def test_names_street_needs_a_street_word_after_the_name() -> None:
    assert names_street("Saint John St. Saturday")
    assert not names_street("St. Louis")
    assert not names_street("Springfield")


def test_a_street_read_as_a_place_does_not_split_a_report() -> None:
    b = Batch()
    b.report("d1", published="2025-03-09")
    town = b.add("d1", "One man was killed and two were hurt in a shooting in New Haven on "
                 "Saturday.", "One", 1, location="New Haven", date="2025-03-08")
    street = b.add("d1", "Police said one man died in the shooting on Saint John St. early "
                   "Saturday.", "one", 1, location="Saint John St.", date="2025-03-08")
    events = group(b.claims, documents=b.documents())
    assert together(events, town, street)
    assert event_of(events, town).location == "New Haven"

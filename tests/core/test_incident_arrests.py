"""Arrests after an incident (issue #11, grouping): in one incident's frame, the police's
arrests belong to the clash or shooting they follow, not to another kind of event; arrests in
a report of something else, or announced as a separate operation, stay apart."""

from __future__ import annotations

from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch

DAY = "2031-08-04"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return event_of(events, a).id == event_of(events, b).id


def clash_report() -> tuple[Batch, str]:
    b = Batch()
    b.report("d1", published="2031-08-05",
             lead="Two killed as rival groups clash in Sukkur\n\n")
    dead = b.add("d1", "Two people were killed in a clash between rival groups in Sukkur on "
                 "Monday.", "Two", 2, subject="people", location="Sukkur", date=DAY)
    return b, dead


def test_arrests_after_a_clash_share_its_event() -> None:
    b, dead = clash_report()
    held = b.add("d1", "Police detained seven people overnight, an officer said.", "seven", 7,
                 measure="arrested", location="Sukkur", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert together(events, dead, held)
    reasons = [r for link in event_of(events, held).links for r in link.reasons]
    assert "arrests after the clash" in reasons


def test_arrests_in_a_separate_operation_stay_apart() -> None:
    b, dead = clash_report()
    other = b.add("d1", "In a separate raid, police arrested 12 suspected drug dealers in "
                  "Sukkur.", "12", 12, measure="arrested", location="Sukkur", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert not together(events, dead, other)


def test_arrests_in_a_report_of_something_else_stay_apart() -> None:
    b, dead = clash_report()
    b.report("d2", published="2031-08-05",
             lead="Drug ring broken up in Larkana, police say\n\n")
    other = b.add("d2", "Police arrested 12 suspected drug dealers in Larkana on Monday.", "12",
                  12, measure="arrested", location="Larkana", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert not together(events, dead, other)


def test_arrests_on_no_stated_day_stay_apart() -> None:
    b, dead = clash_report()
    held = b.add("d1", "Police later detained seven people, an officer said.", "seven", 7,
                 measure="arrested", location="Sukkur")
    events = group(b.claims, documents=b.documents())
    assert not together(events, dead, held)


def _undated_clash() -> tuple[Batch, str, str]:
    """A report with no publication date whose clash and arrests give no day."""
    b = Batch()
    b.report("d1", lead="One dead as villagers clash in Hallowmere\n\n")
    dead = b.add("d1", "One person was killed in a clash between villagers in Hallowmere.",
                 "One", 1, subject="person", location="Hallowmere")
    held = b.add("d1", "The superintendent said 27 people have been arrested so far.", "27", 27,
                 measure="arrested", location="Hallowmere")
    return b, dead, held


def test_arrests_in_a_report_that_tells_no_day_share_its_incident() -> None:
    b, dead, held = _undated_clash()
    assert together(group(b.claims, documents=b.documents()), dead, held)


def test_arrests_made_in_another_district_share_the_incidents_event() -> None:
    # suspects are held where they are found: a town two districts away is where the police
    # caught them, not another incident
    b, dead = clash_report()
    held = b.add("d1", "Police said three suspects had been arrested in Larkana late on Monday.",
                 "three", 3, measure="arrested", location="Larkana", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert together(events, dead, held)


def test_a_toll_in_another_district_still_stays_apart() -> None:
    # the exemption is the arrests': harm told at another named place is another incident's
    b, dead = clash_report()
    other = b.add("d1", "Three people were killed in a clash in Larkana on Monday.", "Three", 3,
                  subject="people", location="Larkana", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert not together(events, dead, other)

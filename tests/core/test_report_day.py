"""One dated report's incident named again in a later sentence by its village or area: its
figures of the same day stay one event; another town's or another incident's figures of that
day stay apart (issue #11, grouping)."""

from __future__ import annotations

import pytest

from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch

DAY = "2031-05-09"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return event_of(events, a).id == event_of(events, b).id


def farm_report() -> tuple[Batch, str]:
    """A report published the day after a shooting near Multan; its headline figure's id."""
    b = Batch()
    b.report("d1", published="2031-05-10",
             lead="Seven farm workers shot dead near Multan\n\n")
    head = b.add("d1", "Seven farm workers were shot dead near Multan on Friday night.",
                 "Seven", 7, subject="farm workers", location="Multan", date=DAY)
    return b, head


def test_a_later_sentence_naming_the_incidents_village_keeps_its_day_event() -> None:
    b, head = farm_report()
    spot = b.add("d1", "Five of the workers died at the spot in the Zarwanwala area, "
                 "a police officer said.", "Five", 5, subject="workers",
                 location="Zarwanwala area", date=DAY)
    hurt = b.add("d1", "Two others were taken to hospital with bullet wounds.", "Two", 2,
                 measure="injured", location="Zarwanwala area", date=DAY)
    events = group(b.claims, documents=b.documents())
    assert together(events, head, spot)
    assert together(events, head, hurt)
    reasons = [r for link in event_of(events, spot).links for r in link.reasons]
    assert "the report's incident, same day" in reasons


@pytest.mark.parametrize(
    ("sentence", "figure", "value", "location", "date"),
    [
        # another town that day, even when carried from an earlier sentence
        ("Hours later 12 soldiers were killed at a checkpoint in the neighbouring district.",
         "12", 12, "Bahawalpur", DAY),
        # wording of another incident
        ("In a separate attack, three policemen were killed in the Zarwanwala area.",
         "three", 3, "Zarwanwala area", DAY),
        # another day
        ("Four workers were killed in the Zarwanwala area in a raid on Tuesday.",
         "Four", 4, "Zarwanwala area", "2031-05-06"),
    ],
)
def test_other_incidents_of_the_report_stay_apart(
    sentence: str, figure: str, value: int, location: str, date: str
) -> None:
    b, head = farm_report()
    other = b.add("d1", sentence, figure, value, location=location, date=date)
    events = group(b.claims, documents=b.documents())
    assert not together(events, head, other)


@pytest.mark.parametrize(("night", "together_expected"), [("2031-05-08", True),
                                                          ("2031-05-06", False)])
def test_a_night_the_report_dates_a_day_earlier_is_its_incidents_day(
    night: str, together_expected: bool
) -> None:
    b, head = farm_report()
    late = b.add("d1", "Two others were taken to hospital from the Zarwanwala area after "
                 "midnight.", "Two", 2, measure="injured", location="Zarwanwala area",
                 date=night)
    events = group(b.claims, documents=b.documents())
    assert together(events, head, late) is together_expected

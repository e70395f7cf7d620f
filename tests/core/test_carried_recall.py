"""A sentence that goes on about the past event the sentence before recalls ("A quake last year
killed nine ... It had its epicentre in Pasni, where 35 were injured") recalls it too: its
figure never stands for the report's own incident (core/group/background.py)."""

from __future__ import annotations

from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch


def event_of(events: tuple[Event, ...], cid: str) -> str:
    return next(e.id for e in events if cid in e.claim_ids)


def report(second: str, figure: str) -> tuple[Batch, str, str, str]:
    b = Batch()
    b.report("d1", lead="Tremor shakes the Makran coast\n\n")
    own = b.add("d1", "A moderate earthquake shook the coast near Ormara, injuring 4 people, "
                "officials said.", "4", 4, measure="injured", subject="people",
                location="Ormara")
    recalled = b.add("d1", "A quake last year killed at least 11 people in Ormara, officials "
                     "said.", "at least 11", 11, qualifier="at_least", subject="people",
                     location="Ormara")
    then = b.add("d1", second, figure, 30, measure="injured", subject="people",
                 location="Ormara")
    return b, own, recalled, then


def test_a_sentence_going_on_about_a_recalled_quake_recalls_it_too() -> None:
    b, own, recalled, then = report(
        "It had its epicentre near Ormara, where 30 people were injured.", "30"
    )
    events = group(b.claims, documents=b.documents())
    assert event_of(events, then) != event_of(events, own)
    assert event_of(events, then) == event_of(events, recalled)


def test_a_sentence_not_referring_back_is_the_reports_own() -> None:
    b, own, _, then = report("Doctors in Ormara said 30 people were injured.", "30")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, then) == event_of(events, own)

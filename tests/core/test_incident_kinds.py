"""Reports of one incident stay one event whatever kind each report calls it: the shooting
and the abduction of one hijacking (rules/event_types.json co_occurring)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Result
from core.pipeline import run_documents


def results(*texts: tuple[str, str]) -> Result:
    return run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=dt.date.fromisoformat(day))
        for n, (text, day) in enumerate(texts, start=1)
    ])


def events_of(result: Result, measure: str) -> set[str]:
    event = {c: e.id for e in result.events for c in e.claim_ids}
    return {event[c.id] for c in result.claims if c.measure == measure}


HIJACK_WIRE = (
    "Fourteen abducted from bus in Balochistan\n\n"
    "KARACHI, April 15 (AFP) - Unidentified kidnappers abducted 14 travellers in southwestern "
    "Balochistan province on Monday, a provincial government spokesman said on Tuesday.\n"
)
HIJACK_LOCAL = (
    "Gunmen hijack passenger coach in Kech\n\n"
    "TURBAT, April 14: Armed men opened fire on a passenger coach in Kech district on Monday, "
    "wounding three passengers, before hijacking the bus, officials said.\n"
)


def test_a_shooting_and_an_abduction_of_one_day_and_place_are_one_incident() -> None:
    result = results((HIJACK_LOCAL, "2026-04-14"), (HIJACK_WIRE, "2026-04-15"))
    assert events_of(result, "kidnapped") == events_of(result, "injured")


@pytest.mark.parametrize(
    "other",
    [
        # another day
        "Fourteen abducted from bus in Balochistan\n\n"
        "KARACHI, April 15 (AFP) - Unidentified kidnappers abducted 14 travellers in "
        "southwestern Balochistan province on April 2, a provincial government spokesman said "
        "on Tuesday.\n",
        # another province
        "Fourteen abducted from bus in Sindh\n\n"
        "KARACHI, April 15 (AFP) - Unidentified kidnappers abducted 14 travellers in "
        "Sindh province on Monday, a provincial government spokesman said on Tuesday.\n",
    ],
)
def test_an_abduction_of_another_day_or_place_stays_apart(other: str) -> None:
    result = results((HIJACK_LOCAL, "2026-04-14"), (other, "2026-04-15"))
    assert events_of(result, "kidnapped").isdisjoint(events_of(result, "injured"))


def test_a_bombing_and_an_abduction_still_set_their_kinds_apart() -> None:
    bombing = (
        "Bomb kills three in Kech\n\n"
        "TURBAT, April 14: A roadside bomb killed three labourers in Kech district on Monday, "
        "officials said.\n"
    )
    result = results((bombing, "2026-04-14"), (HIJACK_WIRE, "2026-04-15"))
    assert events_of(result, "kidnapped").isdisjoint(events_of(result, "killed"))

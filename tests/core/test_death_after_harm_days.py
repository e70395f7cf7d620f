"""Issue #11, time: the day a figure happened, not the day it was told. A death "after" a
shooting is dated by the shooting, in the perfect as in the past ("has died after a shooting
on Saturday, the coroner said Wednesday"); a count kept up "after" an incident still runs to
the telling. A toll "by Monday" in a report dated the day of Sunday's quake (a wire's first
filing, its date line the only date) ends after the quake, not on the Monday before it.
Sentences and places we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

WED = dt.date(2031, 3, 12)
SAT = dt.date(2031, 3, 8)


def _dated(text: str, published: dt.date | None = WED) -> list[tuple[str, float, object, object]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=published)
    return [
        (c.measure, c.value, c.date_start, c.date_end)
        for c in run_documents([doc]).claims
        if c.measure != "other"
    ]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("A man has died after a shooting at a bar in Elmgrove on Saturday.", 1),
        # the rank is the toll (ranked_tolls)
        ("A second man has died after a shooting at a bar in Elmgrove on Saturday, the"
         " coroner said Wednesday.", 2),
        ("A man died after a shooting at a bar in Elmgrove on Saturday.", 1),
        ("A man has died after being shot at a bar in Elmgrove on Saturday.", 1),
    ],
)
def test_death_after_a_shooting(text: str, toll: int) -> None:
    assert _dated(text) == [("killed", toll, SAT, SAT)]


def test_count_kept_up_after_an_incident_runs_to_the_telling() -> None:
    found = _dated("Police have detained six suspects after the attack in Elmgrove on Saturday.")
    assert found == [("arrested", 6, SAT, WED)]


def test_toll_by_a_weekday_after_the_incident() -> None:
    text = (
        "Quake hits island\nSun Mar 9, 2031 8:12am ET\nTARVIN (Reuters) - A strong earthquake"
        " struck the island of Tarvin on Sunday, killing at least four people, state"
        " television reported.\nBy Monday the toll had climbed to 11, the governor said."
    )
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    tolls = [c for c in run_documents([doc]).claims if c.value == 11]
    assert len(tolls) == 1
    assert tolls[0].date_start == dt.date(2031, 3, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The city council on Monday approved a $50,000 settlement with the family of a man"
        " shot dead by police.",
        "The family of a man shot dead by police on Elm Street sued the city on Monday.",
    ],
)
def test_day_of_a_settlement_or_a_suit_is_not_the_deaths(text: str) -> None:
    killed = [c for c in _dated(text) if c[0] == "killed"]
    assert len(killed) == 1
    assert killed[0][2] != dt.date(2031, 3, 10)

"""A recalled incident dated by its year alone ("a quake killed 75,000 people in 2005") is that
incident's figure, not a year's tally: it may join the same incident dated to its day in
another report. A plural ("quakes", "attacks") still counts a year's incidents (pair_scores,
match)."""

from __future__ import annotations

import pytest

from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return next(e.id for e in events if a in e.claim_ids) == next(
        e.id for e in events if b in e.claim_ids
    )


def two_reports(year_sentence: str, figure: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published="2031-06-05")
    b.report("d2", published="2031-06-06")
    day = b.add("d1", "The valley was devastated on March 3, 2021, when a massive quake killed "
                "41,000 people in Kashmir.", "41,000", 41000, subject="people",
                location="Kashmir", date="2021-03-03")
    year = b.add("d2", year_sentence, figure, 43000, subject="people", location="Kashmir",
                 date="2021-01-01", date_end="2021-12-31")
    return b, day, year


@pytest.mark.parametrize(
    "sentence",
    [
        "An earthquake in Kashmir killed 43,000 people in 2021.",
        "43,000 people were killed in Kashmir by the 2021 earthquake.",
        "In 2021, 43,000 people died when a quake flattened towns across Kashmir.",
    ],
)
def test_one_incident_dated_by_its_year_joins_the_same_incident_dated_to_its_day(
    sentence: str,
) -> None:
    b, day, year = two_reports(sentence, "43,000")
    assert together(group(b.claims, documents=b.documents()), day, year)


@pytest.mark.parametrize(
    "sentence",
    [
        "Earthquakes in Kashmir killed 43,000 people in 2021.",
        "Militant attacks killed 43,000 people in Kashmir in 2021.",
        "In all, 43,000 people died in Kashmir in 2021, officials said.",
    ],
)
def test_a_years_tally_stays_apart_from_one_incident(sentence: str) -> None:
    b, day, year = two_reports(sentence, "43,000")
    assert not together(group(b.claims, documents=b.documents()), day, year)


def test_one_incident_of_a_year_is_no_part_of_one_reports_tally_of_that_year() -> None:
    b = Batch()
    b.report("d1", published="2031-06-05")
    tally = b.add("d1", "Floods and landslides killed 500 people in Kashmir in 2021.", "500",
                  500, subject="people", location="Kashmir", date="2021-01-01",
                  date_end="2021-12-31")
    quake = b.add("d1", "Nearly 430 people died in the 2021 earthquake in Kashmir, officials "
                  "recalled.", "Nearly 430", 430, qualifier="nearly", subject="people",
                  location="Kashmir", date="2021-01-01", date_end="2021-12-31")
    assert not together(group(b.claims, documents=b.documents()), tally, quake)

"""A time a superlative reaches back to ("the lowest tally since 2014") ranks a count among
those since; it is no span the sentence's figures count over. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 1, 8)


def dates(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: (c.date_start, c.date_end) for c in result.claims}


YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Nationwide, police recorded 1,204 murders, the lowest tally since 2014, officials said.",
        "Nationwide, police recorded 1,204 murders, the highest since 2014, the ministry said.",
        "Nationwide, police recorded 1,204 murders, the most since 2014, the ministry said.",
        "Nationwide, police recorded 1,204 murders, the first rise since 2014, the ministry said.",
    ],
)
def test_a_superlative_since_a_year_keeps_the_figures_year(sentence: str) -> None:
    lead = "Tarnia recorded 96 bombings in 2030, police said on Monday."
    assert dates(f"Murders in Tarnia\n\n{lead}\n\n{sentence}\n")["1,204"] == YEAR


def test_a_count_since_a_year_runs_from_it() -> None:
    found = dates(
        "Murders in Tarnia\n\nPolice have recorded 1,204 murders since 2029, the ministry said.\n"
    )
    assert found["1,204"][0] == dt.date(2029, 1, 1)


def test_a_superlative_since_a_month_dates_the_incident_it_recalls() -> None:
    found = dates(
        "Blast in Tarnia\n\nA bomb killed 14 people in Kessa on Monday, police said.\n\n"
        "The attack was the deadliest since March, when a car bomb killed eleven people in a "
        "market.\n"
    )
    assert found["eleven"][0] is not None
    assert found["eleven"][0].month == 3

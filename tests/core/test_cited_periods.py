"""A review whose lead cites a body's document with no figure, dated by the day it came out
("... from the yearly review the Velmar Peace Institute released on Tuesday."): the figures
after it that tell no time of their own count over the one year the lead or the headline
names, not over the release day, and are the body's. A figure that names a year of its own,
a headline naming no year, or a lead that gives a figure leave the dates as they were.
Reports we wrote."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

PUB = dt.date(2033, 1, 12)
YEAR = (dt.date(2032, 1, 1), dt.date(2032, 12, 31))


def claims(text: str) -> dict[str, Claim]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c for c in result.claims}


LEAD = (
    "KESSARA - The figures below come from the yearly review of the Velmar Peace Institute, "
    "released on Tuesday.\n\n"
    "Attacks: 840\nCivilians killed: 1,120\nDeaths: 915 (2031: 612)\n\n"
)


def test_rows_after_a_cited_release_count_over_the_headlines_year() -> None:
    found = claims("Unrest in Velmar province in 2032, the year in figures\n\n" + LEAD)
    for figure in ("840", "1,120"):
        assert (found[figure].date_start, found[figure].date_end) == YEAR, figure
        assert found[figure].attribution == "Velmar Peace Institute", figure
    # a row naming another year is that year's, never the headline's
    assert (found["612"].date_start, found["612"].date_end) != YEAR


def test_headline_without_a_year_leaves_the_rows_undated_by_one() -> None:
    found = claims("Unrest in Velmar province, the year in figures\n\n" + LEAD)
    assert (found["840"].date_start, found["840"].date_end) != YEAR


def test_lead_with_a_figure_is_no_cited_release() -> None:
    found = claims(
        "Unrest in Velmar province in 2032\n\n"
        "KESSARA - Gunmen killed nine farmers near Kessara on Tuesday, police said, days "
        "after the yearly review of the Velmar Peace Institute came out.\n\n"
        "Four of the wounded were flown to the capital.\n\n"
    )
    assert (found["nine"].date_start, found["nine"].date_end) != YEAR


def test_headline_naming_a_part_of_the_year_is_no_tally_of_all_of_it() -> None:
    found = claims("Unrest in Velmar province in the first quarter of 2032\n\n" + LEAD)
    assert (found["840"].date_start, found["840"].date_end) != YEAR


def test_a_report_naming_no_year_has_its_lead_read_for_no_citation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from core.extract import cited_periods

    read: list[str] = []

    def counted(found: Sequence[Claim], text: str) -> tuple[int, int] | None:
        read.append(text)
        return None

    monkeypatch.setattr(cited_periods, "cited_lead", counted)
    undated = "Tarn violence: the year in numbers\n\n" + LEAD.replace(" (2031: 612)", "")
    assert cited_periods.with_cited_period([], undated, PUB) == []
    assert read == []  # no year to date the rows by: no lead looked for
    dated = "Unrest in Velmar province in 2032, the year in figures\n\n" + LEAD
    cited_periods.with_cited_period([], dated, PUB)
    assert read == [dated]

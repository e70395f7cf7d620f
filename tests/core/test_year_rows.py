"""A year-by-year table, as a minister's written reply or a review prints it: each row opens
with its year and a colon or a dash ("2027: 84 incidents, 19 deaths"), and its figures are that
year's, not the day of the reply. A page's own time stamp ("Updated: 14 May 2031, 09:12")
still dates the report and nothing it tells."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

REPLY_DAY = dt.date(2031, 3, 4)
LEAD = (
    "Ministry gives yearly figures of rebel violence\n\n"
    "The interior ministry told the upper house on Tuesday that rebel violence in the "
    "hill districts of Ruritania had eased.\n\n"
    "In a written reply, deputy minister Tomas Halvik listed the incidents and deaths:\n\n"
)


def dated(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=REPLY_DAY)])
    return {c.number_text: (c.date_start, c.date_end) for c in result.claims if c.is_core}


def year(y: int) -> tuple[dt.date, dt.date]:
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


@pytest.mark.parametrize("mark", [":", " –"])
def test_a_row_opened_by_its_year_counts_over_that_year(mark: str) -> None:
    rows = "\n".join(
        f"{y}{mark} {a} incidents, {k} deaths"
        for y, a, k in ((2027, 84, 19), (2028, 97, 23), (2029, 112, 31))
    )
    found = dated(LEAD + rows + "\n\nThe reply did not give figures for the current year.\n")
    assert found["84"] == year(2027)
    assert found["19"] == year(2027)
    assert found["97"] == year(2028)
    assert found["31"] == year(2029)


def test_a_time_stamp_line_still_dates_the_report_only() -> None:
    text = (
        "Gunmen kill four at a market in Velmora\n\n"
        "Updated: 3 March 2031, 09:12\n\n"
        "Gunmen killed four traders at a market in Velmora on Sunday, the police said.\n"
    )
    found = dated(text)
    assert found["four"] == (dt.date(2031, 3, 2), dt.date(2031, 3, 2))


def test_a_rows_year_counts_nothing() -> None:
    rows = "2027 - 84 incidents, 19 deaths\n2028 - 97 incidents, 23 deaths"
    found = dated(LEAD + rows + "\n")
    assert "2027" not in found
    assert "2028" not in found
    assert {"84", "19", "97", "23"} <= found.keys()

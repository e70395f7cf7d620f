"""A plain-text table whose heading line names the columns after a colon and whose rows give
a name, a colon and slash-parted figures ("Region: attacks / killed / injured", then
"Northvale: 64 / 80 / 105"): three claims a row, each with its column's measure, the row's
place and the report's period. A score line ("Kandy: 180/4") under no such heading counts
nothing, nor does a table whose columns name no measure."""

from __future__ import annotations

import datetime as dt

from core.ingest.figure_rows import column_row
from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

JANUARY = dt.date(2026, 1, 3)
LEAD = (
    "Attacks rose 20pc in 2025, study finds\n\n"
    "ISLAMABAD: A research centre recorded 980 militant attacks across the country in 2025, "
    "it said in its annual report on Friday.\n\n"
    "The figures by province were as follows.\n\n"
)


def claims_of(text: str, published: dt.date = JANUARY) -> list[Claim]:
    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return [c for c in result.claims if c.is_core]


def test_each_cell_takes_its_columns_measure_and_its_rows_place() -> None:
    table = (
        "Province: attacks / killed / injured\n"
        "Khyber Pakhtunkhwa: 612 / 745 / 1,020\n"
        "Balochistan: 270 / 398 / 480\n"
    )
    found = {
        c.number_text: (c.measure, c.location, c.date_start, c.date_end)
        for c in claims_of(LEAD + table)
    }
    year = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert found["612"] == ("attacks", "Khyber Pakhtunkhwa", *year)
    assert found["745"] == ("killed", "Khyber Pakhtunkhwa", *year)
    assert found["1,020"] == ("injured", "Khyber Pakhtunkhwa", *year)
    assert found["398"] == ("killed", "Balochistan", *year)


def test_a_score_line_is_no_table_of_attacks() -> None:
    text = (
        "Kandy Falcons beat Galle Titans by six wickets\n\n"
        "COLOMBO: Kandy Falcons beat Galle Titans by six wickets on Sunday.\n\n"
        "Scores in brief:\n"
        "Galle: 178/6\n"
        "Kandy: 180/4\n"
    )
    assert not {"178", "180", "4"} & {c.number_text for c in claims_of(text)}


def test_columns_that_name_no_measure_count_nothing() -> None:
    table = "Province: schools / clinics / roads\nSindh: 41 / 50 / 76\n"
    assert not {"41", "50", "76"} & {c.number_text for c in claims_of(LEAD + table)}


def test_a_slash_row_is_a_row_of_columns() -> None:
    assert column_row("Sindh: 41 / 50 / 76")
    assert not column_row("Note: see page 4")
    assert not column_row("Sindh: 41 killed / 50 hurt")

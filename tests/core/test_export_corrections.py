"""Corrections flow into the exports: the value as corrected beside the extracted one, the
interval moved with it, and a flag naming what the checker corrected."""

from __future__ import annotations

from pathlib import Path

from core.export.jsonfile import to_json_dict
from core.export.xlsx import workbook_sheets
from core.project.store import Project
from core.text.qualifiers import interval
from tests.core.test_store import sample_result


def corrected_project() -> Project:
    p = Project.memory()
    p.add_result(sample_result())
    p.set_correction("c3", "value", 18)  # "Nearly 15" read wrong: the text says nearly 18
    return p


def test_json_carries_value_as_corrected_and_the_extracted_value() -> None:
    data = to_json_dict(corrected_project().result(corrected=True))
    row = next(c for c in data["claims"] if c["id"] == "c3")
    assert row["value"] == 18
    assert row["extracted_value"] == 15
    assert row["corrected"] is True
    assert (row["low"], row["high"]) == interval(18, "nearly")  # not nearly 15's
    assert interval(18, "nearly") != interval(15, "nearly")
    assert row["corrected_fields"] == ["value", "low", "high"]
    untouched = next(c for c in data["claims"] if c["id"] == "c1")
    assert (untouched["extracted_value"], untouched["corrected"]) == (12, False)
    assert untouched["corrected_fields"] == []


def test_claims_sheet_shows_the_extracted_value_beside_the_correction() -> None:
    sheets = workbook_sheets(corrected_project().result(corrected=True))
    claims = sheets[0]
    header = [h for h, _w in claims.columns]
    row = next(r for r in claims.rows if "c3" in r)
    assert row[header.index("Value")] == 18
    assert row[header.index("Extracted value")] == 15
    assert row[header.index("Corrected")] == "value, low, high"
    assert (row[header.index("Low")], row[header.index("High")]) == interval(18, "nearly")


def test_every_sheet_prints_landscape_fitted_to_width_with_header_and_footer(
        tmp_path: Path) -> None:
    import openpyxl

    from core.export.xlsx import write_xlsx

    target = tmp_path / "print.xlsx"
    write_xlsx(corrected_project().result(corrected=True), target)
    wb = openpyxl.load_workbook(target)
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape"
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert ws.oddFooter.left.text == "&A"
        assert "&P" in ws.oddFooter.right.text

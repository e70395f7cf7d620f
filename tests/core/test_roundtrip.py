"""The checker's work survives: re-attachment after a re-run of the extraction, and the
Excel round trip (Status and Note read back from a workbook reviewed in Excel)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core.errors import ProjectError
from core.export.roundtrip import import_reviews
from core.export.xlsx import write_xlsx
from core.model import Claim, Result, Review, Statement
from core.project.reattach import reattach_claims, reattach_statements
from core.project.rerun import ORPHAN_REASON_RERUN
from core.project.store import Project
from tests.core.test_store import TEXT_A, TEXT_B, claim, sample_result

OLD = claim("o1", "d1", TEXT_A, "At least 12", 12, qualifier="at_least")


@pytest.mark.parametrize(
    ("new", "corrected", "expected"),
    [
        (dataclasses.replace(OLD, id="n1"), None, {"o1": "n1"}),
        # the new rules read a wider span ("At least 12 people")
        (dataclasses.replace(OLD, id="n1", end=OLD.end + 7), None, {"o1": "n1"}),
        # another measure, same figure in the same place: still the same claim
        (dataclasses.replace(OLD, id="n1", measure="injured"), None, {"o1": "n1"}),
        # the text moved (re-imported) but the sentence and the figure are the same
        (dataclasses.replace(OLD, id="n1", start=500, end=511), None, {"o1": "n1"}),
        # the new run reads the value the checker had corrected
        (dataclasses.replace(OLD, id="n1", value=13), {"o1": 13.0}, {"o1": "n1"}),
        # negative: another figure at the same place
        (dataclasses.replace(OLD, id="n1", value=13), None, {}),
        # negative: another document
        (dataclasses.replace(OLD, id="n1", document_id="d2"), None, {}),
        # negative: same figure elsewhere in another sentence
        (dataclasses.replace(OLD, id="n1", start=120, end=131, sentence="Another."), None, {}),
    ],
)
def test_reattach_claims(
    new: Claim, corrected: dict[str, float] | None, expected: dict[str, str]
) -> None:
    got = reattach_claims([OLD], [new], document_map={"d1": "d1", "d2": "d2"},
                          corrected_values=corrected)
    assert got == expected


def test_reattach_is_one_to_one_best_overlap_first() -> None:
    wide = dataclasses.replace(OLD, id="o2", end=OLD.end + 7)
    new = dataclasses.replace(OLD, id="n1", end=OLD.end + 7)
    got = reattach_claims([OLD, wide], [new], document_map={"d1": "d1"})
    assert got == {"o2": "n1"}


def test_reattach_follows_the_document_map() -> None:
    moved = dataclasses.replace(OLD, id="n1", document_id="d7")
    assert reattach_claims([OLD], [moved], document_map={"d1": "d7"}) == {"o1": "n1"}
    assert reattach_claims([OLD], [moved], document_map={}) == {}


@pytest.mark.parametrize(
    ("start", "kind", "expected"),
    [
        (10, "quote", {"s1": "t1"}),
        (10, "denial", {}),
        (60, "quote", {}),
    ],
)
def test_reattach_statements(start: int, kind: str, expected: dict[str, str]) -> None:
    old = Statement("s1", "d1", 10, 40, "We will rebuild", "quote", "The governor", "person")
    new = dataclasses.replace(old, id="t1", start=start, end=start + 30, kind=kind)  # type: ignore[arg-type]
    assert reattach_statements([old], [new], document_map={"d1": "d1"}) == expected


def rerun() -> Result:
    """The same two articles re-extracted with other rules: documents numbered the other way
    round, claims renumbered (old ids reused for other claims), "three" no longer a claim,
    one new claim, the statement found again under a new id."""
    old = sample_result()
    doc_a, doc_b = old.documents
    new_a = dataclasses.replace(doc_a, id="d2")
    new_b = dataclasses.replace(doc_b, id="d1")
    c1 = claim("c1", "d1", TEXT_B, "Nearly 15", 15, qualifier="nearly", low=13, high=14)
    c2 = claim("c2", "d2", TEXT_A, "At least 12 people", 12, qualifier="at_least", high=None)
    c3 = claim("c3", "d2", TEXT_A, "Monday", 1, measure="other")
    st = dataclasses.replace(old.statements[0], id="s9", document_id="d2")
    return Result(documents=(new_a, new_b), claims=(c1, c2, c3), statements=(st,))


def test_rerun_keeps_every_verdict_and_correction(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        manual = project.add_manual_claim(claim("x", "d1", TEXT_A, "Officials", 1,
                                                measure="other"))
        project.set_review(Review("c1", "verified", "police and hospital agree"))
        project.set_review(Review("c3", "false", "hospital says 9"))
        project.set_review(Review("c2", "unverified", "ask the court"))  # a note is work
        project.set_review(Review("s1", "unclear", "not on video"))
        project.set_review(Review(manual.id, "verified"))
        project.set_correction("c3", "value", 14)
        project.set_correction("c2", "measure", "arrested")
        project.add_decision("same", ["c1", "c3"])

        report = project.replace_extraction(rerun())

        assert dict(report.reattached) == {"c1": "c2", "c3": "c1", "s1": "s9"}
        assert [o.item.id for o in report.orphans] == ["c2"]
        orphan = report.orphans[0]
        assert orphan.review == Review("c2", "unverified", "ask the court")
        assert orphan.corrections == {"measure": "arrested"}
        assert orphan.reason == ORPHAN_REASON_RERUN
        assert project.orphans() == list(report.orphans)
        assert report.summary == (
            "3 reviewed items re-attached, 1 could not be re-attached (listed as orphans)"
        )

        assert project.reviews() == {
            "c2": Review("c2", "verified", "police and hospital agree"),
            "c1": Review("c1", "false", "hospital says 9"),
            "s9": Review("s9", "unclear", "not on video"),
            manual.id: Review(manual.id, "verified"),
        }
        assert project.corrections() == {"c1": {"value": 14.0}}
        assert [d.claim_ids for d in project.decisions()] == [("c2", "c1")]
        result = project.result()
        by_id = {c.id: c for c in result.claims}
        assert by_id[manual.id].document_id == "d2"  # follows its document's new id
        assert {d.id: d.sha256[0] for d in result.documents} == {"d1": "b", "d2": "a"}
        entry = project.history()[-1]
        assert entry.action == "replace_extraction"
        assert entry.detail["orphans"] == [orphan.id]

        # the checker gives the orphan's work to the claim it belongs to
        project.attach_orphan(orphan.id, "c3")
        assert project.orphans() == []
        assert project.corrections()["c3"] == {"measure": "arrested"}
        assert project.reviews()["c3"].note == "ask the court"


def test_rerun_refuses_ids_of_manual_claims(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        manual = project.add_manual_claim(claim("x", "d1", TEXT_A, "Officials", 1))
        clash = dataclasses.replace(rerun().claims[0], id=manual.id)
        with pytest.raises(ProjectError, match=f"ids already in the project \\({manual.id}\\)"):
            project.replace_extraction(dataclasses.replace(rerun(), claims=(clash,)))
        assert len(project.result().claims) == 4  # nothing changed


# --- the Excel round trip -------------------------------------------------------------------

def _reviewed_copy(source: Path, target: Path, edits: dict[str, tuple[str | None, str]]) -> None:
    """Open the export as a colleague would, change Status/Note by claim id, save."""
    wb = openpyxl.load_workbook(source)
    ws = wb["Claims"]
    header = [c.value for c in ws[1]]
    col_id, col_status, col_note = (header.index(h) + 1 for h in ("Claim id", "Status", "Note"))
    for row in range(2, ws.max_row + 1):
        cid = ws.cell(row, col_id).value
        if cid in edits:
            status, note = edits[cid]
            ws.cell(row, col_status).value = status
            ws.cell(row, col_note).value = note
    wb.save(target)


def test_import_reviews_from_a_reviewed_workbook(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        project.set_review(Review("c2", "verified", "court record"))
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        reviewed = tmp_path / "reviewed.xlsx"
        _reviewed_copy(exported, reviewed, {
            "c1": ("disputed", "hospital says 9"),
            "c3": ("Verified", "wire confirms"),  # capitalised by hand
            "c2": (None, "court record"),  # status cleared: kept, with a message
        })
        wb = openpyxl.load_workbook(reviewed)
        ws = wb["Claims"]
        ws.append(["x.txt"] + [None] * 15 + ["false", "", "A sentence.", "c404"])
        ws.append([None] * 16 + ["maybe", "", None, "c1"])
        ws.append([None] * 16 + ["false", "", None, None])
        wb.save(reviewed)

        report = import_reviews(reviewed, project)

        assert {c.item_id: (c.old.status, c.new.status, c.new.note) for c in report.changes} == {
            "c1": ("unverified", "disputed", "hospital says 9"),
            "c3": ("unverified", "verified", "wire confirms"),
        }
        assert report.unchanged == 2  # c2 and the statement s1
        messages = "\n".join(report.messages)
        assert "Claims row 3: status is empty; c2 keeps 'verified'" in messages
        assert "Claims row 5: c404 is not in this project" in messages
        assert "Claims row 6: status 'maybe' is not one of" in messages
        assert "Claims row 7: no Claim id" in messages
        assert len(report.messages) == 4
        assert project.reviews()["c1"] == Review("c1", "disputed", "hospital says 9")
        assert project.reviews()["c2"] == Review("c2", "verified", "court record")
        assert project.history()[-1].action == "import_reviews"
        assert "2 verdicts or notes changed" in report.summary


def test_import_refuses_rows_whose_claim_changed(tmp_path: Path) -> None:
    """After a re-run, c1 names another claim: the colleague's verdict on the old c1 must not
    land on it."""
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        project.replace_extraction(rerun())
        reviewed = tmp_path / "reviewed.xlsx"
        _reviewed_copy(exported, reviewed, {"c1": ("false", "wrong")})
        report = import_reviews(reviewed, project)
        assert report.changes == ()
        assert any(
            m.startswith("Claims row 2: c1 no longer reads as in the workbook") for m in
            report.messages
        )
        assert project.reviews() == {}


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p.write_text("not a workbook"),
        lambda p: openpyxl.Workbook().save(p),
    ],
)
def test_import_refuses_workbooks_not_from_claimdesk(tmp_path: Path, make: object) -> None:
    target = tmp_path / "other.xlsx"
    make(target)  # type: ignore[operator]
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        with pytest.raises(ProjectError, match="workbook"):
            import_reviews(target, project)


# --- nothing lost: long notes, formulas, duplicates, oversized workbooks (issue 15) ----------

def _claims_sheet_rows(path: Path) -> tuple[Any, Any, dict[str, int]]:
    wb = openpyxl.load_workbook(path)
    ws = wb["Claims"]
    header = [c.value for c in ws[1]]
    return wb, ws, {h: header.index(h) + 1 for h in ("Claim id", "Status", "Note")}


def _row_of(ws: Any, col: dict[str, int], claim_id: str) -> int:
    return next(
        r for r in range(2, ws.max_row + 1) if ws.cell(r, col["Claim id"]).value == claim_id
    )


def test_an_unchanged_long_note_survives_the_round_trip(tmp_path: Path) -> None:
    long_note = "The hospital's register lists each name. " * 1_000  # 41,000 characters
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        project.set_review(Review("c1", "disputed", long_note))
        history = len(project.history())
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        report = import_reviews(exported, project)
        assert report.changes == ()
        assert project.reviews()["c1"].note == long_note
        assert len(project.history()) == history  # nothing changed, nothing written


def test_an_edited_cut_note_keeps_the_projects_note_with_a_message(tmp_path: Path) -> None:
    long_note = "x" * 40_000
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        project.set_review(Review("c1", "disputed", long_note))
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        wb, ws, col = _claims_sheet_rows(exported)
        row = _row_of(ws, col, "c1")
        ws.cell(row, col["Note"]).value = "y" + ws.cell(row, col["Note"]).value[1:]
        ws.cell(row, col["Status"]).value = "false"
        wb.save(exported)
        report = import_reviews(exported, project)
        assert project.reviews()["c1"] == Review("c1", "false", long_note)
        assert any("shortened copy" in m and f"row {row}" in m for m in report.messages)


def test_a_formula_in_a_note_cell_keeps_the_note(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        project.set_review(Review("c1", "verified", "court record, page 4"))
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        wb, ws, col = _claims_sheet_rows(exported)
        row = _row_of(ws, col, "c1")
        ws.cell(row, col["Note"]).value = '=HYPERLINK("http://x","y")'  # no cached value
        wb.save(exported)
        report = import_reviews(exported, project)
        assert project.reviews()["c1"].note == "court record, page 4"
        assert any(
            m.startswith(f"Claims row {row}: the Note of c1 is a formula") for m in report.messages
        )


def test_an_id_listed_twice_with_different_verdicts_is_reported_not_applied(
    tmp_path: Path,
) -> None:
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        wb, ws, col = _claims_sheet_rows(exported)
        row = _row_of(ws, col, "c1")
        values = [c.value for c in ws[row]]
        ws.cell(row, col["Status"]).value = "verified"
        values[col["Status"] - 1] = "false"
        ws.append(values)  # c1 again, now false
        values = [c.value for c in ws[_row_of(ws, col, "c2")]]
        values[col["Status"] - 1] = "disputed"
        ws.append(values)  # c2 twice, both disputed
        ws.cell(_row_of(ws, col, "c2"), col["Status"]).value = "disputed"
        wb.save(exported)
        report = import_reviews(exported, project)
        assert "c1" not in project.reviews()
        assert project.reviews()["c2"].status == "disputed"
        text = "\n".join(report.messages)
        assert "c1 is listed 2 times with different statuses or notes" in text
        assert "c2 is listed 2 times (the same review); imported once" in text


def test_an_oversized_workbook_is_cut_with_a_message(tmp_path: Path) -> None:
    from core.export.roundtrip import ROW_SLACK

    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(sample_result())
        history = len(project.history())
        exported = tmp_path / "export.xlsx"
        write_xlsx(project.result(), exported)
        wb, ws, col = _claims_sheet_rows(exported)
        values = [c.value for c in ws[_row_of(ws, col, "c1")]]
        for _ in range(ROW_SLACK + 50):
            ws.append(values)
        wb.save(exported)
        report = import_reviews(exported, project)
        assert any("were not read" in m for m in report.messages)
        assert len(report.messages) <= 10
        assert report.changes == ()
        assert len(project.history()) == history

"""The window over a real project file (core.store): work survives a reopen; paste, re-run,
export and Save As go through core."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.model import Document
from core.project.store import Project
from gui.main_window import MainWindow
from gui.models import COL
from gui.state import Workspace

from .fakes import fake_documents, fake_group, fake_run, story


@pytest.fixture
def project_window(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> Any:
    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents, group=fake_group)
    qtbot.addWidget(win)
    win.show()
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def test_verdicts_and_corrections_survive_a_reopen(qtbot: Any, project_window: Any,
                                                   tmp_path: Path) -> None:
    win = project_window
    win.select_item("c3")
    win.set_verdict("false")
    win.set_note("c3", "The mayor later corrected this")
    assert win.correct("c3", "value", "13")
    win.close()
    with Project.open(tmp_path / "case.claimdesk") as project:
        review = project.reviews()["c3"]
        assert (review.status, review.note) == ("false", "The mayor later corrected this")
        assert project.corrections() == {"c3": {"value": 13.0}}
        assert [c.value for c in project.claims() if c.id == "c3"] == [12]


def test_clearing_a_correction_goes_back_to_the_extracted_value(
        qtbot: Any, project_window: Any, tmp_path: Path) -> None:
    win = project_window
    assert win.correct("c3", "subject", "shoppers")
    assert win.correct("c3", "subject", "")
    assert win.ws.effective("c3").subject is None
    assert win.ws.backend.corrections() == {}


def test_manual_claim_gets_the_project_id(qtbot: Any, project_window: Any) -> None:
    win = project_window
    doc = win.ws.documents["d1"]
    start = doc.text.index("30")
    from dataclasses import replace

    template = replace(win.ws.claims["c2"], id="draft", start=start, end=start + 2,
                       rule="manual", manual=True)
    win.add_manual_claim(template)
    assert "m1" in win.ws.claims
    assert "m1" in {c.id for c in win.ws.backend.claims()}


def test_paste_then_rerun_keeps_the_verdict(qtbot: Any, project_window: Any) -> None:
    win = project_window
    pasted = Document(id="d1", text="Officials said 44 people were killed in Brannock.",
                      title="Brannock report", outlet="Sel Harbor Post")
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.extract_pasted(pasted)
    new_doc = next(d for d in win.ws.documents.values() if d.title == "Brannock report")
    assert new_doc.id == "d4"  # the run's "d1" got a fresh project id
    claim = next(c for c in win.ws.claims.values() if c.document_id == new_doc.id)
    win.set_verdict("verified", [claim.id])
    row = win.sources_model.row_of(new_doc.id)
    win.sources_view.setCurrentIndex(win.sources_model.index(row, 0))
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.rerun_selected_source()
    again = [c for c in win.ws.claims.values() if c.document_id == new_doc.id]
    assert [c.number_text for c in again] == ["44"]
    assert win.ws.status(again[0].id) == "verified"
    assert win.ws.status("c3") == "unverified"
    assert len(win.ws.claims) == 6


def test_remove_source(qtbot: Any, project_window: Any) -> None:
    win = project_window
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.remove_document("d3")
    assert "d3" not in win.ws.documents
    assert "c5" not in win.ws.claims
    assert win.model.row_of("c5") == -1
    assert win.sources_model.rowCount() == 2


@pytest.mark.parametrize("kind", ["json", "csv", "xlsx"])
def test_export(qtbot: Any, project_window: Any, tmp_path: Path, kind: str) -> None:
    win = project_window
    win.correct("c3", "value", "13")
    target = tmp_path / f"out.{kind}"
    with qtbot.waitSignal(win.export_done, timeout=20000) as blocker:
        assert win.export(kind, str(target)) is not None
    assert blocker.args == [str(target), ""]
    assert target.stat().st_size > 0
    assert win.status_label.text() == f"Exported {target}"
    if kind == "json":
        data = json.loads(target.read_text(encoding="utf-8"))
        values = {c["id"]: c["value"] for c in data["claims"]}
        assert values["c3"] == 13  # exports show the checker's correction


def test_save_as_from_an_unsaved_project(qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.set_verdict("disputed", ["c1"])
    window.correct("c1", "location", "Korvath old town")
    target = tmp_path / "saved.claimdesk"
    assert window.save_as(str(target))
    assert "saved.claimdesk" in window.windowTitle()
    with Project.open(target) as project:
        assert project.reviews()["c1"].status == "disputed"
        assert project.corrections()["c1"] == {"location": "Korvath old town"}
        assert len(project.claims()) == 5


def test_opening_a_file_that_is_not_a_project_is_refused(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("gui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    bogus = tmp_path / "notes.claimdesk"
    bogus.write_text("not a database", encoding="utf-8")
    assert not window.open_project(str(bogus))
    assert len(shown) == 1
    assert "not a Claimdesk project" in shown[0]
    assert len(window.ws.claims) == 5  # the open project is untouched


def test_export_failure_is_a_message(qtbot: Any, project_window: Any, tmp_path: Path,
                                     monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr("gui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: shown.append(text))
    target = tmp_path / "no such folder" / "out.json"
    with qtbot.waitSignal(project_window.export_done, timeout=20000):
        project_window.export("json", str(target))
    assert len(shown) == 1
    assert "cannot write" in shown[0]
    assert "Export failed" in project_window.status_label.text()


def test_decision_is_stored_and_undone_with_a_saved_project(
        qtbot: Any, project_window: Any) -> None:
    # Issue 12 defect 3: with a saved project a decision could not be undone.
    win = project_window
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.decide([("none", ("c4",))], "Take c4 out")
    assert [(d.kind, d.claim_ids) for d in win.ws.backend.decisions()] == [("none", ("c4",))]
    assert "c4" not in win.ws.event_of
    assert win.act_undo.text() == "&Undo Take c4 out"
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.undo()
    assert win.ws.backend.decisions() == []
    assert "c4" in win.ws.event_of
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.redo()
    assert "c4" not in win.ws.event_of


def test_unsaved_work_becomes_a_project_file(qtbot: Any, qsettings: QSettings, tmp_path: Path,
                                             articles: list[str]) -> None:
    win = MainWindow(settings=qsettings, extract=fake_run, group=fake_group,
                     autosave_dir=tmp_path / "projects")
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files(articles[:1])
    files = list((tmp_path / "projects").glob("untitled *.claimdesk"))
    assert len(files) == 1
    assert isinstance(win.ws.backend, Project)
    claim_id = next(iter(win.ws.claims))
    win.set_verdict("verified", [claim_id])
    win.close()
    with Project.open(files[0]) as project:
        assert project.reviews()[claim_id].status == "verified"


def test_import_reviews_from_a_reviewed_workbook(qtbot: Any, project_window: Any,
                                                 tmp_path: Path) -> None:
    import openpyxl

    win = project_window
    target = tmp_path / "review.xlsx"
    with qtbot.waitSignal(win.export_done, timeout=20000):
        win.export("xlsx", str(target))
    wb = openpyxl.load_workbook(target)
    sheet = wb["Claims"]
    header = [cell.value for cell in sheet[1]]
    id_col, status_col = header.index("Claim id") + 1, header.index("Status") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, id_col).value == "c5":
            sheet.cell(row, status_col).value = "false"
    wb.save(target)
    win.set_verdict("verified", ["c2"])
    report = win.import_reviews(str(target))
    # The colleague's workbook wins: c5 as they marked it, c2 back to what they saw.
    assert [c.item_id for c in report.changes] == ["c2", "c5"]
    assert win.ws.status("c5") == "false"
    assert win.ws.status("c2") == "unverified"
    assert win.model.data(win.model.index(win.model.row_of("c5"), COL["status"])) == "false"
    assert win.ws.undo_label() == "Import 2 verdicts"  # one step of Undo


def test_orphaned_verdict_can_be_attached_again(qtbot: Any, project_window: Any) -> None:
    win = project_window
    win.set_verdict("disputed", ["c5"])
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.remove_document("d3")
    orphans = win.orphans()
    assert [o.item.id for o in orphans] == ["c5"]
    assert win.attach_orphan(orphans[0].id, "c1")
    assert win.ws.status("c1") == "disputed"
    assert win.orphans() == []
    assert win.current_item_id() == "c1"

"""The main window driven like a checker: keys, undo, corrections, compare, manual claims,
drag and drop, cancel. Core is replaced by fakes (see conftest) so runs are deterministic."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog

from gui.models import COL, GridFilter

from .fakes import fake_documents, fake_group, fake_run


def select(window: Any, item_id: str) -> None:
    assert window.select_item(item_id)
    window.grid.setFocus()


@pytest.mark.parametrize(
    ("key", "status"),
    [
        (Qt.Key.Key_2, "verified"),
        (Qt.Key.Key_3, "disputed"),
        (Qt.Key.Key_4, "false"),
        (Qt.Key.Key_5, "unclear"),
    ],
)
def test_verdict_key_sets_status(qtbot: Any, window: Any, key: Qt.Key, status: str) -> None:
    select(window, "c3")
    qtbot.keyClick(window.grid, key)
    assert window.ws.status("c3") == status
    assert window.review.buttons[status].isChecked()
    row = window.model.row_of("c3")
    assert window.model.data(window.model.index(row, COL["status"])) == status


def test_verdict_key_then_back_to_unverified(qtbot: Any, window: Any) -> None:
    select(window, "c1")
    qtbot.keyClick(window.grid, Qt.Key.Key_2)
    qtbot.keyClick(window.grid, Qt.Key.Key_1)
    assert window.ws.status("c1") == "unverified"


def test_verdict_key_typed_in_the_filter_box_is_text(qtbot: Any, window: Any) -> None:
    select(window, "c1")
    window.filter_text.setFocus()
    qtbot.keyClick(window.filter_text, Qt.Key.Key_2)
    assert window.filter_text.text() == "2"
    assert window.ws.status("c1") == "unverified"


def test_next_and_previous_unreviewed(qtbot: Any, window: Any) -> None:
    window.ws.set_review(window.ws.review("c2").__class__("c2", "verified"))
    select(window, "c1")
    qtbot.keyClick(window.grid, Qt.Key.Key_J)
    assert window.current_item_id() == "c3"  # c2 is reviewed: skipped
    qtbot.keyClick(window.grid, Qt.Key.Key_K)
    assert window.current_item_id() == "c1"
    qtbot.keyClick(window.grid, Qt.Key.Key_K)
    assert window.current_item_id() == "c1"  # nothing before: stays


def test_undo_and_redo_with_keys(qtbot: Any, window: Any) -> None:
    select(window, "c5")
    qtbot.keyClick(window.grid, Qt.Key.Key_4)
    qtbot.keyClick(window.grid, Qt.Key.Key_2)
    assert window.ws.status("c5") == "verified"
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.status("c5") == "false"
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.status("c5") == "unverified"
    qtbot.keyClick(window.grid, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.ws.status("c5") == "false"


def test_verdict_on_several_rows_is_one_undo_step(qtbot: Any, window: Any) -> None:
    window.grid.selectAll()
    window.set_verdict("disputed")
    assert {window.ws.status(c) for c in window.ws.claims} == {"disputed"}
    window.undo()
    assert {window.ws.status(c) for c in window.ws.claims} == {"unverified"}


def test_note_and_evidence_are_undoable(qtbot: Any, window: Any) -> None:
    select(window, "c2")
    window.review.note.setPlainText("Hospital count differs")
    window.review.commit_note()
    window.review.evidence_input.setText("https://example.invalid/hospital")
    window.review._add_evidence()
    review = window.ws.review("c2")
    assert review.note == "Hospital count differs"
    assert review.evidence == ("https://example.invalid/hospital",)
    window.undo()
    assert window.ws.review("c2").evidence == ()
    window.undo()
    assert window.ws.review("c2").note == ""


def correction_cell(window: Any, field: str) -> Any:
    table = window.review.fields
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == field:
            return table.item(row, 2)
    raise AssertionError(field)


def test_editing_a_field_keeps_the_extracted_value(qtbot: Any, window: Any) -> None:
    select(window, "c3")
    correction_cell(window, "value").setText("13")
    assert window.ws.corrections["c3"] == {"value": 13.0}
    assert window.ws.claims["c3"].value == 12  # the extracted claim is untouched
    row = window.model.row_of("c3")
    assert window.model.data(window.model.index(row, COL["value"])) == "13"
    window.undo()
    assert "value" not in window.ws.corrections.get("c3", {})
    assert window.model.data(window.model.index(row, COL["value"])) == "12"


def test_ctrl_e_edits_the_value_correction(qtbot: Any, window: Any) -> None:
    select(window, "c5")
    qtbot.keyClick(window.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    from PySide6.QtWidgets import QLineEdit

    editor = window.review.fields.findChild(QLineEdit)
    assert editor is not None
    assert window.review.fields.currentColumn() == 2
    qtbot.keyClicks(editor, "21")
    # What the delegate does on Enter (QTest's Enter does not reach it offscreen).
    window.review.fields.commitData(editor)
    assert window.ws.corrections["c5"] == {"value": 21.0}


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("value", "twelve-ish"),
        ("date_start", "3 March"),
        ("measure", "exploded"),
    ],
)
def test_bad_correction_is_refused_with_a_message(qtbot: Any, window: Any, field: str,
                                                  text: str) -> None:
    select(window, "c3")
    correction_cell(window, field).setText(text)
    assert field not in window.ws.corrections.get("c3", {})
    assert "refused" in window.status_label.text()
    assert window.ws.undo_label() is None


def test_selecting_a_claim_scrolls_its_source_to_the_figure(qtbot: Any, window: Any) -> None:
    select(window, "c3")
    panes = window.compare.visible_panes()
    assert len(panes) == 1
    assert panes[0].text.document_id == "d2"
    assert panes[0].text.textCursor().selectedText() == "12"  # after two emoji


def test_conflict_puts_sources_side_by_side(qtbot: Any, window: Any) -> None:
    assert window.events.select_conflict("x1")
    panes = window.compare.visible_panes()
    assert [p.text.document_id for p in panes] == ["d1", "d2"]
    assert [p.text.textCursor().selectedText() for p in panes] == ["At least 14", "12"]
    assert window.review.item_id == "c1"
    assert "at least 14 vs exactly 12" in window.status_label.text()


def test_event_shows_every_source_of_the_event(qtbot: Any, window: Any) -> None:
    assert window.events.select_event("e1")
    panes = window.compare.visible_panes()
    assert sorted(p.text.document_id for p in panes) == ["d1", "d2", "d3"]
    assert window.events.timeline.measure == "killed"
    assert len(window.events.timeline.points) == 3


def test_adding_a_claim_from_a_text_selection(qtbot: Any, window: Any,
                                              monkeypatch: Any) -> None:
    select(window, "c1")
    pane = window.compare.visible_panes()[0]
    text = window.ws.documents["d1"].text
    start = text.index("said 30")
    pane.text.setTextCursor(pane.text.cursor_for(start, start + len("said 30 people")))
    window.compare._activate(pane)
    seen: dict[str, Any] = {}

    def accept(dialog: Any) -> int:
        seen["figure"] = dialog.figure.text()
        seen["value"] = dialog.value.text()
        dialog.measure.setCurrentText("injured")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr("gui.dialogs.ManualClaimDialog.exec", accept)
    qtbot.keyClick(pane.text, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"figure": "30", "value": "30"}
    manual = [c for c in window.ws.claims.values() if c.manual]
    assert len(manual) == 1
    claim = manual[0]
    assert (claim.document_id, claim.number_text, claim.value) == ("d1", "30", 30.0)
    assert text[claim.start:claim.end] == "30"
    assert claim.rule == "manual"
    assert claim.measure == "injured"
    assert window.current_item_id() == claim.id


def test_manual_claim_without_selection_explains(qtbot: Any, window: Any) -> None:
    window.add_claim_from_selection()
    assert "Select the figure" in window.status_label.text()


def drop(window: Any, paths: list[str]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    return enter.isAccepted(), event.isAccepted()


def test_drop_a_folder_extracts_its_files(qtbot: Any, window: Any, articles: list[str]) -> None:
    folder = str(Path(articles[0]).parent)
    with qtbot.waitSignal(window.idle, timeout=60000):
        accepted = drop(window, [folder])
    assert accepted == (True, True)
    paths = sorted(d.path for d in window.ws.documents.values() if d.path.endswith(".txt")
                   and "articles" in d.path)
    assert paths == sorted(articles)
    # The run numbered its items from 1; the project gave them fresh ids.
    assert len(window.ws.documents) == 6
    assert len(set(window.ws.claims)) == 5 + 3
    assert window.sources_model.rowCount() == 6


def test_drop_of_files_already_in_the_project_is_skipped(
        qtbot: Any, window: Any, articles: list[str]) -> None:
    with qtbot.waitSignal(window.idle, timeout=60000):
        drop(window, articles[:1])
    assert window.import_files(articles[:1]) == []
    assert "already in the project" in window.status_label.text()


def test_drag_without_files_is_refused(qtbot: Any, window: Any) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_unreadable_file_is_listed_not_fatal(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from gui.main_window import MainWindow

    def failing(paths: list[str], **options: Any) -> Any:
        from core.model import Failure, Result

        fake_documents([], **options)
        return Result(failures=tuple(Failure(p, f"{p}: file not found") for p in paths))

    win = MainWindow(window.ws, settings=window.settings, extract=failing, group=fake_group)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files([str(tmp_path / "missing.txt")])
    assert [f.message for f in win.ws.failures] == [f"{tmp_path / 'missing.txt'}: file not found"]
    assert "could not be read" in win.status_label.text()
    last = win.sources_model.rowCount() - 1
    # The reason beside the name, in the Title column (in Warnings it widened the table)
    assert win.sources_model.data(win.sources_model.index(last, 0)) == (
        "missing.txt: file not found")
    assert win.sources_model.data(win.sources_model.index(last, 5)) == "failed"


def test_cancel_a_running_extraction_keeps_finished_documents(
        qtbot: Any, window: Any, articles: list[str]) -> None:
    gate = threading.Event()
    window.extract = lambda paths, **o: fake_run(paths, gate=gate, **o)
    with qtbot.waitSignal(window.ws.documents_changed, timeout=60000):
        window.import_files(articles)
    assert window.progress.isVisible()
    assert window.cancel_button.isVisible()
    worker = window.run.worker
    with qtbot.waitSignal(worker.cancelled, timeout=60000), \
            qtbot.waitSignal(window.idle, timeout=60000):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    names = sorted(Path(d.path).name for d in window.ws.documents.values()
                   if "articles" in (d.path or ""))
    assert names == ["report1.txt"]
    assert not window.progress.isVisible()
    assert "Cancelled" in window.status_label.text()
    gate.set()


def test_window_stays_responsive_during_extraction(
        qtbot: Any, window: Any, articles: list[str]) -> None:
    gate = threading.Event()
    window.extract = lambda paths, **o: fake_run(paths, gate=gate, **o)
    with qtbot.waitSignal(window.ws.documents_changed, timeout=60000):
        window.import_files(articles)
    # While the worker waits, the GUI thread handles input: a verdict goes through.
    select(window, "c1")
    qtbot.keyClick(window.grid, Qt.Key.Key_2)
    assert window.ws.status("c1") == "verified"
    with qtbot.waitSignal(window.idle, timeout=60000):
        gate.set()
    assert sum(1 for d in window.ws.documents.values() if "articles" in (d.path or "")) == 3


def test_merge_decision_regroups_and_undoes(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.idle, timeout=60000):
        window.decide([("none", ("c4",))], "Take c4 out")
    assert [d.kind for d in window.ws.decisions()] == ["none"]
    assert "c4" not in window.ws.event_of
    with qtbot.waitSignal(window.idle, timeout=60000):
        window.undo()
    assert window.ws.decisions() == ()
    assert "c4" in window.ws.event_of


def test_split_selected_claims_sends_decisions(qtbot: Any, window: Any) -> None:
    seen: list[Any] = []
    window.events.decision_requested.disconnect()
    window.events.decision_requested.connect(lambda d, text: seen.append((d, text)))
    event_item = window.events.event_item("e1")
    assert event_item.text() == "Korvath · bombing · 2031-03-03"
    child = event_item.child(0, 0)  # c1
    window.events.events_view.selectionModel().select(
        child.index(), window.events.events_view.selectionModel().SelectionFlag.ClearAndSelect
        | window.events.events_view.selectionModel().SelectionFlag.Rows)
    assert window.events.split_button.isEnabled()
    window.events.split_selected()
    decisions, text = seen[0]
    assert decisions == (("split", ("c1",)),)
    assert text == "Split off 1 claim(s)"


def test_filter_bar_filters_the_grid(qtbot: Any, window: Any) -> None:
    window.filter_conflicts.setChecked(True)
    assert window.model.visible_ids() == ["c1", "c3", "c5"]
    window.filter_text.setText("mayor")
    window.apply_filter()
    assert window.model.visible_ids() == ["c3"]
    assert window.count_label.text().startswith("1 of 5")
    window.reset_filters()
    assert window.model.filter == GridFilter()


def test_header_click_sorts(qtbot: Any, window: Any) -> None:
    header = window.grid.horizontalHeader()
    x = header.sectionViewportPosition(COL["value"]) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    values = [window.model.data(window.model.index(r, COL["value"]))
              for r in range(window.model.rowCount())]
    assert values == ["3", "12", "14", "20", "30"]


def test_column_chooser_hides_a_column(qtbot: Any, window: Any) -> None:
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    window._fill_columns(menu)
    actor = next(a for a in menu.actions() if a.text() == "Actor")
    actor.setChecked(False)
    assert window.grid.horizontalHeader().isSectionHidden(COL["actor"])


def test_window_state_and_recent_projects_are_remembered(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    window.grid.horizontalHeader().setSectionHidden(COL["note"], True)
    path = str(tmp_path / "case.claimdesk")
    assert window.save_as(path)
    window.save_state()
    assert window.recent_projects()[0] == path
    from gui.main_window import MainWindow

    again = MainWindow(settings=window.settings, group=fake_group)
    qtbot.addWidget(again)
    assert again.grid.horizontalHeader().isSectionHidden(COL["note"])
    assert again.recent_projects()[0] == path


def test_events_panel_shows_summaries_from_a_worker(qtbot: Any, window: Any) -> None:
    # core.group.conflicts.summarise runs off the GUI thread; its figures arrive in the rows.
    with qtbot.waitSignal(window.events.summaries_ready, timeout=60000):
        window.events.reload()
    event = window.events.event_item("e1")
    assert event is not None
    model = window.events.events_model
    assert model.item(event.row(), 1).text() == "4"
    assert model.item(event.row(), 2).text().startswith("killed")
    assert model.item(event.row(), 3).text() != "…"


def test_event_claims_appear_when_expanded(qtbot: Any, window: Any) -> None:
    view = window.events.events_view
    event = window.events.events_model.item(0, 0)
    assert event.child(0, 0).text() == "…"
    view.expand(event.index())
    children = [event.child(r, 0).data(Qt.ItemDataRole.UserRole + 1)
                for r in range(event.rowCount())]
    assert children == ["c1", "c2", "c3", "c5"]


def test_a_file_that_could_not_be_read_is_named_in_the_exported_workbook(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    """Driven under Xvfb: a broken file showed red in Sources, and the workbook handed to an
    editor said nothing of it (5 sources, no trace of the sixth)."""
    import openpyxl

    from gui.main_window import MainWindow

    def failing(paths: list[str], **options: Any) -> Any:
        from core.model import Failure, Result

        fake_documents([], **options)
        return Result(failures=tuple(
            Failure(p, f"{Path(p).name}: the PDF is damaged (no page could be read)")
            for p in paths))

    win = MainWindow(window.ws, settings=window.settings, extract=failing, group=fake_group)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files([str(tmp_path / "broken.pdf")])
    with qtbot.waitSignal(win.export_done, timeout=20000) as done:
        win.export("xlsx", str(tmp_path / "review.xlsx"))
    assert done.args == [str(tmp_path / "review.xlsx"), ""]
    about = openpyxl.load_workbook(tmp_path / "review.xlsx")["About"]
    rows = [(r[0].value, r[1].value) for r in about.iter_rows(min_row=2)]
    assert ("Not read", "broken.pdf: the PDF is damaged (no page could be read)") in rows
    assert ("Sources", len(win.ws.documents)) in rows  # the readable ones, counted apart

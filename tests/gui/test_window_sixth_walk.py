"""Defects found by a fact-checker's sixth walk through the real window under Xvfb (gui14),
with invented reports of a market shooting, a broken, an empty, a huge and a non-UTF-8
file: each test is one thing the checker saw, on the real project store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@pytest.mark.parametrize("panel", ["sources", "events", "conflicts"])
def test_keys_typed_in_a_list_never_set_the_grid_s_verdict(qtbot: Any, window: Any,
                                                           panel: str) -> None:
    # Tab from the grid goes to the Sources table; the checker typed a note there, and each
    # digit of it ("14 was the first count") set the grid's claim: it ended up "false".
    window.select_item("c1")
    view = {"sources": window.sources_view, "events": window.events.events_view,
            "conflicts": window.events.conflicts_view}[panel]
    view.setFocus()
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_J, Qt.Key.Key_K):
        qtbot.keyClick(view, key)
    assert window.ws.status("c1") == "unverified"
    assert window.review.item_id == "c1"  # J / K did not walk away either


def test_a_digit_typed_in_the_fields_table_starts_a_correction_not_a_verdict(
        qtbot: Any, window: Any) -> None:
    # On the Value row's Correction cell, typing "31" disputed the claim ("3") and set it
    # back to unverified ("1"), and no correction was made.
    from PySide6.QtWidgets import QLineEdit

    window.select_item("c1")
    fields = window.review.fields
    row = next(r for r in range(fields.rowCount())
               if fields.item(r, 0).data(Qt.ItemDataRole.UserRole) == "value")
    fields.setFocus()
    fields.setCurrentCell(row, 2)
    qtbot.keyClick(fields, Qt.Key.Key_3)
    assert window.ws.status("c1") == "unverified"
    editor = fields.findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "3"  # the key opened the editor and is its first character
    qtbot.keyClicks(editor, "1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn
    qtbot.waitUntil(lambda: fields.state() != fields.State.EditingState)
    assert window.ws.status("c1") == "unverified"
    assert window.ws.corrections.get("c1", {}).get("value") == 31


def test_a_key_typed_in_a_filter_list_picks_an_entry_not_a_verdict(qtbot: Any,
                                                                   window: Any) -> None:
    window.select_item("c1")
    status = window.filter_bar.status
    status.setFocus()
    for key in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_J):
        qtbot.keyClick(status, key)
    assert window.ws.status("c1") == "unverified"
    assert window.review.item_id == "c1"


def test_verdict_keys_still_work_in_the_grid_and_with_ctrl_in_a_list(qtbot: Any,
                                                                     window: Any) -> None:
    window.select_item("c1")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_2)
    assert window.ws.status("c1") == "verified"
    window.sources_view.setFocus()
    qtbot.keyClick(window.sources_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.status("c1") == "unverified"  # a chord is still the window's command
    assert QApplication.focusWidget() is window.sources_view


def test_the_bar_says_the_file_it_names_is_read_not_being_read(qtbot: Any,
                                                               window: Any,
                                                               articles: list[str]) -> None:
    # "7 / 8  r3_cp1252.txt" sat for a minute while the eighth file, a huge one, was read:
    # the checker took the small r3_cp1252.txt for stuck.
    seen: list[str] = []
    window.extraction.progress.connect(lambda *_: seen.append(window.progress.text()))
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.import_files(articles)
    assert seen[0] == "1 / 3  read report1.txt"


def test_a_file_over_the_size_limit_is_named_in_megabytes_with_what_to_do(
        qtbot: Any, tmp_path: Path) -> None:
    # The Sources panel said "file is 28000000 bytes, over the 26214400-byte limit (split
    # it, or raise max_file_bytes)": a setting no checker can reach, in bytes to count.
    from core.project.store import Project
    from gui.controllers.extraction import ExtractionController
    from gui.state import Workspace

    big = tmp_path / "dump.txt"
    with big.open("wb") as handle:
        handle.truncate(28_000_000)
    ws = Workspace(Project.create(tmp_path / "p.claimdesk"))
    extraction = ExtractionController(ws)  # the real pipeline
    with qtbot.waitSignal(extraction.ended, timeout=60000):
        extraction.import_files([str(big)])
    [failure] = ws.failures
    assert failure.message.endswith(
        "file is 26.7 MB, over the limit of 25 MB: split it into smaller files")


UNDATED = ("Market gunmen kill twelve in Kano\n\nBy Odo Frane, Eastmarch Wire\n\nKANO, May 6 "
           "(Wire) - Gunmen killed 12 people at a market in Kano on Sunday, police said.\n")


def test_a_source_without_a_date_is_dated_in_its_date_cell_and_read_again(
        qtbot: Any, tmp_path: Path) -> None:
    # A wire report with "KANO, May 6" and no year had no publication date: its "on Sunday"
    # stayed undated, so its figures never joined the other reports of the shooting, and
    # the checker who knew the date had no way to give it (only Title and Outlet took F2).
    from core.errors import Errors
    from core.project.store import Project
    from gui.controllers.extraction import ExtractionController
    from gui.panels.sources import SourceListModel
    from gui.state import Workspace

    path = tmp_path / "kano.txt"
    path.write_text(UNDATED, encoding="utf-8")
    ws = Workspace(Project.create(tmp_path / "p.claimdesk"))
    extraction = ExtractionController(ws)  # the real pipeline
    with qtbot.waitSignal(extraction.ended, timeout=120000):
        extraction.import_files([str(path)])
    [doc] = ws.documents.values()
    assert doc.published is None
    assert Errors.W001 in doc.warnings
    [twelve] = [c for c in ws.claims.values() if c.number_text == "12"]
    assert twelve.date_start is None
    ws.set_review(ws.review(twelve.id).__class__(twelve.id, "verified"))

    model = SourceListModel(ws)
    model.date_edited.connect(extraction.set_publication_date)
    said: list[str] = []
    extraction.message.connect(lambda text, *_: said.append(text))
    cell = model.index(model.row_of(doc.id), 2)
    assert model.flags(cell) & model.flags(cell).ItemIsEditable
    assert model.setData(cell, "6 May")  # not a date: said, nothing read again
    assert said[-1] == Errors.E016.format(value="6 May")
    assert not extraction.busy
    with qtbot.waitSignal(extraction.ended, timeout=120000):
        assert model.setData(cell, "2031-05-06")
    [doc] = ws.documents.values()
    assert (doc.published, doc.published_source) == (dt.date(2031, 5, 6), "user")
    assert Errors.W001 not in doc.warnings
    [twelve] = [c for c in ws.claims.values() if c.number_text == "12"]
    assert twelve.date_start == dt.date(2031, 5, 4)  # the Sunday before
    assert ws.status(twelve.id) == "verified"  # the verdict followed the claim
    assert model.data(model.index(model.row_of(doc.id), 2)) == "2031-05-06"


def test_the_window_reads_a_source_again_with_the_date_typed_in_its_date_cell(
        qtbot: Any, window: Any) -> None:
    model = window.sources_model
    doc_id = next(iter(window.ws.documents))
    cell = model.index(model.row_of(doc_id), 2)
    with qtbot.waitSignal(window.idle, timeout=20000):
        assert model.setData(cell, "2031-05-06")
    assert window.ws.documents[doc_id].published == dt.date(2031, 5, 6)
    assert window.ws.documents[doc_id].published_source == "user"

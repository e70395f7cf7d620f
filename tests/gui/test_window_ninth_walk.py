"""Defects found in the ninth walk (gui17), a checker who never touches the mouse driving the
real window under Xvfb without a window manager: the Sources panel's counts off to the right
at 1280 × 720, Find blind to outlets, a new window without the keyboard, Find's results out of
reach of the keys, the note five Tabs away, a Tab stop on nothing. Each test is one thing the
checker saw, on the real project store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QMenu, QScrollArea

from core.model import Document, Result, Statement
from core.project.store import Project
from gui.main_window import MainWindow
from gui.state import Workspace

from .fakes import fake_documents, fake_run, make_claim
from .window_steps import WAIT_MS, settle

# Invented reports of an invented ferry disaster: long headlines, statements beside figures.
REPORTS = (
    ("d1", "Tarnwick Evening Herald", dt.date(2031, 4, 9),
     "Overloaded ferry capsizes on Lake Ormund near the Gallen jetty",
     "At least 14 people drowned when the ferry capsized, the harbour police said.\n"
     "Rescuers pulled 22 passengers from the water.\n"),
    ("d2", "Ormund Daily Courier", dt.date(2031, 4, 10),
     "Lake Ormund ferry toll rises as divers search the wreck overnight",
     "The toll rose to 19 on Wednesday, the district administrator said.\n"
     "Police arrested 3 crew members.\n"),
    ("d3", "Eastland Wire", None,
     "Ferry owner held after the Ormund sinking",
     "Officials put the toll at 17 dead.\n"),
)


def ferry(*, warn: bool = True) -> Result:
    """Three reports; the undated one carries a warning when ``warn``."""
    docs, claims, statements = [], [], []
    for doc_id, outlet, day, title, body in REPORTS:
        text = f"{title}\n{body}"
        doc = Document(id=doc_id, text=text, title=title, outlet=outlet, published=day,
                       warnings=("no publication date found",) if warn and day is None else ())
        docs.append(doc)
        for n, figure in enumerate(w for w in body.split() if w.isdigit()):
            measure = "killed" if n == 0 else "other"
            claims.append(make_claim(doc, f"{doc_id}c{n}", figure, int(figure), measure))
        for n in range(12):  # a source that reads "2 + 12 st." in the Claims column
            statements.append(Statement(
                id=f"{doc_id}s{n}", document_id=doc_id, start=0, end=len(title),
                content=title, kind="reported", speaker="the harbour police",
                speaker_kind="organisation"))
    return Result(documents=tuple(docs), claims=tuple(claims), statements=tuple(statements))


def window_on(qtbot: Any, qsettings: QSettings, project: Project) -> Any:
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.request_regroup()
    settle(qtbot)
    return win


@pytest.fixture
def real(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> Iterator[Any]:
    project = Project.create(tmp_path / "ferry.claimdesk")
    project.add_result(ferry())
    win = window_on(qtbot, qsettings, project)
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def shown_columns(view: Any) -> dict[str, int]:
    header = view.horizontalHeader()
    return {str(view.model().headerData(c, Qt.Orientation.Horizontal)): header.sectionSize(c)
            for c in range(header.count()) if not header.isSectionHidden(c)}


def test_at_1280_the_sources_counts_are_in_view(qtbot: Any, real: Any) -> None:
    # At 1280 wide the Claims, Conflicts and Warnings columns were off to the right, behind
    # a sideways scroll bar: every column now fits the panel, the title cut (whole in its
    # tooltip) and the counts under one-sign headers named in their tooltips.
    view, model = real.sources_view, real.sources_model
    widths = shown_columns(view)
    assert list(widths) == ["Title", "Outlet", "Date", "Claims", "≠", "⚠"]
    assert sum(widths.values()) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    assert widths["Title"] >= 80
    assert widths["Outlet"] >= 40
    row = model.row_of("d1")
    assert model.index(row, 3).data() == "2 + 12 st."
    title = model.index(row, 0).data()
    assert view.fontMetrics().horizontalAdvance(title) > widths["Title"]  # cut, as drawn
    assert title in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in (4, 5)]
    assert tips[0].startswith("Conflicts")
    assert tips[1].startswith("Warnings")


def test_the_warnings_column_only_while_a_source_has_one(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    # No source with a warning: its column gives its room to the titles.
    project = Project.create(tmp_path / "quiet.claimdesk")
    project.add_result(ferry(warn=False))
    win = window_on(qtbot, qsettings, project)
    view = win.sources_view
    widths = shown_columns(view)
    assert "⚠" not in widths
    assert sum(widths.values()) <= view.viewport().width()
    # The column's room went to the names: the outlet reads more than beside a warning.
    warned = Project.create(tmp_path / "warned.claimdesk")
    warned.add_result(ferry())
    beside = shown_columns(window_on(qtbot, qsettings, warned).sources_view)
    assert "⚠" in beside
    assert widths["Outlet"] + widths["Title"] > beside["Outlet"] + beside["Title"]


def test_find_finds_an_outlets_claims(qtbot: Any, real: Any) -> None:
    # The placeholder promised it, Find did not search outlets: "courier" found nothing
    # though the Ormund Daily Courier gave three claims. A headline's word finds its
    # report's claims too; a word in no outlet, headline or sentence finds none.
    def found(text: str) -> set[str]:
        real.filter_text.setText(text)
        real.apply_filter()
        return {real.ws.claims[c].document_id if c in real.ws.claims
                else real.ws.statements[c].document_id for c in real.model.visible_ids()}

    assert found("courier") == {"d2"}
    assert found("EASTLAND") == {"d3"}
    assert found("jetty") == {"d1"}  # in d1's headline, not in its figures' sentences
    assert found("Marrowby") == set()
    real.set_source_meta("d3", "Gallen Ledger", "Ferry owner held after the Ormund sinking")
    qtbot.waitUntil(lambda: real.ws.documents["d3"].outlet == "Gallen Ledger",
                    timeout=WAIT_MS)
    assert found("ledger") == {"d3"}
    assert found("eastland") == set()


def test_a_shown_window_takes_the_keyboard_when_nothing_has_it(qtbot: Any, real: Any) -> None:
    # Without a window manager the window opened without the keyboard: Ctrl+F did nothing
    # until the checker clicked it. Shown with nothing active, it activates itself.
    from PySide6.QtWidgets import QWidget

    other = QWidget()  # had the keyboard, and is gone: nothing of ours has it
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=WAIT_MS)
    other.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None, timeout=WAIT_MS)
    QApplication.sendEvent(real, QShowEvent())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is real, timeout=WAIT_MS)


def test_a_shown_window_leaves_another_active_window_alone(qtbot: Any, real: Any) -> None:
    from PySide6.QtWidgets import QWidget

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=WAIT_MS)
    QApplication.sendEvent(real, QShowEvent())
    settle(qtbot)
    assert QApplication.activeWindow() is other


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Down])
def test_enter_or_down_in_find_goes_to_the_claims_found(qtbot: Any, real: Any,
                                                        key: Qt.Key) -> None:
    # Find "courier", then 2 to verify: the key went into the box ("courier2"), as the
    # grid was seven Tabs away. Enter or Down takes the checker to the claims found, the
    # first one current, and 2 verifies it.
    real.activateWindow()
    real.focus_find()
    qtbot.keyClicks(real.filter_text, "courier")
    qtbot.keyClick(real.filter_text, key)
    assert real.grid.hasFocus()
    first = real.current_item_id()
    assert first.startswith("d2")
    qtbot.keyClick(real.grid, Qt.Key.Key_2)
    assert real.filter_text.text() == "courier"
    assert real.ws.review(first).status == "verified"


def test_a_key_other_than_enter_or_down_stays_in_find(qtbot: Any, real: Any) -> None:
    real.activateWindow()
    real.focus_find()
    qtbot.keyClicks(real.filter_text, "ferry")
    qtbot.keyClick(real.filter_text, Qt.Key.Key_Up)
    qtbot.keyClick(real.filter_text, Qt.Key.Key_2)
    assert real.filter_text.hasFocus()
    assert real.filter_text.text() == "ferry2"


def test_n_writes_a_note_and_escape_goes_back_to_the_grid(qtbot: Any, real: Any) -> None:
    # The note was five Tabs from the grid and five back: N goes to it, Escape saves it and
    # goes back to the claim's row, where J moves on.
    real.activateWindow()
    real.select_item("d1c0")
    real.grid.setFocus()
    qtbot.keyClick(real.grid, Qt.Key.Key_N)
    note = real.review.note
    assert note.hasFocus()
    qtbot.keyClicks(note, "Harbour police toll; ask the hospital")  # "n" types, no jump
    assert note.hasFocus()
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert real.grid.hasFocus()
    assert real.ws.review("d1c0").note == "Harbour police toll; ask the hospital"
    qtbot.keyClick(real.grid, Qt.Key.Key_J)
    assert real.current_item_id() != "d1c0"


def test_n_without_a_claim_stays_put(qtbot: Any, tmp_path: Path,
                                     qsettings: QSettings) -> None:
    project = Project.create(tmp_path / "empty.claimdesk")
    win = window_on(qtbot, qsettings, project)
    win.activateWindow()
    win.grid.setFocus()
    qtbot.keyClick(win.grid, Qt.Key.Key_N)
    assert win.grid.hasFocus()


def test_tab_from_the_conflicts_reaches_the_note(qtbot: Any, real: Any) -> None:
    # Tab stopped on the Review panel's scroll area, where nothing showed the focus.
    real.activateWindow()
    real.select_item("d1c0")
    conflicts = real.events.conflicts_view
    conflicts.setFocus()
    qtbot.keyClick(conflicts, Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert not isinstance(focus, QScrollArea)
    assert focus is real.review.note


def menu_opened_by(qtbot: Any, widget: Any, key: Qt.Key,
                   modifier: Qt.KeyboardModifier) -> list[str]:
    """The entries of the context menu ``key`` opens on ``widget`` (closed at once)."""
    seen: list[str] = []
    done = [False]

    def close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.extend(a.text() for a in popup.actions() if a.text())
            popup.close()
        elif not done[0]:
            # a loaded machine may show the menu later than the first look: look again
            QTimer.singleShot(100, close)

    QTimer.singleShot(200, close)
    qtbot.keyClick(widget, key, modifier)
    settle(qtbot)
    done[0] = True
    return seen


def test_shift_f10_opens_a_rows_menu_as_the_menu_key_does(qtbot: Any, real: Any) -> None:
    # Laptops have no Menu key, and X11 gives Shift+F10 no meaning: Move to event, Split
    # off and the events' Merge were out of the keyboard's reach.
    real.activateWindow()
    real.select_item("d1c0")
    real.grid.setFocus()
    shift = Qt.KeyboardModifier.ShiftModifier
    assert "Move to event" in menu_opened_by(qtbot, real.grid, Qt.Key.Key_F10, shift)
    tree = real.events.events_view
    tree.setFocus()
    tree.selectAll()
    assert "Merge events" in menu_opened_by(qtbot, tree, Qt.Key.Key_F10, shift)


def test_f10_alone_opens_no_menu(qtbot: Any, real: Any) -> None:
    real.activateWindow()
    real.select_item("d1c0")
    real.grid.setFocus()
    none = Qt.KeyboardModifier.NoModifier
    assert menu_opened_by(qtbot, real.grid, Qt.Key.Key_F10, none) == []

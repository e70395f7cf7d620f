"""Defects found in the eighth walk (gui16), driving the real window under Xvfb without a
window manager: the keys after a dialog, the events' labels at 1280 × 720, an outlet's two
reports in the Source filter. Each test is one thing the checker saw, on the real project
store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from core.model import Document, Event, Result
from core.project.store import Project
from gui.main_window import MainWindow
from gui.state import Workspace

from .fakes import fake_documents, fake_run, make_claim, story
from .test_edits import open_real
from .window_steps import WAIT_MS, settle


@pytest.fixture
def real(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> Iterator[Any]:
    """A window on a project file with the real grouping."""
    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = open_real(qtbot, qsettings, project)
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def accept_file_dialog() -> None:
    """Accept the name the file dialog proposes once it is up, as the checker does (Enter)."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.accept()
    QTimer.singleShot(50, answer)


def test_ctrl_q_quits_after_the_export_dialog_closed(qtbot: Any, real: Any,
                                                     tmp_path: Path) -> None:
    # Without a window manager nothing gave the window the focus back when the export
    # dialog closed: no window was active, so Ctrl+Q did nothing (typed keys still went in).
    win = real
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT_MS)
    accept_file_dialog()  # the project's name beside it
    with qtbot.waitSignal(win.export_done, timeout=WAIT_MS) as done:
        win.prompts.export_dialog("xlsx")
    assert done.args == [str(tmp_path / "case.xlsx"), ""]
    settle(qtbot)
    assert win.isActiveWindow()
    qtbot.keyClick(win.grid, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=WAIT_MS)


def test_a_dialog_closing_leaves_another_active_window_alone(qtbot: Any, real: Any) -> None:
    # The window takes the keys back only when nothing of ours has them: a second window
    # the checker moved to keeps them.
    from PySide6.QtWidgets import QDialog, QWidget

    win = real
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    dialog = QDialog(win)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=WAIT_MS)
    dialog.hide()
    settle(qtbot)
    assert QApplication.activeWindow() is other


def three_tallies() -> Result:
    """One town's attacks counted over three periods by three reports: events whose labels
    differ only at their end."""
    docs, claims, events = [], [], []
    for n, (count, end) in enumerate(((41, "2031-03-20"), (19, "2031-02-28"),
                                      (11, "2031-03-18")), start=1):
        text = f"Militants carried out {count} attacks in Korvath this year.\n"
        doc = Document(id=f"d{n}", text=text, published=dt.date(2031, 3, 21),
                       outlet=f"Outlet {n}")
        docs.append(doc)
        claims.append(make_claim(doc, f"c{n}", str(count), count, "attacks"))
        events.append(Event(id=f"e{n}", claim_ids=(f"c{n}",),
                            label=f"Korvath · attack (period total) · 2031-01-01 – {end}"))
    return Result(documents=tuple(docs), claims=tuple(claims), events=tuple(events))


def drawn_label(view: Any, row: int) -> str:
    """The event's label as the tree draws it in its column."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # the view's own elision, as when it paints
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    room = view.header().sectionSize(0) - view.indentation() - 8  # the arrow, the margins
    return str(view.fontMetrics().elidedText(option.text, option.textElideMode, room))


def test_at_1280_events_alike_but_for_their_period_read_apart(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    # Cut on the right, three events read "Korvath · att…": the label is cut in the middle,
    # and the current event's whole label is written under the tree (keyboard or grid).
    project = Project.create(tmp_path / "tallies.claimdesk")
    project.add_result(three_tallies())
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    view, caption = win.events.events_view, win.events.caption
    qtbot.waitUntil(lambda: "attacks" in win.events.events_model.item(0, 2).text(),
                    timeout=WAIT_MS)
    settle(qtbot)
    drawn = [drawn_label(view, row) for row in range(3)]
    assert all("…" in text for text in drawn)  # the column is narrow, as at 1280 wide
    assert len(set(drawn)) == 3, drawn
    assert all(text.startswith("Korvath") for text in drawn), drawn
    assert not caption.isVisible()  # no event chosen yet: the rows keep the room
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    label = str(view.currentIndex().siblingAtColumn(0).data())
    assert caption.isVisible()
    assert caption.text() == label
    assert label.endswith(("2031-03-20", "2031-02-28", "2031-03-18"))
    win.select_item("c2")  # the grid's claim: the tree follows quietly, the caption too
    settle(qtbot)
    assert caption.text() == "Korvath · attack (period total) · 2031-01-01 – 2031-02-28"


def follow_ups() -> Result:
    """A paper's first report and two follow-ups (two on one day), and another outlet."""
    reports = (("d1", "Northgate Times", dt.date(2031, 4, 9), "Ferry sinks off Calder"),
               ("d2", "Harbour Post", dt.date(2031, 4, 9), "Ferry lost near Calder"),
               ("d3", "Northgate Times", dt.date(2031, 4, 10), "Ferry toll rises to 12"),
               ("d4", "Northgate Times", dt.date(2031, 4, 10), "Divers reach the wreck"))
    docs, claims = [], []
    for n, (doc_id, outlet, day, title) in enumerate(reports, start=1):
        doc = Document(id=doc_id, text=f"{title}\\nAt least {n + 8} people drowned.\\n",
                       title=title, outlet=outlet, published=day)
        docs.append(doc)
        claims.append(make_claim(doc, f"c{n}", str(n + 8), n + 8, "killed"))
    return Result(documents=tuple(docs), claims=tuple(claims))


def test_the_source_filter_tells_an_outlets_reports_apart(
    qtbot: Any, tmp_path: Path, qsettings: QSettings
) -> None:
    # A paper's first report and its follow-up were both "The … Herald" in the Source filter:
    # the date (and, on one day, the headline) tells them apart; a lone outlet stays bare.
    project = Project.create(tmp_path / "ferry.claimdesk")
    project.add_result(follow_ups())
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents)
    qtbot.addWidget(win)
    combo = win.filter_bar.source
    shown = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert shown == {"d1": "Northgate Times · 2031-04-09",
                     "d2": "Harbour Post",
                     "d3": "Northgate Times · 2031-04-10 · Ferry toll rises to 12",
                     "d4": "Northgate Times · 2031-04-10 · Divers reach the wreck"}
    combo.setCurrentIndex(combo.findData("d3"))
    assert win.current_filter().document_id == "d3"
    assert [win.ws.claims[c].document_id for c in win.model.visible_ids()] == ["d3"]

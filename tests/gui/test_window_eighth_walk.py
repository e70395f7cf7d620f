"""Defects found in the eighth walk (gui16), driving the real window under Xvfb without a
window manager: the keys after a dialog, the events' labels at 1280 × 720. Each test is one
thing the checker saw, on the real project store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from core.project.store import Project

from .fakes import story
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

"""Steps several window tests take, written once."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

WAIT_MS = 20000  # a regroup on a busy machine


def settle(qtbot: Any) -> None:
    """Let the posted events (resizes, deferred layouts) run."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def undo_and_redo_a_move(qtbot: Any, win: Any, moved: str, anchor: str) -> None:
    """Undo puts ``moved`` back out of ``anchor``'s event; redo moves it in again."""
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.undo()
    assert win.ws.event_of[moved] != win.ws.event_of[anchor]
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.redo()
    assert win.ws.event_of[moved] == win.ws.event_of[anchor]

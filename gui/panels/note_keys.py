"""The note by keyboard: N (from the grid, the verdict buttons or a source pane) goes to the
Review panel's note, and Escape goes back to where the checker came from, the note saved.
Without them a checker who never touches the mouse tabbed five times to the note and five
times back to the grid, past the sources, the events and the conflicts."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget


class NoteKeys(QObject):
    """Remembers the widget the focus came from when it enters ``note`` (by N, Tab or a
    click) and takes it back there on Escape, after ``commit`` has saved the note."""

    def __init__(self, note: QPlainTextEdit, commit: Callable[[], None]) -> None:
        super().__init__(note)
        self.note = note
        self.commit = commit
        self.came_from: QWidget | None = None
        note.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is self.note and old is not None and old is not self.note:
            self.came_from = old

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is not self.note or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # Escape is the note's here, not Cancel extraction's
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.leave()
            return True
        return False

    def leave(self) -> None:
        """Save the note and go back where the checker was (nowhere known: stay)."""
        self.commit()
        back = self.came_from
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)

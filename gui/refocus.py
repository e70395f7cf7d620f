"""The window takes the keyboard back when one of its dialogs closes. A window manager
normally does it; without one (a bare X session, a kiosk, Xvfb) the focus went nowhere when
the export dialog closed: no window of the program was active, so its shortcuts (Ctrl+Q)
did nothing while the typed keys still reached the find box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class DialogRefocus(QObject):
    """Watches every dialog of the application (the file dialogs, message boxes and our own)
    and, once one is hidden, activates ``window`` if nothing else of ours is active: with a
    window manager it already is, and this does nothing."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() == QEvent.Type.Hide and isinstance(watched, QDialog)
                and watched.isWindow()):
            QTimer.singleShot(0, self, self.refocus)  # after the dialog has let go
        return False

    def refocus(self) -> None:
        if (QApplication.activeWindow() is None and QApplication.activeModalWidget() is None
                and self.window.isVisible()):
            self.window.activateWindow()

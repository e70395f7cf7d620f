"""The window takes the keyboard back when one of its dialogs closes. A window manager
normally does it; without one (a bare X session, a kiosk, Xvfb) the focus went nowhere when
the export dialog closed: no window of the program was active, so its shortcuts (Ctrl+Q)
did nothing while the typed keys still reached the find box. The same holds for the window
itself when it first shows: no window manager gives it the keyboard, so the checker had to
click it before any key worked. And Shift+F10 opens the focused widget's context menu, as the
Menu key does: Qt turns only the Menu key into a keyboard context menu on X11, and many laptops
have none, so a checker who never touches the mouse could not reach a grid row's Move to event,
Split off or verdict menu, nor the events tree's Merge."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget


class _WindowFilter(QObject):
    """Filters the events of every object of the application on behalf of ``window``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)


class DialogRefocus(_WindowFilter):
    """Watches every dialog of the application (the file dialogs, message boxes and our own)
    and, once one is hidden or ``window`` itself is shown, activates ``window`` if nothing
    else of ours is active: with a window manager it already is, and this does nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if ((kind == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow())
                or (kind == QEvent.Type.Show and watched is self.window)):
            QTimer.singleShot(0, self, self.refocus)  # after the dialog has let go
        return False

    def refocus(self) -> None:
        if (QApplication.activeWindow() is None and QApplication.activeModalWidget() is None
                and self.window.isVisible()):
            self.window.activateWindow()


def is_menu_chord(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier


class MenuKey(_WindowFilter):
    """Watches the keys of ``window``'s widgets and answers Shift+F10 with the context menu
    event the Menu key gives: at the focused widget's cursor (a view's current row)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent)
                or not is_menu_chord(event)):
            return False
        focus = QApplication.focusWidget()
        if focus is None or watched is not focus or focus.window() is not self.window:
            return False
        cursor = focus.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        if isinstance(cursor, QRectF):
            cursor = cursor.toRect()
        pos = (cursor if isinstance(cursor, QRect) and cursor.isValid() else focus.rect()).center()
        menu = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, focus.mapToGlobal(pos),
                                 event.modifiers())
        QApplication.sendEvent(focus, menu)
        return True

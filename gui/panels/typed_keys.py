"""A key typed where it types stays there. The window's one-key commands (the verdict keys
1-5, J and K) act on the claims selected in the grid; typed in the Sources table or the
events tree, where a key jumps to the row it starts, "r3" set the grid's claim to disputed
without the checker seeing it; in the Review panel's Fields table "3", meant to start a
correction, disputed the claim; in a filter list "4" marked it false. A widget given
``keep_typed_keys`` keeps its printable keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

# Shift and the keypad still type a character; Ctrl, Alt or Meta make a command of it.
_TYPING = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def is_typed(event: QKeyEvent) -> bool:
    """A key that types a visible character (not Space, Tab, Escape or a chord)."""
    text = event.text()
    chord = event.modifiers() & ~_TYPING
    return (len(text) == 1 and text.isprintable() and not text.isspace()
            and chord == Qt.KeyboardModifier.NoModifier)


class _KeepTypedKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and is_typed(event):
            event.accept()  # the key goes to the widget (a search, an edit), not a shortcut
            return True
        return super().eventFilter(watched, event)


def keep_typed_keys(widget: QWidget) -> None:
    """Keys typed in ``widget`` go to it instead of the window's one-key commands."""
    widget.installEventFilter(_KeepTypedKeys(widget))

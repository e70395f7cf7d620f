"""The editor a table opens on a cell (Ctrl+E, F2, typing): framed, so the checker sees where
the typing goes. Qt's item delegates open a frameless line edit that looks like the bare cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

# The frame in the palette's highlight colour; the padding keeps the text where the cell had it.
EDITOR_STYLE = (
    "QLineEdit { border: 2px solid palette(highlight); border-radius: 2px; padding: 0 2px;"
    " background: palette(base); }"
)


class FramedEditorDelegate(QStyledItemDelegate):
    """Opens the usual editor with a visible frame."""

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setFrame(True)
            editor.setStyleSheet(EDITOR_STYLE)
        return editor

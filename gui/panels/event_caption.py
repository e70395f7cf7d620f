"""The whole label of the current event, under the events tree: the tree's column has
about 120 pixels at 1280 wide, where "Valdoria · attack (period total) · 2031-01-01 –
2031-03-20" cannot be whole. The caption wraps it, can be selected and copied, and follows
the keyboard as well as the mouse (a tooltip follows only the mouse)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gui.panels.events_tree import EventsTree


class EventCaption(QLabel):
    """Hidden while no event is current (the rows keep the room)."""

    def __init__(self, tree: EventsTree) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        tree.shown.connect(self.show_label)

    def show_label(self, label: str) -> None:
        self.setText(label)
        self.setVisible(bool(label))

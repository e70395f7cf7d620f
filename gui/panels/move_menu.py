"""The "Move to event" submenu of the grid and of the events panel. On a project of hundreds
of events it listed every one: a menu of columns wider than the screen, the target nowhere
to be found. It now lists the events nearest the claims (one of their reports, then their
place), and "Other event…" opens a chooser that filters every event by what is typed."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from core.model import Event
from gui.state import Workspace

MOVE_MENU_MAX = 12  # events listed in the submenu; the chooser holds them all
CHOOSER_SIZE = (560, 420)
LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

MoveFn = Callable[[Sequence[str], str], None]  # (claim ids, event id)


def _place(label: str) -> str:
    return label.split(" · ", 1)[0]


def move_targets(ws: Workspace, claim_ids: Sequence[str]) -> tuple[list[Event], bool]:
    """The events the menu offers, nearest first (sharing a report with the claims, then
    their place), and whether more events exist than it shows."""
    current = {ws.event_of.get(c) for c in claim_ids}
    others = [e for e in ws.events.values() if e.id not in current]
    if len(others) <= MOVE_MENU_MAX:
        return sorted(others, key=lambda e: e.label), False
    claims = [ws.claims[c] for c in claim_ids if c in ws.claims]
    documents = {c.document_id for c in claims}
    places = {_place(ws.events[e].label) for e in current if e in ws.events}
    places |= {c.location for c in claims if c.location}

    def rank(event: Event) -> tuple[bool, bool, str]:
        shares = any(ws.claims[c].document_id in documents
                     for c in event.claim_ids if c in ws.claims)
        return not shares, _place(event.label) not in places, event.label

    return sorted(others, key=rank)[:MOVE_MENU_MAX], True


def fill_move_menu(menu: QMenu, ws: Workspace, claim_ids: Sequence[str],
                   move: MoveFn) -> None:
    """Entries moving ``claim_ids`` to the nearest events, and "Other event…"."""
    claims = tuple(claim_ids)
    targets, more = move_targets(ws, claims)
    for event in targets:
        act = menu.addAction(event.label, functools.partial(move, claims, event.id))
        act.setToolTip(f"{len(event.claim_ids)} claim(s)")
    if more:
        menu.addSeparator()
        menu.addAction("Other event…", functools.partial(_choose, menu, ws, claims, move))
    menu.setToolTipsVisible(True)
    menu.setEnabled(not menu.isEmpty())


def _choose(parent: QWidget, ws: Workspace, claims: tuple[str, ...], move: MoveFn) -> None:
    chooser = EventChooser(ws, claims, parent.parentWidget() or parent)
    if chooser.exec() == QDialog.DialogCode.Accepted and chooser.event_id():
        move(claims, chooser.event_id())


class EventChooser(QDialog):
    """Every event but the claims' own, filtered by the words typed (each must appear)."""

    def __init__(self, ws: Workspace, claim_ids: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Move {len(claim_ids)} claim(s) to event")
        self.resize(*CHOOSER_SIZE)
        current = {ws.event_of.get(c) for c in claim_ids}
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type a place, kind or date to filter the events")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        for event in sorted(ws.events.values(), key=lambda e: e.label):
            if event.id in current:
                continue
            item = QListWidgetItem(f"{event.label}  ({len(event.claim_ids)} claim(s))")
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Move")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.installEventFilter(self)  # the arrow keys move in the list while typing
        self.filter.returnPressed.connect(self.accept)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in LIST_KEYS):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        first = -1
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = row
        current = self.list.currentItem()
        if first >= 0 and (current is None or current.isHidden()):
            self.list.setCurrentRow(first)

    def event_id(self) -> str:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return ""
        return str(item.data(Qt.ItemDataRole.UserRole))

"""The events tree with drag and drop: claims dragged onto another event (its row or one of
its claims) are moved there, as the context menu's Move to event does; and the row that
shows a claim, selected without telling the window (the tree follows the grid)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from gui.panels.typed_keys import keep_typed_keys

CLAIMS_MIME = "application/x-claimdesk-claims"  # the dragged claim ids, one a line
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
# "event" | "claim" | "conflict" | "statement_conflict" (None on a section heading)
KIND_ROLE = int(Qt.ItemDataRole.UserRole) + 2
# An event row's first claim: a re-grouping renumbers events, not claims (keeping one's place)
ANCHOR_ROLE = int(Qt.ItemDataRole.UserRole) + 3


class MiddleElided(QStyledItemDelegate):
    """The label column cut in the middle. At 1280 wide it has about 100 pixels: an event
    keeps its place and the end of its period ("Valdoria…2031-03-20"), which tell events
    apart where "Valdoria · att…" named three alike; a claim keeps its figure ("Northgate
    Ti…at least 16"), where "Northgate Times…" named none."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class EventsTree(QTreeView):
    """``dragged()`` gives the claim ids a drag carries (none: no drag), ``target(index)`` the
    event a drop on that row would move them to ("" where none may), and ``move(ids,
    event_id)`` makes the move (one decision the checker can undo). ``shown`` gives the whole
    label of the event the current row belongs to ("" with none), also when the row was
    selected quietly."""

    shown = Signal(str)

    def __init__(self, dragged: Callable[[], Sequence[str]],
                 target: Callable[[QModelIndex, Sequence[str]], str],
                 move: Callable[[Sequence[str], str], None]) -> None:
        super().__init__()
        self._dragged, self._target, self._move = dragged, target, move
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        keep_typed_keys(self)  # a typed key finds an event, never sets a claim's verdict
        self.setItemDelegateForColumn(0, MiddleElided(self))

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,  # noqa: N802
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        self.shown.emit(self.event_label(self.currentIndex()))  # that is ``current``

    @staticmethod
    def event_label(index: QModelIndex) -> str:
        """The label of the event ``index`` shows or holds ("" on a heading or nothing)."""
        first = index.siblingAtColumn(0)
        if first.data(KIND_ROLE) == "claim":
            first = first.parent()
        return str(first.data()) if first.data(KIND_ROLE) == "event" else ""

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802
        ids = list(self._dragged())
        if not ids:
            return
        mime = QMimeData()
        mime.setData(CLAIMS_MIME, "\n".join(ids).encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)

    @staticmethod
    def claim_ids(mime: QMimeData | None) -> list[str]:
        if mime is None or not mime.hasFormat(CLAIMS_MIME):
            return []
        return [i for i in bytes(mime.data(CLAIMS_MIME).data()).decode().split("\n") if i]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.claim_ids(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        super().dragMoveEvent(event)  # scrolls near the edges, draws the indicator
        ids = self.claim_ids(event.mimeData())
        if ids and self._target(self.indexAt(event.position().toPoint()), ids):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        ids = self.claim_ids(event.mimeData())
        event_id = self._target(self.indexAt(event.position().toPoint()), ids) if ids else ""
        if not event_id:
            event.ignore()
            return
        event.acceptProposedAction()
        self._move(ids, event_id)

    def stands_for(self, item_id: str, event_id: str) -> bool:
        """Whether the current row already shows the item: its own row, or its event's row
        (chosen here: the checker's selection of events stays)."""
        index = self.currentIndex().siblingAtColumn(0)
        if not index.isValid():
            return False
        shown = index.data(ID_ROLE)
        return bool(shown == (item_id if index.data(KIND_ROLE) == "claim" else event_id))

    def row_of(self, event: QModelIndex, item_id: str) -> QModelIndex:
        """The item's own row under its open event, else the event's row."""
        model = self.model()
        if self.isExpanded(event):
            for r in range(model.rowCount(event)):
                child = model.index(r, 0, event)
                if child.data(ID_ROLE) == item_id:
                    return child
        return event

    def select_quietly(self, target: QModelIndex) -> None:
        """Make ``target`` current and selected, scrolled to, without the selection signals."""
        selection = self.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.shown.emit(self.event_label(target))
        self.viewport().update()
        self.scrollTo(target)

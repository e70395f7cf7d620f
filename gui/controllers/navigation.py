"""Selection and navigation in the claims grid as a QObject, testable without a window:
the one current claim (the verdict keys, the Review panel and the status bar act on it),
jumping to an event's or a conflict's claims, and to the next unreviewed one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QTableView

from core.model import Claim, Statement
from gui.models import ClaimTableModel
from gui.state import Workspace

Item = Claim | Statement
ROWS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class NavigationController(QObject):
    """``reset_filters`` clears every filter (to reach a claim a filter hides)."""

    focused = Signal(str)  # the item the Review panel shows ("" for none)
    compared = Signal(list)  # the items the panes show side by side
    message = Signal(str, int)

    def __init__(self, workspace: Workspace, model: ClaimTableModel, view: QTableView,
                 reset_filters: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.model = model
        self.view = view
        self.reset_filters = reset_filters
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        # A reset (reviews imported, a filter, another project) keeps the current claim: the
        # Review panel still shows it, and the verdict keys must still act on it.
        self._kept = ""
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        # What the panes compare, to show it again after a re-grouping: an event (by the
        # claim its tree row is anchored on, as gui.events keeps its place) or a conflict (by
        # its claims); ("", ()) for items chosen one by one.
        self._scope: tuple[str, tuple[str, ...]] = ("", ())
        workspace.grouping_changed.connect(self._regrouped)

    def item(self, item_id: str) -> Item | None:
        return self.ws.claims.get(item_id) or self.ws.statements.get(item_id)

    def current_item_id(self) -> str:
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        return str(self.model.data(index, ClaimTableModel.IdRole) or "")

    def selected_item_ids(self) -> list[str]:
        rows = sorted({ix.row() for ix in self.view.selectionModel().selectedRows()})
        ids = [self.model.item_at(r).id for r in rows]
        current = self.current_item_id()
        # One current claim: keys act on the selection only when the current row is in it
        # (Ctrl+Home moves the current row and leaves the old selection behind).
        if current and current not in ids:
            return [current]
        return ids

    def _before_reset(self) -> None:
        self._kept = self.current_item_id()

    def _after_reset(self) -> None:
        self.keep_visible(self._kept)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item = self.model.item_at(current.row())
        self._scope = ("", ())
        self.focused.emit(item.id)
        self.compared.emit([item])

    def select_item(self, item_id: str, *, show: bool = True) -> bool:
        """Make the item current in the grid (clearing the filter if it hides the item);
        ``show=False`` selects it quietly, without telling the panels."""
        row = self.model.row_of(item_id)
        if row < 0 and show and self.item(item_id) is not None:
            self.reset_filters()
            row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.view.selectionModel()
        if show:
            selection.setCurrentIndex(index, ROWS)
        else:
            selection.blockSignals(True)
            selection.setCurrentIndex(index, ROWS)
            selection.blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)
        return True

    def keep_visible(self, item_id: str) -> None:
        """After a filter: a claim the filter hides is no longer current, so the Review
        panel, the panes and the verdict keys never act on what the checker cannot see."""
        if item_id and not self.select_item(item_id, show=False):
            self.view.selectionModel().clear()
            self.focused.emit("")
            self.compared.emit([])

    def show_items(self, ids: Sequence[str], explanation: str = "") -> None:
        """Items side by side, the first one current."""
        items = [it for iid in ids if (it := self.item(iid)) is not None]
        if items:
            self.select_item(items[0].id, show=False)
            self.focused.emit(items[0].id)
        self.compared.emit(items)
        if explanation:
            self.message.emit(explanation, 0)

    def show_event(self, event_id: str, *, first: str = "") -> None:
        """An event's claims, those in a conflict first; ``first`` (a claim just moved there)
        current: after a move the event's first claim became current, and the next verdict
        key judged a claim the checker had not chosen."""
        event = self.ws.events.get(event_id)
        if event is not None:
            self._scope = ("event", event.claim_ids[:1])
            ids = list(event.claim_ids)
            conflicted = [i for i in ids if i in self.ws.conflict_kind]
            ordered = conflicted + [i for i in ids if i not in conflicted]
            if first in ordered:
                ordered.remove(first)
                ordered.insert(0, first)
            self.show_items(ordered)

    def show_conflict(self, conflict_id: str) -> None:
        conflict = self.ws.conflicts.get(conflict_id)
        if conflict is not None:
            self.show_items(conflict.claim_ids, conflict.explanation)
            self._scope = ("conflict", conflict.claim_ids)

    def show_statement_conflict(self, conflict_id: str) -> None:
        """The statements of a statement conflict side by side, each at its words."""
        conflict = self.ws.statement_conflicts.get(conflict_id)
        if conflict is not None:
            self.show_items(conflict.statement_ids, conflict.explanation)
            self._scope = ("", ())

    def _regrouped(self) -> None:
        """After a re-grouping (an undone merge, a move) the panes show what the event or
        conflict they compared is now: the event that holds its anchor claim, or, for a
        conflict the new grouping no longer has, the event of its first claim. The current
        claim stays current when it is still in that event."""
        kind, ids = self._scope
        if kind == "conflict":
            if any(set(x.claim_ids) == set(ids) for x in self.ws.conflicts.values()):
                return
            kind = "event"
        event_id = self.ws.event_of.get(ids[0], "") if kind == "event" and ids else ""
        if event_id:
            current = self.current_item_id()
            held = current in self.ws.events[event_id].claim_ids
            self.show_event(event_id, first=current if held else "")

    def goto_unreviewed(self, step: int) -> bool:
        """Move to the next (step 1) or previous (-1) unverified item in grid order."""
        ids = self.model.visible_ids()
        if not ids:
            return False
        current = self.current_item_id()
        start = ids.index(current) if current in ids else (-1 if step > 0 else len(ids))
        n = start + step
        while 0 <= n < len(ids):
            if self.ws.status(ids[n]) == "unverified":
                return self.select_item(ids[n])
            n += step
        self.message.emit("No more unreviewed items in this direction", 3000)
        return False

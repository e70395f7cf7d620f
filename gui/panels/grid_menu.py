"""The claims grid's right-click menu: a verdict for the selected rows, and the events panel's
decisions (Move to event, Split off, Belongs to no event) for the selected claims. The grid is
where a checker reviews; right-clicking a claim there offered nothing, and moving it meant
finding it again in the events tree."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from core.model import STATUSES
from gui.events import EventsPanel
from gui.models import ClaimTableModel
from gui.panels.grid import ClaimsGrid
from gui.panels.move_menu import fill_move_menu

VerdictFn = Callable[[str, Sequence[str]], None]


class GridMenu(QObject):
    def __init__(self, grid: ClaimsGrid, events: EventsPanel, set_verdict: VerdictFn) -> None:
        super().__init__(grid)
        self.grid = grid
        self.events = events
        self.set_verdict = set_verdict
        grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        grid.customContextMenuRequested.connect(self._show)

    def selected(self) -> list[str]:
        """The ids of the selected rows, top to bottom."""
        rows = sorted(self.grid.selectionModel().selectedRows(0), key=lambda ix: ix.row())
        return [str(ix.data(ClaimTableModel.IdRole)) for ix in rows]

    def menu(self) -> QMenu | None:
        """The menu for the selected rows (None where nothing could be saved)."""
        ids = self.selected()
        if not ids or not self.events.editable:
            return None
        menu = QMenu(self.grid)
        verdicts = menu.addMenu("Verdict")
        for n, status in enumerate(STATUSES, start=1):
            verdicts.addAction(f"{n}  {status.capitalize()}",
                               functools.partial(self.set_verdict, status, ids))
        ws = self.events.ws
        claims = tuple(i for i in ids if i in ws.claims)
        if claims:
            menu.addSeparator()
            fill_move_menu(menu.addMenu("Move to event"), ws, claims, self.events.move_claims)
            menu.addAction("Split off (a different event)", functools.partial(
                self._decide, "split", claims, f"Split off {len(claims)} claim(s)"))
            menu.addAction("Belongs to no event", functools.partial(
                self._decide, "none", claims,
                f"Take {len(claims)} claim(s) out of their event"))
        return menu

    def _decide(self, kind: str, claims: tuple[str, ...], label: str) -> None:
        self.events.decision_requested.emit(((kind, claims),), label)

    def _show(self, pos: QPoint) -> None:
        menu = self.menu()
        if menu is not None:
            menu.exec(self.grid.viewport().mapToGlobal(pos))

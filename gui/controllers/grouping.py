"""Grouping the project into events, off the GUI thread: one worker at a time, a request made
while one runs is run again after it (with the newest data), and a result that a newer
request has overtaken is dropped. Testable without a window."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from core.model import Claim, Conflict, Document, Event, Result, Statement, StatementConflict
from gui.state import Workspace
from gui.workers import CallWorker

# (claims, documents, decisions) → (events, conflicts)
GroupFn = Callable[[Sequence[Claim], Sequence[Document], Sequence[Any]],
                   tuple[tuple[Event, ...], tuple[Conflict, ...]] | None]
# (statements, claims, events, documents) → (events with statements, statement conflicts)
LinkFn = Callable[[Sequence[Statement], Sequence[Claim], Sequence[Event], Sequence[Document]],
                  tuple[tuple[Event, ...], tuple[StatementConflict, ...]]]
Grouped = tuple[tuple[Event, ...], tuple[Conflict, ...], tuple[StatementConflict, ...]]


class GroupingController(QObject):
    started = Signal()  # a grouping began on a worker
    finished = Signal()  # a grouping ended (stored in the workspace, or dropped)
    failed = Signal(str)

    def __init__(self, ws: Workspace, group: GroupFn, link: LinkFn, pool: QThreadPool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.group = group
        self.link = link
        self.pool = pool
        self.worker: CallWorker | None = None
        self.closed = False  # after close, a late result never reaches the (closed) store
        self._generation = 0
        self._again = False

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def request(self, *, fallback: Result | None = None, statements_only: bool = False) -> bool:
        """Re-group the whole project on a worker, then link its statements to the events and
        find where sources disagree about them; True if a grouping is under way. With
        ``statements_only`` the events stay as they are (a project opened with its grouping)."""
        if self.worker is not None:
            self._again = True
            return True
        ws = self.ws
        claims = ws.effective_claims()
        documents = list(ws.documents.values())
        decisions = ws.decisions()
        statements = list(ws.statements.values())
        group, link = self.group, self.link
        kept = (tuple(ws.events.values()), tuple(ws.conflicts.values()))

        def work() -> Grouped | None:
            grouped = kept if statements_only else group(claims, documents, decisions)
            if grouped is None:
                return None
            events, conflicts = grouped
            linked, statement_conflicts = link(statements, claims, events, documents)
            return linked, conflicts, statement_conflicts

        worker = CallWorker(work)
        self._generation += 1
        generation = self._generation
        worker.finished.connect(lambda value: self._done(value, generation, fallback))
        worker.failed.connect(self._failed)
        self.worker = worker
        worker.start(self.pool)
        self.started.emit()
        return True

    def wait(self, timeout: float) -> None:
        if self.worker is not None:
            self.worker.wait(timeout)

    def _done(self, value: Grouped | None, generation: int, fallback: Result | None) -> None:
        self.worker = None
        if self.closed:
            return
        if generation == self._generation:
            if value is not None:
                self.ws.set_grouping(*value)
            elif fallback is not None and fallback.events:
                self.ws.set_grouping(fallback.events, fallback.conflicts,
                                     fallback.statement_conflicts)
        if self._again:
            self._again = False
            self.request()
            return
        self.finished.emit()

    def _failed(self, message: str) -> None:
        self.worker = None
        self.failed.emit(message)

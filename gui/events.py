"""The events and conflicts panel: events with label, range and conservative figure, their
conflicts in plain words, a small timeline for a toll that rose, and the checker's merge,
split and move decisions (sent as intents; the window records them and re-groups)."""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.group.conflicts import summarise
from core.model import Claim, Event, StatementConflict
from core.project.store import effective
from gui.formatting import format_interval, format_number, short, wrap_tip
from gui.models import CONFLICT_COLORS, MEASURE_COLORS
from gui.panels.columns import FirstColumnFit
from gui.panels.event_caption import EventCaption
from gui.panels.events_tree import ANCHOR_ROLE, ID_ROLE, KIND_ROLE, EventsTree
from gui.panels.move_menu import fill_move_menu
from gui.panels.timeline import Timeline, timeline_points
from gui.panels.typed_keys import keep_typed_keys
from gui.state import STATEMENT_SEVERITY, Workspace
from gui.theme import readable
from gui.workers import CallWorker

DISAGREEMENTS = ("contradiction", "divergent")
LABEL_MIN = 145  # pixels: an event's label stays readable beside its figures
RANGE_MAX = 240  # pixels: "other 72,000–88,000"; narrower, it ends in "…"


@dataclass(frozen=True, slots=True)
class Summary:
    measure: str
    conservative: float | None
    low: float | None
    high: float | None


def summaries(event: Event, claims: Sequence[Claim]) -> list[Summary]:
    """The event's figures per measure, from ``core.group.conflicts.summarise``."""
    return [Summary(s.measure, s.conservative, s.low, s.high) for s in summarise(event, claims)]


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def count_text(ws: Workspace, stated: Sequence[StatementConflict]) -> str:
    """"10 events · 3 conflicts · 4 updates · statements: 3 updates": the list below has a
    row for each update too, figures' and statements' alike, so the count names them ("0 on
    statements" over three statement rows read as a miscount)."""
    conflicts = sum(1 for x in ws.conflicts.values() if x.kind in DISAGREEMENTS)
    updates = sum(1 for x in ws.conflicts.values() if x.kind == "update")
    on_statements = sum(1 for y in stated if STATEMENT_SEVERITY.get(y.kind) in DISAGREEMENTS)
    statement_updates = len(stated) - on_statements
    text = (_counted(len(ws.events), "event") + " · " + _counted(conflicts, "conflict")
            + (" · " + _counted(updates, "update") if updates else ""))
    if stated:
        parts = [_counted(n, noun) for n, noun in ((on_statements, "conflict"),
                                                   (statement_updates, "update")) if n]
        text += " · statements: " + ", ".join(parts)
    return text


class EventsPanel(QWidget):
    """Events (with their claims) above, conflicts below (figures, then statements), a
    timeline for updates."""

    event_selected = Signal(str)
    summaries_ready = Signal()
    claim_selected = Signal(str)
    conflict_selected = Signal(str)
    statement_conflict_selected = Signal(str)
    # ((kind, claim ids), ...) as core.group.pair_scores.Decision takes them, and a description
    decision_requested = Signal(object, str)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.events_model = QStandardItemModel(0, 4, self)
        # "At least": the conservative figure, said in the checker's words and narrow enough
        # that the range beside it stays readable at 1280 wide.
        # "#" (the claims it holds): "Claims" took 30 of the label's 120 pixels at 1280 wide.
        self.events_model.setHorizontalHeaderLabels(["Event", "#", "Range", "At least"])
        self.events_model.horizontalHeaderItem(1).setToolTip("Claims in the event")
        self.events_model.horizontalHeaderItem(3).setToolTip(
            "The conservative figure: every report of the event supports at least this many")
        self.events_view = EventsTree(lambda: self._selected()[1] if self.editable else [],
                                      self._drop_target, self.move_claims)
        self.events_view.setModel(self.events_model)
        self.events_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.events_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_view.setUniformRowHeights(True)
        self.events_view.setAlternatingRowColors(True)
        header = self.events_view.header()
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # The range gives way in a narrow panel: the conservative figure stays whole.
        self._columns = FirstColumnFit(self.events_view, header, LABEL_MIN, capped=2,
                                       cap=RANGE_MAX, yields=True)
        self.events_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.events_view.customContextMenuRequested.connect(self._context_menu)
        self.events_view.selectionModel().selectionChanged.connect(self._events_selection)
        self.events_view.expanded.connect(self._fill_claims)
        self.caption = EventCaption(self.events_view)  # the current event's whole label

        self.conflicts_model = QStandardItemModel(0, 2, self)
        self.conflicts_view = self._build_conflicts_view()
        # After a merge, split or move, the event that now holds the decided claims is
        # selected once the project is re-grouped: the checker sees the result at once.
        self.following = ""
        self.decision_requested.connect(self._follow_decision)

        buttons = self._build_buttons()

        self.timeline = Timeline()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # a narrow panel in a large font
        self._lay_out(buttons)

        self._workers: set[CallWorker] = set()
        self._generation = 0
        self._rows_of_event: dict[str, int] = {}
        ws.reset.connect(self.reload)
        ws.reset.connect(self._update_buttons)  # another project: maybe read-only
        ws.grouping_changed.connect(self.reload)
        ws.review_changed.connect(self._status_changed)
        self.reload()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # another theme: colours made again
            self.reload()

    def _build_conflicts_view(self) -> QTreeView:
        self.conflicts_model.setHorizontalHeaderLabels(["Conflict", "Explanation"])
        view = QTreeView()
        view.setModel(self.conflicts_model)
        view.setRootIsDecorated(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(True)
        view.header().setStretchLastSection(True)
        view.selectionModel().currentChanged.connect(self._conflict_current)
        keep_typed_keys(view)
        return view

    def _lay_out(self, buttons: QHBoxLayout) -> None:
        """The events with their count and buttons above, the conflicts, the timeline below."""
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.events_view, 1)
        top_layout.addWidget(self.caption)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.conflicts_view)
        splitter.addWidget(self.timeline)
        splitter.setSizes([400, 180, 130])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(splitter)

    # -- filling ---------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.ws
        kept = self._place()
        self.events_model.removeRows(0, self.events_model.rowCount())
        self.conflicts_model.removeRows(0, self.conflicts_model.rowCount())
        conflicted = Counter(x.event_id for x in ws.conflicts.values()
                             if x.kind in DISAGREEMENTS)
        conflicted.update(y.event_id for y in ws.statement_conflicts.values()
                          if y.event_id and STATEMENT_SEVERITY.get(y.kind) in DISAGREEMENTS)
        # Events with a conflict first, then the ones most reports speak of.
        self._rows_of_event = {}
        for event in sorted(ws.events.values(),
                            key=lambda e: (-conflicted[e.id], -len(e.claim_ids), e.label)):
            row = self._event_row(event, conflicted[event.id])
            self._rows_of_event[event.id] = self.events_model.rowCount()
            self.events_model.appendRow(row)
        order = {"contradiction": 0, "divergent": 1, "update": 2, "consistent": 3}
        stated = sorted(ws.statement_conflicts.values(),
                        key=lambda y: (order[STATEMENT_SEVERITY.get(y.kind, "contradiction")],
                                       y.event_id or "", y.id))
        if stated:
            self._heading(f"Figures ({len(ws.conflicts)})")
        for conflict in sorted(ws.conflicts.values(), key=lambda x: (order[x.kind], x.id)):
            kind = QStandardItem(conflict.label)
            kind.setData(conflict.id, ID_ROLE)
            kind.setData("conflict", KIND_ROLE)
            if conflict.kind in CONFLICT_COLORS:
                kind.setForeground(QBrush(readable(CONFLICT_COLORS[conflict.kind])))
            owner = ws.events.get(conflict.event_id)
            text = QStandardItem(conflict.explanation)
            text.setToolTip(wrap_tip(f"{owner.label if owner else conflict.event_id}\n"
                                     f"{conflict.explanation}"))
            self.conflicts_model.appendRow([kind, text])
        if stated:
            self._heading(f"Statements: who claimed or said it ({len(stated)})")
        for y in stated:
            self.conflicts_model.appendRow(self._statement_conflict_row(y))
        self.conflicts_view.resizeColumnToContents(0)
        self.count_label.setText(count_text(ws, stated))
        self.timeline.set_points("", [])
        self._summarise()
        self._select_followed(kept)

    def _follow_decision(self, decisions: Sequence[tuple[str, Sequence[str]]], _text: str
                         ) -> None:
        kind, ids = decisions[-1]
        self.following = ids[0] if ids and kind != "none" else ""

    def _place(self) -> tuple[str, bool]:
        """The claim the current row stands for, and whether it is that claim's own row."""
        index = self.events_view.currentIndex().siblingAtColumn(0)
        if index.data(KIND_ROLE) == "claim":
            return str(index.data(ID_ROLE)), True
        return str(index.data(ANCHOR_ROLE) or ""), False

    def _select_followed(self, kept: tuple[str, bool]) -> None:
        """After a decision, the event that holds the decided claims (shown); after any other
        re-grouping, the checker's place (quietly: the grid and the panes stay)."""
        event_id = self.ws.event_of.get(self.following, "")
        if event_id and self.select_event(event_id):
            self.following = ""
            return
        claim_id, own_row = kept
        item = self.event_item(self.ws.event_of.get(claim_id, ""))
        if item is None:
            return
        target = item.index()
        for r in range(item.rowCount() if own_row else 0):
            child = item.child(r, 0)
            if child is not None and child.data(ID_ROLE) == claim_id:
                target = child.index()
                self.events_view.expand(item.index())
        self.events_view.select_quietly(target)
        self._update_buttons()
        self.show_timeline(str(item.data(ID_ROLE)))

    def _build_buttons(self) -> QHBoxLayout:
        """Merge, Split off, No event: the checker's decisions on the selection."""
        self.merge_button = QPushButton("Merge")
        self.merge_button.setToolTip("Merge the selected events into one (they are the same)")
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = QPushButton("Split off")
        self.split_button.setToolTip("The selected claims are a different event from the rest")
        self.split_button.clicked.connect(self.split_selected)
        self.none_button = QPushButton("No event")
        self.none_button.setToolTip("The selected claims belong to no event")
        self.none_button.clicked.connect(self.ungroup_selected)
        buttons = QHBoxLayout()
        for b in (self.merge_button, self.split_button, self.none_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        return buttons

    def _event_row(self, event: Event, conflicts: int) -> list[QStandardItem]:
        """An event's row: label (with why it was grouped), claims, range, conservative."""
        ws = self.ws
        count = sum(1 for cid in event.claim_ids if cid in ws.claims)
        label = QStandardItem(event.label)
        label.setData(event.id, ID_ROLE)
        label.setData("event", KIND_ROLE)
        label.setData(event.claim_ids[0] if event.claim_ids else "", ANCHOR_ROLE)
        tip = [event.label]
        if conflicts:
            label.setForeground(QBrush(readable(CONFLICT_COLORS["contradiction"])))
            tip.append(f"{conflicts} conflict(s)")
        said = sum(1 for sid in event.statement_ids if sid in ws.statements)
        if said:
            tip.append(f"{said} statement(s) about it")
        reasons = sorted({r for link in event.links for r in link.reasons})
        if reasons:
            tip.append("Grouped because: " + "; ".join(reasons))
        vetoes = sorted({link.reasons[0] for link in event.vetoes if link.reasons})
        if vetoes:
            tip.append("Not merged with similar claims: " + "; ".join(vetoes))
        label.setToolTip(wrap_tip("\n".join(tip)))
        row = [label, QStandardItem(str(count)), QStandardItem("…"), QStandardItem("")]
        if count:
            # Claim rows are made when the event is first expanded (or selected into).
            label.appendRow([QStandardItem("…")])
        return row

    def _heading(self, text: str) -> None:
        """A section heading across the conflicts list (not selectable)."""
        item = QStandardItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        rest = QStandardItem("")
        rest.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.conflicts_model.appendRow([item, rest])
        self.conflicts_view.setFirstColumnSpanned(self.conflicts_model.rowCount() - 1,
                                                  QModelIndex(), True)

    def _statement_conflict_row(self, conflict: StatementConflict) -> list[QStandardItem]:
        """The kind in words and the explanation; the tooltip quotes both statements."""
        ws = self.ws
        kind = QStandardItem(conflict.kind.replace("_", " "))
        kind.setData(conflict.id, ID_ROLE)
        kind.setData("statement_conflict", KIND_ROLE)
        color = CONFLICT_COLORS.get(STATEMENT_SEVERITY.get(conflict.kind, "contradiction"))
        if color is not None:
            kind.setForeground(QBrush(readable(color)))
        owner = ws.events.get(conflict.event_id or "")
        quoted = []
        for sid in conflict.statement_ids:
            st = ws.statements.get(sid)
            doc = ws.documents.get(st.document_id) if st else None
            if st is not None:
                source = (doc.outlet or doc.title or doc.name) if doc else st.document_id
                quoted.append(f"{source}: “{short(st.content, 160)}”"
                              + (f" ({st.speaker})" if st.speaker else ""))
        tip = wrap_tip("\n".join([owner.label if owner else "statements", conflict.explanation,
                                  *quoted]))
        kind.setToolTip(tip)
        text = QStandardItem(conflict.explanation)
        text.setToolTip(tip)
        return [kind, text]

    def _summarise(self) -> None:
        """Ranges and conservative figures from core, computed on a worker (they cost a few
        ms per event: thousands of events would freeze the window)."""
        ws = self.ws
        events = list(ws.events.values())
        # Snapshots (shallow copies, cheap) so the worker never reads state the GUI changes;
        # applying corrections to every claim happens on the worker too.
        raw = dict(ws.claims)
        corrections = {cid: dict(fields) for cid, fields in ws.corrections.items()}

        def compute() -> dict[str, list[Summary]]:
            claims = {cid: effective(claim, corrections.get(cid, {}))
                      for cid, claim in raw.items()}
            return {e.id: summaries(e, [claims[c] for c in e.claim_ids if c in claims])
                    for e in events}

        self._generation += 1
        generation = self._generation
        worker = CallWorker(compute)
        ref = weakref.ref(worker)  # a lambda naming the worker kept every one alive
        worker.finished.connect(lambda found: self._show_summaries(ref(), found, generation))
        worker.failed.connect(lambda _m: self._workers.discard(ref()))
        self._workers.add(worker)
        worker.start()

    def _show_summaries(self, worker: CallWorker | None, found: dict[str, list[Summary]],
                        generation: int) -> None:
        self._workers.discard(worker)
        if generation != self._generation:
            return
        for event_id, sums in found.items():
            row = self._rows_of_event.get(event_id)
            if row is None:
                continue
            main = sums[0] if sums else None
            range_item = self.events_model.item(row, 2)
            conservative = self.events_model.item(row, 3)
            if range_item is None or conservative is None:
                continue
            range_item.setText(f"{main.measure} {format_interval(main.low, main.high)}"
                               if main else "")
            conservative.setText(format_number(main.conservative) if main else "")
            if len(sums) > 1:
                range_item.setToolTip("\n".join(
                    f"{s.measure}: {format_interval(s.low, s.high)} "
                    f"(conservative {format_number(s.conservative)})" for s in sums))
        self.summaries_ready.emit()

    def _fill_claims(self, index: QModelIndex) -> None:
        """Replace an event's placeholder child by its claim rows."""
        label = self.events_model.itemFromIndex(index.siblingAtColumn(0))
        if label is None or label.data(KIND_ROLE) != "event":
            return
        first = label.child(0, 0)
        if first is None or first.data(KIND_ROLE) is not None:
            return  # already filled
        event = self.ws.events.get(label.data(ID_ROLE))
        label.removeRows(0, label.rowCount())
        if event is None:
            return
        for cid in event.claim_ids:
            if cid in self.ws.claims:
                label.appendRow(self._claim_row(self.ws.effective(cid), event))

    def event_item(self, event_id: str) -> QStandardItem | None:
        """The event's row, with its claim rows made."""
        row = self._rows_of_event.get(event_id)
        item = self.events_model.item(row, 0) if row is not None else None
        if item is not None:
            self._fill_claims(item.index())
        return item

    def _claim_row(self, claim: Claim, event: Event) -> list[QStandardItem]:
        doc = self.ws.documents.get(claim.document_id)
        source = (doc.outlet or doc.title or doc.name) if doc else claim.document_id
        text = QStandardItem(f"{source}: {claim.number_text}")
        text.setData(claim.id, ID_ROLE)
        text.setData("claim", KIND_ROLE)
        # Why this claim is in the event: the reasons of its links, as core.match gave them.
        why = [f"with {link.b if link.a == claim.id else link.a} ({link.score:.2f}): "
               + ", ".join(link.reasons)
               for link in event.links if claim.id in (link.a, link.b)]
        text.setToolTip(wrap_tip("\n".join([short(claim.sentence, 600), *why])))
        kind = self.ws.conflict_kind.get(claim.id)
        if kind in CONFLICT_COLORS:
            text.setForeground(QBrush(readable(CONFLICT_COLORS[kind])))
        measure = QStandardItem(claim.measure)
        measure.setForeground(QBrush(readable(MEASURE_COLORS.get(claim.measure,
                                                                   QColor("gray")))))
        return [text, measure, QStandardItem(format_interval(claim.low, claim.high)),
                QStandardItem(self.ws.status(claim.id))]

    def _status_changed(self, item_id: str) -> None:
        row = self._rows_of_event.get(self.ws.event_of.get(item_id, ""))
        event = self.events_model.item(row, 0) if row is not None else None
        if event is None:
            return
        for c in range(event.rowCount()):
            child = event.child(c, 0)
            status = event.child(c, 3)
            if child is not None and status is not None and child.data(ID_ROLE) == item_id:
                status.setText(self.ws.status(item_id))
                return

    # -- selection -------------------------------------------------------------------------
    def _selected(self) -> tuple[list[str], list[str]]:
        """(event ids, claim ids) selected in the events tree."""
        events: list[str] = []
        claims: list[str] = []
        for index in self.events_view.selectionModel().selectedRows(0):
            kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
            if kind == "event":
                events.append(item_id)
            elif kind == "claim":
                claims.append(item_id)
        return events, claims

    def _events_selection(self, *_: Any) -> None:
        self._update_buttons()
        index = self.events_view.currentIndex()
        if not index.isValid():
            return
        index = index.siblingAtColumn(0)
        kind, item_id = index.data(KIND_ROLE), index.data(ID_ROLE)
        if kind == "event":
            self.show_timeline(item_id)
            self.event_selected.emit(item_id)
        elif kind == "claim":
            self.claim_selected.emit(item_id)

    def _conflict_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        first = current.siblingAtColumn(0)
        conflict_id, kind = first.data(ID_ROLE), first.data(KIND_ROLE)
        if kind == "conflict":
            conflict = self.ws.conflicts.get(conflict_id)
            if conflict is not None:
                self.show_timeline(conflict.event_id)
            self.conflict_selected.emit(conflict_id)
        elif kind == "statement_conflict":
            stated = self.ws.statement_conflicts.get(conflict_id)
            if stated is not None and stated.event_id:
                self.show_timeline(stated.event_id)
            self.statement_conflict_selected.emit(conflict_id)

    @property
    def editable(self) -> bool:
        """Whether decisions can be saved: not on a read-only project (the banner says why)."""
        return self.ws.backend.read_only is None

    def _update_buttons(self) -> None:
        events, claims = self._selected()
        editable = self.editable
        self.merge_button.setEnabled(editable and len(events) >= 2)
        self.split_button.setEnabled(editable and bool(claims))
        self.none_button.setEnabled(editable and bool(claims))

    def follow_item(self, item_id: str) -> None:
        """The grid's current claim (or statement) is shown here: its own row when its event
        is open, else its event's row, selected and scrolled to. Quietly: the grid and the
        panes already show it, so nothing is sent back (no loop, no second compare)."""
        event_id = self.ws.event_of.get(item_id, "")
        if not event_id or self.events_view.stands_for(item_id, event_id):
            return
        item = self.event_item(event_id)
        if item is not None:
            self.events_view.select_quietly(self.events_view.row_of(item.index(), item_id))
            self._update_buttons()
            self.show_timeline(event_id)

    def select_event(self, event_id: str) -> bool:
        item = self.event_item(event_id)
        if item is None:
            return False
        self.events_view.setCurrentIndex(item.index())
        return True

    def select_conflict(self, conflict_id: str) -> bool:
        for r in range(self.conflicts_model.rowCount()):
            item = self.conflicts_model.item(r, 0)
            if item is not None and item.data(ID_ROLE) == conflict_id:
                self.conflicts_view.setCurrentIndex(item.index())
                return True
        return False

    def show_timeline(self, event_id: str) -> None:
        """Plot the event's figures by report date, for the measure that was updated (or the
        one most reports give)."""
        ws = self.ws
        event = ws.events.get(event_id)
        if event is None:
            self.timeline.set_points("", [])
            return
        claims = [ws.effective(c) for c in event.claim_ids if c in ws.claims]
        updated = [x.measure for x in ws.conflicts.values()
                   if x.event_id == event_id and x.kind == "update"]
        common = Counter(c.measure for c in claims).most_common(1)
        measure = updated[0] if updated else (common[0][0] if common else "")
        who, points = timeline_points(claims, ws.documents, measure)
        self.timeline.set_points(measure, points, who)

    # -- decisions (their meaning: core.group.decisions) ---------------------------------
    def merge_selected(self) -> None:
        events, _ = self._selected()
        ids = tuple(cid for e in events if e in self.ws.events
                    for cid in self.ws.events[e].claim_ids)
        if len(events) >= 2 and ids and self.editable:
            self.decision_requested.emit((("merge", ids),), f"Merge {len(events)} events")

    def split_selected(self) -> None:
        _, claims = self._selected()
        if claims and self.editable:
            self.decision_requested.emit((("split", tuple(claims)),),
                                         f"Split off {len(claims)} claim(s)")

    def ungroup_selected(self) -> None:
        _, claims = self._selected()
        if claims and self.editable:
            self.decision_requested.emit((("none", tuple(claims)),),
                                         f"Take {len(claims)} claim(s) out of their event")

    def move_claims(self, claim_ids: Sequence[str], event_id: str) -> None:
        """Exactly these claims into the event; the anchor (last id) is one of its claims."""
        event = self.ws.events.get(event_id)
        if event is None or not claim_ids or not self.editable:
            return
        anchor = [c for c in event.claim_ids if c not in claim_ids][:1]
        if not anchor:
            return
        self.decision_requested.emit(
            (("move", (*claim_ids, *anchor)),),
            f"Move {len(claim_ids)} claim(s) to {event.label}")

    def _drop_target(self, index: QModelIndex, claim_ids: Sequence[str]) -> str:
        """The event claims dropped on this row go to: the row's event, or the event of the
        claim it shows; "" where the drop would change nothing or cannot be saved."""
        first = index.siblingAtColumn(0)
        if not first.isValid() or not self.editable:
            return ""
        kind, item_id = first.data(KIND_ROLE), str(first.data(ID_ROLE))
        event_id = item_id if kind == "event" else self.ws.event_of.get(item_id, "")
        moving = any(self.ws.event_of.get(c) != event_id for c in claim_ids)
        return event_id if event_id in self.ws.events and moving else ""

    def _context_menu(self, pos: Any) -> None:
        events, claims = self._selected()
        if not self.editable:  # every entry is a decision, and none could be saved
            return
        menu = QMenu(self)
        if len(events) >= 2:
            menu.addAction("Merge events", self.merge_selected)
        if claims:
            menu.addAction("Split off (a different event)", self.split_selected)
            menu.addAction("Belongs to no event", self.ungroup_selected)
            fill_move_menu(menu.addMenu("Move to event"), self.ws, claims, self.move_claims)
        if not menu.isEmpty():
            menu.exec(self.events_view.viewport().mapToGlobal(pos))

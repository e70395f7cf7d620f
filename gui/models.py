"""Qt models over the workspace: the claims grid (the sources list is in gui.panels.sources).

The grid filters and sorts inside the model, over plain Python lists, instead of in a
``QSortFilterProxyModel``: a proxy calls ``filterAcceptsRow`` (or ``data``/``lessThan``) once
per row from C++ into Python, which measured 0.93 s per 100,000 rows here, three times the
budget. One list comprehension over precomputed keys does the same in a few tens of ms. Display
strings are formatted once per row, when the view first asks for one of its cells, so a paint
formats the visible rows only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from core.model import Claim, Statement
from core.text.qualifiers import explain_vague
from gui.formatting import format_interval, format_number, format_period, short, wrap_tip
from gui.state import Workspace

Index = QModelIndex | QPersistentModelIndex
Item = Claim | Statement

STATUS_COLORS: dict[str, QColor] = {
    "unverified": QColor(140, 140, 140, 70),
    "verified": QColor(46, 160, 67, 110),
    "disputed": QColor(230, 140, 20, 120),
    "false": QColor(215, 50, 50, 120),
    "unclear": QColor(130, 90, 200, 110),
}
CONFLICT_COLORS: dict[str, QColor] = {
    "contradiction": QColor(215, 50, 50),
    "divergent": QColor(230, 140, 20),
    "update": QColor(40, 120, 220),
}
MEASURE_COLORS: dict[str, QColor] = {
    "killed": QColor(230, 80, 80),
    "injured": QColor(240, 160, 60),
    "arrested": QColor(90, 140, 230),
    "kidnapped": QColor(170, 100, 220),
    "attacks": QColor(200, 120, 60),
    "operations": QColor(60, 170, 150),
    "other": QColor(150, 150, 150),
    "statement": QColor(120, 170, 90),
}


# Why "hundreds" reads 100 beside "≥ 200", said on the headers too (each vague cell says it
# in its tooltip, the Review panel under the sentence).
# Plain-text tooltips do not wrap: the lines are broken here.
VALUE_TIP = ("The number as written; a vague amount gives the unit it counts in:\n"
             "\u201chundreds\u201d 100, \u201cdozens\u201d 12")
INTERVAL_TIP = ("What the figure asserts: \u201cat least 16\u201d \u2265 16, \u201cnearly 30\u201d "
                "27\u201329;\na vague amount two units or more: \u201chundreds\u201d \u2265 200")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    visible: bool = True
    numeric: bool = False
    tip: str = ""  # the header's tooltip: what the column holds


COLUMNS: tuple[Column, ...] = (
    Column("source", "Source"),
    Column("kind", "Kind", visible=False),
    Column("figure", "Figure"),
    Column("value", "Value", numeric=True, tip=VALUE_TIP),
    Column("interval", "Interval", numeric=True, tip=INTERVAL_TIP),
    Column("measure", "Measure"),
    Column("status", "Status"),
    Column("subject", "Subject"),
    Column("actor", "Actor"),
    Column("place", "Place"),
    Column("period", "Period"),
    Column("attribution", "Attribution"),
    Column("event", "Event"),
    Column("note", "Note"),
    Column("sentence", "Sentence", visible=False),
    Column("rule", "Rule", visible=False),
)
COL = {c.key: i for i, c in enumerate(COLUMNS)}
# Which claim field a column shows, to mark corrected cells.
_FIELD_COLUMN = {
    "number_text": COL["figure"], "value": COL["value"], "low": COL["interval"],
    "high": COL["interval"], "qualifier": COL["interval"], "measure": COL["measure"],
    "subject": COL["subject"], "actor": COL["actor"], "location": COL["place"],
    "date_start": COL["period"], "date_end": COL["period"], "attribution": COL["attribution"],
}


@dataclass(frozen=True, slots=True)
class GridFilter:
    """What the filter bar asks for; empty strings mean "any"."""

    text: str = ""
    kind: str = "all"  # "all" | "figures" | "statements"
    measure: str = ""
    status: str = ""
    event_id: str = ""  # an event id, or "-" for "in no event"
    document_id: str = ""
    conflicts_only: bool = False


def _dot(color: QColor) -> QIcon:
    """The conflict dot, ringed in white so it stands out on a selected row's highlight too;
    the same pixmap for the Selected mode, which the style would otherwise tint towards the
    highlight (a red dot on blue all but vanished)."""
    pix = QPixmap(12, 12)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(255, 255, 255), 1.5))
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1, 1, 10, 10))
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pix, mode)
    return icon


class ClaimTableModel(QAbstractTableModel):
    """Figures and statements of the workspace, one per row, filtered and sorted in place."""

    IdRole: ClassVar[int] = int(Qt.ItemDataRole.UserRole) + 1
    ConflictRole: ClassVar[int] = int(Qt.ItemDataRole.UserRole) + 2

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._items: list[Item] = []
        self._index_of: dict[str, int] = {}
        self._display: list[tuple[str, ...] | None] = []
        self._search: list[str] | None = None
        self._order: list[int] = []
        self._row_of: list[int] = []
        self._filter = GridFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._icons: dict[str, QIcon] = {}
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(0)
        self._search_timer.timeout.connect(self._build_search_slice)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._brushes = {k: QBrush(c) for k, c in STATUS_COLORS.items()}
        workspace.reset.connect(self.reload)
        workspace.items_added.connect(self.add_items)
        workspace.review_changed.connect(self.refresh_item)
        workspace.claim_changed.connect(self.refresh_item)
        workspace.grouping_changed.connect(self.refresh_all)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        # As they streamed in: each document's figures, then its statements (all statements
        # after all figures moved them to the end of the grid on reopening the project).
        docs = {d: n for n, d in enumerate(self.ws.documents)}
        self._items = sorted([*self.ws.claims.values(), *self.ws.statements.values()],
                             key=lambda it: docs.get(it.document_id, len(docs)))
        self._index_of = {item.id: i for i, item in enumerate(self._items)}
        self._display = [None] * len(self._items)
        self._search = None
        self._order = self._filtered()
        self._sort_rows()
        self.endResetModel()
        self._search_timer.start()

    def add_items(self, items: Sequence[Item]) -> None:
        """Streamed results: new rows appended (or re-sorted into place if sorted)."""
        fresh = [it for it in items if it.id not in self._index_of]
        for item in items:  # a re-delivered item replaces its old version
            i = self._index_of.get(item.id)
            if i is not None:
                self._items[i] = item
                self._invalidate(i)
        if not fresh:
            return
        first = len(self._items)
        for item in fresh:
            self._index_of[item.id] = len(self._items)
            self._items.append(item)
            self._display.append(None)
        new = [i for i in range(first, len(self._items)) if self._accepts(i)]
        self._row_of.extend([-1] * len(fresh))
        if new:
            start = len(self._order)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._order.extend(new)
            for r, i in enumerate(new, start):
                self._row_of[i] = r
            self.endInsertRows()
            if self._sort_column >= 0:
                self.sort(self._sort_column, self._sort_order)

    def refresh_item(self, item_id: str) -> None:
        i = self._index_of.get(item_id)
        if i is None:
            return
        if isinstance(self._items[i], Claim) and item_id in self.ws.claims:
            self._items[i] = self.ws.claims[item_id]
        self._invalidate(i)
        row = self._row_of[i]
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def refresh_all(self) -> None:
        # The search index holds no event labels: it survives a re-grouping.
        self._display = [None] * len(self._items)
        if self._order:
            last = self.index(len(self._order) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _invalidate(self, i: int) -> None:
        self._display[i] = None
        if self._search is not None and i < len(self._search):
            self._search[i] = self._search_text(self._items[i])

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = self._order[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_row(i)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, col)
        if role == self.IdRole:
            return self._items[i].id
        if role == self.ConflictRole:
            return self.ws.conflict_kind.get(self._items[i].id, "")
        return self._styled(role, i, col)

    def _styled(self, role: int, i: int, col: int) -> Any:
        """Colour, icon, font and alignment of a cell."""
        item_id = self._items[i].id
        if role == Qt.ItemDataRole.BackgroundRole and col == COL["status"]:
            return self._brushes[self.ws.status(item_id)]
        if role == Qt.ItemDataRole.DecorationRole and col == COL["figure"]:
            kind = self.ws.conflict_kind.get(item_id)
            return self._icon(kind) if kind in CONFLICT_COLORS else None
        if role == Qt.ItemDataRole.FontRole:
            fields = self.ws.corrections.get(item_id)
            if fields and any(_FIELD_COLUMN.get(f) == col for f in fields):
                return self._italic
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[col].numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_items = [self._order[ix.row()] for ix in old]
        if column < 0:
            self._order = self._filtered()  # back to extraction order
        self._sort_rows()
        new = [
            self.index(self._row_of[i], ix.column())
            for i, ix in zip(old_items, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- filter and sort -------------------------------------------------------------------
    @property
    def filter(self) -> GridFilter:
        return self._filter

    def set_filter(self, spec: GridFilter) -> None:
        if spec == self._filter:
            return
        self.beginResetModel()
        self._filter = spec
        self._order = self._filtered()
        self._sort_rows()
        self.endResetModel()

    def _accepts(self, i: int) -> bool:
        return self._order_of([i]) == [i]

    def _filtered(self) -> list[int]:
        return self._order_of(range(len(self._items)))

    def _order_of(self, candidates: Sequence[int]) -> list[int]:
        spec, items, ws = self._filter, self._items, self.ws
        rows = list(candidates)
        if spec.kind == "figures":
            rows = [i for i in rows if isinstance(items[i], Claim)]
        elif spec.kind == "statements":
            rows = [i for i in rows if not isinstance(items[i], Claim)]
        if spec.document_id:
            rows = [i for i in rows if items[i].document_id == spec.document_id]
        if spec.measure:
            rows = [i for i in rows if self._measure(items[i]) == spec.measure]
        if spec.status:
            reviews = ws.reviews
            if spec.status == "unverified":
                rows = [
                    i for i in rows
                    if (r := reviews.get(items[i].id)) is None or r.status == "unverified"
                ]
            else:
                rows = [
                    i for i in rows
                    if (r := reviews.get(items[i].id)) is not None and r.status == spec.status
                ]
        if spec.event_id:
            event_of = ws.event_of
            want = None if spec.event_id == "-" else spec.event_id
            rows = [i for i in rows if event_of.get(items[i].id) == want]
        if spec.conflicts_only:
            kinds = ws.conflict_kind
            rows = [i for i in rows if kinds.get(items[i].id) in CONFLICT_COLORS]
        if spec.text:
            needle = spec.text.casefold()
            search = self._search_texts()
            named = self._sources_named(needle)
            rows = [i for i in rows if needle in search[i] or items[i].document_id in named]
        return rows

    def _sources_named(self, needle: str) -> set[str]:
        """The documents whose outlet or title (as the Sources panel shows it) holds
        ``needle``: Find "courier" lists every claim of the Courier's reports. Read from the
        documents at each search, so a source the checker renames is found by its new name."""
        return {
            doc.id for doc in self.ws.documents.values()
            if needle in f"{doc.outlet or ''}\n{doc.title or doc.name}".casefold()
        }

    def _sort_rows(self) -> None:
        col = self._sort_column
        if 0 <= col < len(COLUMNS):
            keys = self._sort_keys(col)
            self._order.sort(
                key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder
            )
        row_of = [-1] * len(self._items)
        for r, i in enumerate(self._order):
            row_of[i] = r
        self._row_of = row_of

    def _sort_keys(self, col: int) -> list[Any]:
        key = COLUMNS[col].key
        items = self._items
        inf = math.inf
        if key == "value":
            return [it.value if isinstance(it, Claim) else inf for it in self._effective()]
        if key == "interval":
            return [
                (it.low if it.low is not None else -inf) if isinstance(it, Claim) else inf
                for it in self._effective()
            ]
        if key == "period":
            return [
                it.date_start.toordinal() if isinstance(it, Claim) and it.date_start else inf
                for it in self._effective()
            ]
        if key == "status":
            reviews = self.ws.reviews
            order = {s: n for n, s in enumerate(STATUS_COLORS)}
            return [
                order[r.status] if (r := reviews.get(it.id)) is not None else 0 for it in items
            ]
        if key == "source":
            names = {d: self._source_name(d) for d in self.ws.documents}
            return [
                (names.get(it.document_id, "").casefold(), it.start) for it in items
            ]
        text = self._text_keys(key)
        if text is not None:
            return text
        return [self.display_row(i)[col].casefold() for i in range(len(items))]

    def _text_keys(self, key: str) -> list[str] | None:
        """Sort keys of a text column straight from the items (no row formatting)."""
        ws = self.ws
        if key == "event":
            labels = {e.id: e.label.casefold() for e in ws.events.values()}
            return [labels.get(ws.event_of.get(it.id, ""), "") for it in self._items]
        if key == "note":
            reviews = ws.reviews
            return [(r.note.casefold() if (r := reviews.get(it.id)) else "") for it in self._items]
        if key == "kind":
            return [("figure" if isinstance(it, Claim) else it.kind) for it in self._items]
        if key == "measure":
            return [self._measure(it) for it in self._items]
        attribute = {"figure": "number_text", "subject": "subject", "actor": "actor",
                     "place": "location", "attribution": "attribution", "sentence": "sentence",
                     "rule": "rule"}.get(key)
        if attribute is None:
            return None
        out = []
        for it in self._effective():
            if isinstance(it, Claim):
                value = getattr(it, attribute)
            elif key == "attribution":
                value = it.speaker
            elif key in ("figure", "sentence"):
                value = it.content
            else:
                value = it.rule if key == "rule" else None
            out.append(value.casefold() if value else "")
        return out

    def _effective(self) -> list[Item]:
        corrections, ws = self.ws.corrections, self.ws
        return [
            ws.effective(it.id) if isinstance(it, Claim) and it.id in corrections else it
            for it in self._items
        ]

    def _search_texts(self) -> list[str]:
        if self._search is None:
            self._search = []
        if len(self._search) < len(self._items):
            self._search.extend(self._search_batch(len(self._search), len(self._items)))
        return self._search

    def _build_search_slice(self) -> None:
        """Build the text-search index a slice at a time while the window is idle, so the
        first search does not pay for it (each slice well under the 50 ms budget)."""
        if self._search is None:
            self._search = []
        done = len(self._search)
        if done < len(self._items):
            self._search.extend(self._search_batch(done, min(done + 8000, len(self._items))))
            self._search_timer.start()

    def _search_batch(self, first: int, last: int) -> list[str]:
        ws = self.ws
        reviews, corrections = ws.reviews, ws.corrections
        out = []
        for item in self._items[first:last]:
            if isinstance(item, Claim) and item.id not in corrections and item.id not in reviews:
                out.append(f"{item.number_text}\n{item.sentence}\n{item.subject or ''}\n"
                           f"{item.actor or ''}\n{item.location or ''}\n"
                           f"{item.attribution or ''}\n{item.measure}".casefold())
            else:
                out.append(self._search_text(item))
        return out

    def _search_text(self, item: Item) -> str:
        ws = self.ws
        review = ws.reviews.get(item.id)
        note = review.note if review else ""
        if isinstance(item, Claim):
            if item.id in ws.corrections:
                item = ws.effective(item.id)
            parts: tuple[str | None, ...] = (
                item.number_text, item.sentence, item.subject, item.actor, item.location,
                item.attribution, item.measure, note,
            )
        else:
            parts = (item.content, item.speaker, item.speaker_role, item.cue, item.kind, note)
        return "\n".join(p or "" for p in parts).casefold()

    # -- formatting ------------------------------------------------------------------------
    @staticmethod
    def _measure(item: Item) -> str:
        return item.measure if isinstance(item, Claim) else "statement"

    def _source_name(self, document_id: str) -> str:
        doc = self.ws.documents.get(document_id)
        if doc is None:
            return document_id
        return doc.source_label

    def display_row(self, i: int) -> tuple[str, ...]:
        """The row's display strings, formatted once and kept until the item changes."""
        row = self._display[i]
        if row is None:
            row = self._format(self._items[i])
            self._display[i] = row
        return row

    def _format(self, item: Item) -> tuple[str, ...]:
        ws = self.ws
        review = ws.reviews.get(item.id)
        status = review.status if review else "unverified"
        note = short(review.note, 80) if review else ""
        event_id = ws.event_of.get(item.id)
        event = ws.events[event_id].label if event_id in ws.events else ""
        source = self._source_name(item.document_id)
        if isinstance(item, Claim):
            c = ws.effective(item.id) if item.id in ws.corrections else item
            return (
                source, "figure", c.number_text, format_number(c.value),
                format_interval(c.low, c.high), c.measure, status, c.subject or "",
                c.actor or "", c.location or "", format_period(c), c.attribution or "", event,
                note, short(c.sentence, 200), c.rule + (" (manual)" if c.manual else ""),
            )
        speaker = item.speaker or ""
        if item.speaker_role:
            speaker = f"{speaker}, {item.speaker_role}" if speaker else item.speaker_role
        return (
            source, item.kind, f"“{short(item.content, 100)}”", "", "", item.kind, status, "",
            "", "", "", speaker, event, note, short(item.content, 200), item.rule,
        )

    def _tooltip(self, i: int, col: int) -> str | None:
        item = self._items[i]
        if col == COL["figure"]:
            explanations = [
                x.explanation for x in self.ws.conflicts.values() if item.id in x.claim_ids
            ] + [
                y.explanation for y in self.ws.statement_conflicts.values()
                if item.id in y.statement_ids
            ]
            text = item.sentence if isinstance(item, Claim) else item.content
            return wrap_tip("\n".join([short(text, 400), *(f"⚠ {e}" for e in explanations)]))
        if col in (COL["sentence"], COL["note"]):
            return wrap_tip(self.display_row(i)[col]) or None
        if col in (COL["value"], COL["interval"]) and isinstance(item, Claim):
            shown = self.ws.effective(item.id) if item.id in self.ws.corrections else item
            if shown.qualifier == "vague":  # as corrected: the cell shows that interval
                return explain_vague(shown.value)  # "hundreds": why 100 beside "≥ 200"
        return None

    def _icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = self._icons[kind] = _dot(CONFLICT_COLORS[kind])
        return icon

    # -- lookups for the views -------------------------------------------------------------
    def item_at(self, row: int) -> Item:
        return self._items[self._order[row]]

    def row_of(self, item_id: str) -> int:
        """The visible row of an item, or -1 when it is filtered out or unknown."""
        i = self._index_of.get(item_id)
        return -1 if i is None else self._row_of[i]

    def visible_ids(self) -> list[str]:
        return [self._items[i].id for i in self._order]

    def measures(self) -> list[str]:
        return sorted({self._measure(it) for it in self._items})

    def count_where(self, predicate: Callable[[Item], bool]) -> int:
        return sum(1 for it in self._items if predicate(it))

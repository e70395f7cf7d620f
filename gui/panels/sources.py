"""The Sources panel: the documents of the project (title, outlet, date, counts) and the
files that could not be imported, with their model."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFocusEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from core.model import Failure
from gui.editors import FramedEditorDelegate
from gui.panels.columns import FirstColumnFit
from gui.panels.typed_keys import keep_typed_keys
from gui.state import Workspace
from gui.theme import readable

Index = QModelIndex | QPersistentModelIndex

ERROR_RED = QColor(215, 50, 50)  # a failed source, a source with conflicts
# The counts' headers are one sign each, named in their tooltips: at 1280 wide "Conflicts" and
# "Warnings" took 130 of the panel's 330 pixels and pushed both off to the right.
SOURCE_COLUMNS = ("Title", "Outlet", "Date", "Claims", "≠", "⚠")
SOURCE_HEADER_TIPS = ("", "", "Publication date (F2: set or change it)",
                      "Figures (+ statements) read from the source",
                      "Conflicts: its figures and statements another source disagrees with",
                      "Warnings: what reading the file noted (hover over the row to read them)")


@dataclass(frozen=True, slots=True)
class SourceRow:
    document_id: str  # empty for a file that failed
    cells: tuple[str, ...]
    failed: bool = False
    tooltip: str = ""
    path: str = ""  # the file that failed, to read again


def _failure_row(failure: Failure) -> SourceRow:
    """A file that could not be read: its name and why, in the Title column (in Warnings,
    sized to a long message, it widened the table past the panel and squeezed the titles)."""
    name = failure.path.replace("\\", "/").rsplit("/", 1)[-1]
    reason = failure.message.removeprefix(f"{failure.path}: ")
    return SourceRow("", (f"{name}: {reason}", "", "", "", "", "failed"), failed=True,
                     tooltip=f"{failure.path}: {reason}", path=failure.path)


class SourceListModel(QAbstractTableModel):
    """The documents of the workspace, and the files that could not be imported."""

    IdRole: ClassVar[int] = int(Qt.ItemDataRole.UserRole) + 1
    EDITABLE: ClassVar[tuple[int, ...]] = (0, 1, 2)  # Title, Outlet, Date: the checker's
    # (document id, outlet, title): the checker edited a source's name
    meta_edited = Signal(str, str, str)
    # (document id, the date typed): the checker dated a source (it is extracted again)
    date_edited = Signal(str, str)

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._rows: list[SourceRow] = []
        for signal in (
            workspace.reset, workspace.documents_changed, workspace.grouping_changed,
            workspace.failures_changed, workspace.items_added,
        ):
            signal.connect(self.reload)
        self.reload()

    def reload(self, *_: object) -> None:
        ws = self.ws
        claims = Counter(c.document_id for c in ws.claims.values())
        statements = Counter(s.document_id for s in ws.statements.values())
        # Claims and statements in a disagreement (an update is not one), per source.
        conflicts = Counter(
            item.document_id
            for cid, kind in ws.conflict_kind.items()
            if kind in ("contradiction", "divergent")
            and (item := ws.claims.get(cid) or ws.statements.get(cid)) is not None
        )
        rows = []
        for doc in sorted(ws.documents.values(), key=lambda d: (d.published is None,
                                                                 d.published, d.name)):
            count = str(claims[doc.id])
            if statements[doc.id]:
                count += f" + {statements[doc.id]} st."
            rows.append(SourceRow(
                doc.id,
                (doc.title or doc.name, doc.outlet or "", doc.published.isoformat()
                 if doc.published else "", count, str(conflicts[doc.id] or ""),
                 str(len(doc.warnings) or "")),
                # The whole title and outlet first: the narrow panel cuts both.
                tooltip="\n".join(filter(None, [doc.title, doc.outlet, doc.path or doc.name,
                                                *doc.warnings])),
            ))
        rows.extend(_failure_row(f) for f in ws.failures)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(SOURCE_COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(SOURCE_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return SOURCE_COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return SOURCE_HEADER_TIPS[section] or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (index.column() in self.EDITABLE and self._rows[index.row()].document_id
                and self.ws.backend.read_only is None):  # a read-only project keeps its names
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edited title or outlet goes to the workspace as an intent (one undoable
        action), a date to whoever extracts the source again with it; the row shows it
        when the workspace says the document changed."""
        if role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        doc = self.ws.documents.get(self._rows[index.row()].document_id)
        if doc is None:
            return False
        text = str(value or "").strip()
        if index.column() == 2:
            if not text or text == (doc.published.isoformat() if doc.published else ""):
                return False
            self.date_edited.emit(doc.id, text)
            return True
        outlet, title = doc.outlet or "", doc.title or ""
        if index.column() == 0:
            title = text
        else:
            outlet = text
        if (outlet, title) == (doc.outlet or "", doc.title or ""):
            return False
        self.meta_edited.emit(doc.id, outlet, title)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.EditRole and index.column() in self.EDITABLE:
            doc = self.ws.documents.get(row.document_id)
            if doc is not None:
                return (doc.title or "", doc.outlet or "",
                        doc.published.isoformat() if doc.published else "")[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.ForegroundRole:
            red = row.failed or (index.column() == 4 and bool(row.cells[4]))
            return QBrush(readable(ERROR_RED)) if red else None
        if role == self.IdRole:
            return row.document_id
        return None

    def document_id(self, row: int) -> str:
        return self._rows[row].document_id if 0 <= row < len(self._rows) else ""

    def failed(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].failed

    def failed_path(self, row: int) -> str:
        return self._rows[row].path if self.failed(row) else ""

    def row_of(self, document_id: str) -> int:
        for n, row in enumerate(self._rows):
            if row.document_id == document_id:
                return n
        return -1


TITLE_MIN = 88  # pixels: a title keeps a few words ("Bomb tears thr…"; the whole in its tooltip)
OUTLET_MAX = 110  # the outlet gives way first, down to a few characters
CELL_PADDING = 8  # pixels around a cell's text (the style's margins, with room to spare)


class FailureDelegate(FramedEditorDelegate):
    """A file that could not be read spans the row, its name and the reason wrapped within
    the panel's visible width: cut to "06_empty.txt: file is e…", the reason was lost."""

    def __init__(self, view: SourcesView) -> None:
        super().__init__(view)
        self.view = view

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if self.view.sources.failed(index.row()):
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            option.textElideMode = Qt.TextElideMode.ElideNone

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if self.view.sources.failed(index.row()):
            option = QStyleOptionViewItem(option)
            option.rect.setWidth(min(option.rect.width(), self.view.wrap_width()))
        super().paint(painter, option, index)


class SourcesView(QTableView):
    """The sources table. The Title column takes what the counts leave, but never less
    than a readable minimum: at 1280 wide the counts' headers would otherwise squeeze it
    to "…"."""

    document_current = Signal(str)  # the checker moved to a source
    document_activated = Signal(str)  # double click: filter the grid to its claims

    def __init__(self, model: SourceListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sources = model
        self.setObjectName("sources")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab goes on to the next panel, not cell to cell
        keep_typed_keys(self)  # typing a title finds the source, never sets a verdict
        header = self.horizontalHeader()
        for col in range(2, len(SOURCE_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.columns = FirstColumnFit(self, header, TITLE_MIN, capped=1, cap=OUTLET_MAX,
                                      yields=True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # F2 or a click on the selected cell edits a source's title or outlet
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setItemDelegate(FailureDelegate(self))
        model.modelReset.connect(self.fit_failures)
        model.modelReset.connect(self.hide_empty_warnings)
        self.hide_empty_warnings()
        header.sectionResized.connect(lambda *_: self.fit_failures())
        self.viewport().installEventFilter(self)
        self._entering = False
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.doubleClicked.connect(
            lambda index: self._emit(self.document_activated, index.row()))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Tabbing through the panel leaves the source pane alone: Qt makes the first row
        current on focus, which put that document in place of the selected claim's."""
        self._entering = True
        try:
            super().focusInEvent(event)
        finally:
            self._entering = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._entering:
            self._emit(self.document_current, current.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.viewport():
            self.fit_failures()
        return super().eventFilter(watched, event)  # the view's own filter (its editors)

    def wrap_width(self) -> int:
        """How wide a failed file's message may run: its row, within the visible panel."""
        header = self.horizontalHeader()
        return max(1, min(header.length(), self.viewport().width()))

    def fit_failures(self) -> None:
        """Each failed file's row spans the table and is tall enough for its wrapped message."""
        self.clearSpans()
        default = self.verticalHeader().defaultSectionSize()
        width = self.wrap_width() - CELL_PADDING
        for row in range(self.sources.rowCount()):
            if not self.sources.failed(row):
                continue
            self.setSpan(row, 0, 1, len(SOURCE_COLUMNS))
            text = str(self.sources.index(row, 0).data())
            wrap = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere  # as the delegate
            lines = self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), wrap, text)
            self.setRowHeight(row, max(default, lines.height() + CELL_PADDING))

    def hide_empty_warnings(self) -> None:
        """The Warnings column only while a source has one: the room goes to the titles."""
        column = len(SOURCE_COLUMNS) - 1
        empty = not any(self.sources.index(row, column).data()
                        and not self.sources.failed(row)
                        for row in range(self.sources.rowCount()))
        if empty != self.isColumnHidden(column):
            self.setColumnHidden(column, empty)
            self.columns.fit()

    def _emit(self, signal: SignalInstance, row: int) -> None:
        doc_id = self.sources.document_id(row)
        if doc_id:
            signal.emit(doc_id)

    def set_menu(self, always: Sequence[QAction], on_source: Sequence[QAction]) -> None:
        """The context menu: ``always``, then ``on_source`` when a source is selected."""
        self._menu_actions = (list(always), list(on_source))
        self.customContextMenuRequested.connect(self._show_menu)

    def _show_menu(self, pos: QPoint) -> None:
        always, on_source = self._menu_actions
        menu = QMenu(self)
        menu.addActions(always)
        if self.document_id() or self.failed_path():  # Re-run reads a failed file again
            menu.addSeparator()
            menu.addActions(on_source)
        menu.exec(self.viewport().mapToGlobal(pos))

    def document_id(self) -> str:
        return self.sources.document_id(self.currentIndex().row())

    def failed_path(self) -> str:
        """The path of the file that could not be read, when its row is current."""
        return self.sources.failed_path(self.currentIndex().row())

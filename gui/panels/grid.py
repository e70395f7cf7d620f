"""The claims grid: one row per claim or statement, columns the checker can hide, move
and sort (the model sorts and filters; see gui.models)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from gui.models import COL, COLUMNS, ClaimTableModel

# Starting widths in pixels, by column key (the checker's own are restored later).
COLUMN_WIDTHS = {"source": 130, "figure": 130, "value": 70, "interval": 80, "measure": 80,
                 "subject": 130, "actor": 130, "place": 100, "period": 150,
                 "attribution": 130, "event": 200, "status": 80, "note": 140,
                 "sentence": 300, "rule": 80, "kind": 80}
DEFAULT_WIDTH = 100
ROW_PADDING = 8  # pixels above the font's height
PLACEHOLDER_MARGIN = 24  # pixels around an empty grid's hint


class ClaimsGrid(QTableView):
    def __init__(self, model: ClaimTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claims = model
        self.reading = False  # an extraction is under way (what an empty grid says)
        self.setObjectName("claims_grid")
        self.setModel(model)
        # Unsorted (extraction order) until the checker clicks a header.
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the grid for the next control
        vheader = self.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        vheader.setVisible(False)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for n, column in enumerate(COLUMNS):
            header.resizeSection(n, COLUMN_WIDTHS.get(column.key, DEFAULT_WIDTH))
            header.setSectionHidden(n, not column.visible)
        # The verdict beside the figure it judges: in view on a 1280-wide screen too (the
        # checker's own order, once moved, is restored over this one).
        header.moveSection(header.visualIndex(COL["status"]),
                           header.visualIndex(COL["figure"]) + 1)

    def placeholder(self) -> str:
        """What an empty grid says: how to add articles, or that the filters hide all."""
        if self.claims.rowCount() > 0:
            return ""
        if self.reading:
            return "Reading the articles: their figures appear here as each one is parsed."
        if self.claims.ws.claims or self.claims.ws.statements:
            return ("No claim matches the filters: clear the Find box, untick Conflicts "
                    "only, or choose All in the lists above.")
        return ("No articles yet. Drop files or folders here, use File ▸ Import (Ctrl+I), "
                "or paste an article (Ctrl+Shift+V): every figure they report is listed here.")

    def extraction_started(self, _label: str, _total: int) -> None:
        self.reading = True
        self.viewport().update()

    def extraction_ended(self, _fresh: object) -> None:
        self.reading = False
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        text = self.placeholder()
        if text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            box = self.viewport().rect().adjusted(PLACEHOLDER_MARGIN, PLACEHOLDER_MARGIN,
                                                  -PLACEHOLDER_MARGIN, -PLACEHOLDER_MARGIN)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             text)
            painter.end()

    def current_item_id(self) -> str:
        index = self.currentIndex()
        if not index.isValid():
            return ""
        return str(self.claims.data(index, ClaimTableModel.IdRole) or "")

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_columns(menu)
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def fill_columns(self, menu: QMenu) -> None:
        """One checkable entry per column: shown or hidden."""
        menu.clear()
        header = self.horizontalHeader()
        for n, column in enumerate(COLUMNS):
            act = menu.addAction(column.title)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(n))
            act.toggled.connect(lambda on, n=n: header.setSectionHidden(n, not on))

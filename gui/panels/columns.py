"""A table whose first column (a title or a label) takes the room the others leave but
never less than a readable minimum: Qt's Stretch squeezes it to "…" in a narrow panel
when the other columns size to their contents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

YIELD_FLOOR = 48  # pixels: a yielding column still shows a few characters and its "…"


class FirstColumnFit(QObject):
    """Keeps column 0 of ``view`` at max(``minimum``, what the other columns leave); column
    ``capped`` (if any) is as wide as its contents up to ``cap`` pixels. With ``yields``, the
    capped column also gives way (down to ``YIELD_FLOOR``) so the columns after it stay in
    view: its text ends in "…", where the last column's figures were cut off mid-number
    ("72,0" for 72,000)."""

    def __init__(self, view: QAbstractItemView, header: QHeaderView, minimum: int, *,
                 capped: int = -1, cap: int = 0, yields: bool = False) -> None:
        super().__init__(view)
        self.view = view
        self.header = header
        self.minimum = minimum
        self.capped, self.cap, self.yields = capped, cap, yields
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        if capped > 0:
            header.setSectionResizeMode(capped, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.rowsInserted.connect(self.fit)
        # Texts filled in later (the events' ranges come from a worker) change the capped
        # column's needs without a reset: fitted once the burst of changes is over.
        self._pending = False
        model.dataChanged.connect(self._fit_soon)
        # The viewport's own resize: the view's comes before the viewport has its new width
        # (labels stayed cut beside empty room when the window grew).
        self.viewport = view.viewport()
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column not in (0, self.capped):
            self.fit()

    def _fit_soon(self, *_: object) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        self._pending = False
        self.fit()

    def fit(self, *_: object) -> None:
        header = self.header
        if self.capped > 0:
            wanted = max(self.view.sizeHintForColumn(self.capped),
                         header.sectionSizeHint(self.capped))
            width = min(self.cap, wanted)
            if self.yields:
                rest = sum(header.sectionSize(c) for c in range(1, header.count())
                           if c != self.capped and not header.isSectionHidden(c))
                room = self.view.viewport().width() - self.minimum - rest
                width = max(YIELD_FLOOR, min(width, room))
            header.resizeSection(self.capped, width)
        others = sum(header.sectionSize(c) for c in range(1, header.count())
                     if not header.isSectionHidden(c))
        header.resizeSection(0, max(self.minimum, self.view.viewport().width() - others))

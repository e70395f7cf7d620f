"""A rising (or falling) toll: one point per report, its figure against its publication
date, for one measure and one group of victims."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from core.group.conflicts import scope
from core.model import Claim, Document
from gui.formatting import format_number
from gui.models import CONFLICT_COLORS

LABEL_GAP = 6.0  # pixels between a point and its figure
MIN_HEIGHT = 110  # pixels: the plot below the events list, in the default font
TITLE_HEIGHT = 20.0  # pixels of the title line at the top ("killed: figure by report date")
HINT = ("Timeline: select an event reported on different days to see how its figure changed")
HINT_MARGINS = (8, 4)  # pixels around the hint, across and up and down
HINT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    when: dt.date
    value: float  # where the point is drawn: what the report asserts at least
    label: str
    text: str = ""  # the figure written at the point ("" for the value)

    @property
    def shown(self) -> str:
        return self.text or format_number(self.value)


def asserted(claim: Claim) -> tuple[float, str]:
    """Where a claim's point goes and what is written there: a vague figure at the least it
    asserts ("dozens" is 24 or more, not its unit 12: drawn at 12 the toll seemed to fall)."""
    if claim.qualifier == "vague" and claim.low is not None:
        return claim.low, f"≥ {format_number(claim.low)}"
    return claim.value, format_number(claim.value)


def timeline_points(claims: Sequence[Claim], documents: Mapping[str, Document],
                    measure: str) -> tuple[str, list[TimelinePoint]]:
    """The scope (who was counted) and the points of a timeline of ``measure``.

    Only the group of victims most reports count is drawn (2 soldiers and 8 militants are
    not a toll that rose), and each report is one point: the highest figure it gives (two
    figures of one report on one day are not a trend)."""
    counted = [c for c in claims if c.measure == measure
               and (doc := documents.get(c.document_id)) is not None
               and doc.published is not None]
    by_scope = Counter(s for s, _doc in {(scope(c), c.document_id) for c in counted})
    if not by_scope:
        return "", []
    chosen = min(by_scope, key=lambda s: (-by_scope[s], s))
    best: dict[str, Claim] = {}
    for claim in counted:
        if scope(claim) == chosen:
            old = best.get(claim.document_id)
            if old is None or asserted(claim)[0] > asserted(old)[0]:
                best[claim.document_id] = claim
    points = []
    for doc_id, claim in best.items():
        doc = documents[doc_id]
        assert doc.published is not None
        name = (doc.outlet or doc.title or doc.name).split(" ")[0][:10]
        value, text = asserted(claim)
        points.append(TimelinePoint(doc.published, value, name, text))
    return chosen, points


class Timeline(QWidget):
    """Each report's figure against its publication date, labels at their points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[TimelinePoint] = []
        self.measure = ""
        self.scope = ""
        self.label_rects: list[QRectF] = []  # where the last paint put each figure

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.only_hint():
            return self.minimumSizeHint()
        return QSize(320, max(130, self.fontMetrics().height() * 7))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        if self.only_hint():  # the hint's lines, not a plot's: the events list gets the rest
            return QSize(160, self.hint_height())
        # title, top figure, a point's label above and below, the dates: each a text line
        return QSize(160, max(MIN_HEIGHT, self.fontMetrics().height() * 6))

    def only_hint(self) -> bool:
        return len(self.points) < 2

    def hint_height(self) -> int:
        """The height of the hint, wrapped at this width."""
        across, down = HINT_MARGINS
        room = QRect(0, 0, max(self.width(), 160) - 2 * across, 10_000)
        return self.fontMetrics().boundingRect(room, HINT_FLAGS, HINT).height() + 2 * down

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.only_hint() and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the hint wraps to another number of lines
            self.fit()

    def fit(self) -> None:
        """In its splitter, take the hint's height when only the hint shows (the rest goes to
        the first pane, the events list), and at least a plot's least height with points."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        index = splitter.indexOf(self)
        sizes = splitter.sizes()
        if index <= 0 or not sum(sizes):
            return
        least = self.minimumSizeHint().height()
        target = least if self.only_hint() else max(sizes[index], least)
        sizes[0] += sizes[index] - target
        sizes[index] = target
        splitter.setSizes(sizes)

    def title_height(self) -> float:
        return max(TITLE_HEIGHT, self.fontMetrics().height() + 4.0)

    def frame(self) -> tuple[float, float, float, float]:
        """Left, right, top, bottom of the plot, with room in this font for the title, the
        axis figures and the dates (a 16 pt font drew them over one another and cut them)."""
        metrics = self.fontMetrics()
        line = float(metrics.height())
        figures = [metrics.horizontalAdvance(p.shown) for p in self.points]
        left = max(44.0, max(figures, default=0) + 8.0)
        top = max(22.0, self.title_height() + line / 2)
        return left, self.width() - 16.0, top, self.height() - max(26.0, line + 8.0)

    def set_points(self, measure: str, points: Sequence[TimelinePoint],
                   scope: str = "") -> None:
        self.measure = measure
        self.scope = scope
        self.points = sorted(points, key=lambda p: (p.when, p.value))
        self.updateGeometry()
        self.fit()
        self.update()

    def positions(self) -> list[QPointF]:
        """Where each point is drawn (reports in date order, evenly spaced)."""
        left, right, top, bottom = self.frame()
        values = [p.value for p in self.points]
        lo, hi = min(values), max(values)
        if hi == lo:
            lo, hi = lo - 1, hi + 1
        step = (right - left - 40) / max(len(self.points) - 1, 1)
        return [QPointF(left + 20 + n * step, bottom - (p.value - lo) / (hi - lo) * (bottom - top))
                for n, p in enumerate(self.points)]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.base())
        text_pen = QPen(pal.text().color())
        painter.setPen(text_pen)
        self.label_rects = []
        if self.only_hint():
            across, down = HINT_MARGINS
            painter.drawText(self.rect().adjusted(across, down, -across, -down), HINT_FLAGS,
                             HINT)
            painter.end()
            return
        left, right, top, bottom = self.frame()
        spots = self.positions()
        values = [p.value for p in self.points]
        who = f" ({self.scope})" if self.scope and self.scope != "all" else ""
        painter.drawText(QRectF(4, 2, self.width() - 8, self.title_height() - 2),
                         Qt.AlignmentFlag.AlignLeft,
                         f"{self.measure}{who}: figure by report date")
        self._draw_axes(painter, text_pen, (left, right, top, bottom), values)
        color = CONFLICT_COLORS["update"]
        path = QPainterPath(spots[0])
        for spot in spots[1:]:
            path.lineTo(spot)
        painter.setPen(QPen(color, 2))
        painter.drawPath(path)
        painter.setBrush(QBrush(color))
        metrics = painter.fontMetrics()
        dated: set[dt.date] = set()
        for spot, p in zip(spots, self.points, strict=True):
            painter.setPen(QPen(color, 2))
            painter.drawEllipse(spot, 4, 4)
            painter.setPen(text_pen)
            # The figure is centred on its point, just above it (below when it would meet
            # the title or the previous figure); the outlet joins it when there is room.
            text = p.shown
            width = metrics.horizontalAdvance(text) + 4
            height = float(metrics.height())
            above = QRectF(spot.x() - width / 2, spot.y() - LABEL_GAP - height, width, height)
            below = QRectF(spot.x() - width / 2, spot.y() + LABEL_GAP, width, height)
            clash = bool(self.label_rects) and self.label_rects[-1].intersects(above)
            rect = below if above.top() < self.title_height() or clash else above
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            self.label_rects.append(rect)
            if p.when not in dated:
                dated.add(p.when)
                day = f"{p.when:%d %b}"
                room = metrics.horizontalAdvance(day) + 8.0
                painter.drawText(QRectF(spot.x() - room / 2, bottom + 4, room, height),
                                 Qt.AlignmentFlag.AlignHCenter, day)
        painter.end()

    def _draw_axes(
        self,
        painter: QPainter,
        text_pen: QPen,
        frame: tuple[float, float, float, float],
        values: list[float],
    ) -> None:
        """The dotted axes, with the highest figure at the top and the lowest at the bottom."""
        left, right, top, bottom = frame
        grid = QPen(self.palette().mid().color())
        grid.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(grid)
        painter.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        painter.drawLine(QPointF(left, top), QPointF(left, bottom))
        painter.setPen(text_pen)
        line = float(painter.fontMetrics().height())
        painter.drawText(QRectF(0, top - line / 2, left - 4, line), Qt.AlignmentFlag.AlignRight,
                         format_number(max(values)))
        painter.drawText(QRectF(0, bottom - line / 2, left - 4, line),
                         Qt.AlignmentFlag.AlignRight, format_number(min(values)))

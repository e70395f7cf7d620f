"""Export ▸ Report: a PDF a checker can hand on, written with Qt's own QTextDocument and
QPdfWriter. Per event: its range and conservative figure, each source's figure with its
sentence, outlet and date, the conflicts in plain words, and the checker's verdicts, notes
and corrections."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)

from core.group.conflicts import summarise
from core.model import Claim, Document, Event, Result
from gui.formatting import format_interval, format_number

PDF_DPI = 300
MARGIN_MM = 15.0
REPORT_POINTS = 9.0  # body text size: a table of sentences stays readable on A4
POINTS_PER_INCH = 72
MAX_LAYOUT_PASSES = 6  # moving rows off a page's foot settles in two or three layouts
METRES_PER_INCH = 0.0254


_TABLE = ('<table{style} border="1" cellspacing="0" cellpadding="3" width="100%">'
          '<thead><tr><th width="16%">Figure</th><th width="22%">Source</th>'
          '<th width="44%">Sentence</th><th width="18%">Verdict</th></tr></thead>')


def _e(text: object) -> str:
    return html.escape(str(text), quote=False)


def source_name(doc: Document | None) -> str:
    """A source as a reader knows it: outlet (or title) and date, not a file name."""
    if doc is None:
        return "unknown source"
    name = doc.source_label
    return f"{name}, {doc.published:%d %b %Y}" if doc.published else name


def report_html(result: Result, *, title: str = "Claimdesk report",
                written: dt.date | None = None, breaks: frozenset[str] = frozenset()) -> str:
    """The report as HTML (what the PDF shows), dated ``written`` (default today); the table
    starts again on a new page, under its header, before the row of each claim in ``breaks``."""
    docs = {d.id: d for d in result.documents}
    parts = [f"<h1>{_e(title)}</h1>",
             f"<p>{len(result.documents)} sources, {len(result.claims)} figures, "
             f"{len(result.events)} events, {len(result.conflicts)} conflicts. "
             f"Written {written or dt.date.today():%d %B %Y}.</p>"]
    for event, members in _tables(result):
        parts.append(_event_html(event, members, result, docs, breaks))
    return "\n".join(parts)


def _tables(result: Result) -> list[tuple[Event, list[Claim]]]:
    """Each event with a table, and its claims: the rows, in order."""
    claims = {c.id: c for c in result.claims}
    tables = [(e, [claims[c] for c in e.claim_ids if c in claims]) for e in result.events]
    return [(event, members) for event, members in tables if members]


def _event_html(event: Event, members: Sequence[Claim], result: Result,
                docs: dict[str, Document], breaks: frozenset[str]) -> str:
    out = [f"<h2>{_e(event.label)}</h2>"]
    for fig in summarise(event, members):
        out.append(
            f"<p><b>{_e(fig.measure)}</b>: range {_e(format_interval(fig.low, fig.high) or '?')}"
            f"; conservative figure <b>{_e(format_number(fig.conservative) or '—')}</b></p>")
    out.append(_TABLE.format(style=""))
    for claim in members:
        if claim.id in breaks:
            out.append("</table>" + _TABLE.format(style=' style="page-break-before: always"'))
        review = result.reviews.get(claim.id)
        verdict: str = review.status if review else "unverified"
        if review and review.note:
            verdict += f": {review.note}"
        figure = f"{claim.number_text} {claim.measure}"
        extracted = result.extracted.get(claim.id)
        if extracted is not None and extracted.value != claim.value:
            figure += f" (corrected to {format_number(claim.value)})"
        out.append(f'<tr><td>{_e(figure)}</td>'
                   f"<td>{_e(source_name(docs.get(claim.document_id)))}"
                   f"</td><td>{_e(claim.sentence)}</td><td>{_e(verdict)}</td></tr>")
    out.append("</table>")
    conflicts = [x for x in result.conflicts if x.event_id == event.id]
    if conflicts:
        out.append("<ul>" + "".join(f"<li><b>{_e(x.label)}</b>: {_e(x.explanation)}</li>"
                                    for x in conflicts) + "</ul>")
    return "\n".join(out)


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def _document(result: Result, title: str, written: dt.date | None) -> QTextDocument:
    """The report laid out on the page in points, as printed: pageCount() is the PDF's. No
    row is cut by a page break ("More than" at the foot of a page, "60 injured" at the top of
    the next read as an exact 60): such a row starts the next page, under the header again."""
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(REPORT_POINTS)
    doc.setDefaultFont(font)
    doc.setPageSize(_page_layout().paintRect(QPageLayout.Unit.Point).size())
    rows = [c.id for _, members in _tables(result) for c in members]  # as the tables hold them
    breaks: frozenset[str] = frozenset()
    for _ in range(MAX_LAYOUT_PASSES):
        doc.setHtml(report_html(result, title=title, written=written, breaks=breaks))
        moved = {rows[n] for n in _rows_to_move(doc)} - breaks
        if not moved:
            break
        breaks |= moved
    return doc


def _extent(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int
            ) -> tuple[float, float]:
    """Where a table row starts and ends on the laid-out document (points)."""
    cells = [table.cellAt(row, col) for col in range(table.columns())]
    top = min(layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells)
    bottom = max(layout.blockBoundingRect(c.lastCursorPosition().block()).bottom()
                 for c in cells)
    return top, bottom


def _rows_to_move(doc: QTextDocument) -> list[int]:
    """The claim rows (numbered over every table, headers left out) to start on a new page,
    so that none is cut by a page break: one pass over the layout, each move shifting what
    follows (a row taller than a page stays cut)."""
    layout, height = doc.documentLayout(), doc.pageSize().height()
    moved: list[int] = []
    n, shift = -1, 0.0
    for table in (f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)):
        head_top, head_bottom = _extent(layout, table, 0)
        header = head_bottom - head_top
        for row in range(1, table.rows()):
            n += 1
            top, bottom = (y + shift for y in _extent(layout, table, row))
            if top // height != bottom // height and bottom - top < height - header:
                shift += (top // height + 1) * height + header - top
                moved.append(n)
    return moved


def write_report_pdf(result: Result, path: str, *, title: str = "Claimdesk report",
                     written: dt.date | None = None) -> int:
    """Write the report to ``path`` (A4 portrait); returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_page_layout())
    writer.setTitle(title)
    doc = _document(result, title, written)
    doc.print_(writer)
    return doc.pageCount()


def report_pages(result: Result, dpi: int, *, title: str = "Claimdesk report",
                 written: dt.date | None = None) -> list[QImage]:
    """The pages of the PDF as images (white A4 at ``dpi``, the same margins and layout): a
    picture of the report without a PDF reader (docs/screenshots/report-page1.png)."""
    doc = _document(result, title, written)
    layout = _page_layout()
    scale = dpi / POINTS_PER_INCH
    full = layout.fullRect(QPageLayout.Unit.Point)
    paint = layout.paintRect(QPageLayout.Unit.Point)
    pages = []
    for n in range(doc.pageCount()):
        image = QImage(round(full.width() * scale), round(full.height() * scale),
                       QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / METRES_PER_INCH))
        image.setDotsPerMeterY(round(dpi / METRES_PER_INCH))
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(scale, scale)
        painter.translate(paint.left(), paint.top() - n * paint.height())
        doc.drawContents(painter, QRectF(0, n * paint.height(), paint.width(), paint.height()))
        painter.end()
        pages.append(image)
    return pages

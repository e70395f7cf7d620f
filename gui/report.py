"""Export ▸ Report: a PDF a checker can hand on, written with Qt's own QTextDocument and
QPdfWriter. Per event: its range and conservative figure, each source's figure with its
sentence, outlet and date, the conflicts in plain words, and the checker's verdicts, notes
and corrections."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from core.group.conflicts import summarise
from core.model import Claim, Document, Event, Result
from gui.models import format_interval, format_number

PDF_DPI = 300
MARGIN_MM = 15.0
REPORT_POINTS = 9.0  # body text size: a table of sentences stays readable on A4


def _e(text: object) -> str:
    return html.escape(str(text), quote=False)


def source_name(doc: Document | None) -> str:
    """A source as a reader knows it: outlet (or title) and date, not a file name."""
    if doc is None:
        return "unknown source"
    name = doc.source_label
    return f"{name}, {doc.published:%d %b %Y}" if doc.published else name


def report_html(result: Result, *, title: str = "Claimdesk report") -> str:
    """The report as HTML (what the PDF shows)."""
    docs = {d.id: d for d in result.documents}
    claims = {c.id: c for c in result.claims}
    parts = [f"<h1>{_e(title)}</h1>",
             f"<p>{len(result.documents)} sources, {len(result.claims)} figures, "
             f"{len(result.events)} events, {len(result.conflicts)} conflicts. "
             f"Written {dt.date.today():%d %B %Y}.</p>"]
    for event in result.events:
        members = [claims[c] for c in event.claim_ids if c in claims]
        if members:
            parts.append(_event_html(event, members, result, docs))
    return "\n".join(parts)


def _event_html(event: Event, members: Sequence[Claim], result: Result,
                docs: dict[str, Document]) -> str:
    out = [f"<h2>{_e(event.label)}</h2>"]
    for fig in summarise(event, members):
        out.append(
            f"<p><b>{_e(fig.measure)}</b>: range {_e(format_interval(fig.low, fig.high) or '?')}"
            f"; conservative figure <b>{_e(format_number(fig.conservative) or '—')}</b></p>")
    out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">'
               '<tr><th width="16%">Figure</th><th width="22%">Source</th>'
               '<th width="44%">Sentence</th><th width="18%">Verdict</th></tr>')
    for claim in members:
        review = result.reviews.get(claim.id)
        verdict: str = review.status if review else "unverified"
        if review and review.note:
            verdict += f": {review.note}"
        figure = f"{claim.number_text} {claim.measure}"
        extracted = result.extracted.get(claim.id)
        if extracted is not None and extracted.value != claim.value:
            figure += f" (corrected to {format_number(claim.value)})"
        out.append(f"<tr><td>{_e(figure)}</td><td>{_e(source_name(docs.get(claim.document_id)))}"
                   f"</td><td>{_e(claim.sentence)}</td><td>{_e(verdict)}</td></tr>")
    out.append("</table>")
    conflicts = [x for x in result.conflicts if x.event_id == event.id]
    if conflicts:
        out.append("<ul>" + "".join(f"<li><b>{_e(x.label)}</b>: {_e(x.explanation)}</li>"
                                    for x in conflicts) + "</ul>")
    return "\n".join(out)


def write_report_pdf(result: Result, path: str, *, title: str = "Claimdesk report") -> int:
    """Write the report to ``path`` (A4 portrait); returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    doc = QTextDocument()
    font = QFont(doc.defaultFont())
    font.setPointSizeF(REPORT_POINTS)
    doc.setDefaultFont(font)
    doc.setHtml(report_html(result, title=title))
    # Laid out on the page in points, as printed: pageCount() is then the PDF's.
    doc.setPageSize(writer.pageLayout().paintRect(QPageLayout.Unit.Point).size())
    doc.print_(writer)
    return doc.pageCount()

"""The Excel workbook: claims, statements, events, conflicts, sources and an About sheet."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from core import __version__
from core.export.atomic import check_target, write_atomic, write_bytes
from core.export.cells import (
    CELL_LIMIT,
    ILLEGAL,
    clean_text,
    looks_like_formula,
    safe_sheet_title,
    safe_text,
)
from core.export.rows import (
    CLAIM_COLUMNS,
    CONFLICT_COLUMNS,
    EVENT_COLUMNS,
    GENERATOR,
    LINK_COLUMN,
    SENTENCE_COLUMN,
    SOURCE_COLUMNS,
    STATEMENT_COLUMNS,
    STATUS_COLUMN,
    Labels,
    claim_values,
    figure_text,
    number_value,
    range_text,
    verified_subset,
)
from core.model import STATUSES, Claim, Conflict, Result
from core.text.qualifiers import explain_vague

# Conditional-format fills for the verdicts (light tints a reviewer can read text over).
STATUS_FILLS = {
    "verified": "C6EFCE", "false": "FFC7CE", "disputed": "FFEB9C", "unclear": "DDEBF7",
}


PAPER_A4 = 9  # the paper size code of the OOXML page setup


class _SheetWriter:
    """A write-only sheet with our habits: bold frozen header, widths, autofilter, safe text.

    Styled cells share one style array per look (copying openpyxl's per-cell style lookups
    for 100,000 rows would cost more than the rows themselves)."""

    def __init__(self, wb: Any, title: str, columns: Sequence[tuple[str, int]]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        self.ws = wb.create_sheet(safe_sheet_title(title))
        self.columns = columns
        self.rows = 0
        self._cell = WriteOnlyCell
        for i, (_header, width) in enumerate(columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        self._print_setup()

        def style(**looks: Any) -> Any:
            cell = WriteOnlyCell(self.ws)
            for name, value in looks.items():
                setattr(cell, name, value)
            return cell._style

        top = Alignment(vertical="top")
        wrap = Alignment(wrap_text=True, vertical="top")
        self.header_style = style(font=Font(bold=True))
        self.quoted_style = style(quotePrefix=True)
        self.wrap_style = style(alignment=wrap)
        self.wrap_quoted_style = style(alignment=wrap, quotePrefix=True)
        self.link_style = style(font=Font(color="0563C1", underline="single"), alignment=top)
        self.last_column = get_column_letter(len(columns))
        self.ws.append([self._styled(h, self.header_style) for h, _w in columns])

    def _print_setup(self) -> None:
        """A sheet that prints as a checker hands it on: landscape, the columns fitted to
        the page width (as many pages down as it takes), the header row on every page and
        the sheet name with the page number in the footer."""
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.print_options.gridLines = True
        ws.oddFooter.left.text = "&A"  # the sheet name
        ws.oddFooter.right.text = "Page &P of &N"

    def _styled(self, value: Any, style: Any, *, text: bool = False) -> Any:
        cell = self._cell(self.ws, value)
        if text:
            cell.data_type = "s"  # never a formula, whatever the first character
        cell._style = style
        return cell

    def text(self, value: str, *, wrap: bool = False) -> Any:
        """A text cell that stays text: no formula, whatever the first character."""
        value = safe_text(value)
        if looks_like_formula(value):
            return self._styled(value, self.wrap_quoted_style if wrap else self.quoted_style,
                                text=True)
        return self._styled(value, self.wrap_style) if wrap else value

    def link(self, target: str | None, label: str) -> Any:
        if not target:
            return None
        cell = self._styled(safe_text(label), self.link_style, text=True)
        cell.hyperlink = clean_text(target)
        return cell

    def append(self, values: Sequence[Any], *, wrap: int = 0, link: int = 0) -> None:
        """Append a row of plain values: text is made safe, column ``wrap`` wraps and column
        ``link`` (1-based) holds a link target shown as a hyperlink."""
        row = list(values)
        for i, value in enumerate(row):
            if type(value) is str:
                if not value:
                    row[i] = None  # an empty cell, not an empty string cell
                elif i + 1 == link:
                    row[i] = self.link(value, _link_label(value))
                elif i + 1 == wrap:
                    row[i] = self.text(value, wrap=True)
                elif looks_like_formula(value) or len(value) > CELL_LIMIT or (
                    ILLEGAL.search(value)
                ):
                    row[i] = self.text(value)
        self.ws.append(row)
        self.rows += 1

    def finish(self) -> None:
        self.ws.auto_filter.ref = f"A1:{self.last_column}{self.rows + 1}"

    def status_column(self, column: int) -> None:
        """Verdict colours (conditional formatting) and a drop-down of the verdicts."""
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        letter = get_column_letter(column)
        cells = f"{letter}2:{letter}{max(self.rows + 1, 2)}"
        for status, colour in STATUS_FILLS.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            self.ws.conditional_formatting.add(
                cells, CellIsRule(operator="equal", formula=[f'"{status}"'], fill=fill)
            )
        dv = DataValidation(
            type="list", formula1=f'"{",".join(STATUSES)}"', allow_blank=False,
            showErrorMessage=True, errorTitle="Status",
            error=f"Choose one of: {', '.join(STATUSES)}",
        )
        dv.add(cells)
        self.ws.data_validations.append(dv)


@dataclass(frozen=True, slots=True)
class SheetData:
    """One sheet as plain values; the writer adds the looks. Columns are 1-based."""

    title: str
    columns: tuple[tuple[str, int], ...]
    rows: list[list[Any]]
    wrap: int = 0  # a column of long text that wraps
    status: int = 0  # a verdict column: colours and a drop-down
    link: int = 0  # a column of link targets, written as hyperlinks


def _link_label(target: str) -> str:
    _head, _sep, page = target.partition("#page=")
    return f"page {page}" if page else "open source"


def _claim_rows(result: Result, labels: Labels) -> list[list[Any]]:
    return [claim_values(c, labels) for c in result.claims]


def _statement_rows(result: Result, labels: Labels) -> list[list[Any]]:
    rows = []
    for st in result.statements:
        doc = labels.docs.get(st.document_id)
        status, note = labels.status(st.id)
        rows.append([
            st.id, doc.name if doc else st.document_id, st.speaker, st.speaker_role,
            st.speaker_kind, st.kind, st.cue, st.content, labels.event_label.get(st.id),
            status, note,
        ])
    return rows


def _event_rows(result: Result) -> list[list[Any]]:
    """One row per event and measure: the range and conservative figure of
    ``core.group.conflicts.summarise`` (the scope reported most often, whole counts only)."""
    from core.group.conflicts import summarise

    conflicts: dict[tuple[str, str], list[Conflict]] = {}
    for x in result.conflicts:
        conflicts.setdefault((x.event_id, x.measure), []).append(x)
    by_id = {c.id: c for c in result.claims}
    rows = []
    for e in result.events:
        members = [by_id[i] for i in e.claim_ids if i in by_id]
        for fig in summarise(e, members):
            found = conflicts.get((e.id, fig.measure), [])
            rows.append([
                e.label, e.id, fig.measure, len(fig.claim_ids), ", ".join(fig.claim_ids),
                number_value(fig.low), number_value(fig.high), range_text(fig.low, fig.high),
                number_value(fig.conservative),
                "; ".join(f"{x.label} ({', '.join(x.claim_ids)})" for x in found) or None,
                e.location, e.date_start, e.date_end,
            ])
    return rows


def _conflict_rows(result: Result, labels: Labels) -> list[list[Any]]:
    claims = {c.id: c for c in result.claims}
    events = {e.id: e.label for e in result.events}

    def source(claim: Claim | None) -> str | None:
        doc = labels.docs.get(claim.document_id) if claim else None
        return doc.name if doc else None

    def figure(claim: Claim | None, dated: bool) -> str | None:
        text = figure_text(claim)
        day = claim.date_start if claim is not None and dated else None
        return f"{text} · {day.isoformat()}" if text and day else text

    rows = []
    for x in result.conflicts:
        a_id, b_id = [*x.claim_ids, None, None][:2]
        a, b = claims.get(a_id or ""), claims.get(b_id or "")
        dated = x.about == "date"  # the days the reports give are what differs
        if dated and a is not None:  # B: the first claim on another day than A's
            b_id = next((c for c in x.claim_ids[1:] if c in claims
                         and claims[c].date_start != a.date_start), b_id)
            b = claims.get(b_id or "")
        rows.append([
            x.label, x.measure, events.get(x.event_id, x.event_id),
            a_id, figure(a, dated), source(a), b_id, figure(b, dated), source(b),
            ", ".join(c for c in x.claim_ids if c not in (a_id, b_id)) or None,
            x.explanation, x.id,
        ])
    return rows


def _source_rows(result: Result) -> list[list[Any]]:
    return [
        [d.id, d.name, d.title, d.outlet, d.author, d.published, d.published_source, d.url,
         d.path, d.format, d.encoding, len(d.pages) or None, "; ".join(d.warnings) or None,
         d.sha256]
        for d in result.documents
    ]


def _about_rows(
    result: Result, *, settings: Mapping[str, Any], verified_only: bool, exported: dt.datetime
) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["Generator", GENERATOR], ["Claimdesk version", __version__],
        ["Exported (UTC)", exported.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)],
        ["Verified only", "yes" if verified_only else "no"],
        ["Claims", len(result.claims)], ["Statements", len(result.statements)],
        ["Events", len(result.events)], ["Conflicts", len(result.conflicts)],
        ["Sources", len(result.documents)],
    ]
    # A file the batch could not read is in no other sheet: said here, so the editor who
    # gets only the workbook knows a report is missing and why.
    rows += [["Not read", failure.message] for failure in result.failures]
    # "hundreds" is 100 in the Value column beside a Low of 200: said once per such value
    vague = sorted({c.value for c in result.claims if c.qualifier == "vague"})
    rows += [[f"Vague value {value:,.0f}", explain_vague(value)] for value in vague]
    for key, value in settings.items():
        plain = isinstance(value, str | int | float | dt.date | type(None))
        rows.append([f"Setting: {key}", value if plain else json.dumps(value)])
    return rows


def workbook_sheets(
    result: Result,
    *,
    settings: Mapping[str, Any] | None = None,
    verified_only: bool = False,
    exported: dt.datetime | None = None,
) -> list[SheetData]:
    """The workbook's content as plain values, sheet by sheet."""
    subset = verified_subset(result) if verified_only else result
    labels = Labels(subset)
    when = exported or dt.datetime.now(dt.UTC)
    return [
        SheetData("Claims", CLAIM_COLUMNS, _claim_rows(subset, labels),
                  wrap=SENTENCE_COLUMN, status=STATUS_COLUMN, link=LINK_COLUMN),
        SheetData("Events", EVENT_COLUMNS, _event_rows(subset)),
        SheetData("Conflicts", CONFLICT_COLUMNS, _conflict_rows(subset, labels), wrap=11),
        SheetData("Statements", STATEMENT_COLUMNS, _statement_rows(subset, labels),
                  wrap=8, status=10),
        SheetData("Sources", SOURCE_COLUMNS, _source_rows(subset)),
        SheetData("About", (("Field", 24), ("Value", 60)), _about_rows(
            subset, settings=settings or {}, verified_only=verified_only, exported=when)),
    ]


def write_xlsx(
    result: Result,
    target: str | os.PathLike[str],
    *,
    settings: Mapping[str, Any] | None = None,
    verified_only: bool = False,
) -> None:
    """The workbook an editor opens: Claims, Events, Conflicts, Statements, Sources, About.
    Pass the claims as corrected (``Project.result(corrected=True)``)."""
    from openpyxl import Workbook

    check_target(target)
    wb = Workbook(write_only=True)
    for data in workbook_sheets(result, settings=settings, verified_only=verified_only):
        sheet = _SheetWriter(wb, data.title, data.columns)
        for values in data.rows:
            sheet.append(values, wrap=data.wrap, link=data.link)
        if data.status:
            sheet.status_column(data.status)
        sheet.finish()
    # Saved in memory first: a write-only workbook that fails half-way through saving leaves
    # its sheet writers open, and Python prints their tracebacks on exit.
    buffer = io.BytesIO()
    wb.save(buffer)
    content = buffer.getvalue()
    write_atomic(target, lambda fh: write_bytes(fh, content))

"""The Excel round trip: Status and Note read back from a reviewed workbook."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import Errors, ProjectError
from core.export.cells import TRUNCATION_NOTE, safe_text
from core.model import STATUSES, Review, Status
from core.project.store import Project


@dataclass(frozen=True, slots=True)
class ReviewChange:
    item_id: str
    old: Review
    new: Review


@dataclass(frozen=True, slots=True)
class RoundTripReport:
    """What importing a reviewed workbook changed, and the rows it could not use."""

    changes: tuple[ReviewChange, ...]
    unchanged: int
    messages: tuple[str, ...]  # one line per row that was not imported, naming the row

    @property
    def summary(self) -> str:
        text = f"{len(self.changes)} verdicts or notes changed, {self.unchanged} unchanged"
        if self.messages:
            text += f", {len(self.messages)} messages (rows not imported, duplicates, formulas)"
        return text


# Row messages: what, where, and what to do.
ROW_NO_ID = "{sheet} row {row}: no {id_header}; row skipped (was the column edited?)"
ROW_UNKNOWN = (
    "{sheet} row {row}: {item_id} is not in this project (removed or re-extracted since the "
    "export); its status '{status}' was not imported"
)
ROW_CHANGED = (
    "{sheet} row {row}: {item_id} no longer reads as in the workbook ({column} differs: "
    "the project was re-extracted since the export); its status '{status}' was not imported"
)
ROW_BAD_STATUS = "{sheet} row {row}: status '{status}' is not one of {allowed}; row skipped"
ROW_EMPTY_STATUS = "{sheet} row {row}: status is empty; {item_id} keeps '{kept}'"
ROW_FORMULA_NOTE = (
    "{sheet} row {row}: the Note of {item_id} is a formula ({formula}), not text; "
    "the project's note was kept"
)
ROW_FORMULA_STATUS = (
    "{sheet} row {row}: the Status of {item_id} is a formula ({formula}); its value "
    "'{status}' was read"
)
ROW_CUT_NOTE_EDITED = (
    "{sheet} row {row}: the Note of {item_id} is the export's shortened copy of a long note "
    "and was edited in the workbook; the project's full note was kept (edit long notes in "
    "Claimdesk)"
)
ROW_DUPLICATE = (
    "{sheet} rows {rows}: {item_id} is listed {n} times with different statuses or notes; "
    "none of them was imported"
)
ROW_REPEATED = "{sheet} rows {rows}: {item_id} is listed {n} times (the same review); imported once"
SHEET_TOO_LONG = (
    "{sheet}: more than {limit:,} rows for {items:,} items in the project; rows after "
    "{last:,} were not read (is this the workbook Claimdesk exported?)"
)
MORE_MESSAGES = "… and {n:,} more messages"

# A reviewed workbook has one row per item; many more rows than that is not a review (a
# pasted column, a fill-down to the last row) and reading them all costs minutes and memory.
ROW_SLACK = 1_000  # rows allowed beyond the project's item count
MAX_MESSAGES = 500  # row messages listed; the rest are counted
# The export's mark on a note cut to fit a cell (core.export.cells.TRUNCATION_NOTE).
_CUT_MARK = re.compile(
    re.escape(TRUNCATION_NOTE).replace(re.escape("{n}"), r"[\d,]+") + r"\Z"
)


@dataclass(frozen=True, slots=True)
class _SheetSpec:
    sheet: str
    id_header: str
    # header → the item's text as the export wrote it, to notice an id that now names
    # something else
    checks: Mapping[str, Callable[[Any], str]]


@dataclass(frozen=True, slots=True)
class _Row:
    number: int
    review: Review


def _cell_text(value: object) -> str:
    return "" if value is None else str(value)


def _formulas(ws: Any | None) -> Iterator[dict[int, str]]:
    """Per row, the formula of every formula cell by column (the values pass reads only the
    cached result, and nothing at all for a formula Excel never calculated)."""
    if ws is None:
        return
    for row in ws.iter_rows():
        yield {
            i: str(cell.value) for i, cell in enumerate(row)
            if getattr(cell, "data_type", None) == "f"
        }


def _read_sheet(
    ws: Any,
    spec: _SheetSpec,
    items: Mapping[str, Any],
    *,
    current: Mapping[str, Review],
    safe_text: Callable[[str], str],
    messages: list[str],
    formulas_ws: Any | None = None,
) -> tuple[list[ReviewChange], int]:
    rows = ws.iter_rows(values_only=True)
    formulas = _formulas(formulas_ws)
    header = [_cell_text(h).strip() for h in next(rows, ())]
    next(formulas, None)
    needed = [spec.id_header, "Status", "Note"]
    if any(h not in header for h in needed):
        raise ProjectError(Errors.E037.format(sheet=spec.sheet, columns=", ".join(needed)))
    col = {h: header.index(h) for h in header if h}
    sheet = _Sheet(spec, items, current, safe_text, messages, col)
    limit = len(items) + ROW_SLACK
    wanted: dict[str, list[_Row]] = {}
    read = 0
    for row_no, row in enumerate(rows, start=2):
        row_formulas = next(formulas, {})
        cells = list(row) + [None] * (len(header) - len(row))
        if all(c is None or c == "" for c in cells) and not row_formulas:
            continue
        read += 1
        if read > limit:
            messages.append(SHEET_TOO_LONG.format(
                sheet=spec.sheet, limit=limit, items=len(items), last=row_no - 1))
            break
        found = sheet.row(row_no, cells, row_formulas)
        if found is not None:
            wanted.setdefault(found.review.item_id, []).append(found)
    return _changes(sheet, wanted)


@dataclass(frozen=True, slots=True)
class _Sheet:
    """A reviewed sheet being read: what its rows are checked against, and its columns."""

    spec: _SheetSpec
    items: Mapping[str, Any]
    current: Mapping[str, Review]
    safe_text: Callable[[str], str]
    messages: list[str]
    col: dict[str, int]

    def row(self, row_no: int, cells: list[Any], row_formulas: dict[int, str]) -> _Row | None:
        """The verdict one row asks for; None (with a message) when the row cannot say."""
        spec, col, messages = self.spec, self.col, self.messages
        item_id = _cell_text(cells[col[spec.id_header]]).strip()
        status = _cell_text(cells[col["Status"]]).strip().lower()
        where = {"sheet": spec.sheet, "row": row_no, "item_id": item_id, "status": status}
        if not item_id:
            messages.append(ROW_NO_ID.format(**where, id_header=spec.id_header))
            return None
        item = self.items.get(item_id)
        if item is None:
            messages.append(ROW_UNKNOWN.format(**where))
            return None
        # a cleared cell proves nothing; a different text proves the id moved on
        differs = [
            h for h, text_of in spec.checks.items()
            if h in col and cells[col[h]] not in (None, "")
            and _cell_text(cells[col[h]]) != self.safe_text(text_of(item))
        ]
        if differs:
            messages.append(ROW_CHANGED.format(**where, column=differs[0]))
            return None
        old = self.current.get(item_id, Review(item_id))
        if col["Status"] in row_formulas:
            messages.append(ROW_FORMULA_STATUS.format(
                **where, formula=_short(row_formulas[col["Status"]])))
        if not status:
            messages.append(ROW_EMPTY_STATUS.format(**where, kept=old.status))
            status = old.status
        if status not in STATUSES:
            messages.append(ROW_BAD_STATUS.format(**where, allowed=", ".join(STATUSES)))
            return None
        note = self.note(_cell_text(cells[col["Note"]]), old, row_formulas, where)
        return _Row(row_no, Review(item_id, _as_status(status), note, old.evidence))

    def note(
        self, note: str, old: Review, row_formulas: dict[int, str], where: dict[str, Any]
    ) -> str:
        """The row's note: the old one where the cell holds a formula, the export's copy of
        it, or an edited note that was cut to fit its cell."""
        col = self.col
        if col["Note"] in row_formulas:
            self.messages.append(ROW_FORMULA_NOTE.format(
                **where, formula=_short(row_formulas[col["Note"]])))
            return old.note
        if note == self.safe_text(old.note):
            return old.note  # the export's copy (cut to fit a cell, controls made spaces)
        if _CUT_MARK.search(note):
            self.messages.append(ROW_CUT_NOTE_EDITED.format(**where))
            return old.note
        return note


def _changes(sheet: _Sheet, wanted: dict[str, list[_Row]]) -> tuple[list[ReviewChange], int]:
    """The verdicts that change, and how many rows ask for no change; an item on several
    rows that disagree changes nothing."""
    changes: list[ReviewChange] = []
    unchanged = 0
    for item_id, found in wanted.items():
        reviews = {(r.review.status, r.review.note) for r in found}
        if len(found) > 1:
            rows_text = ", ".join(str(r.number) for r in found[:10])
            if len(found) > 10:
                rows_text += ", …"
            template = ROW_DUPLICATE if len(reviews) > 1 else ROW_REPEATED
            sheet.messages.append(template.format(
                sheet=sheet.spec.sheet, rows=rows_text, item_id=item_id, n=len(found)))
            if len(reviews) > 1:
                continue
        old = sheet.current.get(item_id, Review(item_id))
        new = found[0].review
        if (new.status, new.note) == (old.status, old.note):
            unchanged += 1
        else:
            changes.append(ReviewChange(item_id, old, new))
    return changes, unchanged


def _short(formula: str) -> str:
    return formula if len(formula) <= 60 else formula[:59] + "…"


def _as_status(text: str) -> Status:
    for status in STATUSES:
        if status == text:
            return status
    raise ValueError(text)


def import_reviews(workbook_path: str | os.PathLike[str], project: Project) -> RoundTripReport:
    """Read Status and Note back from a workbook exported by Claimdesk and reviewed in Excel
    (sheets Claims and, if present, Statements), matched by id. Rows whose id is gone or now
    names a different claim are listed, not imported. All changes are one action in the
    project's history."""
    import openpyxl

    path = Path(workbook_path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        # the same cells as written: a formula is seen as one, not as its (missing) result
        wb_formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError... on bad input
        raise ProjectError(Errors.E036.format(path=path, reason=exc)) from exc
    try:
        if "Claims" not in wb.sheetnames:
            raise ProjectError(Errors.E037.format(sheet="Claims", columns="Claim id, Status, Note"))
        result = project.result()
        claims = {c.id: c for c in result.claims}
        statements = {s.id: s for s in result.statements}
        specs: list[tuple[_SheetSpec, Mapping[str, Any]]] = [
            (_SheetSpec("Claims", "Claim id", {
                "Figure as written": lambda c: c.number_text,
                "Sentence": lambda c: c.sentence,
            }), claims),
        ]
        if "Statements" in wb.sheetnames:
            specs.append((_SheetSpec("Statements", "Statement id", {
                "Content": lambda s: s.content,
            }), statements))
        messages: list[str] = []
        changes: list[ReviewChange] = []
        unchanged = 0
        for spec, items in specs:
            got, same = _read_sheet(
                wb[spec.sheet], spec, items,
                current=result.reviews, safe_text=safe_text, messages=messages,
                formulas_ws=wb_formulas[spec.sheet],
            )
            changes += got
            unchanged += same
    finally:
        wb.close()
        wb_formulas.close()
    if len(messages) > MAX_MESSAGES:
        messages[MAX_MESSAGES:] = [MORE_MESSAGES.format(n=len(messages) - MAX_MESSAGES)]
    if changes:
        project.set_reviews([c.new for c in changes], action="import_reviews", source=str(path))
    return RoundTripReport(tuple(changes), unchanged, tuple(messages))

"""The Excel round trip: Status and Note read back from a reviewed workbook."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import Errors, ProjectError
from core.export.writers import safe_text
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
            text += f", {len(self.messages)} rows not imported"
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


@dataclass(frozen=True, slots=True)
class _SheetSpec:
    sheet: str
    id_header: str
    # header → the item's text as the export wrote it, to notice an id that now names
    # something else
    checks: Mapping[str, Callable[[Any], str]]


def _cell_text(value: object) -> str:
    return "" if value is None else str(value)


def _read_sheet(
    ws: Any,
    spec: _SheetSpec,
    items: Mapping[str, Any],
    *,
    current: Mapping[str, Review],
    safe_text: Callable[[str], str],
    messages: list[str],
) -> tuple[list[ReviewChange], int]:
    rows = ws.iter_rows(values_only=True)
    header = [_cell_text(h).strip() for h in next(rows, ())]
    needed = [spec.id_header, "Status", "Note"]
    if any(h not in header for h in needed):
        raise ProjectError(Errors.E037.format(sheet=spec.sheet, columns=", ".join(needed)))
    col = {h: header.index(h) for h in header if h}
    changes: list[ReviewChange] = []
    unchanged = 0
    seen: set[str] = set()
    for row_no, row in enumerate(rows, start=2):
        cells = list(row) + [None] * (len(header) - len(row))
        if all(c is None or c == "" for c in cells):
            continue
        item_id = _cell_text(cells[col[spec.id_header]]).strip()
        status = _cell_text(cells[col["Status"]]).strip().lower()
        note = _cell_text(cells[col["Note"]])
        where = {"sheet": spec.sheet, "row": row_no, "item_id": item_id, "status": status}
        if not item_id:
            messages.append(ROW_NO_ID.format(**where, id_header=spec.id_header))
            continue
        item = items.get(item_id)
        if item is None:
            messages.append(ROW_UNKNOWN.format(**where))
            continue
        # a cleared cell proves nothing; a different text proves the id moved on
        differs = [
            h for h, text_of in spec.checks.items()
            if h in col and cells[col[h]] not in (None, "")
            and _cell_text(cells[col[h]]) != safe_text(text_of(item))
        ]
        if differs:
            messages.append(ROW_CHANGED.format(**where, column=differs[0]))
            continue
        old = current.get(item_id, Review(item_id))
        if not status:
            messages.append(ROW_EMPTY_STATUS.format(**where, kept=old.status))
            status = old.status
        if status not in STATUSES:
            messages.append(ROW_BAD_STATUS.format(**where, allowed=", ".join(STATUSES)))
            continue
        seen.add(item_id)
        new = Review(item_id, _as_status(status), note, old.evidence)
        if (new.status, new.note) == (old.status, old.note):
            unchanged += 1
        else:
            changes.append(ReviewChange(item_id, old, new))
    return changes, unchanged


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
            )
            changes += got
            unchanged += same
    finally:
        wb.close()
    if changes:
        project.set_reviews([c.new for c in changes], action="import_reviews", source=str(path))
    return RoundTripReport(tuple(changes), unchanged, tuple(messages))

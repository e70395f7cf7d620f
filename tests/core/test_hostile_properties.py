"""Property tests (issue 15): whatever text arrives, every writer writes it and reads back
with no formula cell and no traceback; whatever a colleague does to a review workbook, the
import answers with messages and loses no note.

Example counts are small, and the one property that runs the extraction parses a sentence or
two per example with the model loaded once, so the file runs in well under a minute.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import ProjectError
from core.export.cells import clean_text
from core.export.claimreview import write_claimreview
from core.export.csvfile import write_csv
from core.export.jsonfile import write_json
from core.export.roundtrip import import_reviews
from core.export.rows import CLAIM_COLUMNS
from core.export.xlsx import write_xlsx
from core.ingest.files import from_text
from core.model import Result, Review
from core.pipeline import run_documents
from core.project.store import Project
from tests.core.test_store import sample_result

FAST = settings(
    max_examples=30,
    deadline=None,  # the first example loads the model
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
HOSTILE = st.sampled_from([
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\ufffe", "\uffff",
    "\ud800", "\udfff", "\u2028", "=", "+", "-", "@", "\t", "\r", "\n", " ", "'", '"', ",",
    "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "12", "people were killed",
])
TEXT = st.lists(st.one_of(st.characters(), HOSTILE), max_size=20).map("".join)
FORMULA_START = ("=", "+", "-", "@")
TEXT_COLUMNS = ("Sentence", "Actor", "Subject", "Note", "Attribution", "Place")


def _write_all(result: Result, folder: Path) -> None:
    write_xlsx(result, folder / "x.xlsx")
    write_csv(result, folder / "x.csv")
    write_json(result, folder / "x.json")
    write_claimreview(result, folder / "x.jsonld", organisation="Desk")


def _check_read_back(folder: Path) -> None:
    with zipfile.ZipFile(folder / "x.xlsx") as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                xml = z.read(name)
                assert b"<f>" not in xml
                assert b"<f " not in xml
    wb = openpyxl.load_workbook(folder / "x.xlsx")
    try:
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    assert cell.data_type != "f"
    finally:
        wb.close()
    with (folder / "x.csv").open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            for column in TEXT_COLUMNS:
                value = row[column]
                assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value)
                if value.lstrip(" \t\r\n").startswith(FORMULA_START):
                    assert value.startswith("'"), value
    json.loads((folder / "x.json").read_text(encoding="utf-8"))
    json.loads((folder / "x.jsonld").read_text(encoding="utf-8"))


@FAST
@given(sentence=TEXT, actor=TEXT, note=TEXT, place=TEXT)
def test_any_text_survives_every_writer(sentence: str, actor: str, note: str, place: str) -> None:
    base = sample_result()
    c1 = dataclasses.replace(base.claims[0], sentence=sentence, actor=actor, location=place,
                             attribution=note, subject=sentence)
    result = dataclasses.replace(
        base, claims=(c1, *base.claims[1:]),
        reviews={"c1": Review("c1", "verified", note), "c3": Review("c3", "false", actor)},
    )
    with tempfile.TemporaryDirectory() as tmp:
        _write_all(result, Path(tmp))
        _check_read_back(Path(tmp))


@settings(FAST, max_examples=10)
@given(before=TEXT, after=TEXT)
def test_any_text_survives_extraction_and_every_writer(before: str, after: str) -> None:
    text = f"{before} At least 12 people were killed in Fenwick, police said. {after}"
    result = run_documents([from_text(text, doc_id="d1")])
    assert result.failures == ()
    with tempfile.TemporaryDirectory() as tmp:
        _write_all(result, Path(tmp))
        _check_read_back(Path(tmp))


# --- review workbooks ---------------------------------------------------------------------------

NOTES = {"c1": "police and hospital agree", "c2": "x" * 33_000, "c3": "=not a formula"}
HEADERS = [h for h, _w in CLAIM_COLUMNS]
CELL = st.one_of(
    st.none(), TEXT.map(clean_text), st.integers(-5, 10**6),  # a workbook holds no controls
    st.sampled_from(["verified", "false", "disputed", "Verified ", "c1", "c2", "c3", "s1",
                     '=HYPERLINK("http://x","y")', "=A1", "=1/0", "=c1"]),
)
EDIT = st.one_of(
    st.tuples(st.just("cell"), st.integers(1, 6), st.sampled_from(HEADERS), CELL),
    st.tuples(st.just("duplicate"), st.integers(2, 4), st.sampled_from(HEADERS), CELL),
    st.tuples(st.just("sheet"), st.integers(0, 3), st.sampled_from(HEADERS), CELL),
    st.tuples(st.just("delete"), st.integers(1, 4), st.sampled_from(HEADERS), CELL),
)


def _apply(ws: Any, wb: Any, edit: tuple[str, int, str, Any]) -> None:
    kind, row, header, value = edit
    col = HEADERS.index(header) + 1
    if kind == "cell":
        ws.cell(row, col).value = value
    elif kind == "duplicate":
        values = [c.value for c in ws[row]]
        values[col - 1] = value
        ws.append(values)
    elif kind == "sheet":
        extra = wb.create_sheet(f"Extra {row}")
        extra.append([header, value])
    else:
        ws.delete_rows(row)


def _literal_notes(path: Path) -> dict[str, set[str]]:
    """Per claim id, the notes the workbook holds as text (formulas are no note)."""
    wb = openpyxl.load_workbook(path)
    try:
        ws = wb["Claims"]
        header = [str(c.value).strip() if c.value is not None else "" for c in ws[1]]
        if "Claim id" not in header or "Note" not in header:
            return {}
        id_col, note_col = header.index("Claim id"), header.index("Note")
        notes: dict[str, set[str]] = {}
        for row in ws.iter_rows(min_row=2):
            cell = row[note_col] if note_col < len(row) else None
            item = row[id_col].value if id_col < len(row) else None
            if cell is None or cell.data_type == "f" or item is None:
                continue
            notes.setdefault(str(item).strip(), set()).add(
                "" if cell.value is None else str(cell.value)
            )
        return notes
    finally:
        wb.close()


@settings(FAST, max_examples=15)
@given(edits=st.lists(EDIT, max_size=6))
def test_any_review_workbook_imports_with_messages_and_loses_no_note(
    edits: list[tuple[str, int, str, Any]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Project.create(folder / "p.claimdesk") as project:
            project.add_result(sample_result())
            project.set_reviews([Review(k, "verified", v) for k, v in NOTES.items()])
            exported = folder / "export.xlsx"
            write_xlsx(project.result(), exported)
            wb = openpyxl.load_workbook(exported)
            for edit in edits:
                _apply(wb["Claims"], wb, edit)
            wb.save(exported)
            literal = _literal_notes(exported)
            before = project.reviews()
            history = len(project.history())
            try:
                report = import_reviews(exported, project)
            except ProjectError as exc:  # a workbook without the columns: one clear message
                message = str(exc)
                report = None
            if report is None:
                assert "workbook" in message
                assert project.reviews() == before
                return
            after = project.reviews()
            for item_id, old in before.items():
                new = after[item_id].note
                # a note changes only to a text the workbook holds for it, never to the
                # export's shortened copy or a formula's (missing) result
                assert new == old.note or new in literal.get(item_id, set()), (item_id, new)
                assert "cut by Claimdesk" not in new or new == old.note
            if not report.changes:
                assert len(project.history()) == history

"""Figures of a table flattened into lines whose first line heads the columns: bar-parted
("Province | Attacks | Killed", then "Eastvale | 14 | 22"), or a name and a colon before
slash-parted cells ("Province: attacks / killed / injured", then "Eastvale: 14 / 22 / 30"). A
bare figure that fills a cell takes the measure its column's heading names, and the row's
first cell names what the row counts for. Read on the document's text, as ``row_labels``
reads labelled rows. A score ("Lahore: 180/4") has no heading line of as many cells that
names measures: no table of them."""

from __future__ import annotations

from typing import cast

from core.ingest.figure_rows import label_measure
from core.model import Measure

BAR = "|"
SLASH = "/"
COLON = ":"
MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped", "attacks", "operations"})
MIN_CELLS = 3  # a row's name and two figures at least: "Eastvale | 14 | 22"

Cells = list[tuple[int, int]]  # each cell's (start, end) in the text


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return start, len(text) if stop < 0 else stop


def _parted(text: str, start: int, stop: int, mark: str) -> Cells:
    cells: Cells = []
    while True:
        found = text.find(mark, start, stop)
        cells.append((start, stop if found < 0 else found))
        if found < 0:
            return cells
        start = found + 1


def _cells(text: str, start: int, stop: int) -> tuple[str, Cells] | None:
    """The line's kind of table and its cells: bar-parted, or a name, a colon and
    slash-parted cells; None for a line of fewer than ``MIN_CELLS``."""
    if text.count(BAR, start, stop) >= MIN_CELLS - 1:
        return BAR, _parted(text, start, stop, BAR)
    colon = text.find(COLON, start, stop)
    if colon < 0 or text.count(SLASH, colon, stop) < MIN_CELLS - 2:
        return None
    if SLASH in text[start:colon]:
        return None
    return SLASH, [(start, colon), *_parted(text, colon + 1, stop, SLASH)]


def _heading(text: str, start: int, kind: str, count: int) -> list[str] | None:
    """The cells of the heading line above the row starting at ``start``: the nearest line
    above, past rows of as many cells and blank lines, with as many cells and no digit."""
    above = start - 1
    while above > 0:
        line_start = text.rfind("\n", 0, above) + 1
        if text[line_start:above].strip():
            found = _cells(text, line_start, above)
            if found is None or found[0] != kind or len(found[1]) != count:
                return None
            if not any(ch.isdigit() for ch in text[line_start:above]):
                return [text[a:b].strip() for a, b in found[1]]
        above = line_start - 1
    return None


def _cell(text: str, at: int, end: int) -> tuple[tuple[int, int], list[str], int] | None:
    """The row's first cell (start, end), the heading's cells and the figure's column, when
    the figure at ``at``..``end`` fills a cell of a table's row other than its first."""
    start, stop = _line(text, at)
    found = _cells(text, start, stop)
    if found is None:
        return None
    kind, cells = found
    column = next((n for n, (a, b) in enumerate(cells) if a <= at and end <= b), 0)
    cell_start, cell_end = cells[column]
    if column == 0 or text[cell_start:at].strip() or text[end:cell_end].strip():
        return None
    heading = _heading(text, start, kind, len(cells))
    return (cells[0], heading, column) if heading is not None else None


def column_measure(text: str, at: int, end: int) -> Measure | None:
    """The measure the column's heading names for the figure at ``at``..``end`` (in the
    document's text) that fills a cell of a table's row; None for any other figure."""
    found = _cell(text, at, end)
    if found is None:
        return None
    measure = label_measure(found[1][found[2]])
    return cast("Measure", measure) if measure in MEASURES else None


def row_name(text: str, at: int, end: int) -> tuple[str, str] | None:
    """The row's first cell and its column's heading ("Eastvale", "Province") for a figure
    that fills a cell of a table's row under a measure's column; None for any other."""
    found = _cell(text, at, end)
    if found is None or column_measure(text, at, end) is None:
        return None
    (start, stop), heading, _ = found
    name = text[start:stop].strip()
    return (name, heading[0]) if name else None

"""Figures of a table flattened into bar-parted lines whose first line heads the columns
("Province | Attacks | Killed", then "Eastvale | 14 | 22"): a bare figure that fills a cell
takes the measure its column's heading names, and the row's first cell names what the row
counts for. Read on the document's text, as ``row_labels`` reads labelled rows."""

from __future__ import annotations

from typing import cast

from core.ingest.figure_rows import label_measure
from core.model import Measure

BAR = "|"
MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped", "attacks", "operations"})
MIN_CELLS = 3  # a row's name and two figures at least: "Eastvale | 14 | 22"


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return start, len(text) if stop < 0 else stop


def _heading(text: str, start: int, bars: int) -> list[str] | None:
    """The cells of the heading line above the row starting at ``start``: the nearest line
    above, past rows of as many cells and blank lines, with as many cells and no digit."""
    above = start - 1
    while above > 0:
        line_start = text.rfind("\n", 0, above) + 1
        line = text[line_start:above]
        if line.strip():
            if line.count(BAR) != bars:
                return None
            if not any(ch.isdigit() for ch in line):
                return [cell.strip() for cell in line.split(BAR)]
        above = line_start - 1
    return None


def _cell(text: str, at: int, end: int) -> tuple[tuple[int, int], int, list[str]] | None:
    """The row's (start, end), the figure's column and the heading's cells, when the figure
    at ``at``..``end`` fills a cell of a bar-parted row other than its first."""
    start, stop = _line(text, at)
    bars = text.count(BAR, start, stop)
    if bars < MIN_CELLS - 1:
        return None
    column = text.count(BAR, start, at)
    cell_start = text.rfind(BAR, start, at) + 1
    cell_end = text.find(BAR, end, stop)
    cell_end = stop if cell_end < 0 else cell_end
    if column == 0 or text[cell_start:at].strip() or text[end:cell_end].strip():
        return None
    heading = _heading(text, start, bars)
    return ((start, stop), column, heading) if heading is not None else None


def column_measure(text: str, at: int, end: int) -> Measure | None:
    """The measure the column's heading names for the figure at ``at``..``end`` (in the
    document's text) that fills a cell of a table's row; None for any other figure."""
    found = _cell(text, at, end)
    if found is None:
        return None
    measure = label_measure(found[2][found[1]])
    return cast("Measure", measure) if measure in MEASURES else None


def row_name(text: str, at: int, end: int) -> tuple[str, str] | None:
    """The row's first cell and its column's heading ("Eastvale", "Province") for a figure
    that fills a cell of a table's row under a measure's column; None for any other."""
    found = _cell(text, at, end)
    if found is None or column_measure(text, at, end) is None:
        return None
    (start, _), _, heading = found
    name = text[start : text.find(BAR, start)].strip()
    return (name, heading[0]) if name else None

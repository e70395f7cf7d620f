"""The CSV export: one row per claim, safe for spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from typing import Any

from core.export.atomic import write_atomic, write_bytes
from core.export.cells import (
    looks_like_formula,
)
from core.export.rows import CLAIM_COLUMNS, Labels, claim_values, verified_subset
from core.model import Result

CSV_COLUMNS = (*[h for h, _w in CLAIM_COLUMNS], "Document id")


def _csv_value(value: Any, *, excel_safe: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        value = _CSV_ILLEGAL.sub(" ", value) if _CSV_ILLEGAL.search(value) else value
        if excel_safe and looks_like_formula(value):
            # A CSV has no cell types: Excel evaluates "=…" on opening. The apostrophe is how
            # Excel itself marks typed text (OWASP's advice for CSV injection).
            return "'" + value
    return value


# What a CSV cell cannot carry safely: the workbook's illegal characters and DEL (a
# spreadsheet may drop them and then read what follows them as a formula).
_CSV_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def write_csv(
    result: Result,
    target: str | os.PathLike[str],
    *,
    verified_only: bool = False,
    excel_safe: bool = True,
) -> None:
    """One row per claim (the Claims sheet's columns), UTF-8 with a BOM so Excel reads it as
    UTF-8. ``excel_safe`` prefixes text that Excel would evaluate as a formula with ``'``."""
    subset = verified_subset(result) if verified_only else result
    labels = Labels(subset)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for claim in subset.claims:
        values = [*claim_values(claim, labels), claim.document_id]
        writer.writerow([_csv_value(v, excel_safe=excel_safe) for v in values])
    data = buffer.getvalue().encode("utf-8-sig")
    write_atomic(target, lambda fh: write_bytes(fh, data))

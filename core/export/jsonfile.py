"""The JSON export, format ``claims/1`` of ``shared/docs/export-format.md``: fields are
added, never renamed."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
from typing import Any

from core.export.atomic import write_atomic, write_bytes
from core.export.rows import (
    GENERATOR,
    claim_row,
    document_row,
    iso,
    statement_row,
    verified_subset,
)
from core.model import Conflict, Result


def to_json_dict(result: Result) -> dict[str, Any]:
    """The export as plain data (format ``claims/1``)."""
    claim_event = {cid: e.id for e in result.events for cid in e.claim_ids}
    statement_event = {sid: e.id for e in result.events for sid in e.statement_ids}
    return {
        "format": "claims/1",
        "generator": GENERATOR,
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "documents": [document_row(d) for d in result.documents],
        "claims": [
            claim_row(c, event_id=claim_event.get(c.id), review=result.reviews.get(c.id),
                      extracted=result.extracted.get(c.id))
            for c in result.claims
        ],
        "statements": [
            statement_row(s, event_id=statement_event.get(s.id), review=result.reviews.get(s.id))
            for s in result.statements
        ],
        "events": [
            {"id": e.id, "label": e.label, "kind": e.kind, "location": e.location,
             "date_start": iso(e.date_start), "date_end": iso(e.date_end),
             "claim_ids": list(e.claim_ids), "statement_ids": list(e.statement_ids),
             "links": [{"a": ln.a, "b": ln.b, "score": round(ln.score, 3),
                        "reasons": list(ln.reasons)} for ln in e.links],
             "vetoes": [{"a": ln.a, "b": ln.b, "score": round(ln.score, 3),
                         "reasons": list(ln.reasons)} for ln in e.vetoes]}
            for e in result.events
        ],
        # A consumer of the contract reads ``kind`` as how two figures relate: reports that
        # give the incident different days are listed apart (docs/export-extensions.md).
        "conflicts": [
            row for x in result.conflicts if x.about == "figure" for row in pair_rows(x)
        ],
        "date_conflicts": [
            {**conflict_row(x), "about": x.about, "days": days_of(x, result)}
            for x in result.conflicts if x.about == "date"
        ],
        "statement_conflicts": [
            {"id": x.id, "event_id": x.event_id, "statement_ids": list(x.statement_ids),
             "kind": x.kind, "explanation": x.explanation}
            for x in result.statement_conflicts
        ],
        "failures": [{"path": f.path, "message": f.message} for f in result.failures],
    }


def conflict_row(x: Conflict) -> dict[str, Any]:
    row = {"id": x.id, "event_id": x.event_id, "claim_ids": list(x.claim_ids),
           "measure": x.measure, "kind": x.kind, "explanation": x.explanation}
    return {**row, "counted": x.counted} if x.counted else row


def pair_rows(x: Conflict) -> list[dict[str, Any]]:
    """The conflict's records: itself, or, when a report restates a figure (``sides``), one
    record per pair of claims that disagree, ids ``x1.1``, ``x1.2``, ... and ``group`` the
    conflict's id: ``claim_ids`` never holds two claims that agree."""
    if len(x.sides) != 2:
        return [conflict_row(x)]
    pairs = itertools.product(*x.sides)
    return [{**conflict_row(x), "id": f"{x.id}.{n}", "claim_ids": [a, b], "group": x.id}
            for n, (a, b) in enumerate(pairs, start=1)]


def days_of(x: Conflict, result: Result) -> list[dict[str, Any]]:
    """The days a date conflict sets against each other, each with the claims that give it."""
    dates = {c.id: c.date_start for c in result.claims if c.id in x.claim_ids}
    days: dict[str, list[str]] = {}
    for cid in x.claim_ids:
        days.setdefault(iso(dates.get(cid)) or "", []).append(cid)
    return [{"date": day or None, "claim_ids": ids} for day, ids in days.items()]


def write_json(
    result: Result, target: str | os.PathLike[str], *, verified_only: bool = False
) -> None:
    subset = verified_subset(result) if verified_only else result
    data = json_bytes(to_json_dict(subset))
    write_atomic(target, lambda fh: write_bytes(fh, data))


def json_bytes(data: Any) -> bytes:
    # json escapes control characters itself; a lone surrogate (pasted text) has no UTF-8
    # form and becomes "?", one character for one, so offsets still hold
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8", errors="replace")

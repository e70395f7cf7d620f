"""Writers for the exports checkers hand on. The JSON writer follows the contract in
``shared/docs/export-format.md`` (format ``claims/1``): fields are added, never renamed."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from core import __version__
from core.errors import Errors, ExportError
from core.model import Claim, Document, Result, Review, Statement

GENERATOR = f"Claimdesk {__version__}"


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _number(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "path": doc.path, "title": doc.title, "outlet": doc.outlet,
        "author": doc.author, "url": doc.url, "format": doc.format,
        "published": _iso(doc.published), "published_source": doc.published_source,
        "sha256": doc.sha256, "encoding": doc.encoding, "warnings": list(doc.warnings),
    }


def claim_row(claim: Claim, *, event_id: str | None, review: Review | None) -> dict[str, Any]:
    return {
        "id": claim.id, "document_id": claim.document_id,
        "start": claim.start, "end": claim.end, "number_text": claim.number_text,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start, "sentence_end": claim.sentence_end,
        "value": _number(claim.value), "qualifier": claim.qualifier,
        "low": _number(claim.low), "high": _number(claim.high),
        "measure": claim.measure, "subject": claim.subject, "actor": claim.actor,
        "location": claim.location,
        "date_start": _iso(claim.date_start), "date_end": _iso(claim.date_end),
        "date_text": claim.date_text, "attribution": claim.attribution,
        "event_type": claim.event_type, "part_of": claim.part_of, "rule": claim.rule,
        "manual": claim.manual, "event_id": event_id,
        "status": review.status if review else "unverified",
        "note": review.note if review else "",
    }


def statement_row(st: Statement, *, event_id: str | None, review: Review | None) -> dict[str, Any]:
    return {
        "id": st.id, "document_id": st.document_id, "start": st.start, "end": st.end,
        "speaker": st.speaker, "speaker_role": st.speaker_role, "speaker_kind": st.speaker_kind,
        "cue": st.cue, "content": st.content, "kind": st.kind, "rule": st.rule,
        "event_id": event_id,
        "status": review.status if review else "unverified",
        "note": review.note if review else "",
    }


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
            claim_row(c, event_id=claim_event.get(c.id), review=result.reviews.get(c.id))
            for c in result.claims
        ],
        "statements": [
            statement_row(s, event_id=statement_event.get(s.id), review=result.reviews.get(s.id))
            for s in result.statements
        ],
        "events": [
            {"id": e.id, "label": e.label, "kind": e.kind, "location": e.location,
             "date_start": _iso(e.date_start), "date_end": _iso(e.date_end),
             "claim_ids": list(e.claim_ids), "statement_ids": list(e.statement_ids),
             "links": [{"a": ln.a, "b": ln.b, "score": round(ln.score, 3),
                        "reasons": list(ln.reasons)} for ln in e.links]}
            for e in result.events
        ],
        "conflicts": [
            {"id": x.id, "event_id": x.event_id, "claim_ids": list(x.claim_ids),
             "measure": x.measure, "kind": x.kind, "explanation": x.explanation}
            for x in result.conflicts
        ],
        "failures": [{"path": f.path, "message": f.message} for f in result.failures],
    }


def write_atomic(target: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file in the target's folder, then rename it into place:
    a failure never leaves half a file behind."""
    path = Path(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as exc:
        raise ExportError(Errors.E015.format(target=path, reason=exc.strerror or exc)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(Errors.E015.format(target=path, reason=exc.strerror or exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(result: Result, target: str | os.PathLike[str]) -> None:
    data = json.dumps(to_json_dict(result), ensure_ascii=False, indent=1).encode("utf-8")
    write_atomic(target, lambda fh: fh.write(data))

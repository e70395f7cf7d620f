"""What every export writes: the row of a document, claim and statement, the columns and
their labels, the verified subset. The writers are ``jsonfile``, ``csvfile``, ``xlsx`` and
``claimreview``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from core import __version__
from core.model import Claim, Document, Result, Review, Statement

GENERATOR = f"Claimdesk {__version__}"


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def number_value(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "path": doc.path, "title": doc.title, "outlet": doc.outlet,
        "author": doc.author, "url": doc.url, "format": doc.format,
        "published": iso(doc.published), "published_source": doc.published_source,
        "sha256": doc.sha256, "encoding": doc.encoding, "warnings": list(doc.warnings),
    }


def corrected_fields(claim: Claim, extracted: Claim | None) -> list[str]:
    """The fields the checker corrected (empty when ``extracted`` is None)."""
    if extracted is None:
        return []
    return [f.name for f in dataclasses.fields(Claim)
            if getattr(claim, f.name) != getattr(extracted, f.name)]


def claim_row(claim: Claim, *, event_id: str | None, review: Review | None,
              extracted: Claim | None = None) -> dict[str, Any]:
    """One claim of the JSON export; ``value`` is as corrected, ``extracted_value`` as
    extracted (extension of claims/1, see docs/export-extensions.md)."""
    return {
        "id": claim.id, "document_id": claim.document_id,
        "start": claim.start, "end": claim.end, "number_text": claim.number_text,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start, "sentence_end": claim.sentence_end,
        "value": number_value(claim.value), "qualifier": claim.qualifier,
        "low": number_value(claim.low), "high": number_value(claim.high),
        "measure": claim.measure, "subject": claim.subject, "actor": claim.actor,
        "location": claim.location,
        "date_start": iso(claim.date_start), "date_end": iso(claim.date_end),
        "date_text": claim.date_text, "attribution": claim.attribution,
        "event_type": claim.event_type, "part_of": claim.part_of, "rule": claim.rule,
        "manual": claim.manual, "event_id": event_id,
        "recalls": claim.recalls,  # extension: docs/export-extensions.md
        "status": review.status if review else "unverified",
        "note": review.note if review else "",
        "extracted_value": number_value((extracted or claim).value),
        "corrected": extracted is not None,
        "corrected_fields": corrected_fields(claim, extracted),
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


# --- safe cells ---------------------------------------------------------------------------


def verified_subset(result: Result) -> Result:
    """Only the verified claims and statements, with the events, conflicts and documents that
    still concern them."""
    def ok(item_id: str) -> bool:
        review = result.reviews.get(item_id)
        return review is not None and review.status == "verified"

    claims = tuple(c for c in result.claims if ok(c.id))
    statements = tuple(s for s in result.statements if ok(s.id))
    kept = {c.id for c in claims} | {s.id for s in statements}
    events = tuple(
        dataclasses.replace(
            e,
            claim_ids=tuple(i for i in e.claim_ids if i in kept),
            statement_ids=tuple(i for i in e.statement_ids if i in kept),
            links=tuple(ln for ln in e.links if ln.a in kept and ln.b in kept),
            vetoes=tuple(ln for ln in e.vetoes if ln.a in kept and ln.b in kept),
        )
        for e in result.events
        if kept.intersection(e.claim_ids) or kept.intersection(e.statement_ids)
    )
    docs = {c.document_id for c in claims} | {s.document_id for s in statements}
    return dataclasses.replace(
        result,
        documents=tuple(d for d in result.documents if d.id in docs),
        claims=claims,
        statements=statements,
        events=events,
        conflicts=tuple(x for x in result.conflicts if kept.issuperset(x.claim_ids)),
        reviews={k: v for k, v in result.reviews.items() if k in kept},
    )


# --- what the sheets show -------------------------------------------------------------------

def range_text(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "any figure"
    if high is None:
        return f"{number_value(low)} or more"
    if low is None:
        return f"up to {number_value(high)}"
    return f"{number_value(low)}" if low == high else f"{number_value(low)}–{number_value(high)}"


def source_link(doc: Document, *, page: int | None = None) -> str | None:
    """Where a checker opens the source: the imported file (at the PDF page), else its URL."""
    if doc.path:
        path = Path(doc.path)
        uri = path.as_uri() if path.is_absolute() else path.as_posix()
        return f"{uri}#page={page}" if page else uri
    return doc.url


def figure_text(claim: Claim | None) -> str | None:
    return f"{claim.number_text} {claim.measure}" if claim else None


CLAIM_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Source", 22), ("Outlet", 16), ("Date", 11), ("Figure as written", 18), ("Value", 9),
    ("Qualifier", 10), ("Low", 8), ("High", 8), ("Measure", 10), ("Subject", 18),
    ("Actor", 18), ("Place", 14), ("Period start", 11), ("Period end", 11),
    ("Attribution", 18), ("Event", 24), ("Status", 11), ("Note", 24), ("Sentence", 70),
    # the checker's corrections: Value above is as corrected (added last: readers of the
    # reviewed workbook find columns by header, older sheets keep their positions)
    ("Claim id", 9), ("Extracted value", 9), ("Corrected", 12),
    # "yes": the figure recalls an earlier incident than its report's own (Claim.recalls), a
    # column a checker filters on to keep to the incident reported
    ("Recalls earlier", 10), ("Link", 14),
)
STATUS_COLUMN = [h for h, _w in CLAIM_COLUMNS].index("Status") + 1
SENTENCE_COLUMN = [h for h, _w in CLAIM_COLUMNS].index("Sentence") + 1
LINK_COLUMN = [h for h, _w in CLAIM_COLUMNS].index("Link") + 1

STATEMENT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Statement id", 11), ("Source", 22), ("Speaker", 20), ("Role", 20), ("Speaker kind", 12),
    ("Kind", 13), ("Cue", 16), ("Content", 70), ("Event", 24), ("Status", 11), ("Note", 24),
)
EVENT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Event", 30), ("Event id", 9), ("Measure", 10), ("Claims", 8), ("Claim ids", 20),
    ("Lowest", 9), ("Highest", 9), ("Range", 12), ("Conservative figure", 12),
    ("Conflicts", 30), ("Place", 14), ("Period start", 11), ("Period end", 11),
)
CONFLICT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Kind", 13), ("Measure", 10), ("Event", 30), ("Claim A", 9), ("Figure A", 22),
    ("Source A", 20), ("Claim B", 9), ("Figure B", 22), ("Source B", 20),
    ("Other claims", 12), ("Explanation", 50), ("Conflict id", 10),
)
SOURCE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Document id", 11), ("Name", 24), ("Title", 36), ("Outlet", 16), ("Author", 18),
    ("Published", 11), ("Date from", 10), ("URL", 30), ("Path", 30), ("Format", 8),
    ("Encoding", 10), ("Pages", 7), ("Warnings", 30), ("SHA-256", 66),
)


class Labels:
    """Lookups shared by the claim rows: document, event label, verdict."""

    def __init__(self, result: Result) -> None:
        self.docs = {d.id: d for d in result.documents}
        self.event_label = {}
        for e in result.events:
            for cid in (*e.claim_ids, *e.statement_ids):
                self.event_label[cid] = e.label
        self.reviews = result.reviews
        self.extracted = result.extracted
        self._links: dict[tuple[str, int | None], str | None] = {}

    def link(self, claim: Claim) -> str | None:
        doc = self.docs.get(claim.document_id)
        if doc is None:
            return None
        page = doc.page_at(claim.start) if doc.pages else None
        key = (doc.id, page)
        if key not in self._links:
            self._links[key] = source_link(doc, page=page)
        return self._links[key]

    def status(self, item_id: str) -> tuple[str, str]:
        review = self.reviews.get(item_id)
        return (review.status, review.note) if review else ("unverified", "")


def claim_values(claim: Claim, labels: Labels) -> list[Any]:
    """One Claims row (CLAIM_COLUMNS), as plain values; the link is the last value."""
    doc = labels.docs.get(claim.document_id)
    status, note = labels.status(claim.id)
    return [
        doc.name if doc else claim.document_id, doc.outlet if doc else None,
        doc.published if doc else None, claim.number_text, number_value(claim.value),
        claim.qualifier, number_value(claim.low), number_value(claim.high), claim.measure,
        claim.subject, claim.actor, claim.location, claim.date_start, claim.date_end,
        claim.attribution, labels.event_label.get(claim.id), status, note, claim.sentence,
        claim.id, number_value(labels.extracted.get(claim.id, claim).value),
        ", ".join(corrected_fields(claim, labels.extracted.get(claim.id))) or None,
        recalls_text(claim.recalls), labels.link(claim),
    ]


def recalls_text(recalls: bool | None) -> str | None:
    """The Recalls earlier cell: "yes", "no", or empty when the claim was not read for it."""
    return None if recalls is None else ("yes" if recalls else "no")


# --- Excel ---------------------------------------------------------------------------------


# --- CSV -----------------------------------------------------------------------------------


# --- ClaimReview ---------------------------------------------------------------------------



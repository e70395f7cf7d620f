"""The open project as the widgets see it: one ``Workspace`` that owns the data and signals
every change, over the project store (``core.project.store.Project``: a file, or SQLite's
memory until the project is saved). Views subscribe to the workspace's signals; user intent
reaches it as new core objects (a ``Review``, a correction, a decision), never by changing a
claim in place. Every edit is one store action that the store can undo, so Undo and Redo
work the same in memory, on a file and after reopening it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from core.group.decisions import EventDecision
from core.group.decisions import regroup as regroup_events
from core.group.statement_links import link_statements as link
from core.group.statement_links import statement_conflicts as find_statement_conflicts
from core.model import (
    Claim,
    Conflict,
    Document,
    Event,
    Failure,
    Result,
    Review,
    Statement,
    StatementConflict,
)
from core.project.corrections import DATE_FIELDS, NUMBER_FIELDS
from core.project.store import Project, Step, effective


def parse_field(field: str, text: str | None) -> Any:
    """A correction typed by the checker as the claim field's type; ``None`` clears it.
    Raises ``ValueError`` with a readable message for a value of the wrong type."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    if field in NUMBER_FIELDS:
        try:
            return float(text.replace(",", ""))
        except ValueError:
            raise ValueError(f"{field}: '{text}' is not a number") from None
    if field in DATE_FIELDS:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{field}: '{text}' is not a date (use YYYY-MM-DD)") from None
    return text


_SEVERITY = {"contradiction": 3, "divergent": 2, "update": 1, "consistent": 0}
# A statement conflict marks its statements as the claim conflict of the same weight would:
# a later report naming the claimant is an update, every other kind a disagreement.
STATEMENT_SEVERITY = {"update": "update", "claim_vs_no_claim": "contradiction",
                      "different_claimants": "contradiction", "quote_speakers": "contradiction"}


class Workspace(QObject):
    """The open project: data plus change signals. Every mutator commits to the backend
    first (the store autosaves), then updates the cache and signals."""

    reset = Signal()  # a different project, or many changes at once
    documents_changed = Signal()
    items_added = Signal(object)  # tuple[Claim | Statement, ...]
    review_changed = Signal(str)  # item id
    claim_changed = Signal(str)  # a correction changed the effective claim
    grouping_changed = Signal()  # events and conflicts replaced
    failures_changed = Signal()
    decisions_changed = Signal()  # the grouping must be made again
    undo_changed = Signal()  # what Undo / Redo would do changed

    def __init__(self, backend: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend: Project = backend if backend is not None else Project.memory()
        self.failures: list[Failure] = []
        self._load()

    # -- reading ---------------------------------------------------------------------------
    def _load(self) -> None:
        backend = self.backend
        self.documents: dict[str, Document] = {d.id: d for d in backend.documents()}
        self.claims: dict[str, Claim] = {c.id: c for c in backend.claims()}
        self.statements: dict[str, Statement] = {s.id: s for s in backend.statements()}
        self.reviews: dict[str, Review] = backend.reviews()
        self.corrections: dict[str, dict[str, Any]] = backend.corrections()
        self.failures = backend.failures()
        self._set_grouping(backend.events(), backend.conflicts())

    def _set_grouping(self, events: Iterable[Event], conflicts: Iterable[Conflict],
                      statement_conflicts: Iterable[StatementConflict] = ()) -> None:
        self.events: dict[str, Event] = {e.id: e for e in events}
        self.conflicts: dict[str, Conflict] = {x.id: x for x in conflicts}
        self.statement_conflicts: dict[str, StatementConflict] = {
            x.id: x for x in statement_conflicts}
        self.event_of: dict[str, str] = {
            cid: e.id for e in self.events.values() for cid in (*e.claim_ids, *e.statement_ids)
        }
        self.conflict_kind: dict[str, str] = {}
        # Claims whose reports give the incident different days (their date is underlined).
        self.date_conflicted: frozenset[str] = frozenset(
            cid for x in self.conflicts.values() if x.about == "date" for cid in x.claim_ids)
        for x in self.conflicts.values():
            for cid in x.claim_ids:
                old = self.conflict_kind.get(cid)
                if old is None or _SEVERITY[x.kind] > _SEVERITY[old]:
                    self.conflict_kind[cid] = x.kind
        for y in self.statement_conflicts.values():
            kind = STATEMENT_SEVERITY.get(y.kind, "contradiction")
            for sid in y.statement_ids:
                old = self.conflict_kind.get(sid)
                if old is None or _SEVERITY[kind] > _SEVERITY[old]:
                    self.conflict_kind[sid] = kind

    def effective(self, claim_id: str) -> Claim:
        return effective(self.claims[claim_id], self.corrections.get(claim_id, {}))

    def effective_claims(self) -> list[Claim]:
        return [self.effective(cid) for cid in self.claims]

    def status(self, item_id: str) -> str:
        review = self.reviews.get(item_id)
        return review.status if review else "unverified"

    def review(self, item_id: str) -> Review:
        return self.reviews.get(item_id) or Review(item_id)

    def decisions(self) -> tuple[EventDecision, ...]:
        return tuple(EventDecision(d.kind, d.claim_ids)  # type: ignore[arg-type]
                     for d in self.backend.decisions())

    def result(self) -> Result:
        """Everything, with corrections applied, as the exporters take it."""
        return Result(
            documents=tuple(self.documents.values()),
            claims=tuple(self.effective(cid) for cid in self.claims),
            statements=tuple(self.statements.values()),
            events=tuple(self.events.values()),
            conflicts=tuple(self.conflicts.values()),
            failures=tuple(self.failures),
            reviews=dict(self.reviews),
            statement_conflicts=tuple(self.statement_conflicts.values()),
            extracted={cid: self.claims[cid] for cid, fixes in self.corrections.items()
                       if fixes and cid in self.claims},
        )

    def items_of(self, document_id: str) -> list[Claim | Statement]:
        items: list[Claim | Statement] = [
            c for c in self.claims.values() if c.document_id == document_id
        ]
        items.extend(s for s in self.statements.values() if s.document_id == document_id)
        return items

    # -- changing --------------------------------------------------------------------------
    def replace_backend(self, backend: Project) -> None:
        self.backend = backend
        self._load()
        self.reset.emit()

    def reload(self) -> None:
        """The store changed behind the cache (a review import, an orphan attached). The
        statement conflicts, which the store does not keep, stay while their statements do."""
        stated = self.statement_conflicts.values()
        self._load()
        kept = [y for y in stated if all(s in self.statements for s in y.statement_ids)]
        self._set_grouping(self.events.values(), self.conflicts.values(), kept)
        self.reset.emit()
        self.undo_changed.emit()

    def add_result(self, result: Result) -> None:
        """A finished document (or batch): stored at once, shown at once."""
        self.backend.add_result(result)
        for doc in result.documents:
            self.documents[doc.id] = doc
        self.claims.update((c.id, c) for c in result.claims)
        self.statements.update((s.id, s) for s in result.statements)
        for review in result.reviews.values():
            self.reviews[review.item_id] = review
        if result.events or result.conflicts:
            self._set_grouping(result.events, result.conflicts, result.statement_conflicts)
            self.grouping_changed.emit()
        if result.documents:
            self.documents_changed.emit()
        if result.claims or result.statements:
            self.items_added.emit((*result.claims, *result.statements))
        self._list_failures(result.failures, result.documents)

    def add_failures(self, failures: Sequence[Failure]) -> None:
        """Files a run could not read: kept with the project and listed in Sources."""
        self.backend.add_failures(failures)
        self._list_failures(failures, ())

    def _list_failures(self, failures: Sequence[Failure], read: Iterable[Document]) -> None:
        """As the store keeps them: one row a file, gone once the file is read."""
        paths = {f.path for f in failures} | {d.path for d in read if d.path}
        if paths & {f.path for f in self.failures} or failures:
            self.failures = [f for f in self.failures if f.path not in paths]
            self.failures.extend(failures)
            self.failures_changed.emit()

    def replace_document(self, document_id: str, fresh: Result) -> Any:
        """A re-run of one document: its items replaced by ``fresh`` (ids already allocated),
        the other documents' items kept; the store re-attaches verdicts and corrections.
        Returns the store's re-attachment report."""
        keep_claims = tuple(c for c in self.claims.values()
                            if c.document_id != document_id and not c.manual)
        full = Result(
            documents=tuple(fresh.documents[0] if d.id == document_id and fresh.documents
                            else d for d in self.documents.values()),
            claims=(*keep_claims, *fresh.claims),
            statements=(*(s for s in self.statements.values() if s.document_id != document_id),
                        *fresh.statements),
            events=tuple(self.events.values()),
            conflicts=tuple(self.conflicts.values()),
            statement_conflicts=tuple(self.statement_conflicts.values()),
        )
        report = self.backend.replace_extraction(full)
        self._load()
        self.reset.emit()
        self.undo_changed.emit()
        return report

    def remove_document(self, document_id: str) -> None:
        self.backend.remove_document(document_id)
        self._load()
        self.reset.emit()
        self.undo_changed.emit()

    def set_grouping(self, events: Sequence[Event], conflicts: Sequence[Conflict],
                     statement_conflicts: Sequence[StatementConflict] = ()) -> None:
        """A new grouping (after a run or a decision): stored, then shown (a read-only
        project keeps it in memory: it is made again from the claims on every open)."""
        if self.backend.read_only is None:
            self.backend.set_grouping(events, conflicts)
        self._set_grouping(events, conflicts, statement_conflicts)
        self.grouping_changed.emit()

    def set_reviews(self, reviews: Sequence[Review], label: str) -> None:
        """Verdicts, notes or evidence of one or more items: one action, one step of Undo."""
        if not reviews:
            return
        self.backend.set_reviews(reviews, label=label,
                                 item_id=reviews[0].item_id if len(reviews) == 1 else None)
        for review in reviews:
            self.reviews[review.item_id] = review
            self.review_changed.emit(review.item_id)
        self.undo_changed.emit()

    def set_review(self, review: Review) -> None:
        self.set_reviews([review], f"Verdict on {review.item_id}")

    def set_correction(self, claim_id: str, field: str, value: Any) -> None:
        """The checker's value for a field (``None`` for the value field goes back to the
        extracted value; for another field it says "none")."""
        fields = self.corrections.setdefault(claim_id, {})
        if value is None and (field == "value" or field in fields):
            self.backend.clear_correction(claim_id, field)
            fields.pop(field, None)
        else:
            self.backend.set_correction(claim_id, field, value)
            fields[field] = value
        self.claim_changed.emit(claim_id)
        self.undo_changed.emit()

    def add_decisions(self, decisions: Sequence[tuple[str, Sequence[str]]], label: str) -> None:
        """The checker's event decisions for one merge, split or move (one step of Undo);
        the owner of the grouping re-groups on ``decisions_changed``."""
        self.backend.add_decisions(decisions, label=label)
        self.decisions_changed.emit()
        self.undo_changed.emit()

    def add_decision(self, kind: str, claim_ids: Sequence[str]) -> None:
        self.add_decisions([(kind, tuple(claim_ids))], f"Event decision: {kind}")

    def add_manual_claim(self, claim: Claim) -> Claim:
        """Store a claim caught by hand; returns it with the id the store gave it."""
        stored = self.backend.add_manual_claim(claim)
        self.claims[stored.id] = stored
        self.items_added.emit((stored,))
        self.documents_changed.emit()
        self.undo_changed.emit()
        return stored

    def set_document_meta(self, doc_id: str, *, outlet: str | None, title: str | None) -> None:
        """The checker's outlet and title for a source; its claims regroup (the outlet is
        evidence for the grouping and names the source in explanations)."""
        self.documents[doc_id] = self.backend.set_document_meta(doc_id, outlet=outlet,
                                                                title=title)
        self.documents_changed.emit()
        self.decisions_changed.emit()
        self.undo_changed.emit()

    # -- undo ------------------------------------------------------------------------------
    def undo_label(self) -> str | None:
        """What Undo would do: nothing on a read-only project (it could not be saved)."""
        return self.backend.undo_label() if self.backend.read_only is None else None

    def redo_label(self) -> str | None:
        return self.backend.redo_label() if self.backend.read_only is None else None

    def undo(self) -> Step | None:
        return self._refresh(self.backend.undo())

    def redo(self) -> Step | None:
        return self._refresh(self.backend.redo())

    def _refresh(self, step: Step | None) -> Step | None:
        """Bring the cache in line with the rows one undone or redone edit changed."""
        if step is None:
            return None
        backend = self.backend
        for table, key in step.rows:
            if table == "review":
                review = backend.review(key)
                if review is None:
                    self.reviews.pop(key, None)
                else:
                    self.reviews[key] = review
                self.review_changed.emit(key)
            elif table == "correction":
                claim_id = key[0]
                self.corrections[claim_id] = backend.corrections_of(claim_id)
                self.claim_changed.emit(claim_id)
            elif table == "document":
                doc = backend.document(key)
                if doc is not None:
                    self.documents[key] = doc
                self.documents_changed.emit()
        if step.touches("claim"):
            self.claims = {c.id: c for c in backend.claims()}
            self.reset.emit()
        if step.touches("decision") or step.touches("claim") or step.touches("document"):
            self.decisions_changed.emit()
        self.undo_changed.emit()
        return step


class RunIds:
    """Fresh ids for one extraction run. The pipeline numbers d1…, c1…, s1… afresh on every
    run; a project that already holds items must never see an id twice (the store refuses it),
    so every id of the run is mapped to the next free one, consistently across the run's
    streamed partial results and its final events and conflicts."""

    def __init__(self, ws: Workspace) -> None:
        taken = [*ws.documents, *ws.claims, *ws.statements]
        self._next: dict[str, int] = {}
        for item_id in taken:
            prefix, digits = item_id[:1], item_id[1:]
            if digits.isdigit():
                self._next[prefix] = max(self._next.get(prefix, 1), int(digits) + 1)
        self.map: dict[str, str] = {}

    def _fresh(self, old: str) -> str:
        new = self.map.get(old)
        if new is None:
            prefix = old[:1] if old[:1].isalpha() else "x"
            n = self._next.get(prefix, 1)
            self._next[prefix] = n + 1
            new = self.map[old] = f"{prefix}{n}"
        return new

    def _id(self, old: str | None) -> str | None:
        return None if old is None else self.map.get(old, old)

    def result(self, r: Result) -> Result:
        """The result with every document, claim and statement id made fresh."""
        for item_id in (*(d.id for d in r.documents), *(c.id for c in r.claims),
                        *(s.id for s in r.statements)):
            self._fresh(item_id)
        m = self.map
        return Result(
            documents=tuple(dataclasses.replace(d, id=m[d.id]) for d in r.documents),
            claims=tuple(
                dataclasses.replace(c, id=m[c.id], document_id=m.get(c.document_id, c.document_id),
                                    part_of=self._id(c.part_of))
                for c in r.claims
            ),
            statements=tuple(
                dataclasses.replace(s, id=m[s.id], document_id=m.get(s.document_id, s.document_id))
                for s in r.statements
            ),
            events=tuple(
                dataclasses.replace(
                    e, claim_ids=tuple(m.get(i, i) for i in e.claim_ids),
                    statement_ids=tuple(m.get(i, i) for i in e.statement_ids),
                    links=tuple(dataclasses.replace(ln, a=m.get(ln.a, ln.a), b=m.get(ln.b, ln.b))
                                for ln in e.links),
                )
                for e in r.events
            ),
            conflicts=tuple(
                dataclasses.replace(x, claim_ids=tuple(m.get(i, i) for i in x.claim_ids))
                for x in r.conflicts
            ),
            failures=r.failures,
            statement_conflicts=tuple(
                dataclasses.replace(y, statement_ids=tuple(m.get(i, i) for i in y.statement_ids))
                for y in r.statement_conflicts
            ),
            reviews={m.get(k, k): dataclasses.replace(v, item_id=m.get(k, k))
                     for k, v in r.reviews.items()},
        )


def regroup(claims: Sequence[Claim], documents: Sequence[Document],
            decisions: Sequence[EventDecision]) -> tuple[tuple[Event, ...], tuple[Conflict, ...]]:
    """Events and conflicts of the whole project with the checker's decisions (pure; run it
    on a worker)."""
    return regroup_events(claims, documents=documents, decisions=decisions)


def link_statements(
    statements: Sequence[Statement], claims: Sequence[Claim], events: Sequence[Event],
    documents: Sequence[Document],
) -> tuple[tuple[Event, ...], tuple[StatementConflict, ...]]:
    """The events with their statements linked, and the statement conflicts (pure; run it
    on a worker)."""
    linked = link(statements, claims, events, documents=documents)
    return linked, find_statement_conflicts(statements, linked, documents=documents)

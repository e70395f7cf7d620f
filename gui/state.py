"""The open project as the widgets see it: one ``Workspace`` that owns the data and signals
every change, over a backend with the project store's API.

The backend is ``core.project.store.Project`` (SQLite, autosaved) when a project file is open, and
``MemoryProject`` (same methods, nothing on disk) otherwise. Views subscribe to the
workspace's signals; user intent reaches it as new core objects (a ``Review``, a correction, a
decision), never by changing a claim in place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

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

# Fields of a claim the checker may correct, in the order the review panel shows them.
CORRECTABLE: tuple[str, ...] = (
    "number_text", "value", "qualifier", "low", "high", "measure", "subject", "actor",
    "location", "date_start", "date_end", "attribution", "event_type",
)
_FLOATS = frozenset({"value", "low", "high"})
_DATES = frozenset({"date_start", "date_end"})


@dataclass(frozen=True, slots=True)
class UserDecision:
    """The checker's grouping decision, as ``core.group.match.Decision`` takes it."""

    kind: str  # "same" | "different" | "none"
    claim_ids: tuple[str, ...]


class Backend(Protocol):
    """The part of ``core.project.store.Project`` the workbench uses."""

    def add_result(self, result: Result) -> None: ...
    def replace_extraction(self, result: Result) -> Any: ...
    def set_review(self, review: Review) -> None: ...
    def set_correction(self, claim_id: str, field: str, value: Any) -> None: ...
    def add_decision(self, kind: str, claim_ids: Sequence[str]) -> None: ...
    def remove_document(self, document_id: str) -> None: ...
    def add_manual_claim(self, claim: Claim) -> Claim: ...
    def result(self) -> Result: ...


def parse_field(field: str, text: str | None) -> Any:
    """A correction typed by the checker as the claim field's type; ``None`` clears it.
    Raises ``ValueError`` with a readable message for a value of the wrong type."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    if field in _FLOATS:
        try:
            return float(text.replace(",", ""))
        except ValueError:
            raise ValueError(f"{field}: '{text}' is not a number") from None
    if field in _DATES:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{field}: '{text}' is not a date (use YYYY-MM-DD)") from None
    return text


def apply_corrections(claim: Claim, corrections: Mapping[str, Any]) -> Claim:
    """The claim as the checker corrected it; the extracted claim is left as it is."""
    if not corrections:
        return claim
    try:
        from core.project.store import effective
    except ImportError:
        changes = {k: v for k, v in corrections.items() if k in CORRECTABLE and v is not None}
        return dataclasses.replace(claim, **changes) if changes else claim
    return effective(claim, dict(corrections))


class MemoryProject:
    """A project kept in memory with the store's API (used when no project file is open)."""

    def __init__(self) -> None:
        self.path: str | None = None
        self._documents: dict[str, Document] = {}
        self._claims: dict[str, Claim] = {}
        self._statements: dict[str, Statement] = {}
        self._events: tuple[Event, ...] = ()
        self._conflicts: tuple[Conflict, ...] = ()
        self._statement_conflicts: tuple[StatementConflict, ...] = ()
        self._failures: list[Failure] = []
        self._reviews: dict[str, Review] = {}
        self._corrections: dict[str, dict[str, Any]] = {}
        self._decisions: list[UserDecision] = []

    def add_result(self, result: Result) -> None:
        # As the store does: a result's events and conflicts replace the previous ones.
        for doc in result.documents:
            self._documents[doc.id] = doc
        self._claims.update((c.id, c) for c in result.claims)
        self._statements.update((s.id, s) for s in result.statements)
        self._events = result.events
        self._conflicts = result.conflicts
        self._statement_conflicts = result.statement_conflicts
        self._failures.extend(result.failures)
        self._reviews.update(result.reviews)

    def replace_extraction(self, result: Result) -> None:
        """Every extracted item replaced by the new run's; manual claims stay (as the store).
        Verdicts follow an item only when its id survives (the store re-attaches by span)."""
        self._documents = {d.id: d for d in result.documents}
        manual = {k: c for k, c in self._claims.items() if c.manual}
        self._claims = {**{c.id: c for c in result.claims}, **manual}
        self._statements = {s.id: s for s in result.statements}
        self._events, self._conflicts = result.events, result.conflicts
        self._statement_conflicts = result.statement_conflicts

    def set_review(self, review: Review) -> None:
        self._reviews[review.item_id] = review

    def reviews(self) -> dict[str, Review]:
        return dict(self._reviews)

    def set_correction(self, claim_id: str, field: str, value: Any) -> None:
        fields = self._corrections.setdefault(claim_id, {})
        if value is None:
            fields.pop(field, None)
        else:
            fields[field] = value

    def corrections(self) -> dict[str, dict[str, Any]]:
        return {k: dict(v) for k, v in self._corrections.items() if v}

    def add_decision(self, kind: str, claim_ids: Sequence[str]) -> None:
        self._decisions.append(UserDecision(kind, tuple(claim_ids)))

    def remove_last_decision(self) -> None:
        if self._decisions:
            self._decisions.pop()

    def decisions(self) -> tuple[UserDecision, ...]:
        return tuple(self._decisions)

    def remove_document(self, document_id: str) -> None:
        self._documents.pop(document_id, None)
        self._drop_items(document_id)

    def add_manual_claim(self, claim: Claim) -> Claim:
        """As the store: the project gives a manual claim its id (m1, m2, ...)."""
        n = 1
        while f"m{n}" in self._claims:
            n += 1
        stored = dataclasses.replace(claim, id=f"m{n}", manual=True)
        self._claims[stored.id] = stored
        return stored

    def remove_claim(self, claim_id: str) -> None:
        self._claims.pop(claim_id, None)

    def result(self) -> Result:
        return Result(
            documents=tuple(self._documents.values()),
            claims=tuple(self._claims.values()),
            statements=tuple(self._statements.values()),
            events=self._events,
            conflicts=self._conflicts,
            failures=tuple(self._failures),
            reviews=dict(self._reviews),
            statement_conflicts=self._statement_conflicts,
        )

    def _drop_items(self, document_id: str) -> None:
        self._claims = {k: c for k, c in self._claims.items() if c.document_id != document_id}
        self._statements = {
            k: s for k, s in self._statements.items() if s.document_id != document_id
        }


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

    def __init__(self, backend: Any | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend: Any = backend if backend is not None else MemoryProject()
        self._load()

    # -- reading ---------------------------------------------------------------------------
    def _load(self) -> None:
        result = self.backend.result()
        self.documents: dict[str, Document] = {d.id: d for d in result.documents}
        self.claims: dict[str, Claim] = {c.id: c for c in result.claims}
        self.statements: dict[str, Statement] = {s.id: s for s in result.statements}
        self.failures: list[Failure] = list(result.failures)
        self.reviews: dict[str, Review] = dict(self._backend_reviews(result))
        self.corrections: dict[str, dict[str, Any]] = self._backend_corrections()
        self._set_grouping(result.events, result.conflicts, result.statement_conflicts)

    def _backend_reviews(self, result: Result) -> Mapping[str, Review]:
        reviews = getattr(self.backend, "reviews", None)
        return reviews() if callable(reviews) else result.reviews

    def _backend_corrections(self) -> dict[str, dict[str, Any]]:
        corrections = getattr(self.backend, "corrections", None)
        return {k: dict(v) for k, v in corrections().items()} if callable(corrections) else {}

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
        claim = self.claims[claim_id]
        return apply_corrections(claim, self.corrections.get(claim_id, {}))

    def effective_claims(self) -> list[Claim]:
        return [self.effective(cid) for cid in self.claims]

    def status(self, item_id: str) -> str:
        review = self.reviews.get(item_id)
        return review.status if review else "unverified"

    def review(self, item_id: str) -> Review:
        return self.reviews.get(item_id) or Review(item_id)

    def decisions(self) -> tuple[Any, ...]:
        decisions = getattr(self.backend, "decisions", None)
        return tuple(decisions()) if callable(decisions) else ()

    def result(self) -> Result:
        """Everything, with corrections applied, as the exporters take it."""
        base: Result = self.backend.result()
        return dataclasses.replace(
            base,
            claims=tuple(self.effective(c.id) for c in base.claims if c.id in self.claims),
            events=tuple(self.events.values()),
            conflicts=tuple(self.conflicts.values()),
            reviews=dict(self.reviews),
            statement_conflicts=tuple(self.statement_conflicts.values()),
        )

    def items_of(self, document_id: str) -> list[Claim | Statement]:
        items: list[Claim | Statement] = [
            c for c in self.claims.values() if c.document_id == document_id
        ]
        items.extend(s for s in self.statements.values() if s.document_id == document_id)
        return items

    # -- changing --------------------------------------------------------------------------
    def replace_backend(self, backend: Any) -> None:
        self.backend = backend
        self._load()
        self.reset.emit()

    def add_result(self, result: Result) -> None:
        """A finished document (or batch): stored at once, shown at once."""
        self.backend.add_result(result)
        for doc in result.documents:
            self.documents[doc.id] = doc
        self.claims.update((c.id, c) for c in result.claims)
        self.statements.update((s.id, s) for s in result.statements)
        for review in result.reviews.values():
            self.reviews[review.item_id] = review
        if result.documents:
            self.documents_changed.emit()
        if result.claims or result.statements:
            self.items_added.emit((*result.claims, *result.statements))
        if result.failures:
            self.failures.extend(result.failures)
            self.failures_changed.emit()

    def replace_document(self, document_id: str, fresh: Result) -> Any:
        """A re-run of one document: its items replaced by ``fresh`` (ids already allocated),
        the other documents' items kept; the store re-attaches verdicts and corrections.
        Returns the store's re-attachment report (or None)."""
        base = self.backend.result()
        keep_claims = tuple(c for c in base.claims
                            if c.document_id != document_id and not c.manual)
        full = Result(
            documents=tuple(fresh.documents[0] if d.id == document_id and fresh.documents
                            else d for d in base.documents),
            claims=(*keep_claims, *fresh.claims),
            statements=(*(s for s in base.statements if s.document_id != document_id),
                        *fresh.statements),
            events=tuple(self.events.values()),
            conflicts=tuple(self.conflicts.values()),
            statement_conflicts=tuple(self.statement_conflicts.values()),
        )
        report = self.backend.replace_extraction(full)
        self._load()
        self.reset.emit()
        return report

    def remove_document(self, document_id: str) -> None:
        self.backend.remove_document(document_id)
        self._load()
        self.reset.emit()

    def set_grouping(self, events: Sequence[Event], conflicts: Sequence[Conflict],
                     statement_conflicts: Sequence[StatementConflict] = ()) -> None:
        """A new grouping (after a run or a decision): stored, then shown."""
        self.backend.add_result(Result(events=tuple(events), conflicts=tuple(conflicts),
                                       statement_conflicts=tuple(statement_conflicts)))
        self._set_grouping(events, conflicts, statement_conflicts)
        self.grouping_changed.emit()

    def set_review(self, review: Review) -> None:
        self.backend.set_review(review)
        self.reviews[review.item_id] = review
        self.review_changed.emit(review.item_id)

    def set_correction(self, claim_id: str, field: str, value: Any) -> None:
        clear = getattr(self.backend, "clear_correction", None)
        if value is None and callable(clear):
            clear(claim_id, field)
        else:
            self.backend.set_correction(claim_id, field, value)
        fields = self.corrections.setdefault(claim_id, {})
        if value is None:
            fields.pop(field, None)
        else:
            fields[field] = value
        self.claim_changed.emit(claim_id)

    def add_decision(self, kind: str, claim_ids: Sequence[str]) -> None:
        self.backend.add_decision(kind, tuple(claim_ids))

    @property
    def can_remove_decisions(self) -> bool:
        return callable(getattr(self.backend, "remove_last_decision", None))

    @property
    def can_remove_claims(self) -> bool:
        return callable(getattr(self.backend, "remove_claim", None))

    def remove_last_decision(self) -> bool:
        remove = getattr(self.backend, "remove_last_decision", None)
        if callable(remove):
            remove()
            return True
        return False

    def add_manual_claim(self, claim: Claim) -> Claim:
        """Store a claim caught by hand; returns it with the id the store gave it."""
        stored = self.backend.add_manual_claim(claim)
        claim = stored if isinstance(stored, Claim) else claim
        self.claims[claim.id] = claim
        self.items_added.emit((claim,))
        self.documents_changed.emit()
        return claim

    def remove_manual_claim(self, claim_id: str) -> bool:
        remove = getattr(self.backend, "remove_claim", None)
        if not callable(remove):
            return False
        remove(claim_id)
        self._load()
        self.reset.emit()
        return True


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
            decisions: Sequence[Any]) -> tuple[tuple[Event, ...], tuple[Conflict, ...]] | None:
    """Events and conflicts of the whole project through ``core.match`` and
    ``core.conflicts`` (pure; run it on a worker). None while those modules are missing."""
    try:
        from core.group.conflicts import find_conflicts
        from core.group.match import Decision, group
    except ImportError:
        return None
    wanted = [Decision(kind=d.kind, claim_ids=tuple(d.claim_ids)) for d in decisions]
    events = group(claims, documents=documents, decisions=wanted)
    return events, find_conflicts(events, claims, documents=documents)


def link_statements(
    statements: Sequence[Statement], claims: Sequence[Claim], events: Sequence[Event],
    documents: Sequence[Document],
) -> tuple[tuple[Event, ...], tuple[StatementConflict, ...]]:
    """The events with their statements linked, and the statement conflicts, through
    ``core.statement_links`` (pure; run it on a worker). The events as they are, and no
    conflicts, while that module is missing."""
    try:
        from core.group.statement_links import link_statements as link
        from core.group.statement_links import statement_conflicts
    except ImportError:
        return tuple(events), ()
    linked = link(statements, claims, events, documents=documents)
    return linked, statement_conflicts(statements, linked, documents=documents)

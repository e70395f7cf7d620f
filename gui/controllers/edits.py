"""The checker's edits: verdicts, notes, evidence, corrections, manual claims and event
decisions, each one store action that Undo walks back (in memory, on a file and after
reopening it: the store keeps the journal). Testable without a window."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QObject, Signal

from core.errors import ClaimdeskError
from core.group.decisions import EventDecision
from core.model import Claim, Status
from core.project.corrections import check_correction
from core.project.store import Step
from gui.state import Workspace, parse_field


class EditController(QObject):
    """Turns the checker's intent into workspace edits; signals what the window shows."""

    message = Signal(str)  # a refusal to show in the status bar
    regroup_needed = Signal()
    item_touched = Signal(str)  # an undone or redone edit was about this item: show it

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        ws.decisions_changed.connect(self.regroup_needed)

    def _refused(self) -> bool:
        """A read-only project takes no edit (its store would refuse it): say so instead."""
        reason = self.ws.backend.read_only
        if reason is not None:
            self.message.emit(f"Not saved: the project is open read-only because {reason}")
        return reason is not None

    def set_verdict(self, status: str, item_ids: Sequence[str]) -> None:
        if self._refused():
            return
        ids = [i for i in item_ids if i in self.ws.claims or i in self.ws.statements]
        if not ids:
            self.message.emit("No claim selected: select one in the grid, then press 1–5")
            return
        # A verdict a claim already has is no edit: an Undo step for it would undo nothing.
        ids = [i for i in ids if self.ws.review(i).status != status]
        if not ids:
            self.message.emit(f"Already {status}")
            return
        reviews = [dataclasses.replace(self.ws.review(i), status=cast(Status, status))
                   for i in ids]
        label = (f"Mark {ids[0]} {status}" if len(ids) == 1
                 else f"Mark {len(ids)} items {status}")
        self.ws.set_reviews(reviews, label)

    def set_note(self, item_id: str, note: str) -> None:
        if self._refused():
            return
        review = dataclasses.replace(self.ws.review(item_id), note=note)
        self.ws.set_reviews([review], f"Note on {item_id}")

    def set_evidence(self, item_id: str, evidence: tuple[str, ...]) -> None:
        if self._refused():
            return
        review = dataclasses.replace(self.ws.review(item_id), evidence=tuple(evidence))
        self.ws.set_reviews([review], f"Evidence for {item_id}")

    def correct(self, claim_id: str, field: str, text: str) -> bool:
        """A correction typed by the checker; refused with a message when it does not parse.
        An empty text goes back to the extracted value."""
        if self._refused():
            return False
        try:
            value = parse_field(field, text)
            if value is not None:
                value = check_correction(claim_id, field, value)
        except (ValueError, ClaimdeskError) as exc:
            self.message.emit(f"Correction refused: {exc}")
            return False
        current = self.ws.corrections.get(claim_id, {})
        if value is None and field not in current:
            return False
        if value is not None and current.get(field) == value and field in current:
            return False
        self.ws.set_correction(claim_id, field, value)  # None: back to the extracted value
        if field in _REGROUPING_FIELDS:
            self.regroup_needed.emit()
        return True

    def add_manual_claim(self, claim: Claim) -> Claim:
        stored = self.ws.add_manual_claim(claim)
        self.regroup_needed.emit()
        return stored

    def decide(self, decisions: Sequence[tuple[str, Sequence[str]]], text: str) -> None:
        if self._refused():
            return
        self.ws.add_decisions([(k, tuple(ids)) for k, ids in decisions], text)
        self.message.emit(f"{text}: done (Ctrl+Z undoes it)")

    def set_document_meta(self, doc_id: str, *, outlet: str, title: str) -> None:
        if self._refused():
            return
        try:
            self.ws.set_document_meta(doc_id, outlet=outlet, title=title)
        except ClaimdeskError as exc:
            self.message.emit(f"Source details refused: {exc}")

    def undo(self) -> bool:
        if self._refused():
            return False
        before = set(self.ws.decisions())
        return self._after(self.ws.undo(), "Nothing to undo", "Undid", before)

    def redo(self) -> bool:
        if self._refused():
            return False
        before = set(self.ws.decisions())
        return self._after(self.ws.redo(), "Nothing to redo", "Redid", before)

    def _after(self, step: Step | None, empty: str, verb: str,
               decided: set[EventDecision]) -> bool:
        if step is None:
            self.message.emit(empty)
            return False
        if step.touches("correction"):
            self.regroup_needed.emit()
        # A merge, split or move is about claims, not one item: show one it put back.
        # (A move lists the moved claims first, then one of the target event's.)
        changed = sorted(decided ^ set(self.ws.decisions()), key=repr)
        claims = [c for d in changed for c in d.claim_ids if c in self.ws.claims]
        touched = step.item_id or (claims[0] if claims else "")
        if touched:
            self.item_touched.emit(touched)
        self.message.emit(f"{verb}: {step.label}")
        return True


# A correction of these fields changes what the claim is evidence for: events, ranges and
# conflicts are made again.
_REGROUPING_FIELDS = frozenset({
    "value", "qualifier", "low", "high", "measure", "subject", "actor", "location",
    "date_start", "date_end", "part_of",
})

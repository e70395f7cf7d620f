"""Every edit of the checker as a ``QUndoCommand``: Ctrl+Z / Ctrl+Shift+Z walk them back and
forth. Each command writes through the workspace, so the store records undo and redo too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from core.model import Claim, Review
from gui.state import Workspace


class SetReview(QUndoCommand):
    """A verdict, note or evidence change: the whole ``Review`` before and after."""

    def __init__(self, ws: Workspace, new: Review, text: str) -> None:
        super().__init__(text)
        self.ws = ws
        self.old = ws.review(new.item_id)
        self.new = new

    def redo(self) -> None:
        self.ws.set_review(self.new)

    def undo(self) -> None:
        self.ws.set_review(self.old)


class SetCorrection(QUndoCommand):
    """A correction of one claim field, kept beside the extracted value (``None`` clears)."""

    def __init__(self, ws: Workspace, claim_id: str, field: str, value: Any) -> None:
        super().__init__(f"Correct {field}")
        self.ws = ws
        self.claim_id = claim_id
        self.field = field
        self.old = ws.corrections.get(claim_id, {}).get(field)
        self.new = value

    def redo(self) -> None:
        self.ws.set_correction(self.claim_id, self.field, self.new)

    def undo(self) -> None:
        self.ws.set_correction(self.claim_id, self.field, self.old)


class AddManualClaim(QUndoCommand):
    """A claim the checker caught by hand from a text selection."""

    def __init__(self, ws: Workspace, claim: Claim) -> None:
        super().__init__(f"Add claim “{claim.number_text}”")
        self.ws = ws
        self.claim = claim
        self.stored = claim

    def redo(self) -> None:
        # The project gives the claim its id (m1, m2, ...): keep it for undo.
        self.stored = self.ws.add_manual_claim(self.claim)
        # A backend that cannot remove a claim again makes this step final: an obsolete
        # command is dropped by QUndoStack.push, so Undo never offers what it cannot do.
        self.setObsolete(not self.ws.can_remove_claims)

    def undo(self) -> None:
        if not self.ws.remove_manual_claim(self.stored.id):
            # The store keeps every manual claim; mark the command so it is not redone twice.
            self.setObsolete(True)


class AddDecisions(QUndoCommand):
    """The checker's grouping decisions for one merge, split or move; ``regroup`` re-runs the
    grouping after them. Undo needs a backend that can drop decisions again."""

    def __init__(self, ws: Workspace, decisions: Sequence[tuple[str, Sequence[str]]], text: str,
                 regroup: Callable[[], None]) -> None:
        super().__init__(text)
        self.ws = ws
        self.decisions = [(kind, tuple(ids)) for kind, ids in decisions]
        self.regroup = regroup

    def redo(self) -> None:
        for kind, ids in self.decisions:
            self.ws.add_decision(kind, ids)
        self.setObsolete(not self.ws.can_remove_decisions)  # see AddManualClaim.redo
        self.regroup()

    def undo(self) -> None:
        removed = 0
        for _ in self.decisions:
            if self.ws.remove_last_decision():
                removed += 1
        if removed:
            self.regroup()
        if removed < len(self.decisions):
            self.setObsolete(True)

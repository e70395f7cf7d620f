"""Defects found by a fact-checker's third walk through the real window under Xvfb
(window10): each test is one thing the checker saw, on the real project store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def _row_of(fields: Any, name: str) -> int:
    return next(r for r in range(fields.rowCount())
                if fields.item(r, 0).data(Qt.ItemDataRole.UserRole) == name)


def test_the_next_claim_shows_no_correction_cell_selected(qtbot: Any, window: Any) -> None:
    # After typing a place correction on one claim, the next claim showed its Place and
    # Value "Correction" cells filled blue, as if they held corrections it did not have.
    fields = window.review.fields
    window.select_item("c1")
    fields.setCurrentCell(_row_of(fields, "location"), 2)
    fields.setCurrentCell(_row_of(fields, "value"), 2)
    assert fields.selectedItems()
    window.select_item("c2")
    settle(qtbot)
    assert fields.selectedItems() == []
    assert fields.currentRow() == -1
    # The same claim refreshed after its own correction keeps the checker's place.
    fields.setCurrentCell(_row_of(fields, "location"), 2)
    window.correct("c2", "location", "Marrowby")
    settle(qtbot)
    assert fields.item(_row_of(fields, "location"), 2).text() == "Marrowby"
    assert fields.currentRow() == _row_of(fields, "location")
    assert len(fields.selectedItems()) <= 1

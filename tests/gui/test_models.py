"""The grid and sources models: Qt's model tester, filtering, sorting, streaming, laziness."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from core.model import Review
from gui.formatting import format_interval
from gui.models import COL, ClaimTableModel, GridFilter
from gui.panels.sources import SourceListModel

from .fakes import story


@pytest.fixture
def model(workspace: Any) -> ClaimTableModel:
    return ClaimTableModel(workspace)


@pytest.mark.parametrize("force_py", [True, False])
def test_claim_model_passes_qt_model_tester(qtmodeltester: Any, model: ClaimTableModel,
                                            force_py: bool) -> None:
    qtmodeltester.check(model, force_py=force_py)


def test_claim_model_passes_tester_while_filtered_and_sorted(
        qtmodeltester: Any, model: ClaimTableModel) -> None:
    model.set_filter(GridFilter(measure="killed"))
    model.sort(COL["value"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("force_py", [True, False])
def test_source_model_passes_qt_model_tester(qtmodeltester: Any, workspace: Any,
                                             force_py: bool) -> None:
    qtmodeltester.check(SourceListModel(workspace), force_py=force_py)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (GridFilter(), ["c1", "c2", "c3", "c4", "c5"]),
        (GridFilter(text="at the korvath market"), ["c1"]),
        (GridFilter(text="korvath market"), ["c1", "c2"]),  # d1's headline: all its claims
        (GridFilter(text="eastland"), ["c3", "c4"]),  # d2's outlet
        (GridFilter(text="MAYOR"), ["c3"]),
        (GridFilter(text="no such words"), []),
        (GridFilter(measure="killed"), ["c1", "c3", "c5"]),
        (GridFilter(measure="kidnapped"), []),
        (GridFilter(conflicts_only=True), ["c1", "c3", "c5"]),
        (GridFilter(event_id="e2"), ["c4"]),
        (GridFilter(event_id="-"), []),
        (GridFilter(document_id="d2"), ["c3", "c4"]),
        (GridFilter(document_id="d2", measure="killed"), ["c3"]),
        (GridFilter(kind="statements"), []),
        (GridFilter(kind="figures", status="unverified"), ["c1", "c2", "c3", "c4", "c5"]),
    ],
)
def test_filter(model: ClaimTableModel, spec: GridFilter, expected: list[str]) -> None:
    model.set_filter(spec)
    assert model.visible_ids() == expected


def test_filter_by_status_follows_reviews(workspace: Any, model: ClaimTableModel) -> None:
    workspace.set_review(Review("c3", "false"))
    model.set_filter(GridFilter(status="false"))
    assert model.visible_ids() == ["c3"]
    model.set_filter(GridFilter(status="unverified"))
    assert "c3" not in model.visible_ids()


@pytest.mark.parametrize(
    ("column", "order", "expected"),
    [
        ("value", Qt.SortOrder.AscendingOrder, ["c4", "c3", "c1", "c5", "c2"]),
        ("value", Qt.SortOrder.DescendingOrder, ["c2", "c5", "c1", "c3", "c4"]),
        ("measure", Qt.SortOrder.AscendingOrder, ["c4", "c2", "c1", "c3", "c5"]),
        ("source", Qt.SortOrder.AscendingOrder, ["c3", "c4", "c1", "c2", "c5"]),
    ],
)
def test_sort(model: ClaimTableModel, column: str, order: Qt.SortOrder,
              expected: list[str]) -> None:
    model.sort(COL[column], order)
    assert model.visible_ids() == expected


def test_sort_keeps_persistent_indexes_on_their_item(model: ClaimTableModel) -> None:
    index = QPersistentModelIndex(model.index(model.row_of("c5"), COL["figure"]))
    model.sort(COL["value"], Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(index.row(), 0), ClaimTableModel.IdRole) == "c5"
    assert index.column() == COL["figure"]


def test_display_strings(model: ClaimTableModel) -> None:
    row = model.row_of("c1")
    cell = {k: model.data(model.index(row, c)) for k, c in COL.items()}
    assert cell["figure"] == "At least 14"
    assert cell["interval"] == "≥ 14"
    assert cell["event"] == "Korvath · bombing · 2031-03-03"
    assert cell["source"] == "Norhaven Courier"
    assert cell["status"] == "unverified"
    # Conflicting claims carry a marker icon; the status cell is coloured.
    assert model.data(model.index(row, COL["figure"]), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(row, COL["status"]), Qt.ItemDataRole.BackgroundRole) is not None
    no_conflict = model.row_of("c2")
    assert model.data(model.index(no_conflict, COL["figure"]),
                      Qt.ItemDataRole.DecorationRole) is None


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (14, 14, "14"),
        (14, None, "≥ 14"),
        (None, 29, "≤ 29"),
        (20, 30, "20–30"),
        (None, None, ""),
        (1200000, 1200000, "1,200,000"),
    ],
)
def test_format_interval(low: float | None, high: float | None, text: str) -> None:
    assert format_interval(low, high) == text


def test_rows_are_formatted_once_and_only_when_asked(model: ClaimTableModel) -> None:
    calls: list[str] = []
    original = model._format

    def counting(item: Any) -> tuple[str, ...]:
        calls.append(item.id)
        return original(item)

    model._format = counting  # type: ignore[method-assign]
    for col in range(model.columnCount()):
        model.data(model.index(0, col))
    assert len(calls) == 1
    for col in range(model.columnCount()):
        model.data(model.index(0, col))
    assert len(calls) == 1


def test_review_change_updates_only_its_row(qtbot: Any, workspace: Any,
                                            model: ClaimTableModel) -> None:
    row = model.row_of("c2")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        workspace.set_review(Review("c2", "verified"))
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row()) == (row, row)
    assert model.data(model.index(row, COL["status"])) == "verified"


def test_streamed_items_are_appended(qtbot: Any, qapp: Any) -> None:
    from core.project.store import Project
    from gui.state import Workspace

    ws = Workspace(Project.memory())
    model = ClaimTableModel(ws)
    result = story()
    with qtbot.waitSignal(model.rowsInserted):
        ws.add_result(type(result)(documents=result.documents[:1], claims=result.claims[:2]))
    assert model.visible_ids() == ["c1", "c2"]
    model.sort(COL["value"], Qt.SortOrder.DescendingOrder)
    ws.add_result(type(result)(documents=result.documents[1:2], claims=result.claims[2:4]))
    assert model.visible_ids() == ["c2", "c1", "c3", "c4"]


def test_corrected_value_is_shown_and_sorted(workspace: Any, model: ClaimTableModel) -> None:
    workspace.set_correction("c4", "value", 99.0)
    row = model.row_of("c4")
    assert model.data(model.index(row, COL["value"])) == "99"
    assert model.data(model.index(row, COL["value"]), Qt.ItemDataRole.FontRole).italic()
    model.sort(COL["value"], Qt.SortOrder.DescendingOrder)
    assert model.visible_ids()[0] == "c4"


def test_a_vague_figure_says_why_its_value_is_the_unit(qapp: Any) -> None:
    """"hundreds" shows value 100 beside an interval of 200 or more: the tooltip says why."""
    from core.project.store import Project
    from gui.state import Workspace

    from .fakes import make_claim

    result = story()
    doc = result.documents[0]
    hundreds = make_claim(doc, "c9", "30", 100, "injured", qualifier="vague", low=200)
    project = Project.memory()
    project.add_result(dataclasses.replace(result, claims=(*result.claims, hundreds)))
    grid = ClaimTableModel(Workspace(project))
    row = next(r for r in range(grid.rowCount()) if grid.item_at(r).id == "c9")
    for col in ("value", "interval"):
        tip = grid.data(grid.index(row, COL[col]), Qt.ItemDataRole.ToolTipRole)
        assert "unit" in tip
        assert "200" in tip
    plain = next(r for r in range(grid.rowCount()) if grid.item_at(r).id == "c2")
    assert grid.data(grid.index(plain, COL["value"]), Qt.ItemDataRole.ToolTipRole) is None

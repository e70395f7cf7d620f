"""The controllers work without a window, on the real store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QThreadPool

from core.project.store import Project
from gui.controllers.edits import EditController
from gui.controllers.grouping import GroupingController
from gui.state import Workspace, link_statements, regroup

from .fakes import story


def test_grouping_controller_regroups_with_the_decisions(qtbot: Any) -> None:
    ws = Workspace(Project.memory())
    ws.add_result(story())
    grouping = GroupingController(ws, regroup, link_statements, QThreadPool.globalInstance())
    edits = EditController(ws)
    edits.regroup_needed.connect(grouping.request)
    with qtbot.waitSignal(grouping.finished, timeout=20000):
        grouping.request()
    apart = {frozenset(e.claim_ids) for e in ws.events.values()}
    with qtbot.waitSignal(grouping.finished, timeout=20000):
        edits.decide([("merge", ("c1", "c3"))], "Merge")
    assert ws.event_of["c1"] == ws.event_of["c3"]
    with qtbot.waitSignal(grouping.finished, timeout=20000):
        assert edits.undo()
    assert {frozenset(e.claim_ids) for e in ws.events.values()} == apart


def test_a_refused_correction_is_a_message_not_an_edit(qtbot: Any) -> None:
    ws = Workspace()
    ws.add_result(story())
    edits = EditController(ws)
    with qtbot.waitSignal(edits.message) as blocker:
        assert not edits.correct("c1", "value", "fourteen")
    assert "not a number" in blocker.args[0]
    assert ws.undo_label() is None

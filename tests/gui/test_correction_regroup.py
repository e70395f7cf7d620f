"""A correction regroups on the real grouping and the real project store: naming the market
inside a town the gazetteer does not know keeps the figure in the town's event, beside the
figure it disagrees with."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from core.model import Result
from core.project.store import Project
from gui.main_window import MainWindow
from gui.state import Workspace
from tests.core.test_match import harrowby_fire


def test_a_place_correction_within_the_town_keeps_the_figure_and_its_conflict(
        qtbot: Any, qsettings: QSettings, tmp_path: Path) -> None:
    batch, first, second = harrowby_fire("Harrowby")
    project = Project.create(tmp_path / "fire.claimdesk")
    project.add_result(Result(documents=tuple(batch.documents()), claims=tuple(batch.claims)))
    win = MainWindow(Workspace(project), settings=qsettings)  # the real grouping
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.idle, timeout=30000):
        win.request_regroup()
    assert win.ws.event_of[first] == win.ws.event_of[second]
    assert any({first, second} <= set(x.claim_ids) for x in win.ws.conflicts.values())

    with qtbot.waitSignal(win.idle, timeout=30000):
        assert win.correct(second, "location", "Harrowby, Tarn market")
    assert win.ws.effective(second).location == "Harrowby, Tarn market"
    assert win.ws.event_of[first] == win.ws.event_of[second]
    assert any({first, second} <= set(x.claim_ids) for x in win.ws.conflicts.values())
    win.undo()  # the correction undone, the figure where it was
    qtbot.waitUntil(lambda: not win.busy)
    assert win.ws.effective(second).location == "Harrowby"

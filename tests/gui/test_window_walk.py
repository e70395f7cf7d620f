"""Defects found by driving the real window through a checker's day (window2): each test is
one thing the checker saw, on the real project store."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from core.project.store import Project
from gui.events import EventsPanel
from gui.state import Workspace

from .fakes import story


def settle(qtbot: Any) -> None:
    """Let the posted events (resizes, deferred layouts) run."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def fill_of(panel: EventsPanel) -> tuple[int, int]:
    """(width of the visible columns, width of the viewport) of the events tree."""
    view = panel.events_view
    header = view.header()
    used = sum(header.sectionSize(c) for c in range(header.count())
               if not header.isSectionHidden(c))
    return used, view.viewport().width()


def test_the_event_label_column_follows_the_panel_when_it_grows_and_shrinks(
        qtbot: Any) -> None:
    # At 2560x1440 the labels stayed cut ("Eldmere · bo…") beside 300 empty pixels, and at
    # 1280x720 a needless scroll bar appeared: the width was read before the view resized.
    project = Project.memory()
    project.add_result(story())
    panel = EventsPanel(Workspace(project))
    qtbot.addWidget(panel)
    panel.resize(400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    settle(qtbot)
    for width in (900, 420, 1200):
        panel.resize(width, 500)
        settle(qtbot)
        used, room = fill_of(panel)
        assert used == room, width


def test_opening_a_project_enables_undo_and_redo_only_when_there_is_something(
        qtbot: Any, window: Any) -> None:
    # After File ▸ Open, Redo was enabled with nothing to redo ("Nothing to redo" on click):
    # the read-only check switched every edit action on after the undo state was set.
    project = Project.memory()
    project.add_result(story())
    assert project.undo_label() is None
    assert project.redo_label() is None
    window._switch_backend(project)
    assert not window.act_undo.isEnabled()
    assert not window.act_redo.isEnabled()
    window.set_verdict("verified", ["c1"])
    assert window.act_undo.isEnabled()
    assert not window.act_redo.isEnabled()

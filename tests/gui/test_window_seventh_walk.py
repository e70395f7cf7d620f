"""Defects left from the sixth walk and found in the seventh (gui15): the panes after an
undone merge, the events tree following the grid, a restored wide window, a file that is
not news. Each test is one thing the checker saw, on the real project store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings

from core.project.store import Project

from .fakes import story
from .test_edits import decide, open_real
from .window_steps import WAIT_MS, settle


@pytest.fixture
def real(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> Iterator[Any]:
    """A window on a project file with the real grouping."""
    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = open_real(qtbot, qsettings, project)
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def shown_documents(win: Any) -> set[str]:
    return {p.text.document_id for p in win.compare.visible_panes()}


def event_documents(win: Any, event_id: str) -> set[str]:
    return {win.ws.claims[c].document_id for c in win.ws.events[event_id].claim_ids}


def tree_event(win: Any) -> str:
    from gui.events import ID_ROLE, KIND_ROLE

    index = win.events.events_view.currentIndex().siblingAtColumn(0)
    if index.data(KIND_ROLE) == "claim":
        index = index.parent()
    return str(index.data(ID_ROLE) or "")


def select_events(win: Any, event_ids: list[str]) -> None:
    view = win.events.events_view
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    for event_id in event_ids:
        item = win.events.event_item(event_id)
        assert item is not None
        selection.setCurrentIndex(item.index(), flags)


def test_undoing_a_merge_takes_the_panes_back_to_one_event(qtbot: Any, real: Any) -> None:
    # The checker split the last report's toll off, merged it back from the tree, and undid
    # the merge: the tree showed the toll's event alone, the panes still all three reports.
    win = real
    decide(qtbot, win, (("split", ("c5",)),), "Split off")
    apart = [win.ws.event_of["c1"], win.ws.event_of["c5"]]
    assert apart[0] != apart[1]
    select_events(win, apart)
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.events.merge_button.click()
    merged = win.ws.event_of["c1"]
    assert win.ws.event_of["c5"] == merged
    assert tree_event(win) == merged
    assert shown_documents(win) == event_documents(win, merged) == {"d1", "d2", "d3"}
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.undo()
    assert win.ws.event_of["c1"] != win.ws.event_of["c5"]
    shown = tree_event(win)
    assert shown in win.ws.events
    assert shown_documents(win) == event_documents(win, shown)
    assert shown_documents(win) != {"d1", "d2", "d3"}


def test_undoing_a_merge_drops_the_conflict_it_made_from_the_panes(qtbot: Any,
                                                                   real: Any) -> None:
    # The merge made a conflict between two reports; the checker looked at it, then undid
    # the merge: the conflict was gone from the list, its two reports still side by side.
    win = real
    decide(qtbot, win, (("split", ("c3",)),), "Split off")
    assert not any("c3" in x.claim_ids for x in win.ws.conflicts.values())
    select_events(win, [win.ws.event_of["c1"], win.ws.event_of["c3"]])
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.events.merge_button.click()
    made = next(x for x in win.ws.conflicts.values() if set(x.claim_ids) == {"c1", "c3"})
    assert win.events.select_conflict(made.id)
    assert shown_documents(win) == {"d1", "d2"}
    with qtbot.waitSignal(win.idle, timeout=WAIT_MS):
        win.undo()
    assert not any("c3" in x.claim_ids and "c1" in x.claim_ids
                   for x in win.ws.conflicts.values())
    event = win.ws.event_of[win.current_item_id()]
    assert shown_documents(win) == event_documents(win, event)
    assert shown_documents(win) != {"d1", "d2"}


def click_grid_row(qtbot: Any, win: Any, item_id: str) -> None:
    from PySide6.QtCore import Qt

    from gui.models import COL

    index = win.model.index(win.model.row_of(item_id), COL["figure"])
    win.grid.scrollTo(index)
    rect = win.grid.visualRect(index)
    qtbot.mouseClick(win.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_tree_row(qtbot: Any, win: Any, index: Any) -> None:
    from PySide6.QtCore import Qt

    view = win.events.events_view
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def in_view(view: Any, index: Any) -> bool:
    return view.viewport().rect().contains(view.visualRect(index).center())


def test_the_events_tree_follows_the_grid_without_a_loop(qtbot: Any, real: Any) -> None:
    # The checker clicked through the grid: the tree stayed on whatever event it had, often
    # scrolled away, and which event a claim belonged to had to be looked up by hand.
    from gui.events import ID_ROLE, KIND_ROLE

    win = real
    view = win.events.events_view
    bombing = win.events.event_item(win.ws.event_of["c1"])
    assert bombing is not None
    view.expand(bombing.index())
    view.setFixedHeight(view.header().height() + 2 * view.sizeHintForRow(0) + 4)
    sent: list[str] = []
    win.events.event_selected.connect(sent.append)
    win.events.claim_selected.connect(sent.append)
    focused: list[str] = []
    win.nav.focused.connect(focused.append)

    click_grid_row(qtbot, win, "c4")  # its event is closed and below the open one
    current = view.currentIndex().siblingAtColumn(0)
    assert (current.data(KIND_ROLE), current.data(ID_ROLE)) == ("event", win.ws.event_of["c4"])
    assert in_view(view, current)
    assert view.selectionModel().isRowSelected(current.row(), current.parent())

    click_grid_row(qtbot, win, "c5")  # its event is open: the claim's own row
    current = view.currentIndex().siblingAtColumn(0)
    assert (current.data(KIND_ROLE), current.data(ID_ROLE)) == ("claim", "c5")
    assert in_view(view, current)
    assert sent == []  # the tree told the window nothing back
    assert focused == ["c4", "c5"]
    assert win.current_item_id() == "c5"

    # The other way, as before: a claim chosen in the tree becomes the grid's, and stays.
    row = next(bombing.child(r, 0) for r in range(bombing.rowCount())
               if bombing.child(r, 0).data(ID_ROLE) == "c3")
    click_tree_row(qtbot, win, row.index())
    assert win.current_item_id() == "c3"
    assert view.currentIndex().siblingAtColumn(0).data(ID_ROLE) == "c3"
    assert focused == ["c4", "c5", "c3"]
    assert sent == ["c3"]


def test_choosing_events_in_the_tree_keeps_the_tree_s_selection(qtbot: Any,
                                                               real: Any) -> None:
    # Two events Ctrl-clicked for a merge stay selected: the grid following the tree must not
    # make the tree follow the grid back to a single row.
    from PySide6.QtCore import Qt

    win = real
    view = win.events.events_view
    first = win.events.event_item(win.ws.event_of["c1"])
    second = win.events.event_item(win.ws.event_of["c4"])
    assert first is not None
    assert second is not None
    click_tree_row(qtbot, win, first.index())
    rect = view.visualRect(second.index())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())
    assert len(win.events._selected()[0]) == 2
    assert win.events.merge_button.isEnabled()


def layout_saved_at(qtbot: Any, qsettings: QSettings, size: tuple[int, int],
                    docks: tuple[int, int]) -> None:
    """The checker's layout saved at ``size`` with the left and right docks ``docks`` wide."""
    from PySide6.QtCore import Qt

    from gui.main_window import MainWindow
    from gui.state import Workspace

    first = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(first)
    first.resize(*size)
    first.show()
    qtbot.waitExposed(first)
    settle(qtbot)
    first.resizeDocks([first.sources_dock, first.review_dock], list(docks),
                      Qt.Orientation.Horizontal)
    settle(qtbot)
    assert abs(first.sources_dock.width() - docks[0]) <= 2
    first.save_state()
    first.close()


def restored_at(qtbot: Any, qsettings: QSettings, size: tuple[int, int]) -> Any:
    from gui.main_window import MainWindow
    from gui.state import Workspace

    again = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(again)
    again.resize(*size)  # as the saved geometry of a maximised window on a big screen
    again.show()
    qtbot.waitExposed(again)
    settle(qtbot)
    return again


def test_a_layout_restored_on_a_wide_screen_keeps_its_proportions(
        qtbot: Any, qsettings: QSettings) -> None:
    # Saved at 1600 wide with the left panel at 300 px and a wide Review panel, the window
    # came back at 2560: the left panel stayed 300 px (12 %), its event labels cut, beside
    # a grid 1,700 px wide.
    layout_saved_at(qtbot, qsettings, (1600, 900), (300, 520))
    win = restored_at(qtbot, qsettings, (2560, 1400))
    assert win.sources_dock.width() == win.events_dock.width()
    assert abs(win.sources_dock.width() / 2560 - 300 / 1600) < 0.01
    assert abs(win.review_dock.width() / 2560 - 520 / 1600) < 0.01
    assert win.central_splitter.width() >= 2560 // 3


def test_a_layout_restored_at_its_own_width_is_the_checker_s(
        qtbot: Any, qsettings: QSettings) -> None:
    layout_saved_at(qtbot, qsettings, (1600, 900), (330, 420))
    win = restored_at(qtbot, qsettings, (1600, 900))
    assert abs(win.sources_dock.width() - 330) <= 4
    assert abs(win.review_dock.width() - 420) <= 4


def test_a_left_panel_saved_narrow_comes_back_usable(qtbot: Any,
                                                     qsettings: QSettings) -> None:
    # Dragged to its narrowest, the left panel came back as narrow: the events' labels and
    # figures cut to a few letters on a screen with room for them.
    from gui.panels.layout import LEFT_MIN

    layout_saved_at(qtbot, qsettings, (2560, 1400), (260, 600))
    win = restored_at(qtbot, qsettings, (2560, 1400))
    assert win.sources_dock.width() >= LEFT_MIN
    assert abs(win.review_dock.width() - 600) <= 4  # the rest of the layout is the checker's
    win.resize(1280, 720)  # and in proportion on a small screen
    settle(qtbot)
    assert win.sources_dock.width() >= win.layout_state.left_min()
    assert win.central_splitter.width() >= 1280 // 3


@pytest.mark.slow
def test_a_crash_dump_dropped_with_a_report_is_named_and_the_report_read(
        qtbot: Any, qsettings: QSettings, tmp_path: Path) -> None:
    # A 300 KB crash dump dropped with the day's reports became one event of 1,627 claims.
    from gui.main_window import MainWindow
    from gui.state import Workspace
    from tests.core.test_not_news import PARAGRAPHS, crash_dump

    dump = tmp_path / "service-crash.log.txt"
    dump.write_text(crash_dump(), encoding="utf-8")
    report = tmp_path / "tanker-fire.txt"
    report.write_text("\n\n".join(PARAGRAPHS), encoding="utf-8")
    win = MainWindow(Workspace(Project.create(tmp_path / "case.claimdesk")),
                     settings=qsettings)  # the real pipeline and grouping
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.idle, timeout=120_000):
        win.import_files([str(dump), str(report)])
    assert [f.path for f in win.ws.failures] == [str(dump)]
    assert [d.path for d in win.ws.documents.values()] == [str(report)]
    assert 0 < len(win.ws.claims) < 100
    assert max(len(e.claim_ids) for e in win.ws.events.values()) < 50
    rows = win.sources_model
    failed = [r for r in range(rows.rowCount()) if rows.failed(r)]
    assert len(failed) == 1
    shown = str(rows.data(rows.index(failed[0], 0)))
    assert "service-crash.log.txt" in shown
    assert "does not read as a news report" in shown


def long_story() -> Any:
    """Three long invented reports, each with its toll far down the page."""
    from core.model import Document, Result

    from .fakes import make_claim

    filler = ("The market reopened on Tuesday under a light rain while traders counted what "
              "they had lost and neighbours swept glass from the pavement.\n")
    docs, claims = [], []
    for n, toll in enumerate(("14", "12", "19"), start=1):
        text = (f"Report {n} on the Korvath blast\n" + filler * 40
                + f"Police said {toll} people were killed in the blast.\n" + filler * 40)
        doc = Document(id=f"d{n}", text=text, path=f"/invented/long{n}.txt",
                       title=f"Report {n}", outlet=f"Outlet {n}")
        docs.append(doc)
        claims.append(make_claim(doc, f"c{n}", toll, float(toll), "killed"))
    return Result(documents=tuple(docs), claims=tuple(claims))


def test_each_pane_shows_its_figure_after_the_panes_are_split(
        qtbot: Any, qsettings: QSettings) -> None:
    # After a move the event's reports came side by side: the first pane, centred on its
    # figure while it was the only (wide) pane, showed text far above the figure once it
    # was narrowed to a quarter and its lines wrapped again.
    from gui.main_window import MainWindow
    from gui.state import Workspace

    project = Project.memory()
    project.add_result(long_story())
    win = MainWindow(Workspace(project), settings=qsettings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot)
    win.nav.show_items(["c1"])
    settle(qtbot)
    win.nav.show_items(["c1", "c2", "c3"])
    settle(qtbot)
    panes = win.compare.visible_panes()
    assert len(panes) == 3
    for pane in panes:
        view = pane.text
        assert view.viewport().rect().contains(view.cursorRect().center()), pane.text.document_id


def test_a_window_saved_on_a_wider_screen_opens_at_a_usable_size(
        qtbot: Any, qsettings: QSettings) -> None:
    # Saved on a 2560-wide monitor and opened on the 1280x720 laptop, the window came back
    # 878x480 in the corner: Qt refuses a geometry saved on a screen of another width.
    import struct

    from PySide6.QtCore import QByteArray

    from gui.panels.layout import FIRST_SIZE, TITLE_BAR

    layout_saved_at(qtbot, qsettings, (1600, 900), (330, 420))
    saved = bytes(qsettings.value("window/geometry"))
    screen_width_at = 46  # QWidget::saveGeometry, format 3: after both rectangles and flags
    qsettings.setValue("window/geometry", QByteArray(
        saved[:screen_width_at] + struct.pack(">i", 2560) + saved[screen_width_at + 4:]))
    from gui.main_window import MainWindow
    from gui.state import Workspace

    win = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    assert win.width() == min(FIRST_SIZE[0], room.width())
    assert win.height() == min(FIRST_SIZE[1], room.height() - TITLE_BAR)


def test_a_kept_demo_project_opened_again_is_not_an_open_recent_entry(
        qtbot: Any, qsettings: QSettings, tmp_path: Path) -> None:
    # The demo project kept for its verdicts, opened again with `claimdesk open`, became an
    # Open Recent entry pointing into a temporary folder.
    from gui.controllers.project import DEMO_PREFIX
    from gui.main_window import MainWindow
    from gui.state import Workspace

    folder = tmp_path / f"{DEMO_PREFIX}x1y2"
    folder.mkdir()
    Project.create(folder / "demo.claimdesk").close()
    mine = tmp_path / "mine.claimdesk"
    Project.create(mine).close()
    win = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(win)
    assert win.open_project(str(folder / "demo.claimdesk"))
    assert win.recent_projects() == []
    assert win.open_project(str(mine))
    assert win.recent_projects() == [str(mine)]

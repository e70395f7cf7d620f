"""Defects found by driving the real window through a checker's day (window2): each test is
one thing the checker saw, on the real project store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.project.store import Project
from gui.events import EventsPanel
from gui.state import Workspace
from tests.gui.window_steps import settle

from .fakes import story
from .test_edits import open_real
from .test_statements import MON, TUE, conflict_rows, open_window, reports


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


def reviewed_workbook(window: Any, path: Path, item_id: str, status: str) -> str:
    """The project's workbook as a colleague sends it back: one row's Status changed."""
    from core.export.xlsx import write_xlsx

    write_xlsx(window.ws.result(), path)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        header = [c.value for c in sheet[1]]
        if "Status" not in header or "Claim id" not in header:
            continue
        for row in sheet.iter_rows(min_row=2):
            if row[header.index("Claim id")].value == item_id:
                row[header.index("Status")].value = status
    book.save(path)
    return str(path)


def test_importing_reviews_keeps_the_statement_conflicts_and_the_current_claim(
        qtbot: Any, qsettings: QSettings, tmp_path: Path) -> None:
    # After Import reviews the "Statements: who claimed" conflicts vanished from the panel,
    # and the grid lost its current row while the Review panel still showed the claim: the
    # verdict keys then did nothing, silently.
    win = open_window(qtbot, qsettings, reports({"d1": MON, "d2": TUE}))
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.request_regroup()
    stated = dict(win.ws.statement_conflicts)
    assert stated
    assert win.select_item("c2")
    win.import_reviews(reviewed_workbook(win, tmp_path / "back.xlsx", "c1", "disputed"))
    assert win.ws.status("c1") == "disputed"
    assert win.ws.statement_conflicts == stated
    assert [r[0] for r in conflict_rows(win)] == ["statement_conflict"]
    assert win.review.item_id == "c2"
    assert win.current_item_id() == "c2"
    win.set_verdict("false")
    assert win.ws.status("c2") == "false"


def test_a_verdict_key_with_no_claim_selected_says_what_to_do(window: Any) -> None:
    window.nav.view.selectionModel().clear()
    window.set_verdict("verified")
    assert window.status_label.text().startswith("No claim selected: select one")
    assert all(r.status == "unverified" for r in window.ws.reviews.values())


def test_undo_and_redo_keep_short_toolbar_labels(window: Any) -> None:
    # At 1280 wide "Undo Mark c3 disputed" / "Redo Correct value of c4" pushed "Add claim
    # from selection" into the overflow menu, and the tool bar jumped with every edit.
    window.set_verdict("verified", ["c1"])
    window.undo()
    assert window.act_undo.iconText() == "Undo"
    assert window.act_redo.iconText() == "Redo"
    assert "Mark c1 verified" in window.act_redo.toolTip()
    assert window.act_redo.text() == "&Redo Mark c1 verified"  # the Edit menu says it all


def test_a_first_start_fits_the_screen(qtbot: Any, workspace: Any,
                                       qsettings: QSettings) -> None:
    # On a 1280x720 screen the first window was 1500x950: the Review panel and the status
    # bar were off the screen.
    from gui.main_window import MainWindow

    win = MainWindow(workspace, settings=qsettings)
    qtbot.addWidget(win)
    room = win.screen().availableGeometry()
    assert room.width() < 1500  # the offscreen screen is smaller than the first size
    assert win.width() <= room.width()
    assert win.height() <= room.height()


def test_a_merge_shows_the_merged_event_and_says_so(
        qtbot: Any, tmp_path: Path, qsettings: QSettings) -> None:
    # After Merge the events list was rebuilt with nothing selected and the status bar kept
    # an old message: the checker had to hunt for the merged event.
    from PySide6.QtCore import QItemSelectionModel

    from gui.events import ID_ROLE

    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = open_real(qtbot, qsettings, project)
    panel = win.events
    first, second = (panel.event_item(e) for e in list(win.ws.events)[:2])
    assert first is not None
    assert second is not None
    claims = {*win.ws.events[first.data(ID_ROLE)].claim_ids,
              *win.ws.events[second.data(ID_ROLE)].claim_ids}
    chosen = panel.events_view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    chosen.select(first.index(), flags)
    chosen.select(second.index(), flags)
    with qtbot.waitSignal(win.idle, timeout=20000):
        panel.merge_button.click()
    merged = panel.events_view.currentIndex().siblingAtColumn(0).data(ID_ROLE)
    assert set(win.ws.events[merged].claim_ids) == claims
    assert win.status_label.text().startswith("Merge 2 events")


def test_the_status_column_is_in_view_at_1280_by_720(
        qtbot: Any, workspace: Any, qsettings: QSettings) -> None:
    # At 1280x720 the grid showed Source, Figure, Value, Interval and Measure: a verdict
    # just marked could not be seen in its row without scrolling sideways.
    from gui.main_window import MainWindow
    from gui.models import COL

    win = MainWindow(workspace, settings=qsettings)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot)
    grid = win.grid
    for key in ("figure", "status"):
        left = grid.columnViewportPosition(COL[key])
        assert left >= 0
        assert left + grid.columnWidth(COL[key]) <= grid.viewport().width(), key


def tab_walk(window: Any, presses: int) -> list[Any]:
    """The widgets Tab visits from the grid until it comes back to the grid."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.activateWindow()
    window.grid.setFocus()
    visited = [window.grid]
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is window.grid:
            return visited
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_leaves_the_sources_table_and_reaches_every_panel(window: Any) -> None:
    # Keyboard only: Tab from the grid went into the Sources table and then walked its
    # cells, never reaching the events, the Review panel or the filter bar; in the note
    # it typed a tab character.
    window.select_item("c1")
    visited = tab_walk(window, 40)
    assert visited.count(window.sources_view) == 1
    for target in (window.events.events_view, window.review.note, window.review.fields,
                   window.filter_text):
        assert target in visited, target
    assert visited.count(window.review.fields) == 1
    assert "\t" not in window.review.note.toPlainText()


def test_side_by_side_panes_keep_each_source_s_outlet_and_date_in_view(
        qtbot: Any, window: Any) -> None:
    # Two panes at 1280 wide cut the header at "Death toll in Vessany ferry disaste": the
    # outlet and the date, what the checker compares, were past the edge.
    from core.model import Document

    long_title = "Death toll in the Korvath market bombing rises again as rescuers dig on"
    doc = Document(id="dx", text="Nine people died.", path="/invented/dx.txt",
                   title=long_title, outlet="Eastland Wire",
                   published=window.ws.documents["d1"].published)
    from gui.panes import SourcePane

    pane = SourcePane()
    qtbot.addWidget(pane)
    pane.resize(300, 200)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_document(doc, window.ws)
    settle(qtbot)
    shown = pane.header.text()
    assert shown.endswith("— Eastland Wire · 2031-03-03")
    assert "…" in shown
    room = pane.header.contentsRect().width()
    assert pane.header.fontMetrics().horizontalAdvance(shown) <= room
    assert long_title in pane.header.toolTip()


def test_an_empty_grid_says_what_to_do(qtbot: Any, qsettings: QSettings) -> None:
    # A new project showed an empty grid with headers only, and "Select a claim…" below it.
    from gui.main_window import MainWindow

    win = MainWindow(Workspace(Project.memory()), settings=qsettings)
    qtbot.addWidget(win)
    assert "Import" in win.grid.placeholder()
    assert "Ctrl+Shift+V" in win.grid.placeholder()


def test_a_grid_emptied_by_the_filters_says_so(window: Any) -> None:
    assert window.grid.placeholder() == ""
    window.filter_text.setText("no such words anywhere")
    window.apply_filter()
    assert window.model.rowCount() == 0
    assert window.grid.placeholder().startswith("No claim matches the filters")


def test_the_progress_bar_text_fits_at_1280_wide(qtbot: Any, window: Any) -> None:
    # "0 / 1 loading the language model…" wrapped into a 90-pixel bar beside the counter.
    window.resize(1280, 720)
    window.message("Extracting Lisk ferry toll: 34 confirmed dead: loading the language model…")
    window.status.start_progress(1)
    settle(qtbot)
    bar = window.status.progress
    text = bar.text()
    assert "loading the language model" in text
    assert bar.width() >= bar.fontMetrics().horizontalAdvance(text) + 16
    window.status.set_progress(12, 40, "Death toll in Vessany ferry disaster rises to 31.txt")
    settle(qtbot)
    assert bar.width() >= bar.fontMetrics().horizontalAdvance(bar.text()) + 16


def test_an_empty_grid_says_the_articles_are_being_read(
        qtbot: Any, qsettings: QSettings, articles: list[str]) -> None:
    # While the language model loaded, the grid said "No articles yet. Drop files…".
    import threading

    from gui.main_window import MainWindow

    from .fakes import fake_run

    gate = threading.Event()

    def held(paths: Any, **options: Any) -> Any:
        return fake_run(paths, gate=gate, **options)

    win = MainWindow(Workspace(Project.memory()), settings=qsettings, extract=held)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.extraction_started, timeout=5000):
        win.import_files(articles[:1])
    assert win.grid.placeholder().startswith("Reading the articles")
    with qtbot.waitSignal(win.idle, timeout=60000):
        gate.set()
    assert win.grid.placeholder() == ""


def test_a_timeline_figure_never_covers_the_title(qtbot: Any) -> None:
    # "15 → 60": the 60 at the top of the plot was drawn over "figure by report date".
    import datetime as dt

    from PySide6.QtCore import QRectF

    from gui.panels.timeline import TITLE_HEIGHT, Timeline, TimelinePoint

    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(250, 110)
    timeline.set_points("other", [TimelinePoint(dt.date(2031, 5, 4), 15, "Tarnow"),
                                  TimelinePoint(dt.date(2031, 5, 5), 60, "Coastal")],
                        "civilians")
    timeline.grab()  # paints, and records where each figure went
    title = QRectF(0, 0, timeline.width(), TITLE_HEIGHT)
    assert len(timeline.label_rects) == 2
    assert not any(rect.intersects(title) for rect in timeline.label_rects)


def test_a_long_conflict_leaves_the_verdict_buttons_in_view(
        qtbot: Any, qsettings: QSettings) -> None:
    # A toll revised seven times filled the Review panel with eight red lines at 1280x720:
    # the verdict buttons and the fields went down out of view.
    import dataclasses

    from core.model import Conflict, Event
    from gui.review import CONFLICT_CHARS

    steps = " → ".join(f"exactly {n} (Eastland Wire, 2031-03-0{n % 9 + 1})"
                       for n in range(10, 24))
    explanation = f"figure revised over time: {steps}"
    result = dataclasses.replace(
        story(), events=(Event(id="e1", label="Korvath · killed", claim_ids=("c1", "c3")),),
        conflicts=(Conflict(id="x1", event_id="e1", claim_ids=("c1", "c3"), measure="killed",
                            kind="update", explanation=explanation),))
    project = Project.memory()
    project.add_result(result)
    from gui.main_window import MainWindow

    win = MainWindow(Workspace(project), settings=qsettings)
    qtbot.addWidget(win)
    win.select_item("c1")
    shown = win.review.sentence.text()
    assert "figure revised over time" in shown
    assert explanation not in shown
    assert len(shown) < len(win.ws.claims["c1"].sentence) + CONFLICT_CHARS + 120
    assert explanation in " ".join(win.review.sentence.toolTip().split())  # lines broken


def test_a_correction_keeps_the_checker_s_place_in_the_events_list(
        qtbot: Any, tmp_path: Path, qsettings: QSettings) -> None:
    # Correcting a value re-groups the project: the events list came back collapsed with
    # nothing selected, and the checker had to find the event and the claim again.
    from gui.events import ID_ROLE

    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = open_real(qtbot, qsettings, project)
    panel = win.events
    event_id = win.ws.event_of["c1"]
    item = panel.event_item(event_id)
    assert item is not None
    row = next(item.child(r, 0) for r in range(item.rowCount())
               if item.child(r, 0).data(ID_ROLE) == "c1")
    panel.events_view.setCurrentIndex(row.index())
    with qtbot.waitSignal(win.idle, timeout=20000):
        assert win.correct("c1", "value", "15")
    current = panel.events_view.currentIndex().siblingAtColumn(0)
    assert current.data(ID_ROLE) == "c1"
    assert panel.events_view.isExpanded(current.parent())


def test_the_window_fits_a_1024_wide_screen(window: Any) -> None:
    # Its smallest width was 1068 pixels: the Review panel's labels sat beside the verdict
    # buttons and its "Fields (type a correction…)" line did not wrap.
    assert window.minimumSizeHint().width() <= 1024
    assert window.review.minimumSizeHint().width() <= 300

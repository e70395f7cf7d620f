"""Defects found by a fact-checker's third walk through the real window under Xvfb
(window10): each test is one thing the checker saw, on the real project store."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.window_steps import settle, undo_and_redo_a_move


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


def test_a_slow_regrouping_says_so_until_the_events_follow(qtbot: Any, qsettings: Any,
                                                           workspace: Any) -> None:
    # Moving a claim in a project of 9,000 claims regrouped for three minutes: the events
    # panel kept the old grouping (the claim still in its old event) and nothing said that
    # a new one was on its way, so the move looked lost.
    import threading

    from gui.main_window import MainWindow
    from gui.panels.status_bar import REGROUPING_TEXT

    from .fakes import fake_group

    gate = threading.Event()

    def slow_group(claims: Any, documents: Any, decisions: Any) -> Any:
        gate.wait(10.0)
        return fake_group(claims, documents, decisions)

    win = MainWindow(workspace, settings=qsettings, group=slow_group)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    note = win.status.regrouping
    assert not note.isVisible()
    win.decide((("none", ("c4",)),), "Take 1 claim(s) out of their event")
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert note.text() == REGROUPING_TEXT
    assert any("c4" in e.claim_ids for e in win.ws.events.values())  # not yet regrouped
    gate.set()
    qtbot.waitUntil(lambda: not win.grouping.busy, timeout=5000)
    settle(qtbot)
    assert not note.isVisible()
    assert all("c4" not in e.claim_ids for e in win.ws.events.values())


def test_a_quick_regrouping_shows_no_note(qtbot: Any, window: Any) -> None:
    # Each document of a batch regroups: a note for each would flicker.
    window.decide((("none", ("c4",)),), "Take 1 claim(s) out of their event")
    qtbot.waitUntil(lambda: not window.grouping.busy, timeout=5000)
    settle(qtbot)
    assert not window.status.regrouping.isVisible()


def test_a_checked_box_shows_a_tick_on_the_dark_theme(qtbot: Any, qapp: Any) -> None:
    # On the dark theme a checked "Conflicts only" was a plain blue square: the styled
    # indicator had lost Fusion's tick, so checked read like a focus or hover mark.
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    from gui.theme import apply_theme

    def white_in_indicator(box: QCheckBox) -> int:
        option = QStyleOptionButton()
        box.initStyleOption(option)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        image = box.grab().toImage()
        ratio = image.devicePixelRatio()
        return sum(1 for x in range(int(rect.left() * ratio), int(rect.right() * ratio))
                   for y in range(int(rect.top() * ratio), int(rect.bottom() * ratio))
                   if QColor(image.pixel(x, y)).lightness() > 240)

    try:
        box = QCheckBox("Conflicts only")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        settle(qtbot)  # late events of earlier tests' windows first, then the theme
        apply_theme(qapp, "dark")
        assert white_in_indicator(box) == 0  # unchecked: an empty box
        box.setChecked(True)
        assert white_in_indicator(box) >= 4  # checked: a tick drawn in it
    finally:
        apply_theme(qapp, "light")


def test_a_reopened_project_lists_each_report_with_its_statements(qtbot: Any,
                                                                  tmp_path: Any) -> None:
    # Rows streamed in per report (its figures, then its statements); closing and reopening
    # the project put every statement after every figure, at the end of the grid.
    import datetime as dt

    from core.project.store import Project
    from gui.models import ClaimTableModel
    from gui.state import Workspace

    from .test_statements import reports

    path = tmp_path / "case.claimdesk"
    project = Project.create(path)
    project.add_result(reports({"d1": dt.date(2031, 3, 3), "d2": dt.date(2031, 3, 4),
                                "d3": dt.date(2031, 3, 5)}))
    project.close()
    reopened = Project.open(path)
    try:
        model = ClaimTableModel(Workspace(reopened))
        rows = [model.index(r, 0).data(ClaimTableModel.IdRole)
                for r in range(model.rowCount())]
        assert rows == ["c1", "s1", "c2", "s2", "c3", "s3"]
    finally:
        reopened.close()


def test_four_narrow_panes_each_name_their_outlet(qtbot: Any, window: Any) -> None:
    # Four reports side by side in a 1024-pixel window read "2026-03-16" over two panes
    # (and "The … · 2026-03-14" at 1280): which report was which could not be told.
    from datetime import date

    from core.model import Document
    from gui.panes import SourcePane

    doc = Document(id="dx", text="Nine people died.", path="/invented/dx.txt",
                   title="Toll rises in Marrowby", outlet="The Norhaven Courier",
                   published=date(2031, 3, 16))
    pane = SourcePane()
    qtbot.addWidget(pane)
    pane.show_document(doc, window.ws)
    pane.resize(110, 300)
    pane.show()
    qtbot.waitExposed(pane)
    settle(qtbot)
    header = pane.header
    outlet, day = header.text().split("\n")
    assert outlet.startswith("The Norh")
    assert day == "2031-03-16"
    assert header.height() >= 2 * header.fontMetrics().lineSpacing()


def _menu_action(menu: Any, *path: str) -> Any:
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.text() == text)
    return next(a for a in menu.actions() if a.text() == path[-1])


def test_a_claim_right_clicked_in_the_grid_moves_to_another_event_and_back(
        qtbot: Any, qsettings: Any) -> None:
    # Right-clicking a claim in the grid, where the checker reviews, offered nothing: moving
    # it meant finding it again in the events tree.
    from core.project.store import Project
    from gui.main_window import MainWindow
    from gui.state import Workspace

    from .fakes import story

    project = Project.memory()
    project.add_result(story())
    win = MainWindow(Workspace(project), settings=qsettings)  # the real grouping
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.idle, timeout=20000):
        win.request_regroup()
    home, target = win.ws.event_of["c4"], win.ws.event_of["c1"]
    assert home != target
    win.select_item("c4")
    menu = win.grid_menu.menu()
    labels = [a.text() for a in _menu_action(menu, "Move to event",
                                             win.ws.events[target].label).parent().actions()]
    assert win.ws.events[home].label not in labels  # not the event it is in
    with qtbot.waitSignal(win.idle, timeout=20000):
        _menu_action(menu, "Move to event", win.ws.events[target].label).trigger()
    assert win.ws.event_of["c4"] == win.ws.event_of["c1"]
    # Its new event is shown side by side, the moved claim still the one a verdict judges
    # (the event's first claim, c1, became current: "2" would have verified it).
    assert win.nav.current_item_id() == "c4"
    assert win.review.item_id == "c4"
    assert sum(p.isVisible() for p in win.compare.panes) >= 2
    undo_and_redo_a_move(qtbot, win, "c4", "c1")
    win.select_item("c4")
    with qtbot.waitSignal(win.idle, timeout=20000):
        _menu_action(win.grid_menu.menu(), "Split off (a different event)").trigger()
    assert win.ws.event_of["c4"] != win.ws.event_of["c1"]
    _menu_action(win.grid_menu.menu(), "Verdict", "3  Disputed").trigger()
    assert win.ws.status("c4") == "disputed"


def test_a_read_only_project_offers_no_grid_menu(qtbot: Any, window: Any,
                                                 monkeypatch: Any) -> None:
    window.select_item("c1")
    assert window.grid_menu.menu() is not None
    monkeypatch.setattr(type(window.events), "editable", property(lambda _: False))
    assert window.grid_menu.menu() is None


def test_the_progress_keeps_counting_the_files_dropped(qtbot: Any, window: Any,
                                                       articles: list[str],
                                                       tmp_path: Any) -> None:
    # Five files dropped, two of them empty: the bar read "0 / 5" while the model loaded,
    # then "1 / 3" (the core counts only the files it could read), and "Extracted 3 of 3".
    from pathlib import Path

    from .fakes import fake_run

    empty = []
    for name in ("empty1.txt", "empty2.txt"):
        path = tmp_path / name
        path.write_text("", encoding="utf-8")
        empty.append(str(path))

    def reading(paths: Any, **options: Any) -> Any:  # as core.pipeline: unreadable ones out
        return fake_run([p for p in paths if Path(p).stat().st_size], **options)

    seen: list[tuple[int, int]] = []
    window.extraction.progress.connect(lambda done, total, _: seen.append((done, total)))
    window.extraction.extract = reading
    messages: list[str] = []
    window.extraction.message.connect(lambda text, *_: messages.append(text))
    with qtbot.waitSignal(window.idle, timeout=60000):
        window.import_files([*articles, *empty])
    assert seen
    assert all(total == 5 for _, total in seen)
    assert seen[-1] == (5, 5)
    assert any(m.startswith("Extracted 3 of 3: report3.txt · 2 file(s) could not be read")
               for m in messages)

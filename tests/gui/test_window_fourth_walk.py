"""Defects found by a fact-checker's fourth walk through the real window under Xvfb
(window11): each test is one thing the checker saw, on the real project store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.project.store import Project
from tests.gui.window_steps import settle


def test_open_recent_cuts_a_long_path_in_the_middle(qtbot: Any, window: Any,
                                                    tmp_path: Path) -> None:
    # A project deep in a shared drive filled the screen's width with its whole path.
    folder = tmp_path / ("Shared drives" + "/deep folder of a desk" * 6)
    folder.mkdir(parents=True)
    path = str(folder / "Quillon & Marrow blast.claimdesk")
    Project.create(path).close()
    window.project.remember(path)
    window.menus.fill_recent()
    (entry,) = window.menus.recent_menu.actions()
    shown = entry.text()
    assert len(shown) < len(path)
    assert "…" in shown
    assert shown.endswith("blast.claimdesk")  # the file name stays readable
    assert shown.startswith(str(tmp_path)[:8])
    assert "&&" in shown  # "&" is shown, not taken for a shortcut letter
    assert entry.toolTip() == path
    assert entry.statusTip() == path
    assert window.menus.recent_menu.toolTipsVisible()
    entry.trigger()
    settle(qtbot)
    assert str(window.ws.backend.path) == path


def test_a_file_that_failed_shows_its_whole_reason_in_sources(qtbot: Any, window: Any,
                                                              tmp_path: Path) -> None:
    # At 1280x720 the Sources panel cut "07_scan.pdf: file is damaged or not a valid PDF
    # file: no PDF header" to "07_scan.pdf: file is da…" in a one-line row.
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from core.ingest.files import InputError, load
    from core.model import Failure, Result
    from gui.panels.sources import SOURCE_COLUMNS

    (tmp_path / "07_scan.pdf").write_bytes(b"\x00\x13 not a pdf at all " * 40)
    (tmp_path / "06_empty.txt").write_bytes(b"")
    failures = []
    for name in ("07_scan.pdf", "06_empty.txt"):
        try:
            load(str(tmp_path / name), doc_id="d99")
        except InputError as err:
            failures.append(Failure(path=str(tmp_path / name), message=str(err)))
    window.resize(1280, 720)
    window.ws.add_result(Result(failures=tuple(failures)))
    settle(qtbot)
    view, model = window.sources_view, window.sources_model
    rows = [r for r in range(model.rowCount()) if model.failed(r)]
    assert len(rows) == 2
    pdf, empty = rows
    text = model.index(pdf, 0).data()
    assert text == "07_scan.pdf: file is damaged or not a valid PDF file: no PDF header"
    assert str(tmp_path / "07_scan.pdf") in model.index(pdf, 0).data(
        Qt.ItemDataRole.ToolTipRole)
    for row in rows:
        assert view.columnSpan(row, 0) == len(SOURCE_COLUMNS)
    # The row is as tall as its message wrapped within the panel's visible width.
    width = min(view.horizontalHeader().length(), view.viewport().width())
    assert width < view.fontMetrics().horizontalAdvance(text)  # one line would not do
    needed = view.fontMetrics().boundingRect(
        QRect(0, 0, width - 8, 1 << 20), Qt.TextFlag.TextWordWrap, text).height()
    assert view.rowHeight(pdf) >= needed > view.fontMetrics().height()
    assert view.rowHeight(empty) == view.verticalHeader().defaultSectionSize()
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, model.index(pdf, 0))
    assert option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    # A documents' row keeps one line, cut with "…".
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, model.index(0, 0))
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
    # A wider panel needs fewer lines.
    before = view.rowHeight(pdf)
    window.sources_dock.setMinimumWidth(900)
    settle(qtbot)
    assert view.rowHeight(pdf) < before


def test_the_review_panel_follows_a_move_and_its_undo(qtbot: Any, tmp_path: Path,
                                                      qsettings: Any) -> None:
    # A claim moved out of its event and back by Undo kept the Review panel of the move:
    # no conflict under its sentence, though the grid marked it in conflict again.
    from tests.gui.test_edits import decide, open_real

    from .fakes import story

    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = open_real(qtbot, qsettings, project)
    win.select_item("c1")
    settle(qtbot)
    sentence = win.review.sentence
    assert "⚠" in sentence.text()
    assert "at least 14 then exactly 12" in sentence.toolTip()
    decide(qtbot, win, (("move", ("c1", "c4")),), "Move 1 claim(s) to the arrest")
    settle(qtbot)
    assert win.ws.event_of["c1"] == win.ws.event_of["c4"]
    assert "⚠" not in sentence.text()
    with qtbot.waitSignal(win.idle, timeout=20000):
        win.undo()
    settle(qtbot)
    assert win.ws.event_of["c1"] != win.ws.event_of["c4"]
    assert "⚠" in sentence.text()
    assert win.review.item_id == "c1"


def _many_events(n: int) -> Any:
    """``n`` one-report events in invented towns, and a second claim of report d1 in
    the last event: the event nearest claim c1 (they share a report)."""
    import datetime as dt

    from core.model import Document, Event, Result

    from .fakes import make_claim

    docs, claims, events = [], [], []
    for k in range(1, n + 1):
        doc = Document(id=f"d{k}", text=f"Gunmen killed {k + 2} people in Town{k:02d}.\n",
                       title=f"Report {k}", published=dt.date(2031, 3, 1))
        docs.append(doc)
        claims.append(make_claim(doc, f"c{k}", str(k + 2), k + 2, "killed"))
        events.append(Event(id=f"e{k}", label=f"Town{k:02d} · attack · 2031-03-01",
                            claim_ids=(f"c{k}",)))
    extra = make_claim(docs[0], f"c{n + 1}", "people", 1, "injured")
    claims.append(extra)
    events[-1] = Event(id=f"e{n}", label=events[-1].label, claim_ids=(f"c{n}", extra.id))
    return Result(documents=tuple(docs), claims=tuple(claims), events=tuple(events))


def test_move_to_event_lists_the_nearest_events_and_a_chooser_for_the_rest(
        qtbot: Any, qsettings: Any, monkeypatch: Any) -> None:
    # On a project of 442 events the grid's "Move to event" menu listed every one: columns
    # of labels wider than the screen, running off its right edge.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from gui.main_window import MainWindow
    from gui.panels import move_menu
    from gui.state import Workspace

    from .fakes import fake_group

    project = Project.memory()
    project.add_result(_many_events(40))
    win = MainWindow(Workspace(project), settings=qsettings, group=fake_group)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    win.select_item("c1")
    menu = win.grid_menu.menu()
    move = next(a.menu() for a in menu.actions() if a.text() == "Move to event")
    entries = [a.text() for a in move.actions() if not a.isSeparator()]
    assert len(entries) == move_menu.MOVE_MENU_MAX + 1
    assert entries[0] == "Town40 · attack · 2031-03-01"  # shares report d1 with c1
    assert "Town01 · attack · 2031-03-01" not in entries  # c1's own event
    assert entries[-1] == "Other event…"
    assert move.sizeHint().width() < win.width()
    # The chooser lists every other event; typing narrows it; its choice moves the claim.
    chooser = move_menu.EventChooser(win.ws, ["c1"], win)
    assert chooser.list.count() == 39
    chooser.filter.setText("town27 attack")
    shown = [chooser.list.item(r) for r in range(chooser.list.count())
             if not chooser.list.item(r).isHidden()]
    assert [i.text() for i in shown] == ["Town27 · attack · 2031-03-01  (1 claim(s))"]
    assert chooser.event_id() == "e27"
    chooser.filter.setText("town3")  # Town30 … Town39; Down moves on while typing
    assert chooser.event_id() == "e30"
    qtbot.keyClick(chooser.filter, Qt.Key.Key_Down)
    assert chooser.event_id() == "e31"
    assert chooser.filter.text() == "town3"
    chooser.filter.setText("no such town")
    assert chooser.event_id() == ""

    def pick(self: Any) -> int:
        self.filter.setText("Town33")
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(move_menu.EventChooser, "exec", pick)
    moved: list[tuple[Any, str]] = []
    win.events.decision_requested.disconnect()
    win.events.decision_requested.connect(lambda d, _label: moved.append(d))
    next(a for a in move.actions() if a.text() == "Other event…").trigger()
    assert moved == [(("move", ("c1", "c33")),)]


def test_tabbing_through_sources_keeps_the_claims_source_in_view(qtbot: Any,
                                                                 window: Any) -> None:
    # Tab from the grid to the Sources panel made its first report current, and the source
    # pane swapped the selected claim's report for that one.
    from PySide6.QtCore import Qt

    window.select_item("c3")
    window.grid.setFocus()
    settle(qtbot)
    (pane,) = window.compare.visible_panes()
    assert pane.text.document_id == "d2"
    qtbot.keyClick(window.grid, Qt.Key.Key_Tab)
    settle(qtbot)
    assert window.sources_view.hasFocus()
    assert [p.text.document_id for p in window.compare.visible_panes()] == ["d2"]
    # Moving within the panel still shows the report the checker moves to.
    assert window.sources_view.document_id() == "d1"  # the first report, by date
    qtbot.keyClick(window.sources_view, Qt.Key.Key_Down)
    qtbot.keyClick(window.sources_view, Qt.Key.Key_Down)
    settle(qtbot)
    assert [p.text.document_id for p in window.compare.visible_panes()] == ["d3"]


def test_save_project_as_says_where_the_work_goes(qtbot: Any, window: Any,
                                                  tmp_path: Path) -> None:
    # File ▸ Save project as wrote the file and said nothing: with no title bar in view the
    # checker could not tell it had worked.
    path = tmp_path / "quillon desk.claimdesk"
    assert window.save_as(str(path))
    settle(qtbot)
    assert window.status.status_label.text() == (
        f"Saved the project as {path}; work goes on there")
    assert str(window.ws.backend.path) == str(path)


def test_regrouping_keeps_no_snapshot_of_the_claims_alive(qtbot: Any, window: Any) -> None:
    # A 9,000-claim project grew by megabytes with every move and undo: each events summary
    # worker stayed alive (its own slot named it) with the copy of the claims it ran on.
    import gc

    def snapshots() -> int:
        gc.collect()
        keys = window.ws.claims.keys()
        return sum(1 for o in gc.get_objects()
                   if type(o) is dict and o is not window.ws.claims and o.keys() == keys)

    settle(qtbot)
    before = snapshots()
    for _ in range(5):
        with qtbot.waitSignal(window.events.summaries_ready, timeout=60000):
            window.events.reload()
    settle(qtbot)
    assert snapshots() <= before

"""On the real project store: a date disagreement in the conflicts pane and the Conflicts only
filter; the window's width; the framed cell editor; the conflict dot of a selected row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLineEdit

from core.group.conflicts import find_conflicts
from core.model import Claim, Document, Event, Result
from core.project.store import Project
from gui.main_window import MainWindow
from gui.models import COL
from gui.state import Workspace

from .fakes import fake_documents, fake_run, story

SENTENCES = (("d1", "Nine people were killed in the blast on Friday.", "on Friday", 13),
             ("d2", "Nine people were killed in the blast on Saturday.", "on Saturday", 14))


def two_days() -> Result:
    docs, claims = [], []
    for n, (doc, sentence, when, day) in enumerate(SENTENCES, start=1):
        docs.append(Document(id=doc, text=sentence, published=dt.date(2031, 3, 16),
                             outlet=f"Outlet {n}"))
        date = dt.date(2031, 3, day)
        claims.append(Claim(
            id=f"c{n}", document_id=doc, start=0, end=4, number_text="Nine", value=9,
            qualifier="exact", low=9, high=9, measure="killed", sentence=sentence,
            sentence_start=0, sentence_end=len(sentence), rule="test", subject="people",
            date_start=date, date_end=date, date_text=when))
    events = (Event(id="e1", label="Korvath · blast", claim_ids=("c1", "c2")),)
    conflicts = find_conflicts(events, claims, documents=docs)
    return Result(documents=tuple(docs), claims=tuple(claims), events=events,
                  conflicts=conflicts)


def window(qtbot: Any, qsettings: QSettings, project: Project) -> Any:
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_date_disagreement_is_a_conflict_the_checker_sees(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    project = Project.create(tmp_path / "dates.claimdesk")
    project.add_result(two_days())
    win = window(qtbot, qsettings, project)
    rows = win.events.conflicts_model
    kinds = [rows.item(r, 0).text() for r in range(rows.rowCount())]
    assert "date: contradiction" in kinds
    text = rows.item(kinds.index("date: contradiction"), 1).text()
    assert "2031-03-13" in text
    assert "2031-03-14" in text
    win.filter_conflicts.setChecked(True)
    win.apply_filter()
    assert sorted(win.model.visible_ids()) == ["c1", "c2"]
    # side by side, the day each report gives underlined beside the figure
    [date_conflict] = [x for x in win.ws.conflicts.values() if x.about == "date"]
    win.show_conflict(date_conflict.id)
    panes = win.compare.visible_panes()
    assert {p.text.document_id for p in panes} == {"d1", "d2"}
    for pane in panes:
        marked = {pane.text.toPlainText()[s.cursor.selectionStart():s.cursor.selectionEnd()]
                  for s in pane.text.extraSelections()}
        assert {"Nine"} < marked
        assert {"on Friday", "on Saturday"} & marked


def test_the_window_fits_half_a_1920_screen_and_shows_whole_labels_at_1280(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = window(qtbot, qsettings, project)
    assert win.minimumSizeHint().width() <= 950
    qtbot.wait(50)
    for combo in win.filter_bar.combos:
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() >= need + 20, combo.currentText()  # text and arrow


def test_the_cell_editor_has_a_frame_and_the_selected_row_keeps_its_dot(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = window(qtbot, qsettings, project)
    assert win.select_item("c1")
    win.edit_value()
    editor = win.review.fields.findChild(QLineEdit)
    assert editor is not None
    assert editor.isVisible()
    assert editor.hasFrame()
    assert "border" in editor.styleSheet()
    index = win.model.index(win.model.visible_ids().index("c1"), COL["figure"])
    icon = win.model.data(index, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon)
    normal = icon.pixmap(12, 12, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(12, 12, QIcon.Mode.Selected).toImage()
    assert normal == selected  # not tinted towards the selection's highlight


def test_a_16pt_window_fits_a_1280x720_screen_and_keeps_evidence_lines(
    qtbot: Any, qapp: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    # At 16 pt the window's least width was 1352 pixels and the Evidence list one line.
    from PySide6.QtGui import QFont

    font = qapp.font()
    big = QFont(font)
    big.setPointSize(16)
    qapp.setFont(big)
    try:
        project = Project.create(tmp_path / "case.claimdesk")
        project.add_result(story())
        win = window(qtbot, qsettings, project)
        least = win.minimumSizeHint()
        assert least.width() <= 1100, least  # room for a wider system font than offscreen's
        assert least.height() <= 720 - 80, least  # a title bar and a panel
        assert win.width() == 1280
        qtbot.wait(50)
        line = win.review.evidence.fontMetrics().height()
        assert win.review.evidence.height() >= 3 * line
    finally:
        qapp.setFont(font)


def test_a_timeline_with_only_its_hint_takes_the_hints_height(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    # At 1024x640 the timeline kept 110 pixels to say its hint; the events list had 3 rows.
    import datetime as dt

    from gui.panels.timeline import MIN_HEIGHT, TimelinePoint

    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = window(qtbot, qsettings, project)
    win.resize(1024, 640)
    qtbot.wait(50)
    timeline = win.events.timeline
    assert timeline.only_hint()
    assert timeline.height() == timeline.hint_height() < MIN_HEIGHT
    rows = win.events.events_view.height() // win.events.events_view.fontMetrics().height()
    assert rows >= 6
    timeline.set_points("killed", [TimelinePoint(dt.date(2031, 5, 4), 16, "Tarnow"),
                                   TimelinePoint(dt.date(2031, 5, 5), 24, "Brill")])
    assert timeline.height() >= MIN_HEIGHT  # a plot gets its room back
    timeline.set_points("", [])
    assert timeline.height() == timeline.hint_height()


def test_at_1280_the_events_figures_are_whole_and_a_long_range_ends_in_an_ellipsis(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    # At 1280x720 the Conservative column ran past the panel's edge: "72,000" read "72,0".
    from .fakes import make_claim

    doc = Document(id="d1", text="Between 72,000 and 88,000 people fled Korvath.\n",
                   published=dt.date(2031, 3, 16), outlet="Outlet 1")
    fled = make_claim(doc, "c1", "72,000", 72000, "other", qualifier="between", low=72000,
                      high=88000)
    project = Project.create(tmp_path / "range.claimdesk")
    project.add_result(Result(documents=(doc,), claims=(fled,), events=(
        Event(id="e1", label="Korvath · displacement · 2031-03-15", claim_ids=("c1",)),)))
    win = window(qtbot, qsettings, project)
    view = win.events.events_view
    header = view.header()
    # The range comes from a worker, and the columns fit once it is in (on a busy machine
    # that took longer than a fixed 50 ms wait).
    qtbot.waitUntil(lambda: "72,000–88,000" in win.events.events_model.item(0, 2).text(),
                    timeout=60000)
    qtbot.waitUntil(lambda: header.sectionViewportPosition(header.count() - 1)
                    + header.sectionSize(header.count() - 1) <= view.viewport().width(),
                    timeout=60000)
    for col in range(header.count()):
        right = header.sectionViewportPosition(col) + header.sectionSize(col)
        assert right <= view.viewport().width(), header.model().headerData(
            col, Qt.Orientation.Horizontal)
    conservative = win.events.events_model.item(0, 3).text()
    assert header.sectionSize(3) >= view.fontMetrics().horizontalAdvance(conservative)
    assert header.sectionSize(2) < view.sizeHintForColumn(2)  # elided, "other 72,000–8…"
    # ... and a usual range ("killed ≥ 121") is whole beside it
    assert header.sectionSize(2) >= view.fontMetrics().horizontalAdvance("killed ≥ 121") + 12


def test_a_capped_column_filled_in_later_gets_its_room(qtbot: Any) -> None:
    # Under a real X server the events' ranges arrived from the worker after the rows were
    # laid out: the column kept its header's width ("kille…") beside empty room.
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from gui.panels.columns import FirstColumnFit

    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Event", "Range", "At least"])
    view = QTreeView()
    view.setModel(model)
    FirstColumnFit(view, view.header(), 100, capped=1, cap=400, yields=True)  # view owns it
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    model.appendRow([QStandardItem("Korvath · bombing"), QStandardItem(""), QStandardItem("")])
    qtbot.wait(20)  # laid out, no resize to come
    model.item(0, 1).setText("other 72,000–88,000 and then some more words")
    qtbot.waitUntil(lambda: view.header().sectionSize(1) >= view.sizeHintForColumn(1))

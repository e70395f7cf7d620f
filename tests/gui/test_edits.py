"""Issue 12 defects, each reproduced on the real project store (a file or SQLite memory) with
the real grouping: event decisions, undo of every edit, one current claim, corrections that
flow into the interval, exports that keep their extension, the correctable fields."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from core.model import Review
from core.project.store import Project
from gui.controllers.exports import with_suffix
from gui.main_window import MainWindow
from gui.models import COL
from gui.review import FIELD_LABELS
from gui.state import Workspace

from .fakes import fake_documents, fake_run, story


def groups(win: Any) -> set[frozenset[str]]:
    return {frozenset(e.claim_ids) for e in win.ws.events.values()}


def open_real(qtbot: Any, qsettings: QSettings, project: Project) -> Any:
    """A window on ``project`` with the real grouping (core.group.decisions)."""
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    with qtbot.waitSignal(win.idle, timeout=20000):
        win.request_regroup()
    return win


@pytest.fixture
def saved(qtbot: Any, tmp_path: Path, qsettings: QSettings) -> Iterator[Any]:
    project = Project.create(tmp_path / "case.claimdesk")
    project.add_result(story())
    win = open_real(qtbot, qsettings, project)
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def decide(qtbot: Any, win: Any, decisions: Any, text: str) -> None:
    with qtbot.waitSignal(win.idle, timeout=20000):
        win.decide(decisions, text)


def event_with(win: Any, claim_id: str) -> str:
    return win.ws.event_of[claim_id]


def test_move_moves_exactly_the_claim_and_back_restores_the_groups(
        qtbot: Any, saved: Any) -> None:
    win = saved
    before = groups(win)
    home = event_with(win, "c4")
    target = event_with(win, "c1")
    assert home != target
    anchor_back = next((c for c in win.ws.events[home].claim_ids if c != "c4"), None)
    win.events.decision_requested.disconnect()
    seen: list[Any] = []
    win.events.decision_requested.connect(lambda d, t: seen.append((d, t)))
    win.events.move_claims(["c4"], target)
    decide(qtbot, win, *seen[0])
    after = groups(win)
    moved_into = frozenset(win.ws.events[event_with(win, "c4")].claim_ids)
    assert moved_into == frozenset(win.ws.events[event_with(win, "c1")].claim_ids)
    # nothing but c4 changed event
    assert {g - {"c4"} for g in after} - {frozenset()} == {g - {"c4"} for g in before} - {
        frozenset()}
    if anchor_back:
        decide(qtbot, win, (("move", ("c4", anchor_back)),), "Move back")
    else:
        decide(qtbot, win, (("split", ("c4",)),), "Split back")
    assert groups(win) == before


def test_split_off_works_on_a_merged_event(qtbot: Any, saved: Any) -> None:
    win = saved
    events = list(win.ws.events)
    assert len(events) >= 2
    every = tuple(c for e in win.ws.events.values() for c in e.claim_ids)
    decide(qtbot, win, (("merge", every),), "Merge")
    assert len(win.ws.events) == 1
    decide(qtbot, win, (("split", ("c4",)),), "Split off")
    assert groups(win) == {frozenset(every) - {"c4"}, frozenset({"c4"})}


def test_every_edit_undoes_with_a_saved_project_and_after_reopening(
        qtbot: Any, saved: Any, tmp_path: Path, qsettings: QSettings) -> None:
    win = saved
    original = groups(win)
    decide(qtbot, win, (("none", ("c4",)),), "Take c4 out")
    from dataclasses import replace

    win.add_manual_claim(replace(win.ws.claims["c2"], id="draft", manual=True, rule="manual"))
    assert "m1" in win.ws.claims
    win.set_verdict("false", ["c3"])
    win.close()
    reopened = open_real(qtbot, qsettings, Project.open(tmp_path / "case.claimdesk"))
    assert reopened.act_undo.isEnabled()
    reopened.undo()
    assert reopened.ws.status("c3") == "unverified"
    reopened.undo()
    assert "m1" not in reopened.ws.claims
    with qtbot.waitSignal(reopened.idle, timeout=20000):
        reopened.undo()
    assert groups(reopened) == original
    assert not reopened.act_undo.isEnabled()


def test_undo_shows_the_claim_it_changed(qtbot: Any, saved: Any) -> None:
    win = saved
    win.set_verdict("verified", ["c5"])
    assert win.select_item("c1")
    win.undo()
    assert win.current_item_id() == "c5"
    assert win.review.item_id == "c5"


def test_verdict_key_marks_only_the_current_claim_after_ctrl_home(
        qtbot: Any, saved: Any) -> None:
    win = saved
    assert win.select_item("c3")
    win.grid.setFocus()
    qtbot.keyClick(win.grid, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    current = win.current_item_id()
    assert current != "c3"
    assert win.review.item_id == current
    qtbot.keyClick(win.grid, Qt.Key.Key_5)
    assert win.ws.status(current) == "unclear"
    assert win.ws.status("c3") == "unverified"


def test_a_claim_hidden_by_the_filter_is_no_longer_current(qtbot: Any, saved: Any) -> None:
    win = saved
    assert win.select_item("c4")
    assert win.review.item_id == "c4"
    win.filter_text.setText("mayor")
    win.apply_filter()
    assert win.model.row_of("c4") < 0
    assert win.review.item_id == ""
    assert win.selected_item_ids() == []
    win.set_verdict("false")
    assert win.ws.status("c4") == "unverified"


def test_a_corrected_value_moves_the_interval_in_the_grid(qtbot: Any, saved: Any) -> None:
    win = saved
    with qtbot.waitSignal(win.idle, timeout=20000):
        assert win.correct("c3", "value", "15")
    row = win.model.row_of("c3")
    shown = str(win.model.data(win.model.index(row, COL["interval"])))
    assert "15" in shown
    assert "12" not in shown
    fixed = next(c for c in win.ws.result().claims if c.id == "c3")
    assert (fixed.low, fixed.high) == (15, 15)


def test_export_keeps_the_extension(qtbot: Any, saved: Any, tmp_path: Path) -> None:
    assert with_suffix("seeds_export", "xlsx") == "seeds_export.xlsx"
    assert with_suffix("a.JSON", "json") == "a.JSON"
    with qtbot.waitSignal(saved.export_done, timeout=20000):
        saved.export("xlsx", str(tmp_path / "seeds_export"))
    assert (tmp_path / "seeds_export.xlsx").is_file()


def test_the_review_panel_offers_what_the_store_accepts() -> None:
    from core.project.store import CORRECTABLE_ORDER

    assert set(FIELD_LABELS) == set(CORRECTABLE_ORDER)
    assert {"part_of", "date_text"} <= set(FIELD_LABELS)
    assert "number_text" not in FIELD_LABELS


def test_gui_runs_on_the_real_store() -> None:
    import gui.state

    assert not hasattr(gui.state, "MemoryProject")
    assert isinstance(Workspace().backend, Project)
    ws = Workspace()
    ws.add_result(story())
    ws.set_review(Review("c1", "verified"))
    assert ws.undo() is not None
    assert ws.status("c1") == "unverified"


def test_the_window_fits_1280x720_with_every_review_control(qtbot: Any, saved: Any) -> None:
    win = saved
    hint = win.minimumSizeHint()
    assert hint.width() <= 1280
    assert hint.height() <= 720
    win.resize(1280, 720)
    qtbot.wait(50)
    assert win.width() <= 1280
    for widget in (win.review.fields, win.count_label, win.events.split_button):
        assert widget.isVisible()
        right = widget.mapTo(win, widget.rect().topRight()).x()
        assert right <= win.width()


def test_a_saved_layout_never_hides_a_panel(qtbot: Any, qsettings: QSettings) -> None:
    first = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(first)
    first.show()
    first.review_dock.hide()
    first.events_dock.setFloating(True)
    first.save_state()
    first.close()
    again = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(again)
    again.show()
    assert again.review_dock.isVisible()
    assert not again.events_dock.isFloating()


def test_a_demo_project_is_not_an_open_recent_entry(qtbot: Any, qsettings: QSettings,
                                                    tmp_path: Path) -> None:
    win = MainWindow(Workspace(), settings=qsettings)
    qtbot.addWidget(win)
    win._switch_backend(Project.create(tmp_path / "demo.claimdesk"), remember=False)
    assert win.recent_projects() == []
    win._switch_backend(Project.create(tmp_path / "mine.claimdesk"))
    assert win.recent_projects() == [str(tmp_path / "mine.claimdesk")]


def test_the_progress_bar_counts_files_while_the_model_loads(
        qtbot: Any, window: Any, articles: list[str]) -> None:
    import threading

    gate = threading.Event()

    def slow(paths: Any, **options: Any) -> Any:
        gate.wait(5.0)  # the model loading: nothing done yet
        return fake_run(paths, **options)

    window.extract = slow
    window.import_files(articles)
    assert window.progress.maximum() == 3
    assert window.progress.text().startswith("0 / 3")
    with qtbot.waitSignal(window.idle, timeout=60000):
        gate.set()


def test_tab_leaves_the_grid(qtbot: Any, window: Any) -> None:
    window.select_item("c1")
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Tab)
    assert not window.grid.hasFocus()


def test_check_boxes_are_visible_in_the_dark_theme(qtbot: Any, qapp: Any) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox

    from gui.theme import apply_theme

    apply_theme(qapp, "dark")
    try:
        box = QCheckBox("Conflicts only")
        qtbot.addWidget(box)
        box.show()
        image = box.grab().toImage()
        window = box.palette().window().color().lightness()
        brightest = max(QColor(image.pixel(x, y)).lightness()
                        for x in range(min(14, image.width()))
                        for y in range(image.height()))
        # the indicator's frame stands out from the window (the label text is further right)
        assert brightest - window > 60
    finally:
        apply_theme(qapp, "light")


def test_errors_go_to_a_log_file_and_to_the_window(qtbot: Any, window: Any,
                                                   tmp_path: Path) -> None:
    import logging
    import sys

    from gui.errorlog import ErrorRelay, install

    relay = ErrorRelay(window)
    root = logging.getLogger()
    before = list(root.handlers)
    hook = sys.excepthook
    try:
        path = install(tmp_path / "data", relay)
        relay.error.connect(lambda text: window.message(f"Error: {text}"))
        window.grouping.failed.emit("matcher broke")
        with qtbot.waitSignal(relay.error, timeout=2000):
            logging.getLogger("core.pipeline").error("d7.txt: cannot read")
        sys.excepthook(ValueError, ValueError("odd"), None)
        for handler in root.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "Grouping failed: matcher broke" in text
        assert "d7.txt: cannot read" in text
        assert "Unexpected error: ValueError: odd" in text
        assert "Error: " in window.status_label.text()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        sys.excepthook = hook


def test_a_source_renamed_in_the_sources_panel_names_it_everywhere(
        qtbot: Any, saved: Any) -> None:
    win = saved
    decide(qtbot, win, (("merge", ("c1", "c3")),), "Merge")  # at least 14 vs exactly 12
    model = win.sources_model
    row = model.row_of("d2")
    index = model.index(row, 1)  # Outlet
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(win.idle, timeout=20000):
        assert model.setData(index, "Tarn Herald")
    assert win.ws.documents["d2"].outlet == "Tarn Herald"
    assert model.data(model.index(model.row_of("d2"), 1)) == "Tarn Herald"
    about_d2 = [x for x in win.ws.conflicts.values() if "c3" in x.claim_ids]
    assert about_d2
    assert all("Tarn Herald" in x.explanation for x in about_d2)
    with qtbot.waitSignal(win.idle, timeout=20000):
        win.undo()
    assert win.ws.documents["d2"].outlet == "Eastland Wire"
    assert win.ws.backend.document("d2").outlet == "Eastland Wire"


def test_menus_toolbar_and_keyboard_help_come_from_one_table(window: Any) -> None:
    from gui.actions import ACTIONS, SPECS, shortcuts

    for spec in ACTIONS:
        action = getattr(window, f"act_{spec.name}")
        if spec.keys:
            shown = {s.toString() for s in action.shortcuts()}
            assert set(spec.keys) <= shown | {"Esc"}, spec.name
    help_rows = dict(shortcuts())
    assert help_rows["Ctrl+M"] == SPECS["manual"].help
    assert help_rows["1 … 5"].startswith("Verdict")
    in_menus = {a for menu in window.menuBar().actions() if menu.menu() is not None
                for a in menu.menu().actions()}
    assert window.act_undo in in_menus
    assert window.act_import in in_menus


def test_find_also_searches_the_full_text_of_every_source(qtbot: Any, saved: Any) -> None:
    win = saved
    win.focus_find()
    win.filter_text.setText("Tarn Valley")  # in the body of d3, in no claim's figure
    win.apply_filter()
    assert win.text_hits.isVisible()
    assert win.text_hits.count() == 1
    item = win.text_hits.item(0)
    assert item.text().startswith("Valdoria Today, 05 Mar 2031: ")
    assert "[Tarn Valley]" in item.text()
    win._show_text_hit(item)
    pane = win.compare.active
    assert pane is not None
    assert pane.text.document_id == "d3"
    assert pane.text.textCursor().selectedText() == "Tarn Valley"
    win.filter_text.setText("")
    win.apply_filter()
    assert not win.text_hits.isVisible()


def test_export_report_writes_a_pdf_with_events_sources_conflicts_and_verdicts(
        qtbot: Any, saved: Any, tmp_path: Path) -> None:
    import unicodedata

    from pypdf import PdfReader

    from gui.report import report_html

    win = saved
    decide(qtbot, win, (("merge", ("c1", "c3")),), "Merge")  # at least 14 vs exactly 12
    win.set_note("c3", "mayor's figure, not confirmed")
    win.set_verdict("disputed", ["c3"])
    with qtbot.waitSignal(win.export_done, timeout=20000) as blocker:
        win.export("report", str(tmp_path / "report"))
    assert blocker.args == [str(tmp_path / "report.pdf"), ""]
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" ligatures → "fi"
    assert "Eastland Wire, 04 Mar 2031" in text  # the source by outlet and date
    assert "conservative figure" in text
    assert "disputed: mayor's figure, not confirmed" in text
    merged = win.ws.event_of["c1"]
    kinds = {x.kind for x in win.ws.conflicts.values() if x.event_id == merged}
    assert kinds, "the merged toll figures disagree"
    assert all(f"{kind}:" in text.replace(" :", ":") for kind in kinds)  # in plain words
    html = report_html(win.ws.result())
    assert "/invented/" not in html  # never a file path


def test_the_report_pages_as_pictures_match_the_pdf(qtbot: Any, saved: Any, tmp_path: Path
                                                    ) -> None:
    """docs/screenshots/report-page*.png are the PDF's pages drawn as images: the same page
    count, white A4 at the asked resolution, dated as asked (the same picture every day)."""
    import datetime as dt

    from pypdf import PdfReader

    from gui.report import report_html, report_pages, write_report_pdf

    result = saved.ws.result()
    day = dt.date(2031, 3, 9)
    pages = write_report_pdf(result, str(tmp_path / "r.pdf"), written=day)
    assert len(PdfReader(tmp_path / "r.pdf").pages) == pages
    images = report_pages(result, 96, written=day)
    assert len(images) == pages
    assert abs(images[0].width() - 794) <= 1  # A4 at 96 dpi: 210 x 297 mm
    assert abs(images[0].height() - 1123) <= 1
    assert images[0].pixelColor(5, 5).name() == "#ffffff"
    inked = sum(images[0].pixelColor(x, y).lightness() < 128
                for x in range(0, 790, 7) for y in range(0, 1120, 7))
    assert inked > 100  # text drawn, not a blank page
    assert "Written 09 March 2031." in report_html(result, written=day)


def test_no_report_row_is_cut_by_a_page_break(qapp: Any, tmp_path: Path) -> None:
    """A row cut by a page break left "More than" at the foot of one page and "60 injured" at
    the top of the next, an exact figure to a reader of that page."""
    import datetime as dt
    import unicodedata

    from pypdf import PdfReader

    from core.model import Document, Event, Result
    from gui.report import write_report_pdf

    from .fakes import make_claim

    # Sentences of one to four lines, so that some rows straddle a page's foot.
    lines = [f"More than {n} people were hurt in blast number {n} at the Korvath market"
             + ", officials of the province said on Monday evening" * (n % 4) + "."
             for n in range(10, 70)]
    doc = Document(id="d1", text="\n".join(lines), published=dt.date(2031, 3, 4),
                   outlet="Eastland Wire")
    claims = tuple(make_claim(doc, f"c{n}", f"More than {n}", n, "injured",
                              qualifier="more_than", low=n + 1, at=doc.text.index(line))
                   for n, line in zip(range(10, 70), lines, strict=True))
    result = Result(documents=(doc,), claims=claims, events=(
        Event(id="e1", label="Korvath · blast", claim_ids=tuple(c.id for c in claims)),))
    pages = write_report_pdf(result, str(tmp_path / "r.pdf"), written=dt.date(2031, 3, 5))
    assert pages >= 3
    texts = [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
             for page in PdfReader(tmp_path / "r.pdf").pages]  # "ﬃ" ligatures → "ffi"
    for claim in claims:  # each row whole on one page: its figure and its sentence
        assert any(f"{claim.number_text} injured" in text and claim.sentence in text
                   for text in texts), claim.number_text
    assert all("Figure Source Sentence Verdict" in text for text in texts[1:])  # the header

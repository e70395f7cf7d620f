"""Defects found by a fact-checker's fifth walk through the real window under Xvfb (gui13),
with four reports of one invented market bombing: each test is one thing the checker saw,
on the real project store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.model import Document, Event, Result
from core.project.store import Project
from gui.main_window import MainWindow
from gui.models import COL
from gui.state import Workspace
from tests.gui.window_steps import settle

from .fakes import fake_documents, fake_group, fake_run, make_claim, story


def test_no_verdict_is_shown_checked_when_no_claim_is_selected(qtbot: Any,
                                                                window: Any) -> None:
    # The Review panel said "No claim selected" while "3 Disputed" stayed lit (in the dark
    # theme, a greyed "1 Unverified" on grey): the last claim's verdict, on no claim.
    window.select_item("c3")
    window.set_verdict("disputed", ["c3"])
    settle(qtbot)
    assert window.review.buttons["disputed"].isChecked()
    window.review.show_item("")
    assert window.review.title.text() == "No claim selected"
    assert [s for s, b in window.review.buttons.items() if b.isChecked()] == []
    window.review.show_item("c3")  # a claim again: its verdict is lit again
    assert window.review.buttons["disputed"].isChecked()


def test_a_typed_extension_chooses_the_export_type(qtbot: Any, window: Any,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Export… offers every type with Excel first; the checker typed "out.csv" and got an
    # Excel workbook named "out.csv.xlsx".
    from PySide6.QtWidgets import QFileDialog

    from gui.controllers.exports import EXPORT_FILTERS

    typed = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(typed), EXPORT_FILTERS["xlsx"]))
    with qtbot.waitSignal(window.export_done, timeout=20000) as done:
        window.prompts.export_dialog()
    assert done.args == [str(typed), ""]
    assert not (tmp_path / "out.csv.xlsx").exists()
    assert typed.read_text(encoding="utf-8-sig").startswith("Source,")
    # A name with no known extension still takes the chosen type's ("seeds_export").
    plain = tmp_path / "seeds_export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(plain), EXPORT_FILTERS["json"]))
    with qtbot.waitSignal(window.export_done, timeout=20000):
        window.prompts.export_dialog()
    assert (tmp_path / "seeds_export.json").is_file()


def _with_dozens() -> Result:
    """The story and a later report of "dozens" killed (a unit of 12, asserting 24 or
    more), in the story's event."""
    base = story()
    text = "Korvath mourns\nDozens of people were killed in the Korvath blast, residents said.\n"
    d4 = Document(id="d4", text=text, path="/invented/d4.txt", title="Korvath mourns",
                  outlet="Valley Post", published=dt.date(2031, 3, 6))
    dozens = make_claim(d4, "c6", "Dozens", 12, "killed", qualifier="vague", low=24)
    events = (dataclasses.replace(base.events[0],
                                  claim_ids=(*base.events[0].claim_ids, "c6")),
              *base.events[1:])
    return dataclasses.replace(base, documents=(*base.documents, d4),
                               claims=(*base.claims, dozens), events=events)


@pytest.fixture
def dozens_window(qtbot: Any, qsettings: QSettings) -> Any:
    project = Project.memory()
    project.add_result(_with_dozens())
    win = MainWindow(Workspace(project), settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents, group=fake_group)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def test_the_timeline_draws_a_vague_toll_at_what_it_asserts(qtbot: Any,
                                                             dozens_window: Any) -> None:
    # "Dozens of people were killed" was drawn at 12, below the 12 and 14 of the days
    # before: a toll that fell, when the report says 24 or more died.
    win = dozens_window
    win.events.show_timeline("e1")
    points = sorted(win.events.timeline.points, key=lambda p: p.when)
    assert [p.when.day for p in points] == [3, 4, 5, 6]
    last = points[-1]
    assert last.value == 24
    assert last.text == "≥ 24"
    assert [p.text for p in points[:3]] == ["14", "12", "20"]
    win.events.timeline.grab()  # paints the labels it was given
    assert len(win.events.timeline.label_rects) == 4


def test_the_grid_explains_a_vague_figure_as_corrected(qtbot: Any,
                                                       dozens_window: Any) -> None:
    # "Dozens" corrected to "at least" 12 showed "≥ 12" in Interval, and its tooltip still
    # said the plural asserts 24 or more.
    win = dozens_window
    model = win.model
    row = model.row_of("c6")
    tip = model.data(model.index(row, COL["interval"]), 3)  # ToolTipRole
    assert "24 or more" in tip
    assert win.correct("c6", "qualifier", "at_least")
    settle(qtbot)
    row = model.row_of("c6")
    assert model.data(model.index(row, COL["interval"])) == "≥ 12"
    assert model.data(model.index(row, COL["interval"]), 3) is None
    assert model.data(model.index(row, COL["value"]), 3) is None


def test_save_as_moves_the_untitled_project_out_of_open_recent(
        qtbot: Any, qsettings: QSettings, tmp_path: Path, articles: list[str]) -> None:
    # README: files imported before the project was saved go into "untitled DATE" in the
    # app's data folder, "Save project as moves it". It copied it: the untitled file stayed
    # on disk and in Open Recent beside the saved one, holding work that no longer moved on.
    autosave = tmp_path / "projects"
    win = MainWindow(settings=qsettings, extract=fake_run, group=fake_group,
                     autosave_dir=autosave)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files(articles[:1])
    (untitled,) = autosave.glob("untitled *.claimdesk")
    assert win.project.recent_projects()[0] == str(untitled)
    claim_id = next(iter(win.ws.claims))
    win.set_verdict("verified", [claim_id])
    target = tmp_path / "harbour fire.claimdesk"
    assert win.save_as(str(target))
    assert win.project.recent_projects() == [str(target)]
    assert list(autosave.iterdir()) == []  # the file, its log and its lock are gone
    assert win.ws.status(claim_id) == "verified"
    win.close()
    with Project.open(target) as project:
        assert project.reviews()[claim_id].status == "verified"


def test_save_as_from_the_demo_removes_its_temporary_folder(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    # Saved as calv.claimdesk, the demo's temporary folder was still kept on quitting ("it
    # holds your work"), a stale copy of work that had moved on.
    from gui.controllers.project import DEMO_PREFIX

    folder = tmp_path / f"{DEMO_PREFIX}x"
    folder.mkdir()
    demo = Project.create(folder / "demo.claimdesk")
    demo.add_result(story())
    window._switch_backend(demo, remember=False)
    window.set_verdict("false", ["c1"])
    target = tmp_path / "calv.claimdesk"
    assert window.save_as(str(target))
    assert not folder.exists()
    assert window.project.recent_projects() == [str(target)]
    assert window.ws.status("c1") == "false"


def test_a_saved_project_is_kept_by_save_as(qtbot: Any, window: Any, tmp_path: Path) -> None:
    # Only the app's own files move: the checker's project stays where it was.
    first = tmp_path / "first.claimdesk"
    assert window.save_as(str(first))
    assert window.save_as(str(tmp_path / "second.claimdesk"))
    assert first.is_file()
    assert window.project.recent_projects()[:2] == [str(tmp_path / "second.claimdesk"),
                                                   str(first)]



def test_a_claim_added_by_hand_gets_the_interval_its_qualifier_asserts(
        qtbot: Any, window: Any) -> None:
    # "Several" added by hand as "at least" 3 had no interval: Interval was empty in the
    # grid and the event's range left it out. Low and High now follow the qualifier.
    from gui.dialogs import ManualClaimDialog

    doc = window.ws.documents["d1"]
    start = doc.text.index("people were injured")
    dialog = ManualClaimDialog(doc, start, start + len("people"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.value, "3")
    dialog.qualifier.setCurrentText("at_least")
    dialog.qualifier.activated.emit(dialog.qualifier.currentIndex())
    assert (dialog.low.text(), dialog.high.text()) == ("3", "")
    dialog.low.clear()  # left empty: the qualifier's interval all the same
    claim = dialog.claim()
    assert (claim.low, claim.high) == (3, None)
    window.add_manual_claim(claim)
    settle(qtbot)
    added = next(c for c in window.ws.claims.values() if c.manual)
    row = window.model.row_of(added.id)
    assert window.model.data(window.model.index(row, COL["interval"])) == "≥ 3"
    # A range needs its high end typed: said, not guessed.
    dialog.qualifier.setCurrentText("range")
    dialog.low.clear()
    dialog.high.clear()
    with pytest.raises(ValueError, match="high"):
        dialog.claim()


def test_the_add_a_claim_dialog_shows_the_whole_sentence(qtbot: Any, window: Any) -> None:
    # Its Sentence row was one line high: the second line of the sentence was cut in half.
    from PySide6.QtWidgets import QLabel

    from gui.dialogs import ManualClaimDialog

    text = ("Mourning in Korvath\nSeveral children were among the dead, and hundreds were "
            "wounded in the blast at the Korvath market, a hospital official said on Tuesday "
            "evening.\n")
    doc = Document(id="d9", text=text)
    start = text.index("Several")
    dialog = ManualClaimDialog(doc, start, start + len("Several"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    (label,) = [w for w in dialog.findChildren(QLabel) if w.text().startswith("Several")]
    assert label.height() >= label.heightForWidth(label.width())


def test_an_event_filter_that_lost_its_event_shows_what_the_bar_says(
        qtbot: Any, window: Any) -> None:
    # Filtered on one event, the checker merged it into another: the Event list went back
    # to "Event" (any) but the grid kept filtering on the event that was gone, and showed
    # "No claim matches the filters ... choose All in the lists above" with every list on
    # All already.
    bar = window.filter_bar
    bar.event_choice.setCurrentIndex(bar.event_choice.findData("e2"))
    settle(qtbot)
    assert window.model.visible_ids() == ["c4"]
    merged = Event(id="e1", label="Korvath · bombing · 2031-03-03",
                   claim_ids=("c1", "c2", "c3", "c4", "c5"))
    window.ws.set_grouping((merged,), ())
    settle(qtbot)
    assert bar.event_choice.currentData() == ""
    assert window.current_filter() == window.model.filter
    assert len(window.model.visible_ids()) == len(window.ws.claims) + len(window.ws.statements)


def test_the_bar_says_the_batch_is_being_grouped_after_its_last_file(
        qtbot: Any, articles: list[str]) -> None:
    # A 200 KB one-line file gave 3,000 claims; after its last file the run grouped them for
    # most of a minute while the bar sat on "7 / 7 huge_line.txt" beside Cancel.
    from gui.controllers.extraction import GROUPING, READ, ExtractionController

    ws = Workspace(Project.memory())
    extraction = ExtractionController(ws, extract=fake_run)
    bars: list[str] = []
    said: list[str] = []
    extraction.progress.connect(lambda done, total, label: bars.append(f"{done}/{total} {label}"))
    extraction.message.connect(lambda text, *_: said.append(text))
    with qtbot.waitSignal(extraction.ended, timeout=20000):
        extraction.import_files(articles)
    assert bars == [f"1/3 {READ} report1.txt", f"2/3 {READ} report2.txt", f"3/3 {GROUPING}"]
    assert said[-2] == f"Extracted 3 of 3: report3.txt · {GROUPING}"
    assert said[-1] == "Extracted 3 document(s)"


def test_rerun_reads_a_failed_file_again_and_remove_says_why_it_stays(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    # Edit ▸ Remove source and Re-run on "junk.txt: looks like a binary file" did nothing at
    # all; the README says a failed file stays listed until an import reads it, yet the
    # checker had to find it again through File ▸ Import.
    from core.model import Failure

    fixed = tmp_path / "late.txt"
    failure = Failure(path=str(fixed), message=f"{fixed}: file is empty")
    window.ws.add_failures([failure])
    settle(qtbot)
    view, model = window.sources_view, window.sources_model
    row = next(r for r in range(model.rowCount()) if model.failed(r))
    view.setCurrentIndex(model.index(row, 0))
    assert view.failed_path() == str(fixed)
    window.remove_selected_source()
    assert "late.txt was never read" in window.status_label.text()
    assert window.ws.failures == [failure]
    fixed.write_text("Officials said 8 people were hurt in Korvath.", encoding="utf-8")
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.rerun_selected_source()
    assert window.ws.failures == []
    assert [d.path for d in window.ws.documents.values()][-1] == str(fixed)
    assert window.ws.backend.failures() == []  # the store's list too


def test_the_value_and_interval_headers_say_what_a_vague_figure_reads(
        qtbot: Any, dozens_window: Any) -> None:
    # "hundreds" showed Value 100 beside Interval "≥ 200" with nothing on screen to say why
    # unless the mouse rested on that very cell; the headers say it for every row.
    from PySide6.QtCore import Qt

    from core.text.qualifiers import interval
    from gui.formatting import format_interval

    model = dozens_window.model
    horizontal, tip = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    value_tip = model.headerData(COL["value"], horizontal, tip)
    interval_tip = model.headerData(COL["interval"], horizontal, tip)
    assert "unit" in value_tip
    assert "“hundreds” 100" in value_tip
    # the examples are core's reading, not a second copy of it
    assert f"“hundreds” {format_interval(*interval(100, 'vague'))}" in interval_tip
    assert f"“nearly 30” {format_interval(*interval(30, 'nearly'))}" in interval_tip
    assert model.headerData(COL["measure"], horizontal, tip) is None
    assert model.headerData(COL["value"], horizontal) == "Value"


def test_long_tooltips_are_broken_into_lines_that_fit_the_screen(
        qtbot: Any, dozens_window: Any) -> None:
    # A figure's tooltip (its sentence, then each conflict) was one line of 1,600 pixels:
    # at 1280x720 both ends were off the screen.
    from PySide6.QtCore import Qt

    from gui.formatting import TIP_CHARS

    win = dozens_window
    long = ("at least 14 (Norhaven Courier, 2031-03-03) → exactly 12 (Eastland Wire, "
            "2031-03-04) → nearly 20 (Valdoria Today, 2031-03-05) → Dozens (24 or more) "
            "(Valley Post, 2031-03-06)")
    conflict = dataclasses.replace(win.ws.conflicts["x1"], explanation=long)
    win.ws.set_grouping(tuple(win.ws.events.values()),
                        (conflict, *(x for x in win.ws.conflicts.values() if x.id != "x1")))
    settle(qtbot)
    model = win.model
    tip = model.data(model.index(model.row_of("c1"), COL["figure"]),
                     Qt.ItemDataRole.ToolTipRole)
    lines = tip.split("\n")
    assert max(len(line) for line in lines) <= TIP_CHARS
    assert " ".join(" ".join(lines).split()) == " ".join(
        f"{win.ws.claims['c1'].sentence} ⚠ {long} ⚠ at least 14 vs nearly 20".split())
    win.select_item("c1")
    assert max(len(line) for line in win.review.sentence.toolTip().split("\n")) <= TIP_CHARS
    row = next(r for r in range(win.events.conflicts_model.rowCount())
               if win.events.conflicts_model.item(r, 1) is not None
               and win.events.conflicts_model.item(r, 1).text() == long)
    conflict_tip = win.events.conflicts_model.item(row, 1).toolTip()
    assert max(len(line) for line in conflict_tip.split("\n")) <= TIP_CHARS


def test_remove_evidence_is_offered_only_with_a_link_chosen(qtbot: Any, window: Any) -> None:
    # "Remove" stood enabled beside an empty evidence list, and did nothing.
    review = window.review
    window.select_item("c1")
    assert review.evidence.count() == 0
    assert not review.remove_evidence.isEnabled()
    window.set_evidence("c1", ("https://example.org/police-statement",))
    review.refresh()
    assert review.evidence.count() == 1
    assert not review.remove_evidence.isEnabled()  # nothing chosen yet
    review.evidence.setCurrentRow(0)
    assert review.remove_evidence.isEnabled()
    review.remove_evidence.click()
    assert window.ws.review("c1").evidence == ()
    review.refresh()
    assert not review.remove_evidence.isEnabled()

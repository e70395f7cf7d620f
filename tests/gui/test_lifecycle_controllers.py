"""The project, extraction, export and navigation controllers work without a window, on
the real store (a temporary file or SQLite :memory:)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView

from core.model import Review
from core.project.store import Project
from gui.controllers.exports import ExportController, with_suffix
from gui.controllers.extraction import ExtractionController, expand_paths
from gui.controllers.navigation import NavigationController
from gui.controllers.project import MAX_RECENT, ProjectController
from gui.models import ClaimTableModel, GridFilter
from gui.state import Workspace

from .fakes import fake_documents, fake_run, story


def loaded() -> Workspace:
    project = Project.memory()
    project.add_result(story())
    return Workspace(project)


# -- project -------------------------------------------------------------------------------
def test_project_controller_creates_opens_and_remembers(qtbot: Any, tmp_path: Path,
                                                        qsettings: QSettings) -> None:
    ws = loaded()
    project = ProjectController(ws, qsettings)
    assert project.save_as(str(tmp_path / "case"))  # the suffix is added
    saved = tmp_path / "case.claimdesk"
    assert ws.backend.path == saved
    assert project.recent_projects() == [str(saved)]
    assert project.create(str(tmp_path / "other.claimdesk"))
    assert not ws.claims
    with qtbot.waitSignal(project.path_changed):
        assert project.open(str(saved))
    assert len(ws.claims) == 5
    assert project.recent_projects()[0] == str(saved)
    assert len(set(project.recent_projects())) == len(project.recent_projects())
    ws.backend.close()


def test_project_controller_refuses_a_file_that_is_no_project(
        qtbot: Any, tmp_path: Path, qsettings: QSettings) -> None:
    ws = loaded()
    project = ProjectController(ws, qsettings)
    bogus = tmp_path / "notes.claimdesk"
    bogus.write_text("not a database", encoding="utf-8")
    with qtbot.waitSignal(project.warning) as blocker:
        assert not project.open(str(bogus))
    assert blocker.args[0] == "Open project"
    assert "not a Claimdesk project" in blocker.args[1]
    assert len(ws.claims) == 5  # the open project is untouched


def test_recent_list_is_bounded_and_names_the_untitled_project_work_went_into(
        tmp_path: Path, qsettings: QSettings) -> None:
    autosave = tmp_path / "autosave"
    project = ProjectController(loaded(), qsettings, autosave_dir=autosave)
    for n in range(MAX_RECENT + 2):
        project.remember(str(tmp_path / f"p{n}.claimdesk"))
    assert len(project.recent_projects()) == MAX_RECENT
    assert project.recent_projects()[0] == str(tmp_path / f"p{MAX_RECENT + 1}.claimdesk")
    project.ensure_project_file()  # an unsaved project becomes a file in the autosave folder
    path = project.ws.backend.path
    assert path is not None
    assert path.parent == autosave
    # The checker's imports and verdicts go into it: after closing, Open Recent leads back
    # (it was left out, and the work could be found only in the app's data folder).
    assert project.recent_projects()[0] == str(path)
    assert len(project.recent_projects()) == MAX_RECENT
    project.ws.backend.close()


# -- extraction ----------------------------------------------------------------------------
def test_extraction_streams_documents_into_the_store(qtbot: Any, articles: list[str]) -> None:
    ws = Workspace(Project.memory())
    extraction = ExtractionController(ws, extract=fake_run)
    arrived: list[int] = []
    ws.items_added.connect(lambda items: arrived.append(len(items)))
    with qtbot.waitSignal(extraction.ended, timeout=20000) as blocker:
        assert extraction.import_files([str(Path(articles[0]).parent)]) == articles
    assert not extraction.busy
    assert len(ws.documents) == 3
    assert len(arrived) == 3  # one batch of claims per document, as each finished
    assert blocker.args[0] is not None  # the result to group
    # The same files again are skipped, with a message.
    with qtbot.waitSignal(extraction.message) as said:
        assert extraction.import_files(articles) == []
    assert "already in the project" in said.args[0]


def test_extraction_cancel_keeps_finished_documents(qtbot: Any, articles: list[str]) -> None:
    gate = threading.Event()
    ws = Workspace(Project.memory())
    extraction = ExtractionController(
        ws, extract=lambda paths, **o: fake_run(paths, gate=gate, **o))
    with qtbot.waitSignal(ws.items_added, timeout=20000):
        extraction.import_files(articles)
    with qtbot.waitSignal(extraction.ended, timeout=20000):
        extraction.cancel()
    assert 1 <= len(ws.documents) < 3
    assert not extraction.pending


def test_extraction_of_one_document_and_its_rerun(qtbot: Any) -> None:
    ws = loaded()
    extraction = ExtractionController(ws, extract_documents=fake_documents)
    doc = ws.documents["d2"]
    ws.set_review(Review("c3", "verified"))
    with qtbot.waitSignal(extraction.ended, timeout=20000):
        assert extraction.extract_document(doc, label=doc.name, rerun_of=doc.id)
    assert set(ws.documents) == {"d1", "d2", "d3"}
    assert {c.number_text for c in ws.claims.values() if c.document_id == "d2"} == {"12", "3"}


def test_expand_paths_takes_supported_files_in_folders(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "sub" / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("x", encoding="utf-8")
    assert expand_paths([str(tmp_path)]) == [str(tmp_path / "a.txt"),
                                              str(tmp_path / "sub" / "b.html")]


# -- export --------------------------------------------------------------------------------
def test_export_controller_writes_on_a_worker(qtbot: Any, tmp_path: Path) -> None:
    exports = ExportController(loaded())
    with qtbot.waitSignal(exports.done, timeout=20000) as blocker:
        exports.export("json", str(tmp_path / "out"))
    assert blocker.args == [str(tmp_path / "out.json"), ""]
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(data["claims"]) == 5
    assert not exports.keep  # the worker is let go
    with qtbot.waitSignal(exports.done, timeout=20000) as failed:
        exports.export("csv", str(tmp_path / "no such folder" / "out.csv"))
    assert "cannot write" in failed.args[1]
    assert with_suffix("seeds_export", "xlsx") == "seeds_export.xlsx"
    assert with_suffix("a.JSONLD", "claimreview") == "a.JSONLD"


# -- navigation ----------------------------------------------------------------------------
def navigator(qtbot: Any) -> tuple[Workspace, ClaimTableModel, NavigationController]:
    ws = loaded()
    model = ClaimTableModel(ws)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    nav = NavigationController(ws, model, view, lambda: model.set_filter(GridFilter()))
    return ws, model, nav


def test_navigation_goes_to_the_next_unreviewed(qtbot: Any) -> None:
    ws, _model, nav = navigator(qtbot)
    ws.set_review(Review("c2", "verified"))
    with qtbot.waitSignal(nav.focused) as blocker:
        assert nav.select_item("c1")
    assert blocker.args == ["c1"]
    assert nav.goto_unreviewed(1)
    assert nav.current_item_id() == "c3"  # c2 is reviewed
    assert nav.goto_unreviewed(-1)
    assert nav.current_item_id() == "c1"
    with qtbot.waitSignal(nav.message):
        assert not nav.goto_unreviewed(-1)


def test_navigation_shows_a_conflict_and_drops_a_hidden_claim(qtbot: Any) -> None:
    _ws, model, nav = navigator(qtbot)
    compared: list[list[Any]] = []
    nav.compared.connect(compared.append)
    with qtbot.waitSignal(nav.message) as said:
        nav.show_conflict("x1")
    assert said.args[0] == "at least 14 vs exactly 12"
    assert [[it.id for it in items] for items in compared] == [["c1", "c3"]]
    assert nav.current_item_id() == "c1"
    assert nav.selected_item_ids() == ["c1"]
    model.set_filter(GridFilter(measure="injured"))  # hides c1
    with qtbot.waitSignal(nav.focused) as cleared:
        nav.keep_visible("c1")
    assert cleared.args == [""]
    assert nav.current_item_id() == ""
    assert nav.select_item("c1")  # shown again: the filter is reset
    assert model.row_of("c1") >= 0

"""A demo project is a throwaway: opening the demo leaves Open Recent as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def test_the_demo_is_not_added_to_open_recent(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from gui import app as app_module
    from gui.main_window import MainWindow

    # Default QSettings() go to tmp_path for the rest of the session: no test reads the user's.
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings().setValue("recent/projects", ["/work/story.claimdesk"])
    imported: list[list[str]] = []
    # No extraction: what matters is the project switch, not the samples' claims.
    monkeypatch.setattr(MainWindow, "import_files", lambda self, paths: imported.append(paths))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))  # the demo project's folder
    before = {id(w) for w in QApplication.topLevelWidgets()}  # windows of earlier tests
    try:
        assert app_module.run_app(["claimdesk"], demo=True, files=(), project=None,
                                  screenshot=None) == 0
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and id(w) not in before)
        assert Path(window.ws.backend.path).parent.name.startswith(app_module.DEMO_PREFIX)
        assert len(imported[0]) == 5
        assert window.recent_projects() == ["/work/story.claimdesk"]
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and id(widget) not in before:
                widget.close()


def _demo_project(tmp_path: Path, doc_name: str) -> Path:
    import dataclasses

    from core.model import Document, Result
    from core.project.store import Project
    from gui import app as app_module

    folder = tmp_path / f"{app_module.DEMO_PREFIX}x"
    folder.mkdir()
    path = folder / "demo.claimdesk"
    with Project.create(path) as project:
        doc = Document(id="d1", text="A short report.", path=f"/somewhere/{doc_name}")
        project.add_result(dataclasses.replace(Result(), documents=(doc,)))
    return path


def test_an_untouched_demo_folder_is_removed_on_exit(tmp_path: Path) -> None:
    from gui import app as app_module

    sample = Path(app_module.sample_files()[0]).name
    path = _demo_project(tmp_path, sample)
    app_module._discard_demo(str(path), only_untouched=True)
    assert not path.parent.exists()


def test_a_demo_the_checker_worked_in_is_kept(tmp_path: Path) -> None:
    from core.project.store import Project
    from gui import app as app_module

    sample = Path(app_module.sample_files()[0]).name
    (tmp_path / "a").mkdir()
    worked = _demo_project(tmp_path / "a", sample)
    with Project.open(worked) as project:  # the checker names the source's outlet
        project.set_document_meta("d1", outlet="Harbour Gazette", title=None)
    app_module._discard_demo(str(worked), only_untouched=True)
    assert worked.exists()
    (tmp_path / "b").mkdir()
    own_file = _demo_project(tmp_path / "b", "my-own-report.txt")  # the checker's file
    app_module._discard_demo(str(own_file), only_untouched=True)
    assert own_file.exists()


def test_export_proposes_a_file_name_where_the_last_export_went(
    window: Any, tmp_path: Path
) -> None:
    from core.project.store import Project

    prompts = window.prompts
    # an unsaved (in-memory) project: "claims" in the home folder
    assert prompts.proposed_export_path("xlsx") == str(Path.home() / "claims.xlsx")
    window._switch_backend(Project.create(tmp_path / "harbour fire.claimdesk"), remember=False)
    assert prompts.proposed_export_path("csv") == str(tmp_path / "harbour fire.csv")
    window.settings.setValue("export/folder", str(tmp_path / "out"))
    assert prompts.proposed_export_path("json") == str(tmp_path / "out" / "harbour fire.json")

"""Fixtures for the GUI tests: offscreen Qt (set before Qt is imported), temporary settings,
and a window over the invented story of ``fakes`` with core replaced by fakes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings

from .fakes import fake_documents, fake_group, fake_run, story


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workspace(qapp: Any) -> Any:
    from core.project.store import Project
    from gui.state import Workspace

    project = Project.memory()
    project.add_result(story())
    return Workspace(project)


@pytest.fixture
def window(qtbot: Any, workspace: Any, qsettings: QSettings) -> Iterator[Any]:
    from gui.main_window import MainWindow

    win = MainWindow(workspace, settings=qsettings, extract=fake_run,
                     extract_documents=fake_documents, group=fake_group)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


@pytest.fixture
def articles(tmp_path: Path) -> list[str]:
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = []
    for n, text in enumerate(("Five people were killed, 5 of them guards.",
                              "Another 7 were hurt.", "A total of 9 died."), start=1):
        path = folder / f"report{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths

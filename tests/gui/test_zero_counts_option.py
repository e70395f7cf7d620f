"""File ▸ Read zero counts: the option reaches the extraction of the files imported after it,
is kept across sessions, and a zero told by negation becomes a claim only with it. pytest-qt
on the real project store (in memory) and the real pipeline for the last test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.model import Result
from core.project.store import Project
from gui.state import Workspace
from tests.gui.fakes import fake_group, fake_run

seen: list[Any] = []


def _recording(paths: list[str], **options: Any) -> Result:
    seen.append(options.get("settings"))
    return fake_run(paths, **options)


def _window(qtbot: Any, qsettings: QSettings, extract: Any) -> Any:
    from gui.main_window import MainWindow

    win = MainWindow(Workspace(Project.memory()), settings=qsettings, extract=extract,
                     group=fake_group)
    qtbot.addWidget(win)
    return win


def _report(tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_text("Fire at depot\n\nNo one was hurt in the fire, and 4 trucks burned.\n",
                    encoding="utf-8")
    return str(path)


def test_the_option_reaches_the_next_import_and_is_kept(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    seen.clear()
    win = _window(qtbot, qsettings, _recording)
    option = win.actions_by_name["zero_counts"]
    assert option.isCheckable()
    assert not option.isChecked()
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files([_report(tmp_path, "a.txt")])
    assert seen[-1] is None  # the default settings

    option.trigger()
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files([_report(tmp_path, "b.txt")])
    assert seen[-1] is not None
    assert seen[-1].zero_counts

    again = _window(qtbot, qsettings, _recording)  # the next session
    assert again.actions_by_name["zero_counts"].isChecked()
    again.actions_by_name["zero_counts"].trigger()
    assert not QSettings(qsettings.fileName(), QSettings.Format.IniFormat).value(
        "extract/zero_counts", False, type=bool)


@pytest.mark.slow
def test_a_zero_is_a_claim_only_with_the_option(
    qtbot: Any, qsettings: QSettings, tmp_path: Path
) -> None:
    from gui.controllers.extraction import default_run

    win = _window(qtbot, qsettings, default_run)
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files([_report(tmp_path, "a.txt")])
    assert [c.value for c in win.ws.claims.values()] == [4.0]
    win.actions_by_name["zero_counts"].trigger()
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files([_report(tmp_path, "b.txt")])
    zeros = [c for c in win.ws.claims.values() if c.value == 0]
    assert [(c.measure, win.ws.documents[c.document_id].path) for c in zeros] == [
        ("injured", _report(tmp_path, "b.txt"))]

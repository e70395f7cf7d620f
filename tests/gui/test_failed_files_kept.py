"""A file a run could not read stays listed after the project closes and reopens (Sources and
the exports' "Not read" list), once per file, and leaves the list once a later run reads it.
pytest-qt on the real project store, in a temporary file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.model import Document, Failure, Result
from core.project.store import Project
from tests.gui.fakes import fake_documents, fake_group


def _failing(paths: list[str], **options: Any) -> Result:
    fake_documents([], **options)
    return Result(failures=tuple(Failure(p, f"{p}: not a text file") for p in paths))


def test_a_failed_file_is_listed_again_when_the_project_reopens(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from gui.main_window import MainWindow

    path = tmp_path / "case.claimdesk"
    win = MainWindow(window.ws, settings=window.settings, extract=_failing, group=fake_group)
    qtbot.addWidget(win)
    win._switch_backend(Project.create(path), remember=False)
    scan = str(tmp_path / "scan.pdf")
    for _ in range(2):  # dropped twice: still one row
        with qtbot.waitSignal(win.idle, timeout=10000):
            win.import_files([scan])
    assert [f.path for f in win.ws.failures] == [scan]
    win._switch_backend(Project.memory(), remember=False)  # the file closes
    assert win.ws.failures == []

    assert win.open_project(str(path))
    assert [f.message for f in win.ws.failures] == [f"{scan}: not a text file"]
    last = win.sources_model.rowCount() - 1
    assert win.sources_model.data(win.sources_model.index(last, 5)) == "failed"
    assert win.ws.result().failures == (Failure(scan, f"{scan}: not a text file"),)


def test_a_file_read_later_leaves_the_failures(tmp_path: Path) -> None:
    scan = str(tmp_path / "scan.txt")
    with Project.create(tmp_path / "case.claimdesk") as project:
        project.add_failures([Failure(scan, "damaged")])
        assert project.result().failures == (Failure(scan, "damaged"),)
        project.add_result(Result(documents=(Document(id="d1", text="x", path=scan),)))
        assert project.failures() == []

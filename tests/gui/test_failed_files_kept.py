"""A file a run could not read stays listed after the project closes and reopens (Sources and
the exports' "Not read" list), once per file, and leaves the list once a later run reads it.
pytest-qt on the real project store, in a temporary file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.model import Document, Failure, Result
from core.project.store import Project
from tests.gui.fakes import fake_documents, fake_group, fake_run


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
        with qtbot.waitSignal(win.idle, timeout=60000):
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


def _crashing_after_first(paths: list[str], **options: Any) -> Result:
    """Reads the first file, then breaks the way a bug in core would."""
    fake_run(paths[:1], **options)
    raise RuntimeError("parser ran out of memory")


def test_files_a_crash_left_unread_are_kept_and_named(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from gui.main_window import MainWindow

    path = tmp_path / "case.claimdesk"
    win = MainWindow(window.ws, settings=window.settings, extract=_crashing_after_first,
                     group=fake_group)
    qtbot.addWidget(win)
    win._switch_backend(Project.create(path), remember=False)
    files = []
    for n in range(3):
        report = tmp_path / f"report{n}.txt"
        report.write_text(f"Report {n}: 4 people were killed.\n", encoding="utf-8")
        files.append(str(report))
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files(files)
    assert [d.path for d in win.ws.documents.values()] == files[:1]  # what was done stays
    assert [f.path for f in win.ws.failures] == files[1:]
    assert all("parser ran out of memory" in f.message for f in win.ws.failures)
    win._switch_backend(Project.memory(), remember=False)
    assert win.open_project(str(path))
    assert [f.path for f in win.ws.failures] == files[1:]

    win.extraction.extract = fake_run  # fixed: adding them again reads them
    with qtbot.waitSignal(win.idle, timeout=60000):
        win.import_files(files[1:])
    assert win.ws.failures == []
    assert len(win.ws.documents) == 3

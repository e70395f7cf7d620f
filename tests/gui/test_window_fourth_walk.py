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

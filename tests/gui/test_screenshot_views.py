"""What ``--screenshot --view NAME`` shows, on the real project store: each view puts the
window in the state the README pictures, and every picture in docs/screenshots/ has a command
that remakes it (packaging/screenshots.py, ``./run screenshots``)."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

import main
from gui.app import sample_files
from gui.screenshot_views import VIEWS

from .test_statements import MON, TUE, open_window, regroup, reports

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots",
                                                  ROOT / "packaging" / "screenshots.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def shown_documents(window: Any) -> list[str]:
    return [p.text.document_id for p in window.compare.visible_panes()]


def test_the_compare_view_puts_the_sharpest_conflicts_reports_side_by_side(window: Any) -> None:
    assert VIEWS["compare"](window)
    assert window.current_item_id() in {"c1", "c3"}  # x1, the contradiction
    assert sorted(shown_documents(window)) == ["d1", "d2"]
    assert window.review.item_id == window.current_item_id()


def test_the_event_view_shows_the_event_most_reports_speak_of(window: Any) -> None:
    assert VIEWS["event"](window)
    current = window.events.events_view.currentIndex()
    assert current.siblingAtColumn(0).data().startswith("Korvath · bombing")
    assert sorted(shown_documents(window)) == ["d1", "d2", "d3"]


def test_the_grid_view_makes_the_first_row_current(window: Any) -> None:
    assert VIEWS["grid"](window)
    first = window.model.item_at(0).id
    assert window.current_item_id() == first
    assert window.review.item_id == first
    assert shown_documents(window) == [window.ws.claims[first].document_id]


def test_the_statements_view_shows_who_said_what_side_by_side(
        qtbot: Any, qsettings: QSettings) -> None:
    win = open_window(qtbot, qsettings, reports({"d1": MON, "d2": TUE}))
    assert not VIEWS["statements"](win)  # nothing linked yet: nothing to show, said so
    regroup(qtbot, win)
    [conflict] = win.ws.statement_conflicts.values()
    assert VIEWS["statements"](win)
    assert win.current_item_id() in conflict.statement_ids
    assert sorted(shown_documents(win)) == ["d1", "d2"]


def test_the_command_line_offers_every_view_and_refuses_others(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert tuple(VIEWS) == main.SCREENSHOT_VIEWS
    with pytest.raises(SystemExit):
        main.main(["--demo", "--screenshot", "x.png", "--view", "nowhere"])
    assert "invalid choice: 'nowhere'" in capsys.readouterr().err


def test_every_screenshot_the_docs_show_has_a_command() -> None:
    shots = _script().SHOTS
    on_disk = {p.name for p in (ROOT / "docs" / "screenshots").glob("*.png")}
    shown = set(re.findall(r"docs/screenshots/([\w-]+\.png)", (ROOT / "README.md").read_text(
        encoding="utf-8")))
    assert on_disk <= set(shots)
    assert shown <= set(shots)
    for shot in shots.values():
        assert shot.special in (None, "review", "report")
        assert shot.view in VIEWS


def test_a_window_shot_is_the_readmes_command() -> None:
    script = _script()
    argv = script.main_argv(script.SHOTS["compare-dark.png"], Path("compare-dark.png"))
    assert argv == ["main.py", "--demo", "--screenshot", "compare-dark.png", "--size",
                    "1600x1000", "--theme", "dark"]
    argv = script.main_argv(script.SHOTS["statements.png"], Path("s.png"))
    assert argv[-2:] == ["--view", "statements"]


@pytest.mark.slow
def test_the_review_picture_is_staged_on_the_demo(tmp_path: Path) -> None:
    """The checker's work of review.png is done through the window's own edits on the
    demo: a renamed field or a verdict that no longer applies fails here, not in the docs."""
    if not sample_files():
        pytest.skip("resources/samples has no sample articles")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "screenshots.py"), "--out", str(tmp_path),
         "review.png"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "screenshots: 1 written"
    image = QImage(str(tmp_path / "review.png"))
    assert (image.width(), image.height()) == (1600, 1000)

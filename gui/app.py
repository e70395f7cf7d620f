"""Start the workbench: the application object, the palette, and what to open first.

``run_app`` is what ``main.py`` calls for ``--demo``, ``FILES...``, ``open PROJECT`` and
``--demo --screenshot PATH``.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication

from core import bundled
from core.project.store import Project
from gui.controllers.project import DEMO_PREFIX, is_demo_path
from gui.errorlog import ErrorRelay, install
from gui.main_window import MainWindow
from gui.screenshot_views import VIEWS, View
from gui.state import Workspace
from gui.theme import apply_theme

logger = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1600, 1000)
SCREENSHOT_TIMEOUT_MS = 240_000

def make_app(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Claimdesk")
    QCoreApplication.setApplicationName("Claimdesk")
    app = QApplication(list(argv))
    app.setApplicationDisplayName("Claimdesk")
    return app


def demo_backend() -> Project:
    """A new project file in a temporary folder (autosaved like any project), or an
    in-memory project if the store cannot create one."""
    folder = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
    try:
        return Project.create(folder / "demo.claimdesk")
    except Exception as exc:  # an unwritable temp dir must not stop the demo
        print(f"claimdesk: demo project kept in memory ({exc})", file=sys.stderr)
        return Project.memory()


def sample_files() -> list[str]:
    """The demo's reports; raises ``MissingResourceError`` if the install lacks them."""
    return [str(p) for p in bundled.sample_files()]


def run_app(
    argv: list[str],
    *,
    demo: bool,
    files: Sequence[str],
    project: str | None,
    screenshot: str | None,
    size: tuple[int, int] | None = None,
    theme: str | None = None,
    view: str | View = "compare",
) -> int:
    """Open the main window; with ``screenshot``, render it to a PNG once the demo project is
    extracted and grouped, and exit (0 on success), showing ``view`` (a name of
    ``screenshot_views.VIEWS``, or a function that puts the window in the state to show).
    ``theme`` is this run's palette (not saved); without it the checker's choice, or light
    for a screenshot."""
    app = make_app(argv)
    # A screenshot is the same on every machine: none of the user's layout, none saved.
    scratch = tempfile.TemporaryDirectory(prefix="claimdesk-shot-") if screenshot else None
    settings = (QSettings(str(Path(scratch.name) / "settings.ini"), QSettings.Format.IniFormat)
                if scratch else QSettings())
    apply_theme(app, theme or ("light" if screenshot else
                               str(settings.value("window/theme", "system"))))
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    window = MainWindow(Workspace(), settings=settings,
                        autosave_dir=Path(data) / "projects" if data else None)
    if theme:
        window.menus.check_theme(theme)  # this run's palette, ticked in View
    if data and not screenshot:
        relay = ErrorRelay(window)
        log_file = install(Path(data), relay)
        relay.error.connect(lambda text: window.message(f"Error: {text} (details in {log_file})"))
    if screenshot:
        window.resize(*(size or SCREENSHOT_SIZE))
    if project:
        if not window.open_project(project):
            return 1
    elif demo or screenshot:
        samples = sample_files()  # before any window change: a broken install fails first
        window._switch_backend(demo_backend(), remember=False)  # not an Open Recent entry
        window.import_files(samples)
    if files:
        window.import_files(list(files))
    window.show()
    demo_file = window.ws.backend.path  # removed on exit only if it is the demo's folder
    if screenshot:
        try:
            return _screenshot(app, window, screenshot, VIEWS[view] if isinstance(view, str)
                               else view)
        finally:
            if scratch is not None:
                scratch.cleanup()
            # The demo project of a screenshot run is thrown away with it.
            _discard_demo(demo_file, only_untouched=False)
    code = app.exec()
    _discard_demo(demo_file, only_untouched=True)
    return code


# What building the demo writes; anything else (a verdict, a file of the checker's) is work.
_DEMO_BUILD_ACTIONS = frozenset({"create", "migrate", "add_result", "set_grouping",
                                 "set_settings"})


def _discard_demo(path: str | Path | None, *, only_untouched: bool) -> None:
    """Remove a demo project's temporary folder, so /tmp does not fill with them; one the
    checker worked in is kept (and named in the log) unless this was a screenshot run."""
    if not path or not is_demo_path(path) or not Path(path).exists():
        return  # not the demo's, or saved elsewhere (Save project as removed the folder)
    if only_untouched and not _demo_untouched(Path(path)):
        logger.info("demo project kept, it holds your work: %s", path)
        return
    shutil.rmtree(Path(path).parent, ignore_errors=True)


def _demo_untouched(path: Path) -> bool:
    samples = {Path(s).name for s in sample_files()}
    try:
        with Project.open(path) as project:
            actions = {entry.action for entry in project.history()}
            names = {doc.name for doc in project.documents()}
    except Exception:  # unreadable: keep it rather than guess
        logger.warning("demo project %s could not be read; kept", path, exc_info=True)
        return False
    return actions <= _DEMO_BUILD_ACTIONS and names <= samples


def steady_caret(app: QApplication) -> None:
    """A caret that does not blink: the same PNG every run (docs/screenshots are made so)."""
    app.styleHints().setCursorFlashTime(0)


def _screenshot(app: QApplication, window: MainWindow, path: str, view: View) -> int:
    outcome = {"code": 1}
    steady_caret(app)

    def capture() -> None:
        if not view(window):
            logger.warning("screenshot: nothing to show for this view in the project")
        QTimer.singleShot(300, save)

    def save() -> None:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(target), "PNG")
        if ok:
            outcome["code"] = 0
        else:
            print(f"claimdesk: cannot write the screenshot '{target}'", file=sys.stderr)
        window.close()
        app.quit()

    def timeout() -> None:
        print("claimdesk: extraction did not finish in time; screenshot of the current state",
              file=sys.stderr)
        window.grab().save(path, "PNG")
        window.close()
        app.exit(1)

    started = {"done": False}

    def on_idle() -> None:
        if not started["done"]:
            started["done"] = True
            QTimer.singleShot(200, capture)

    window.idle.connect(on_idle)
    if not window.busy:
        on_idle()
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)
    app.exec()
    return outcome["code"]

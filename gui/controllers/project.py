"""The project lifecycle as a QObject, testable without a window: new, open, save as,
Open Recent, the autosave file of an unsaved project, review import and orphans.
Refusals are ``warning`` signals; the window shows them in a dialog."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from core.errors import ClaimdeskError
from core.project.store import Project
from gui.controllers.project_lock import ProjectLock
from gui.state import Workspace

MAX_RECENT = 8
SUFFIX = ".claimdesk"
# Beside a project while it is open: SQLite's log and index of it.
SIDE_FILES = ("-wal", "-shm")

log = logging.getLogger(__name__)


# The demo's project folder (gui.app makes it): never an Open Recent entry or an export home.
DEMO_PREFIX = "claimdesk-demo-"


def is_demo_path(path: str | Path) -> bool:
    return Path(path).parent.name.startswith(DEMO_PREFIX)

class ProjectController(QObject):
    warning = Signal(str, str)  # dialog title, text
    message = Signal(str, int)  # status text, timeout in ms
    path_changed = Signal()  # the project file changed (window title, undo actions)
    regroup_needed = Signal(bool)  # statements only

    def __init__(self, workspace: Workspace, settings: QSettings, *,
                 autosave_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.settings = settings
        # Where an unsaved project becomes a project file as soon as it gets documents, so
        # no verdict lives only in memory (None: stay in memory, as tests do).
        self.autosave_dir = autosave_dir
        self.lock = ProjectLock()

    # -- recent ----------------------------------------------------------------------------
    def recent_projects(self) -> list[str]:
        value = self.settings.value("recent/projects", [])
        items = [value] if isinstance(value, str) else list(value or []) \
            if isinstance(value, list | tuple) else []
        return [str(p) for p in items if p]

    def remember(self, path: str) -> None:
        recent = [p for p in self.recent_projects() if p != path]
        self.settings.setValue("recent/projects", [path, *recent][:MAX_RECENT])

    def forget(self, path: str) -> None:
        self.settings.setValue("recent/projects",
                               [p for p in self.recent_projects() if p != path])

    def is_autosave(self, path: Path) -> bool:
        """A project file the app made on its own (Open Recent lists only the checker's)."""
        return self.autosave_dir is not None and path.parent == self.autosave_dir

    # -- lifecycle -------------------------------------------------------------------------
    def switch_backend(self, backend: Project, *, remember: bool = True) -> None:
        old = self.ws.backend
        self.ws.replace_backend(backend)
        if old is not backend:
            old.close()
        path = backend.path
        self.lock.hold(path)
        # A kept demo project opened again is no entry either: its folder is temporary.
        if path and remember and not self.is_autosave(path) and not is_demo_path(path):
            self.remember(str(path))
        self.path_changed.emit()
        if self.ws.claims and not self.ws.events:
            self.regroup_needed.emit(False)
        elif self.ws.statements and self.ws.events and not self.ws.statement_conflicts:
            # The project file keeps events, not statement conflicts: find them again.
            self.regroup_needed.emit(True)

    def create(self, path: str) -> bool:
        if not path.endswith(SUFFIX):
            path += SUFFIX
        try:
            project = Project.create(path)
        except ClaimdeskError as exc:
            self.warning.emit("New project", str(exc))
            return False
        self.switch_backend(project)
        return True

    def open(self, path: str) -> bool:
        held = self.lock.holder(path)
        if held is not None:
            self.warning.emit("Open project", held)
            return False
        try:
            project = Project.open(path)
        except ClaimdeskError as exc:
            self.warning.emit("Open project", str(exc))
            return False
        self.switch_backend(project)
        self.message.emit(f"Opened {path}", 5000)
        return True

    def save_as(self, path: str) -> bool:
        """Copy the project to ``path`` and keep working there. An unsaved (in-memory)
        project becomes a project file with all its work and its undo history."""
        if not path.endswith(SUFFIX):
            path += SUFFIX
        held = self.lock.holder(path)
        if held is not None:
            self.warning.emit("Save project as", held)
            return False
        old = self.ws.backend.path
        try:
            if Path(path).exists() and old is None:
                os.remove(path)
            self.ws.backend.save_as(path)
        except (ClaimdeskError, OSError) as exc:
            self.warning.emit("Save project as", str(exc))
            return False
        self.lock.hold(path)  # and lets go of the old file's
        if old is not None and Path(old) != Path(path) and (
                self.is_autosave(Path(old)) or is_demo_path(old)):
            self._discard(Path(old))
        if not self.is_autosave(Path(path)):
            self.remember(path)
        self.path_changed.emit()
        # As Open and Export do: without a title bar (a full-screen window) nothing said so.
        self.message.emit(f"Saved the project as {path}; work goes on there", 8000)
        return True

    def _discard(self, path: Path) -> None:
        """Remove a file the app made itself (an untitled project, the demo's) once its
        work went on in the file the checker named: "Save project as moves it", and a
        stale copy must not wait in Open Recent or the temporary folder."""
        self.forget(str(path))
        try:
            if is_demo_path(path):
                shutil.rmtree(path.parent)
                return
            for name in (path.name, *(path.name + side for side in SIDE_FILES)):
                (path.parent / name).unlink(missing_ok=True)
        except OSError:  # the work is safe in the new file: only a leftover copy stays
            log.warning("could not remove %s after Save project as", path, exc_info=True)

    def ensure_project_file(self) -> None:
        """An unsaved project becomes a file in the autosave folder before work goes in."""
        if self.autosave_dir is None or self.ws.backend.path is not None:
            return
        self.autosave_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
        path = self.autosave_dir / f"untitled {stamp}{SUFFIX}"
        if self.save_as(str(path)):
            # Work goes into it now: Open Recent must lead back to it after closing, or
            # the checker's imports and verdicts sit unseen in the app's data folder.
            self.remember(str(path))
            self.message.emit(f"Your work is saved as you go in {path} (File ▸ Save project "
                              "as to move it)", 10000)

    # -- reviews and orphans ---------------------------------------------------------------
    def import_reviews(self, path: str) -> Any:
        """Status and Note from a reviewed workbook (``core.export.roundtrip``); None when
        the workbook is refused."""
        from core.export.roundtrip import import_reviews

        try:
            report = import_reviews(path, self.ws.backend)
        except ClaimdeskError as exc:
            self.warning.emit("Import reviews", str(exc))
            return None
        self.ws.reload()  # the store changed reviews behind the cache
        self.message.emit(report.summary, 10000)
        return report

    def orphans(self) -> list[Any]:
        return list(self.ws.backend.orphans())

    def attach_orphan(self, orphan_id: str, item_id: str) -> bool:
        try:
            self.ws.backend.attach_orphan(orphan_id, item_id)
        except ClaimdeskError as exc:
            self.warning.emit("Attach", str(exc))
            return False
        self.ws.reload()
        self.message.emit(f"Attached {orphan_id} to {item_id}", 5000)
        return True

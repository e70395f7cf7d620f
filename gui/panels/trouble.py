"""A project in trouble, in the window: the read-only banner, the damaged-project dialog,
the idle checkpoint that keeps the ``.claimdesk`` file complete, and File ▸ Save a Copy."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from core.errors import ClaimdeskError
from core.project.recovery import copy_open_project
from core.project.store import Damage, Project
from gui.state import Workspace

log = logging.getLogger(__name__)

# The log is folded into the project file this long after the last edit (edits settle).
IDLE_CHECKPOINT_MS = 3000

# Actions that change the project: off while it is read-only (verdicts ``mark_*`` too).
EDIT_ACTIONS = frozenset({
    "import", "import_folder", "paste", "import_reviews", "orphans", "undo", "redo",
    "manual", "edit_value", "remove", "rerun",
})

BANNER_STYLE = "QLabel { background: #fff3cd; color: #5c4400; padding: 6px 10px; }"


class ReadOnlyBanner(QToolBar):
    """A strip across the top of the window while the project is read-only, saying why."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__("Read-only project", window)
        self.setObjectName("read_only_banner")
        self.setMovable(False)
        self.setFloatable(False)
        self.window_ = window
        self.label = QLabel()
        # one line (a wrapped label in a tool bar keeps the height of its narrowest layout);
        # the full text is the tooltip where the window is too narrow for it
        self.label.setStyleSheet(BANNER_STYLE)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(self.label)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()

    def show_for(self, project: Project, actions: Mapping[str, QAction],
                 editors: Sequence[QWidget] = ()) -> None:
        """Show or hide the banner for ``project``; its edit actions, ``editors`` (panels
        that edit) and the window's file drop are off while it is read-only (the events panel
        and the sources table ask the project themselves)."""
        reason = project.read_only
        for name, action in actions.items():
            if name in EDIT_ACTIONS or name.startswith("mark_"):
                action.setEnabled(reason is None)
        for editor in editors:
            editor.setEnabled(reason is None)
        self.window_.setAcceptDrops(reason is None)  # a dropped file could not be added
        if reason is None:
            self.hide()
            return
        text = (f"Read-only: this project is open read-only because {reason}. Edits are off "
                "(they could not be saved); Export works, and File ▸ Save a Copy makes a copy "
                "you can edit.")
        self.label.setText(text)
        self.label.setToolTip(text)
        self.show()


class IdleCheckpoint(QObject):
    """Folds the write-ahead log into the project file once edits settle, so copying the
    ``.claimdesk`` file alone (a backup, a sync folder) holds every edit."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(IDLE_CHECKPOINT_MS)
        self.timer.timeout.connect(self.checkpoint)
        for signal in (workspace.reset, workspace.documents_changed, workspace.items_added,
                       workspace.review_changed, workspace.claim_changed,
                       workspace.grouping_changed, workspace.decisions_changed,
                       workspace.undo_changed):
            signal.connect(lambda *_args: self.timer.start())

    def checkpoint(self) -> None:
        self.ws.backend.checkpoint()


@dataclass(frozen=True, slots=True)
class Opened:
    project: Project
    export_now: bool = False  # the checker asked to export what is intact at once


DAMAGE_OPEN, DAMAGE_EXPORT, DAMAGE_CANCEL = "open", "export", "cancel"


def damage_text(path: str, damage: Sequence[Damage]) -> str:
    lines = "\n".join(f"• {d.describe()}" for d in damage)
    return (f"The project {path} is damaged. These parts cannot be read:\n\n{lines}\n\n"
            "Everything else can be opened read-only and exported. Keep the damaged file: "
            "export what is intact, or open a backup.")


def ask_damaged(parent: QWidget, path: str, damage: Sequence[Damage]) -> str:
    """Ask what to do with a damaged project: DAMAGE_EXPORT, DAMAGE_OPEN or DAMAGE_CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Damaged project", damage_text(path, damage),
                      QMessageBox.StandardButton.NoButton, parent)
    export = box.addButton("Export what is intact…", QMessageBox.ButtonRole.AcceptRole)
    read = box.addButton("Open read-only", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.exec()
    clicked = box.clickedButton()
    return DAMAGE_EXPORT if clicked is export else DAMAGE_OPEN if clicked is read else (
        DAMAGE_CANCEL)


def open_for_window(parent: QWidget, path: str,
                    ask: Callable[[QWidget, str, Sequence[Damage]], str] | None = None
                    ) -> Opened | None:
    """The project at ``path`` ready for the window, or None (the reason already shown). A
    damaged project is checked before anything is shown: the checker is told which tables
    and rows cannot be read, and may open the rest read-only and export it."""
    try:
        project = Project.open(path)
        damage = project.scan()
        if not damage:
            return Opened(project)
        project.close()
        choice = (ask or ask_damaged)(parent, path, damage)
        if choice == DAMAGE_CANCEL:
            return None
        return Opened(Project.open(path, salvage=True), export_now=choice == DAMAGE_EXPORT)
    except ClaimdeskError as exc:
        QMessageBox.warning(parent, "Open project", str(exc))
        return None


def save_copy(project: Project, target: str) -> str:
    """Copy the open project to ``target`` with SQLite's backup API (every edit, also those
    still in the log); the window keeps working on the original. Returns the status line."""
    source = project.path
    dest = Path(target)
    if dest.suffix != ".claimdesk":
        dest = dest.with_name(dest.name + ".claimdesk")
    if source is not None and dest.exists() and dest.resolve() == source.resolve():
        raise ClaimdeskError(f"'{dest}' is the open project: choose another name")
    if dest.exists():  # the file dialog asked before replacing it
        dest.unlink()
    copy_open_project(project, dest)
    return f"Saved a copy to {dest}"


def save_copy_dialog(window: QMainWindow, project: Project,
                     message: Callable[[str, int], None]) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "Save a copy", "",
                                          "Claimdesk projects (*.claimdesk)")
    if not path:
        return
    try:
        message(save_copy(project, path), 5000)
    except (ClaimdeskError, OSError) as exc:
        QMessageBox.warning(window, "Save a copy", str(exc))

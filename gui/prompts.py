"""The dialogs that ask the checker for a file, a text or a choice and hand the answer to a
controller: new / open / save as, import files or a folder, paste, import reviews, export,
orphaned verdicts, removing a source, help. The window's actions call them by name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from core import __version__
from core.errors import ClaimdeskError
from core.model import Claim
from gui.actions import shortcuts
from gui.controllers.exports import EXPORT_FILTERS, kind_of, with_suffix
from gui.controllers.extraction import ExtractionController, supported_suffixes
from gui.controllers.navigation import NavigationController
from gui.controllers.project import ProjectController, is_demo_path
from gui.dialogs import ManualClaimDialog, OrphansDialog, PasteDialog, ShortcutsDialog
from gui.panels.trouble import open_for_window, save_copy_dialog
from gui.state import Workspace

PROJECT_FILTER = "Claimdesk projects (*.claimdesk)"
ABOUT = ("<b>Claimdesk {version}</b><p>A workbench for fact-checkers: extract every "
         "checkable figure and statement from news reports, group them by event, see where "
         "sources disagree, give verdicts, export.</p>"
         "<p>Qt for Python (PySide6), spaCy, RapidFuzz, openpyxl.</p>")


class Prompts:
    """``export`` and ``remove_document`` are the window's (they also tell its panels)."""

    def __init__(self, parent: QWidget, workspace: Workspace, settings: QSettings, *,
                 project: ProjectController, extraction: ExtractionController,
                 nav: NavigationController, export: Callable[[str, str], object],
                 remove_document: Callable[[str], None],
                 message: Callable[[str, int], None]) -> None:
        self.parent = parent
        self.ws = workspace
        self.settings = settings
        self.project = project
        self.extraction = extraction
        self.nav = nav
        self.export = export
        self.remove_document = remove_document
        self.message = message

    # -- projects --------------------------------------------------------------------------
    def open_project_file(self, path: str) -> bool:
        """Open a project; a damaged or read-only file first asks what to do, and one another
        window has open is refused (also from Open Recent, the command line or a file
        manager, not only from File ▸ Open)."""
        held = self.project.lock.holder(path)
        if held is not None:
            self.project.warning.emit("Open project", held)
            return False
        opened = open_for_window(self.parent, path)
        if opened is None:
            return False
        self.project.switch_backend(opened.project)
        self.message(f"Opened {path}", 5000)
        if opened.export_now:
            self.export_dialog()
        return True

    def save_copy(self) -> None:
        if isinstance(self.parent, QMainWindow):
            save_copy_dialog(self.parent, self.ws.backend, self.message)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent, "New project", "", PROJECT_FILTER)
        if path:
            self.project.create(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Open project", "",
                                              f"{PROJECT_FILTER};;All files (*)")
        if path:
            self.project.open(path)

    def save_project_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent, "Save project as", "",
                                              PROJECT_FILTER)
        if path:
            self.project.save_as(path)

    def import_reviews_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parent, "Import reviews from workbook", "",
                                              "Excel workbooks (*.xlsx)")
        if path:
            self.import_reviews(path)

    def import_reviews(self, path: str) -> Any:
        """Status and Note from a reviewed workbook; the details in a dialog."""
        report = self.project.import_reviews(path)
        if report is not None and report.messages:
            box = QMessageBox(QMessageBox.Icon.Information, "Import reviews", report.summary,
                              QMessageBox.StandardButton.Ok, self.parent)
            box.setDetailedText("\n".join(report.messages))
            box.exec()
        return report

    def show_orphans(self) -> None:
        found = self.project.orphans()
        if not found:
            self.message("No orphaned verdicts: every verdict is attached to a claim", 5000)
            return
        dialog = OrphansDialog(found, self.parent)
        if dialog.exec() != OrphansDialog.DialogCode.Accepted:
            return
        orphan = dialog.selected()
        item_id = self.nav.current_item_id()
        if orphan is not None and item_id:
            if self.project.attach_orphan(orphan.id, item_id):
                self.nav.select_item(item_id)
        elif orphan is not None:
            self.message("Select the claim in the grid first, then attach the orphan", 5000)

    def manual_claim(self, picked: tuple[str, int, int] | None) -> Claim | None:
        """A claim the checker adds by hand over the span ``picked`` in a source pane."""
        if picked is None:
            self.message("Select the figure in a source pane first, then press Ctrl+M", 5000)
            return None
        doc_id, start, end = picked
        doc = self.ws.documents.get(doc_id)
        if doc is None:
            return None
        dialog = ManualClaimDialog(doc, start, end, self.parent)
        if dialog.exec() != ManualClaimDialog.DialogCode.Accepted:
            return None
        return dialog.claim()

    # -- sources ---------------------------------------------------------------------------
    def import_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in supported_suffixes())
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent, "Import articles", str(self.settings.value("recent/import_dir", "")),
            f"Articles ({patterns});;All files (*)")
        if paths:
            self.settings.setValue("recent/import_dir", str(Path(paths[0]).parent))
            self.extraction.import_files(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.parent, "Import a folder of articles",
            str(self.settings.value("recent/import_dir", "")))
        if folder:
            self.extraction.import_files([folder])

    def paste_dialog(self) -> None:
        dialog = PasteDialog(self.parent, text=QApplication.clipboard().text())
        if dialog.exec() != PasteDialog.DialogCode.Accepted:
            return
        try:
            doc = dialog.document(doc_id="d1")
        except ClaimdeskError as exc:
            QMessageBox.warning(self.parent, "Paste", str(exc))
            return
        self.extraction.extract_document(doc, label=doc.title or "pasted text")

    def remove_source(self, doc_id: str, failed_path: str = "") -> None:
        doc = self.ws.documents.get(doc_id)
        if doc is None:  # Remove on a file that could not be read did nothing, in silence
            if failed_path:
                self.message(f"{Path(failed_path).name} was never read: it has no claims to "
                             "remove, and stays listed (and in the exports' Not read) until "
                             "an import reads it; Re-run tries again", 10000)
            return
        answer = QMessageBox.question(
            self.parent, "Remove source",
            f"Remove “{doc.title or doc.name}” and its claims from the project?\n"
            "Verdicts on its claims are kept as orphans in the project file.")
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_document(doc_id)

    def rerun_source(self, doc_id: str, failed_path: str = "") -> None:
        """Extract a source again; a file that could not be read is read again (fixed, or
        back where it was): read, it leaves the list of failures."""
        doc = self.ws.documents.get(doc_id)
        if doc is not None:
            self.extraction.extract_document(doc, label=doc.name, rerun_of=doc.id)
        elif failed_path:
            self.extraction.import_files([failed_path])

    # -- export ----------------------------------------------------------------------------
    def export_dialog(self, kind: str = "") -> None:
        chosen = [EXPORT_FILTERS[kind]] if kind else list(EXPORT_FILTERS.values())
        path, selected = QFileDialog.getSaveFileName(
            self.parent, "Export", self.proposed_export_path(kind or "xlsx"),
            ";;".join(chosen))
        if not path:
            return
        if not kind:  # every type offered: a typed extension of ours names the type
            kind = kind_of(path, next((k for k, f in EXPORT_FILTERS.items() if f == selected),
                                      "xlsx"))
        self.settings.setValue("export/folder", str(Path(path).parent))
        self.export(kind, path)

    def proposed_export_path(self, kind: str) -> str:
        """The project's name in the folder of the last export (else the project's folder,
        else home): a name to accept with Enter, not an empty box."""
        project = self.ws.backend.path
        own = project is not None and not (is_demo_path(project)
                                           or self.project.is_autosave(Path(project)))
        stem = Path(project).stem if own and project else "claims"
        folder = str(self.settings.value("export/folder", "") or "")
        if not folder:
            folder = str(Path(project).parent) if own and project else str(Path.home())
        return with_suffix(str(Path(folder) / stem), kind)

    def organisation(self) -> str:
        """The publisher ClaimReview names ("" when the checker cancels)."""
        organisation, ok = QInputDialog.getText(
            self.parent, "ClaimReview", "Publishing organisation:",
            text=str(self.settings.value("export/organisation", "")))
        organisation = organisation.strip() if ok else ""
        if organisation:
            self.settings.setValue("export/organisation", organisation)
        return organisation

    # -- help ------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.parent, shortcuts()).exec()

    def show_about(self) -> None:
        QMessageBox.about(self.parent, "About Claimdesk", ABOUT.format(version=__version__))

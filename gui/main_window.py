"""The main window: composition only. It builds the panels (gui.panels, gui.events,
gui.review, gui.panes), the actions from gui.actions, and connects them to the controllers
(gui.controllers: project, extraction, exports, edits, grouping), which hold the logic and
are tested without a window."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.model import STATUSES, Claim, Document, Result, Statement
from core.project.store import Project
from gui.actions import SPECS, fill_toolbar, make_actions, show_step
from gui.controllers.edits import EditController
from gui.controllers.exports import ExportController
from gui.controllers.extraction import ExtractionController, Run
from gui.controllers.grouping import GroupFn, GroupingController, LinkFn
from gui.controllers.navigation import NavigationController
from gui.controllers.project import ProjectController
from gui.errorlog import SHOWN
from gui.events import EventsPanel
from gui.icons import icon
from gui.menus import MenuBar
from gui.models import ClaimTableModel, GridFilter
from gui.panels.filter_bar import FilterBar
from gui.panels.grid import ClaimsGrid
from gui.panels.grid_menu import GridMenu
from gui.panels.layout import DockLayout, VerticalScroll
from gui.panels.sources import SourceListModel, SourcesView
from gui.panels.status_bar import StatusPanel
from gui.panels.trouble import IdleCheckpoint, ReadOnlyBanner
from gui.panes import ComparePanel
from gui.prompts import Prompts
from gui.refocus import DialogRefocus, MenuKey
from gui.review import ReviewPanel
from gui.state import Workspace, link_statements, regroup
from gui.theme import apply_theme, icon_ink
from gui.workers import CallWorker, ExtractFn

Item = Claim | Statement
log = logging.getLogger(__name__)
COUNT_DELAY_MS = 100  # the counter follows a burst of changes once, not per change


class MainWindow(QMainWindow):
    """Claimdesk's main window. ``extract`` / ``extract_documents`` default to
    ``core.pipeline.run`` / ``run_documents``; tests inject fakes."""

    # The actions the window uses by name (all of gui.actions.ACTIONS are ``act_<name>``).
    act_undo: QAction
    act_redo: QAction
    act_cancel: QAction
    act_import: QAction
    act_paste: QAction
    act_rerun: QAction
    act_remove: QAction

    idle = Signal()  # no extraction and no re-grouping in flight
    extraction_started = Signal()
    export_done = Signal(str, str)  # path, error message ("" on success)

    def __init__(
        self,
        workspace: Workspace | None = None,
        *,
        settings: QSettings | None = None,
        extract: ExtractFn | None = None,
        extract_documents: ExtractFn | None = None,
        group: GroupFn | None = None,
        link: LinkFn | None = None,
        pool: QThreadPool | None = None,
        autosave_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.ws = workspace or Workspace()
        self.settings = settings or QSettings()
        self.pool = pool or QThreadPool.globalInstance()
        self._workers: set[Any] = set()  # keep workers alive until their last signal
        self._build_controllers(extract, extract_documents, group, link, autosave_dir)
        self._status_dirty = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._update_count)

        self.setWindowTitle("Claimdesk")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)
        self._build_panels()
        self.sources_model.date_edited.connect(self.extraction.set_publication_date)
        self.grid_menu = GridMenu(self.grid, self.events, self.set_verdict)
        self.prompts = Prompts(self, self.ws, self.settings, project=self.project,
                               extraction=self.extraction, nav=self.nav, export=self.export,
                               remove_document=self.remove_document, message=self.message)
        self._icons: list[tuple[QAction, str]] = []
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.banner = ReadOnlyBanner(self)
        self.idle_checkpoint = IdleCheckpoint(self.ws)
        self.refocus, self.menu_key = DialogRefocus(self), MenuKey(self)  # no WM, no Menu key
        self._connect_workspace()
        self._refresh_filter_choices()
        self._update_count()
        self._update_title()
        self._restore_state()
        self.apply_icons()

    # -- building --------------------------------------------------------------------------
    def _build_controllers(self, extract: ExtractFn | None, extract_documents: ExtractFn | None,
                           group: GroupFn | None, link: LinkFn | None,
                           autosave_dir: Path | None) -> None:
        self.project = ProjectController(self.ws, self.settings, autosave_dir=autosave_dir,
                                         parent=self)
        self.project.warning.connect(self._warn)
        self.project.message.connect(self.message)
        self.project.path_changed.connect(self._update_title)
        self.project.path_changed.connect(lambda: self.banner.show_for(
            self.ws.backend, self.actions_by_name, (self.review_dock,)))
        # After the banner, which turns every edit action on for a writable project.
        self.project.path_changed.connect(self._update_undo_actions)
        self.project.regroup_needed.connect(
            lambda statements_only: self.request_regroup(statements_only=statements_only))
        self.extraction: ExtractionController = ExtractionController(
            self.ws, extract=extract, extract_documents=extract_documents, pool=self.pool,
            keep=self._workers, before_start=self.project.ensure_project_file, parent=self)
        self.extraction.started.connect(self._on_extraction_started)
        self.extraction.progress.connect(self._on_progress)
        self.extraction.cancelling.connect(lambda: self.cancel_button.setEnabled(False))
        self.extraction.ended.connect(self._on_extraction_ended)
        self.extraction.message.connect(self.message)
        self.exports = ExportController(self.ws, pool=self.pool, keep=self._workers, parent=self)
        self.exports.message.connect(self.message)
        self.exports.done.connect(self._exported)
        self.grouping: GroupingController = GroupingController(
            self.ws, group or regroup, link or link_statements, self.pool, self)
        self.grouping.finished.connect(self._maybe_idle)
        self.grouping.failed.connect(self._on_regroup_failed)
        self.edits = EditController(self.ws, self)
        self.edits.message.connect(lambda text: self.message(text, 6000))
        self.edits.regroup_needed.connect(self.request_regroup)
        self.edits.item_touched.connect(self._show_touched)

    def _build_panels(self) -> None:
        self.model = ClaimTableModel(self.ws, self)
        self.grid = ClaimsGrid(self.model)
        self.extraction.started.connect(self.grid.extraction_started)
        self.extraction.ended.connect(self.grid.extraction_ended)
        self.nav = NavigationController(self.ws, self.model, self.grid, self.reset_filters,
                                        self)
        self.nav.message.connect(self.message)
        self.filter_bar = FilterBar(self.ws, self.grid)
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_text = self.filter_bar.text
        self.filter_conflicts = self.filter_bar.conflicts
        self.text_hits = self.filter_bar.text_hits
        self.grid_box = QWidget()
        box = QVBoxLayout(self.grid_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.filter_bar)
        box.addWidget(self.grid, 1)
        self.compare = ComparePanel(self.ws)
        self.filter_bar.passage_chosen.connect(self.compare.show_passage)
        central = QSplitter(Qt.Orientation.Vertical)
        central.addWidget(self.grid_box)
        central.addWidget(self.compare)
        central.setSizes([520, 420])
        central.setChildrenCollapsible(False)
        self.central_splitter = central
        self.setCentralWidget(central)

        self.sources_model = SourceListModel(self.ws, self)
        self.sources_model.meta_edited.connect(self.set_source_meta)
        self.sources_view = SourcesView(self.sources_model)
        self.sources_view.document_current.connect(self.compare.show_document)
        self.sources_view.document_activated.connect(self.filter_bar.show_source)
        self.events = EventsPanel(self.ws)
        self.events.event_selected.connect(self.show_event)
        self.events.conflict_selected.connect(self.show_conflict)
        self.events.statement_conflict_selected.connect(self.show_statement_conflict)
        self.events.claim_selected.connect(self.select_item)
        self.events.decision_requested.connect(self.decide)
        self.review = ReviewPanel(self.ws)
        self._follow_navigation()
        self.review.verdict_chosen.connect(lambda item, status: self.set_verdict(status, [item]))
        self.review.note_edited.connect(self.set_note)
        self.review.evidence_edited.connect(self.set_evidence)
        self.review.correction_edited.connect(self.correct)
        self.sources_dock = self._dock("Sources", self.sources_view,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.events_dock = self._dock("Events && conflicts", self.events,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.review_dock = self._dock("Review", VerticalScroll(self.review),
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.status = StatusPanel(self.statusBar(), self)
        self.status.cancel_button.clicked.connect(self.cancel_extraction)
        self.status.follow(self.grouping.started, self.grouping.finished, self.grouping.failed)
        self.status_label = self.status.status_label
        self.count_label = self.status.count_label
        self.progress = self.status.progress
        self.cancel_button = self.status.cancel_button

    def _follow_navigation(self) -> None:
        """The grid's current claim in Review and the events tree, its compare in the panes."""
        self.nav.focused.connect(self.review.show_item)
        self.nav.focused.connect(self.events.follow_item)
        self.nav.compared.connect(self.compare.show_items)

    def _connect_workspace(self) -> None:
        self.ws.undo_changed.connect(self._update_undo_actions)
        self.ws.reset.connect(self._after_reset)
        self.ws.grouping_changed.connect(self._refresh_filter_choices)
        self.ws.documents_changed.connect(self._refresh_filter_choices)
        # Bound methods, not lambdas: Qt drops the connection when the window goes away.
        self.ws.items_added.connect(self._schedule_count)
        self.ws.review_changed.connect(self._schedule_count)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.replace(" ", "_").replace("&", ""))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- what the controllers own, as the window's API (tests and actions use it) -----------
    @property
    def extract(self) -> ExtractFn:
        return self.extraction.extract

    @extract.setter
    def extract(self, fn: ExtractFn) -> None:
        self.extraction.extract = fn

    @property
    def run(self) -> Run | None:
        return self.extraction.run

    @property
    def busy(self) -> bool:
        return self.extraction.busy or self.grouping.busy

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _build_actions(self) -> None:
        """The QActions of ``gui.actions.ACTIONS``, kept as ``act_<name>``."""
        self.actions_by_name = make_actions(self, self._slot)
        for name, action in self.actions_by_name.items():
            setattr(self, f"act_{name}", action)
            spec = SPECS[name]
            if spec.icon:
                self._icons.append((action, spec.icon))
        self.verdict_actions: dict[str, QAction] = {
            status: self.actions_by_name[f"mark_{status}"] for status in STATUSES}
        self.act_cancel.setEnabled(False)
        self.sources_view.set_menu([self.act_import, self.act_paste],
                                   [self.act_rerun, self.act_remove])
        self._update_undo_actions()

    def _slot(self, name: str) -> Callable[[], object]:
        """An action's slot: a verdict key, a move to the next or previous unreviewed item,
        one of the window's methods, its prompts' (gui.prompts) or its review panel's."""
        if name.startswith("mark_"):
            return functools.partial(self.set_verdict, name.removeprefix("mark_"))
        if name.startswith("goto_"):
            return functools.partial(self.goto_unreviewed, 1 if name.endswith("next_unreviewed")
                                     else -1)
        method = (getattr(self, name, None) or getattr(self.prompts, name, None)
                  or getattr(self.review, name))
        assert callable(method), name
        return method  # type: ignore[no-any-return]

    def _build_menus(self) -> None:
        self.menus = MenuBar(
            self, self.menuBar(), self.actions_by_name, project=self.project, grid=self.grid,
            docks=(self.sources_dock, self.events_dock, self.review_dock),
            verdicts=list(self.verdict_actions.values()), open_project=self.open_project,
            export_dialog=self.prompts.export_dialog, set_theme=self.set_theme,
            icons=self._icons)

    def _build_toolbar(self) -> None:
        tools = self.addToolBar("Main")
        tools.setObjectName("main_toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        fill_toolbar(tools, self.actions_by_name)

    # -- state (gui.panels.layout) -------------------------------------------------------
    def _restore_state(self) -> None:
        self.layout_state = DockLayout(
            self, self.settings, (self.sources_dock, self.events_dock, self.review_dock),
            self.central_splitter, self.grid.horizontalHeader())
        self.layout_state.restore()
        self.extraction.bind_zero_counts(self.actions_by_name["zero_counts"], self.settings)
        theme = str(self.settings.value("window/theme", "system"))
        self.menus.check_theme(theme)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.layout_state.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.layout_state.resized(event.oldSize().width())

    def save_state(self) -> None:
        self.layout_state.save()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.review.commit_pending()
        self.extraction.close(10.0)
        self.grouping.wait(10.0)
        self.grouping.closed = True
        self.save_state()
        self.ws.backend.close()
        self.project.lock.release()
        event.accept()

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.settings.setValue("window/theme", name)
        self.apply_icons()

    def apply_icons(self) -> None:
        ink = icon_ink()
        for action, name in self._icons:
            action.setIcon(icon(name, ink))
        self.cancel_button.setIcon(icon("cancel", ink))

    def recent_projects(self) -> list[str]:
        return self.project.recent_projects()

    def _update_title(self) -> None:
        path = self.ws.backend.path
        name = path.name if path else "unsaved project"
        self.setWindowTitle(f"{name} — Claimdesk")

    def message(self, text: str, timeout_ms: int = 0) -> None:
        """Show a status message; with a timeout it clears itself (unless replaced)."""
        self.status.message(text, timeout_ms)

    # -- filter ----------------------------------------------------------------------------
    def current_filter(self) -> GridFilter:
        return self.filter_bar.current()

    def apply_filter(self) -> None:
        keep = self.current_item_id()
        self.model.set_filter(self.current_filter())
        self.filter_bar.find_in_sources(self.filter_text.text())
        self.nav.keep_visible(keep)
        self._update_count()

    def _show_text_hit(self, item: QListWidgetItem) -> None:
        doc_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.compare.show_passage(doc_id, start, end)

    def reset_filters(self) -> None:
        self.filter_bar.reset()
        self.apply_filter()

    def _refresh_filter_choices(self) -> None:
        self.filter_bar.refresh_choices()
        # A chosen event or source that is gone reads "any": so must the grid's filter.
        if self.current_filter() != self.model.filter:
            self.apply_filter()

    def _schedule_count(self, *_: object) -> None:
        if not self._status_dirty:
            self._status_dirty = True
            self._count_timer.start()

    def _update_count(self) -> None:
        self._status_dirty = False
        total = len(self.ws.claims) + len(self.ws.statements)
        reviewed = sum(1 for r in self.ws.reviews.values() if r.status != "unverified")
        self.status.set_count(self.model.rowCount(), total, reviewed)

    def focus_find(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    def _fill_columns(self, menu: QMenu) -> None:
        self.grid.fill_columns(menu)

    # -- selection and navigation (gui.controllers.navigation) ----------------------------
    def current_item_id(self) -> str:
        return self.nav.current_item_id()

    def selected_item_ids(self) -> list[str]:
        return self.nav.selected_item_ids()

    def select_item(self, item_id: str, *, show: bool = True) -> bool:
        """Make the item current in the grid (clearing the filter if it hides the item)."""
        return self.nav.select_item(item_id, show=show)

    def show_event(self, event_id: str) -> None:
        self.nav.show_event(event_id, first=self.events.following)

    def show_conflict(self, conflict_id: str) -> None:
        self.nav.show_conflict(conflict_id)

    def show_statement_conflict(self, conflict_id: str) -> None:
        self.nav.show_statement_conflict(conflict_id)

    def goto_unreviewed(self, step: int) -> bool:
        return self.nav.goto_unreviewed(step)

    def selected_document_id(self) -> str:
        return self.sources_view.document_id()

    # -- the checker's edits (all undoable: gui.controllers.edits) ----------------------
    def set_verdict(self, status: str, item_ids: Sequence[str] | None = None) -> None:
        ids = list(item_ids) if item_ids is not None else self.selected_item_ids()
        self.edits.set_verdict(status, ids)

    def set_note(self, item_id: str, note: str) -> None:
        self.edits.set_note(item_id, note)

    def set_evidence(self, item_id: str, evidence: tuple[str, ...]) -> None:
        self.edits.set_evidence(item_id, evidence)

    def correct(self, claim_id: str, field: str, text: str) -> bool:
        """A correction typed by the checker; refused with a message when it does not parse."""
        done = self.edits.correct(claim_id, field, text)
        if not done:
            self.review.refresh()
        return done

    def edit_value(self) -> None:
        if self.review.item_id in self.ws.claims:
            self.review_dock.show()
            self.review.edit_field("value")

    def add_claim_from_selection(self) -> None:
        claim = self.prompts.manual_claim(self.compare.selected_span())
        if claim is not None:
            self.add_manual_claim(claim)

    def add_manual_claim(self, claim: Claim) -> None:
        stored = self.edits.add_manual_claim(claim)
        self.select_item(stored.id)

    def decide(self, decisions: Sequence[tuple[str, Sequence[str]]], text: str) -> None:
        self.edits.decide(decisions, text)

    def set_source_meta(self, doc_id: str, outlet: str, title: str) -> None:
        """The checker names a source (outlet, title): explanations and the grid use it,
        and the project regroups (one undoable action)."""
        self.edits.set_document_meta(doc_id, outlet=outlet, title=title)

    def undo(self) -> None:
        self.review.commit_pending()
        self.edits.undo()

    def redo(self) -> None:
        self.edits.redo()

    def _update_undo_actions(self) -> None:
        show_step(self.act_undo, "Undo", self.ws.undo_label(), "Ctrl+Z")
        show_step(self.act_redo, "Redo", self.ws.redo_label(), "Ctrl+Shift+Z")

    def _show_touched(self, item_id: str) -> None:
        """Undo shows what it changed: the item becomes current (filters allowing)."""
        if self.nav.item(item_id) is not None:
            self.select_item(item_id)

    # -- sources and extraction (gui.controllers.extraction) -------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def import_files(self, paths: Sequence[str]) -> list[str]:
        """Extract the files (folders expanded) in a worker; returns the files queued."""
        return self.extraction.import_files(paths)

    def _on_extraction_started(self, _label: str, total: int) -> None:
        self.status.start_progress(total)
        self.act_cancel.setEnabled(True)
        self.extraction_started.emit()

    def cancel_extraction(self) -> None:
        self.extraction.cancel()

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.status.set_progress(done, total, label)

    def _on_extraction_ended(self, fresh: Result | None) -> None:
        self.status.end_progress()
        self.act_cancel.setEnabled(False)
        if not self.request_regroup(fallback=fresh):
            self._maybe_idle()

    def extract_pasted(self, doc: Document) -> None:
        self.extraction.extract_document(doc, label=doc.title or "pasted text")

    def remove_selected_source(self) -> None:
        self.prompts.remove_source(self.selected_document_id(), self.sources_view.failed_path())

    def rerun_selected_source(self) -> None:
        self.prompts.rerun_source(self.selected_document_id(), self.sources_view.failed_path())

    def remove_document(self, doc_id: str) -> None:
        self.ws.remove_document(doc_id)  # the store ends the undo history here
        self.request_regroup()

    # -- grouping --------------------------------------------------------------------------
    def request_regroup(self, *, fallback: Result | None = None,
                        statements_only: bool = False) -> bool:
        """Re-group on a worker (``gui.controllers.grouping``); True if one is under way."""
        return self.grouping.request(fallback=fallback, statements_only=statements_only)

    def _on_regroup_failed(self, message: str) -> None:
        self.message(f"Grouping failed: {message}")
        log.error("Grouping failed: %s", message, extra={SHOWN: True})
        self._maybe_idle()

    def _maybe_idle(self) -> None:
        if (not self.extraction.busy and not self.grouping.busy
                and not self.extraction.pending):
            self.idle.emit()

    def _after_reset(self) -> None:
        self._refresh_filter_choices()
        self._update_count()
        self._update_title()

    # -- projects (gui.controllers.project) ------------------------------------------------
    def _switch_backend(self, backend: Project, *, remember: bool = True) -> None:
        self.project.switch_backend(backend, remember=remember)

    def create_project(self, path: str) -> bool:
        return self.project.create(path)

    def open_project(self, path: str) -> bool:
        return self.prompts.open_project_file(path)  # a damaged or read-only file asks

    def save_as(self, path: str) -> bool:
        return self.project.save_as(path)

    def orphans(self) -> list[Any]:
        return self.project.orphans()

    def import_reviews(self, path: str) -> Any:
        return self.prompts.import_reviews(path)

    def attach_orphan(self, orphan_id: str, item_id: str) -> bool:
        if not self.project.attach_orphan(orphan_id, item_id):
            return False
        self.select_item(item_id)
        return True

    # -- export (gui.controllers.exports) --------------------------------------------------
    def export(self, kind: str, path: str) -> CallWorker | None:
        """Write an export; ClaimReview first asks for the publishing organisation."""
        organisation = self.prompts.organisation() if kind == "claimreview" else ""
        if kind == "claimreview" and not organisation:
            return None
        return self.exports.export(kind, path, organisation=organisation)

    def _exported(self, path: str, error: str) -> None:
        if error:
            self._warn("Export", error)
        self.export_done.emit(path, error)

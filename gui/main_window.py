"""The main window: composition only. It builds the panels (gui.panels, gui.events,
gui.review, gui.panes), the actions from gui.actions, and connects them to the controllers
(gui.controllers: project, extraction, exports, edits, grouping), which hold the logic and
are tested without a window."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.errors import ClaimdeskError
from core.model import STATUSES, Claim, Document, Result, Statement
from core.project.store import Project
from gui.actions import MENUS, SPECS, fill_menu, fill_toolbar, make_actions, shortcuts
from gui.controllers.edits import EditController
from gui.controllers.exports import EXPORT_FILTERS, ExportController
from gui.controllers.extraction import ExtractionController, Run, supported_suffixes
from gui.controllers.grouping import GroupFn, GroupingController, LinkFn
from gui.controllers.project import ProjectController
from gui.dialogs import ManualClaimDialog, OrphansDialog, PasteDialog, ShortcutsDialog
from gui.errorlog import SHOWN
from gui.events import EventsPanel
from gui.icons import INK, icon
from gui.models import ClaimTableModel, GridFilter
from gui.panels.filter_bar import FilterBar
from gui.panels.grid import ClaimsGrid
from gui.panels.sources import SourceListModel, SourcesView
from gui.panels.status_bar import StatusPanel
from gui.panes import ComparePanel
from gui.review import ReviewPanel
from gui.state import Workspace, link_statements, regroup
from gui.theme import apply_theme
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
        self._shown_once = False
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
        self._icons: list[tuple[QAction, str]] = []
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
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
        self.project.path_changed.connect(self._update_undo_actions)
        self.project.regroup_needed.connect(
            lambda statements_only: self.request_regroup(statements_only=statements_only))
        self.extraction = ExtractionController(
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
        self.grouping = GroupingController(self.ws, group or regroup, link or link_statements,
                                           self.pool, self)
        self.grouping.finished.connect(self._maybe_idle)
        self.grouping.failed.connect(self._on_regroup_failed)
        self.edits = EditController(self.ws, self)
        self.edits.message.connect(lambda text: self.message(text, 6000))
        self.edits.regroup_needed.connect(self._regroup_now)
        self.edits.item_touched.connect(self._show_touched)

    def _build_panels(self) -> None:
        self.model = ClaimTableModel(self.ws, self)
        self.grid = ClaimsGrid(self.model)
        self.grid.selectionModel().currentRowChanged.connect(self._grid_current)
        self.filter_bar = FilterBar(self.ws)
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.passage_chosen.connect(self._show_passage)
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
        self.sources_view.customContextMenuRequested.connect(self._sources_menu)
        self.sources_view.selectionModel().currentRowChanged.connect(self._source_current)
        self.sources_view.doubleClicked.connect(self._source_activated)
        self.events = EventsPanel(self.ws)
        self.events.event_selected.connect(self.show_event)
        self.events.conflict_selected.connect(self.show_conflict)
        self.events.statement_conflict_selected.connect(self.show_statement_conflict)
        self.events.claim_selected.connect(self.select_item)
        self.events.decision_requested.connect(self.decide)
        self.review = ReviewPanel(self.ws)
        self.review.verdict_chosen.connect(lambda item, status: self.set_verdict(status, [item]))
        self.review.note_edited.connect(self.set_note)
        self.review.evidence_edited.connect(self.set_evidence)
        self.review.correction_edited.connect(self.correct)
        self.sources_dock = self._dock("Sources", self.sources_view,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.events_dock = self._dock("Events && conflicts", self.events,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.review_dock = self._dock("Review", self.review,
                                      Qt.DockWidgetArea.RightDockWidgetArea)
        self.status = StatusPanel(self.statusBar(), self)
        self.status.cancel_button.clicked.connect(self.cancel_extraction)
        self.status_label = self.status.status_label
        self.count_label = self.status.count_label
        self.progress = self.status.progress
        self.cancel_button = self.status.cancel_button

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
    def extract_documents(self) -> ExtractFn:
        return self.extraction.extract_documents

    @extract_documents.setter
    def extract_documents(self, fn: ExtractFn) -> None:
        self.extraction.extract_documents = fn

    @property
    def run(self) -> Run | None:
        return self.extraction.run

    @property
    def pending(self) -> list[str]:
        return self.extraction.pending

    @property
    def autosave_dir(self) -> Path | None:
        return self.project.autosave_dir

    @property
    def busy(self) -> bool:
        return self.extraction.busy or self.grouping.busy

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _build_actions(self) -> None:
        """The QActions of ``gui.actions.ACTIONS``, kept as ``act_<name>``."""
        self.actions_by_name = make_actions(self, lambda slot: getattr(self, slot))
        for name, action in self.actions_by_name.items():
            setattr(self, f"act_{name}", action)
            spec = SPECS[name]
            if spec.icon:
                self._icons.append((action, spec.icon))
        self.verdict_actions: dict[str, QAction] = {
            status: self.actions_by_name[f"mark_{status}"] for status in STATUSES}
        self.act_cancel.setEnabled(False)
        self._update_undo_actions()

    def mark_unverified(self) -> None:
        self.set_verdict("unverified")

    def mark_verified(self) -> None:
        self.set_verdict("verified")

    def mark_disputed(self) -> None:
        self.set_verdict("disputed")

    def mark_false(self) -> None:
        self.set_verdict("false")

    def mark_unclear(self) -> None:
        self.set_verdict("unclear")

    def goto_next_unreviewed(self) -> None:
        self.goto_unreviewed(1)

    def goto_previous_unreviewed(self) -> None:
        self.goto_unreviewed(-1)

    def _build_menus(self) -> None:
        hooks = {"@recent": self._menu_recent, "@export": self._menu_export,
                 "@verdicts": self._menu_verdicts, "@panels": self._menu_panels,
                 "@columns": self._menu_columns, "@theme": self._menu_theme}
        bar = self.menuBar()
        for title, entries in MENUS:
            fill_menu(bar.addMenu(title), entries, self.actions_by_name, hooks)

    def _menu_recent(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def _menu_export(self, menu: QMenu) -> None:
        self.export_menu = menu.addMenu("E&xport")
        self._icons.append((self.export_menu.menuAction(), "export"))
        for label, kind in (("Excel workbook (.xlsx)…", "xlsx"), ("CSV (.csv)…", "csv"),
                            ("JSON (.json)…", "json"), ("ClaimReview JSON-LD…", "claimreview"),
                            ("Report (.pdf)…", "report")):
            self.export_menu.addAction(label, functools.partial(self.export_dialog, kind))

    def _menu_verdicts(self, menu: QMenu) -> None:
        menu.addMenu("&Verdict").addActions(list(self.verdict_actions.values()))

    def _menu_panels(self, menu: QMenu) -> None:
        for dock in (self.sources_dock, self.events_dock, self.review_dock):
            menu.addAction(dock.toggleViewAction())

    def _menu_columns(self, menu: QMenu) -> None:
        self.columns_menu = menu.addMenu("&Columns")
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns(self.columns_menu))

    def _menu_theme(self, menu: QMenu) -> None:
        theme = menu.addMenu("&Theme")
        self.theme_group = QActionGroup(self)
        for name in ("system", "light", "dark"):
            act = theme.addAction(name.capitalize())
            act.setCheckable(True)
            act.setData(name)
            self.theme_group.addAction(act)
            act.triggered.connect(lambda _c=False, n=name: self.set_theme(n))

    def _build_toolbar(self) -> None:
        tools = self.addToolBar("Main")
        tools.setObjectName("main_toolbar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        fill_toolbar(tools, self.actions_by_name)

    # -- state -----------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 950)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        # A saved layout never hides a panel: every review control stays reachable.
        for dock in (self.sources_dock, self.events_dock, self.review_dock):
            if dock.isFloating():
                dock.setFloating(False)
            dock.setVisible(True)
        header = self.settings.value("grid/header")
        if isinstance(header, QByteArray):
            self.grid.horizontalHeader().restoreState(header)
        theme = str(self.settings.value("window/theme", "system"))
        for act in self.theme_group.actions():
            act.setChecked(act.data() == theme)

    def _default_layout(self) -> None:
        """Dock sizes for a first start (later starts restore the checker's own)."""
        width = self.width()
        self.resizeDocks([self.sources_dock, self.review_dock],
                         [int(width * 0.27), int(width * 0.24)], Qt.Orientation.Horizontal)
        self.resizeDocks([self.sources_dock, self.events_dock], [200, 600],
                         Qt.Orientation.Vertical)
        self.central_splitter.setSizes([int(self.height() * 0.5), int(self.height() * 0.5)])

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if not isinstance(self.settings.value("window/state"), QByteArray):
                QTimer.singleShot(0, self._default_layout)
            else:
                QTimer.singleShot(0, self._unsquash)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._shown_once:
            QTimer.singleShot(0, self._unsquash)

    def _unsquash(self) -> None:
        """A layout saved on a small screen does not stay squashed on a big one: when the
        grid gets less than a third of the window (or a panel less than it needs), the
        panels take their default shares again."""
        width = self.width()
        squashed = self.central_splitter.width() < width // 3 or any(
            d.width() < d.minimumSizeHint().width()
            for d in (self.sources_dock, self.review_dock))
        if squashed or (width >= 1500 and self.review_dock.width() < int(width * 0.2)):
            self._default_layout()

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("grid/header", self.grid.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.review.commit_note()
        self.extraction.close(10.0)
        self.grouping.wait(10.0)
        self.grouping.closed = True
        self.save_state()
        self.ws.backend.close()
        event.accept()

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self.settings.setValue("window/theme", name)
        self.apply_icons()

    def apply_icons(self) -> None:
        """Icons drawn in the palette's ink: dark lines on a light theme, light on dark."""
        palette = QApplication.palette()
        dark = palette.color(palette.ColorRole.Window).lightness() < 128
        ink = palette.color(palette.ColorRole.WindowText).name() if dark else INK
        for action, name in self._icons:
            action.setIcon(icon(name, ink))
        self.cancel_button.setIcon(icon("cancel", ink))

    def recent_projects(self) -> list[str]:
        return self.project.recent_projects()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_projects()
        for path in recent:
            self.recent_menu.addAction(path, functools.partial(self.open_project, path))
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)

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
        if keep and not self.select_item(keep, show=False):
            # A claim the filter hides is no longer current: the review panel, the panes
            # and the verdict keys must not act on what the checker cannot see.
            self.grid.selectionModel().clear()
            self.review.show_item("")
            self.compare.show_items([])
        self._update_count()

    def _show_passage(self, doc_id: str, start: int, end: int) -> None:
        self.compare.show_passage(doc_id, start, end)

    def _show_text_hit(self, item: QListWidgetItem) -> None:
        doc_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self._show_passage(doc_id, start, end)

    def reset_filters(self) -> None:
        self.filter_bar.reset()
        self.apply_filter()

    def _refresh_filter_choices(self) -> None:
        self.filter_bar.refresh_choices()

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

    # -- selection and navigation ----------------------------------------------------------
    def current_item_id(self) -> str:
        return self.grid.current_item_id()

    def selected_item_ids(self) -> list[str]:
        rows = sorted({ix.row() for ix in self.grid.selectionModel().selectedRows()})
        ids = [self.model.item_at(r).id for r in rows]
        current = self.current_item_id()
        # One current claim: keys act on the selection only when the current row is in it
        # (Ctrl+Home moves the current row and leaves the old selection behind).
        if current and current not in ids:
            return [current]
        return ids

    def _item(self, item_id: str) -> Item | None:
        return self.ws.claims.get(item_id) or self.ws.statements.get(item_id)

    def _grid_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item = self.model.item_at(current.row())
        self.review.show_item(item.id)
        self.compare.show_items([item])

    def select_item(self, item_id: str, *, show: bool = True) -> bool:
        """Make the item current in the grid (clearing the filter if it hides the item)."""
        row = self.model.row_of(item_id)
        if row < 0 and show and self._item(item_id) is not None:
            self.reset_filters()
            row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.grid.selectionModel()
        if show:
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.blockSignals(True)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.grid.viewport().update()
        self.grid.scrollTo(index)
        return True

    def show_event(self, event_id: str) -> None:
        event = self.ws.events.get(event_id)
        if event is None:
            return
        items = [it for cid in event.claim_ids if (it := self._item(cid)) is not None]
        conflicted = [it for it in items if it.id in self.ws.conflict_kind]
        ordered = conflicted + [it for it in items if it not in conflicted]
        if ordered:
            self.select_item(ordered[0].id, show=False)
            self.review.show_item(ordered[0].id)
        self.compare.show_items(ordered)

    def show_conflict(self, conflict_id: str) -> None:
        conflict = self.ws.conflicts.get(conflict_id)
        if conflict is None:
            return
        items = [it for cid in conflict.claim_ids if (it := self._item(cid)) is not None]
        if items:
            self.select_item(items[0].id, show=False)
            self.review.show_item(items[0].id)
        self.compare.show_items(items)
        self.message(conflict.explanation)

    def show_statement_conflict(self, conflict_id: str) -> None:
        """The statements of a statement conflict side by side, each at its words."""
        conflict = self.ws.statement_conflicts.get(conflict_id)
        if conflict is None:
            return
        items = [it for sid in conflict.statement_ids if (it := self._item(sid)) is not None]
        if items:
            self.select_item(items[0].id, show=False)
            self.review.show_item(items[0].id)
        self.compare.show_items(items)
        self.message(conflict.explanation)

    def goto_unreviewed(self, step: int) -> bool:
        """Move to the next (step 1) or previous (-1) unverified item in grid order."""
        ids = self.model.visible_ids()
        if not ids:
            return False
        current = self.current_item_id()
        start = ids.index(current) if current in ids else (-1 if step > 0 else len(ids))
        n = start + step
        while 0 <= n < len(ids):
            if self.ws.status(ids[n]) == "unverified":
                return self.select_item(ids[n])
            n += step
        self.message("No more unreviewed items in this direction", 3000)
        return False

    def _source_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = self.sources_model.document_id(current.row())
        if doc_id:
            self.compare.show_document(doc_id)

    def _source_activated(self, index: QModelIndex) -> None:
        doc_id = self.sources_model.document_id(index.row())
        if doc_id:
            self.filter_bar.show_source(doc_id)

    def _sources_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.act_import, self.act_paste])
        if self.selected_document_id():
            menu.addSeparator()
            menu.addActions([self.act_rerun, self.act_remove])
        menu.exec(self.sources_view.viewport().mapToGlobal(pos))

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
        picked = self.compare.selected_span()
        if picked is None:
            self.message("Select the figure in a source pane first, then press Ctrl+M", 5000)
            return
        doc_id, start, end = picked
        doc = self.ws.documents.get(doc_id)
        if doc is None:
            return
        dialog = ManualClaimDialog(doc, start, end, self)
        if dialog.exec() != ManualClaimDialog.DialogCode.Accepted:
            return
        self.add_manual_claim(dialog.claim())

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
        self.review.commit_note()
        self.edits.undo()

    def redo(self) -> None:
        self.edits.redo()

    def _update_undo_actions(self) -> None:
        undo, redo = self.ws.undo_label(), self.ws.redo_label()
        self.act_undo.setEnabled(undo is not None)
        self.act_undo.setText(f"&Undo {undo}" if undo else "&Undo")
        self.act_redo.setEnabled(redo is not None)
        self.act_redo.setText(f"&Redo {redo}" if redo else "&Redo")

    def _show_touched(self, item_id: str) -> None:
        """Undo shows what it changed: the item becomes current (filters allowing)."""
        if self._item(item_id) is not None:
            self.select_item(item_id)

    def _regroup_now(self) -> None:
        self.request_regroup()

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

    def import_dialog(self) -> None:
        patterns = " ".join(f"*{s}" for s in supported_suffixes())
        paths, _ = QFileDialog.getOpenFileNames(
            self, "Import articles", str(self.settings.value("recent/import_dir", "")),
            f"Articles ({patterns});;All files (*)")
        if paths:
            self.settings.setValue("recent/import_dir", str(Path(paths[0]).parent))
            self.import_files(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a folder of articles", str(self.settings.value("recent/import_dir", "")))
        if folder:
            self.import_files([folder])

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

    def paste_dialog(self) -> None:
        dialog = PasteDialog(self, text=QApplication.clipboard().text())
        if dialog.exec() != PasteDialog.DialogCode.Accepted:
            return
        try:
            doc = dialog.document(doc_id="d1")
        except ClaimdeskError as exc:
            QMessageBox.warning(self, "Paste", str(exc))
            return
        self.extract_pasted(doc)

    def extract_pasted(self, doc: Document) -> None:
        self.extraction.extract_document(doc, label=doc.title or "pasted text")

    def rerun_selected_source(self) -> None:
        doc = self.ws.documents.get(self.selected_document_id())
        if doc is not None:
            self.extraction.extract_document(doc, label=doc.name, rerun_of=doc.id)

    def remove_selected_source(self) -> None:
        doc_id = self.selected_document_id()
        doc = self.ws.documents.get(doc_id)
        if doc is None:
            return
        answer = QMessageBox.question(
            self, "Remove source",
            f"Remove “{doc.title or doc.name}” and its claims from the project?\n"
            "Verdicts on its claims are kept as orphans in the project file.")
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_document(doc_id)

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
        if not self.extraction.busy and not self.grouping.busy and not self.pending:
            self.idle.emit()

    def _after_reset(self) -> None:
        self._refresh_filter_choices()
        self._update_count()
        self._update_title()

    # -- projects (gui.controllers.project) ------------------------------------------------
    def _switch_backend(self, backend: Project, *, remember: bool = True) -> None:
        self.project.switch_backend(backend, remember=remember)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", "",
                                              "Claimdesk projects (*.claimdesk)")
        if path:
            self.create_project(path)

    def create_project(self, path: str) -> bool:
        return self.project.create(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "",
                                              "Claimdesk projects (*.claimdesk);;All files (*)")
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        return self.project.open(path)

    def save_project_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save project as", "",
                                              "Claimdesk projects (*.claimdesk)")
        if path:
            self.save_as(path)

    def save_as(self, path: str) -> bool:
        return self.project.save_as(path)

    def import_reviews_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import reviews from workbook", "",
                                              "Excel workbooks (*.xlsx)")
        if path:
            self.import_reviews(path)

    def import_reviews(self, path: str) -> Any:
        """Status and Note from a reviewed workbook; the details in a dialog."""
        report = self.project.import_reviews(path)
        if report is not None and report.messages:
            box = QMessageBox(QMessageBox.Icon.Information, "Import reviews", report.summary,
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(report.messages))
            box.exec()
        return report

    def orphans(self) -> list[Any]:
        return self.project.orphans()

    def show_orphans(self) -> None:
        found = self.orphans()
        if not found:
            self.message("No orphaned verdicts: every verdict is attached to a claim", 5000)
            return
        dialog = OrphansDialog(found, self)
        if dialog.exec() != OrphansDialog.DialogCode.Accepted:
            return
        orphan = dialog.selected()
        item_id = self.current_item_id()
        if orphan is not None and item_id:
            self.attach_orphan(orphan.id, item_id)
        elif orphan is not None:
            self.message("Select the claim in the grid first, then attach the orphan", 5000)

    def attach_orphan(self, orphan_id: str, item_id: str) -> bool:
        if not self.project.attach_orphan(orphan_id, item_id):
            return False
        self.select_item(item_id)
        return True

    # -- export (gui.controllers.exports) --------------------------------------------------
    def export_dialog(self, kind: str = "") -> None:
        chosen = [EXPORT_FILTERS[kind]] if kind else list(EXPORT_FILTERS.values())
        path, selected = QFileDialog.getSaveFileName(self, "Export", "", ";;".join(chosen))
        if not path:
            return
        if not kind:
            kind = next((k for k, f in EXPORT_FILTERS.items() if f == selected), "xlsx")
        self.export(kind, path)

    def export(self, kind: str, path: str) -> CallWorker | None:
        """Write an export; ClaimReview first asks for the publishing organisation."""
        organisation = ""
        if kind == "claimreview":
            organisation, ok = QInputDialog.getText(
                self, "ClaimReview", "Publishing organisation:",
                text=str(self.settings.value("export/organisation", "")))
            organisation = organisation.strip()
            if not ok or not organisation:
                return None
            self.settings.setValue("export/organisation", organisation)
        return self.exports.export(kind, path, organisation=organisation)

    def _exported(self, path: str, error: str) -> None:
        if error:
            QMessageBox.warning(self, "Export", error)
        self.export_done.emit(path, error)

    # -- help ------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, shortcuts()).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self, "About Claimdesk",
            f"<b>Claimdesk {__version__}</b><p>A workbench for fact-checkers: extract every "
            "checkable figure and statement from news reports, group them by event, see where "
            "sources disagree, give verdicts, export.</p>"
            "<p>Qt for Python (PySide6), spaCy, RapidFuzz, openpyxl.</p>")

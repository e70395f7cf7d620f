"""The main window: wiring only. Docks, menus, actions and the flow of user intent from the
widgets into undoable commands and core calls on workers."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import __version__
from core.errors import ClaimdeskError
from core.model import (
    MEASURES,
    STATUSES,
    Claim,
    Document,
    Failure,
    Result,
    Statement,
)
from core.project.store import Project
from gui.actions import MENUS, SPECS, fill_menu, fill_toolbar, make_actions, shortcuts
from gui.controllers.edits import EditController
from gui.controllers.grouping import GroupFn, GroupingController, LinkFn
from gui.dialogs import ManualClaimDialog, OrphansDialog, PasteDialog, ShortcutsDialog
from gui.errorlog import SHOWN
from gui.events import EventsPanel
from gui.icons import INK, icon
from gui.models import COLUMNS, ClaimTableModel, GridFilter, SourceListModel
from gui.panels.trouble import IdleCheckpoint, ReadOnlyBanner, open_for_window, save_copy_dialog
from gui.panes import ComparePanel
from gui.report import write_report_pdf
from gui.review import ReviewPanel
from gui.state import RunIds, Workspace, link_statements, regroup
from gui.theme import apply_theme
from gui.workers import CallWorker, ExtractFn, ExtractionWorker

Item = Claim | Statement
MAX_RECENT = 8


def _default_run(paths: Sequence[str], **options: Any) -> Result:
    from core.pipeline import run

    return run(paths, **options)


def _default_run_documents(documents: Sequence[Document], **options: Any) -> Result:
    from core.pipeline import run_documents

    return run_documents(documents, **options)


EXPORT_SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "json": ".json", "claimreview": ".jsonld",
                   "report": ".pdf"}


def with_suffix(path: str, kind: str) -> str:
    """The export path with its type's extension ("seeds_export" as Excel is
    "seeds_export.xlsx"); a path that already ends in it is left alone."""
    suffix = EXPORT_SUFFIXES.get(kind, "")
    return path if path.lower().endswith(suffix) else path + suffix


log = logging.getLogger(__name__)
MIN_FIND_CHARS = 3  # Find in sources starts with this many characters typed
TEXT_HITS_HEIGHT = 96  # the passages list: about four lines, the grid keeps the rest


def supported_suffixes() -> tuple[str, ...]:
    try:
        from core.ingest.files import SUPPORTED_SUFFIXES
    except ImportError:
        return (".txt",)
    return SUPPORTED_SUFFIXES


def expand_paths(paths: Sequence[str]) -> list[str]:
    """Files as given, and the supported files inside folders (recursively, sorted)."""
    suffixes = supported_suffixes()
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*"))
                       if p.is_file() and p.suffix.lower() in suffixes
                       and not p.name.startswith("."))
        else:
            out.append(str(path))
    return out


@dataclass
class _Run:
    """One extraction in flight: new files, or a re-run of one document."""

    worker: ExtractionWorker
    ids: RunIds
    rerun_of: str = ""
    streamed: int = 0


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
        self.extract = extract or _default_run
        self.extract_documents = extract_documents or _default_run_documents
        # Where an unsaved project becomes a project file as soon as it gets documents, so
        # no verdict lives only in memory (None: stay in memory, as tests do).
        self.autosave_dir = autosave_dir
        self.pool = pool or QThreadPool.globalInstance()
        self.run: _Run | None = None
        self.pending: list[str] = []
        self.grouping = GroupingController(self.ws, group or regroup, link or link_statements,
                                           self.pool, self)
        self.grouping.finished.connect(self._maybe_idle)
        self.grouping.failed.connect(self._on_regroup_failed)
        self._workers: set[Any] = set()  # keep relays alive until their last signal
        self._status_dirty = False
        self._shown_once = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(100)
        self._count_timer.timeout.connect(self._update_count)

        self.setWindowTitle("Claimdesk")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)

        self._build_grid()
        self.compare = ComparePanel(self.ws)
        central = QSplitter(Qt.Orientation.Vertical)
        central.addWidget(self.grid_box)
        central.addWidget(self.compare)
        central.setSizes([520, 420])
        central.setChildrenCollapsible(False)
        self.central_splitter = central
        self.setCentralWidget(central)

        self._build_sources()
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
        self.edits = EditController(self.ws, self)
        self.edits.message.connect(lambda text: self.message(text, 6000))
        self.edits.regroup_needed.connect(self._regroup_now)
        self.edits.item_touched.connect(self._show_touched)
        self.ws.undo_changed.connect(self._update_undo_actions)

        self.sources_dock = self._dock("Sources", self.sources_view,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.events_dock = self._dock("Events && conflicts", self.events,
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.review_dock = self._dock("Review", self.review,
                                      Qt.DockWidgetArea.RightDockWidgetArea)

        self._icons: list[tuple[QAction, str]] = []
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.banner = ReadOnlyBanner(self)
        self.idle_checkpoint = IdleCheckpoint(self.ws)

        self.ws.reset.connect(self._after_reset)
        self.ws.grouping_changed.connect(self._refresh_filter_choices)
        self.ws.documents_changed.connect(self._refresh_filter_choices)
        # Bound methods, not lambdas: Qt drops the connection when the window goes away.
        self.ws.items_added.connect(self._schedule_count)
        self.ws.review_changed.connect(self._schedule_count)
        self._refresh_filter_choices()
        self._update_count()
        self._update_title()
        self._restore_state()
        self.apply_icons()

    # -- building --------------------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title.replace(" ", "_").replace("&", ""))
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_grid(self) -> None:
        self.model = ClaimTableModel(self.ws, self)
        self.grid = QTableView()
        self.grid.setObjectName("claims_grid")
        self.grid.setModel(self.model)
        # Unsorted (extraction order) until the checker clicks a header.
        self.grid.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.grid.setSortingEnabled(True)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setAlternatingRowColors(True)
        self.grid.setWordWrap(False)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the grid for the next control
        vheader = self.grid.verticalHeader()
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vheader.setVisible(False)
        header = self.grid.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        widths = {"source": 130, "figure": 130, "value": 70, "interval": 80, "measure": 80,
                  "subject": 130, "actor": 130, "place": 100, "period": 150,
                  "attribution": 130, "event": 200, "status": 80, "note": 140,
                  "sentence": 300, "rule": 80, "kind": 80}
        for n, column in enumerate(COLUMNS):
            header.resizeSection(n, widths.get(column.key, 100))
            header.setSectionHidden(n, not column.visible)
        self.grid.selectionModel().currentRowChanged.connect(self._grid_current)

        self.filter_text = QLineEdit()
        self.filter_text.setPlaceholderText("Find (Ctrl+F): figure, sentence, place, actor, note…")
        self.filter_text.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_text.textChanged.connect(lambda _t: self._filter_timer.start())
        # The first entry of each combo means "any" and names what the combo filters.
        self.filter_kind = self._combo([("All kinds", "all"), ("Figures", "figures"),
                                        ("Statements", "statements")])
        self.filter_measure = self._combo([("Measure", "")])
        self.filter_status = self._combo([("Status", "")] +
                                         [(s.capitalize(), s) for s in STATUSES])
        self.filter_event = self._combo([("Event", "")])
        self.filter_source = self._combo([("Source", "")])
        self.filter_conflicts = QCheckBox("Conflicts only")
        self.filter_conflicts.toggled.connect(lambda _c: self.apply_filter())
        self.count_label = QLabel()
        self.filter_text.setMinimumWidth(160)
        # Two rows (find, then the choices) so the grid fits beside both panels at 1280x720.
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.setSpacing(4)
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(self.filter_conflicts)
        choices = QHBoxLayout()
        choices.setContentsMargins(4, 0, 4, 0)
        choices.setSpacing(4)
        for widget in (self.filter_kind, self.filter_measure, self.filter_status,
                       self.filter_event, self.filter_source):
            choices.addWidget(widget, 1)
        self.grid_box = QWidget()
        box = QVBoxLayout(self.grid_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(bar)
        box.addLayout(choices)
        # Find also searches the full text of every source: passages listed by source.
        self.text_hits = QListWidget()
        self.text_hits.setObjectName("text_hits")
        self.text_hits.setMaximumHeight(TEXT_HITS_HEIGHT)
        self.text_hits.setVisible(False)
        self.text_hits.itemActivated.connect(self._show_text_hit)
        self.text_hits.itemClicked.connect(self._show_text_hit)
        box.addWidget(self.text_hits)
        box.addWidget(self.grid, 1)

    def _combo(self, entries: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        for text, data in entries:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def _build_sources(self) -> None:
        self.sources_model = SourceListModel(self.ws, self)
        view = QTableView()
        view.setObjectName("sources")
        view.setModel(self.sources_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 6):
            view.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._sources_menu)
        view.selectionModel().currentRowChanged.connect(self._source_current)
        view.doubleClicked.connect(self._source_activated)
        # F2 or a click on the selected cell edits a source's title or outlet
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.sources_model.meta_edited.connect(self.set_source_meta)
        self.sources_view = view

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setToolTip("Cancel the extraction (Esc): finished documents stay")
        self.cancel_button.clicked.connect(self.cancel_extraction)
        self.cancel_button.setVisible(False)
        self.status_label = QLabel()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.status_label.clear)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

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
        if self.run is not None:
            self.run.worker.cancel()
            self.run.worker.wait(10.0)
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
        value = self.settings.value("recent/projects", [])
        items = [value] if isinstance(value, str) else list(value or []) \
            if isinstance(value, list | tuple) else []
        return [str(p) for p in items if p]

    def _remember(self, path: str) -> None:
        recent = [p for p in self.recent_projects() if p != path]
        self.settings.setValue("recent/projects", [path, *recent][:MAX_RECENT])

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
        self.status_label.setText(text)
        if timeout_ms:
            self._message_timer.start(timeout_ms)
        else:
            self._message_timer.stop()

    # -- filter ----------------------------------------------------------------------------
    def current_filter(self) -> GridFilter:
        return GridFilter(
            text=self.filter_text.text().strip(),
            kind=str(self.filter_kind.currentData() or "all"),
            measure=str(self.filter_measure.currentData() or ""),
            status=str(self.filter_status.currentData() or ""),
            event_id=str(self.filter_event.currentData() or ""),
            document_id=str(self.filter_source.currentData() or ""),
            conflicts_only=self.filter_conflicts.isChecked(),
        )

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        keep = self.current_item_id()
        self.model.set_filter(self.current_filter())
        self.find_in_sources(self.filter_text.text())
        if keep and not self.select_item(keep, show=False):
            # A claim the filter hides is no longer current: the review panel, the panes
            # and the verdict keys must not act on what the checker cannot see.
            self.grid.selectionModel().clear()
            self.review.show_item("")
            self.compare.show_items([])
        self._update_count()

    def find_in_sources(self, text: str) -> None:
        """List the passages of the sources' full text that hold ``text`` (FTS5 in the
        project file), named by outlet and date; a click shows the passage."""
        self.text_hits.clear()
        hits = self.ws.backend.search_text(text) if len(text.strip()) >= MIN_FIND_CHARS else []
        for hit in hits:
            doc = self.ws.documents.get(hit.document_id)
            if doc is None:
                continue
            name = doc.source_label
            when = f", {doc.published:%d %b %Y}" if doc.published else ""
            item = QListWidgetItem(f"{name}{when}: {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.document_id, hit.start, hit.end))
            self.text_hits.addItem(item)
        self.text_hits.setVisible(bool(hits))

    def _show_text_hit(self, item: QListWidgetItem) -> None:
        doc_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.compare.show_passage(doc_id, start, end)

    def reset_filters(self) -> None:
        for combo in (self.filter_kind, self.filter_measure, self.filter_status,
                      self.filter_event, self.filter_source):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.filter_conflicts.blockSignals(True)
        self.filter_conflicts.setChecked(False)
        self.filter_conflicts.blockSignals(False)
        self.filter_text.blockSignals(True)
        self.filter_text.clear()
        self.filter_text.blockSignals(False)
        self.apply_filter()

    def _refresh_filter_choices(self) -> None:
        ws = self.ws

        def refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in entries:
                combo.addItem(text, data)
            n = combo.findData(current)
            combo.setCurrentIndex(max(n, 0))
            combo.blockSignals(False)

        measures = [m for m in MEASURES if any(c.measure == m for c in ws.claims.values())]
        refill(self.filter_measure, [("Measure", "")] + [(m, m) for m in measures]
               + ([("statements", "statement")] if ws.statements else []))
        refill(self.filter_event, [("Event", ""), ("No event", "-")] + [
            (e.label, e.id) for e in sorted(ws.events.values(), key=lambda e: e.label)])
        refill(self.filter_source, [("Source", "")] + [
            (d.outlet or d.title or d.name, d.id) for d in ws.documents.values()])

    def _schedule_count(self, *_: object) -> None:
        if not self._status_dirty:
            self._status_dirty = True
            self._count_timer.start()

    def _update_count(self) -> None:
        self._status_dirty = False
        total = len(self.ws.claims) + len(self.ws.statements)
        shown = self.model.rowCount()
        reviewed = sum(1 for r in self.ws.reviews.values() if r.status != "unverified")
        self.count_label.setText(f"{shown:,} of {total:,} shown · {reviewed:,} reviewed")

    def focus_find(self) -> None:
        self.filter_text.setFocus()
        self.filter_text.selectAll()

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns(menu)
        menu.exec(self.grid.horizontalHeader().mapToGlobal(pos))

    def _fill_columns(self, menu: QMenu) -> None:
        menu.clear()
        header = self.grid.horizontalHeader()
        for n, column in enumerate(COLUMNS):
            act = menu.addAction(column.title)
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(n))
            act.toggled.connect(lambda on, n=n: header.setSectionHidden(n, not on))

    # -- selection and navigation ----------------------------------------------------------
    def current_item_id(self) -> str:
        index = self.grid.currentIndex()
        if not index.isValid():
            return ""
        return str(self.model.data(index, ClaimTableModel.IdRole) or "")

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
            n = self.filter_source.findData(doc_id)
            if n >= 0:
                self.filter_source.setCurrentIndex(n)

    def _sources_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.act_import, self.act_paste])
        if self.selected_document_id():
            menu.addSeparator()
            menu.addActions([self.act_rerun, self.act_remove])
        menu.exec(self.sources_view.viewport().mapToGlobal(pos))

    def selected_document_id(self) -> str:
        return self.sources_model.document_id(self.sources_view.currentIndex().row())

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

    # -- sources and extraction ------------------------------------------------------------
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
        known = {os.path.abspath(d.path) for d in self.ws.documents.values() if d.path}
        files = expand_paths(paths)
        fresh = [p for p in files if os.path.abspath(p) not in known
                 and os.path.abspath(p) not in {os.path.abspath(q) for q in self.pending}]
        skipped = len(files) - len(fresh)
        if skipped:
            self.message(f"{skipped} file(s) already in the project: skipped", 5000)
        if not fresh:
            return []
        self.pending.extend(fresh)
        if self.run is None:
            self._ensure_project_file()
            self._start_next()
        return fresh

    def _ensure_project_file(self) -> None:
        if self.autosave_dir is None or self.ws.backend.path is not None:
            return
        import datetime as dt

        self.autosave_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H%M%S")
        path = self.autosave_dir / f"untitled {stamp}.claimdesk"
        if self.save_as(str(path)):
            self.message(f"Your work is saved as you go in {path} (File ▸ Save project as "
                         "to move it)", 10000)

    def _start_next(self) -> None:
        if not self.pending:
            return
        files, self.pending = self.pending, []
        self._start(ExtractionWorker(self.extract, files), label=f"{len(files)} file(s)",
                    total=len(files))

    def _start(self, worker: ExtractionWorker, *, label: str, rerun_of: str = "",
               total: int = 1) -> None:
        ids = RunIds(self.ws)
        if rerun_of:
            ids.map[rerun_of] = rerun_of
        self.run = _Run(worker, ids, rerun_of)
        worker.progress.connect(self._on_progress)
        worker.document.connect(self._on_document)
        worker.finished.connect(lambda r, w=worker: self._on_run_end(w, r, cancelled=False))
        worker.cancelled.connect(lambda r, w=worker: self._on_run_end(w, r, cancelled=True))
        worker.failed.connect(lambda m, w=worker: self._on_run_failed(w, m))
        self._workers.add(worker)
        # The count shows from the start: loading the language model takes seconds.
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m  loading the language model…")
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.act_cancel.setEnabled(True)
        self.message(f"Extracting {label}: loading the language model…")
        self.extraction_started.emit()
        worker.start(self.pool)

    def cancel_extraction(self) -> None:
        if self.run is not None:
            self.run.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.pending.clear()
            self.message("Cancelling: documents already finished are kept…")

    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {label[:30]}")
        self.message(f"Extracted {done} of {total}: {label}")

    def _on_document(self, partial: Result) -> None:
        run = self.run
        if run is None or run.rerun_of:
            return  # a re-run replaces its document in one step at the end
        fresh = run.ids.result(partial)
        try:
            self.ws.add_result(fresh)
        except ClaimdeskError as exc:
            self.message(str(exc))
            return
        run.streamed += len(fresh.documents)

    def _on_run_end(self, worker: ExtractionWorker, result: Result, *, cancelled: bool) -> None:
        run = self.run
        self._workers.discard(worker)
        if run is None or run.worker is not worker:
            return
        self.run = None
        fresh = run.ids.result(result)
        if run.rerun_of:
            if not cancelled and fresh.documents:
                try:
                    report = self.ws.replace_document(run.rerun_of, fresh)
                except ClaimdeskError as exc:
                    self.message(str(exc))
                else:
                    orphans = getattr(report, "orphans", ())
                    self.message(f"Re-extracted {fresh.documents[0].name}"
                                 + (f": {len(orphans)} verdict(s) could not be re-attached "
                                    "(kept as orphans)" if orphans else ""), 8000)
        else:
            # Documents the stream missed (none, normally) still arrive, then the failures.
            missing = [d for d in fresh.documents if d.id not in self.ws.documents]
            if missing:
                keep = {d.id for d in missing}
                self.ws.add_result(Result(
                    documents=tuple(missing),
                    claims=tuple(c for c in fresh.claims if c.document_id in keep),
                    statements=tuple(s for s in fresh.statements if s.document_id in keep)))
            if fresh.failures:
                self.ws.failures.extend(fresh.failures)
                self.ws.failures_changed.emit()
            done = len(fresh.documents) or run.streamed
            text = (f"Cancelled: {done} document(s) kept" if cancelled
                    else f"Extracted {done} document(s)")
            if fresh.failures:
                text += f"; {len(fresh.failures)} file(s) could not be read (see Sources)"
            self.message(text, 10000)
        self._end_progress()
        if not self.request_regroup(fallback=fresh):
            self._maybe_idle()
        self._start_next()

    def _on_run_failed(self, worker: ExtractionWorker, message: str) -> None:
        self._workers.discard(worker)
        if self.run is None or self.run.worker is not worker:
            return
        self.run = None
        self._end_progress()
        self.ws.failures.append(Failure(path="(extraction)", message=message))
        self.ws.failures_changed.emit()
        self.message(f"Extraction failed: {message}")
        log.error("Extraction failed: %s", message, extra={SHOWN: True})
        self.request_regroup()
        self._start_next()
        self._maybe_idle()

    def _end_progress(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.act_cancel.setEnabled(False)

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
        if self.run is not None:
            self.message("An extraction is running: paste again when it has finished", 5000)
            return
        self._ensure_project_file()
        self._start(ExtractionWorker(self.extract_documents, [doc]),
                    label=doc.title or "pasted text")

    def rerun_selected_source(self) -> None:
        doc_id = self.selected_document_id()
        doc = self.ws.documents.get(doc_id)
        if doc is None:
            return
        if self.run is not None:
            self.message("An extraction is running: re-run when it has finished", 5000)
            return
        self._start(ExtractionWorker(self.extract_documents, [doc]), label=doc.name,
                    rerun_of=doc.id)

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
        if self.run is None and not self.grouping.busy and not self.pending:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return self.run is not None or self.grouping.busy

    def _after_reset(self) -> None:
        self._refresh_filter_choices()
        self._update_count()
        self._update_title()

    # -- projects --------------------------------------------------------------------------
    def _switch_backend(self, backend: Project, *, remember: bool = True) -> None:
        old = self.ws.backend
        self.ws.replace_backend(backend)
        if old is not backend:
            old.close()
        self._update_undo_actions()
        self.banner.show_for(backend, self.actions_by_name, (self.review_dock,))
        path = backend.path
        if path and remember and not self._is_autosave(path):
            self._remember(str(path))
        self._update_title()
        if self.ws.claims and not self.ws.events:
            self.request_regroup()
        elif self.ws.statements and self.ws.events and not self.ws.statement_conflicts:
            # The project file keeps events, not statement conflicts: find them again.
            self.request_regroup(statements_only=True)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", "",
                                              "Claimdesk projects (*.claimdesk)")
        if path:
            self.create_project(path)

    def create_project(self, path: str) -> bool:
        if not path.endswith(".claimdesk"):
            path += ".claimdesk"
        try:
            project = Project.create(path)
        except ClaimdeskError as exc:
            QMessageBox.warning(self, "New project", str(exc))
            return False
        self._switch_backend(project)
        return True

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", "",
                                              "Claimdesk projects (*.claimdesk);;All files (*)")
        if path:
            self.open_project(path)

    def open_project(self, path: str) -> bool:
        opened = open_for_window(self, path)
        if opened is None:
            return False
        self._switch_backend(opened.project)
        self.message(f"Opened {path}", 5000)
        if opened.export_now:
            self.export_dialog()
        return True

    def save_copy(self) -> None:
        save_copy_dialog(self, self.ws.backend, self.message)

    def save_project_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Save project as", "",
                                              "Claimdesk projects (*.claimdesk)")
        if path:
            self.save_as(path)

    def save_as(self, path: str) -> bool:
        """Copy the project to ``path`` and keep working there. An unsaved (in-memory)
        project becomes a project file with all its work and its undo history."""
        if not path.endswith(".claimdesk"):
            path += ".claimdesk"
        try:
            if Path(path).exists() and self.ws.backend.path is None:
                os.remove(path)
            self.ws.backend.save_as(path)
        except (ClaimdeskError, OSError) as exc:
            QMessageBox.warning(self, "Save project as", str(exc))
            return False
        if not self._is_autosave(Path(path)):
            self._remember(path)
        self._update_title()
        return True

    def _is_autosave(self, path: Path) -> bool:
        """A project file the app made on its own (Open Recent lists only the checker's)."""
        return self.autosave_dir is not None and path.parent == self.autosave_dir

    def _reload_after_store_change(self) -> None:
        """The store changed reviews behind the cache: reload."""
        self.ws.reload()

    def import_reviews_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import reviews from workbook", "",
                                              "Excel workbooks (*.xlsx)")
        if path:
            self.import_reviews(path)

    def import_reviews(self, path: str) -> Any:
        """Status and Note from a reviewed workbook (``core.export.roundtrip.import_reviews``)."""
        from core.export.roundtrip import import_reviews

        try:
            report = import_reviews(path, self.ws.backend)
        except ClaimdeskError as exc:
            QMessageBox.warning(self, "Import reviews", str(exc))
            return None
        self._reload_after_store_change()
        self.message(report.summary, 10000)
        if report.messages:
            box = QMessageBox(QMessageBox.Icon.Information, "Import reviews", report.summary,
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText("\n".join(report.messages))
            box.exec()
        return report

    def orphans(self) -> list[Any]:
        return list(self.ws.backend.orphans())

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
        try:
            self.ws.backend.attach_orphan(orphan_id, item_id)
        except ClaimdeskError as exc:
            QMessageBox.warning(self, "Attach", str(exc))
            return False
        self._reload_after_store_change()
        self.select_item(item_id)
        self.message(f"Attached {orphan_id} to {item_id}", 5000)
        return True

    # -- export ----------------------------------------------------------------------------
    def export_dialog(self, kind: str = "") -> None:
        filters = {"xlsx": "Excel workbook (*.xlsx)", "csv": "CSV (*.csv)",
                   "json": "JSON (*.json)", "claimreview": "ClaimReview JSON-LD (*.jsonld)",
                   "report": "Report (*.pdf)"}
        chosen = [filters[kind]] if kind else list(filters.values())
        path, selected = QFileDialog.getSaveFileName(self, "Export", "", ";;".join(chosen))
        if not path:
            return
        if not kind:
            kind = next((k for k, f in filters.items() if f == selected), "xlsx")
        self.export(kind, path)

    def export(self, kind: str, path: str) -> CallWorker | None:
        """Write an export on a worker (a big workbook takes seconds); the snapshot of the
        project is taken here, so edits made meanwhile do not tear it."""
        path = with_suffix(path, kind)
        from core.export import writers as export

        result = self.ws.result()
        write: Callable[[], None]
        if kind == "xlsx":
            write = functools.partial(export.write_xlsx, result, path)
        elif kind == "csv":
            write = functools.partial(export.write_csv, result, path)
        elif kind == "json":
            write = functools.partial(export.write_json, result, path)
        elif kind == "report":
            # QTextDocument lays out on the GUI thread; a report is tens of pages, not 100k rows
            error = ""
            try:
                pages = write_report_pdf(result, path)
            except OSError as exc:
                error = str(exc)
            else:
                if not Path(path).is_file():
                    error = f"cannot write '{path}'"
                else:
                    log.info("Report: %s (%d pages)", path, pages)
            self._exported(None, path, error)
            return None
        elif kind == "claimreview":
            organisation, ok = QInputDialog.getText(
                self, "ClaimReview", "Publishing organisation:",
                text=str(self.settings.value("export/organisation", "")))
            if not ok or not organisation.strip():
                return None
            self.settings.setValue("export/organisation", organisation.strip())
            write = functools.partial(export.write_claimreview, result, path,
                                      organisation=organisation.strip())
        else:
            raise ValueError(f"unknown export kind {kind!r}")
        worker = CallWorker(write)
        worker.finished.connect(lambda _v, w=worker: self._exported(w, path, ""))
        worker.failed.connect(lambda message, w=worker: self._exported(w, path, message))
        self._workers.add(worker)
        self.message(f"Exporting {path}…")
        worker.start(self.pool)
        return worker

    def _exported(self, worker: CallWorker | None, path: str, error: str) -> None:
        if worker is not None:
            self._workers.discard(worker)
        if error:
            self.message(f"Export failed: {error}")
            log.error("Export to %s failed: %s", path, error, extra={SHOWN: True})
            QMessageBox.warning(self, "Export", error)
        else:
            self.message(f"Exported {path}", 8000)
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

"""The menu bar from ``gui.actions.MENUS``, and the menus it fills itself: Open recent,
Export, Verdict, the panels, the grid's columns and the theme."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QWidget

from gui.actions import MENUS, fill_menu
from gui.controllers.exports import EXPORT_ENTRIES
from gui.controllers.project import ProjectController
from gui.panels.grid import ClaimsGrid

THEMES = ("system", "light", "dark")
RECENT_CHARS = 60  # an Open Recent entry's width, in average characters


class MenuBar:
    """Fills ``bar``. ``open_project(path)``, ``export_dialog(kind)`` and ``set_theme(name)``
    are the window's; ``icons`` collects (action, icon name) for the window's ink."""

    def __init__(self, owner: QWidget, bar: QMenuBar, actions: Mapping[str, QAction], *,
                 project: ProjectController, grid: ClaimsGrid, docks: Sequence[QDockWidget],
                 verdicts: Sequence[QAction], open_project: Callable[[str], object],
                 export_dialog: Callable[[str], None], set_theme: Callable[[str], None],
                 icons: list[tuple[QAction, str]]) -> None:
        self.owner = owner
        self.project = project
        self.grid = grid
        self.docks = docks
        self.verdicts = verdicts
        self.open_project = open_project
        self.export_dialog = export_dialog
        self.set_theme = set_theme
        self.icons = icons
        self.theme_group = QActionGroup(owner)
        hooks = {"@recent": self._recent, "@export": self._export, "@verdicts": self._verdicts,
                 "@panels": self._panels, "@columns": self._columns, "@theme": self._theme}
        for title, entries in MENUS:
            fill_menu(bar.addMenu(title), entries, actions, hooks)

    def _recent(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent)

    def fill_recent(self) -> None:
        """One entry per project, a long path cut in the middle (its folder's start and the
        file name stay readable); the full path is the tooltip and the status tip."""
        menu = self.recent_menu
        menu.clear()
        menu.setToolTipsVisible(True)
        recent = self.project.recent_projects()
        width = menu.fontMetrics().averageCharWidth() * RECENT_CHARS
        for path in recent:
            shown = menu.fontMetrics().elidedText(path, Qt.TextElideMode.ElideMiddle, width)
            # "&" would make a mnemonic of the next letter and vanish from the entry.
            act = menu.addAction(shown.replace("&", "&&"),
                                 functools.partial(self.open_project, path))
            act.setToolTip(path)
            act.setStatusTip(path)
        if not recent:
            self.recent_menu.addAction("(none)").setEnabled(False)

    def _export(self, menu: QMenu) -> None:
        self.export_menu = menu.addMenu("E&xport")
        self.icons.append((self.export_menu.menuAction(), "export"))
        for label, kind in EXPORT_ENTRIES:
            self.export_menu.addAction(label, functools.partial(self.export_dialog, kind))

    def _verdicts(self, menu: QMenu) -> None:
        menu.addMenu("&Verdict").addActions(list(self.verdicts))

    def _panels(self, menu: QMenu) -> None:
        for dock in self.docks:
            menu.addAction(dock.toggleViewAction())

    def _columns(self, menu: QMenu) -> None:
        self.columns_menu = menu.addMenu("&Columns")
        self.columns_menu.aboutToShow.connect(
            lambda: self.grid.fill_columns(self.columns_menu))

    def _theme(self, menu: QMenu) -> None:
        theme = menu.addMenu("&Theme")
        for name in THEMES:
            act = theme.addAction(name.capitalize())
            act.setCheckable(True)
            act.setData(name)
            self.theme_group.addAction(act)
            act.triggered.connect(lambda _c=False, n=name: self.set_theme(n))

    def check_theme(self, name: str) -> None:
        for act in self.theme_group.actions():
            act.setChecked(act.data() == name)

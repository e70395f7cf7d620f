"""The window's layout: dock sizes on a first start, the checker's own layout restored
and saved (never with a panel hidden), and a layout saved on a small screen that does not
stay squashed on a big one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHeaderView,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QWidget,
)

FIRST_SIZE = (1500, 950)
SOURCES_SHARE = 0.27  # of the window's width, on a first start
REVIEW_SHARE = 0.24
REVIEW_MIN_SHARE = 0.2  # on a wide screen the Review panel gets at least this
TITLE_BAR = 40  # pixels the window manager's frame adds above a window
WIDE = 1500  # pixels: a screen where the Review panel must not stay narrow
SOURCES_EVENTS_HEIGHTS = (200, 600)  # the two left panels, in proportion


SCROLLED_MIN_HEIGHT = 160  # pixels: a scrolled panel's least height, its rest scrolls


class VerticalScroll(QScrollArea):
    """A panel that scrolls up and down when the window is short (a 16 pt font on a 720-pixel
    screen) and keeps its own least width, so it never needs a sideways scroll bar."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__()
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        panel = self.widget()
        width = panel.minimumSizeHint().width() if panel is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth(),
                     SCROLLED_MIN_HEIGHT)


class DockLayout:
    """``docks`` are (sources, events, review); ``splitter`` holds the grid and the panes."""

    def __init__(self, window: QMainWindow, settings: QSettings,
                 docks: Sequence[QDockWidget], splitter: QSplitter,
                 header: QHeaderView) -> None:
        self.window = window
        self.settings = settings
        self.sources, self.events, self.review = docks
        self.splitter = splitter
        self.header = header

    @property
    def saved(self) -> bool:
        return isinstance(self.settings.value("window/state"), QByteArray)

    def restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        else:  # the first size, within the screen (a 1280x720 laptop is smaller)
            room = self.window.screen().availableGeometry()
            self.window.resize(min(FIRST_SIZE[0], room.width()),
                               min(FIRST_SIZE[1], room.height() - TITLE_BAR))
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)
        # A saved layout never hides a panel: every review control stays reachable.
        for dock in (self.sources, self.events, self.review):
            if dock.isFloating():
                dock.setFloating(False)
            dock.setVisible(True)
        header = self.settings.value("grid/header")
        if isinstance(header, QByteArray):
            self.header.restoreState(header)

    def default(self) -> None:
        """Dock sizes for a first start (later starts restore the checker's own)."""
        width, height = self.window.width(), self.window.height()
        self.window.resizeDocks([self.sources, self.review],
                                [int(width * SOURCES_SHARE), int(width * REVIEW_SHARE)],
                                Qt.Orientation.Horizontal)
        self.window.resizeDocks([self.sources, self.events], list(SOURCES_EVENTS_HEIGHTS),
                                Qt.Orientation.Vertical)
        self.splitter.setSizes([height // 2, height // 2])

    def unsquash(self) -> None:
        """When the grid gets less than a third of the window (or a panel less than it
        needs), the panels take their default shares again."""
        width = self.window.width()
        squashed = self.splitter.width() < width // 3 or any(
            d.width() < d.minimumSizeHint().width() for d in (self.sources, self.review))
        if squashed or (width >= WIDE and self.review.width() < int(width * REVIEW_MIN_SHARE)):
            self.default()

    def save(self) -> None:
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.setValue("grid/header", self.header.saveState())
        self.settings.sync()

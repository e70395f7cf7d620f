"""The window's layout: dock sizes on a first start, the checker's own layout restored
and saved (never with a panel hidden), and a layout saved on a small screen that does not
stay squashed on a big one: the docks keep their shares of the window's width when it is
restored at another width or resized, never narrower than they need."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
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
# Pixels: the events tree's label, claim count, range and least figure stay readable (on a
# window too narrow for it, the first start's share is the least instead).
LEFT_MIN = 300
GRID_SHARE = 1 / 3  # the grid keeps at least this much of the window's width
SLACK = 4  # pixels a dock may be off its share before it is resized
SHARES_KEY = "window/dock_shares"  # "sources review", each a fraction of the window's width


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
        # No Tab stop of its own: tabbing from the conflicts to the note stopped on the scroll
        # area, where nothing showed the focus and a key did nothing (its controls still
        # scroll into view as Tab reaches them).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

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
        self._shown = False

    @property
    def saved(self) -> bool:
        return isinstance(self.settings.value("window/state"), QByteArray)

    def shown(self) -> None:
        """The window's first show: the checker's layout at its shares, else the defaults
        (once the window has its size). Later shows change nothing."""
        if self._shown:
            return
        self._shown = True
        if self.saved:
            shares = self.saved_shares()
            QTimer.singleShot(0, self.window, lambda: self.refit(shares))
        else:
            QTimer.singleShot(0, self.window, self.default)

    def resized(self, old_width: int) -> None:
        """The docks keep their shares of ``old_width`` (Qt gave the grid all the change);
        before the first show there is no layout to keep."""
        if not self._shown:
            return
        shares = self.shares(old_width)
        QTimer.singleShot(0, self.window, lambda: self.refit(shares))

    def shares(self, width: int | None = None) -> tuple[float, float] | None:
        """The left and right docks' fractions of ``width`` (default: the window's)."""
        width = self.window.width() if width is None else width
        if width <= 0:
            return None
        return self.sources.width() / width, self.review.width() / width

    def saved_shares(self) -> tuple[float, float] | None:
        """The shares the last session saved (None before there were any)."""
        parts = str(self.settings.value(SHARES_KEY, "")).split()
        try:
            left, right = (float(x) for x in parts)
        except ValueError:
            return None
        return (left, right) if 0 < left < 1 and 0 < right < 1 else None

    def left_min(self) -> int:
        """The least width of the left docks (sources above events)."""
        width = self.window.width()
        needed = max(d.minimumSizeHint().width() for d in (self.sources, self.events))
        return max(needed, min(LEFT_MIN, int(width * SOURCES_SHARE)))

    def right_min(self) -> int:
        """The least width of the Review panel: what it needs, and on a wide screen a share."""
        width = self.window.width()
        share = int(width * REVIEW_MIN_SHARE) if width >= WIDE else 0
        return max(self.review.minimumSizeHint().width(), share)

    def refit(self, shares: tuple[float, float] | None) -> None:
        """The docks at ``shares`` of the window's width (a layout saved at 1280 wide comes
        back in proportion at 2560), the left never below ``left_min`` nor the right below
        what it needs; a layout that leaves the grid less than its share takes the defaults."""
        width = self.window.width()
        left = max(int(width * shares[0]), self.left_min()) if shares else 0
        right = max(int(width * shares[1]), self.right_min()) if shares else 0
        if not shares or left + right > width * (1 - GRID_SHARE):
            self.unsquash()
        elif abs(left - self.sources.width()) > SLACK or abs(right - self.review.width()) > SLACK:
            self.window.resizeDocks([self.sources, self.review], [left, right],
                                    Qt.Orientation.Horizontal)

    def restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        # Qt refuses a geometry saved on a screen of another width (a 2560 monitor, then the
        # laptop): the window would stay at 640x480, so it takes the first size instead.
        if not (isinstance(geometry, QByteArray) and self.window.restoreGeometry(geometry)):
            # the first size, within the screen (a 1280x720 laptop is smaller)
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
        """When the grid gets less than its share of the window (or a panel less than its
        least width), the panels take their default shares again."""
        if (self.splitter.width() < self.window.width() * GRID_SHARE
                or self.sources.width() < self.left_min()
                or self.review.width() < self.right_min()):
            self.default()

    def save(self) -> None:
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.setValue("grid/header", self.header.saveState())
        shares = self.shares()
        if shares is not None:
            self.settings.setValue(SHARES_KEY, f"{shares[0]:.4f} {shares[1]:.4f}")
        self.settings.sync()

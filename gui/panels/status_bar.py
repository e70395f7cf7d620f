"""The status bar's widgets: a message that clears itself, the shown/reviewed counter, the
extraction progress and its Cancel button, and a note while the events are regrouped."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QToolButton

from gui.icons import icon

PROGRESS_WIDTH = 300  # pixels: "12 / 40" and a document's name (LABEL_CHARS)
LABEL_CHARS = 30  # of a document's name in the progress bar
# A regrouping shorter than this shows nothing (each document of a batch regroups: no flicker).
REGROUPING_DELAY_MS = 400
REGROUPING_TEXT = "Regrouping events…"


class StatusPanel(QObject):
    """Fills a window's QStatusBar; ``cancel_button`` is connected by the window."""

    def __init__(self, bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        # Fixed: beside a long message the bar was squeezed to "0 / 1 loading" on two lines.
        self.progress.setFixedWidth(PROGRESS_WIDTH)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setIcon(icon("cancel"))
        self.cancel_button.setText("Cancel")
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.setToolTip("Cancel the extraction (Esc): finished documents stay")
        self.cancel_button.setVisible(False)
        self.status_label = QLabel()
        # A long message gives way to the counter and the progress (its tooltip has it all).
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        self.count_label = QLabel()
        # A move in a project of thousands of claims regroups for minutes: the events panel
        # showed the old grouping with no word that a new one was coming.
        self.regrouping = QLabel(REGROUPING_TEXT)
        self.regrouping.setToolTip("Events and conflicts are being recomputed after the last "
                                   "change; the Events & conflicts panel follows when done")
        self.regrouping.setVisible(False)
        self._regrouping_timer = QTimer(self)
        self._regrouping_timer.setSingleShot(True)
        self._regrouping_timer.setInterval(REGROUPING_DELAY_MS)
        self._regrouping_timer.timeout.connect(lambda: self.regrouping.setVisible(True))
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.status_label.clear)
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.regrouping)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def follow(self, started: SignalInstance, *ended: SignalInstance) -> None:
        """Say "Regrouping events…" from ``started`` (after a short delay) until ``ended``."""
        started.connect(self._regrouping_timer.start)
        for signal in ended:
            signal.connect(self._regrouping_ended)

    def _regrouping_ended(self) -> None:
        self._regrouping_timer.stop()
        self.regrouping.setVisible(False)

    def message(self, text: str, timeout_ms: int = 0) -> None:
        """Show a status message; with a timeout it clears itself (unless replaced)."""
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        if timeout_ms:
            self._message_timer.start(timeout_ms)
        else:
            self._message_timer.stop()

    def set_count(self, shown: int, total: int, reviewed: int) -> None:
        self.count_label.setText(f"{shown:,} of {total:,} shown · {reviewed:,} reviewed")

    def start_progress(self, total: int) -> None:
        # The count shows from the start: loading the language model takes seconds.
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setFormat("%v / %m  loading the language model…")
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)

    def set_progress(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"%v / %m  {label[:LABEL_CHARS]}")

    def end_progress(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

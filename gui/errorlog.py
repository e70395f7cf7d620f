"""Errors go to a log file in the user's data folder (with their tracebacks) and to the
window, not only to stderr: a checker can send the file, and sees that something failed."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import types
from pathlib import Path

from PySide6.QtCore import QObject, Signal

LOG_NAME = "claimdesk.log"
LOG_BYTES = 1_000_000  # then rotated, two old files kept
SHOWN = "shown"  # ``extra={SHOWN: True}``: the window already said it; log it only

log = logging.getLogger("claimdesk")


class ErrorRelay(QObject):
    """Carries error records to the GUI thread (the signal is queued across threads)."""

    error = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.handler = _RelayHandler(self)


class _RelayHandler(logging.Handler):
    def __init__(self, relay: ErrorRelay) -> None:
        super().__init__(logging.ERROR)
        self.relay = relay

    def emit(self, record: logging.LogRecord) -> None:
        if not getattr(record, SHOWN, False):
            self.relay.error.emit(record.getMessage())


def install(folder: Path, relay: ErrorRelay | None = None) -> Path:
    """Log INFO and above to ``folder/claimdesk.log``; uncaught exceptions are logged with
    their traceback; errors also reach ``relay``. Returns the log file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=2,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    if relay is not None:
        root.addHandler(relay.handler)
    sys.excepthook = _log_uncaught
    return path


def _log_uncaught(kind: type[BaseException], value: BaseException,
                  tb: types.TracebackType | None) -> None:
    log.error("Unexpected error: %s: %s", kind.__name__, value, exc_info=(kind, value, tb))

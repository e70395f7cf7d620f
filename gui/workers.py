"""Workers relay, never think: each runs one core function on the thread pool and turns its
callbacks into Qt signals. Cancel is cooperative (a flag core polls between documents)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from core.errors import ClaimdeskError
from core.model import Result

# The shape of ``core.pipeline.run`` / ``run_documents`` after its first argument.
ExtractFn = Callable[..., Result]


def _spent(*_: Any, **__: Any) -> Any:
    """What a worker holds once it has run. A worker outlives its run (a slot's lambda that
    names it keeps it alive), and the closure it ran held a snapshot of the project: every
    regroup kept one more copy of the claims and events."""
    raise RuntimeError("a worker runs once")


class ExtractionWorker(QObject):
    """Runs ``fn(source, progress=…, cancelled=…, on_document=…)`` off the GUI thread.

    Signals arrive on the GUI thread (queued): ``document`` for each finished document's
    partial Result, ``progress(done, total, label)``, then exactly one of ``finished(Result)``,
    ``cancelled(Result)`` (what finished before the cancel) or ``failed(message)``.
    """

    progress = Signal(int, int, str)
    document = Signal(object)
    finished = Signal(object)
    cancelled = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: ExtractFn, source: Any, *, parent: QObject | None = None,
                 **options: Any) -> None:
        super().__init__(parent)
        self._fn = fn
        self._source = source
        self._options = options
        self._cancel = threading.Event()
        self._done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Call(self._run))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def is_done(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the run ended (for shutdown: never called while the GUI is live)."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        # Run once; the worker then holds neither the function nor its input (see _spent).
        fn, source, options = self._fn, self._source, self._options
        self._fn, self._source, self._options = _spent, None, {}
        try:
            result = fn(
                source,
                progress=self.progress.emit,
                cancelled=self._cancel.is_set,
                on_document=self.document.emit,
                **options,
            )
        except ClaimdeskError as exc:
            self._done.set()
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug in core must not take the window down
            traceback.print_exc()
            self._done.set()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._done.set()
        if self._cancel.is_set():
            self.cancelled.emit(result)
        else:
            self.finished.emit(result)


class CallWorker(QObject):
    """Runs one plain function off the GUI thread: ``finished(value)`` or ``failed(message)``."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Call(self._run))

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def _run(self) -> None:
        fn, self._fn = self._fn, _spent  # see _spent
        try:
            value = fn()
        except ClaimdeskError as exc:  # a message written for the user, as it is
            self._done.set()
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            traceback.print_exc()
            self._done.set()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self._done.set()
        self.finished.emit(value)


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], None]) -> None:
        super().__init__()
        self._fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            self._fn()
        except RuntimeError as exc:
            # The relay was deleted with its window while the work ran: nobody is listening.
            if "deleted" not in str(exc):
                raise

"""Export dispatch as a QObject, testable without a window: the project's snapshot is
taken on the GUI thread, the file written on a worker (a big workbook takes seconds)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from gui.errorlog import SHOWN
from gui.report import write_report_pdf
from gui.state import Workspace
from gui.workers import CallWorker

log = logging.getLogger(__name__)

# Every export kind once: its name in dialogs and menus, and its file extension.
EXPORT_KINDS = {"xlsx": ("Excel workbook", ".xlsx"), "csv": ("CSV", ".csv"),
                "json": ("JSON", ".json"), "claimreview": ("ClaimReview JSON-LD", ".jsonld"),
                "report": ("Report", ".pdf")}
EXPORT_SUFFIXES = {kind: suffix for kind, (_, suffix) in EXPORT_KINDS.items()}
EXPORT_FILTERS = {kind: f"{name} (*{suffix})" for kind, (name, suffix) in EXPORT_KINDS.items()}
EXPORT_ENTRIES = tuple((f"{name} ({suffix})…", kind)
                       for kind, (name, suffix) in EXPORT_KINDS.items())


def with_suffix(path: str, kind: str) -> str:
    """The export path with its type's extension ("seeds_export" as Excel is
    "seeds_export.xlsx"); a path that already ends in it is left alone."""
    suffix = EXPORT_SUFFIXES.get(kind, "")
    return path if path.lower().endswith(suffix) else path + suffix


def kind_of(path: str, chosen: str) -> str:
    """The export type of a typed name: its extension when it is one of ours ("out.csv"
    with Excel chosen in the list is CSV, not "out.csv.xlsx"), else the chosen type's."""
    suffix = Path(path).suffix.lower()
    return next((kind for kind, known in EXPORT_SUFFIXES.items() if known == suffix), chosen)


class ExportController(QObject):
    done = Signal(str, str)  # path, error message ("" on success)
    message = Signal(str, int)

    def __init__(self, workspace: Workspace, *, pool: QThreadPool | None = None,
                 keep: set[Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.pool = pool or QThreadPool.globalInstance()
        self.keep = keep if keep is not None else set()

    def export(self, kind: str, path: str, *, organisation: str = "") -> CallWorker | None:
        """Write an export on a worker (the PDF report on this thread: QTextDocument lays
        out here, and a report is tens of pages, not 100k rows). ``organisation`` is the
        publisher ClaimReview names."""
        path = with_suffix(path, kind)
        from core.export import claimreview, csvfile, jsonfile, xlsx

        result = self.ws.result()
        write: Callable[[], None]
        if kind == "report":
            self._finish(None, path, self._report(result, path))
            return None
        if kind == "xlsx":
            write = functools.partial(xlsx.write_xlsx, result, path)
        elif kind == "csv":
            write = functools.partial(csvfile.write_csv, result, path)
        elif kind == "json":
            write = functools.partial(jsonfile.write_json, result, path)
        elif kind == "claimreview":
            write = functools.partial(claimreview.write_claimreview, result, path,
                                      organisation=organisation)
        else:
            raise ValueError(f"unknown export kind {kind!r}")
        worker = CallWorker(write)
        worker.finished.connect(lambda _v, w=worker: self._finish(w, path, ""))
        worker.failed.connect(lambda message, w=worker: self._finish(w, path, message))
        self.keep.add(worker)
        self.message.emit(f"Exporting {path}…", 0)
        worker.start(self.pool)
        return worker

    @staticmethod
    def _report(result: Any, path: str) -> str:
        try:
            pages = write_report_pdf(result, path)
        except OSError as exc:
            return str(exc)
        if not Path(path).is_file():
            return f"cannot write '{path}'"
        log.info("Report: %s (%d pages)", path, pages)
        return ""

    def _finish(self, worker: CallWorker | None, path: str, error: str) -> None:
        if worker is not None:
            self.keep.discard(worker)
        if error:
            self.message.emit(f"Export failed: {error}", 0)
            log.error("Export to %s failed: %s", path, error, extra={SHOWN: True})
        else:
            self.message.emit(f"Exported {path}", 8000)
        self.done.emit(path, error)

"""The extraction queue as a QObject, testable without a window: files and pasted or
re-run documents go to ``core.pipeline`` on a worker; each finished document reaches the
workspace as soon as the worker streams it; cancel keeps what is done."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal
from PySide6.QtGui import QAction

from core.errors import ClaimdeskError, Errors
from core.model import Document, Failure, Result
from core.settings import DEFAULT_SETTINGS
from gui.errorlog import SHOWN
from gui.state import RunIds, Workspace
from gui.workers import ExtractFn, ExtractionWorker

log = logging.getLogger(__name__)
ZERO_COUNTS_KEY = "extract/zero_counts"
GROUPING = "grouping the claims into events…"  # what a run does after its last document
READ = "read"  # before the name of the file last read, in the progress bar


def default_run(paths: Sequence[str], **options: Any) -> Result:
    from core.pipeline import run

    return run(paths, **options)


def default_run_documents(documents: Sequence[Document], **options: Any) -> Result:
    from core.pipeline import run_documents

    return run_documents(documents, **options)


def supported_suffixes() -> tuple[str, ...]:
    from core.ingest.files import SUPPORTED_SUFFIXES  # on first use: the readers load late

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
class Run:
    """One extraction in flight: new files, or a re-run of one document."""

    worker: ExtractionWorker
    ids: RunIds
    rerun_of: str = ""
    streamed: int = 0
    files: int = 1  # as the checker dropped them: the core counts only the ones it could read
    paths: tuple[str, ...] = ()  # the files of the run, to name those a crash left unread


class ExtractionController(QObject):
    """Queues files, runs one extraction at a time and feeds the workspace.

    ``before_start`` runs before the first extraction of a batch (the window makes an
    unsaved project a file there, so no verdict lives only in memory)."""

    started = Signal(str, int)  # label, number of documents
    progress = Signal(int, int, str)  # done, total, label
    cancelling = Signal()
    ended = Signal(object)  # the run is over: the Result to group if grouping fails, or None
    message = Signal(str, int)  # text, timeout in ms (0: stays)

    def __init__(self, workspace: Workspace, *, extract: ExtractFn | None = None,
                 extract_documents: ExtractFn | None = None, pool: QThreadPool | None = None,
                 keep: set[Any] | None = None, before_start: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.extract = extract or default_run
        self.extract_documents = extract_documents or default_run_documents
        self.pool = pool or QThreadPool.globalInstance()
        self.keep = keep if keep is not None else set()  # workers alive until their last signal
        self.before_start = before_start or (lambda: None)
        self.run: Run | None = None
        self.pending: list[str] = []
        self.zero_counts = False  # File ▸ Read zero counts, for the runs started after it

    def bind_zero_counts(self, action: QAction, prefs: QSettings) -> None:
        """The option's menu entry, its state kept in ``prefs`` across sessions."""
        self.zero_counts = bool(prefs.value(ZERO_COUNTS_KEY, False, type=bool))
        action.setChecked(self.zero_counts)

        def toggled(on: bool) -> None:
            self.zero_counts = on
            prefs.setValue(ZERO_COUNTS_KEY, on)
            self.message.emit("Zero counts are read in files imported or re-run from now on"
                              if on else "Zero counts are no longer read", 5000)

        action.toggled.connect(toggled)

    def _options(self) -> dict[str, Any]:
        return {"settings": DEFAULT_SETTINGS.replace(zero_counts=True)} if self.zero_counts else {}

    @property
    def busy(self) -> bool:
        return self.run is not None

    def _read_only(self) -> bool:
        """A read-only project takes no source (it could not be saved): say so instead."""
        reason = self.ws.backend.read_only
        if reason is not None:
            self.message.emit(f"No source added: the project is open read-only because "
                              f"{reason} (File ▸ Save a Copy makes one you can edit)", 8000)
        return reason is not None

    def import_files(self, paths: Sequence[str]) -> list[str]:
        """Extract the files (folders expanded) in a worker; returns the files queued."""
        if self._read_only():
            return []
        known = self._read_paths()
        files = expand_paths(paths)
        queued = {os.path.abspath(q) for q in self.pending}
        fresh = [p for p in files if os.path.abspath(p) not in known
                 and os.path.abspath(p) not in queued]
        skipped = len(files) - len(fresh)
        if skipped:
            self.message.emit(f"{skipped} file(s) already in the project: skipped", 5000)
        if not fresh:
            return []
        self.pending.extend(fresh)
        if self.run is None:
            self.before_start()
            self._start_next()
        return fresh

    def extract_document(self, doc: Document, *, label: str, rerun_of: str = "") -> bool:
        """Extract one document (pasted, or a re-run of ``rerun_of``); False while busy."""
        if self._read_only():
            return False
        if self.run is not None:
            what = "re-run" if rerun_of else "paste again"
            self.message.emit(f"An extraction is running: {what} when it has finished", 5000)
            return False
        if not rerun_of:
            self.before_start()
        self._start(ExtractionWorker(self.extract_documents, [doc], **self._options()),
                    label=label, rerun_of=rerun_of)
        return True

    def set_publication_date(self, doc_id: str, text: str) -> bool:
        """The checker gives a source its publication date (the Sources panel's Date cell,
        F2): it is extracted again with that date, so "on Sunday" gets its day and its
        figures can join other reports' events. False if the text is no date (said in the
        status bar), the date is the source's already, or an extraction is running."""
        doc = self.ws.documents.get(doc_id)
        if doc is None:
            return False
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            self.message.emit(Errors.E016.format(value=text.strip()), 8000)
            return False
        if day == doc.published:
            return False
        # Errors.W001, and the HTML, PDF and Word readers' own notes of a missing date, go.
        dated = dataclasses.replace(doc, published=day, published_source="user", warnings=tuple(
            w for w in doc.warnings if not w.startswith("publication date not found")))
        return self.extract_document(dated, label=f"{doc.name} dated {day}", rerun_of=doc.id)

    def cancel(self) -> None:
        if self.run is not None:
            self.run.worker.cancel()
            self.pending.clear()
            self.cancelling.emit()
            self.message.emit("Cancelling: documents already finished are kept…", 0)

    def close(self, timeout: float = 10.0) -> None:
        if self.run is not None:
            self.run.worker.cancel()
            self.run.worker.wait(timeout)

    def _start_next(self) -> None:
        if not self.pending:
            return
        files, self.pending = self.pending, []
        self._start(ExtractionWorker(self.extract, files, **self._options()),
                    label=f"{len(files)} file(s)",
                    total=len(files), paths=tuple(files))

    def _start(self, worker: ExtractionWorker, *, label: str, rerun_of: str = "",
               total: int = 1, paths: tuple[str, ...] = ()) -> None:
        ids = RunIds(self.ws)
        if rerun_of:
            ids.map[rerun_of] = rerun_of
        self.run = Run(worker, ids, rerun_of, files=total, paths=paths)
        worker.progress.connect(self._on_progress)
        worker.document.connect(self._on_document)
        worker.finished.connect(lambda r, w=worker: self._on_run_end(w, r, cancelled=False))
        worker.cancelled.connect(lambda r, w=worker: self._on_run_end(w, r, cancelled=True))
        worker.failed.connect(lambda m, w=worker: self._on_run_failed(w, m))
        self.keep.add(worker)
        self.started.emit(label, total)
        self.message.emit(f"Extracting {label}: loading the language model…", 0)
        worker.start(self.pool)

    def _on_progress(self, done: int, total: int, label: str) -> None:
        # Five files dropped, two unreadable: the bar went from "0 / 5" to "1 / 3". It keeps
        # counting the files dropped, an unreadable one counted as done.
        unread = max((self.run.files if self.run else total) - total, 0)
        # The last document read, the run groups the batch (a 3,000-claim file: most of a
        # minute), and the bar sat on "7 / 7 huge.txt" with Cancel and no word of it.
        grouping = done >= total
        # The bar names the file just read: "7 / 8  r3.txt" while the eighth, a huge file,
        # took a minute read as if the small r3.txt were stuck.
        self.progress.emit(done + unread, total + unread,
                           GROUPING if grouping else f"{READ} {label}")
        note = f" · {unread} file(s) could not be read" if unread else ""
        self.message.emit(f"Extracted {done} of {total}: {label}{note}"
                          + (f" · {GROUPING}" if grouping else ""), 0)

    def _on_document(self, partial: Result) -> None:
        run = self.run
        if run is None or run.rerun_of:
            return  # a re-run replaces its document in one step at the end
        fresh = run.ids.result(partial)
        try:
            self.ws.add_result(fresh)
        except ClaimdeskError as exc:
            self.message.emit(str(exc), 0)
            return
        run.streamed += len(fresh.documents)

    def _on_run_end(self, worker: ExtractionWorker, result: Result, *, cancelled: bool) -> None:
        run = self.run
        self.keep.discard(worker)
        if run is None or run.worker is not worker:
            return
        self.run = None
        fresh = run.ids.result(result)
        if run.rerun_of:
            if not cancelled and fresh.documents:
                self._replace(run.rerun_of, fresh)
        else:
            self._finish_batch(run, fresh, cancelled=cancelled)
        self.ended.emit(fresh)
        self._start_next()

    def _replace(self, doc_id: str, fresh: Result) -> None:
        try:
            report = self.ws.replace_document(doc_id, fresh)
        except ClaimdeskError as exc:
            self.message.emit(str(exc), 0)
            return
        orphans = getattr(report, "orphans", ())
        self.message.emit(f"Re-extracted {fresh.documents[0].name}"
                          + (f": {len(orphans)} verdict(s) could not be re-attached "
                             "(kept as orphans)" if orphans else ""), 8000)

    def _finish_batch(self, run: Run, fresh: Result, *, cancelled: bool) -> None:
        # Documents the stream missed (none, normally) still arrive, then the failures.
        missing = [d for d in fresh.documents if d.id not in self.ws.documents]
        if missing:
            keep = {d.id for d in missing}
            self.ws.add_result(Result(
                documents=tuple(missing),
                claims=tuple(c for c in fresh.claims if c.document_id in keep),
                statements=tuple(s for s in fresh.statements if s.document_id in keep)))
        self.ws.add_failures(fresh.failures)
        done = len(fresh.documents) or run.streamed
        text = (f"Cancelled: {done} document(s) kept" if cancelled
                else f"Extracted {done} document(s)")
        if fresh.failures:
            text += f"; {len(fresh.failures)} file(s) could not be read (see Sources)"
        self.message.emit(text, 10000)

    def _read_paths(self) -> set[str]:
        """The project's documents' files, as absolute paths."""
        return {os.path.abspath(d.path) for d in self.ws.documents.values() if d.path}

    def _unread(self, paths: Sequence[str]) -> list[str]:
        read = self._read_paths()
        return [p for p in paths if os.path.abspath(p) not in read]

    def _on_run_failed(self, worker: ExtractionWorker, message: str) -> None:
        self.keep.discard(worker)
        if self.run is None or self.run.worker is not worker:
            return
        run, self.run = self.run, None
        unread = self._unread(run.paths)
        if unread:
            # Kept with the project like an unreadable file: the checker sees which files
            # to add again, after a restart too; the documents already streamed stay.
            self.ws.add_failures([Failure(path=p, message=f"{p}: not read, the extraction "
                                          f"stopped with an error ({message}); add it again")
                                  for p in unread])
        else:
            self.ws.failures.append(Failure(path="(extraction)", message=message))
            self.ws.failures_changed.emit()
        note = f"; {len(unread)} file(s) not read (see Sources)" if unread else ""
        self.message.emit(f"Extraction failed: {message}{note}", 0)
        log.error("Extraction failed: %s", message, extra={SHOWN: True})
        self.ended.emit(None)
        self._start_next()

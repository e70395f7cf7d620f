"""The project file: one SQLite database per project (``.claimdesk``).

It holds the documents, the extracted claims and statements, the checker's corrections
*beside* the extracted values (never over them), verdicts, event decisions, the settings used,
the events and conflicts of the last run, and an append-only history of every change.

Safety by construction: every user action is one ``BEGIN IMMEDIATE … COMMIT`` transaction in
write-ahead-log mode, so there is no "Save": killing the process at any moment loses at most
the action in flight. ``synchronous=FULL`` makes each commit durable across a power cut too
(WAL with NORMAL survives a process kill but may lose the last commits when the OS dies);
actions come at the pace of a person clicking, so one fsync per action costs nothing felt.

The schema version lives in ``PRAGMA user_version`` and ``MIGRATIONS`` brings any older file
up to date; ``PRAGMA application_id`` tells a project from any other SQLite file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from core.errors import Errors, ProjectError
from core.model import STATUSES, Claim, Conflict, Document, Event, Failure, Result, Review
from core.project.codec import encode, now
from core.project.copying import write_copy
from core.project.corrections import CORRECTABLE, CORRECTABLE_ORDER, check_correction, effective
from core.project.journal import Step
from core.project.queries import DecisionRow, HistoryEntry, TextHit
from core.project.reattach import Orphan, ReattachReport
from core.project.rerun import ReattachingProject, result_counts
from core.project.schema import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    SUFFIX,
    Damage,
    check_header,
    configure,
    explain,
    is_read_only,
    migrate,
    writable,
)
from core.settings import Settings


class Project(ReattachingProject):
    """An open project file. Every mutating method is one committed action with a history row.

    Use a ``Project`` from the thread that opened it (sqlite3's rule); a worker thread opens
    its own ``Project`` on the same path: write-ahead logging lets them read side by side, and
    ``BEGIN IMMEDIATE`` with a busy timeout queues their writes.
    """

    @classmethod
    def memory(cls) -> Project:
        """A project in SQLite's memory (same schema, same actions, same undo) until
        ``save_as`` writes it to a file."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        migrate(conn, Path(":memory:"), 0, upto=SCHEMA_VERSION)
        return cls(conn, None)

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Project:
        target = Path(path)
        if target.exists():
            raise ProjectError(Errors.E030.format(path=target))
        try:
            conn = sqlite3.connect(target, isolation_level=None)
        except sqlite3.Error as exc:
            raise ProjectError(Errors.E031.format(path=target, reason=exc)) from exc
        try:
            configure(conn)
            migrate(conn, target, 0, upto=SCHEMA_VERSION)
        except BaseException:
            conn.close()
            target.unlink(missing_ok=True)
            raise
        return cls(conn, target)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, salvage: bool = False) -> Project:
        """Open a project to work on. A file or folder Claimdesk cannot write to opens
        read-only (``read_only`` says why); ``salvage=True`` opens a damaged project
        read-only, skipping the rows that cannot be read (``damage()`` names them)."""
        target = Path(path)
        reason = _read_only_reason(target, salvage=salvage)
        if reason is not None:
            return cls._open_read_only(target, reason, salvage=salvage)
        try:
            conn = sqlite3.connect(
                f"{target.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None
            )
        except sqlite3.Error as exc:
            if is_read_only(exc):
                return cls._open_read_only(target, str(exc))
            raise ProjectError(f"{target}: {Errors.E013} ({exc})") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = check_header(conn, target)
            configure(conn)
            if not writable(conn):
                conn.close()
                return cls._open_read_only(target, "the file cannot be written")
            if version < SCHEMA_VERSION:
                migrate(conn, target, version, upto=SCHEMA_VERSION)
        except sqlite3.Error as exc:
            conn.close()
            if is_read_only(exc):  # e.g. a read-only folder: no room for the log
                return cls._open_read_only(target, str(exc))
            raise explain(exc, target) from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, target)

    @classmethod
    def _open_read_only(cls, target: Path, reason: str, *, salvage: bool = False) -> Project:
        """The project through a read-only connection (nothing is written to the file or its
        folder); an older schema is brought up to date in a copy in memory."""
        uri = f"{target.resolve().as_uri()}?mode=ro"
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # a log-mode file in a read-only folder has no room for its index: read the
                # file as it stands (an unfinished log beside it cannot be read there)
                conn.close()
                conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = check_header(conn, target)
            if version < SCHEMA_VERSION:
                memory = sqlite3.connect(":memory:", isolation_level=None)
                conn.backup(memory)
                conn.close()
                conn = memory
                migrate(conn, target, version, upto=SCHEMA_VERSION)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise explain(exc, target) from exc
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        return cls(conn, target, read_only=reason, salvage=salvage)

    def backup(self, dest: sqlite3.Connection) -> None:
        """Copy the whole project, as this connection sees it, into ``dest`` (SQLite's
        backup API: consistent while others write)."""
        self._conn.backup(dest)

    def checkpoint(self) -> None:
        """Move every committed action from the write-ahead log into the project file, so
        the ``.claimdesk`` file alone holds them (the window calls this when edits settle).
        Best effort: a reader still in a transaction only delays it to the next call."""
        if self._read_only is not None or self._path is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def close(self) -> None:
        """Close the project, its log folded into the file first: after closing, copying the
        ``.claimdesk`` file alone copies everything (also while a worker still has it open)."""
        self.checkpoint()
        self._conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_as(self, path: str | os.PathLike[str]) -> None:
        """Copy the project with SQLite's backup API to ``path`` (through a temporary file
        renamed into place) and continue working on the copy, as "Save As" does."""
        target, source = Path(path), self._path
        if source is not None and target.exists() and target.resolve() == source.resolve():
            return
        if Path(f"{target}-wal").exists():
            raise ProjectError(Errors.E035.format(target=target))
        write_copy(self._conn.backup, target, target.with_name(f".{target.name}.{os.getpid()}.tmp"))
        copy = Project.open(target)
        self._conn.close()
        self._conn, self._path = copy._conn, copy._path
        with self._action("save_as") as detail:
            detail["copied_from"] = str(source) if source is not None else ":memory:"

    def set_settings(self, settings: Settings) -> None:
        with self._action("set_settings") as detail:
            detail.update(settings.as_dict())
            self._put_settings(settings)

    def add_result(self, result: Result, *, settings: Settings | None = None) -> None:
        """Add a run's new documents with their claims and statements; the run's events and
        conflicts replace the last run's. Ids already in the project are refused: re-running
        documents goes through ``replace_extraction``, which keeps the checker's work."""
        existing = {
            r[0] for table in ("documents", "claims", "statements")
            for r in self._conn.execute(f"SELECT id FROM {table}")
        }
        ids = [d.id for d in result.documents] + [c.id for c in result.claims]
        ids += [s.id for s in result.statements]
        clash = sorted(existing.intersection(ids))
        if clash:
            raise ProjectError(Errors.E034.format(ids=", ".join(clash[:5])))
        with self._action("add_result") as detail:
            detail.update(result_counts(result))
            self._put_documents(result.documents)
            self._put_failures(result.failures, result.documents)
            self._put_claims(result.claims)
            self._put_statements(result.statements)
            self._put_events(result.events, result.conflicts)
            for review in result.reviews.values():
                self._put_review(review)
            if settings is not None:
                self._put_settings(settings)

    def add_failures(self, failures: Sequence[Failure]) -> None:
        """Files a run could not read, kept with the project (one row a file, the latest
        message); the next run that reads the file removes its row."""
        if not failures:
            return
        with self._action("add_failures") as detail:
            detail["files"] = len(failures)
            self._put_failures(failures, ())

    def set_grouping(self, events: Sequence[Event], conflicts: Sequence[Conflict]) -> None:
        """The events and conflicts of a re-grouping (derived data: not an undoable edit)."""
        with self._action("set_grouping") as detail:
            detail.update(events=len(events), conflicts=len(conflicts))
            self._put_events(events, conflicts)

    def set_review(self, review: Review, *, label: str | None = None) -> None:
        self.set_reviews([review], action="set_review", item_id=review.item_id,
                         label=label or f"Verdict on {review.item_id}")

    def set_reviews(
        self,
        reviews: Iterable[Review],
        *,
        action: str = "set_reviews",
        item_id: str | None = None,
        source: str | None = None,
        label: str | None = None,
    ) -> None:
        """Several verdicts as one action (an import from a reviewed workbook) and one step
        of Undo. A ``Review`` equal to the default (unverified, no note, no evidence) removes
        the item's review row, so undoing a first verdict leaves no trace."""
        batch = list(reviews)
        for review in batch:
            if review.status not in STATUSES:
                raise ProjectError(Errors.E033.format(what="status", item_id=review.status))
            if not self._has_item(review.item_id):
                raise ProjectError(Errors.E033.format(what="item", item_id=review.item_id))
        undo = label or (f"Import {len(batch)} verdicts" if source else
                         f"Verdicts on {len(batch)} items")
        with self._action(action, item_id, undo=undo) as detail:
            if source:
                detail["source"] = source
            changes = []
            for r in batch:
                was = self.review(r.item_id)
                changes.append({"item_id": r.item_id, "status": r.status, "note": r.note,
                                "evidence": list(r.evidence),
                                "was": encode(was) if was is not None else None})
                blank = r.status == "unverified" and not r.note and not r.evidence
                self._set_row("review", r.item_id, None if blank else {
                    "status": r.status, "note": r.note, "evidence": list(r.evidence)})
            detail["changes"] = changes

    def set_correction(self, claim_id: str, field: str, value: object) -> None:
        """Record the checker's value for one field of a claim, beside the extracted one
        (``None`` says the field has no value, e.g. no actor; ``clear_correction`` goes back
        to the extracted value)."""
        if not self._has_claim(claim_id):
            raise ProjectError(Errors.E033.format(what="claim", item_id=claim_id))
        checked = check_correction(claim_id, field, value)
        with self._action("set_correction", claim_id,
                          undo=f"Correct {field} of {claim_id}") as detail:
            detail.update(field=field, value=encode(checked))
            self._set_row("correction", [claim_id, field], {"v": encode(checked)})

    def clear_correction(self, claim_id: str, field: str) -> None:
        """Go back to the extracted value of one field."""
        with self._action("clear_correction", claim_id,
                          undo=f"Clear the correction of {field}") as detail:
            detail["field"] = field
            self._set_row("correction", [claim_id, field], None)

    def add_decision(self, kind: str, claim_ids: Sequence[str]) -> int:
        """Record one event decision (kinds: ``core.group.decisions``); returns its id."""
        return self.add_decisions([(kind, claim_ids)], label=f"Event decision: {kind}")[0]

    def add_decisions(
        self, decisions: Sequence[tuple[str, Sequence[str]]], *, label: str
    ) -> list[int]:
        """Several event decisions as one action and one step of Undo; returns their ids."""
        with self._action("add_decision", undo=label) as detail:
            detail["decisions"] = [
                {"kind": kind, "claim_ids": list(ids)} for kind, ids in decisions]
            row = self._conn.execute(
                "SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'decisions'"
            ).fetchone()
            top = max(int(row[0]), int(self._conn.execute(
                "SELECT COALESCE(MAX(id), 0) FROM decisions").fetchone()[0]))
            made = []
            for n, (kind, ids) in enumerate(decisions, start=top + 1):
                self._set_row("decision", n, {"kind": kind, "claim_ids": list(ids),
                                              "time": now()})
                made.append(n)
        return made

    def add_manual_claim(self, claim: Claim) -> Claim:
        """Add a claim the checker marked by hand; the project gives it its id (``m1``, ``m2``…)
        so a later run's ids never collide with it. Returns the stored claim."""
        if self.document(claim.document_id) is None:
            raise ProjectError(Errors.E033.format(what="document", item_id=claim.document_id))
        with self._action("add_manual_claim",
                          undo=f"Add claim \u201c{claim.number_text}\u201d") as detail:
            taken = {r[0] for r in self._conn.execute(
                "SELECT id FROM claims WHERE id LIKE 'm%'")}
            n = len(taken) + 1
            while f"m{n}" in taken or self._has_item(f"m{n}"):
                n += 1
            stored = dataclasses.replace(claim, id=f"m{n}", manual=True)
            self._set_row("claim", stored.id, encode(stored))
            detail["claim"] = encode(stored)
        return stored

    def set_document_meta(self, doc_id: str, *, outlet: str | None,
                          title: str | None) -> Document:
        """The checker's outlet and title for a source (what explanations and the grid name
        it by); one undoable action. Returns the changed document."""
        doc = self.document(doc_id)
        if doc is None:
            raise ProjectError(Errors.E033.format(what="document", item_id=doc_id))
        changed = dataclasses.replace(doc, outlet=outlet or None, title=title or None)
        with self._action("set_document_meta", doc_id,
                          undo=f"Source details of {doc.name}") as detail:
            detail.update(outlet=outlet, title=title)
            self._set_row("document", doc_id, encode(changed))
        return changed


def _read_only_reason(target: Path, *, salvage: bool) -> str | None:
    """Why the project at ``target`` opens read-only (None: it may be written); ProjectError
    when there is no project file there."""
    if target.is_dir():
        raise ProjectError(Errors.E039.format(path=target))
    if not target.is_file():
        raise ProjectError(f"{target}: {Errors.E001}")
    if salvage:
        return "it is damaged"
    if not os.access(target, os.W_OK):
        return "the file is read-only"
    if not os.access(target.parent, os.W_OK):
        return "its folder is read-only"
    return None


__all__ = [
    "CORRECTABLE",
    "CORRECTABLE_ORDER",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SUFFIX",
    "Damage",
    "DecisionRow",
    "HistoryEntry",
    "Orphan",
    "Project",
    "ReattachReport",
    "Step",
    "TextHit",
    "effective",
]

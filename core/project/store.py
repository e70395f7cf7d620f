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
import datetime as dt
import functools
import json
import os
import re
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from core.errors import Errors, ProjectError
from core.model import (
    MEASURES,
    QUALIFIERS,
    STATUSES,
    Claim,
    Conflict,
    Document,
    Event,
    Result,
    Review,
    Statement,
)
from core.project.reattach import (
    ItemKind,
    Orphan,
    ReattachReport,
    carries_work,
    reattach_claims,
    reattach_statements,
)
from core.settings import DEFAULT_SETTINGS, Settings
from core.text.qualifiers import interval

APPLICATION_ID = 0x436C646B  # "Cldk": marks a SQLite file as a Claimdesk project
SUFFIX = ".claimdesk"

# Each entry brings the file from version i to i + 1 (statements run in one transaction).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: documents, claims, the checker's work, the last run's events, history
    (
        "CREATE TABLE documents (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, data TEXT NOT NULL)",
        "CREATE TABLE claims (id TEXT PRIMARY KEY, document_id TEXT NOT NULL,"
        " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, manual INTEGER NOT NULL DEFAULT 0,"
        " data TEXT NOT NULL)",
        "CREATE INDEX claims_document ON claims (document_id)",
        "CREATE TABLE reviews (item_id TEXT PRIMARY KEY, status TEXT NOT NULL,"
        " note TEXT NOT NULL, evidence TEXT NOT NULL, time TEXT NOT NULL)",
        "CREATE TABLE corrections (claim_id TEXT NOT NULL, field TEXT NOT NULL,"
        " value TEXT NOT NULL, time TEXT NOT NULL, PRIMARY KEY (claim_id, field))",
        "CREATE TABLE decisions (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
        " claim_ids TEXT NOT NULL, time TEXT NOT NULL)",
        "CREATE TABLE events (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
        "CREATE TABLE conflicts (id TEXT PRIMARY KEY, data TEXT NOT NULL)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL,"
        " action TEXT NOT NULL, item_id TEXT, detail TEXT NOT NULL)",
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
        " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
        "CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
        " BEGIN SELECT RAISE(ABORT, 'history is append-only'); END",
    ),
    # 2: attributed statements, and the work that a re-run could not re-attach
    (
        "CREATE TABLE statements (id TEXT PRIMARY KEY, document_id TEXT NOT NULL,"
        " start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, data TEXT NOT NULL)",
        "CREATE TABLE orphans (id TEXT PRIMARY KEY, item_kind TEXT NOT NULL,"
        " data TEXT NOT NULL, review TEXT, corrections TEXT NOT NULL, reason TEXT NOT NULL,"
        " time TEXT NOT NULL)",
    ),
    # 3: the undo journal: each of the checker's edits with the rows it changed, before and
    # after, so Undo and Redo survive closing the project; ``undone`` rows are the redo stack
    (
        "CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, label TEXT NOT NULL,"
        " item_id TEXT, ops TEXT NOT NULL, undone INTEGER NOT NULL DEFAULT 0,"
        " time TEXT NOT NULL)",
    ),
    # 4: the full text of every source, indexed for Find in sources (SQLite FTS5)
    (
        "CREATE VIRTUAL TABLE source_text USING fts5(document_id UNINDEXED, text,"
        " tokenize = 'unicode61 remove_diacritics 2')",
        "INSERT INTO source_text (document_id, text)"
        " SELECT id, json_extract(data, '$.text') FROM documents",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

# Fields of a claim the checker may correct, in the order the review panel offers them; the
# rest are provenance (where, and as written: the figure as written is never corrected).
CORRECTABLE_ORDER: tuple[str, ...] = (
    "value", "qualifier", "low", "high", "measure", "subject", "actor", "location",
    "date_start", "date_end", "date_text", "attribution", "event_type", "part_of",
)
CORRECTABLE: frozenset[str] = frozenset(CORRECTABLE_ORDER)

MAX_TEXT_HITS = 200  # Find in sources lists at most this many passages
SNIPPET_CHARS = 40  # context either side of a found passage
_WORD = re.compile(r"\w+")

# Undo reaches back this many edits, in this session and after reopening the project.
JOURNAL_LIMIT = 500

# The rows an undoable edit may change (see ``Project._write_row``).
RowTable = typing.Literal["review", "correction", "decision", "claim", "document"]

ORPHAN_REASON_RERUN = "no claim of the new extraction matches it (document, span and figure)"
ORPHAN_REASON_REMOVED = "its document was removed from the project"
ORPHAN_REASON_NO_DOCUMENT = "its document is not part of the new extraction"

# A write waits this long for another connection's transaction before "in use" is reported.
BUSY_TIMEOUT_MS = 5000

# Where each table keeps JSON (table, key column, JSON column): what ``Project.scan`` checks.
JSON_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("documents", "id", "data"), ("claims", "id", "data"), ("statements", "id", "data"),
    ("events", "id", "data"), ("conflicts", "id", "data"), ("reviews", "item_id", "evidence"),
    ("corrections", "claim_id", "value"), ("decisions", "id", "claim_ids"),
    ("settings", "key", "value"),
)
MAX_NAMED_ROWS = 10  # a damage report names at most this many rows of a table

# What a failed row decode raises (a bad JSON text, a value of the wrong type or shape).
_ROW_ERRORS = (ValueError, TypeError, KeyError, msgspec.DecodeError)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    time: dt.datetime
    action: str
    item_id: str | None
    detail: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """An event decision of the checker (kind as ``match.Decision``: same/different/none)."""

    id: int
    kind: str
    claim_ids: tuple[str, ...]
    time: dt.datetime


@dataclass(frozen=True, slots=True)
class TextHit:
    """A passage of a source's full text that Find in sources found."""

    document_id: str
    start: int
    end: int
    snippet: str  # the passage with the found words in [brackets], on one line


@dataclass(frozen=True, slots=True)
class Damage:
    """Rows of one table that could not be read: the rest of the project still can be."""

    table: str
    rows: tuple[str, ...]  # the keys of the bad rows; empty: the table broke off mid-way
    reason: str

    def describe(self) -> str:
        if not self.rows:
            what = "the rest of the table"
        else:
            named = ", ".join(self.rows[:MAX_NAMED_ROWS])
            more = len(self.rows) - MAX_NAMED_ROWS
            what = f"row{'s' if len(self.rows) > 1 else ''} {named}" + (
                f" and {more} more" if more > 0 else "")
        return Errors.E044.format(table=self.table, rows=what, reason=self.reason)


@dataclass(frozen=True, slots=True)
class Step:
    """One undone or redone edit: its label, the item it was about and the rows it changed
    (table and key), so a view refreshes only those."""

    label: str
    item_id: str | None
    rows: tuple[tuple[RowTable, Any], ...]

    def touches(self, table: RowTable) -> bool:
        return any(t == table for t, _k in self.rows)


# --- encoding domain objects as JSON -------------------------------------------------------

def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def encode(obj: Any) -> Any:
    """A frozen dataclass (or value inside one) as plain JSON data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, tuple | list):
        return [encode(x) for x in obj]
    if isinstance(obj, Mapping):
        return {str(k): encode(v) for k, v in obj.items()}
    return obj


@functools.cache
def _hints(cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode_value(tp: Any, value: Any) -> Any:
    convert = _converter(tp)
    return value if value is None or convert is None else convert(value)


@functools.cache
def _converter(tp: Any) -> Callable[[Any], Any] | None:
    """How a JSON value becomes a value of type ``tp`` (None: as it is). Worked out once per
    type, so reading 100,000 claims does not ask ``typing`` about every field of each."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _converter(args[0]) if len(args) == 1 else None
    if origin is tuple:
        inner = _converter(typing.get_args(tp)[0])
        if inner is None:
            return tuple
        return lambda v: tuple(x if x is None else inner(x) for x in v)
    if tp is dt.date:
        return dt.date.fromisoformat
    if tp is float:
        return float
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return functools.partial(decode, tp)
    return None


@functools.cache
def _typed_decoder(cls: Any) -> msgspec.json.Decoder[Any]:
    return msgspec.json.Decoder(cls)


def decode_row(cls: type[T], text: str) -> T:
    """One stored row as its dataclass: msgspec's typed decoder (C speed), falling back to
    ``decode`` for a row an older version wrote that the strict reading refuses."""
    try:
        return typing.cast(T, _typed_decoder(typing.cast(Any, cls)).decode(text))
    except msgspec.ValidationError:
        return decode(cls, json.loads(text))


@functools.cache
def _plan(cls: Any) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    hints = _hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


def decode(cls: type[T], data: Mapping[str, Any]) -> T:
    """The inverse of ``encode``; fields missing from older files take their defaults."""
    kwargs = {}
    for name, convert in _plan(typing.cast(Any, cls)):
        if name in data:
            value = data[name]
            kwargs[name] = value if value is None or convert is None else convert(value)
    return cls(**kwargs)


def _dumps(obj: Any) -> str:
    return json.dumps(encode(obj), ensure_ascii=False, separators=(",", ":"))


def check_correction(claim_id: str, field: str, value: object) -> object:
    """The corrected value in its field's type, or ProjectError saying what is wrong."""
    def bad(reason: str) -> ProjectError:
        return ProjectError(Errors.E032.format(field=field, claim_id=claim_id, reason=reason))

    if field not in CORRECTABLE:
        raise bad(f"not a correctable field (one of {', '.join(sorted(CORRECTABLE))})")
    if field == "value" and value is None:
        raise bad("a figure needs a value")
    if value is None:
        return None
    if field in ("value", "low", "high"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad(f"{value!r} is not a number")
        return float(value)
    if field in ("date_start", "date_end"):
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date | str):
            raise bad(f"{value!r} is not a date")
        try:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        except ValueError:
            raise bad(f"{value!r} is not a date (use YYYY-MM-DD)") from None
    if not isinstance(value, str):
        raise bad(f"{value!r} is not text")
    if field == "qualifier" and value not in QUALIFIERS:
        raise bad(f"qualifier must be one of {', '.join(QUALIFIERS)}")
    if field == "measure" and value not in MEASURES:
        raise bad(f"measure must be one of {', '.join(MEASURES)}")
    return value


def effective(claim: Claim, corrections: Mapping[str, object]) -> Claim:
    """The claim as the checker corrected it (exports use this; the extracted claim stays).
    A corrected value or qualifier asserts a new interval: low and high follow it unless the
    checker corrected them too, so ranges, conflicts and the conservative figure agree."""
    if not corrections:
        return claim
    changes: dict[str, Any] = {k: v for k, v in corrections.items() if k in CORRECTABLE}
    if ("value" in changes or "qualifier" in changes) and not (
        {"low", "high"} & changes.keys()
    ):
        value = changes.get("value", claim.value)
        qualifier = changes.get("qualifier", claim.qualifier)
        if isinstance(value, int | float) and qualifier != "range":
            changes["low"], changes["high"] = interval(float(value), qualifier)
    return dataclasses.replace(claim, **changes)


def _settings_from(data: Mapping[str, Any]) -> Settings:
    return decode(Settings, data)


# --- the project ---------------------------------------------------------------------------

class Project:
    """An open project file. Every mutating method is one committed action with a history row.

    Use a ``Project`` from the thread that opened it (sqlite3's rule); a worker thread opens
    its own ``Project`` on the same path: write-ahead logging lets them read side by side, and
    ``BEGIN IMMEDIATE`` with a busy timeout queues their writes.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *,
                 read_only: str | None = None, salvage: bool = False) -> None:
        self._conn = conn
        self._path = path
        self._ops: list[dict[str, Any]] | None = None  # rows changed by the undoable action
        self._read_only = read_only
        self._salvage = salvage  # skip (and record) rows that cannot be read
        self._damage: dict[tuple[str, str], Damage] = {}

    @property
    def read_only(self) -> str | None:
        """Why edits cannot be saved (a read-only file or folder, a damaged project);
        None when the project is writable."""
        return self._read_only

    # lifecycle ------------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The project file; None for a project kept in memory (not saved yet)."""
        return self._path

    @classmethod
    def memory(cls) -> Project:
        """A project in SQLite's memory (same schema, same actions, same undo) until
        ``save_as`` writes it to a file."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        _migrate(conn, Path(":memory:"), 0, upto=SCHEMA_VERSION)
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
            _configure(conn)
            _migrate(conn, target, 0, upto=SCHEMA_VERSION)
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
        if target.is_dir():
            raise ProjectError(Errors.E039.format(path=target))
        if not target.is_file():
            raise ProjectError(f"{target}: {Errors.E001}")
        if salvage:
            return cls._open_read_only(target, "it is damaged", salvage=True)
        if not os.access(target, os.W_OK):
            return cls._open_read_only(target, "the file is read-only")
        if not os.access(target.parent, os.W_OK):
            return cls._open_read_only(target, "its folder is read-only")
        try:
            conn = sqlite3.connect(
                f"{target.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None
            )
        except sqlite3.Error as exc:
            if _is_read_only(exc):
                return cls._open_read_only(target, str(exc))
            raise ProjectError(f"{target}: {Errors.E013} ({exc})") from exc
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = _check_header(conn, target)
            _configure(conn)
            if not _writable(conn):
                conn.close()
                return cls._open_read_only(target, "the file cannot be written")
            if version < SCHEMA_VERSION:
                _migrate(conn, target, version, upto=SCHEMA_VERSION)
        except sqlite3.Error as exc:
            conn.close()
            if _is_read_only(exc):  # e.g. a read-only folder: no room for the log
                return cls._open_read_only(target, str(exc))
            raise _explain(exc, target) from exc
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
            version = _check_header(conn, target)
            if version < SCHEMA_VERSION:
                memory = sqlite3.connect(":memory:", isolation_level=None)
                conn.backup(memory)
                conn.close()
                conn = memory
                _migrate(conn, target, version, upto=SCHEMA_VERSION)
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise _explain(exc, target) from exc
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
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            dest = sqlite3.connect(tmp, isolation_level=None)
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectError(Errors.E031.format(path=target, reason=exc)) from exc
        copy = Project.open(target)
        self._conn.close()
        self._conn, self._path = copy._conn, copy._path
        with self._action("save_as") as detail:
            detail["copied_from"] = str(source) if source is not None else ":memory:"

    # one action = one transaction ----------------------------------------------------------

    @contextlib.contextmanager
    def _action(
        self, action: str, item_id: str | None = None, *, undo: str | None = None,
        forget_undo: bool = False,
    ) -> Iterator[dict[str, Any]]:
        """Run the body in one immediate transaction and append its history row; the body
        fills the yielded dict with the details worth recording. ``undo``: the label of an
        undoable edit, whose row changes (made through ``_set_row``) go to the journal.
        ``forget_undo``: an action that renames or drops items ends the undo history."""
        conn = self._conn
        detail: dict[str, Any] = {}
        if self._read_only is not None:
            raise ProjectError(Errors.E042.format(path=self._path, reason=self._read_only))
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _explain(exc, self._path) from exc
        self._ops = [] if undo is not None else None
        try:
            yield detail
            conn.execute(
                "INSERT INTO history (time, action, item_id, detail) VALUES (?, ?, ?, ?)",
                (_now(), action, item_id, _dumps(detail)),
            )
            if forget_undo:
                conn.execute("DELETE FROM journal")
            if undo is not None and self._ops:
                self._journal(undo, item_id, self._ops)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            _rollback(conn)
            raise _explain(exc, self._path) from exc
        except BaseException:
            _rollback(conn)
            raise
        finally:
            self._ops = None

    def _journal(self, label: str, item_id: str | None, ops: list[dict[str, Any]]) -> None:
        """A new edit: the redo stack is dropped (as in every editor) and the oldest entries
        beyond ``JOURNAL_LIMIT`` are forgotten."""
        conn = self._conn
        conn.execute("DELETE FROM journal WHERE undone = 1")
        cur = conn.execute(
            "INSERT INTO journal (label, item_id, ops, time) VALUES (?, ?, ?, ?)",
            (label, item_id, json.dumps(ops, ensure_ascii=False), _now()),
        )
        assert cur.lastrowid is not None
        conn.execute("DELETE FROM journal WHERE id <= ?", (cur.lastrowid - JOURNAL_LIMIT,))

    # undo and redo ------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        row = self._conn.execute(
            "SELECT label FROM journal WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def redo_label(self) -> str | None:
        row = self._conn.execute(
            "SELECT label FROM journal WHERE undone = 1 ORDER BY id LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def undo(self) -> Step | None:
        """Undo the latest edit (one action, recorded in the history); None when there is
        nothing to undo."""
        return self._step(undo=True)

    def redo(self) -> Step | None:
        """Redo the edit undone last; None when there is nothing to redo."""
        return self._step(undo=False)

    def _step(self, *, undo: bool) -> Step | None:
        query = ("SELECT id, label, item_id, ops FROM journal WHERE undone = 0 ORDER BY id DESC"
                 if undo else
                 "SELECT id, label, item_id, ops FROM journal WHERE undone = 1 ORDER BY id")
        row = self._conn.execute(f"{query} LIMIT 1").fetchone()
        if row is None:
            return None
        entry_id, label, item_id, ops_text = row
        ops: list[dict[str, Any]] = json.loads(ops_text)
        with self._action("undo" if undo else "redo", item_id) as detail:
            detail.update(label=label, journal=entry_id)
            for op in reversed(ops) if undo else ops:
                self._write_row(op["table"], op["key"], op["before" if undo else "after"])
            self._conn.execute(
                "UPDATE journal SET undone = ? WHERE id = ?", (int(undo), entry_id))
        return Step(label, item_id, tuple((op["table"], _key(op["key"])) for op in ops))

    # the rows an undoable edit changes ------------------------------------------------------

    def _set_row(self, table: RowTable, key: Any, after: Any) -> None:
        """Write one row (None deletes it), journalling its value before and after."""
        before = self._read_row(table, key)
        if self._ops is not None and before != after:
            self._ops.append({"table": table, "key": key, "before": before, "after": after})
        self._write_row(table, key, after)

    def _read_row(self, table: RowTable, key: Any) -> Any:
        conn = self._conn
        if table == "review":
            r = conn.execute("SELECT status, note, evidence FROM reviews WHERE item_id = ?",
                             (key,)).fetchone()
            return None if r is None else {"status": r[0], "note": r[1],
                                           "evidence": json.loads(r[2])}
        if table == "correction":
            r = conn.execute("SELECT value FROM corrections WHERE claim_id = ? AND field = ?",
                             (key[0], key[1])).fetchone()
            # wrapped: a correction to None (no actor) is a row, unlike no correction
            return None if r is None else {"v": json.loads(r[0])}
        if table == "decision":
            r = conn.execute("SELECT kind, claim_ids, time FROM decisions WHERE id = ?",
                             (key,)).fetchone()
            return None if r is None else {"kind": r[0], "claim_ids": json.loads(r[1]),
                                           "time": r[2]}
        sql = ("SELECT data FROM claims WHERE id = ?" if table == "claim"
               else "SELECT data FROM documents WHERE id = ?")
        r = conn.execute(sql, (key,)).fetchone()
        return None if r is None else json.loads(r[0])

    def _write_row(self, table: RowTable, key: Any, value: Any) -> None:
        conn = self._conn
        if table == "review":
            if value is None:
                conn.execute("DELETE FROM reviews WHERE item_id = ?", (key,))
            else:
                self._put_review(Review(key, value["status"], value["note"],
                                        tuple(value["evidence"])))
        elif table == "correction":
            if value is None:
                conn.execute("DELETE FROM corrections WHERE claim_id = ? AND field = ?",
                             (key[0], key[1]))
            else:
                self._put_correction(key[0], key[1], value["v"])
        elif table == "decision":
            conn.execute("DELETE FROM decisions WHERE id = ?", (key,))
            if value is not None:
                conn.execute(
                    "INSERT INTO decisions (id, kind, claim_ids, time) VALUES (?, ?, ?, ?)",
                    (key, value["kind"], json.dumps(value["claim_ids"]), value["time"]))
        elif table == "claim":
            conn.execute("DELETE FROM claims WHERE id = ?", (key,))
            if value is not None:
                self._put_claims([decode(Claim, value)])
        elif value is None:
            conn.execute("DELETE FROM documents WHERE id = ?", (key,))
            conn.execute("DELETE FROM source_text WHERE document_id = ?", (key,))
        else:
            self._put_documents([decode(Document, value)])

    def _next_history_id(self) -> int:
        row = self._conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM history").fetchone()
        return int(row[0])

    # reading ------------------------------------------------------------------------------

    def documents(self) -> list[Document]:
        return self._read_all(Document, "documents")

    def claims(self) -> list[Claim]:
        """Every current claim (extracted and manual) as extracted, in document text order."""
        order = self._document_order()
        claims = self._read_all(Claim, "claims")
        return sorted(claims, key=lambda c: (order.get(c.document_id, len(order)), c.start))

    def statements(self) -> list[Statement]:
        order = self._document_order()
        found = self._read_all(Statement, "statements")
        return sorted(found, key=lambda s: (order.get(s.document_id, len(order)), s.start))

    def _read_all(self, cls: type[T], table: str) -> list[T]:
        """Every row of ``table`` (its ``data`` column) as ``cls``, through msgspec's typed
        decoder (a project of 100,000 claims opens in about a second); when a row an older
        version wrote is refused, every row goes through ``decode``."""
        rows = self._rows(table, f"SELECT id, data FROM {table} ORDER BY rowid")
        read = _typed_decoder(typing.cast(Any, cls)).decode
        try:
            return [read(r[1]) for r in rows]
        except msgspec.ValidationError:
            pass
        except _ROW_ERRORS:
            pass
        return self._decoded(table, rows, lambda r: decode(cls, json.loads(r[1])))

    def _rows(self, table: str, query: str, params: Sequence[Any] = ()) -> list[Any]:
        """The rows ``query`` selects; a damaged page ends the table there (salvage: the rows
        read so far, the rest named in ``damage()``; else a ProjectError naming the table)."""
        rows: list[Any] = []
        try:
            for row in self._conn.execute(query, params):
                rows.append(row)
        except sqlite3.DatabaseError as exc:
            if not self._salvage:
                raise _damaged(self._path, Damage(table, (), str(exc))) from exc
            self._damage[(table, "")] = Damage(table, (), f"{exc}, after {len(rows)} rows")
        return rows

    def _decoded(self, table: str, rows: Iterable[Any], read: Callable[[Any], T]) -> list[T]:
        """``read`` of each row (its key first); a row that does not decode is named: the
        error in strict mode, in ``damage()`` and skipped in salvage mode."""
        out: list[T] = []
        bad: list[str] = []
        reason = ""
        for row in rows:
            try:
                out.append(read(row))
            except _ROW_ERRORS as exc:
                bad.append(str(row[0]))
                reason = reason or f"{type(exc).__name__}: {exc}"
        if bad:
            damage = Damage(table, tuple(bad), reason)
            if not self._salvage:
                raise _damaged(self._path, damage)
            self._damage[(table, "rows")] = damage
        return out

    def damage(self) -> list[Damage]:
        """What could not be read so far (salvage mode; see ``scan``)."""
        return list(self._damage.values())

    def scan(self) -> list[Damage]:
        """Check every table for rows that cannot be read (a damaged page, a row whose JSON
        is broken), without decoding the rest: run on opening, it tells a damaged project
        before anything is shown."""
        found: list[Damage] = []
        for table, key, column in JSON_COLUMNS:
            try:
                bad = [str(r[0]) for r in self._conn.execute(
                    f"SELECT {key} FROM {table} WHERE json_valid({column}) = 0")]
            except sqlite3.DatabaseError as exc:
                found.append(Damage(table, (), str(exc)))
                continue
            if bad:
                found.append(Damage(table, tuple(bad), "not valid JSON"))
        return found

    def _document_order(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT id FROM documents ORDER BY rowid")
        return {r[0]: i for i, r in enumerate(rows)}

    def events(self) -> list[Event]:
        return self._read_all(Event, "events")

    def conflicts(self) -> list[Conflict]:
        return self._read_all(Conflict, "conflicts")

    def reviews(self) -> dict[str, Review]:
        rows = self._rows("reviews", "SELECT item_id, status, note, evidence FROM reviews")
        return {r.item_id: r for r in self._decoded(
            "reviews", rows, lambda r: Review(r[0], r[1], r[2], tuple(json.loads(r[3]))))}

    def corrections(self) -> dict[str, dict[str, object]]:
        out: dict[str, dict[str, object]] = {}
        hints = _hints(Claim)
        rows = self._rows(
            "corrections", "SELECT claim_id, field, value FROM corrections ORDER BY rowid")
        for claim_id, field, value in self._decoded(
            "corrections", rows,
            lambda r: (r[0], r[1], _decode_value(hints[r[1]], json.loads(r[2]))),
        ):
            out.setdefault(claim_id, {})[field] = value
        return out

    def decisions(self) -> list[DecisionRow]:
        rows = self._rows(
            "decisions", "SELECT id, kind, claim_ids, time FROM decisions ORDER BY id")
        return self._decoded("decisions", rows, lambda r: DecisionRow(
            r[0], r[1], tuple(json.loads(r[2])), dt.datetime.fromisoformat(r[3])))

    def review(self, item_id: str) -> Review | None:
        """One item's verdict (None when it has none), without reading every review."""
        r = self._conn.execute(
            "SELECT status, note, evidence FROM reviews WHERE item_id = ?", (item_id,)
        ).fetchone()
        return None if r is None else Review(item_id, r[0], r[1], tuple(json.loads(r[2])))

    def corrections_of(self, claim_id: str) -> dict[str, object]:
        hints = _hints(Claim)
        return {
            field: _decode_value(hints[field], json.loads(value))
            for field, value in self._conn.execute(
                "SELECT field, value FROM corrections WHERE claim_id = ? ORDER BY rowid",
                (claim_id,))
        }

    def claim(self, claim_id: str) -> Claim | None:
        rows = self._rows("claims", "SELECT id, data FROM claims WHERE id = ?",
                          (claim_id,))
        found = self._decoded("claims", rows, lambda r: decode(Claim, json.loads(r[1])))
        return found[0] if found else None

    def document(self, doc_id: str) -> Document | None:
        rows = self._rows("documents", "SELECT id, data FROM documents WHERE id = ?",
                          (doc_id,))
        found = self._decoded("documents", rows, lambda r: decode(Document, json.loads(r[1])))
        return found[0] if found else None

    def search_text(self, query: str, *, limit: int = MAX_TEXT_HITS) -> list[TextHit]:
        """Every passage of any source's full text that holds all the words of ``query``
        next to each other (else the first word), by source in the index's rank order.
        The words are quoted: what the checker types is never FTS5 syntax."""
        words = _WORD.findall(query)
        if not words:
            return []
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        rows = self._conn.execute(
            "SELECT document_id, text FROM source_text WHERE source_text MATCH ? ORDER BY rank",
            (match,),
        ).fetchall()
        phrase = re.compile(r"\W+".join(re.escape(w) for w in words), re.IGNORECASE)
        first = re.compile(re.escape(words[0]), re.IGNORECASE)
        hits: list[TextHit] = []
        for doc_id, text in rows:
            found = list(phrase.finditer(text)) or list(first.finditer(text))
            for m in found:
                start, end = m.start(), m.end()
                before = text[max(0, start - SNIPPET_CHARS):start]
                after = text[end:end + SNIPPET_CHARS]
                snippet = " ".join(f"{before}[{m.group()}]{after}".split())
                hits.append(TextHit(doc_id, start, end, snippet))
                if len(hits) >= limit:
                    return hits
        return hits

    def orphans(self) -> list[Orphan]:
        rows = self._rows(
            "orphans", "SELECT id, item_kind, data, review, corrections, reason, time"
            " FROM orphans ORDER BY rowid")
        return self._decoded("orphans", rows, _orphan_from_row)

    def history(self) -> list[HistoryEntry]:
        rows = self._conn.execute("SELECT id, time, action, item_id, detail FROM history")
        return [
            HistoryEntry(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3], json.loads(r[4]))
            for r in rows
        ]

    def settings(self) -> Settings:
        rows = self._rows("settings", "SELECT key, value FROM settings WHERE key = 'settings'")
        found = self._decoded("settings", rows, lambda r: _settings_from(json.loads(r[1])))
        return found[0] if found else DEFAULT_SETTINGS

    def result(self, *, corrected: bool = False) -> Result:
        """Everything, with the verdicts, for the GUI and the exports; ``corrected=True``
        gives the claims as the checker corrected them (what exports show)."""
        claims = self.claims()
        extracted: dict[str, Claim] = {}
        if corrected:
            fixes = self.corrections()
            extracted = {c.id: c for c in claims if fixes.get(c.id)}
            claims = [effective(c, fixes.get(c.id, {})) for c in claims]
        return Result(
            documents=tuple(self.documents()),
            claims=tuple(claims),
            statements=tuple(self.statements()),
            events=tuple(self.events()),
            conflicts=tuple(self.conflicts()),
            reviews=self.reviews(),
            extracted=extracted,
        )

    # writing ------------------------------------------------------------------------------

    def set_settings(self, settings: Settings) -> None:
        with self._action("set_settings") as detail:
            detail.update(settings.as_dict())
            self._put_settings(settings)

    def _put_settings(self, settings: Settings) -> None:
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES ('settings', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (json.dumps(settings.as_dict()),),
        )

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
            detail.update(_counts(result))
            self._put_documents(result.documents)
            self._put_claims(result.claims)
            self._put_statements(result.statements)
            self._put_events(result.events, result.conflicts)
            for review in result.reviews.values():
                self._put_review(review)
            if settings is not None:
                self._put_settings(settings)

    def set_grouping(self, events: Sequence[Event], conflicts: Sequence[Conflict]) -> None:
        """The events and conflicts of a re-grouping (derived data: not an undoable edit)."""
        with self._action("set_grouping") as detail:
            detail.update(events=len(events), conflicts=len(conflicts))
            self._put_events(events, conflicts)

    def replace_extraction(
        self, result: Result, *, settings: Settings | None = None
    ) -> ReattachReport:
        """Replace every extracted claim and statement by those of a new run, re-attaching
        verdicts, corrections and decisions (same document, overlapping span, same figure).
        Work that finds no new item is kept as an orphan and listed, never dropped. Manual
        claims stay as they are. ``settings``: those of the run, stored with it."""
        with self._action("replace_extraction", forget_undo=True) as detail:
            report = self._replace(result)
            if settings is not None:
                self._put_settings(settings)
            detail.update(_counts(result))
            detail["reattached"] = [list(p) for p in report.reattached]
            detail["orphans"] = [o.id for o in report.orphans]
        return report

    def _replace(self, result: Result) -> ReattachReport:
        conn = self._conn
        old_docs = self.documents()
        new_ids = {d.id for d in result.documents}
        by_sha = {d.sha256: d.id for d in result.documents if d.sha256}
        # The same document is the same imported bytes; the id decides only without a hash
        # match (a run may number its documents differently).
        claimed = {by_sha[d.sha256] for d in old_docs if d.sha256 in by_sha}
        doc_map = {
            d.id: by_sha.get(d.sha256, d.id)
            for d in old_docs
            if d.sha256 in by_sha or (d.id in new_ids and d.id not in claimed)
        }
        all_claims = self.claims()
        manual = [c for c in all_claims if c.manual]
        old_claims = [c for c in all_claims if not c.manual]
        old_statements = self.statements()
        clash = sorted({c.id for c in manual} & {c.id for c in result.claims})
        if clash:
            raise ProjectError(Errors.E034.format(ids=", ".join(clash[:5])))

        reviews = self.reviews()
        fixes = self.corrections()
        decisions = self.decisions()
        referenced = {cid for d in decisions for cid in d.claim_ids}
        corrected_values = {
            cid: value for cid, f in fixes.items()
            for value in [f.get("value")] if isinstance(value, float)
        }
        claim_map = reattach_claims(
            old_claims, result.claims, document_map=doc_map, corrected_values=corrected_values
        )
        statement_map = reattach_statements(
            old_statements, result.statements, document_map=doc_map
        )

        # The work of the old items, lifted out before the ids are reused by the new run.
        old_items: list[tuple[ItemKind, Claim | Statement]] = [("claim", c) for c in old_claims]
        old_items += [("statement", s) for s in old_statements]
        moved_reviews: list[Review] = []
        moved_fixes: list[tuple[str, dict[str, object]]] = []
        reattached: list[tuple[str, str]] = []
        orphans: list[Orphan] = []
        renamed: dict[str, str] = {}
        stamp = self._next_history_id()
        for kind, item in old_items:
            mapping = claim_map if kind == "claim" else statement_map
            review = reviews.pop(item.id, None)
            item_fixes = fixes.pop(item.id, {})
            has_work = carries_work(
                item.id, {item.id: review} if review else {}, {item.id: item_fixes}, referenced
            )
            new_id = mapping.get(item.id)
            if new_id is not None:
                if review is not None:
                    moved_reviews.append(dataclasses.replace(review, item_id=new_id))
                if item_fixes:
                    moved_fixes.append((new_id, item_fixes))
                renamed[item.id] = new_id
                if has_work:
                    reattached.append((item.id, new_id))
            elif has_work:
                reason = (
                    ORPHAN_REASON_RERUN if item.document_id in doc_map
                    else ORPHAN_REASON_NO_DOCUMENT
                )
                orphan = Orphan(
                    f"{item.id}@{stamp}", kind, item, review, item_fixes, reason, _now()
                )
                orphans.append(orphan)
                renamed[item.id] = orphan.id

        old_ids = [i.id for _k, i in old_items]
        conn.executemany("DELETE FROM reviews WHERE item_id = ?", ((i,) for i in old_ids))
        conn.executemany("DELETE FROM corrections WHERE claim_id = ?", ((i,) for i in old_ids))
        conn.execute("DELETE FROM claims WHERE manual = 0")
        conn.execute("DELETE FROM statements")
        replaced = [(old,) for old, new in doc_map.items() if old != new]
        conn.executemany("DELETE FROM documents WHERE id = ?", replaced)
        conn.executemany("DELETE FROM source_text WHERE document_id = ?", replaced)
        self._put_documents(result.documents)
        for claim in manual:
            if claim.document_id in doc_map:
                moved = dataclasses.replace(claim, document_id=doc_map[claim.document_id])
                conn.execute("DELETE FROM claims WHERE id = ?", (claim.id,))
                self._put_claims([moved])
        self._put_claims(result.claims)
        self._put_statements(result.statements)
        self._put_events(result.events, result.conflicts)
        for review in moved_reviews:
            self._put_review(review)
        for claim_id, item_fixes in moved_fixes:
            for field, value in item_fixes.items():
                self._put_correction(claim_id, field, value)
        for orphan in orphans:
            self._put_orphan(orphan)
        self._rename_in_decisions(renamed)
        return ReattachReport(tuple(reattached), tuple(orphans))

    def _rename_in_decisions(self, renamed: Mapping[str, str]) -> None:
        """Decisions follow their claims to new ids (or to the orphans that keep them)."""
        for decision in self.decisions():
            ids = tuple(renamed.get(i, i) for i in decision.claim_ids)
            if ids != decision.claim_ids:
                self._conn.execute(
                    "UPDATE decisions SET claim_ids = ? WHERE id = ?",
                    (json.dumps(ids), decision.id),
                )

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
                                              "time": _now()})
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

    def remove_document(self, doc_id: str) -> None:
        """Remove a document with its claims and statements; their verdicts and corrections
        become orphans (listed, never dropped)."""
        if doc_id not in self._document_order():
            raise ProjectError(Errors.E033.format(what="document", item_id=doc_id))
        conn = self._conn
        with self._action("remove_document", doc_id, forget_undo=True) as detail:
            reviews = self.reviews()
            fixes = self.corrections()
            referenced = {cid for d in self.decisions() for cid in d.claim_ids}
            items: list[tuple[ItemKind, Claim | Statement]] = [
                ("claim", c) for c in self.claims() if c.document_id == doc_id
            ]
            items += [("statement", s) for s in self.statements() if s.document_id == doc_id]
            stamp = self._next_history_id()
            gone = {i.id for _k, i in items}
            orphans = []
            for kind, item in items:
                if carries_work(item.id, reviews, fixes, referenced):
                    orphans.append(Orphan(
                        f"{item.id}@{stamp}", kind, item, reviews.get(item.id),
                        fixes.get(item.id, {}), ORPHAN_REASON_REMOVED, _now(),
                    ))
            for orphan in orphans:
                self._put_orphan(orphan)
            self._rename_in_decisions({o.item.id: o.id for o in orphans})
            for item_id in gone:
                conn.execute("DELETE FROM reviews WHERE item_id = ?", (item_id,))
                conn.execute("DELETE FROM corrections WHERE claim_id = ?", (item_id,))
            conn.execute("DELETE FROM claims WHERE document_id = ?", (doc_id,))
            conn.execute("DELETE FROM statements WHERE document_id = ?", (doc_id,))
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            conn.execute("DELETE FROM source_text WHERE document_id = ?", (doc_id,))
            self._prune_events(gone)
            detail.update(removed=sorted(gone), orphans=[o.id for o in orphans])

    def attach_orphan(self, orphan_id: str, item_id: str) -> None:
        """Give an orphan's verdict and corrections to a current item, chosen by the checker."""
        orphan = next((o for o in self.orphans() if o.id == orphan_id), None)
        if orphan is None:
            raise ProjectError(Errors.E033.format(what="orphan", item_id=orphan_id))
        if not self._has_item(item_id):
            raise ProjectError(Errors.E033.format(what="item", item_id=item_id))
        with self._action("attach_orphan", item_id, forget_undo=True) as detail:
            detail["orphan"] = orphan_id
            if orphan.review is not None:
                self._put_review(dataclasses.replace(orphan.review, item_id=item_id))
            for field, value in orphan.corrections.items():
                self._put_correction(item_id, field, value)
            self._conn.execute("DELETE FROM orphans WHERE id = ?", (orphan_id,))

    # rows ---------------------------------------------------------------------------------

    def _has_claim(self, item_id: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM claims WHERE id = ?", (item_id,)).fetchone() is not None

    def _has_item(self, item_id: str) -> bool:
        return self._has_claim(item_id) or self._conn.execute(
            "SELECT 1 FROM statements WHERE id = ?", (item_id,)).fetchone() is not None

    def _item_ids(self) -> set[str]:
        return self._claim_ids() | {r[0] for r in self._conn.execute("SELECT id FROM statements")}

    def _claim_ids(self) -> set[str]:
        return {r[0] for r in self._conn.execute("SELECT id FROM claims")}

    def _put_documents(self, documents: Iterable[Document]) -> None:
        docs = list(documents)
        self._conn.executemany(
            "INSERT INTO documents (id, sha256, data) VALUES (?, ?, ?) ON CONFLICT (id)"
            " DO UPDATE SET sha256 = excluded.sha256, data = excluded.data",
            ((d.id, d.sha256, _dumps(d)) for d in docs),
        )
        self._conn.executemany("DELETE FROM source_text WHERE document_id = ?",
                               ((d.id,) for d in docs))
        self._conn.executemany("INSERT INTO source_text (document_id, text) VALUES (?, ?)",
                               ((d.id, d.text) for d in docs))

    def _put_claims(self, claims: Iterable[Claim]) -> None:
        self._conn.executemany(
            "INSERT INTO claims (id, document_id, start, \"end\", manual, data)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ((c.id, c.document_id, c.start, c.end, int(c.manual), _dumps(c)) for c in claims),
        )

    def _put_statements(self, statements: Iterable[Statement]) -> None:
        self._conn.executemany(
            "INSERT INTO statements (id, document_id, start, \"end\", data) VALUES (?, ?, ?, ?, ?)",
            ((s.id, s.document_id, s.start, s.end, _dumps(s)) for s in statements),
        )

    def _put_events(self, events: Iterable[Event], conflicts: Iterable[Conflict]) -> None:
        self._conn.execute("DELETE FROM events")
        self._conn.execute("DELETE FROM conflicts")
        self._conn.executemany(
            "INSERT INTO events (id, data) VALUES (?, ?)", ((e.id, _dumps(e)) for e in events)
        )
        self._conn.executemany(
            "INSERT INTO conflicts (id, data) VALUES (?, ?)",
            ((x.id, _dumps(x)) for x in conflicts),
        )

    def _prune_events(self, gone: set[str]) -> None:
        events = self.events()
        conflicts = [x for x in self.conflicts() if not gone.intersection(x.claim_ids)]
        kept = []
        for event in events:
            claim_ids = tuple(i for i in event.claim_ids if i not in gone)
            statement_ids = tuple(i for i in event.statement_ids if i not in gone)
            if claim_ids or statement_ids:
                kept.append(dataclasses.replace(
                    event, claim_ids=claim_ids, statement_ids=statement_ids,
                    links=tuple(ln for ln in event.links if gone.isdisjoint((ln.a, ln.b))),
                ))
        self._put_events(kept, conflicts)

    def _put_review(self, review: Review) -> None:
        self._conn.execute(
            "INSERT INTO reviews (item_id, status, note, evidence, time) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (item_id) DO UPDATE SET status = excluded.status,"
            " note = excluded.note, evidence = excluded.evidence, time = excluded.time",
            (review.item_id, review.status, review.note, json.dumps(list(review.evidence)),
             _now()),
        )

    def _put_correction(self, claim_id: str, field: str, value: object) -> None:
        self._conn.execute(
            "INSERT INTO corrections (claim_id, field, value, time) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (claim_id, field) DO UPDATE SET value = excluded.value,"
            " time = excluded.time",
            (claim_id, field, json.dumps(encode(value)), _now()),
        )

    def _put_orphan(self, orphan: Orphan) -> None:
        self._conn.execute(
            "INSERT INTO orphans (id, item_kind, data, review, corrections, reason, time)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (orphan.id, orphan.item_kind, _dumps(orphan.item),
             _dumps(orphan.review) if orphan.review else None,
             _dumps(dict(orphan.corrections)), orphan.reason, orphan.time),
        )


# --- opening, checking and migrating --------------------------------------------------------

def _rollback(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.execute("ROLLBACK")


def _check_header(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, or ProjectError when it is not ours or newer than us.
    Nothing is written before this passes, so a foreign file is left exactly as it was."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "malformed" in text or "locked" in text or "busy" in text:
            raise _explain(exc, path) from exc  # ours, but damaged or held by another program
        raise ProjectError(f"{path}: {Errors.E013} ({exc})") from exc
    if app_id != APPLICATION_ID or version < 1:
        raise ProjectError(f"{path}: {Errors.E013}")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path}: {Errors.E014.format(found=version, supported=SCHEMA_VERSION)}"
        )
    return version


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ProjectError(Errors.E031.format(path="project", reason=f"journal mode {mode}"))
    conn.execute("PRAGMA synchronous = FULL")


def _migrate(conn: sqlite3.Connection, path: Path, version: int, *, upto: int) -> None:
    """Bring the file from ``version`` to ``upto`` in one transaction (all or nothing)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        for step in MIGRATIONS[version:upto]:
            for statement in step:
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {upto}")
        conn.execute(
            "INSERT INTO history (time, action, item_id, detail) VALUES (?, ?, NULL, ?)",
            (_now(), "create" if version == 0 else "migrate",
             json.dumps({"from": version, "to": upto})),
        )
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise _explain(exc, path) from exc


def _writable(conn: sqlite3.Connection) -> bool:
    """Whether the connection may write the file (a read-only file opens "rw" without a
    word and refuses only the first write): a write of nothing, rolled back."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return not _is_read_only(exc)  # busy: another writer, not a read-only file
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA user_version = {version}")
    except sqlite3.OperationalError as exc:
        if _is_read_only(exc):
            return False
        raise
    finally:
        _rollback(conn)
    return True


def _is_read_only(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open database" in text


def _explain(exc: sqlite3.Error, path: Path | None) -> ProjectError:
    """The SQLite error as what happened, in the catalogue's words: a lock another program
    holds, a read-only file, a damaged file, tables of another Claimdesk version; else the
    write failed (disk full?)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ProjectError(Errors.E041.format(path=path))
    if _is_read_only(exc):
        return ProjectError(Errors.E042.format(path=path, reason=exc))
    if "malformed" in text or "not a database" in text:
        return ProjectError(Errors.E040.format(path=path, reason=exc))
    if "already exists" in text or "no such table" in text or "no such column" in text:
        which = "a newer" if "already exists" in text else "an older"
        return ProjectError(Errors.E043.format(path=path, which=which,
                                               version=SCHEMA_VERSION, reason=exc))
    return ProjectError(Errors.E031.format(path=path, reason=exc))


def _damaged(path: Path | None, damage: Damage) -> ProjectError:
    return ProjectError(Errors.E040.format(path=path, reason=damage.describe()))


def _orphan_from_row(row: Sequence[Any]) -> Orphan:
    oid, kind, data, review, fixes, reason, time = row
    item: Claim | Statement = (
        decode(Claim, json.loads(data)) if kind == "claim" else decode(Statement, json.loads(data))
    )
    hints = _hints(Claim)
    corrections = {
        k: _decode_value(hints[k], v) if k in hints else v
        for k, v in json.loads(fixes).items()
    }
    return Orphan(
        oid, kind, item, decode(Review, json.loads(review)) if review else None,
        corrections, reason, time,
    )


def _key(key: Any) -> Any:
    """A journalled row key as stored in JSON, back as a hashable value."""
    return tuple(key) if isinstance(key, list) else key


def _counts(result: Result) -> dict[str, int]:
    return {
        "documents": len(result.documents), "claims": len(result.claims),
        "statements": len(result.statements), "events": len(result.events),
        "conflicts": len(result.conflicts),
    }


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

"""The project file's schema and connection: migrations, the header that tells a project
from any other SQLite file, and SQLite errors as what happened (locked, read-only, damaged)."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.errors import Errors, ProjectError
from core.project.codec import now

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
    # 5: whether a claim's figure recalls an earlier incident (``Claim.recalls``), beside its
    # JSON like ``manual``, for a query that keeps to the incident reported; NULL for a claim
    # an older version extracted, which did not read it (the grouping reads its words)
    (
        "ALTER TABLE claims ADD COLUMN recalls INTEGER",
        "UPDATE claims SET recalls = json_extract(data, '$.recalls')",
    ),
    # 6: the files a run could not read, each with the message that names it and the problem,
    # so Sources and the exports' "Not read" list still show them after the project reopens
    (
        "CREATE TABLE failures (path TEXT PRIMARY KEY, message TEXT NOT NULL,"
        " time TEXT NOT NULL)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

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


def rollback(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.execute("ROLLBACK")


def check_header(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version, or ProjectError when it is not ours or newer than us.
    Nothing is written before this passes, so a foreign file is left exactly as it was."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if "malformed" in text or "locked" in text or "busy" in text:
            raise explain(exc, path) from exc  # ours, but damaged or held by another program
        raise ProjectError(f"{path}: {Errors.E013} ({exc})") from exc
    if app_id != APPLICATION_ID or version < 1:
        raise ProjectError(f"{path}: {Errors.E013}")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path}: {Errors.E014.format(found=version, supported=SCHEMA_VERSION)}"
        )
    return version


def configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise ProjectError(Errors.E031.format(path="project", reason=f"journal mode {mode}"))
    conn.execute("PRAGMA synchronous = FULL")


def migrate(conn: sqlite3.Connection, path: Path, version: int, *, upto: int) -> None:
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
            (now(), "create" if version == 0 else "migrate",
             json.dumps({"from": version, "to": upto})),
        )
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        rollback(conn)
        raise explain(exc, path) from exc


def writable(conn: sqlite3.Connection) -> bool:
    """Whether the connection may write the file (a read-only file opens "rw" without a
    word and refuses only the first write): a write of nothing, rolled back."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        return not is_read_only(exc)  # busy: another writer, not a read-only file
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute(f"PRAGMA user_version = {version}")
    except sqlite3.OperationalError as exc:
        if is_read_only(exc):
            return False
        raise
    finally:
        rollback(conn)
    return True


def is_read_only(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open database" in text


def explain(exc: sqlite3.Error, path: Path | None) -> ProjectError:
    """The SQLite error as what happened, in the catalogue's words: a lock another program
    holds, a read-only file, a damaged file, tables of another Claimdesk version; else the
    write failed (disk full?)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return ProjectError(Errors.E041.format(path=path))
    if is_read_only(exc):
        return ProjectError(Errors.E042.format(path=path, reason=exc))
    if "malformed" in text or "not a database" in text:
        return ProjectError(Errors.E040.format(path=path, reason=exc))
    if "already exists" in text or "no such table" in text or "no such column" in text:
        which = "a newer" if "already exists" in text else "an older"
        return ProjectError(Errors.E043.format(path=path, which=which,
                                               version=SCHEMA_VERSION, reason=exc))
    return ProjectError(Errors.E031.format(path=path, reason=exc))


def damaged(path: Path | None, damage: Damage) -> ProjectError:
    return ProjectError(Errors.E040.format(path=path, reason=damage.describe()))

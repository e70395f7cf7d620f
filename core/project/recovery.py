"""A safe copy of a project file, while Claimdesk has it open or after a crash.

A project is one SQLite file in write-ahead-log mode: while it is open (or after a crash) the
latest actions may sit in ``PROJECT.claimdesk-wal`` beside it, so copying the ``.claimdesk``
file alone can miss them. ``copy_project`` reads through SQLite (which reads the log too) with
its backup API and writes one self-contained file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from core.errors import Errors, ProjectError
from core.project.copying import write_copy
from core.project.schema import APPLICATION_ID, SCHEMA_VERSION
from core.project.store import Project


def copy_project(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Copy ``source`` to ``target`` (a new file: never overwritten), including every action
    still in the write-ahead log; the copy needs no ``-wal`` file. Returns the target."""
    src, dst = Path(source), Path(target)
    if src.is_dir():
        raise ProjectError(Errors.E039.format(path=src))
    if not src.is_file():
        raise ProjectError(f"{src}: {Errors.E001}")
    if dst.exists():
        raise ProjectError(Errors.E030.format(path=dst))
    uri = f"{src.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # a read-only folder has no room for the log's index: read the file as it stands
            conn.close()
            conn = sqlite3.connect(f"{uri}&immutable=1", uri=True)
    except sqlite3.Error as exc:
        raise ProjectError(f"{src}: {Errors.E013} ({exc})") from exc
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise ProjectError(f"{src}: {Errors.E013} ({exc})") from exc
        if app_id != APPLICATION_ID or not 1 <= version <= SCHEMA_VERSION:
            raise ProjectError(f"{src}: {Errors.E013}")
        return _write_copy(conn.backup, dst)
    finally:
        conn.close()


def copy_open_project(project: Project, target: str | os.PathLike[str]) -> Path:
    """File ▸ Save a Copy: ``project`` as it is open, read through its own connection (so a
    project open read-only in a read-only folder, or kept in memory, copies too) into
    ``target``, a new file; the window keeps working on the original."""
    dst = Path(target)
    if dst.exists():
        raise ProjectError(Errors.E030.format(path=dst))
    project.checkpoint()
    return _write_copy(project.backup, dst)


def _write_copy(backup: Callable[[sqlite3.Connection], None], dst: Path) -> Path:
    tmp = dst.with_name(f".claimdesk-copy-{os.getpid()}.tmp")  # short: long names fit
    return write_copy(backup, dst, tmp)

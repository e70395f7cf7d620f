"""One action = one transaction with a history row; the undo journal of the checker's edits
(the rows each changed, before and after), so Undo and Redo survive closing the project."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from core.errors import Errors, ProjectError
from core.model import Claim, Document, Review
from core.project.codec import decode, dumps, now
from core.project.queries import ProjectQueries
from core.project.schema import explain, rollback

# Undo reaches back this many edits, in this session and after reopening the project.
JOURNAL_LIMIT = 500

# The rows an undoable edit may change (see ``Project._write_row``).
RowTable = typing.Literal["review", "correction", "decision", "claim", "document"]


@dataclass(frozen=True, slots=True)
class Step:
    """One undone or redone edit: its label, the item it was about and the rows it changed
    (table and key), so a view refreshes only those."""

    label: str
    item_id: str | None
    rows: tuple[tuple[RowTable, Any], ...]

    def touches(self, table: RowTable) -> bool:
        return any(t == table for t, _k in self.rows)


def _key(key: Any) -> Any:
    """A journalled row key as stored in JSON, back as a hashable value."""
    return tuple(key) if isinstance(key, list) else key


class JournalledProject(ProjectQueries):
    """Actions as transactions, and Undo and Redo (the base of ``store.Project``)."""

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
            raise explain(exc, self._path) from exc
        self._ops = [] if undo is not None else None
        try:
            yield detail
            conn.execute(
                "INSERT INTO history (time, action, item_id, detail) VALUES (?, ?, ?, ?)",
                (now(), action, item_id, dumps(detail)),
            )
            if forget_undo:
                conn.execute("DELETE FROM journal")
            if undo is not None and self._ops:
                self._journal(undo, item_id, self._ops)
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            rollback(conn)
            raise explain(exc, self._path) from exc
        except BaseException:
            rollback(conn)
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
            (label, item_id, json.dumps(ops, ensure_ascii=False), now()),
        )
        assert cur.lastrowid is not None
        conn.execute("DELETE FROM journal WHERE id <= ?", (cur.lastrowid - JOURNAL_LIMIT,))

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

"""The rows of a project file: one open connection, reading whole tables (naming the rows
that cannot be read) and writing documents, items, verdicts, corrections and orphans."""

from __future__ import annotations

import json
import sqlite3
import typing
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from core.model import Claim, Conflict, Document, Event, Failure, Review, Statement
from core.project.codec import decode, dumps, encode, now, typed_decoder
from core.project.reattach import Orphan
from core.project.schema import Damage, damaged
from core.settings import Settings

# What a failed row decode raises (a bad JSON text, a value of the wrong type or shape).
ROW_ERRORS = (ValueError, TypeError, KeyError, msgspec.DecodeError)

T = TypeVar("T")


class ProjectRows:
    """An open project file's connection and rows (the base of ``store.Project``).

    Use it from the thread that opened it (sqlite3's rule)."""

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

    @property
    def path(self) -> Path | None:
        """The project file; None for a project kept in memory (not saved yet)."""
        return self._path

    def _read_all(self, cls: type[T], table: str) -> list[T]:
        """Every row of ``table`` (its ``data`` column) as ``cls``, through msgspec's typed
        decoder (a project of 100,000 claims opens in about a second); when a row an older
        version wrote is refused, every row goes through ``decode``."""
        rows = self._rows(table, f"SELECT id, data FROM {table} ORDER BY rowid")
        read = typed_decoder(typing.cast(Any, cls)).decode
        try:
            return [read(r[1]) for r in rows]
        except msgspec.ValidationError:
            pass
        except ROW_ERRORS:
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
                raise damaged(self._path, Damage(table, (), str(exc))) from exc
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
            except ROW_ERRORS as exc:
                bad.append(str(row[0]))
                reason = reason or f"{type(exc).__name__}: {exc}"
        if bad:
            damage = Damage(table, tuple(bad), reason)
            if not self._salvage:
                raise damaged(self._path, damage)
            self._damage[(table, "rows")] = damage
        return out

    def _document_order(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT id FROM documents ORDER BY rowid")
        return {r[0]: i for i, r in enumerate(rows)}

    def _next_history_id(self) -> int:
        row = self._conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM history").fetchone()
        return int(row[0])

    def _put_settings(self, settings: Settings) -> None:
        self._conn.execute(
            "INSERT INTO settings (key, value) VALUES ('settings', ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (json.dumps(settings.as_dict()),),
        )

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
            ((d.id, d.sha256, dumps(d)) for d in docs),
        )
        self._conn.executemany("DELETE FROM source_text WHERE document_id = ?",
                               ((d.id,) for d in docs))
        self._conn.executemany("INSERT INTO source_text (document_id, text) VALUES (?, ?)",
                               ((d.id, d.text) for d in docs))

    def _put_failures(self, failures: Iterable[Failure], documents: Iterable[Document]) -> None:
        """The files a run could not read; a file read now is no longer one of them."""
        self._conn.executemany("DELETE FROM failures WHERE path = ?",
                               ((d.path,) for d in documents if d.path))
        self._conn.executemany(
            "INSERT INTO failures (path, message, time) VALUES (?, ?, ?) ON CONFLICT (path)"
            " DO UPDATE SET message = excluded.message, time = excluded.time",
            ((f.path, f.message, now()) for f in failures),
        )

    def _put_claims(self, claims: Iterable[Claim]) -> None:
        self._conn.executemany(
            "INSERT INTO claims (id, document_id, start, \"end\", manual, recalls, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (c.id, c.document_id, c.start, c.end, int(c.manual),
                 None if c.recalls is None else int(c.recalls), dumps(c))
                for c in claims
            ),
        )

    def _put_statements(self, statements: Iterable[Statement]) -> None:
        self._conn.executemany(
            "INSERT INTO statements (id, document_id, start, \"end\", data) VALUES (?, ?, ?, ?, ?)",
            ((s.id, s.document_id, s.start, s.end, dumps(s)) for s in statements),
        )

    def _put_events(self, events: Iterable[Event], conflicts: Iterable[Conflict]) -> None:
        self._conn.execute("DELETE FROM events")
        self._conn.execute("DELETE FROM conflicts")
        self._conn.executemany(
            "INSERT INTO events (id, data) VALUES (?, ?)", ((e.id, dumps(e)) for e in events)
        )
        self._conn.executemany(
            "INSERT INTO conflicts (id, data) VALUES (?, ?)",
            ((x.id, dumps(x)) for x in conflicts),
        )

    def _put_review(self, review: Review) -> None:
        self._conn.execute(
            "INSERT INTO reviews (item_id, status, note, evidence, time) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (item_id) DO UPDATE SET status = excluded.status,"
            " note = excluded.note, evidence = excluded.evidence, time = excluded.time",
            (review.item_id, review.status, review.note, json.dumps(list(review.evidence)),
             now()),
        )

    def _put_correction(self, claim_id: str, field: str, value: object) -> None:
        self._conn.execute(
            "INSERT INTO corrections (claim_id, field, value, time) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (claim_id, field) DO UPDATE SET value = excluded.value,"
            " time = excluded.time",
            (claim_id, field, json.dumps(encode(value)), now()),
        )

    def _put_orphan(self, orphan: Orphan) -> None:
        self._conn.execute(
            "INSERT INTO orphans (id, item_kind, data, review, corrections, reason, time)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (orphan.id, orphan.item_kind, dumps(orphan.item),
             dumps(orphan.review) if orphan.review else None,
             dumps(dict(orphan.corrections)), orphan.reason, orphan.time),
        )

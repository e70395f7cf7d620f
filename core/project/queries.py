"""Reading a project: its documents, claims, statements, events, the checker's work, the
history, and Find in sources over the full text of every source."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from core.model import Claim, Conflict, Document, Event, Failure, Result, Review, Statement
from core.project.codec import decode, decode_value, field_types
from core.project.corrections import effective
from core.project.reattach import Orphan
from core.project.rows import ProjectRows
from core.project.schema import JSON_COLUMNS, Damage
from core.settings import DEFAULT_SETTINGS, Settings

MAX_TEXT_HITS = 200  # Find in sources lists at most this many passages

SNIPPET_CHARS = 40  # context either side of a found passage

_WORD = re.compile(r"\w+")

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


def _settings_from(data: Mapping[str, Any]) -> Settings:
    return decode(Settings, data)


def _orphan_from_row(row: Sequence[Any]) -> Orphan:
    oid, kind, data, review, fixes, reason, time = row
    item: Claim | Statement = (
        decode(Claim, json.loads(data)) if kind == "claim" else decode(Statement, json.loads(data))
    )
    hints = field_types(Claim)
    corrections = {
        k: decode_value(hints[k], v) if k in hints else v
        for k, v in json.loads(fixes).items()
    }
    return Orphan(
        oid, kind, item, decode(Review, json.loads(review)) if review else None,
        corrections, reason, time,
    )


class ProjectQueries(ProjectRows):
    """Reading a project (the base of ``store.Project``)."""

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
        hints = field_types(Claim)
        rows = self._rows(
            "corrections", "SELECT claim_id, field, value FROM corrections ORDER BY rowid")
        for claim_id, field, value in self._decoded(
            "corrections", rows,
            lambda r: (r[0], r[1], decode_value(hints[r[1]], json.loads(r[2]))),
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
        hints = field_types(Claim)
        return {
            field: decode_value(hints[field], json.loads(value))
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
                before, after = _context(text, start, end)
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

    def failures(self) -> list[Failure]:
        """The files a run could not read, in the order they were met."""
        rows = self._conn.execute("SELECT path, message FROM failures ORDER BY rowid")
        return [Failure(path=r[0], message=r[1]) for r in rows]

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
            failures=tuple(self.failures()),
            reviews=self.reviews(),
            extracted=extracted,
        )


_SPACE = re.compile(r"\s")


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """About SNIPPET_CHARS of text each side of a hit, cut at word boundaries (a snippet
    that starts "t 23 people" reads like a misquote); "…" where the text goes on."""
    lo = max(0, start - SNIPPET_CHARS)
    if lo > 0 and not text[lo - 1].isspace():
        space = _SPACE.search(text, lo, start)
        lo = space.end() if space else start
    hi = min(len(text), end + SNIPPET_CHARS)
    if hi < len(text) and not text[hi].isspace():
        spaces = list(_SPACE.finditer(text, end, hi))
        hi = spaces[-1].start() if spaces else end
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return before, after

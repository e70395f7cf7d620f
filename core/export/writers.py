"""Writers for the exports checkers hand on. The JSON writer follows the contract in
``shared/docs/export-format.md`` (format ``claims/1``): fields are added, never renamed."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
import io
import json
import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from core import __version__
from core.errors import Errors, ExportError
from core.model import STATUSES, Claim, Conflict, Document, Result, Review, Statement

GENERATOR = f"Claimdesk {__version__}"


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _number(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id, "path": doc.path, "title": doc.title, "outlet": doc.outlet,
        "author": doc.author, "url": doc.url, "format": doc.format,
        "published": _iso(doc.published), "published_source": doc.published_source,
        "sha256": doc.sha256, "encoding": doc.encoding, "warnings": list(doc.warnings),
    }


def corrected_fields(claim: Claim, extracted: Claim | None) -> list[str]:
    """The fields the checker corrected (empty when ``extracted`` is None)."""
    if extracted is None:
        return []
    return [f.name for f in dataclasses.fields(Claim)
            if getattr(claim, f.name) != getattr(extracted, f.name)]


def claim_row(claim: Claim, *, event_id: str | None, review: Review | None,
              extracted: Claim | None = None) -> dict[str, Any]:
    """One claim of the JSON export; ``value`` is as corrected, ``extracted_value`` as
    extracted (extension of claims/1, see docs/export-extensions.md)."""
    return {
        "id": claim.id, "document_id": claim.document_id,
        "start": claim.start, "end": claim.end, "number_text": claim.number_text,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start, "sentence_end": claim.sentence_end,
        "value": _number(claim.value), "qualifier": claim.qualifier,
        "low": _number(claim.low), "high": _number(claim.high),
        "measure": claim.measure, "subject": claim.subject, "actor": claim.actor,
        "location": claim.location,
        "date_start": _iso(claim.date_start), "date_end": _iso(claim.date_end),
        "date_text": claim.date_text, "attribution": claim.attribution,
        "event_type": claim.event_type, "part_of": claim.part_of, "rule": claim.rule,
        "manual": claim.manual, "event_id": event_id,
        "status": review.status if review else "unverified",
        "note": review.note if review else "",
        "extracted_value": _number((extracted or claim).value),
        "corrected": extracted is not None,
        "corrected_fields": corrected_fields(claim, extracted),
    }


def statement_row(st: Statement, *, event_id: str | None, review: Review | None) -> dict[str, Any]:
    return {
        "id": st.id, "document_id": st.document_id, "start": st.start, "end": st.end,
        "speaker": st.speaker, "speaker_role": st.speaker_role, "speaker_kind": st.speaker_kind,
        "cue": st.cue, "content": st.content, "kind": st.kind, "rule": st.rule,
        "event_id": event_id,
        "status": review.status if review else "unverified",
        "note": review.note if review else "",
    }


def to_json_dict(result: Result) -> dict[str, Any]:
    """The export as plain data (format ``claims/1``)."""
    claim_event = {cid: e.id for e in result.events for cid in e.claim_ids}
    statement_event = {sid: e.id for e in result.events for sid in e.statement_ids}
    return {
        "format": "claims/1",
        "generator": GENERATOR,
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "documents": [document_row(d) for d in result.documents],
        "claims": [
            claim_row(c, event_id=claim_event.get(c.id), review=result.reviews.get(c.id),
                      extracted=result.extracted.get(c.id))
            for c in result.claims
        ],
        "statements": [
            statement_row(s, event_id=statement_event.get(s.id), review=result.reviews.get(s.id))
            for s in result.statements
        ],
        "events": [
            {"id": e.id, "label": e.label, "kind": e.kind, "location": e.location,
             "date_start": _iso(e.date_start), "date_end": _iso(e.date_end),
             "claim_ids": list(e.claim_ids), "statement_ids": list(e.statement_ids),
             "links": [{"a": ln.a, "b": ln.b, "score": round(ln.score, 3),
                        "reasons": list(ln.reasons)} for ln in e.links]}
            for e in result.events
        ],
        "conflicts": [
            {"id": x.id, "event_id": x.event_id, "claim_ids": list(x.claim_ids),
             "measure": x.measure, "kind": x.kind, "explanation": x.explanation}
            for x in result.conflicts
        ],
        "statement_conflicts": [
            {"id": x.id, "event_id": x.event_id, "statement_ids": list(x.statement_ids),
             "kind": x.kind, "explanation": x.explanation}
            for x in result.statement_conflicts
        ],
        "failures": [{"path": f.path, "message": f.message} for f in result.failures],
    }


# What an OSError means for an export, said plainly (errno → reason).
_WRITE_REASONS: dict[int, str] = {
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the folder path is a file, not a folder",
    errno.EISDIR: "it is a folder: give a file name",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EACCES: "permission denied (is the file open in another program, or the folder "
    "read-only?)",
    errno.EPERM: "permission denied (is the file open in another program, or the folder "
    "read-only?)",
    errno.EBUSY: "the file is in use by another program",
}


def write_reason(exc: OSError) -> str:
    """Why a write failed, in the user's terms."""
    if exc.errno in _WRITE_REASONS:
        return _WRITE_REASONS[exc.errno]
    return str(exc.strerror or exc)


def check_target(target: str | os.PathLike[str]) -> None:
    """Raise ``ExportError`` now if ``target`` cannot be written (missing folder, a folder
    given as the file, a read-only folder), before any work is spent on it."""
    path = Path(target)
    folder = path.parent
    try:
        if len(os.fsencode(path.name)) > _name_max(folder):
            reason = _WRITE_REASONS[errno.ENAMETOOLONG]
        elif path.is_dir():
            reason = _WRITE_REASONS[errno.EISDIR]
        elif not folder.is_dir():
            reason = _WRITE_REASONS[errno.ENOENT if not folder.exists() else errno.ENOTDIR]
        elif not os.access(folder, os.W_OK | os.X_OK):
            reason = _WRITE_REASONS[errno.EACCES]
        else:
            return
    except OSError as exc:
        reason = write_reason(exc)
    raise ExportError(Errors.E015.format(target=printable(str(path)), reason=reason))


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # not on every system
        return 255


def printable(text: str) -> str:
    """A file name as a terminal may print it: control characters (newlines, escape codes)
    shown as ``\\n``, ``\\x1b``, never sent raw."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
# The temporary file's name: short, so a target name at the file system's limit still works.
_TMP_PREFIX = ".claimdesk-"


def write_atomic(target: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> None:
    """Write through a temporary file in the target's folder, then rename it into place:
    a failure never leaves half a file behind."""
    path = Path(target)
    shown = printable(str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=".tmp", dir=path.parent or ".")
    except OSError as exc:
        raise ExportError(Errors.E015.format(target=shown, reason=write_reason(exc))) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        # mkstemp makes the file private (0600); an export keeps the mode of the file it
        # replaces, or gets the usual 0644
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.is_file() else 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(Errors.E015.format(target=shown, reason=write_reason(exc))) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(
    result: Result, target: str | os.PathLike[str], *, verified_only: bool = False
) -> None:
    subset = verified_subset(result) if verified_only else result
    data = _json_bytes(to_json_dict(subset))
    write_atomic(target, lambda fh: _write_bytes(fh, data))


def _json_bytes(data: Any) -> bytes:
    # json escapes control characters itself; a lone surrogate (pasted text) has no UTF-8
    # form and becomes "?", one character for one, so offsets still hold
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8", errors="replace")


# --- safe cells ---------------------------------------------------------------------------

# Text Excel (or LibreOffice) may read as the start of a formula once a user edits the cell.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CELL_LIMIT = 32_767  # Excel's maximum characters in a cell
TRUNCATION_NOTE = " … [cut by Claimdesk: Excel holds 32,767 characters; {n} in full]"
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Characters a workbook (XML 1.0) cannot hold: C0 controls (PDFs bring form feeds),
# U+FFFE/U+FFFF, and lone surrogates, which no UTF-8 file can hold either.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# What a spreadsheet may skip before reading "=": spaces and the controls made spaces.
_LEADING = " \t\r\n\x0b\x0c"


def clean_text(text: str) -> str:
    """Text any export can hold: characters a workbook or a UTF-8 file cannot hold become
    spaces (one for one: offsets into the text still hold)."""
    return _ILLEGAL.sub(" ", text) if _ILLEGAL.search(text) else text


def looks_like_formula(text: str) -> bool:
    """Would a spreadsheet read this cell as a formula (once a user edits it)? Leading
    spaces and control characters do not hide an "=" from it."""
    return text.startswith(FORMULA_PREFIXES) or clean_text(text).lstrip(_LEADING).startswith(
        FORMULA_PREFIXES
    )


def safe_text(text: str) -> str:
    """Text as a cell can hold it: control characters become spaces, and text over Excel's
    limit is cut with a visible note saying so."""
    text = clean_text(text)
    if len(text) > CELL_LIMIT:
        note = TRUNCATION_NOTE.format(n=f"{len(text):,}")
        text = text[: CELL_LIMIT - len(note)] + note
    return text


def safe_sheet_title(name: str) -> str:
    """A valid sheet title: no ``[]:*?/\\``, no apostrophe at either end, 31 characters."""
    title = SHEET_TITLE_FORBIDDEN.sub("", name).strip("'")[:31].strip("'")
    return title or "Sheet"


def verified_subset(result: Result) -> Result:
    """Only the verified claims and statements, with the events, conflicts and documents that
    still concern them."""
    def ok(item_id: str) -> bool:
        review = result.reviews.get(item_id)
        return review is not None and review.status == "verified"

    claims = tuple(c for c in result.claims if ok(c.id))
    statements = tuple(s for s in result.statements if ok(s.id))
    kept = {c.id for c in claims} | {s.id for s in statements}
    events = tuple(
        dataclasses.replace(
            e,
            claim_ids=tuple(i for i in e.claim_ids if i in kept),
            statement_ids=tuple(i for i in e.statement_ids if i in kept),
            links=tuple(ln for ln in e.links if ln.a in kept and ln.b in kept),
        )
        for e in result.events
        if kept.intersection(e.claim_ids) or kept.intersection(e.statement_ids)
    )
    docs = {c.document_id for c in claims} | {s.document_id for s in statements}
    return dataclasses.replace(
        result,
        documents=tuple(d for d in result.documents if d.id in docs),
        claims=claims,
        statements=statements,
        events=events,
        conflicts=tuple(x for x in result.conflicts if kept.issuperset(x.claim_ids)),
        reviews={k: v for k, v in result.reviews.items() if k in kept},
    )


# --- what the sheets show -------------------------------------------------------------------

def _range_text(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "any figure"
    if high is None:
        return f"{_number(low)} or more"
    if low is None:
        return f"up to {_number(high)}"
    return f"{_number(low)}" if low == high else f"{_number(low)}–{_number(high)}"


def source_link(doc: Document, *, page: int | None = None) -> str | None:
    """Where a checker opens the source: the imported file (at the PDF page), else its URL."""
    if doc.path:
        path = Path(doc.path)
        uri = path.as_uri() if path.is_absolute() else path.as_posix()
        return f"{uri}#page={page}" if page else uri
    return doc.url


def _figure(claim: Claim | None) -> str | None:
    return f"{claim.number_text} {claim.measure}" if claim else None


CLAIM_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Source", 22), ("Outlet", 16), ("Date", 11), ("Figure as written", 18), ("Value", 9),
    ("Qualifier", 10), ("Low", 8), ("High", 8), ("Measure", 10), ("Subject", 18),
    ("Actor", 18), ("Place", 14), ("Period start", 11), ("Period end", 11),
    ("Attribution", 18), ("Event", 24), ("Status", 11), ("Note", 24), ("Sentence", 70),
    # the checker's corrections: Value above is as corrected (added last: readers of the
    # reviewed workbook find columns by header, older sheets keep their positions)
    ("Claim id", 9), ("Extracted value", 9), ("Corrected", 12), ("Link", 14),
)
STATUS_COLUMN = [h for h, _w in CLAIM_COLUMNS].index("Status") + 1
SENTENCE_COLUMN = [h for h, _w in CLAIM_COLUMNS].index("Sentence") + 1
LINK_COLUMN = [h for h, _w in CLAIM_COLUMNS].index("Link") + 1

STATEMENT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Statement id", 11), ("Source", 22), ("Speaker", 20), ("Role", 20), ("Speaker kind", 12),
    ("Kind", 13), ("Cue", 16), ("Content", 70), ("Event", 24), ("Status", 11), ("Note", 24),
)
EVENT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Event", 30), ("Event id", 9), ("Measure", 10), ("Claims", 8), ("Claim ids", 20),
    ("Lowest", 9), ("Highest", 9), ("Range", 12), ("Conservative figure", 12),
    ("Conflicts", 30), ("Place", 14), ("Period start", 11), ("Period end", 11),
)
CONFLICT_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Kind", 13), ("Measure", 10), ("Event", 30), ("Claim A", 9), ("Figure A", 22),
    ("Source A", 20), ("Claim B", 9), ("Figure B", 22), ("Source B", 20),
    ("Other claims", 12), ("Explanation", 50), ("Conflict id", 10),
)
SOURCE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Document id", 11), ("Name", 24), ("Title", 36), ("Outlet", 16), ("Author", 18),
    ("Published", 11), ("Date from", 10), ("URL", 30), ("Path", 30), ("Format", 8),
    ("Encoding", 10), ("Pages", 7), ("Warnings", 30), ("SHA-256", 66),
)
# Conditional-format fills for the verdicts (light tints a reviewer can read text over).
STATUS_FILLS = {
    "verified": "C6EFCE", "false": "FFC7CE", "disputed": "FFEB9C", "unclear": "DDEBF7",
}


class _Labels:
    """Lookups shared by the claim rows: document, event label, verdict."""

    def __init__(self, result: Result) -> None:
        self.docs = {d.id: d for d in result.documents}
        self.event_label = {}
        for e in result.events:
            for cid in (*e.claim_ids, *e.statement_ids):
                self.event_label[cid] = e.label
        self.reviews = result.reviews
        self.extracted = result.extracted
        self._links: dict[tuple[str, int | None], str | None] = {}

    def link(self, claim: Claim) -> str | None:
        doc = self.docs.get(claim.document_id)
        if doc is None:
            return None
        page = doc.page_at(claim.start) if doc.pages else None
        key = (doc.id, page)
        if key not in self._links:
            self._links[key] = source_link(doc, page=page)
        return self._links[key]

    def status(self, item_id: str) -> tuple[str, str]:
        review = self.reviews.get(item_id)
        return (review.status, review.note) if review else ("unverified", "")


def claim_values(claim: Claim, labels: _Labels) -> list[Any]:
    """One Claims row (CLAIM_COLUMNS), as plain values; the link is the last value."""
    doc = labels.docs.get(claim.document_id)
    status, note = labels.status(claim.id)
    return [
        doc.name if doc else claim.document_id, doc.outlet if doc else None,
        doc.published if doc else None, claim.number_text, _number(claim.value),
        claim.qualifier, _number(claim.low), _number(claim.high), claim.measure,
        claim.subject, claim.actor, claim.location, claim.date_start, claim.date_end,
        claim.attribution, labels.event_label.get(claim.id), status, note, claim.sentence,
        claim.id, _number(labels.extracted.get(claim.id, claim).value),
        ", ".join(corrected_fields(claim, labels.extracted.get(claim.id))) or None,
        labels.link(claim),
    ]


# --- Excel ---------------------------------------------------------------------------------

PAPER_A4 = 9  # the paper size code of the OOXML page setup


class _SheetWriter:
    """A write-only sheet with our habits: bold frozen header, widths, autofilter, safe text.

    Styled cells share one style array per look (copying openpyxl's per-cell style lookups
    for 100,000 rows would cost more than the rows themselves)."""

    def __init__(self, wb: Any, title: str, columns: Sequence[tuple[str, int]]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        self.ws = wb.create_sheet(safe_sheet_title(title))
        self.columns = columns
        self.rows = 0
        self._cell = WriteOnlyCell
        for i, (_header, width) in enumerate(columns, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A2"
        self._print_setup()

        def style(**looks: Any) -> Any:
            cell = WriteOnlyCell(self.ws)
            for name, value in looks.items():
                setattr(cell, name, value)
            return cell._style

        top = Alignment(vertical="top")
        wrap = Alignment(wrap_text=True, vertical="top")
        self.header_style = style(font=Font(bold=True))
        self.quoted_style = style(quotePrefix=True)
        self.wrap_style = style(alignment=wrap)
        self.wrap_quoted_style = style(alignment=wrap, quotePrefix=True)
        self.link_style = style(font=Font(color="0563C1", underline="single"), alignment=top)
        self.last_column = get_column_letter(len(columns))
        self.ws.append([self._styled(h, self.header_style) for h, _w in columns])

    def _print_setup(self) -> None:
        """A sheet that prints as a checker hands it on: landscape, the columns fitted to
        the page width (as many pages down as it takes), the header row on every page and
        the sheet name with the page number in the footer."""
        ws = self.ws
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        ws.print_options.gridLines = True
        ws.oddFooter.left.text = "&A"  # the sheet name
        ws.oddFooter.right.text = "Page &P of &N"

    def _styled(self, value: Any, style: Any, *, text: bool = False) -> Any:
        cell = self._cell(self.ws, value)
        if text:
            cell.data_type = "s"  # never a formula, whatever the first character
        cell._style = style
        return cell

    def text(self, value: str, *, wrap: bool = False) -> Any:
        """A text cell that stays text: no formula, whatever the first character."""
        value = safe_text(value)
        if looks_like_formula(value):
            return self._styled(value, self.wrap_quoted_style if wrap else self.quoted_style,
                                text=True)
        return self._styled(value, self.wrap_style) if wrap else value

    def link(self, target: str | None, label: str) -> Any:
        if not target:
            return None
        cell = self._styled(safe_text(label), self.link_style, text=True)
        cell.hyperlink = clean_text(target)
        return cell

    def append(self, values: Sequence[Any], *, wrap: int = 0, link: int = 0) -> None:
        """Append a row of plain values: text is made safe, column ``wrap`` wraps and column
        ``link`` (1-based) holds a link target shown as a hyperlink."""
        row = list(values)
        for i, value in enumerate(row):
            if type(value) is str:
                if not value:
                    row[i] = None  # an empty cell, not an empty string cell
                elif i + 1 == link:
                    row[i] = self.link(value, _link_label(value))
                elif i + 1 == wrap:
                    row[i] = self.text(value, wrap=True)
                elif looks_like_formula(value) or len(value) > CELL_LIMIT or (
                    _ILLEGAL.search(value)
                ):
                    row[i] = self.text(value)
        self.ws.append(row)
        self.rows += 1

    def finish(self) -> None:
        self.ws.auto_filter.ref = f"A1:{self.last_column}{self.rows + 1}"

    def status_column(self, column: int) -> None:
        """Verdict colours (conditional formatting) and a drop-down of the verdicts."""
        from openpyxl.formatting.rule import CellIsRule
        from openpyxl.styles import PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        letter = get_column_letter(column)
        cells = f"{letter}2:{letter}{max(self.rows + 1, 2)}"
        for status, colour in STATUS_FILLS.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            self.ws.conditional_formatting.add(
                cells, CellIsRule(operator="equal", formula=[f'"{status}"'], fill=fill)
            )
        dv = DataValidation(
            type="list", formula1=f'"{",".join(STATUSES)}"', allow_blank=False,
            showErrorMessage=True, errorTitle="Status",
            error=f"Choose one of: {', '.join(STATUSES)}",
        )
        dv.add(cells)
        self.ws.data_validations.append(dv)


@dataclass(frozen=True, slots=True)
class SheetData:
    """One sheet as plain values; the writer adds the looks. Columns are 1-based."""

    title: str
    columns: tuple[tuple[str, int], ...]
    rows: list[list[Any]]
    wrap: int = 0  # a column of long text that wraps
    status: int = 0  # a verdict column: colours and a drop-down
    link: int = 0  # a column of link targets, written as hyperlinks


def _link_label(target: str) -> str:
    _head, _sep, page = target.partition("#page=")
    return f"page {page}" if page else "open source"


def _claim_rows(result: Result, labels: _Labels) -> list[list[Any]]:
    return [claim_values(c, labels) for c in result.claims]


def _statement_rows(result: Result, labels: _Labels) -> list[list[Any]]:
    rows = []
    for st in result.statements:
        doc = labels.docs.get(st.document_id)
        status, note = labels.status(st.id)
        rows.append([
            st.id, doc.name if doc else st.document_id, st.speaker, st.speaker_role,
            st.speaker_kind, st.kind, st.cue, st.content, labels.event_label.get(st.id),
            status, note,
        ])
    return rows


def _event_rows(result: Result) -> list[list[Any]]:
    """One row per event and measure: the range and conservative figure of
    ``core.group.conflicts.summarise`` (the scope reported most often, whole counts only)."""
    from core.group.conflicts import summarise

    conflicts: dict[tuple[str, str], list[Conflict]] = {}
    for x in result.conflicts:
        conflicts.setdefault((x.event_id, x.measure), []).append(x)
    by_id = {c.id: c for c in result.claims}
    rows = []
    for e in result.events:
        members = [by_id[i] for i in e.claim_ids if i in by_id]
        for fig in summarise(e, members):
            found = conflicts.get((e.id, fig.measure), [])
            rows.append([
                e.label, e.id, fig.measure, len(fig.claim_ids), ", ".join(fig.claim_ids),
                _number(fig.low), _number(fig.high), _range_text(fig.low, fig.high),
                _number(fig.conservative),
                "; ".join(f"{x.kind} ({', '.join(x.claim_ids)})" for x in found) or None,
                e.location, e.date_start, e.date_end,
            ])
    return rows


def _conflict_rows(result: Result, labels: _Labels) -> list[list[Any]]:
    claims = {c.id: c for c in result.claims}
    events = {e.id: e.label for e in result.events}

    def source(claim: Claim | None) -> str | None:
        doc = labels.docs.get(claim.document_id) if claim else None
        return doc.name if doc else None

    rows = []
    for x in result.conflicts:
        a_id, b_id = [*x.claim_ids, None, None][:2]
        a, b = claims.get(a_id or ""), claims.get(b_id or "")
        rows.append([
            x.kind, x.measure, events.get(x.event_id, x.event_id), a_id, _figure(a), source(a),
            b_id, _figure(b), source(b), ", ".join(x.claim_ids[2:]) or None, x.explanation, x.id,
        ])
    return rows


def _source_rows(result: Result) -> list[list[Any]]:
    return [
        [d.id, d.name, d.title, d.outlet, d.author, d.published, d.published_source, d.url,
         d.path, d.format, d.encoding, len(d.pages) or None, "; ".join(d.warnings) or None,
         d.sha256]
        for d in result.documents
    ]


def _about_rows(
    result: Result, *, settings: Mapping[str, Any], verified_only: bool, exported: dt.datetime
) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["Generator", GENERATOR], ["Claimdesk version", __version__],
        ["Exported (UTC)", exported.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)],
        ["Verified only", "yes" if verified_only else "no"],
        ["Claims", len(result.claims)], ["Statements", len(result.statements)],
        ["Events", len(result.events)], ["Conflicts", len(result.conflicts)],
        ["Sources", len(result.documents)],
    ]
    for key, value in settings.items():
        plain = isinstance(value, str | int | float | dt.date | type(None))
        rows.append([f"Setting: {key}", value if plain else json.dumps(value)])
    return rows


def workbook_sheets(
    result: Result,
    *,
    settings: Mapping[str, Any] | None = None,
    verified_only: bool = False,
    exported: dt.datetime | None = None,
) -> list[SheetData]:
    """The workbook's content as plain values, sheet by sheet."""
    subset = verified_subset(result) if verified_only else result
    labels = _Labels(subset)
    when = exported or dt.datetime.now(dt.UTC)
    return [
        SheetData("Claims", CLAIM_COLUMNS, _claim_rows(subset, labels),
                  wrap=SENTENCE_COLUMN, status=STATUS_COLUMN, link=LINK_COLUMN),
        SheetData("Events", EVENT_COLUMNS, _event_rows(subset)),
        SheetData("Conflicts", CONFLICT_COLUMNS, _conflict_rows(subset, labels), wrap=11),
        SheetData("Statements", STATEMENT_COLUMNS, _statement_rows(subset, labels),
                  wrap=8, status=10),
        SheetData("Sources", SOURCE_COLUMNS, _source_rows(subset)),
        SheetData("About", (("Field", 24), ("Value", 60)), _about_rows(
            subset, settings=settings or {}, verified_only=verified_only, exported=when)),
    ]


def write_xlsx(
    result: Result,
    target: str | os.PathLike[str],
    *,
    settings: Mapping[str, Any] | None = None,
    verified_only: bool = False,
) -> None:
    """The workbook an editor opens: Claims, Events, Conflicts, Statements, Sources, About.
    Pass the claims as corrected (``Project.result(corrected=True)``)."""
    from openpyxl import Workbook

    check_target(target)
    wb = Workbook(write_only=True)
    for data in workbook_sheets(result, settings=settings, verified_only=verified_only):
        sheet = _SheetWriter(wb, data.title, data.columns)
        for values in data.rows:
            sheet.append(values, wrap=data.wrap, link=data.link)
        if data.status:
            sheet.status_column(data.status)
        sheet.finish()
    # Saved in memory first: a write-only workbook that fails half-way through saving leaves
    # its sheet writers open, and Python prints their tracebacks on exit.
    buffer = io.BytesIO()
    wb.save(buffer)
    content = buffer.getvalue()
    write_atomic(target, lambda fh: _write_bytes(fh, content))


# --- CSV -----------------------------------------------------------------------------------

CSV_COLUMNS = (*[h for h, _w in CLAIM_COLUMNS], "Document id")


def _csv_value(value: Any, *, excel_safe: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        value = _CSV_ILLEGAL.sub(" ", value) if _CSV_ILLEGAL.search(value) else value
        if excel_safe and looks_like_formula(value):
            # A CSV has no cell types: Excel evaluates "=…" on opening. The apostrophe is how
            # Excel itself marks typed text (OWASP's advice for CSV injection).
            return "'" + value
    return value


# What a CSV cell cannot carry safely: the workbook's illegal characters and DEL (a
# spreadsheet may drop them and then read what follows them as a formula).
_CSV_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def write_csv(
    result: Result,
    target: str | os.PathLike[str],
    *,
    verified_only: bool = False,
    excel_safe: bool = True,
) -> None:
    """One row per claim (the Claims sheet's columns), UTF-8 with a BOM so Excel reads it as
    UTF-8. ``excel_safe`` prefixes text that Excel would evaluate as a formula with ``'``."""
    subset = verified_subset(result) if verified_only else result
    labels = _Labels(subset)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for claim in subset.claims:
        values = [*claim_values(claim, labels), claim.document_id]
        writer.writerow([_csv_value(v, excel_safe=excel_safe) for v in values])
    data = buffer.getvalue().encode("utf-8-sig")
    write_atomic(target, lambda fh: _write_bytes(fh, data))


def _write_bytes(fh: IO[bytes], data: bytes) -> None:
    fh.write(data)


# --- ClaimReview ---------------------------------------------------------------------------

# The verdict scale on schema.org's Rating: 1 (false) … 3 (true). "disputed" and "unclear"
# both mean "not established", so they share the middle and differ by alternateName, which
# is what readers and search engines show.
VERDICT_RATINGS: dict[str, tuple[int, str]] = {
    "false": (1, "False"), "disputed": (2, "Disputed"), "unclear": (2, "Unproven"),
    "verified": (3, "True"),
}


def claimreview_items(
    result: Result,
    *,
    organisation: str,
    organisation_url: str | None = None,
    published: dt.date | None = None,
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim with a verdict (status other than unverified)."""
    if not organisation.strip():
        raise ExportError(Errors.E038)
    docs = {d.id: d for d in result.documents}
    author: dict[str, Any] = {"@type": "Organization", "name": organisation}
    if organisation_url:
        author["url"] = organisation_url
    day = (published or dt.datetime.now(dt.UTC).date()).isoformat()
    items = []
    for claim in result.claims:
        review = result.reviews.get(claim.id)
        if review is None or review.status not in VERDICT_RATINGS:
            continue
        value, name = VERDICT_RATINGS[review.status]
        doc = docs.get(claim.document_id)
        appearance: dict[str, Any] = {"@type": "CreativeWork"}
        if doc is not None:
            url = doc.url or source_link(doc)
            if url:
                appearance["url"] = url
            if doc.published:
                appearance["datePublished"] = doc.published.isoformat()
            if doc.title:
                appearance["headline"] = doc.title
            if doc.outlet:
                appearance["publisher"] = {"@type": "Organization", "name": doc.outlet}
        item_reviewed: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
        if doc is not None and doc.published:
            item_reviewed["datePublished"] = doc.published.isoformat()
        if claim.attribution:
            item_reviewed["author"] = {"@type": "Thing", "name": claim.attribution}
        entry: dict[str, Any] = {
            "@type": "ClaimReview",
            "identifier": claim.id,
            "datePublished": day,
            "claimReviewed": claim.sentence.strip(),
            "itemReviewed": item_reviewed,
            "author": author,
            "reviewRating": {
                "@type": "Rating", "ratingValue": value, "bestRating": 3, "worstRating": 1,
                "alternateName": name,
            },
        }
        if review.note:
            entry["reviewBody"] = review.note
        items.append(entry)
    return items


def write_claimreview(
    result: Result,
    target: str | os.PathLike[str],
    *,
    organisation: str,
    organisation_url: str | None = None,
    verified_only: bool = False,
) -> None:
    """ClaimReview JSON-LD (``@graph`` of ClaimReview objects) for the claims with a verdict."""
    subset = verified_subset(result) if verified_only else result
    doc = {
        "@context": "https://schema.org",
        "@graph": claimreview_items(
            subset, organisation=organisation, organisation_url=organisation_url
        ),
    }
    write_atomic(target, lambda fh: _write_bytes(fh, _json_bytes(doc)))

"""A checker's list of sources: per file, its publication date, outlet, title and URL.

A CSV with a header row naming ``file`` and any of ``published``, ``outlet``, ``title``,
``url`` (other columns are ignored, as a spreadsheet of links carries more). A row names a file
by the path given on the command line, or by its file name when that is unique in the batch.
A row naming a file that is not in the batch, or a date that cannot be read, is an error naming
the list, the row and the file: metadata silently dropped would group reports wrongly.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import Errors, InputError
from core.model import Document

COLUMNS = ("file", "published", "outlet", "title", "url")


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What the list says about one file; None where the row leaves a column out or empty."""

    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


def _key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


def read_sources(
    path: str | os.PathLike[str], files: Sequence[str | os.PathLike[str]]
) -> dict[str, SourceInfo]:
    """The list at ``path`` as ``{batch path (as given): SourceInfo}``; raises InputError."""
    name = os.fspath(path)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(name, Errors.E001) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, Errors.E006.format(reason=exc)) from None
    reader = csv.DictReader(text.splitlines())
    header = [(h or "").strip().casefold() for h in reader.fieldnames or ()]
    if "file" not in header:
        raise InputError(name, Errors.E072)
    reader.fieldnames = header
    by_path = {_key(f): os.fspath(f) for f in files}
    by_name: dict[str, list[str]] = {}
    for f in files:
        by_name.setdefault(Path(f).name.casefold(), []).append(os.fspath(f))
    out: dict[str, SourceInfo] = {}
    for row_no, row in enumerate(reader, start=2):
        cells = {k: (v or "").strip() for k, v in row.items() if k in COLUMNS}
        listed = cells.get("file", "")
        if not listed and not any(cells.values()):
            continue  # a blank line
        target = by_path.get(_key(listed))
        if target is None:
            named = by_name.get(Path(listed).name.casefold(), [])
            target = named[0] if len(named) == 1 and listed else None
        if target is None:
            raise InputError(name, Errors.E070.format(row=row_no, file=listed))
        if target in out:
            raise InputError(name, Errors.E073.format(row=row_no, file=listed))
        out[target] = SourceInfo(
            published=_date(cells.get("published", ""), name, row_no, listed),
            outlet=cells.get("outlet") or None,
            title=cells.get("title") or None,
            url=cells.get("url") or None,
        )
    return out


def _date(value: str, name: str, row: int, file: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10] if len(value) > 10 and value[10] in "T " else value)
    except ValueError:
        raise InputError(name, Errors.E071.format(row=row, value=value, file=file)) from None


def apply(doc: Document, info: SourceInfo) -> Document:
    """The document with the list's fields filled in; the list wins over what the file says."""
    changes: dict[str, object] = {
        k: v for k, v in (("outlet", info.outlet), ("title", info.title), ("url", info.url)) if v
    }
    if info.published is not None:
        changes.update(published=info.published, published_source="user")
    return dataclasses.replace(doc, **changes) if changes else doc  # type: ignore[arg-type]


def apply_all(documents: Sequence[Document], sources: Mapping[str, SourceInfo]) -> list[Document]:
    """Each document with its row of the list (matched by the path it was loaded from)."""
    keyed = {_key(p): info for p, info in sources.items()}
    return [
        apply(d, keyed[_key(d.path)]) if d.path and _key(d.path) in keyed else d for d in documents
    ]

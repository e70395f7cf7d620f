"""Read one file (txt, md, html, pdf, docx) or pasted text into a ``Document``.

``Document.text`` is the text as decoded, with a byte-order mark removed and every line ending
(``\\r\\n``, ``\\r``) normalised to ``\\n``; claim offsets, ``Document.body`` and ``Document.pages``
index that normalised string. ``Document.sha256`` is the digest of the file's bytes as read.

Every failure is an ``InputError`` whose message names the file in one line: parsers of
untrusted files raise anything, so ``load`` converts whatever escapes into one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from core.errors import Errors, InputError
from core.ingest.decoding import (
    RejectError,
    decode,
    encoding_warnings,
    normalise,
)
from core.ingest.formats import parse_docx, parse_html, parse_pdf, reject_reason, replace_document
from core.ingest.furniture import body_spans, without_markup
from core.ingest.outlets import infer_outlet, is_date_line
from core.ingest.prose import not_news_reason
from core.model import Document, Span
from core.settings import DEFAULT_SETTINGS, Settings

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".text",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".xhtml",
    ".pdf",
    ".docx",
)
_FORMATS: dict[str, str] = {
    "": "txt",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
MEGABYTE = 1_048_576  # the unit of the file size limit (25 MB) in messages
# A real suffix is short and alphanumeric; "Report 2.final draft" has none, it is plain text.
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")

_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def load(
    path: str | os.PathLike[str], *, doc_id: str, settings: Settings = DEFAULT_SETTINGS
) -> Document:
    """Import one file; raise ``InputError`` (and nothing else) when it cannot be imported."""
    name = os.fspath(path)
    try:
        doc = _load(name, doc_id=doc_id, settings=settings)
    except RejectError as exc:
        raise InputError(name, exc.message) from None
    except MemoryError:
        raise InputError(name, Errors.E006.format(reason="not enough memory to read it")) from None
    except RecursionError:
        raise InputError(
            name, Errors.E006.format(reason="its structure is nested too deeply to read")
        ) from None
    except Exception as exc:  # parsers of untrusted files raise anything
        raise InputError(name, Errors.E006.format(reason=reject_reason(exc))) from None
    if doc.title is None:
        doc = replace_document(doc, title=headline(doc.text, doc.body))
    if doc.outlet is None:  # no site name in the file: a masthead, byline or agency tag
        doc = replace_document(doc, outlet=infer_outlet(doc.text))
    if settings.published is not None:
        return replace_document(doc, published=settings.published, published_source="user")
    return doc


def from_text(
    text: str,
    *,
    doc_id: str,
    title: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    path: str | None = None,
) -> Document:
    """A document from pasted text (the GUI's paste action); empty text is an ``InputError``."""
    # a lone surrogate (a broken paste) has no UTF-8 form: the parser and every file refuse
    # it, so it becomes U+FFFD, one character for one
    clean = _LONE_SURROGATE.sub("\ufffd", normalise(text))
    if not clean.strip():
        raise InputError(path or "pasted text", Errors.E003)
    reason = not_news_reason(clean)
    if reason is not None:
        raise InputError(path or "pasted text", Errors.E018.format(reason=reason))
    return Document(
        id=doc_id,
        text=clean,
        path=path,
        format="paste",
        title=title or headline(clean, body_spans(clean)),
        outlet=outlet or infer_outlet(clean),
        published=published,
        published_source="user" if published is not None else None,
        sha256=hashlib.sha256(clean.encode("utf-8")).hexdigest(),
        encoding="utf-8",
        body=body_spans(clean),
    )


# --- files --------------------------------------------------------------------------------


def _load(name: str, *, doc_id: str, settings: Settings) -> Document:
    file = Path(name)
    try:
        info = file.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise RejectError(Errors.E001) from None
    except OSError as exc:
        raise RejectError(Errors.E006.format(reason=reject_reason(exc))) from None
    if stat.S_ISDIR(info.st_mode):
        raise RejectError(Errors.E002)
    fmt = _format_of(file.name)
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        raise RejectError(Errors.E006.format(reason="not a regular file"))
    limit = settings.max_file_bytes
    if info.st_size > limit:
        raise RejectError(Errors.E005.format(size=byte_size(info.st_size),
                                             limit=byte_size(limit)))
    data = _read(file, limit)
    if not data:
        raise RejectError(Errors.E003)
    parse = _PARSERS[fmt]
    base = Document(
        id=doc_id,
        text="",
        path=name,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    doc = parse(data, base)
    _check_prose(doc.text)
    return doc


def _check_prose(text: str) -> None:
    """A crash dump or a log is refused, named, before it becomes thousands of claims."""
    reason = not_news_reason(text)
    if reason is not None:
        raise RejectError(Errors.E018.format(reason=reason))


def byte_size(n: int) -> str:
    """A file size as a reader says it: "26.7 MB", "1,800 bytes" (MB of 1,048,576 bytes, as
    the 25 MB limit is counted)."""
    if n < MEGABYTE:
        return f"{n:,} bytes"
    return f"{n / MEGABYTE:.1f}".removesuffix(".0") + " MB"


def _format_of(filename: str) -> str:
    suffix = Path(filename).suffix
    if not _SUFFIX.fullmatch(suffix):
        suffix = ""
    fmt = _FORMATS.get(suffix.lower())
    if fmt is None:
        raise RejectError(
            Errors.E007.format(suffix=suffix, supported=", ".join(SUPPORTED_SUFFIXES))
        )
    return fmt


def _read(file: Path, limit: int) -> bytes:
    try:
        with file.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise RejectError(Errors.E001) from None
    except IsADirectoryError:
        raise RejectError(Errors.E002) from None
    except OSError as exc:
        raise RejectError(Errors.E006.format(reason=reject_reason(exc))) from None
    if len(data) > limit:  # grew after stat()
        raise RejectError(Errors.E005.format(size=f"over {byte_size(limit)}",
                                             limit=byte_size(limit)))
    return data


# --- plain text and Markdown ----------------------------------------------------------------


def _parse_text(data: bytes, base: Document) -> Document:
    text, encoding = decode(data)
    text = normalise(text)
    if not text.strip():
        raise RejectError(Errors.E003)
    return replace_document(
        base,
        text=text,
        encoding=encoding,
        body=body_spans(text),
        warnings=encoding_warnings(encoding),
    )


# --- helpers --------------------------------------------------------------------------------

_PARSERS: dict[str, Callable[[bytes, Document], Document]] = {
    "txt": _parse_text,
    "md": _parse_text,
    "html": parse_html,
    "pdf": parse_pdf,
    "docx": parse_docx,
}


def headline(text: str, body: Sequence[Span]) -> str | None:
    """A plain-text article's headline: the first line of its body that reads like one
    (4 to 25 words: longer is a paragraph, shorter a masthead or section name; a date line,
    "Norhaven Courier, 6 May 2031", is the outlet's and the issue's, not a headline)."""
    for span in body or (Span(0, len(text)),):
        for line in text[span.start : span.end].split("\n"):
            words = without_markup(line).split()
            if 4 <= len(words) <= 25 and "|" not in line and not is_date_line(line):
                return " ".join(words)
            if len(words) > 25:
                return None
    return None

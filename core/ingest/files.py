"""Read one file (txt, md, html, pdf, docx) or pasted text into a ``Document``.

``Document.text`` is the text as decoded, with a byte-order mark removed and every line ending
(``\\r\\n``, ``\\r``) normalised to ``\\n``; claim offsets, ``Document.body`` and ``Document.pages``
index that normalised string. ``Document.sha256`` is the digest of the file's bytes as read.

Every failure is an ``InputError`` whose message names the file in one line: parsers of
untrusted files raise anything, so ``load`` converts whatever escapes into one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import logging
import os
import re
import stat
import warnings
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from core.errors import Errors, InputError
from core.ingest.furniture import body_spans
from core.model import Document, Page, Span
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
# A real suffix is short and alphanumeric; "Report 2.final draft" has none, it is plain text.
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")
_MAX_REASON = 160

# Magic numbers of files that are never text, whatever their name says.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP or .docx"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x7fELF", "Linux program (ELF)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word 97-2003 (.doc/.xls)"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"OggS", "Ogg audio/video"),
    (b"ID3", "MP3 audio"),
    (b"RIFF", "WAV/AVI/WebP"),
    (b"SQLite format 3\x00", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls that never occur in text (tab, newlines, form feed and ESC do).
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 11, 12, 13, 27}
# bytes.translate's delete table: every byte that is not one of those controls
_CONTROL_DELETE = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_SAMPLE = 65536
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})  # read as Latin-1 instead
_HTML_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_SPACES = re.compile(r"[ \t\f\v]+")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NULL_HANDLER = logging.NullHandler()


class _RejectError(Exception):
    """An import failure whose message comes from the catalogue; ``load`` adds the path."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def load(
    path: str | os.PathLike[str], *, doc_id: str, settings: Settings = DEFAULT_SETTINGS
) -> Document:
    """Import one file; raise ``InputError`` (and nothing else) when it cannot be imported."""
    name = os.fspath(path)
    try:
        doc = _load(name, doc_id=doc_id, settings=settings)
    except _RejectError as exc:
        raise InputError(name, exc.message) from None
    except MemoryError:
        raise InputError(name, Errors.E006.format(reason="not enough memory to read it")) from None
    except RecursionError:
        raise InputError(
            name, Errors.E006.format(reason="its structure is nested too deeply to read")
        ) from None
    except Exception as exc:  # parsers of untrusted files raise anything
        raise InputError(name, Errors.E006.format(reason=_reason(exc))) from None
    if doc.title is None:
        doc = _replace(doc, title=headline(doc.text, doc.body))
    if settings.published is not None:
        return _replace(doc, published=settings.published, published_source="user")
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
    clean = _LONE_SURROGATE.sub("\ufffd", _normalise(text))
    if not clean.strip():
        raise InputError(path or "pasted text", Errors.E003)
    return Document(
        id=doc_id,
        text=clean,
        path=path,
        format="paste",
        title=title or headline(clean, body_spans(clean)),
        outlet=outlet,
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
        raise _RejectError(Errors.E001) from None
    except OSError as exc:
        raise _RejectError(Errors.E006.format(reason=_reason(exc))) from None
    if stat.S_ISDIR(info.st_mode):
        raise _RejectError(Errors.E002)
    fmt = _format_of(file.name)
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        raise _RejectError(Errors.E006.format(reason="not a regular file"))
    limit = settings.max_file_bytes
    if info.st_size > limit:
        raise _RejectError(Errors.E005.format(size=info.st_size, limit=limit))
    data = _read(file, limit)
    if not data:
        raise _RejectError(Errors.E003)
    parse = _PARSERS[fmt]
    base = Document(
        id=doc_id,
        text="",
        path=name,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return parse(data, base)


def _format_of(filename: str) -> str:
    suffix = Path(filename).suffix
    if not _SUFFIX.fullmatch(suffix):
        suffix = ""
    fmt = _FORMATS.get(suffix.lower())
    if fmt is None:
        raise _RejectError(
            Errors.E007.format(suffix=suffix, supported=", ".join(SUPPORTED_SUFFIXES))
        )
    return fmt


def _read(file: Path, limit: int) -> bytes:
    try:
        with file.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise _RejectError(Errors.E001) from None
    except IsADirectoryError:
        raise _RejectError(Errors.E002) from None
    except OSError as exc:
        raise _RejectError(Errors.E006.format(reason=_reason(exc))) from None
    if len(data) > limit:  # grew after stat()
        raise _RejectError(Errors.E005.format(size=f"over {limit}", limit=limit))
    return data


# --- plain text and Markdown ----------------------------------------------------------------


def _parse_text(data: bytes, base: Document) -> Document:
    text, encoding = decode(data)
    text = _normalise(text)
    if not text.strip():
        raise _RejectError(Errors.E003)
    return _replace(
        base,
        text=text,
        encoding=encoding,
        body=body_spans(text),
        warnings=_encoding_warnings(encoding),
    )


def decode(data: bytes) -> tuple[str, str]:
    """Decode text bytes strictly, never with replacement characters: ``(text, encoding)``.

    Order: a byte-order mark; UTF-16 without one (NUL in every other byte); strict UTF-8;
    Windows-1252 (reported as ISO 8859-1, Latin-1, when no byte in 0x80-0x9F tells them apart)
    when the text reads as a Western language; else charset-normalizer's best guess. Encoding
    names are Python's canonical codec names ("utf-8", "cp1252", "iso8859-1", "utf-16").
    Binary data is rejected (E004) and undecodable data too (E012).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            name = codec.removesuffix("-sig").removesuffix("-le").removesuffix("-be")
            return _strict(data[len(bom) :], codec.removesuffix("-sig")), name
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return _strict(data, utf16), utf16
    _reject_binary(data)
    try:
        return _check_controls(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return _check_controls(mixed), "utf-8+cp1252"
    western = _western(data)
    if western is not None:
        return western
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[: 4 * _SAMPLE]).best()
    if best is not None:
        try:
            codec = codecs.lookup(best.encoding).name
            return _check_controls(data.decode(codec)), codec
        except (UnicodeDecodeError, LookupError):
            pass
    raise _RejectError(Errors.E012)


def _strict(data: bytes, codec: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise _RejectError(Errors.E012) from None
    return _check_controls(text)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII-heavy text puts NUL in every other byte."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.01 * len(other):
            return codec
    return None


def _reject_binary(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise _RejectError(Errors.E004.format(kind=kind))
    if b"\x00" in data[:_SAMPLE]:
        raise _RejectError(Errors.E004.format(kind="binary"))
    # Every window, not only the first: text for 64 KB, then binary, is binary.
    for start in _windows(len(data)):
        window = data[start : start + _SAMPLE]
        controls = len(window.translate(None, _CONTROL_DELETE))
        if controls > 0.02 * len(window) + 1:
            raise _RejectError(Errors.E004.format(kind="binary"))


def _windows(size: int) -> range | list[int]:
    """Starts of the _SAMPLE-long windows covering ``size`` items; the last one ends at the
    end (a short tail would let two stray controls pass for binary)."""
    if size <= _SAMPLE:
        return [0]
    return [*range(0, size - _SAMPLE, _SAMPLE), size - _SAMPLE]


def _check_controls(text: str) -> str:
    """Decoded text made largely of control characters is binary data that happened to decode."""
    for start in _windows(len(text)):
        window = text[start : start + _SAMPLE]
        if len(_CONTROL_CHARS.findall(window)) > 0.02 * len(window) + 1:
            raise _RejectError(Errors.E004.format(kind="binary"))
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (a file edited in two programs).

    Windows-1252 text almost never holds valid multi-byte UTF-8 sequences, so when there are
    more of those than stray bytes the stray bytes alone are read as Windows-1252.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F) - stray
    if not stray or multibyte <= stray:
        return None
    return "".join(_stray_byte(ch) if "\udc80" <= ch <= "\udcff" else ch for ch in text)


def _stray_byte(escaped: str) -> str:
    byte = ord(escaped) - 0xDC00
    codec = "latin-1" if byte in _CP1252_UNDEFINED else "cp1252"
    return bytes([byte]).decode(codec)


def _western(data: bytes) -> tuple[str, str] | None:
    """Windows-1252/Latin-1 when the result reads as a Western language.

    charset-normalizer guesses Central European code pages for short English texts with curly
    quotes, so the common case is settled first: in a Western text most letters are ASCII, while
    Cyrillic or Greek bytes read as Windows-1252 give runs of accented letters.
    """
    try:
        text = data.decode("cp1252")
        name = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        name = "iso8859-1"
    if not any(0x80 <= byte <= 0x9F for byte in data):
        name = "iso8859-1"
    letters = [ch for ch in text[:_SAMPLE] if ch.isalpha()]
    if not letters:
        return None
    accented = sum(1 for ch in letters if not ch.isascii())
    if accented > 0.15 * len(letters):
        return None
    if name == "iso8859-1" and any(0x80 <= byte <= 0x9F for byte in data):
        return None  # C1 controls: neither encoding is right
    return _check_controls(text), name


def _normalise(text: str) -> str:
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _encoding_warnings(encoding: str) -> tuple[str, ...]:
    if encoding == "utf-8":
        return ()
    if encoding == "utf-8+cp1252":
        return ("text is mostly UTF-8, with some bytes that are not: read those as cp1252",)
    return (f"text is not UTF-8: decoded as {encoding}",)


# --- HTML -----------------------------------------------------------------------------------


def _parse_html(data: bytes, base: Document) -> Document:
    markup, encoding = _decode_html(data)
    if not markup.strip():
        raise _RejectError(Errors.E003)
    # lxml refuses str input that still declares an encoding (XHTML's <?xml ... ?>).
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)
    result, paragraphs = _extract(markup)
    if not paragraphs and not re.search(r"<body[\s>]", markup, re.I):
        # a fragment ("<article><p>...") is no tree to trafilatura until it has a body
        result, paragraphs = _extract(f"<html><body>{markup}</body></html>")
    flattened = False
    if not any(p.strip() for p in paragraphs) and _CONTAINERS.search(markup):
        # libxml2 stops at 256 levels of nesting and keeps nothing below: read the page
        # again without its layout boxes (the text and its paragraphs stay)
        result, paragraphs = _extract(_CONTAINERS.sub(" ", markup))
        flattened = True
    if not any(p.strip() for p in paragraphs):
        raise _RejectError(Errors.E011)
    title = _clean_meta(getattr(result, "title", None))
    if title and len(title.split()) >= 3 and not _starts_with_title(paragraphs, title):
        paragraphs.insert(0, title)  # the headline sat outside the article element
    text = "\n\n".join(paragraphs)
    url = _clean_meta(getattr(result, "url", None))
    if url is None:
        saved = _SAVED_FROM.search(markup[:4096])
        url = saved.group(1) if saved else None
    published = _parse_date(getattr(result, "date", None))
    notes = list(_encoding_warnings(encoding))
    if flattened:
        notes.append(HTML_FLATTENED)
    if published is None:
        notes.append("publication date not found in the page metadata")
    return _replace(
        base,
        text=text,
        encoding=encoding,
        title=title,
        outlet=_clean_meta(getattr(result, "sitename", None)),
        author=_clean_meta(getattr(result, "author", None)),
        url=url,
        published=published,
        published_source="metadata" if published else None,
        body=body_spans(text),
        warnings=tuple(notes),
    )


# Layout containers: removing them keeps the text and its paragraphs (<p>, <br>, headings).
_CONTAINERS = re.compile(
    r"</?(?:div|span|section|article|main|aside|header|footer|nav|font|center|blockquote|"
    r"table|thead|tbody|tfoot|tr|td|th|ul|ol|dl|b|i|u|em|strong|small|big|sub|sup)\b[^>]{0,2000}>",
    re.I,
)
HTML_FLATTENED = (
    "the page is nested too deeply for the HTML parser: it was read again without its layout "
    "boxes (div, span, table…); check that no text of the page is missing"
)


@cache
def _trafilatura_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()  # a fresh parser: the library's defaults stay untouched
    config.set("DEFAULT", "MAX_FILE_SIZE", str(2**40))  # our own limit applies (E005)
    return config


def _extract(markup: str) -> tuple[Any, list[str]]:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            # metadata only: a date found in the prose is the pipeline's job (core/dates.py)
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=_trafilatura_config(),
        )
    body = getattr(result, "body", None)
    return result, _html_paragraphs(body) if body is not None else []


def _decode_html(data: bytes) -> tuple[str, str]:
    """Strict UTF-8 first, then the charset the page declares, then detection as for text."""
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        _reject_binary(data)
        try:
            return _check_controls(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            declared = _HTML_CHARSET.search(data[:4096])
            if declared:
                label = declared.group(1).decode("ascii")
                try:
                    codec = codecs.lookup(label).name
                    return _check_controls(data.decode(codec)), codec
                except (UnicodeDecodeError, LookupError):
                    pass
    return decode(data)


def _html_paragraphs(body: Any) -> list[str]:
    """One paragraph per block, list item and line break, so sentences never run together.

    A line break inside a block is a paragraph break too: old pages separate paragraphs with
    ``<br><br>``, and trafilatura's fallback extractor returns one block of lines.
    """
    paragraphs: list[str] = []
    for block in body:
        if not isinstance(block.tag, str):
            continue  # comments, processing instructions
        if block.tag == "table":
            rows = [
                " | ".join(_inline(cell) for cell in row if isinstance(cell.tag, str))
                for row in block.iter("row")
            ]
            lines = ["\n".join(row for row in rows if row.strip(" |"))]
        elif block.tag == "list":
            lines = [line for item in block.iter("item") for line in _inline(item).split("\n")]
        else:
            lines = _inline(block).split("\n")
        paragraphs.extend(line for line in lines if line)
    return paragraphs


def _inline(element: Any) -> str:
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _starts_with_title(paragraphs: list[str], title: str) -> bool:
    from rapidfuzz import fuzz

    head = " ".join(paragraphs[:3])[: 4 * len(title) + 200]
    return fuzz.partial_ratio(title.casefold(), head.casefold()) >= 90


# --- PDF ------------------------------------------------------------------------------------


def _parse_pdf(data: bytes, base: Document) -> Document:
    if b"%PDF-" not in data[:1024]:
        raise _RejectError(Errors.E010.format(kind="PDF", reason="no PDF header"))
    import pypdf
    from pypdf.errors import FileNotDecryptedError

    # pypdf logs every repair it makes; without a handler Python prints them on stderr.
    logging.getLogger("pypdf").addHandler(_NULL_HANDLER)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise _RejectError(Errors.E009)
            texts = [_normalise(page.extract_text() or "").strip("\n") for page in reader.pages]
            info = reader.metadata
        except FileNotDecryptedError:
            raise _RejectError(Errors.E009) from None
        except (_RejectError, MemoryError, RecursionError):
            raise
        except Exception as exc:  # pypdf on a damaged file raises anything
            raise _RejectError(Errors.E010.format(kind="PDF", reason=_reason(exc))) from None
    if not texts:
        raise _RejectError(Errors.E010.format(kind="PDF", reason="it has no pages"))
    truncated = b"%%EOF" not in data[-2048:]
    if not any(t.strip() for t in texts):
        if truncated:
            raise _RejectError(Errors.E010.format(kind="PDF", reason="it is cut short (no %%EOF)"))
        raise _RejectError(Errors.E008)
    pages: list[Page] = []
    chunks: list[str] = []
    offset = 0
    for number, page_text in enumerate(texts, start=1):
        if chunks:
            offset += 2  # the "\n\n" between pages
        pages.append(Page(number, offset, offset + len(page_text)))
        chunks.append(page_text)
        offset += len(page_text)
    text = "\n\n".join(chunks)
    notes: list[str] = []
    blank = [str(p.number) for p, t in zip(pages, texts, strict=True) if not t.strip()]
    if blank:
        notes.append(
            f"no text layer on page(s) {', '.join(blank)} (scanned?): figures there are missing"
        )
    if truncated:
        notes.append("the PDF looks cut short (no end-of-file marker): some text may be missing")
    title = author = None
    published = None
    if info is not None:
        title = _clean_meta(_safe(lambda: info.title))
        author = _clean_meta(_safe(lambda: info.author))
        created = _safe(lambda: info.creation_date)
        published = created.date() if isinstance(created, dt.datetime) else None
    if published is None:
        notes.append("publication date not found in the file metadata")
    return _replace(
        base,
        text=text,
        encoding=None,
        title=title,
        author=author,
        published=published,
        published_source="metadata" if published else None,
        pages=tuple(pages),
        body=body_spans(text),
        warnings=tuple(notes),
    )


# --- DOCX -----------------------------------------------------------------------------------


def _parse_docx(data: bytes, base: Document) -> Document:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _RejectError(
            Errors.E010.format(
                kind="DOCX", reason="this is an old Word .doc file: save it as .docx"
            )
        )
    if not data.startswith(b"PK"):
        raise _RejectError(Errors.E010.format(kind="DOCX", reason="not a ZIP package"))
    import docx

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = docx.Document(io.BytesIO(data))
            blocks = list(_docx_blocks(document))
            props = document.core_properties
            title, author, created = props.title, props.author, props.created
        except (MemoryError, RecursionError):
            raise
        except Exception as exc:  # zipfile, lxml and python-docx on a damaged file
            raise _RejectError(Errors.E010.format(kind="DOCX", reason=_reason(exc))) from None
    text = _normalise("\n\n".join(blocks))
    if not text.strip():
        raise _RejectError(Errors.E003)
    published = created.date() if isinstance(created, dt.datetime) else None
    notes = [] if published else ["publication date not found in the file metadata"]
    return _replace(
        base,
        text=text,
        encoding=None,
        title=_clean_meta(title),
        author=_clean_meta(author),
        published=published,
        published_source="metadata" if published else None,
        body=body_spans(text),
        warnings=tuple(notes),
    )


def _docx_blocks(document: Any) -> Iterator[str]:
    """Paragraphs and tables in document order; one table row per line, cells split by " | "."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells = [_SPACES.sub(" ", cell.text).strip() for cell in row.cells]
                rows.append(" | ".join(cells))
            block = "\n".join(r for r in rows if r.strip(" |"))
        else:
            block = _SPACES.sub(" ", item.text).strip()
        if block:
            yield block


# --- helpers --------------------------------------------------------------------------------

_PARSERS: dict[str, Callable[[bytes, Document], Document]] = {
    "txt": _parse_text,
    "md": _parse_text,
    "html": _parse_html,
    "pdf": _parse_pdf,
    "docx": _parse_docx,
}


def _replace(doc: Document, **changes: Any) -> Document:
    import dataclasses

    return dataclasses.replace(doc, **changes)


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACES.sub(" ", value.replace("\n", " ")).strip()
    return text or None


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _safe(getter: Callable[[], Any]) -> Any:
    """Metadata fields of a damaged file can raise on access; they are optional."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return getter()
    except Exception:
        return None


def _reason(exc: BaseException) -> str:
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    line = " ".join(str(detail).split())
    return line if len(line) <= _MAX_REASON else line[: _MAX_REASON - 1] + "…"


def headline(text: str, body: Sequence[Span]) -> str | None:
    """A plain-text article's headline: the first line of its body that reads like one
    (4 to 25 words: longer is a paragraph, shorter a masthead or section name)."""
    for span in body or (Span(0, len(text)),):
        for line in text[span.start : span.end].split("\n"):
            words = line.split()
            if 4 <= len(words) <= 25 and "|" not in line:
                return " ".join(words)
            if len(words) > 25:
                return None
    return None

"""The readers of rich formats: HTML (main text by trafilatura, paragraphs kept), PDF and DOCX,
each to text with its title, outlet, author and date."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import re
import warnings
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from core.errors import Errors
from core.ingest.decoding import (
    BOMS,
    RejectError,
    check_controls,
    decode,
    encoding_warnings,
    normalise,
    reject_binary,
)
from core.ingest.furniture import body_spans
from core.model import Document, Page

_MAX_REASON = 160


_HTML_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)


_SPACES = re.compile(r"[ \t\f\v]+")


_NULL_HANDLER = logging.NullHandler()


def parse_html(data: bytes, base: Document) -> Document:
    markup, encoding = _decode_html(data)
    if not markup.strip():
        raise RejectError(Errors.E003)
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
        raise RejectError(Errors.E011)
    title = _clean_meta(getattr(result, "title", None))
    if title and len(title.split()) >= 3 and not _starts_with_title(paragraphs, title):
        paragraphs.insert(0, title)  # the headline sat outside the article element
    text = "\n\n".join(paragraphs)
    url = _clean_meta(getattr(result, "url", None))
    if url is None:
        saved = _SAVED_FROM.search(markup[:4096])
        url = saved.group(1) if saved else None
    published = _parse_date(getattr(result, "date", None))
    notes = list(encoding_warnings(encoding))
    if flattened:
        notes.append(HTML_FLATTENED)
    if published is None:
        notes.append("publication date not found in the page metadata")
    return replace_document(
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
    if not data.startswith(tuple(bom for bom, _ in BOMS)):
        reject_binary(data)
        try:
            return check_controls(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            declared = _HTML_CHARSET.search(data[:4096])
            if declared:
                label = declared.group(1).decode("ascii")
                try:
                    codec = codecs.lookup(label).name
                    return check_controls(data.decode(codec)), codec
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


def parse_pdf(data: bytes, base: Document) -> Document:
    texts, info = _pdf_pages(data)
    if not texts:
        raise RejectError(Errors.E010.format(kind="PDF", reason="it has no pages"))
    truncated = b"%%EOF" not in data[-2048:]
    if not any(t.strip() for t in texts):
        if truncated:
            raise RejectError(Errors.E010.format(kind="PDF", reason="it is cut short (no %%EOF)"))
        raise RejectError(Errors.E008)
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
    return replace_document(
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


def _pdf_pages(data: bytes) -> tuple[list[str], Any]:
    """The text of each page and the metadata, or RejectError saying why the PDF cannot be
    read (no header, encrypted, damaged)."""
    if b"%PDF-" not in data[:1024]:
        raise RejectError(Errors.E010.format(kind="PDF", reason="no PDF header"))
    import pypdf
    from pypdf.errors import FileNotDecryptedError

    # pypdf logs every repair it makes; without a handler Python prints them on stderr.
    logging.getLogger("pypdf").addHandler(_NULL_HANDLER)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise RejectError(Errors.E009)
            texts = [normalise(page.extract_text() or "").strip("\n") for page in reader.pages]
            return texts, reader.metadata
        except FileNotDecryptedError:
            raise RejectError(Errors.E009) from None
        except (RejectError, MemoryError, RecursionError):
            raise
        except Exception as exc:  # pypdf on a damaged file raises anything
            raise RejectError(Errors.E010.format(kind="PDF", reason=reject_reason(exc))) from None


def parse_docx(data: bytes, base: Document) -> Document:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise RejectError(
            Errors.E010.format(
                kind="DOCX", reason="this is an old Word .doc file: save it as .docx"
            )
        )
    if not data.startswith(b"PK"):
        raise RejectError(Errors.E010.format(kind="DOCX", reason="not a ZIP package"))
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
            raise RejectError(Errors.E010.format(kind="DOCX", reason=reject_reason(exc))) from None
    text = normalise("\n\n".join(blocks))
    if not text.strip():
        raise RejectError(Errors.E003)
    published = created.date() if isinstance(created, dt.datetime) else None
    notes = [] if published else ["publication date not found in the file metadata"]
    return replace_document(
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


def replace_document(doc: Document, **changes: Any) -> Document:
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


def reject_reason(exc: BaseException) -> str:
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    line = " ".join(str(detail).split())
    return line if len(line) <= _MAX_REASON else line[: _MAX_REASON - 1] + "…"

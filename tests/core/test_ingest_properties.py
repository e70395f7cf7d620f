"""Property tests: whatever bytes arrive, ``load`` returns a Document or raises InputError.

Nothing else may escape (no UnicodeError, lxml, zipfile or pypdf error), and nothing may hang:
every example runs under a deadline. Example counts are small so the file runs in seconds.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import InputError
from core.ingest import files as ingest
from core.model import Document

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
SAMPLE_PDF = (DATA / "merrow-report.pdf").read_bytes()

FAST = settings(
    max_examples=40,
    deadline=5000,  # ms; a hang or a pathological parse fails the test
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)


def _sample_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("At least 12 people were killed in Merrow on Monday.")
    document.add_paragraph("Nine suspects were arrested in Fenwick.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


SAMPLE_DOCX = _sample_docx()


@contextmanager
def _file(name: str, data: bytes) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        yield path


def _check(name: str, data: bytes) -> None:
    with _file(name, data) as path:
        try:
            doc: Document | InputError = ingest.load(path, doc_id="h")
        except InputError as err:
            doc = err
    if isinstance(doc, InputError):
        assert str(doc).startswith(f"{path}: ")
        assert "\n" not in str(doc)
        return
    assert isinstance(doc, Document)
    assert doc.text.strip()
    assert "\r" not in doc.text
    for span in doc.body:
        assert 0 <= span.start < span.end <= len(doc.text)
    for page in doc.pages:
        assert 0 <= page.start <= page.end <= len(doc.text)


SUFFIXES = st.sampled_from([*ingest.SUPPORTED_SUFFIXES, "", ".TXT", ".Html"])


@FAST
@given(suffix=SUFFIXES, data=st.binary(min_size=0, max_size=3000))
def test_random_bytes_under_every_suffix(suffix: str, data: bytes) -> None:
    _check("random" + suffix, data)


@FAST
@given(
    suffix=st.sampled_from([".txt", ".md", ".html"]),
    text=st.text(max_size=2000),
    codec=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]),
)
def test_random_text_in_any_encoding(suffix: str, text: str, codec: str) -> None:
    _check("random" + suffix, text.encode(codec, errors="ignore"))


HTML_PIECES = st.sampled_from(
    [
        "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<article>", "</article>",
        "<p>", "</p>", "<div class='content'>", "</div>", "<nav>", "</nav>", "<footer>",
        "</footer>", "<br>", "<br/>", "<ul><li>", "</li></ul>", "<table><tr><td>", "</td></tr>",
        "</table>", "<script>", "</script>", "<style>", "</style>", "<!--", "-->",
        "<![CDATA[", "]]>", "<?xml version='1.0' encoding='utf-8'?>", "<meta charset='cp1252'>",
        "<meta charset='no-such-codec'>", "<title>", "</title>", "<time datetime='2024-13-45'>",
        "<meta property='article:published_time' content='not a date'>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":",
        "&amp;", "&#0;", "&#x110000;", "&nbsp;", "&bogus;", "\x00", "\ufeff", "\r\n",
        "<h1>", "</h1>", "<time>", "</time>", "<", ">", "'", '"', "=",
        "At least 12 people were killed in Merrow on Monday, police said. ",
    ]
)  # fmt: skip
HTML = st.lists(st.one_of(HTML_PIECES, st.text(max_size=40)), max_size=60).map("".join)


@FAST
@given(markup=HTML, codec=st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_random_html(markup: str, codec: str) -> None:
    _check("page.html", markup.encode(codec, errors="ignore"))


@st.composite
def _mutated(draw: st.DrawFn, sample: bytes) -> bytes:
    """The sample cut short, with bytes overwritten, or with random bytes spliced in."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        at = draw(st.integers(min_value=0, max_value=len(data)))
        action = draw(st.sampled_from(["cut", "overwrite", "insert"]))
        chunk = draw(st.binary(min_size=1, max_size=64))
        if action == "cut":
            del data[at:]
        elif action == "overwrite":
            data[at : at + len(chunk)] = chunk
        else:
            data[at:at] = chunk
    return bytes(data)


@FAST
@given(data=_mutated(SAMPLE_PDF))
def test_damaged_pdf(data: bytes) -> None:
    _check("report.pdf", data)


@settings(FAST, max_examples=25)
@given(data=_mutated(SAMPLE_DOCX))
def test_damaged_docx(data: bytes) -> None:
    _check("brief.docx", data)


def test_the_samples_load() -> None:
    """The property tests mutate valid files: check they are valid to start with."""
    with _file("report.pdf", SAMPLE_PDF) as path:
        pdf = ingest.load(path, doc_id="p")
    with _file("brief.docx", SAMPLE_DOCX) as path:
        word = ingest.load(path, doc_id="w")
    assert [p.number for p in pdf.pages] == [1, 2]
    assert "Nine suspects were arrested in Fenwick." in pdf.text
    assert "Nine suspects were arrested in Fenwick." in word.text

"""Import of every format, and a clear one-line InputError for every bad input (core/ingest.py).

All sample files are generated here from invented sentences (Merrow, Fenwick are made up).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import json
import os
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import pypdf
import pytest

from core.errors import Errors, InputError
from core.ingest import files as ingest
from core.settings import DEFAULT_SETTINGS

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold" / "seeds.jsonl"

SAMPLE = (
    "Officials in Merrow said “about 40” people were hurt — the café owner’s son among them.\r\n"
    "\r\n"
    "At least 12 people were killed in the blast, the police said.\r\n"
)
SAMPLE_TEXT = SAMPLE.replace("\r\n", "\n")
PARAGRAPHS = (
    "At least five people were killed in the town of Merrow on Tuesday, police said, adding "
    "that a curfew had been imposed.",
    "Officials said 30 others were injured and the toll could rise as rescue teams searched "
    "the market.",
    "No group has claimed the attack, the third in the province this month.",
)


def make_pdf(
    pages: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    created: str | None = None,
) -> bytes:
    """A minimal valid PDF: each page one Helvetica text object, one line per string."""
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids: list[int] = []
    for lines in pages:
        ops = [b"BT /F1 12 Tf 72 720 Td 14 TL"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    info = b""
    if title or created:
        entries = b""
        if title:
            entries += b"/Title (" + title.encode("latin-1") + b") "
        if created:
            entries += b"/CreationDate (" + created.encode("ascii") + b") "
        objects.append(b"<< " + entries + b">>")
        info = b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def make_docx(
    paragraphs: Sequence[str],
    *,
    table: Sequence[Sequence[str]] = (),
    title: str | None = None,
    author: str | None = None,
    created: dt.datetime | None = None,
) -> bytes:
    document = docx.Document()
    for text in paragraphs[:1]:
        document.add_heading(text, level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
        document.add_paragraph("")  # empty paragraphs are left out
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
        document.add_paragraph("The table above is from the Merrow police.")
    props = document.core_properties
    props.title = title or ""
    props.author = author or ""
    if created is not None:
        props.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def page(body: str, *, head: str = "", charset: str = "utf-8") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='{charset}'>{head}</head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul></nav>"
        "<div class='cookie-banner'>We use cookies to improve your experience. "
        "<button>Accept</button></div>"
        f"{body}"
        "<aside><h3>Related</h3><ul><li><a href='/x'>Nine held in Fenwick raid</a></li></ul>"
        "</aside><footer><p>© 2024 Merrow Times. All rights reserved.</p>"
        "<p><a href='/privacy'>Privacy policy</a></p></footer></body></html>"
    )


def article(paragraphs: Sequence[str] = PARAGRAPHS) -> str:
    return "<article>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs) + "</article>"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_error(path: Path | str, **kwargs: object) -> InputError:
    with pytest.raises(InputError) as info:
        ingest.load(path, doc_id="d1", **kwargs)  # type: ignore[arg-type]
    err = info.value
    assert str(err).startswith(f"{os.fspath(path)}: ")
    assert "\n" not in str(err)
    return err


# --- plain text and Markdown ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "encoding"),
    [
        ("utf8.txt", SAMPLE.encode("utf-8"), "utf-8"),
        ("utf8-bom.txt", b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8"),
        ("utf16.txt", SAMPLE.encode("utf-16"), "utf-16"),
        ("utf16-be-bom.txt", b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
        ("utf16-le-no-bom.txt", SAMPLE.encode("utf-16-le"), "utf-16-le"),
        ("cp1252.txt", SAMPLE.encode("cp1252"), "cp1252"),
        ("cp1252.md", SAMPLE.encode("cp1252"), "cp1252"),
        ("no-suffix", SAMPLE.encode("utf-8"), "utf-8"),
        ("upper.TXT", SAMPLE.encode("utf-8"), "utf-8"),
        ("notes.text", SAMPLE.encode("cp1252"), "cp1252"),
    ],
)
def test_text_encodings_are_detected(tmp_path: Path, name: str, data: bytes, encoding: str) -> None:
    doc = ingest.load(write(tmp_path, name, data), doc_id="d1")
    assert doc.text == SAMPLE_TEXT
    assert doc.encoding == encoding
    assert "\ufffd" not in doc.text
    assert "\r" not in doc.text
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert bool(doc.warnings) == (encoding != "utf-8")


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        (
            "Le maire de Merrow a déclaré que 40 personnes étaient blessées.\n",
            "latin-1",
            "iso8859-1",
        ),
        (
            "Straße in Fenwick: 12 Menschen wurden getötet, sagte die Polizei.\n",
            "latin-1",
            "iso8859-1",
        ),
        ("Police said “12” died — and 30 were hurt.\n", "cp1252", "cp1252"),
        (
            "В Мерроу погибли 12 человек, сообщила полиция города в понедельник вечером.\n",
            "cp1251",
            "cp1251",
        ),
    ],
)
def test_single_byte_encodings(tmp_path: Path, text: str, codec: str, encoding: str) -> None:
    doc = ingest.load(write(tmp_path, "a.txt", text.encode(codec)), doc_id="d1")
    assert doc.text == text
    assert doc.encoding == encoding


def test_mostly_utf8_with_stray_cp1252_bytes(tmp_path: Path) -> None:
    first = SAMPLE_TEXT.split("\n", 1)[0]
    data = first.encode("utf-8") + b"\n" + "He said “12”.\n".encode("cp1252")
    doc = ingest.load(write(tmp_path, "mixed.txt", data), doc_id="d1")
    assert doc.text == first + "\nHe said “12”.\n"
    assert doc.encoding == "utf-8+cp1252"
    assert doc.warnings


def test_txt_document_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", "Advertisement\r\n\r\n" + SAMPLE)
    doc = ingest.load(path, doc_id="doc-7")
    assert doc.id == "doc-7"
    assert doc.path == str(path)
    assert doc.format == "txt"
    assert doc.published is None
    assert doc.published_source is None
    body = "".join(doc.text[s.start : s.end] for s in doc.body)
    assert "Advertisement" not in body
    assert "At least 12 people were killed" in body
    # offsets index the normalised text: the "12" sits where str.find says
    pos = doc.text.index("12 people")
    assert doc.in_body(pos)


def test_markdown_is_kept_as_written(tmp_path: Path) -> None:
    source = (
        "# Twelve killed in Merrow\n\n"
        "![A crowd in Merrow](img/crowd.jpg)\n\n"
        "At least **12** people were killed, [police said](https://example.org/x).\n"
    )
    doc = ingest.load(write(tmp_path, "story.md", source), doc_id="d1")
    assert doc.format == "md"
    assert doc.text == source
    assert doc.in_body(doc.text.index("Twelve"))
    assert not doc.in_body(doc.text.index("A crowd"))
    assert doc.in_body(doc.text.index("12"))


def test_settings_date_overrides_metadata(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", page(article(), head=_meta_head()))
    settings = DEFAULT_SETTINGS.replace(published=dt.date(2024, 1, 2))
    doc = ingest.load(path, doc_id="d1", settings=settings)
    assert doc.published == dt.date(2024, 1, 2)
    assert doc.published_source == "user"


# --- pasted text ----------------------------------------------------------------------------


def test_from_text() -> None:
    doc = ingest.from_text(
        "\ufeff" + SAMPLE,
        doc_id="p1",
        title="Pasted",
        outlet="Merrow Times",
        published=dt.date(2024, 3, 5),
    )
    assert doc.format == "paste"
    assert doc.text == SAMPLE_TEXT
    assert doc.title == "Pasted"
    assert doc.outlet == "Merrow Times"
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.published_source == "user"
    assert doc.sha256 == hashlib.sha256(SAMPLE_TEXT.encode("utf-8")).hexdigest()
    assert doc.body


def test_from_text_without_date() -> None:
    doc = ingest.from_text("Four were arrested.", doc_id="p1")
    assert doc.published is None
    assert doc.published_source is None
    assert doc.path is None


@pytest.mark.parametrize("text", ["", "  \n\r\n\t"])
def test_from_text_empty_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError, match="pasted text: file is empty"):
        ingest.from_text(text, doc_id="p1")


# --- HTML -----------------------------------------------------------------------------------


def _meta_head(*, date: bool = True) -> str:
    head = (
        "<title>Five killed in Merrow | Merrow Times</title>"
        "<meta property='og:title' content='Five killed in Merrow'>"
        "<meta property='og:site_name' content='Merrow Times'>"
        "<meta property='og:url' content='https://merrow.example/news/five-killed'>"
        "<meta name='author' content='Ana Reyes'>"
    )
    if date:
        head += "<meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
    return head


def test_html_article_and_metadata(tmp_path: Path) -> None:
    doc = ingest.load(write(tmp_path, "story.html", page(article(), head=_meta_head())), doc_id="h")
    assert doc.format == "html"
    assert doc.title == "Five killed in Merrow"
    assert doc.outlet == "Merrow Times"
    assert doc.author == "Ana Reyes"
    assert doc.url == "https://merrow.example/news/five-killed"
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.published_source == "metadata"
    assert doc.warnings == ()
    for paragraph in PARAGRAPHS:
        assert f"\n\n{paragraph}" in doc.text or doc.text.startswith(paragraph)
    for furniture in ("Home", "World", "cookies", "Nine held", "All rights reserved", "Privacy"):
        assert furniture not in doc.text


def test_html_paragraphs_do_not_run_together(tmp_path: Path) -> None:
    body = "<article><p>Five were killed.</p><p>Thirty were hurt.</p><br><div>Two fled.</div>"
    body += "<ul><li>One held</li><li>Two held</li></ul></article>"
    doc = ingest.load(write(tmp_path, "a.htm", page(body)), doc_id="h")
    assert "Five were killed.\n\nThirty were hurt." in doc.text


@pytest.mark.parametrize(
    ("head", "body_prefix", "expected"),
    [
        (
            '<script type=\'application/ld+json\'>{"@context":"https://schema.org",'
            '"@type":"NewsArticle","headline":"Five killed",'
            '"datePublished":"2024-03-05T08:00:00+00:00"}</script>',
            "",
            dt.date(2024, 3, 5),
        ),
        ("", "<time datetime='2024-03-06'>6 March 2024</time>", dt.date(2024, 3, 6)),
        ("<meta property='article:published_time' content='2023-11-09'>", "", dt.date(2023, 11, 9)),
        ("<meta name='date' content='2022-07-01'>", "", dt.date(2022, 7, 1)),
    ],
)
def test_html_date_from_metadata(
    tmp_path: Path, head: str, body_prefix: str, expected: dt.date
) -> None:
    body = article().replace("<article>", "<article>" + body_prefix)
    doc = ingest.load(write(tmp_path, "a.html", page(body, head=head)), doc_id="h")
    assert doc.published == expected
    assert doc.published_source == "metadata"


def test_html_date_in_prose_only_is_left_to_the_pipeline(tmp_path: Path) -> None:
    body = article(("Published 7 March 2024", *PARAGRAPHS))
    doc = ingest.load(write(tmp_path, "a.html", page(body, head="<title>x</title>")), doc_id="h")
    assert doc.published is None
    assert doc.published_source is None
    assert "publication date not found in the page metadata" in doc.warnings


def test_html_headline_outside_the_article_is_kept(tmp_path: Path) -> None:
    body = "<header><h1>Five killed in Merrow market blast</h1></header><div>"
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    head = "<title>Five killed in Merrow market blast - Merrow Times</title>"
    head += "<meta property='og:title' content='Five killed in Merrow market blast'>"
    doc = ingest.load(write(tmp_path, "a.html", page(body, head=head)), doc_id="h")
    assert doc.text.startswith("Five killed in Merrow market blast\n\n")
    assert doc.text.count("Five killed in Merrow market blast") == 1


def test_html_saved_web_page_complete(tmp_path: Path) -> None:
    markup = "<!-- saved from url=(0040)https://merrow.example/news/five-killed -->\n"
    markup += page(article(), head="<title>Five killed</title>")
    (tmp_path / "story_files").mkdir()
    (tmp_path / "story_files" / "style.css").write_text("body{}", encoding="utf-8")
    doc = ingest.load(write(tmp_path, "story.htm", markup), doc_id="h")
    assert doc.url == "https://merrow.example/news/five-killed"
    assert PARAGRAPHS[0] in doc.text


def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    markup = (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<html xmlns='http://www.w3.org/1999/xhtml'><head><title>x</title></head><body>"
        f"{article()}</body></html>"
    )
    doc = ingest.load(write(tmp_path, "a.xhtml", markup), doc_id="h")
    assert PARAGRAPHS[1] in doc.text


@pytest.mark.parametrize("declared", ["windows-1252", "utf-8", None])
def test_html_windows_1252(tmp_path: Path, declared: str | None) -> None:
    paragraphs = (
        "Officials said “about 40” people were hurt — the café owner’s son too.",
        *PARAGRAPHS,
    )
    markup = page(article(paragraphs), head="<title>x</title>", charset=declared or "")
    if declared is None:
        markup = markup.replace("<meta charset=''>", "")
    doc = ingest.load(write(tmp_path, "a.html", markup.encode("cp1252")), doc_id="h")
    assert paragraphs[0] in doc.text
    assert doc.encoding == "cp1252"
    assert "\ufffd" not in doc.text


def _seed_texts() -> list[Path]:
    if not SEEDS.is_dir() or not GOLD.is_file():
        pytest.skip(f"{SHARED}/corpus not found: the seed articles are not checked out")
    return sorted(SEEDS.glob("*.txt"))


def _seed_page(text: str, charset: str) -> str:
    paragraphs = [line for line in text.split("\n") if line.strip()]
    return page(article(paragraphs), head="<title>Seed</title>", charset=charset)


@pytest.mark.slow
@pytest.mark.parametrize("codec", ["utf-8", "cp1252"])
def test_seed_html_gives_the_same_article_text_as_txt(tmp_path: Path, codec: str) -> None:
    gold: dict[str, list[str]] = {}
    for raw in GOLD.read_text(encoding="utf-8").splitlines() if GOLD.is_file() else []:
        row = json.loads(raw)
        if "doc" in row:
            gold.setdefault(row["doc"], []).append(row["quote"])
    for seed in _seed_texts():
        txt = ingest.load(seed, doc_id="t")
        data = _seed_page(txt.text, codec).encode(codec, errors="xmlcharrefreplace")
        doc = ingest.load(write(tmp_path, seed.stem + ".html", data), doc_id="h")
        flat = " ".join(doc.text.split())
        for span in txt.body:
            for paragraph in txt.text[span.start : span.end].split("\n"):
                assert " ".join(paragraph.split()) in flat, (seed.name, codec, paragraph[:60])
        for quote in gold.get(seed.name, []):
            assert " ".join(quote.split()) in flat, (seed.name, quote)
        assert "All rights reserved" not in doc.text
        assert "Privacy policy" not in doc.text


# --- PDF ------------------------------------------------------------------------------------


def test_pdf_pages_and_metadata(tmp_path: Path) -> None:
    data = make_pdf(
        [
            ["At least 12 people were killed in Merrow.", "Police said 30 were hurt."],
            ["Four suspects (all men) were arrested."],
        ],
        title="Merrow monthly security report",
        created="D:20240305101500Z",
    )
    doc = ingest.load(write(tmp_path, "report.pdf", data), doc_id="p")
    assert doc.format == "pdf"
    assert [p.number for p in doc.pages] == [1, 2]
    first, second = doc.pages
    assert "killed in Merrow" in doc.text[first.start : first.end]
    assert doc.text[second.start : second.end] == "Four suspects (all men) were arrested."
    assert doc.text[first.end : second.start] == "\n\n"
    assert doc.page_at(doc.text.index("Four")) == 2
    assert doc.title == "Merrow monthly security report"
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.published_source == "metadata"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_pdf_without_date_warns(tmp_path: Path) -> None:
    doc = ingest.load(write(tmp_path, "r.pdf", make_pdf([["Nine were killed."]])), doc_id="p")
    assert "publication date not found in the file metadata" in doc.warnings


def test_pdf_partly_scanned_warns(tmp_path: Path) -> None:
    data = make_pdf([["Nine were killed."], [], ["Two were hurt."]])
    doc = ingest.load(write(tmp_path, "r.pdf", data), doc_id="p")
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert any("page(s) 2" in w for w in doc.warnings)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    err = load_error(write(tmp_path, "scan.pdf", make_pdf([[], []])))
    assert err.message == Errors.E008


def _encrypted(user: str, algorithm: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf([["Nine were killed."]])))
    writer.encrypt(user, "owner-secret", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_with_user_password(tmp_path: Path, algorithm: str) -> None:
    err = load_error(write(tmp_path, "locked.pdf", _encrypted("secret", algorithm)))
    assert err.message == Errors.E009


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_pdf_with_owner_password_only_opens(tmp_path: Path, algorithm: str) -> None:
    doc = ingest.load(write(tmp_path, "owner.pdf", _encrypted("", algorithm)), doc_id="p")
    assert "Nine were killed." in doc.text


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.2])
def test_pdf_truncated(tmp_path: Path, keep: float) -> None:
    data = make_pdf([["At least 12 people were killed in Merrow."]])
    err = load_error(write(tmp_path, "cut.pdf", data[: int(len(data) * keep)]))
    assert err.message.startswith("file is damaged or not a valid PDF file")


@pytest.mark.parametrize(
    "data",
    [
        b"Nine were killed in Merrow.",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ngarbage",
        b"%PDF-1.7\n" + bytes(range(256)) * 4,
    ],
)
def test_pdf_corrupt(tmp_path: Path, data: bytes) -> None:
    err = load_error(write(tmp_path, "bad.pdf", data))
    assert err.message.startswith("file is damaged or not a valid PDF file")


# --- DOCX -----------------------------------------------------------------------------------


def test_docx_paragraphs_table_and_properties(tmp_path: Path) -> None:
    data = make_docx(
        PARAGRAPHS,
        table=[["District", "Killed"], ["Merrow", "12"], ["Fenwick", "4"]],
        title="Merrow briefing",
        author="Ana Reyes",
        created=dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC),
    )
    doc = ingest.load(write(tmp_path, "brief.docx", data), doc_id="w")
    assert doc.format == "docx"
    assert doc.text.startswith(PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2])
    assert "District | Killed\nMerrow | 12\nFenwick | 4" in doc.text
    assert doc.text.endswith("The table above is from the Merrow police.")
    assert "\n\n\n" not in doc.text
    assert doc.title == "Merrow briefing"
    assert doc.author == "Ana Reyes"
    assert doc.published == dt.date(2024, 3, 5)
    assert doc.published_source == "metadata"
    assert doc.in_body(doc.text.index("12"))


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    err = load_error(write(tmp_path, "blank.docx", make_docx([])))
    assert err.message == Errors.E003


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        make_docx(PARAGRAPHS)[:1500],
        make_docx(PARAGRAPHS)[:-200],
        _zip({"hello.txt": b"Nine were killed."}),
        _zip({"[Content_Types].xml": b"<Types", "word/document.xml": b"<w:document"}),
        b"Nine were killed in Merrow.",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
    ],
)
def test_docx_corrupt(tmp_path: Path, data: bytes) -> None:
    err = load_error(write(tmp_path, "bad.docx", data))
    assert err.message.startswith("file is damaged or not a valid DOCX file")


# --- bad input ------------------------------------------------------------------------------


SUPPORTED = ", ".join(ingest.SUPPORTED_SUFFIXES)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
ELF = b"\x7fELF\x02\x01\x01" + bytes(64)
CONTROLS = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text"
NO_BODY = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
SCRIPT_ONLY = b"<html><body><script>var a = 1;</script></body></html>"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", Errors.E003),
        ("blank.md", b"  \r\n\t \n", Errors.E003),
        ("blank.html", b"   \n", Errors.E003),
        ("empty.pdf", b"", Errors.E003),
        ("empty.docx", b"", Errors.E003),
        ("bom-only.txt", b"\xef\xbb\xbf", Errors.E003),
        ("image.txt", PNG, Errors.E004.format(kind="PNG image")),
        ("photo.md", b"\xff\xd8\xff\xe0" + bytes(64), Errors.E004.format(kind="JPEG image")),
        ("report.txt", make_pdf([["Nine were killed."]]), Errors.E004.format(kind="PDF")),
        ("archive.txt", _zip({"a": b"b"}), Errors.E004.format(kind="ZIP or .docx")),
        ("program.txt", ELF, Errors.E004.format(kind="Linux program (ELF)")),
        ("nul.txt", b"Nine were killed.\x00\x00\x01" * 8, Errors.E004.format(kind="binary")),
        ("controls.txt", CONTROLS, Errors.E004.format(kind="binary")),
        ("image.html", b"GIF89a" + bytes(64), Errors.E004.format(kind="GIF image")),
        ("nobody.html", NO_BODY, Errors.E011),
        ("script.html", SCRIPT_ONLY, Errors.E011),
        ("sheet.xlsx", b"PK\x03\x04", Errors.E007.format(suffix=".xlsx", supported=SUPPORTED)),
        ("old.doc", b"\xd0\xcf\x11\xe0", Errors.E007.format(suffix=".doc", supported=SUPPORTED)),
        ("slides.PPTX", b"PK\x03\x04", Errors.E007.format(suffix=".PPTX", supported=SUPPORTED)),
    ],
)  # fmt: skip
def test_bad_input(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    err = load_error(write(tmp_path, name, data))
    assert err.message == message


def test_missing_file(tmp_path: Path) -> None:
    assert load_error(tmp_path / "gone.txt").message == Errors.E001


def test_missing_parent_directory(tmp_path: Path) -> None:
    assert load_error(tmp_path / "a.txt" / "b.txt").message == Errors.E001


@pytest.mark.parametrize("name", ["folder", "folder.txt", "folder.html"])
def test_directory(tmp_path: Path, name: str) -> None:
    (tmp_path / name).mkdir()
    assert load_error(tmp_path / name).message == Errors.E002


def test_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "big.txt", b"Nine were killed. " * 100)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse)
    err = load_error(path, settings=DEFAULT_SETTINGS.replace(max_file_bytes=1000))
    assert err.message == Errors.E005.format(size="1,800 bytes", limit="1,000 bytes")


def test_size_limit_allows_a_file_at_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "fits.txt", b"x" * 999 + b".")
    settings = DEFAULT_SETTINGS.replace(max_file_bytes=1000)
    assert len(ingest.load(path, doc_id="d", settings=settings).text) == 1000


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX only")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert load_error(fifo).message == Errors.E006.format(reason="not a regular file")


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="root reads files whatever their mode"
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"Nine were killed.")
    path.chmod(0)
    try:
        assert load_error(path).message == Errors.E006.format(reason="Permission denied")
    finally:
        path.chmod(0o600)


@pytest.mark.parametrize(
    "name",
    [
        "with spaces.txt",
        "ünïcödé – report.txt",
        "اخبار.txt",
        'it\'s "quoted".md',
        "[brackets] (1) #2 %20.html",
        "-leading-dash.txt",
        "Report 2.final draft",
        "many.dots.in.name.txt",
    ],
)
def test_unusual_path_characters_work(tmp_path: Path, name: str) -> None:
    text = "<article><p>Nine were killed in Merrow, police said on Monday.</p></article>"
    data = text if name.endswith(".html") else "Nine were killed in Merrow."
    path = write(tmp_path, name, data)
    doc = ingest.load(path, doc_id="u")
    assert "Nine were killed in Merrow" in doc.text
    assert doc.path == str(path)
    assert doc.name == name


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (MemoryError(), Errors.E006.format(reason="not enough memory to read it")),
        (RecursionError(), Errors.E006.format(reason="its structure is nested too deeply to read")),
        (RuntimeError("boom\nsecond line"), Errors.E006.format(reason="boom second line")),
    ],
)  # fmt: skip
def test_any_failure_becomes_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, message: str
) -> None:
    def explode(text: str) -> None:
        raise error

    monkeypatch.setattr(ingest, "body_spans", explode)
    err = load_error(write(tmp_path, "a.txt", b"Nine were killed."))
    assert err.message == message

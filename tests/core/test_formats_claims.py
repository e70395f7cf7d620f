"""The same article gives the same claims whatever the format it arrives in, and a mixed
batch with bad files exports the good ones (issue 3's acceptance)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import docx
import pytest

from core import pipeline
from tests.core.test_ingest import _seed_page, make_pdf
from tests.shared import SEEDS, need

ROOT = Path(__file__).resolve().parents[2]
REPORT = [
    "Gunmen killed 14 people and wounded at least 30 in an attack on a bus station in "
    "Marrowby on Tuesday, police said.",
    "Security forces arrested nine suspects in raids overnight, the interior ministry said.",
]


def figures(result: pipeline.Result) -> Counter[tuple[float, str]]:
    return Counter((c.value, c.measure) for c in result.claims if c.is_core)


@pytest.mark.parametrize("codec", ["utf-8", "cp1252"])
def test_seed_as_html_gives_the_claims_of_the_txt(tmp_path: Path, codec: str) -> None:
    for seed in sorted(need(SEEDS).glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        html = tmp_path / f"{seed.stem}.{codec}.html"
        html.write_bytes(_seed_page(text, codec).encode(codec, errors="xmlcharrefreplace"))
        from_txt = figures(pipeline.run([seed]))
        from_html = figures(pipeline.run([html]))
        if not from_txt:
            continue
        kept = sum((from_txt & from_html).values()) / sum(from_txt.values())
        assert kept >= 0.9, (seed.name, codec, from_txt, from_html)


def test_mixed_batch_with_bad_files(tmp_path: Path) -> None:
    files = {
        "txt": tmp_path / "report.txt",
        "md": tmp_path / "report.md",
        "pdf": tmp_path / "report.pdf",
        "docx": tmp_path / "report.docx",
        "html": tmp_path / "report.html",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
    }
    files["txt"].write_text("\n\n".join(REPORT), encoding="utf-8")
    files["md"].write_text("# Bus station attack\n\n" + "\n\n".join(REPORT), encoding="utf-8")
    files["pdf"].write_bytes(make_pdf([REPORT[:1], REPORT[1:]]))
    document = docx.Document()
    for paragraph in REPORT:
        document.add_paragraph(paragraph)
    document.save(str(files["docx"]))
    files["html"].write_text(
        "<html><head><title>Attack</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/world'>World 24/7</a></nav><article>"
        + "".join(f"<p>{p}</p>" for p in REPORT)
        + "</article><footer>© 2026 Example. 12 comments</footer></body></html>",
        encoding="utf-8",
    )
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x00\x01\x02PK\x03\x04" * 64)
    out = tmp_path / "out.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "extract",
            *map(str, files.values()),
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr
    assert str(files["empty"]) in proc.stderr
    assert str(files["binary"]) in proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    formats = {d["format"] for d in data["documents"]}
    assert formats == {"txt", "md", "pdf", "docx", "html"}
    by_doc = Counter(
        (c["document_id"], c["value"], c["measure"])
        for c in data["claims"]
        if c["measure"] != "other"
    )
    for doc in data["documents"]:
        got = {(v, m) for (d, v, m) in by_doc if d == doc["id"]}
        assert got == {(14, "killed"), (30, "injured"), (9, "arrested")}, (doc["format"], got)

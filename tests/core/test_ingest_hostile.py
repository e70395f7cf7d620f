"""Hostile files at import (issue 15): binary data after the first 64 KB, deep HTML nesting,
invalid UTF-8 said on the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import Errors, InputError
from core.ingest import files as ingest

PARAGRAPH = "At least 12 people were killed in the blast in Fenwick, the police said.\n"


def test_binary_data_after_the_first_64_kb_is_refused(tmp_path: Path) -> None:
    text = (PARAGRAPH * 1_000).encode()  # 73 KB of text
    binary = bytes(range(1, 32)) * 4_000  # then 124 KB of control bytes, no NUL
    target = tmp_path / "report.txt"
    target.write_bytes(text + binary)
    with pytest.raises(InputError) as info:
        ingest.load(target, doc_id="d1")
    assert info.value.message == Errors.E004.format(kind="binary")


def test_a_few_stray_controls_late_in_a_text_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_bytes((PARAGRAPH * 1_000).encode() + b"\x01=1+1 rows.\n")
    doc = ingest.load(target, doc_id="d1")
    assert doc.text.endswith("\x01=1+1 rows.\n")


@pytest.mark.parametrize("depth", [260, 3_000])
def test_html_nested_past_the_parser_limit_still_yields_its_text(
    tmp_path: Path, depth: int
) -> None:
    sentence = "At least 12 people were killed in the blast in Fenwick, the police said."
    page = (
        "<html><head><title>Blast in Fenwick</title></head><body>" + "<div>" * depth
        + f"<p>{sentence}</p><p>Officials said 30 others were hurt.</p>" + "</div>" * depth
        + "</body></html>"
    )
    target = tmp_path / "deep.html"
    target.write_text(page, encoding="utf-8")
    doc = ingest.load(target, doc_id="d1")
    assert sentence in doc.text
    assert "Officials said 30 others were hurt." in doc.text
    assert any("nested too deeply" in w for w in doc.warnings)

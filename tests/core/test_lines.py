"""Non-blank lines as spans, shared by the pipeline's paragraphs and the incident reader."""

from __future__ import annotations

from core.text.lines import line_spans


def test_each_non_blank_line_without_its_surrounding_spaces() -> None:
    text = "Headline here\n\n   A first line.  \r\n\t\nLast"
    spans = list(line_spans(text))
    assert [text[s:e] for s, e in spans] == ["Headline here", "A first line.", "Last"]


def test_blank_text_has_no_lines() -> None:
    assert list(line_spans(" \n\t\n")) == []

"""The counts-only diagnostics of ``benchmarks/heldout_rows.py``: how a missed figure is
written and where a wrong source is named, told by structure alone (safe on blind slices)."""

from __future__ import annotations

import pytest

from tests.shared import benchmark_module

rows = benchmark_module("heldout_rows")


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        ("a", "article"), ("one", "one"), ("twenty-two", "numeral word"), ("12", "digits"),
        ("dozens", "vague"), ("Nora Fisk", "name"), ("Fisk", "capitalised word"),
        ("the boy", "definite"), ("him", "pronoun"), ("both", "other word"),
    ],
)
def test_how_a_missed_figure_is_written(number: str, kind: str) -> None:
    assert rows._written(number) == kind


TEXT = ("Blast in Velmar\nVELMAR (Wire) - Two guards were hurt on Monday. Police said the blast"
        " was a grenade.\nThe army said nothing more.")


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("Police", "in the next sentence"),
        ("Wire", "in the sentence"),
        ("army", "in the first lines"),  # a short report is all first lines
        ("the mayor", "source not written so"),
    ],
)
def test_where_a_source_is_named(source: str, where: str) -> None:
    assert rows._source_written(TEXT, source, TEXT.index("Two")) == where

"""A name found by itself and the words around it read by patterns compiled once answer as
one pattern with the name inside (``core.text.written_names``)."""

from __future__ import annotations

import re

import pytest

from core.extract.neighbour_places import told_beside
from core.text.written_names import boundary, name_spans, written_with

_BEFORE = re.compile(r"\b(?:county|state) of \Z", re.IGNORECASE)
_AFTER = re.compile(r",? (?:county|state)\b", re.IGNORECASE)
TEXTS = [
    "Two hikers went missing in the State of Varnholt on Sunday.",
    "Varnholt State troopers said the road was shut.",
    "A ranger from varnholt, county officials said, found the camp.",
    "The Varnholtia county fair opened; Varnholt's mayor spoke.",
    "Crews left the Greater Varnholt area, Statewide alerts ended.",
    "Sirens in Vārnholt, state radio said “Varnholt state” was calm.",
    "VarnholtVarnholt county",
]


def _one_pattern(name: str, text: str) -> bool:
    esc = re.escape(name)
    pattern = rf"\b(?:county|state) of {esc}\b|\b{esc},? (?:county|state)\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("name", ["Varnholt", "varnholt", "Vārnholt", "Greater Varnholt", ""])
def test_same_answer_as_one_pattern(name: str, text: str) -> None:
    spans = name_spans(text, name, fold=True)
    assert written_with(text, spans, _BEFORE, _AFTER) == _one_pattern(name, text)


def test_spans_overlap_and_fold() -> None:
    assert name_spans("Abab ABAB", "aba", fold=True) == [(0, 3), (5, 8)]
    assert name_spans("abab", "aba", fold=False) == [(0, 3)]
    assert name_spans("Ábab ábab", "ábab", fold=True) == [(0, 4), (5, 9)]
    assert name_spans("Ábab", "ábab", fold=False) == []


def test_boundary() -> None:
    assert boundary("in Lorsk.", 3)
    assert boundary("in Lorsk.", 8)
    assert not boundary("Lorsky", 5)
    assert not boundary("a  b", 2)


def test_told_beside() -> None:
    assert told_beside("Four died in neighbouring Tarrow district.", "Tarrow, Ostland")
    assert not told_beside("Four died in Tarrow, near the border.", "Tarrow, Ostland")
    assert not told_beside("Four died in neighbouring Tarrowby.", "Tarrow, Ostland")

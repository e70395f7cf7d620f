"""Source panes: the one Python ⇄ Qt offset conversion, highlighting, focus and selection."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from core.model import Document
from gui.panes import SourceText, TextPositions

from .fakes import make_claim

CASES = [
    "plain ascii text with 26 dead",
    "emoji 🚨 before 26 dead",
    "two astral 🙏🏽 and 𝟐𝟔 math digits, then 26",
    "CJK 𠀋 extension B then 26 and é accents",
    "line one\r\nline two has 26\r\nline three",
    "",
]


def qt_text(text: str) -> str:
    """What Qt holds for the text, as a Python string (via UTF-16 positions)."""
    doc = QTextDocument()
    doc.setPlainText(TextPositions(text).display)
    return doc.toPlainText()


@pytest.mark.parametrize("text", CASES)
def test_every_offset_maps_to_the_same_character(qapp: Any, text: str) -> None:
    positions = TextPositions(text)
    doc = QTextDocument()
    doc.setPlainText(positions.display)
    for start in range(len(text)):
        cursor = QTextCursor(doc)
        cursor.setPosition(positions.to_qt(start))
        cursor.setPosition(positions.to_qt(start + 1), QTextCursor.MoveMode.KeepAnchor)
        got = cursor.selectedText().replace("\u2029", "\n")
        want = text[start].replace("\r", " ") if text[start:start + 2] == "\r\n" else text[start]
        assert got == want, (start, got, want)
        assert positions.from_qt(positions.to_qt(start)) == start


@pytest.mark.parametrize(
    ("text", "pos", "qt"),
    [
        ("abc", 2, 2),
        ("🚨abc", 1, 2),
        ("🚨🙏x", 2, 4),
        ("a😀b😀c", 4, 6),
        ("é", 1, 1),  # precomposed: one code point, one UTF-16 unit
        ("e\u0301", 2, 2),  # combining accent: two of each
    ],
)
def test_to_qt(text: str, pos: int, qt: int) -> None:
    assert TextPositions(text).to_qt(pos) == qt


@pytest.mark.parametrize(
    ("text", "qt", "pos"),
    [
        ("🚨abc", 2, 1),
        ("🚨abc", 1, 0),  # between the two halves of a surrogate pair: its character
        ("a😀b😀c", 6, 4),
        ("abc", 3, 3),
    ],
)
def test_from_qt(text: str, qt: int, pos: int) -> None:
    assert TextPositions(text).from_qt(qt) == pos


def test_focus_selects_the_figure_after_emoji(qtbot: Any) -> None:
    text = "Headline 🚨🙏\nOfficials 👮 said 𝐚𝐭 least 26 people were killed 🕯 today.\n"
    doc = Document(id="d9", text=text)
    claim = make_claim(doc, "c9", "26", 26, "killed")
    pane = SourceText()
    qtbot.addWidget(pane)
    pane.load(doc)
    pane.highlight([claim], {"c9": "contradiction"})
    pane.focus_item(claim)
    assert pane.textCursor().selectedText() == "26"
    assert pane.selected_span() == (claim.start, claim.end)
    assert len(pane.extraSelections()) == 2  # the sentence shade and the claim span


def test_selection_in_pane_gives_python_offsets(qtbot: Any) -> None:
    text = "🚨 Update: 12 people were killed.\n"
    doc = Document(id="d9", text=text)
    pane = SourceText()
    qtbot.addWidget(pane)
    pane.load(doc)
    start = text.index("12 people")
    pane.setTextCursor(pane.cursor_for(start, start + len("12 people")))
    assert pane.selected_span() == (start, start + len("12 people"))
    assert text[slice(*pane.selected_span() or (0, 0))] == "12 people"


def test_no_selection_is_none(qtbot: Any) -> None:
    pane = SourceText()
    qtbot.addWidget(pane)
    pane.load(Document(id="d9", text="nothing selected"))
    assert pane.selected_span() is None

"""Small dialogs: paste an article, add a claim by hand, the keyboard shortcuts."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model import MEASURES, QUALIFIERS, Claim, Document
from core.text.numbers import find_amounts
from core.text.qualifiers import interval
from gui.formatting import format_number
from gui.state import parse_field


class PasteDialog(QDialog):
    """Paste an article's text with its title, outlet and publication date."""

    def __init__(self, parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste an article")
        self.resize(640, 520)
        self.title = QLineEdit()
        self.outlet = QLineEdit()
        self.has_date = QCheckBox("Publication date")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText("Paste the article text here")
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Outlet", self.outlet)
        form.addRow(self.has_date, self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Extract")
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip())))
        self.ok.setEnabled(bool(text.strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def published(self) -> dt.date | None:
        if not self.has_date.isChecked():
            return None
        d = self.date.date()
        return dt.date(d.year(), d.month(), d.day())

    def document(self, doc_id: str) -> Document:
        """The pasted article as a Document (``core.ingest.files.from_text``; raises InputError)."""
        from core.ingest.files import from_text

        return from_text(self.text.toPlainText(), doc_id=doc_id,
                         title=self.title.text().strip() or None,
                         outlet=self.outlet.text().strip() or None,
                         published=self.published())


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``text[start:end]``: a span for the claim's context."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, max(end - 1, begin))
    stop = len(text) if after is None else after.start() + (text[after.start()] != "\n")
    while begin < stop and text[begin].isspace():
        begin += 1
    return begin, max(stop, end)


MANUAL_WIDTH = 520  # pixels: the add-a-claim dialog


class ManualClaimDialog(QDialog):
    """A claim the extraction missed, from the text the checker selected: prefilled with the
    figure ``core.text.numbers.find_amounts`` reads in the selection."""

    def __init__(self, doc: Document, start: int, end: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a claim by hand")
        self.doc = doc
        self.start, self.end = start, end
        selected = doc.text[start:end]
        found = find_amounts(selected)
        amount = found[0] if found else None
        if amount is not None:
            self.start, self.end = start + amount.start, start + amount.end
        self.figure = QLineEdit(doc.text[self.start:self.end])
        self.figure.setReadOnly(True)
        self.value = QLineEdit(format_number(amount.value).replace(",", "") if amount else "")
        self.qualifier = QComboBox()
        self.qualifier.addItems(list(QUALIFIERS))
        self.qualifier.setCurrentText(amount.qualifier if amount else "exact")
        self.low = QLineEdit(format_number(amount.low).replace(",", "") if amount else "")
        self.high = QLineEdit(format_number(amount.high).replace(",", "") if amount else "")
        self.value.textEdited.connect(self._fill_interval)
        self.qualifier.activated.connect(self._fill_interval)
        self.measure = QComboBox()
        self.measure.addItems(list(MEASURES))
        self.measure.setCurrentText(self._guess_measure())
        self.subject = QLineEdit()
        self.actor = QLineEdit()
        self.location = QLineEdit()
        self.attribution = QLineEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #d03030")
        s0, s1 = sentence_around(doc.text, self.start, self.end)
        self.sentence_span = (s0, s1)
        context = QLabel(doc.text[s0:s1])
        context.setWordWrap(True)
        context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow("Sentence", context)
        form.addRow("Figure as written", self.figure)
        form.addRow("Value", self.value)
        form.addRow("Qualifier", self.qualifier)
        form.addRow("Low", self.low)
        form.addRow("High", self.high)
        form.addRow("Measure", self.measure)
        form.addRow("Subject", self.subject)
        form.addRow("Actor", self.actor)
        form.addRow("Place", self.location)
        form.addRow("Attribution", self.attribution)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # The height the wrapped sentence needs at this width: resized to (520, 0) the form
        # gave it one line and cut its second in half.
        self.resize(MANUAL_WIDTH, self.heightForWidth(MANUAL_WIDTH))

    def _fill_interval(self) -> None:
        """Low and High follow Value and Qualifier as the checker sets them ("at least" 3
        is 3 and open), as extraction reads them; a range's ends are the checker's to type."""
        try:
            value = parse_field("value", self.value.text())
        except ValueError:
            return
        qualifier = self.qualifier.currentText()
        if value is None or qualifier == "range":
            return
        low, high = interval(value, qualifier)  # type: ignore[arg-type]
        for box, end in ((self.low, low), (self.high, high)):
            box.setText("" if end is None else format_number(end).replace(",", ""))

    def _guess_measure(self) -> str:
        after = self.doc.text[self.end:self.end + 60].lower()
        for stem, measure in (("kill", "killed"), ("dead", "killed"), ("died", "killed"),
                              ("injur", "injured"), ("wound", "injured"),
                              ("arrest", "arrested"), ("detain", "arrested"),
                              ("kidnap", "kidnapped"), ("abduct", "kidnapped"),
                              ("attack", "attacks"), ("operation", "operations")):
            if stem in after:
                return measure
        return "other"

    def _accept(self) -> None:
        try:
            self.claim()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def claim(self) -> Claim:
        """The claim as filled in; raises ValueError naming a field that does not parse."""
        value = parse_field("value", self.value.text())
        if value is None:
            raise ValueError("value: a figure needs a value")
        qualifier = self.qualifier.currentText()
        low, high = parse_field("low", self.low.text()), parse_field("high", self.high.text())
        if low is None and high is None:
            # The interval the qualifier asserts, as extraction gives it ("at least" 3 is
            # 3 or more): left empty, the claim had no interval, the grid none to show.
            if qualifier == "range":
                raise ValueError("high: a range needs its high end")
            low, high = interval(value, qualifier)  # type: ignore[arg-type]
        s0, s1 = self.sentence_span
        return Claim(
            id="manual", document_id=self.doc.id, start=self.start, end=self.end,
            number_text=self.figure.text(), value=value,
            qualifier=qualifier,  # type: ignore[arg-type]
            low=low, high=high,
            measure=self.measure.currentText(),  # type: ignore[arg-type]
            sentence=self.doc.text[s0:s1], sentence_start=s0, sentence_end=s1, rule="manual",
            subject=self.subject.text().strip() or None, actor=self.actor.text().strip() or None,
            location=self.location.text().strip() or None,
            attribution=self.attribution.text().strip() or None, manual=True,
        )


class ShortcutsDialog(QDialog):
    """The keyboard help (``gui.actions.shortcuts`` makes it from the actions table)."""

    def __init__(self, parent: QWidget | None,
                 shortcuts: Sequence[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(shortcuts), 2)
        table.setHorizontalHeaderLabels(["Keys", "Action"])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, action) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(600, 500)


class OrphansDialog(QDialog):
    """Verdicts and corrections whose claim is gone (after a re-run or a removed source),
    kept by the project until the checker attaches them to a current item."""

    def __init__(self, orphans: Sequence[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Orphaned verdicts")
        self.orphans = list(orphans)
        self.table = QTableWidget(len(self.orphans), 5)
        self.table.setHorizontalHeaderLabels(["Item", "Verdict", "Note", "Corrections", "Why"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, orphan in enumerate(self.orphans):
            item = orphan.item
            what = item.number_text if isinstance(item, Claim) else f"“{item.content[:60]}”"
            review = orphan.review
            cells = (f"{item.id}: {what}", review.status if review else "",
                     review.note if review else "",
                     ", ".join(f"{k}={v}" for k, v in orphan.corrections.items()), orphan.reason)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.orphans:
            self.table.selectRow(0)
        buttons = QDialogButtonBox()
        self.attach = buttons.addButton("Attach to the selected claim",
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.attach.setEnabled(bool(self.orphans))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Select an orphan, select its claim in the grid, then attach."))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def selected(self) -> Any | None:
        row = self.table.currentRow()
        return self.orphans[row] if 0 <= row < len(self.orphans) else None

"""The claim detail and review panel: the verdict, a note, evidence links, and every field
editable as a correction beside the extracted value. It only signals the checker's intent;
the window turns each intent into an undoable command."""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.model import STATUSES, Claim, Statement
from core.project.store import CORRECTABLE_ORDER as CORRECTABLE
from core.text.qualifiers import explain_vague
from gui.actions import VERDICT_KEYS
from gui.editors import FramedEditorDelegate
from gui.formatting import format_number, short, wrap_tip
from gui.models import STATUS_COLORS
from gui.panels.note_keys import NoteKeys
from gui.panels.typed_keys import keep_typed_keys
from gui.state import Workspace
from gui.theme import readable

VERDICT_PADDING = 10  # pixels around a verdict's text: its style pads 4 + 4, its border 1 + 1
# Three verdicts to a row while they fit in this many pixels, else two: in a 16 pt font three
# made the panel (and the window) wider than a 1280-pixel screen.
VERDICT_ROW = 380
EVIDENCE_LINES = (3, 4)  # the evidence list's least and most height, in lines of its font
WARNING_RED = QColor(208, 48, 48)  # the conflicts under the claim's sentence
_WARNING_SPAN = re.compile("color:#[0-9a-f]{6}'>⚠")
VAGUE_FIELDS = frozenset({"value", "qualifier", "low", "high"})  # the hint's tooltip
CONFLICT_CHARS = 160
MAX_WARNINGS = 3  # conflict lines under the sentence; the verdict buttons stay in view
SEVERITY = {"contradiction": 0, "divergent": 1, "update": 2}
# Of a long sentence, this much either side of the figure (a 2,000-character "sentence" hid
# the conflicts under it); the source pane below shows it whole.
CONTEXT_CHARS = 200  # of each conflict under the sentence: about two lines of the panel
FIELD_LABELS: dict[str, str] = {
    "value": "Value", "qualifier": "Qualifier",
    "low": "Low", "high": "High", "measure": "Measure", "subject": "Subject", "actor": "Actor",
    "location": "Place", "date_start": "Period start", "date_end": "Period end",
    "date_text": "Date as written", "attribution": "Attribution",
    "event_type": "Kind of event", "part_of": "Part of (claim id)",
}


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def field_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_number(value).replace(",", "")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class ReviewPanel(QWidget):
    """Shows one claim or statement; signals verdict, note, evidence and correction edits."""

    verdict_chosen = Signal(str, str)  # item id, status
    note_edited = Signal(str, str)  # item id, note
    evidence_edited = Signal(str, object)  # item id, tuple[str, ...]
    correction_edited = Signal(str, str, str)  # claim id, field, text ("" clears)

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.item_id = ""
        self._shown_id = ""  # the item the fields table was last filled for
        self._loading = False
        self._note_dirty = False

        self.title = QLabel("No claim selected")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verdict_row = self._build_verdicts()
        evidence_row = self._build_note_and_evidence()
        self._build_fields()

        form = QFormLayout()
        # In a narrow panel (a half-screen window) the labels go above their controls.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Verdict", verdict_row)
        form.addRow("Note", self.note)
        evidence_box = QVBoxLayout()
        evidence_box.addWidget(self.evidence)
        evidence_box.addLayout(evidence_row)
        form.addRow("Evidence", evidence_box)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        layout.addLayout(form)
        fields_label = QLabel("Fields (type a correction; the extracted value is kept):")
        fields_label.setWordWrap(True)
        layout.addWidget(fields_label)
        layout.addWidget(self.fields, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        ws.review_changed.connect(self._maybe_refresh)
        ws.claim_changed.connect(self._claim_changed)
        # A move, merge, split or their undo changes the conflicts under the sentence.
        ws.grouping_changed.connect(lambda: self._claim_changed(self.item_id))
        ws.reset.connect(self._on_reset)
        self.setEnabled(False)

    def _build_verdicts(self) -> QGridLayout:
        """One checkable button per verdict, three to a row."""
        self.verdicts = QButtonGroup(self)
        self.verdicts.setExclusive(True)
        verdict_row = QGridLayout()
        verdict_row.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        bold = QFontMetrics(_bold(self.font()))
        widest = max(bold.horizontalAdvance(f"{VERDICT_KEYS[s]} {s.capitalize()}")
                     for s in STATUSES) + VERDICT_PADDING
        columns = 3 if 3 * widest <= VERDICT_ROW else 2
        for status in STATUSES:
            button = QToolButton()
            button.setText(f"{VERDICT_KEYS[status]} {status.capitalize()}")
            button.setCheckable(True)
            button.setToolTip(f"Mark as {status} (key {VERDICT_KEYS[status]})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            # the checked verdict is drawn bold: room for that
            button.setMinimumWidth(QFontMetrics(_bold(button.font()))
                                   .horizontalAdvance(button.text()) + VERDICT_PADDING)
            color = STATUS_COLORS[status]
            button.setStyleSheet(
                "QToolButton { padding: 3px 4px; }"
                f"QToolButton:checked {{ background: rgba({color.red()},{color.green()},"
                f"{color.blue()},200); font-weight: bold; border: 1px solid palette(dark); }}"
            )
            button.clicked.connect(lambda _c=False, s=status: self._choose(s))
            self.verdicts.addButton(button)
            self.buttons[status] = button
            n = len(self.buttons) - 1
            verdict_row.addWidget(button, n // columns, n % columns)
        return verdict_row

    def _build_note_and_evidence(self) -> QHBoxLayout:
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Note: why this verdict, what to check next…")
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)  # Tab moves on (a tab in a note is never meant)
        self.note_keys = NoteKeys(self.note, self.commit_note)  # Escape goes back
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(700)
        self._note_timer.timeout.connect(self.commit_note)
        self.note.textChanged.connect(self._note_changed)

        self.evidence = QListWidget()
        # A few links in view in any font (a fixed 70 pixels showed one line at 16 pt).
        line = self.evidence.fontMetrics().height() + 4
        frame = 2 * self.evidence.frameWidth() + 2
        self.evidence.setMinimumHeight(EVIDENCE_LINES[0] * line + frame)
        self.evidence.setMaximumHeight(EVIDENCE_LINES[1] * line + frame)
        self.evidence_input = QLineEdit()
        self.evidence_input.setPlaceholderText("Evidence link or reference, then Enter")
        self.evidence_input.returnPressed.connect(self._add_evidence)
        remove = self.remove_evidence = QPushButton("Remove")
        remove.clicked.connect(self._remove_evidence)
        # Only with a link to remove chosen: it was offered beside an empty list.
        remove.setEnabled(False)
        self.evidence.currentRowChanged.connect(lambda row: remove.setEnabled(row >= 0))
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_input, 1)
        evidence_row.addWidget(remove)
        return evidence_row

    def _build_fields(self) -> None:
        """The claim's fields: extracted value and the checker's correction."""
        self.fields = QTableWidget(0, 3)
        self.fields.setTabKeyNavigation(False)  # arrows move between cells, Tab moves on
        keep_typed_keys(self.fields)  # a digit typed starts a correction, not a verdict
        # One cell at a time: a correction is typed in one cell.
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fields.setHorizontalHeaderLabels(["Field", "Extracted", "Correction"])
        self.fields.verticalHeader().setVisible(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.fields.setItemDelegate(FramedEditorDelegate(self.fields))
        self.fields.itemChanged.connect(self._field_changed)

    # -- showing ---------------------------------------------------------------------------
    def show_item(self, item_id: str) -> None:
        if self.item_id and item_id != self.item_id:
            self.commit_note()
        self.item_id = item_id
        self.refresh()

    def _on_reset(self) -> None:
        # Another project: a note still pending belonged to the old one, never to this one's
        # claim of the same id (the timer has long sent it: opening takes a dialog).
        self._note_timer.stop()
        self._note_dirty = False
        if self.item_id not in self.ws.claims and self.item_id not in self.ws.statements:
            self.item_id = ""
        self.refresh()

    def _maybe_refresh(self, item_id: str) -> None:
        if item_id == self.item_id:
            self.refresh()

    def _claim_changed(self, item_id: str) -> None:
        # Deferred: a correction comes from an editor of this very table, whose delegate is
        # still writing to the item a refresh would replace.
        if item_id == self.item_id:
            self._refresh_timer.start()

    def _warning_color(self) -> str:
        return readable(WARNING_RED, self.palette().color(QPalette.ColorRole.Window)).name()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Another theme: the conflicts under the sentence take its readable red (only the
        colour changes, so a note being typed is left alone)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "sentence"):
            self.sentence.setText(_WARNING_SPAN.sub(f"color:{self._warning_color()}'>⚠",
                                                    self.sentence.text()))

    def refresh(self) -> None:
        # A note typed in the last 0.7 s, a correction still in its editor: saved before the
        # panel is filled again (a verdict clicked right after typing wiped them).
        self.commit_pending()
        ws = self.ws
        item: Claim | Statement | None = ws.claims.get(self.item_id) or ws.statements.get(
            self.item_id)
        self._loading = True
        self._note_dirty = False
        try:
            self.setEnabled(item is not None)
            if item is None:
                self.title.setText("No claim selected")
                self.sentence.clear()
                self.fields.setRowCount(0)
                self.note.setPlainText("")
                self.evidence.clear()
                self._show_no_verdict()
                return
            if item.id != self._shown_id:
                # The last claim's selected Correction cell stayed blue on the next claim,
                # as if it held a correction.
                self.fields.selectionModel().clearCurrentIndex()
                self.fields.clearSelection()
                self._shown_id = item.id
            review = ws.review(item.id)
            doc = ws.documents.get(item.document_id)
            source = (doc.outlet or doc.title or doc.name) if doc else item.document_id
            if isinstance(item, Claim):
                self.title.setText(f"{item.id} · {item.measure} · {source}"
                                   + (" · added by hand" if item.manual else ""))
                self._show_sentence(item)
                self._fill_claim_fields(item)
            else:
                who = item.speaker or "unnamed speaker"
                self.title.setText(f"{item.id} · {item.kind} · {who} · {source}")
                self.sentence.setText(f"“{html.escape(item.content)}”")
                self.sentence.setToolTip("")
                self._fill_statement_fields(item)
            self.buttons[review.status].setChecked(True)
            if self.note.toPlainText() != review.note:
                self.note.setPlainText(review.note)
            self.evidence.clear()
            self.evidence.addItems(list(review.evidence))
        finally:
            self._loading = False

    def _show_no_verdict(self) -> None:
        """No claim, no verdict lit (the last claim's stayed lit on "No claim selected");
        an exclusive group keeps one button checked, so it lets go for the moment."""
        self.verdicts.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.verdicts.setExclusive(True)

    def _show_sentence(self, item: Claim) -> None:
        """The claim's sentence with its figure marked, then its conflicts, then why a vague
        figure ("hundreds") shows 100 beside "200 or more"."""
        s = item.sentence
        a, b = item.start - item.sentence_start, item.end - item.sentence_start
        if 0 <= a <= b <= len(s):
            before, after = around(s[:a], s[b:])
            marked = (f"{html.escape(before)}<b><u>{html.escape(s[a:b])}</u></b>"
                      f"{html.escape(after)}")
        else:
            marked = html.escape(short(s, 2 * CONTEXT_CHARS))
        # The worst first ("exactly 19 vs exactly 32" was the fourth line, cut off at
        # 1280x720 under three updates), each cut short, at most MAX_WARNINGS of them:
        # the tooltip and the events panel hold them all.
        conflicts = sorted((x for x in self.ws.conflicts.values()
                            if item.id in x.claim_ids and x.kind in SEVERITY),
                           key=lambda x: (SEVERITY[x.kind], x.about != "figure", x.id))
        explanations = [x.explanation for x in conflicts]
        shown = [short(e, CONFLICT_CHARS) for e in explanations[:MAX_WARNINGS]]
        if len(explanations) > MAX_WARNINGS:
            shown.append(f"and {len(explanations) - MAX_WARNINGS} more (see Events & "
                         "conflicts)")
        marked += "".join(f"<br><span style='color:{self._warning_color()}'>⚠ "
                          f"{html.escape(e)}</span>" for e in shown)
        hint = vague_hint(self.ws.effective(item.id))
        if hint:
            marked += f"<br><i>{html.escape(hint)}</i>"
        self.sentence.setToolTip(wrap_tip("\n\n".join([*explanations, hint] if hint
                                                    else explanations)))
        self.sentence.setText(marked)

    def _fill_claim_fields(self, claim: Claim) -> None:
        fixes = self.ws.corrections.get(claim.id, {})
        self.fields.setRowCount(len(CORRECTABLE))
        for row, name in enumerate(CORRECTABLE):
            label = QTableWidgetItem(FIELD_LABELS.get(name, name))
            label.setData(Qt.ItemDataRole.UserRole, name)
            extracted = QTableWidgetItem(field_text(getattr(claim, name)))
            if name in VAGUE_FIELDS:
                extracted.setToolTip(vague_hint(claim))
            correction = QTableWidgetItem(field_text(fixes.get(name)))
            for cell in (label, extracted):
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if name in fixes:
                font = correction.font()
                font.setBold(True)
                correction.setFont(font)
            self.fields.setItem(row, 0, label)
            self.fields.setItem(row, 1, extracted)
            self.fields.setItem(row, 2, correction)

    def _fill_statement_fields(self, st: Statement) -> None:
        rows = [("Kind", st.kind), ("Speaker", st.speaker or ""),
                ("Speaker role", st.speaker_role or ""), ("Speaker kind", st.speaker_kind or ""),
                ("Cue", st.cue or ""), ("Rule", st.rule)]
        self.fields.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            for col, text in enumerate((name, value, "")):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.fields.setItem(row, col, cell)

    # -- intents ---------------------------------------------------------------------------
    def _choose(self, status: str) -> None:
        if self.item_id and not self._loading:
            self.commit_pending()  # typed just before: saved first, not lost to the refresh
            self.verdict_chosen.emit(self.item_id, status)

    def _note_changed(self) -> None:
        if not self._loading:
            self._note_dirty = True
            self._note_timer.start()

    def commit_pending(self) -> None:
        """The note, and a correction whose editor is still open (the verdict buttons take no
        focus, so clicking one leaves it open): its delegate commits it when it loses focus."""
        self.commit_note()
        if self.fields.state() == QAbstractItemView.State.EditingState:
            self.fields.setFocus()

    def commit_note(self) -> None:
        """Send the note now (also on leaving the item), if the checker typed in it."""
        self._note_timer.stop()
        if not self.item_id or self._loading or not self._note_dirty:
            return
        self._note_dirty = False
        text = self.note.toPlainText()
        if text != self.ws.review(self.item_id).note:
            self.note_edited.emit(self.item_id, text)

    def _add_evidence(self) -> None:
        link = self.evidence_input.text().strip()
        if not link or not self.item_id:
            return
        self.evidence_input.clear()
        current = self.ws.review(self.item_id).evidence
        if link not in current:
            self.evidence_edited.emit(self.item_id, (*current, link))

    def _remove_evidence(self) -> None:
        row = self.evidence.currentRow()
        current = self.ws.review(self.item_id).evidence if self.item_id else ()
        if 0 <= row < len(current):
            self.evidence_edited.emit(self.item_id, current[:row] + current[row + 1:])

    def _field_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or cell.column() != 2 or self.item_id not in self.ws.claims:
            return
        label = self.fields.item(cell.row(), 0)
        name = label.data(Qt.ItemDataRole.UserRole) if label else None
        if isinstance(name, str):
            self.correction_edited.emit(self.item_id, name, cell.text())

    def focus_note(self) -> None:
        """N: the note of the current claim or statement, its panel shown if it was closed."""
        if not self.item_id or not self.note.isEnabled():
            return
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
        self.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_field(self, name: str) -> None:
        """Start editing one field's correction (keyboard: focus the panel's table)."""
        for row in range(self.fields.rowCount()):
            label = self.fields.item(row, 0)
            if label is not None and label.data(Qt.ItemDataRole.UserRole) == name:
                self.fields.setCurrentCell(row, 2)
                cell = self.fields.item(row, 2)
                if cell is not None:
                    self.fields.editItem(cell)
                return


def vague_hint(claim: Claim) -> str:
    """Why "hundreds" reads 100 beside "200 or more" ("" for a figure that is not vague)."""
    return explain_vague(claim.value) if claim.qualifier == "vague" else ""


def around(before: str, after: str) -> tuple[str, str]:
    """The text either side of a figure, each cut to about ``CONTEXT_CHARS`` at a space."""
    if len(before) > CONTEXT_CHARS:
        cut = before.find(" ", len(before) - CONTEXT_CHARS)
        before = "…" + before[cut + 1 if cut >= 0 else len(before) - CONTEXT_CHARS:]
    if len(after) > CONTEXT_CHARS:
        cut = after.rfind(" ", 0, CONTEXT_CHARS)
        after = after[:cut if cut > 0 else CONTEXT_CHARS] + "…"
    return before, after

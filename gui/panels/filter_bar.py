"""The filter bar above the claims grid: Find (which also lists passages of the sources'
full text), the kind / measure / status / event / source choices and "Conflicts only"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model import MEASURES, STATUSES, Document
from gui.models import GridFilter
from gui.panels.typed_keys import keep_typed_keys
from gui.state import Workspace

MIN_FIND_CHARS = 3  # Find in sources starts with this many characters typed
TEXT_HITS_HEIGHT = 96  # the passages list: about four lines, the grid keeps the rest
TYPING_PAUSE_MS = 150  # Find filters when the checker pauses, not at every key
# Keys that leave Find for the claims it found, as a search box hands over to its results.
TO_RESULTS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)


class FilterBar(QWidget):
    changed = Signal()  # the checker changed a filter
    passage_chosen = Signal(str, int, int)  # document id, start, end

    def __init__(self, workspace: Workspace, results: QAbstractItemView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.results = results  # the claims grid: Enter or Down in Find goes there
        self.text = QLineEdit()
        self.text.setPlaceholderText("Find (Ctrl+F): figure, sentence, place, actor, outlet, note…")
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(160)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.text.installEventFilter(self)
        # The first entry of each combo means "any" and names what the combo filters.
        self.kind = self._combo([("All kinds", "all"), ("Figures", "figures"),
                                 ("Statements", "statements")])
        self.measure = self._combo([("Measure", "")])
        self.status = self._combo([("Status", "")] + [(s.capitalize(), s) for s in STATUSES])
        self.event_choice = self._combo([("Event", "")])
        self.source = self._combo([("Source", "")])
        self.conflicts = QCheckBox("Conflicts only")
        self.conflicts.toggled.connect(lambda _c: self.changed.emit())
        # Find also searches the full text of every source: passages listed by source.
        self.text_hits = QListWidget()
        self.text_hits.setObjectName("text_hits")
        self.text_hits.setMaximumHeight(TEXT_HITS_HEIGHT)
        self.text_hits.setVisible(False)
        self.text_hits.itemActivated.connect(self._choose_hit)
        self.text_hits.itemClicked.connect(self._choose_hit)
        self._lay_out()

    def _lay_out(self) -> None:
        # Two rows (find, then the choices) so the grid fits beside both panels at 1280x720.
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        bar.setSpacing(4)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.conflicts)
        choices = QHBoxLayout()
        choices.setContentsMargins(4, 0, 4, 0)
        choices.setSpacing(4)
        for widget in self.combos:
            choices.addWidget(widget, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(bar)
        box.addLayout(choices)
        box.addWidget(self.text_hits)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter or Down in Find goes to the claims it found, with the filter applied at once:
        a checker who typed "courier" then pressed 2 wrote "courier2" in the box, as Tab
        passed seven controls before the grid."""
        if (watched is self.text and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in TO_RESULTS_KEYS
                and self.results is not None):
            self.to_results(self.results)
            return True
        return super().eventFilter(watched, event)

    def to_results(self, view: QAbstractItemView) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()  # the filter as typed, without waiting for the pause
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.currentIndex().isValid() and view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))

    @property
    def combos(self) -> tuple[QComboBox, ...]:
        return (self.kind, self.measure, self.status, self.event_choice, self.source)

    def _combo(self, entries: Sequence[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # One character at the least (the label elides): the window then fits half of a
        # 1920-pixel screen, and a 1280-pixel one in a 16 pt font; from 1280 pixels up, in
        # the default font, each combo shows its whole label.
        combo.setMinimumContentsLength(1)
        keep_typed_keys(combo)  # a key typed picks an entry, never a verdict
        for text, data in entries:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return combo

    def current(self) -> GridFilter:
        self._timer.stop()
        return GridFilter(
            text=self.text.text().strip(),
            kind=str(self.kind.currentData() or "all"),
            measure=str(self.measure.currentData() or ""),
            status=str(self.status.currentData() or ""),
            event_id=str(self.event_choice.currentData() or ""),
            document_id=str(self.source.currentData() or ""),
            conflicts_only=self.conflicts.isChecked(),
        )

    def reset(self) -> None:
        """Every filter back to "any", without emitting ``changed`` (the caller applies)."""
        for widget in (*self.combos, self.conflicts, self.text):
            widget.blockSignals(True)
        for combo in self.combos:
            combo.setCurrentIndex(0)
        self.conflicts.setChecked(False)
        self.text.clear()
        for widget in (*self.combos, self.conflicts, self.text):
            widget.blockSignals(False)

    def show_source(self, doc_id: str) -> None:
        n = self.source.findData(doc_id)
        if n >= 0:
            self.source.setCurrentIndex(n)

    def refresh_choices(self) -> None:
        ws = self.ws
        measures = [m for m in MEASURES if any(c.measure == m for c in ws.claims.values())]
        _refill(self.measure, [("Measure", "")] + [(m, m) for m in measures]
                + ([("statements", "statement")] if ws.statements else []))
        _refill(self.event_choice, [("Event", ""), ("No event", "-")] + [
            (e.label, e.id) for e in sorted(ws.events.values(), key=lambda e: e.label)])
        _refill(self.source, [("Source", ""), *source_choices(list(ws.documents.values()))])

    def find_in_sources(self, text: str) -> None:
        """List the passages of the sources' full text that hold ``text`` (FTS5 in the
        project file), named by outlet and date; a click shows the passage."""
        self.text_hits.clear()
        hits = self.ws.backend.search_text(text) if len(text.strip()) >= MIN_FIND_CHARS else []
        for hit in hits:
            doc = self.ws.documents.get(hit.document_id)
            if doc is None:
                continue
            when = f", {doc.published:%d %b %Y}" if doc.published else ""
            item = QListWidgetItem(f"{doc.source_label}{when}: {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.document_id, hit.start, hit.end))
            self.text_hits.addItem(item)
        self.text_hits.setVisible(bool(hits))

    def _choose_hit(self, item: QListWidgetItem) -> None:
        doc_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.passage_chosen.emit(doc_id, start, end)


def source_choices(documents: Sequence[Document]) -> list[tuple[str, str]]:
    """(text, document id) for the Source filter: the outlet, with the date where the
    outlet gave more than one report (the first and the follow-up read alike), and the
    headline where the date does not tell them apart either."""
    def named(doc: Document) -> str:
        return doc.outlet or doc.title or doc.name

    def dated(doc: Document) -> str:
        return f"{named(doc)} · {doc.published:%Y-%m-%d}" if doc.published else named(doc)

    names = Counter(named(d) for d in documents)
    days = Counter(dated(d) for d in documents)
    choices = []
    for doc in documents:
        text = named(doc) if names[named(doc)] == 1 else dated(doc)
        if days[text] > 1 and doc.title and doc.title != named(doc):
            text = f"{text} · {doc.title}"
        choices.append((text, doc.id))
    return choices


def _refill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
    """New choices; the current one stays chosen when it is still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)

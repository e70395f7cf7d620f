"""Source panes: a document's text with its claims highlighted from data (``ExtraSelection``s,
not a lexer), and the side-by-side compare that puts several sources next to each other."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QResizeEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedLayout,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.model import Claim, Document, Statement
from gui.models import CONFLICT_COLORS, MEASURE_COLORS
from gui.state import Workspace

Item = Claim | Statement
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# A header shows the title only when at least this much of it fits: "Eld…" names nothing.
MIN_TITLE_CHARS = 8


class TextPositions:
    """The one place that converts offsets between Python and Qt.

    Python ``str`` offsets count code points; ``QTextDocument`` positions count UTF-16 code
    units, so every character outside the Basic Multilingual Plane (emoji, some CJK, math
    letters) shifts later positions by one. ``display`` is the text to load into the widget:
    a CRLF pair would fold into one block break there, so its CR becomes a space, which keeps
    one Qt position per Python offset for line breaks.
    """

    def __init__(self, text: str) -> None:
        self.display = text.replace("\r\n", " \n")
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral = astral
        self._qt_starts = [a + k for k, a in enumerate(astral)]

    def to_qt(self, pos: int) -> int:
        """Qt position of Python offset ``pos``."""
        return pos + bisect_left(self._astral, pos)

    def from_qt(self, qpos: int) -> int:
        """Python offset of Qt position ``qpos`` (inside a surrogate pair: its character)."""
        return qpos - bisect_left(self._qt_starts, qpos)


def _fmt(background: QColor | None = None, *, underline: QColor | None = None,
         wave: bool = False, bold: bool = False, full_width: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if background is not None:
        fmt.setBackground(background)
    if underline is not None:
        fmt.setUnderlineColor(underline)
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline if wave
            else QTextCharFormat.UnderlineStyle.SingleUnderline
        )
    if bold:
        fmt.setFontWeight(700)
    if full_width:
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return fmt


def _tint(color: QColor, alpha: int) -> QColor:
    tinted = QColor(color)
    tinted.setAlpha(alpha)
    return tinted


class SourceText(QPlainTextEdit):
    """Read-only text of one document with claim and statement spans highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptDrops(False)  # files dropped here go to the window, not into the text
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.document_id = ""
        self.positions = TextPositions("")
        self._base: list[QTextEdit.ExtraSelection] = []
        self._focus: list[QTextEdit.ExtraSelection] = []

    def load(self, doc: Document) -> None:
        if doc.id == self.document_id and self.positions.display == doc.text:
            return
        self.document_id = doc.id
        self.positions = TextPositions(doc.text)
        self.setPlainText(self.positions.display)

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        limit = self.document().characterCount() - 1
        cursor.setPosition(min(self.positions.to_qt(start), limit))
        cursor.setPosition(min(self.positions.to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self.cursor_for(start, end)
        sel.format = fmt
        return sel

    def highlight(self, items: Sequence[Item], conflict_kind: dict[str, str],
                  dated: Collection[str] = ()) -> None:
        """Claims coloured by measure (conflicting ones underlined), statements underlined;
        the day a claim gives, underlined too when reports disagree on it (``dated``)."""
        selections = []
        days = []  # last, so a statement's underline over the same words does not hide them
        for item in items:
            if isinstance(item, Claim):
                color = MEASURE_COLORS.get(item.measure, MEASURE_COLORS["other"])
                kind = conflict_kind.get(item.id)
                mark = {"contradiction": QColor(215, 50, 50), "divergent": QColor(230, 140, 20),
                        "update": QColor(40, 120, 220)}.get(kind or "")
                fmt = _fmt(_tint(color, 90), underline=mark, wave=mark is not None,
                           bold=mark is not None)
                selections.append(self._selection(item.start, item.end, fmt))
                at = (item.sentence.casefold().find(item.date_text.casefold())
                      if item.id in dated and item.date_text else -1)
                if at >= 0 and item.date_text:
                    start = item.sentence_start + at
                    days.append(self._selection(
                        start, start + len(item.date_text),
                        _fmt(_tint(QColor(215, 50, 50), 55), underline=QColor(215, 50, 50),
                             wave=True, bold=True)))
            else:
                green = MEASURE_COLORS["statement"]
                # A statement other sources contradict gets the wavy line of its conflict.
                mark = CONFLICT_COLORS.get(conflict_kind.get(item.id) or "")
                selections.append(self._selection(
                    item.start, item.end, _fmt(underline=mark or green, wave=mark is not None)))
                if item.speaker_start is not None and item.speaker_end is not None:
                    selections.append(self._selection(
                        item.speaker_start, item.speaker_end, _fmt(_tint(green, 70), bold=True)))
        self._base = selections + days
        self._apply()

    def focus_item(self, item: Item, *, others: Sequence[Item] = ()) -> None:
        """Scroll to the item's sentence, shade it, and select the figure (or statement)."""
        start = item.sentence_start if isinstance(item, Claim) else item.start
        end = item.sentence_end if isinstance(item, Claim) else item.end
        shade = _tint(self.palette().highlight().color(), 45)
        self._focus = [self._selection(start, end, _fmt(shade))]
        self._focus.extend(
            self._selection(o.sentence_start if isinstance(o, Claim) else o.start,
                            o.sentence_end if isinstance(o, Claim) else o.end, _fmt(shade))
            for o in others if o.id != item.id
        )
        self._apply()
        self.setTextCursor(self.cursor_for(item.start, item.end))
        self.centerCursor()

    def _apply(self) -> None:
        self.setExtraSelections([*self._focus, *self._base])

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as Python offsets into the document text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self.positions.from_qt(cursor.selectionStart()),
                self.positions.from_qt(cursor.selectionEnd()))


class PaneHeader(QLabel):
    """A source's title, then its outlet and date: a title too long for the pane is cut
    ("Death toll in Vessany…") so the outlet and date, what the checker compares, stay. In a
    pane too narrow for a readable piece of the title (three or four panes side by side) the
    header is the outlet and date alone, the outlet cut before the date, or on a line of its
    own above the date when the pane cannot hold a readable piece of it beside the date."""

    def __init__(self) -> None:
        super().__init__()
        self.title, self.meta = "", ""

    def set_parts(self, title: str, meta: str) -> None:
        self.title, self.meta = title, meta
        self.setToolTip(f"{title} — {meta}" if meta else title)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        tail = f" — {self.meta}" if self.meta else ""
        room = width - metrics.horizontalAdvance(tail)
        if self.meta and room < metrics.horizontalAdvance(self.title[:MIN_TITLE_CHARS] + "…"):
            self.setText(self._fit_meta(width))
            return
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, max(room, 0))
        self.setText(metrics.elidedText(title + tail, Qt.TextElideMode.ElideRight, width))

    def _fit_meta(self, width: int) -> str:
        """"Outlet · date" in ``width``: the outlet is cut first, the date kept whole; where
        too little of the outlet would be left to name it, the date goes on a second line."""
        metrics = self.fontMetrics()
        outlet, sep, date = self.meta.rpartition(" · ")
        if not sep:
            return metrics.elidedText(self.meta, Qt.TextElideMode.ElideRight, width)
        room = width - metrics.horizontalAdvance(sep + date)
        cut = metrics.elidedText(outlet, Qt.TextElideMode.ElideRight, max(room, 0))
        if cut == outlet or len(cut.rstrip("…")) >= MIN_TITLE_CHARS:
            return cut + sep + date
        # Four panes side by side read "The … · 2026-03-14" or the bare date twice: which
        # report was which could not be told.
        return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                         for line in (outlet, date))


class SourcePane(QFrame):
    """One source: a header naming it, and its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = PaneHeader()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(False)
        # A long title must not widen the pane: it is elided by the layout instead.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.header.setContentsMargins(6, 3, 6, 3)
        self.text = SourceText()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)

    def show_document(self, doc: Document, ws: Workspace) -> None:
        parts = [doc.title or doc.name]
        meta = " · ".join(x for x in (doc.outlet, doc.published.isoformat()
                                      if doc.published else None) if x)
        self.header.set_parts(parts[0], meta)
        self.header.setToolTip(f"{self.header.toolTip()}\n{doc.path or doc.name}")
        self.text.load(doc)
        self.text.highlight(ws.items_of(doc.id), ws.conflict_kind, ws.date_conflicted)


class ComparePanel(QWidget):
    """Sources side by side: one pane per document of the shown items, in a splitter."""

    MAX_PANES = 4
    pane_activated = Signal(object)  # the SourcePane the user last clicked into

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.placeholder = QLabel(
            "Select a claim to see its source, or an event or conflict to compare sources "
            "side by side.\nSelect text in a source and press Ctrl+M to add a claim by hand."
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(self.splitter)
        self.panes: list[SourcePane] = []
        self.items: list[Item] = []
        self.active: SourcePane | None = None
        ws.reset.connect(self.refresh)
        ws.grouping_changed.connect(self.refresh)
        ws.claim_changed.connect(self.refresh)
        ws.items_added.connect(self._on_items_added)

    def show_items(self, items: Sequence[Item]) -> None:
        """One pane per document (in first-mention order), each at its first item's sentence."""
        self.items = [it for it in items if it.document_id in self.ws.documents]
        by_doc: dict[str, list[Item]] = {}
        for item in self.items:
            by_doc.setdefault(item.document_id, []).append(item)
        groups = list(by_doc.items())[: self.MAX_PANES]
        while len(self.panes) < len(groups):
            pane = SourcePane()
            pane.text.selectionChanged.connect(
                lambda p=pane: self._activate(p))
            self.panes.append(pane)
            self.splitter.addWidget(pane)
        for n, pane in enumerate(self.panes):
            pane.setVisible(n < len(groups))
        for pane, (doc_id, doc_items) in zip(self.panes, groups, strict=False):
            pane.show_document(self.ws.documents[doc_id], self.ws)
            pane.text.focus_item(doc_items[0], others=doc_items[1:])
        if groups:
            self.splitter.setSizes([1000] * len(groups) + [0] * (len(self.panes) - len(groups)))
            self.active = self.panes[0]
            # Once the panes have their new widths (their lines wrap again): each at its item.
            QTimer.singleShot(0, self, self._recentre)
        self._stack.setCurrentIndex(1 if groups else 0)

    def _recentre(self) -> None:
        for pane in self.visible_panes():
            pane.text.centerCursor()

    def show_document(self, document_id: str) -> None:
        doc = self.ws.documents.get(document_id)
        if doc is None:
            return
        self.items = []
        self.show_items([])
        if not self.panes:
            pane = SourcePane()
            pane.text.selectionChanged.connect(lambda p=pane: self._activate(p))
            self.panes.append(pane)
            self.splitter.addWidget(pane)
        pane = self.panes[0]
        pane.setVisible(True)
        for other in self.panes[1:]:
            other.setVisible(False)
        pane.show_document(doc, self.ws)
        self.active = pane
        self._stack.setCurrentIndex(1)

    def show_passage(self, document_id: str, start: int, end: int) -> None:
        """The source in one pane with ``text[start:end]`` selected and in view."""
        self.show_document(document_id)
        if self.active is not None and self.active.text.document_id == document_id:
            view = self.active.text
            view.setTextCursor(view.cursor_for(start, end))
            view.centerCursor()

    def visible_panes(self) -> list[SourcePane]:
        return [p for p in self.panes if not p.isHidden()]

    def refresh(self, *_: object) -> None:
        """Re-highlight after the data changed, keeping what is shown."""
        current = [self.ws.claims.get(it.id) or self.ws.statements.get(it.id)
                   for it in self.items]
        items = [it for it in current if it is not None]
        if items:
            self.show_items(items)
        else:
            for pane in self.visible_panes():
                if pane.text.document_id in self.ws.documents:
                    pane.show_document(self.ws.documents[pane.text.document_id], self.ws)
                else:
                    pane.setVisible(False)

    def _on_items_added(self, items: Any) -> None:
        shown = {p.text.document_id for p in self.visible_panes()}
        if any(it.document_id in shown for it in items):
            for pane in self.visible_panes():
                doc = self.ws.documents.get(pane.text.document_id)
                if doc is not None:
                    pane.text.highlight(self.ws.items_of(doc.id), self.ws.conflict_kind,
                                      self.ws.date_conflicted)

    def _activate(self, pane: SourcePane) -> None:
        self.active = pane
        self.pane_activated.emit(pane)

    def selected_span(self) -> tuple[str, int, int] | None:
        """(document id, start, end) of the text selected in the active pane, else any pane."""
        candidates = [self.active] if self.active is not None else []
        candidates += [p for p in self.visible_panes() if p is not self.active]
        for pane in candidates:
            if pane is None or pane.isHidden():
                continue
            span = pane.text.selected_span()
            if span is not None and span[1] > span[0]:
                return pane.text.document_id, span[0], span[1]
        return None

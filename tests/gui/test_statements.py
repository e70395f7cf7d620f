"""Statement links and statement conflicts in the window: computed on the regroup worker with
``core.statement_links``, listed in the events panel beside the figure conflicts, and opened
side by side like a figure conflict. Grouping is the fake of ``fakes`` (one event per measure);
the statement step is the real core one, over invented reports about Korvath."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.model import Claim, Document, Event, Result, Statement, StatementConflict
from core.project.store import Project
from gui.events import KIND_ROLE
from gui.panels.sources import SourceListModel
from gui.state import RunIds, Workspace

from .fakes import fake_group, make_claim

# Filler before the story, so a pane has to scroll to show the statement.
FILLER = "".join(f"Market day in Korvath, stall {n} opened early.\n" for n in range(1, 81))
TEXTS = {
    "d1": FILLER + "At least 14 people were killed in a blast at the Korvath market.\n"
    "No group had claimed responsibility for the blast by Monday evening.\n",
    "d2": FILLER + "12 people were killed in the Korvath market blast.\n"
    "The Tarn Valley Front claimed responsibility for the blast in a message.\n",
    "d3": FILLER + "Nearly 20 people were killed in the Korvath market blast.\n"
    "The Ossery Brigades claimed responsibility for the blast on Tuesday.\n",
}
FIGURES = {"d1": ("At least 14", 14.0), "d2": ("12", 12.0), "d3": ("Nearly 20", 20.0)}
SAID = {
    "d1": ("No group had claimed responsibility for the blast by Monday evening", None),
    "d2": ("claimed responsibility for the blast in a message", "Tarn Valley Front"),
    "d3": ("claimed responsibility for the blast on Tuesday", "Ossery Brigades"),
}


def reports(published: dict[str, dt.date]) -> Result:
    """One report per key of ``published``: a death toll, then who claimed the blast."""
    docs: list[Document] = []
    claims: list[Claim] = []
    statements: list[Statement] = []
    for n, (doc_id, day) in enumerate(published.items(), start=1):
        text = TEXTS[doc_id]
        doc = Document(id=doc_id, text=text, path=f"/invented/{doc_id}.txt",
                       title=f"Report {doc_id}", published=day)
        docs.append(doc)
        figure, value = FIGURES[doc_id]
        claims.append(make_claim(doc, f"c{n}", figure, value, "killed"))
        content, speaker = SAID[doc_id]
        start = text.index(content)
        statements.append(Statement(
            id=f"s{n}", document_id=doc_id, start=start, end=start + len(content),
            content=content, kind="responsibility", speaker=speaker,
            speaker_kind="institution" if speaker else None, rule="test"))
    return Result(documents=tuple(docs), claims=tuple(claims), statements=tuple(statements))


MON, TUE, WED = dt.date(2031, 3, 3), dt.date(2031, 3, 4), dt.date(2031, 3, 5)


def open_window(qtbot: Any, qsettings: QSettings, result: Result, **options: Any) -> Any:
    from gui.main_window import MainWindow

    project = Project.memory()
    project.add_result(result)
    win = MainWindow(Workspace(project), settings=qsettings, group=fake_group, **options)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot: Any, qsettings: QSettings) -> Iterator[Any]:
    win = open_window(qtbot, qsettings, reports({"d1": MON, "d2": TUE}))
    yield win
    for worker in list(win._workers):
        worker.wait(5.0)


def regroup(qtbot: Any, window: Any) -> None:
    with qtbot.waitSignal(window.idle, timeout=60000):
        window.request_regroup()


def conflict_rows(window: Any) -> list[tuple[str, str, str]]:
    """(kind role, kind text, explanation) of each selectable row of the conflicts list."""
    model = window.events.conflicts_model
    rows = []
    for r in range(model.rowCount()):
        first = model.item(r, 0)
        if first.data(KIND_ROLE) is not None:
            rows.append((first.data(KIND_ROLE), first.text(), model.item(r, 1).text()))
    return rows


def test_statement_conflict_appears_in_the_panel_after_a_regroup(
        qtbot: Any, window: Any) -> None:
    assert window.ws.statement_conflicts == {}
    assert conflict_rows(window) == []
    regroup(qtbot, window)
    killed = next(e for e in window.ws.events.values() if e.label == "Korvath · killed")
    assert set(killed.statement_ids) == {"s1", "s2"}
    assert window.ws.event_of["s2"] == killed.id
    [conflict] = window.ws.statement_conflicts.values()
    assert conflict.kind == "update"
    assert conflict.event_id == killed.id
    assert conflict_rows(window) == [("statement_conflict", "update", conflict.explanation)]
    assert "Tarn Valley Front claimed it" in conflict.explanation
    headings = [window.events.conflicts_model.item(r, 0).text()
                for r in range(window.events.conflicts_model.rowCount())
                if window.events.conflicts_model.item(r, 0).data(KIND_ROLE) is None]
    assert headings == ["Figures (0)", "Statements: who claimed or said it (1)"]
    # An update is not a disagreement: counted apart from the conflicts, and counted (a
    # statement row under "0 on statements" read as a miscount).
    assert window.events.count_label.text() == "1 event · 0 conflicts · statements: 1 update"


def test_selecting_a_statement_conflict_opens_both_sources(qtbot: Any, window: Any) -> None:
    regroup(qtbot, window)
    [conflict] = window.ws.statement_conflicts.values()
    seen: list[str] = []
    window.events.statement_conflict_selected.connect(seen.append)
    assert window.events.select_conflict(conflict.id)
    assert seen == [conflict.id]
    panes = window.compare.visible_panes()
    # The report naming the claimant first, then the one saying no one had claimed it.
    assert [p.text.document_id for p in panes] == ["d2", "d1"]
    for pane, sid in zip(panes, conflict.statement_ids, strict=True):
        statement = window.ws.statements[sid]
        assert pane.text.textCursor().selectedText() == statement.content
        # Scrolled to it: the statement sits below 80 lines of filler.
        assert pane.text.verticalScrollBar().value() > 0
        assert pane.text.viewport().rect().contains(pane.text.cursorRect().center())
    assert window.current_item_id() == "s2"
    assert window.review.item_id == "s2"
    assert window.status_label.text() == conflict.explanation


def test_a_section_heading_selects_nothing(qtbot: Any, window: Any) -> None:
    regroup(qtbot, window)
    seen: list[str] = []
    window.events.conflict_selected.connect(seen.append)
    window.events.statement_conflict_selected.connect(seen.append)
    model = window.events.conflicts_model
    heading = next(model.item(r, 0) for r in range(model.rowCount())
                   if model.item(r, 0).data(KIND_ROLE) is None)
    window.events.conflicts_view.setCurrentIndex(heading.index())
    assert seen == []  # a heading is no conflict


@pytest.mark.parametrize(
    ("published", "kind", "conflicted_sources"),
    [
        ({"d1": MON, "d2": TUE}, "update", {}),
        ({"d1": TUE, "d2": MON}, "claim_vs_no_claim", {"d1": "1", "d2": "1"}),
        ({"d2": MON, "d3": TUE}, "different_claimants", {"d2": "1", "d3": "1"}),
        ({"d1": MON}, None, {}),
    ],
)
def test_statement_conflict_kinds_and_source_counts(
        qtbot: Any, qsettings: QSettings, published: dict[str, dt.date], kind: str | None,
        conflicted_sources: dict[str, str]) -> None:
    win = open_window(qtbot, qsettings, reports(published))
    regroup(qtbot, win)
    assert [y.kind for y in win.ws.statement_conflicts.values()] == ([kind] if kind else [])
    model = SourceListModel(win.ws)
    counts = {model.document_id(r): model.data(model.index(r, 4))
              for r in range(model.rowCount())}
    assert counts == {d: conflicted_sources.get(d, "") for d in published}


def test_models_pass_the_tester_with_statement_conflicts(
        qtbot: Any, qtmodeltester: Any, qsettings: QSettings) -> None:
    win = open_window(qtbot, qsettings, reports({"d1": TUE, "d2": MON}))
    regroup(qtbot, win)
    assert win.ws.statement_conflicts
    qtmodeltester.check(SourceListModel(win.ws), force_py=True)
    qtmodeltester.check(win.events.conflicts_model, force_py=True)
    qtmodeltester.check(win.model, force_py=True)


def test_opening_a_grouped_project_finds_its_statement_conflicts(
        qtbot: Any, qsettings: QSettings) -> None:
    # A project file keeps its events but not the statement conflicts: they are found again
    # on the worker, over the events as stored (not re-grouped).
    stored = reports({"d1": MON, "d2": TUE})
    event = Event(id="e7", label="Korvath market blast", claim_ids=("c1", "c2"))
    project = Project.memory()
    project.add_result(Result(documents=stored.documents, claims=stored.claims,
                              statements=stored.statements, events=(event,)))
    win = open_window(qtbot, qsettings, Result())
    with qtbot.waitSignal(win.idle, timeout=60000):
        win._switch_backend(project)
    assert [e.label for e in win.ws.events.values()] == ["Korvath market blast"]
    assert win.ws.events["e7"].statement_ids == ("s1", "s2")
    assert [(y.kind, y.event_id) for y in win.ws.statement_conflicts.values()] == [
        ("update", "e7")]


def test_a_project_without_statements_is_not_relinked(
        qtbot: Any, qsettings: QSettings) -> None:
    calls: list[int] = []

    def link(statements: Sequence[Statement], claims: Sequence[Claim],
             events: Sequence[Event], documents: Sequence[Document],
             ) -> tuple[tuple[Event, ...], tuple[StatementConflict, ...]]:
        calls.append(len(statements))
        return tuple(events), ()

    stored = reports({"d1": MON})
    project = Project.memory()
    project.add_result(Result(documents=stored.documents, claims=stored.claims,
                              events=(Event(id="e1", label="Korvath", claim_ids=("c1",)),)))
    win = open_window(qtbot, qsettings, Result(), link=link)
    win._switch_backend(project)
    assert not win.busy
    assert calls == []


def test_run_ids_renumber_statement_conflicts(qapp: Any) -> None:
    # A second run over a project that holds s1 and s2: its statements become s3 and s4,
    # and its statement conflicts follow them.
    run = reports({"d1": MON, "d2": TUE})
    project = Project.memory()
    project.add_result(run)
    conflict = StatementConflict(id="y1", event_id="e1", statement_ids=("s2", "s1"),
                                 kind="update", explanation="named later")
    fresh = RunIds(Workspace(project)).result(dataclasses.replace(
        run, statement_conflicts=(conflict,)))
    assert [s.id for s in fresh.statements] == ["s3", "s4"]
    assert fresh.statement_conflicts == (dataclasses.replace(conflict,
                                                             statement_ids=("s4", "s3")),)


def test_export_result_carries_statement_conflicts(qtbot: Any, window: Any) -> None:
    regroup(qtbot, window)
    result = window.ws.result()
    assert [(y.kind, y.statement_ids) for y in result.statement_conflicts] == [
        ("update", ("s2", "s1"))]


@pytest.mark.parametrize(("kinds", "tail"), [
    ((), ""),
    (("update", "update", "update"), " · statements: 3 updates"),
    (("different_claimants", "update"), " · statements: 1 conflict, 1 update"),
    (("claim_vs_no_claim", "quote_speakers"), " · statements: 2 conflicts"),
])
def test_the_count_names_every_statement_row_it_lists(kinds: tuple[str, ...], tail: str) -> None:
    from types import SimpleNamespace

    from gui.events import count_text

    ws: Any = SimpleNamespace(events={"e1": None, "e2": None}, conflicts={})
    stated = [StatementConflict(f"x{n}", "e1", ("s1", "s2"), kind, "")
              for n, kind in enumerate(kinds)]
    assert count_text(ws, stated) == "2 events · 0 conflicts" + tail

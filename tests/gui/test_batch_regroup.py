"""The window's regroup after a batch of files, on the real extraction, grouping and project
store: it reads only the reports new since the last grouping, and gives exactly the events,
conflicts and statement conflicts of a regroup that reads every report again."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.group import incidents
from core.model import Document
from core.project.store import Project
from gui.main_window import MainWindow
from gui.state import Workspace, link_statements, regroup

FIRST = {
    "wire1.txt": "Blast kills 12 at Kano bus station\n\nEastmarch Wire, 4 May 2031\n\n"
                 "KANO - At least 12 people were killed and 30 wounded when a bomb went off "
                 "at a bus station in Kano on Sunday, police said.\n\n\"We have recovered 12 "
                 "bodies,\" police spokesman Arlo Venn told reporters. The Grey Hand said it "
                 "carried out the attack.\n",
    "post1.txt": "Kano bus station bombing toll rises to 15\n\nThe Corran Post, 5 May 2031\n\n"
                 "KANO - The death toll from Sunday's bombing at a bus station in Kano rose "
                 "to 15 on Monday, hospital officials said. Police arrested three suspects.\n",
    "mosul1.txt": "Gunmen kill four in Mosul\n\nVell Daily, 20 June 2031\n\nMOSUL - Gunmen "
                  "killed four shopkeepers in a market in Mosul on Friday, officials said. "
                  "No group claimed the attack.\n",
    "tally.txt": "Attacks fell in May, monitor says\n\nNorgate News, 2 June 2031\n\nThe "
                 "province recorded 41 attacks in May, in which 96 people died, according "
                 "to a monitoring group.\n",
}
SECOND = {
    "herald1.txt": "Kano bombing: 14 dead, 28 hurt\n\nSaltree Herald, 5 May 2031\n\nKANO - "
                   "Fourteen people died and 28 were hurt in Sunday's bomb attack on a bus "
                   "station in Kano, officials said. The Ninth Banner said it carried out "
                   "the attack.\n",
    "mosul2.txt": "Mosul market attack kills five\n\nThe Ambry Times, 21 June 2031\n\nMOSUL - "
                  "Five shopkeepers were shot dead in a Mosul market on Friday, police "
                  "said.\n",
    "empty.txt": "",
}


def write(folder: Path, files: dict[str, str]) -> list[str]:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [str(folder / name) for name in files]


@pytest.fixture
def read_reports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The (id, text) of every report described (read for its incident) from now on."""
    read: list[tuple[str, str]] = []
    describe = incidents._describe

    def counting(doc: Document) -> incidents.ReportIncident:
        read.append((doc.id, doc.text))
        return describe(doc)

    monkeypatch.setattr(incidents, "_describe", counting)
    return read


def test_the_regroup_after_a_batch_reads_only_the_new_reports_and_equals_a_full_one(
        qtbot: Any, qsettings: QSettings, tmp_path: Path, read_reports: list[Any]) -> None:
    project = Project.create(tmp_path / "story.claimdesk")
    win = MainWindow(Workspace(project), settings=qsettings)  # real extraction and grouping
    qtbot.addWidget(win)
    win.show()
    ws = win.ws
    with qtbot.waitSignal(win.idle, timeout=120000):
        win.import_files(write(tmp_path / "first", FIRST))
    kano = [c.id for c in ws.claims.values() if c.value in (12, 15) and c.measure == "killed"]
    assert len(kano) >= 2
    with qtbot.waitSignal(win.idle, timeout=60000):
        ws.add_decision("split", kano[:1])  # a checker's decision: the project is mixed
    old = {(d.id, d.text) for d in ws.documents.values()}
    read_reports.clear()

    with qtbot.waitSignal(win.idle, timeout=120000):
        win.import_files(write(tmp_path / "second", SECOND))
    assert len(ws.documents) == 6
    assert len(ws.failures) == 1  # the empty file is not read
    assert not old & set(read_reports)  # no report of the project was read again

    incidents._DESCRIBED.clear()  # a full regroup, every report read afresh
    documents = list(ws.documents.values())
    claims = ws.effective_claims()
    events, conflicts = regroup(claims, documents, ws.decisions())
    linked, statement_conflicts = link_statements(list(ws.statements.values()), claims,
                                                  events, documents)
    assert tuple(ws.events.values()) == linked
    assert tuple(ws.conflicts.values()) == conflicts
    assert tuple(ws.statement_conflicts.values()) == statement_conflicts
    assert any(len({ws.claims[c].document_id for c in e.claim_ids}) > 1 for e in linked)


def test_a_report_changed_under_the_same_id_is_read_again(read_reports: list[Any]) -> None:
    doc = Document(id="d9", text="KANO - Nine people were killed in Kano on Sunday.",
                   title="Nine killed in Kano")
    first = incidents.describe_report(doc)
    assert incidents.describe_report(doc) is first
    assert len(read_reports) == 1
    mosul = dataclasses.replace(doc, text=doc.text.replace("Kano", "Mosul"))
    for changed in (mosul, dataclasses.replace(doc, title="Nine killed in Mosul"),
                    dataclasses.replace(doc, published=incidents.dt.date(2031, 5, 4))):
        assert incidents.describe_report(changed) == incidents._describe(changed)
    assert len(read_reports) == 1 + 3 + 3  # each changed report read, and read to compare
    assert incidents.describe_report(mosul) != first  # the text changed, not the title

"""The window over a project in trouble (issue 15, items 4, 9, 10), on the real store: the
read-only banner, the damaged-project dialog, the idle checkpoint and File ▸ Save a Copy."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.project.store import Damage, Project
from gui.panels import trouble

from .fakes import story


def _project(path: Path) -> Path:
    with Project.create(path) as project:
        project.add_result(story())
    return path


def test_a_read_only_project_shows_the_banner_and_still_exports(
        qtbot: Any, window: Any, tmp_path: Path, read_only_sqlite: None) -> None:
    path = _project(tmp_path / "ro.claimdesk")
    assert window.open_project(str(path))
    assert window.banner.isVisible()
    text = window.banner.label.text()
    assert "open read-only because the file cannot be written" in text
    assert "Edits are off" in text
    assert not window.act_mark_verified.isEnabled()
    assert not window.act_import.isEnabled()
    assert not window.review_dock.isEnabled()
    assert window.act_export.isEnabled()
    target = tmp_path / "out.json"
    with qtbot.waitSignal(window.export_done, timeout=20000):
        window.export("json", str(target))
    assert len(json.loads(target.read_text(encoding="utf-8"))["claims"]) == 5


def _select(window: Any, *indexes: Any) -> None:
    selection = window.events.events_view.selectionModel()
    selection.clearSelection()
    for index in indexes:
        selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_a_read_only_project_offers_no_edit_and_refuses_one_without_an_error(
        qtbot: Any, window: Any, tmp_path: Path, read_only_sqlite: None) -> None:
    """Merge / Split off / No event, the sources' names, Undo and the file drop are off; an
    edit that gets through anyway is refused with a message, not an uncaught error."""
    path = _project(tmp_path / "ro.claimdesk")
    assert window.open_project(str(path))
    panel = window.events
    e1, e2 = panel.event_item("e1"), panel.event_item("e2")
    _select(window, e1.index(), e2.index())
    assert panel._selected()[0] == ["e1", "e2"]
    _select(window, e1.child(0, 0).index())  # c1: a claim, as Split off takes
    assert panel._selected()[1] == ["c1"]
    assert not panel.merge_button.isEnabled()
    assert not panel.split_button.isEnabled()
    assert not panel.none_button.isEnabled()
    with qtbot.assertNotEmitted(panel.decision_requested):
        panel.split_selected()
        panel.ungroup_selected()
        panel.move_claims(["c1"], "e2")
    sources = window.sources_model
    row = sources.row_of(next(iter(window.ws.documents)))
    assert not sources.flags(sources.index(row, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not window.acceptDrops()  # a dropped file is not taken
    assert not window.act_undo.isEnabled()
    assert window.import_files([str(_project(tmp_path / "other.claimdesk"))]) == []
    assert "the project is open read-only because" in window.status_label.text()
    window.decide([("split", ("c1",))], "Split off 1 claim(s)")  # e.g. a stale shortcut
    window.set_verdict("verified", ["c1"])
    assert "Not saved: the project is open read-only" in window.status_label.text()
    assert window.ws.event_of["c1"] == "e1"
    with Project.open(path) as project:
        assert project.decisions() == []
        assert project.reviews() == {}


def test_a_writable_project_hides_the_banner_again(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ro = _project(tmp_path / "ro.claimdesk")
    rw = _project(tmp_path / "rw.claimdesk")
    real_open = Project.open

    def open_(path: Any, *, salvage: bool = False) -> Project:
        if Path(path) == ro:
            return Project._open_read_only(ro, "its folder is read-only")
        return real_open(path, salvage=salvage)

    monkeypatch.setattr(Project, "open", staticmethod(open_))
    assert window.open_project(str(ro))
    assert window.banner.isVisible()
    assert "because its folder is read-only" in window.banner.label.text()
    assert window.open_project(str(rw))
    assert not window.banner.isVisible()
    assert window.act_mark_verified.isEnabled()
    assert window.review_dock.isEnabled()
    assert window.acceptDrops()
    e1 = window.events.event_item("e1")
    _select(window, e1.child(0, 0).index())
    assert window.events.split_button.isEnabled()


def test_a_damaged_project_names_what_is_lost_and_opens_the_rest(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _project(tmp_path / "damaged.claimdesk")
    with Project.open(path) as project:
        victim = project.claims()[0].id
    conn = sqlite3.connect(path)
    conn.execute("UPDATE claims SET data = '{broken' WHERE id = ?", (victim,))
    conn.commit()
    conn.close()
    asked: list[str] = []

    def ask(_parent: Any, where: str, damage: Sequence[Damage]) -> str:
        asked.append(trouble.damage_text(where, damage))
        return trouble.DAMAGE_OPEN

    monkeypatch.setattr(trouble, "ask_damaged", ask)
    assert window.open_project(str(path))
    assert len(asked) == 1
    assert f"claims: row {victim} cannot be read (not valid JSON)" in asked[0]
    assert len(window.ws.claims) == 4
    assert victim not in window.ws.claims
    assert window.banner.isVisible()
    assert "because it is damaged" in window.banner.label.text()


def test_cancelling_a_damaged_project_keeps_the_open_one(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _project(tmp_path / "damaged.claimdesk")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE documents SET data = '[' WHERE rowid = 1")
    conn.commit()
    conn.close()
    monkeypatch.setattr(trouble, "ask_damaged", lambda *_a: trouble.DAMAGE_CANCEL)
    before = set(window.ws.claims)
    assert not window.open_project(str(path))
    assert set(window.ws.claims) == before


def test_edits_settle_then_the_log_is_folded_into_the_file(
        qtbot: Any, window: Any, tmp_path: Path) -> None:
    path = _project(tmp_path / "case.claimdesk")
    assert window.open_project(str(path))
    window.idle_checkpoint.timer.setInterval(50)
    claim_id = next(iter(window.ws.claims))
    window.select_item(claim_id)
    window.set_verdict("verified")
    wal = Path(f"{path}-wal")
    qtbot.waitUntil(lambda: wal.stat().st_size == 0, timeout=5000)
    bare = tmp_path / "bare" / "case.claimdesk"
    bare.parent.mkdir()
    bare.write_bytes(path.read_bytes())  # the project file alone, while the window runs
    with Project.open(bare) as copy:
        assert copy.reviews()[claim_id].status == "verified"


def test_save_a_copy_from_the_file_menu(
        qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _project(tmp_path / "case.claimdesk")
    assert window.open_project(str(path))
    claim_id = next(iter(window.ws.claims))
    window.select_item(claim_id)
    window.set_verdict("false")
    target = tmp_path / "backup"
    monkeypatch.setattr(trouble.QFileDialog, "getSaveFileName",
                        lambda *_a: (str(target), ""))
    window.act_save_copy.trigger()
    copy = tmp_path / "backup.claimdesk"
    assert "Saved a copy to" in window.status_label.text()
    assert not Path(f"{copy}-wal").exists()
    with Project.open(copy) as project:
        assert project.reviews()[claim_id].status == "false"
    assert window.ws.backend.path == path  # the window keeps working on the original
    shown: list[str] = []
    monkeypatch.setattr(trouble.QMessageBox, "warning",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(trouble.QFileDialog, "getSaveFileName", lambda *_a: (str(path), ""))
    window.act_save_copy.trigger()
    assert shown
    assert "is the open project" in shown[0]


def test_a_read_only_project_is_grouped_in_memory(
        qtbot: Any, window: Any, tmp_path: Path, read_only_sqlite: None) -> None:
    path = _project(tmp_path / "ro.claimdesk")
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM events")  # nothing grouped yet: opening groups the claims
    conn.execute("DELETE FROM conflicts")
    conn.commit()
    conn.close()
    assert window.open_project(str(path))
    qtbot.waitUntil(lambda: bool(window.ws.events), timeout=60000)
    assert window.banner.isVisible()
    with Project.open(path) as project:
        assert project.events() == []  # nothing written

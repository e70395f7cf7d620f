"""The project store under trouble (issue 15, items 4, 9, 10, 15): the log folded into the
file on close and when idle, damaged files read as far as they can be, read-only files opened
read-only, and messages that say what actually happened."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import ProjectError
from core.model import Review
from core.project import store
from core.project.store import Project
from tests.core.test_store import sample_result


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[None]:
    """``chattr +i``: even root cannot write there (skips where the file system lacks it)."""
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True,
                      check=False).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _project(path: Path) -> Path:
    with Project.create(path) as project:
        project.add_result(sample_result())
    return path


# --- item 4: the .claimdesk file alone holds everything after close / when idle -----------

def test_closing_folds_the_log_into_the_file_even_while_a_worker_has_it_open(
    tmp_path: Path,
) -> None:
    source = _project(tmp_path / "story.claimdesk")
    worker = Project.open(source)  # e.g. the grouping thread's own connection
    try:
        project = Project.open(source)
        project.set_review(Review("c1", "verified", "court record"))
        project.set_review(Review("c2", "false", "wrong town"))
        project.close()
        bare = tmp_path / "copy" / "story.claimdesk"
        bare.parent.mkdir()
        shutil.copyfile(source, bare)  # the file alone, no -wal beside it
    finally:
        worker.close()
    with Project.open(bare) as copy:
        assert copy.reviews()["c1"].note == "court record"
        assert copy.reviews()["c2"].status == "false"


def test_checkpoint_while_open_makes_the_bare_file_complete(tmp_path: Path) -> None:
    source = _project(tmp_path / "story.claimdesk")
    with Project.open(source) as project:
        project.set_review(Review("c1", "verified", "idle now"))
        assert Path(f"{source}-wal").stat().st_size > 0
        project.checkpoint()
        assert Path(f"{source}-wal").stat().st_size == 0
        bare = tmp_path / "bare.claimdesk"
        shutil.copyfile(source, bare)
        with Project.open(bare) as copy:
            assert copy.reviews()["c1"].note == "idle now"


# --- item 9: a damaged project is read as far as it can be --------------------------------

def _bad_json_row(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE claims SET data = '{not json' WHERE id = 'c2'")
    conn.commit()
    conn.close()


def test_a_bad_row_is_named_not_a_traceback_and_salvage_reads_the_rest(tmp_path: Path) -> None:
    source = _project(tmp_path / "story.claimdesk")
    _bad_json_row(source)
    with Project.open(source) as project:
        assert [(d.table, d.rows) for d in project.scan()] == [("claims", ("c2",))]
        with pytest.raises(ProjectError, match=r"damaged.*claims: row c2 cannot be read"):
            project.claims()
    with Project.open(source, salvage=True) as project:
        assert project.read_only == "it is damaged"
        assert sorted(c.id for c in project.claims()) == ["c1", "c3"]
        assert [d.describe() for d in project.damage()] == [
            "claims: row c2 cannot be read (JSONDecodeError: Expecting property name "
            "enclosed in double quotes: line 1 column 2 (char 1))"
        ]
        assert len(project.result().documents) == 2
        with pytest.raises(ProjectError, match="read-only"):
            project.set_review(Review("c1", "verified"))


def _corrupt_table(path: Path, table: str) -> None:
    """Garbage over the pages of ``table`` past its root (leaf pages of its rows)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        (table,)).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_a_malformed_page_names_its_table_and_the_rest_still_opens(tmp_path: Path) -> None:
    source = _project(tmp_path / "story.claimdesk")
    with Project.open(source) as project:
        project.set_review(Review("c1", "verified", "kept"))
    _corrupt_table(source, "statements")
    with Project.open(source) as project:
        damage = project.scan()
        assert [d.table for d in damage] == ["statements"]
        assert "malformed" in damage[0].reason
        with pytest.raises(ProjectError, match=r"damaged.*statements"):
            project.statements()
    with Project.open(source, salvage=True) as project:
        result = project.result()
        assert len(result.claims) == 3
        assert result.statements == ()
        assert result.reviews["c1"].note == "kept"
        assert [d.table for d in project.damage()] == ["statements"]


# --- item 10: a file that cannot be written opens read-only --------------------------------

def test_a_read_only_file_opens_read_only_and_exports(
    tmp_path: Path, read_only_sqlite: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.commands import export_project

    source = _project(tmp_path / "story.claimdesk")
    with Project.open(source) as project:
        assert project.read_only == "the file cannot be written"
        assert len(project.claims()) == 3
        with pytest.raises(ProjectError, match=r"is open read-only.*Save a Copy"):
            project.set_review(Review("c1", "verified"))
    out = tmp_path / "out.json"
    assert export_project(source, xlsx=None, csv=None, json=out, claimreview=None,
                          verified_only=False) == 0
    assert '"id": "c1"' in out.read_text(encoding="utf-8")


# --- item 15: messages that say what happened ---------------------------------------------

def test_a_held_lock_is_reported_as_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    source = _project(tmp_path / "story.claimdesk")
    other = sqlite3.connect(source, isolation_level=None)
    try:
        with Project.open(source) as project:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(ProjectError) as caught:
                project.set_review(Review("c1", "verified"))
            other.execute("ROLLBACK")
            project.set_review(Review("c1", "verified"))  # free again: it works
    finally:
        other.close()
    assert "another Claimdesk window or program has this project open" in str(caught.value)
    assert "disk full" not in str(caught.value)


def test_a_schema_mismatch_names_the_other_claimdesk(tmp_path: Path) -> None:
    source = _project(tmp_path / "story.claimdesk")
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA user_version = 1")  # tables of a later version under an old number
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError) as caught:
        Project.open(source)
    assert "was made by a newer Claimdesk" in str(caught.value)
    assert "disk full" not in str(caught.value)


def test_a_folder_given_as_the_project_is_named_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="is a folder, not a Claimdesk project"):
        Project.open(tmp_path)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_an_immutable_file_or_folder_opens_read_only_for_real(tmp_path: Path, what: str) -> None:
    """The real thing where the file system allows it: ``chattr +i`` stops even root from
    writing (a read-only folder leaves no room for the log files)."""
    folder = tmp_path / "shared"
    folder.mkdir()
    source = _project(folder / "story.claimdesk")
    locked = source if what == "file" else folder
    before = source.read_bytes()
    with immutable(locked):
        with Project.open(source) as project:
            assert project.read_only == (
                "the file is read-only" if what == "file" else "its folder is read-only")
            assert len(project.claims()) == 3
            with pytest.raises(ProjectError, match="read-only"):
                project.set_review(Review("c1", "verified"))
        assert source.read_bytes() == before  # nothing written, not even the header


def test_a_project_held_exclusively_is_reported_in_use_on_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    source = _project(tmp_path / "story.claimdesk")
    other = sqlite3.connect(source, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("UPDATE settings SET key = key")
        with pytest.raises(ProjectError) as caught:
            Project.open(source)
    finally:
        other.close()
    assert "another Claimdesk window or program has this project open" in str(caught.value)
    assert "not a Claimdesk project" not in str(caught.value)


def test_single_rows_and_orphans_name_their_damage(tmp_path: Path) -> None:
    source = _project(tmp_path / "story.claimdesk")
    _bad_json_row(source)
    with Project.open(source) as project:
        assert project.claim("c1") is not None
        with pytest.raises(ProjectError, match="claims: row c2 cannot be read"):
            project.claim("c2")
    with Project.open(source, salvage=True) as project:
        assert project.claim("c2") is None
        assert project.orphans() == []


def test_save_a_copy_of_a_project_open_read_only_in_a_read_only_folder(tmp_path: Path) -> None:
    from core.project.recovery import copy_open_project

    folder = tmp_path / "shared"
    folder.mkdir()
    source = _project(folder / "story.claimdesk")
    with immutable(folder), Project.open(source) as project:
        assert project.read_only == "its folder is read-only"
        copy = copy_open_project(project, tmp_path / "mine.claimdesk")
    with Project.open(copy) as mine:
        assert mine.read_only is None
        mine.set_review(Review("c1", "verified", "now editable"))
        assert len(mine.claims()) == 3


def test_save_a_copy_of_a_project_kept_in_memory(tmp_path: Path) -> None:
    from core.project.recovery import copy_open_project

    project = Project.memory()
    project.add_result(sample_result())
    project.set_review(Review("c2", "false", "in memory"))
    copy = copy_open_project(project, tmp_path / "saved.claimdesk")
    with pytest.raises(ProjectError, match="already exists"):
        copy_open_project(project, copy)
    project.close()
    with Project.open(copy) as saved:
        assert saved.reviews()["c2"].note == "in memory"


def test_main_copy_reads_a_project_in_a_read_only_folder(tmp_path: Path) -> None:
    from core.project.recovery import copy_project

    folder = tmp_path / "shared"
    folder.mkdir()
    source = _project(folder / "story.claimdesk")
    with immutable(folder):
        copy = copy_project(source, tmp_path / "copy.claimdesk")
    with Project.open(copy) as project:
        assert len(project.claims()) == 3

"""A safe copy of an open project (issue 15, item 4): every acknowledged action is in the copy,
even those still in the write-ahead log."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ProjectError
from core.model import Review
from core.project.recovery import copy_project
from core.project.store import Project
from tests.core.test_store import sample_result


def test_a_copy_of_an_open_project_holds_every_action(tmp_path: Path) -> None:
    source, target = tmp_path / "story.claimdesk", tmp_path / "backup" / "copy.claimdesk"
    target.parent.mkdir()
    with Project.create(source) as project:
        project.add_result(sample_result())
        project.set_review(Review("c1", "verified", "court record"))
        assert Path(f"{source}-wal").stat().st_size > 0  # the action sits in the log
        copy_project(source, target)
        project.set_review(Review("c2", "false", "after the copy"))
    assert not Path(f"{target}-wal").exists()
    with Project.open(target) as copy:
        assert copy.reviews()["c1"] == Review("c1", "verified", "court record")
        assert "c2" not in copy.reviews()
        assert len(copy.result().claims) == 3


def test_copy_refuses_folders_foreign_files_and_existing_targets(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="is a folder, not a Claimdesk project"):
        copy_project(tmp_path, tmp_path / "x.claimdesk")
    other = tmp_path / "notes.claimdesk"
    other.write_text("not a database")
    with pytest.raises(ProjectError, match="not a Claimdesk project"):
        copy_project(other, tmp_path / "y.claimdesk")
    assert not (tmp_path / "y.claimdesk").exists()
    with Project.create(tmp_path / "a.claimdesk") as project:
        project.add_result(sample_result())
    with pytest.raises(ProjectError, match="already exists"):
        copy_project(tmp_path / "a.claimdesk", other)
    assert other.read_text() == "not a database"


def test_main_copy_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import main

    with Project.create(tmp_path / "a.claimdesk") as project:
        project.add_result(sample_result())
        args = ["copy", str(tmp_path / "a.claimdesk"), str(tmp_path / "b.claimdesk")]
        assert main.main(args) == 0
    assert "copied" in capsys.readouterr().out
    assert main.main(["copy", str(tmp_path), str(tmp_path / "c.claimdesk")]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_a_project_that_cannot_be_opened_for_writing_is_exported_from_a_snapshot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.commands import export_project
    from core.errors import Errors

    source = tmp_path / "story.claimdesk"
    with Project.create(source) as project:
        project.add_result(sample_result())
        project.set_review(Review("c1", "verified", "court record"))
    real_open = Project.open

    def read_only_folder(path: object) -> Project:
        if Path(str(path)) == source:  # what a read-only folder does to the WAL switch
            raise ProjectError(Errors.E031.format(path=source, reason="attempt to write a "
                                                  "readonly database"))
        return real_open(path)  # type: ignore[arg-type]

    monkeypatch.setattr(Project, "open", staticmethod(read_only_folder))
    out = tmp_path / "out.json"
    code = export_project(source, xlsx=None, csv=None, json=out, claimreview=None,
                          verified_only=False)
    assert code == 0
    assert "exported from a read-only snapshot" in capsys.readouterr().err
    assert '"note": "court record"' in out.read_text(encoding="utf-8")


def test_export_names_a_folder_given_as_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.commands import export_project

    code = export_project(tmp_path, xlsx=None, csv=None, json=tmp_path / "o.json",
                          claimreview=None, verified_only=False)
    assert code == 1
    assert "is a folder, not a Claimdesk project" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["bad json row", "malformed page"])
def test_a_damaged_project_is_one_clear_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    import sqlite3

    from core.commands import export_project

    source = tmp_path / "story.claimdesk"
    with Project.create(source) as project:
        project.add_result(sample_result())
    if damage == "bad json row":
        conn = sqlite3.connect(source)
        conn.execute("UPDATE claims SET data = '{not json' WHERE id = 'c2'")
        conn.commit()
        conn.close()
    else:
        data = bytearray(source.read_bytes())
        page = 4096
        for start in range(page, len(data), page):  # garbage over every page's header
            data[start : start + 16] = b"\xff" * 16
        source.write_bytes(bytes(data))
    code = export_project(source, xlsx=None, csv=None, json=tmp_path / "o.json",
                          claimreview=None, verified_only=False)
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "damaged" in err or "not a Claimdesk project" in err

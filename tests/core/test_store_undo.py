"""Every edit of the checker is one store action with its inverse in the journal: Undo and
Redo work the same in memory, on a file, and after closing and reopening the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.model import Review
from core.project.journal import JOURNAL_LIMIT
from core.project.store import Project
from tests.core.test_store import TEXT_A, claim, sample_result


def _state(p: Project) -> tuple[object, ...]:
    return (p.reviews(), p.corrections(), [(d.id, d.kind, d.claim_ids) for d in p.decisions()],
            [c.id for c in p.claims()], [(d.outlet, d.title) for d in p.documents()])


def _edits(p: Project) -> list[tuple[object, ...]]:
    """Apply one edit of each kind; the states before each and after the last."""
    states = [_state(p)]
    p.set_review(Review("c1", "verified", "two sources"))
    states.append(_state(p))
    p.set_correction("c1", "value", 14)
    states.append(_state(p))
    p.set_correction("c1", "actor", None)  # "no actor" is a correction too
    states.append(_state(p))
    p.add_decisions([("merge", ("c1", "c3")), ("none", ("c2",))], label="Merge")
    states.append(_state(p))
    p.add_manual_claim(claim("x", "d1", TEXT_A, "three", 3))
    states.append(_state(p))
    p.set_document_meta("d2", outlet="Valley Post Online", title="Market bombing")
    states.append(_state(p))
    p.clear_correction("c1", "value")
    states.append(_state(p))
    return states


@pytest.mark.parametrize("where", ["memory", "file"])
def test_undo_walks_every_edit_back_and_redo_forward(tmp_path: Path, where: str) -> None:
    p = Project.memory() if where == "memory" else Project.create(tmp_path / "p.claimdesk")
    p.add_result(sample_result())
    states = _edits(p)
    for before in reversed(states[:-1]):
        assert p.undo() is not None
        assert _state(p) == before
    assert p.undo() is None
    for after in states[1:]:
        assert p.redo() is not None
        assert _state(p) == after
    assert p.redo() is None
    p.close()


def test_undo_survives_reopening_the_project(tmp_path: Path) -> None:
    path = tmp_path / "p.claimdesk"
    with Project.create(path) as p:
        p.add_result(sample_result())
        states = _edits(p)
        p.undo()
    with Project.open(path) as p:
        assert p.undo_label() == "Source details of norvale-b.txt"
        assert p.redo_label() is not None
        for before in reversed(states[:-2]):
            step = p.undo()
            assert step is not None
            assert _state(p) == before
        assert p.undo() is None
    with Project.open(path) as p:
        p.redo()
        assert _state(p) == states[1]


def test_undo_step_names_the_rows_it_changed() -> None:
    p = Project.memory()
    p.add_result(sample_result())
    p.add_decisions([("move", ("c1", "c3"))], label="Move c1")
    step = p.undo()
    assert step is not None
    assert step.label == "Move c1"
    assert step.touches("decision")
    assert not step.touches("review")


def test_a_new_edit_drops_the_redo_stack_and_the_journal_is_bounded() -> None:
    p = Project.memory()
    p.add_result(sample_result())
    p.set_review(Review("c1", "verified"))
    p.undo()
    p.set_review(Review("c2", "false"))
    assert p.redo() is None
    for n in range(JOURNAL_LIMIT + 5):
        p.set_review(Review("c1", "verified" if n % 2 else "false"))
    undone = 0
    while p.undo() is not None:
        undone += 1
    assert undone == JOURNAL_LIMIT


def test_a_rerun_or_removal_ends_the_undo_history() -> None:
    p = Project.memory()
    p.add_result(sample_result())
    p.set_review(Review("c1", "verified"))
    p.remove_document("d2")
    assert p.undo_label() is None


def test_memory_project_saves_as_a_file_with_its_history(tmp_path: Path) -> None:
    p = Project.memory()
    assert p.path is None
    p.add_result(sample_result())
    p.set_review(Review("c1", "verified"))
    p.save_as(tmp_path / "saved.claimdesk")
    assert p.path == tmp_path / "saved.claimdesk"
    p.close()
    with Project.open(tmp_path / "saved.claimdesk") as q:
        assert q.reviews()["c1"].status == "verified"
        assert q.undo() is not None
        assert q.reviews() == {}

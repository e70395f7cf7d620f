"""Extraction on a two-worker Dask LocalCluster: the same result as the local run, failures
named while the rest finish, progress reported per document."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import bundled, pipeline
from core.model import Result
from core.settings import DEFAULT_SETTINGS, Settings

distributed = pytest.importorskip("core.distributed", exc_type=ImportError)
dask_distributed = pytest.importorskip("dask.distributed")

pytestmark = pytest.mark.slow

DOOMED = "doomed.txt"  # the worker handling this file dies
BROKEN = "broken.txt"  # extraction of this file raises


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    cluster = dask_distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def _batch(folder: Path) -> list[str]:
    empty = folder / "empty.txt"
    empty.write_text("", encoding="utf-8")
    samples = [str(p) for p in bundled.sample_files()]
    return [*samples[:2], str(empty), *samples[2:]]


def sabotaging_task(path: str, number: int, settings: Settings) -> Result:
    """The real task, except on the two files named to fail."""
    if path.endswith(DOOMED):
        os._exit(1)  # the worker process dies mid-task, as on an out-of-memory kill
    if path.endswith(BROKEN):
        raise RuntimeError("unreadable tables")
    return distributed.extract_document(path, number, settings)


def test_cluster_result_is_the_local_result(scheduler: str, tmp_path: Path) -> None:
    paths = _batch(tmp_path)
    seen: list[tuple[int, int]] = []
    remote = distributed.run(paths, address=scheduler, settings=DEFAULT_SETTINGS,
                             progress=lambda done, total, _label: seen.append((done, total)))
    local = pipeline.run(paths, settings=DEFAULT_SETTINGS)
    assert len(remote.documents) == 5
    assert remote.documents == local.documents
    assert remote.claims == local.claims
    assert remote.statements == local.statements
    assert remote.events == local.events
    assert remote.conflicts == local.conflicts
    assert remote.statement_conflicts == local.statement_conflicts
    assert [f.path for f in remote.failures] == [str(tmp_path / "empty.txt")]
    assert remote.failures == local.failures
    assert seen == [(n, len(paths)) for n in range(1, len(paths) + 1)]


def test_a_dead_worker_and_a_failing_document_are_reported(
    scheduler: str, tmp_path: Path
) -> None:
    samples = [str(p) for p in bundled.sample_files()]
    doomed, broken = tmp_path / DOOMED, tmp_path / BROKEN
    for path in (doomed, broken):
        path.write_text("Police said 12 people were arrested in Lowfield.", encoding="utf-8")
    paths = [samples[0], str(doomed), samples[1], str(broken), samples[2]]
    result = distributed.run(paths, address=scheduler, task=sabotaging_task)
    assert {f.path for f in result.failures} == {str(doomed), str(broken)}
    said = {f.path: f.message for f in result.failures}
    assert "KilledWorker" in said[str(doomed)]
    # The failing document is named; if it was running beside the task that killed its
    # worker, the scheduler may give up on it as a suspect of the same death.
    assert "unreadable tables" in said[str(broken)] or "KilledWorker" in said[str(broken)]
    # The others finished, numbered as they would be locally.
    assert [d.id for d in result.documents] == ["d1", "d3", "d5"]
    assert result.claims
    assert result.events


def test_a_failing_document_is_reported_with_its_error(scheduler: str, tmp_path: Path) -> None:
    samples = [str(p) for p in bundled.sample_files()]
    broken = tmp_path / BROKEN
    broken.write_text("Police said 12 people were arrested in Lowfield.", encoding="utf-8")
    result = distributed.run([samples[0], str(broken)], address=scheduler, task=sabotaging_task)
    (failure,) = result.failures
    assert failure.path == str(broken)
    assert "unreadable tables" in failure.message
    assert [d.id for d in result.documents] == ["d1"]


def test_a_local_cluster_is_started_when_no_address_is_given(tmp_path: Path) -> None:
    sample = str(bundled.sample_files()[0])
    result = distributed.run([sample], workers=1)
    assert [d.id for d in result.documents] == ["d1"]
    assert result.claims


def test_the_command_line_sends_files_to_the_cluster(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import main

    calls: list[tuple[list[str], str | None]] = []

    def fake_run(paths: list[str], *, address: str | None, **_: object) -> Result:
        calls.append((list(paths), address))
        return Result()

    monkeypatch.setattr(distributed, "run", fake_run)
    out = tmp_path / "out.json"
    # Without a scheme the word after --dask is a file, not a scheduler address.
    assert main.main(["extract", "--dask", "a.txt", "b.txt", "--json", str(out), "--quiet"]) == 0
    assert main.main(["extract", "--dask", "tcp://10.0.0.5:8786", "c.txt", "--json", str(out),
                      "--quiet"]) == 0
    assert calls == [(["a.txt", "b.txt"], None), (["c.txt"], "tcp://10.0.0.5:8786")]
    assert out.exists()

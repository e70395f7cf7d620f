"""Each freeze of the collector's heap has one owner: load_nlp's freeze of the pipeline lasts as
long as the process, and a run on several processes freezes only inside its workers (the heap
they inherit, shared with the parent while the collector leaves it alone)."""

from __future__ import annotations

import gc
from typing import Any

import pytest

from core import pipeline
from core.extract.nlp import load_nlp
from core.ingest.files import from_text
from core.settings import DEFAULT_SETTINGS

TEXTS = [
    "Flood waters cut off 40 villages north of Carrowmore, relief officials said on Monday.",
    "A second dam upstream was said to be holding.",
    "Two fishermen were missing after their boat overturned near Pellin Point.",
]
HELD = 2_000  # objects of the parent's own, made after the last freeze


def _docs() -> list[Any]:
    return [from_text(t, doc_id=f"d{n}") for n, t in enumerate(TEXTS, start=1)]


def _frozen_here(_doc: object, _settings: object) -> int:
    """Stands for extract_one: how many objects the collector leaves alone in this process."""
    return gc.get_freeze_count()


def test_a_run_on_two_processes_leaves_the_pipeline_frozen() -> None:
    load_nlp(DEFAULT_SETTINGS.model)
    gc.freeze()  # as load_nlp did at its first load, wherever this test runs in the suite
    frozen = gc.get_freeze_count()
    pipeline.run_documents(_docs(), settings=DEFAULT_SETTINGS.replace(n_process=2))
    # A frozen object still dies with its last reference: a few of the test's own may go.
    assert gc.get_freeze_count() > frozen * 0.9


def test_a_run_on_two_processes_freezes_nothing_of_the_parents() -> None:
    """The batch (documents, results) stays collectable in the parent once the run is over."""
    load_nlp(DEFAULT_SETTINGS.model)
    gc.freeze()
    frozen = gc.get_freeze_count()
    pipeline.run_documents(_docs(), settings=DEFAULT_SETTINGS.replace(n_process=2))
    assert gc.get_freeze_count() <= frozen


def test_each_worker_freezes_the_heap_it_inherits(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.freeze()
    held = [[n] for n in range(HELD)]  # tracked by the collector, not frozen in the parent
    monkeypatch.setattr(pipeline, "extract_one", _frozen_here)
    counts = list(pipeline._in_processes(_docs(), DEFAULT_SETTINGS.replace(n_process=2), None))
    in_parent, in_workers = counts[0], counts[1:]
    assert len(held) == HELD
    assert in_workers
    assert all(count >= in_parent + HELD for count in in_workers)

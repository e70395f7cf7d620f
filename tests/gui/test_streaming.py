"""Issue 12/13: in the window each document's claims appear as soon as that document is
parsed, not all at the end. Real pipeline (spaCy), real store; no sleeps: the worker is
held at the point that matters until the window has shown the first document."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from core.project.store import Project
from gui.controllers.extraction import ExtractionController
from gui.models import ClaimTableModel
from gui.state import Workspace

pytestmark = pytest.mark.slow

# Invented reports; each sentence is its own so a chunk tells which report it came from.
REPORTS = (
    "Storm floods Brellin valley\n"
    "At least 12 people were killed when the river burst its banks in Brellin on Sunday, "
    "officials said. Rescuers said 40 people were injured.\n",
    "Arrests after Ostamere riot\n"
    "Police arrested 25 protesters in Ostamere on Monday after shops were burned, a police "
    "spokesman said. Three officers were hurt.\n",
    "Quarry collapse in Tellvane\n"
    "Nine miners died in a quarry collapse near Tellvane on Tuesday, the mine owner said. "
    "Another 6 were taken to hospital.\n",
)
HOLD_S = 30.0  # bound on how long the worker waits for the window (only a failure waits)


class WatchedPipeline:
    """The real spaCy pipeline, with a look at what ``pipe`` asks for: before spaCy takes
    the first chunk of the last report, the window must already show the first report's
    claims (with one batch across reports, spaCy takes every chunk before yielding any)."""

    def __init__(self, nlp: Any, last_text: str, shown: threading.Event) -> None:
        self.nlp = nlp
        self.last_text = last_text
        self.shown = shown
        self.took_last_before_shown: bool | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def pipe(self, items: Iterable[Any], **options: Any) -> Any:
        def fed() -> Iterator[Any]:
            for item in items:
                text = item[0]
                if text.strip() and text in self.last_text and self.took_last_before_shown is None:
                    self.took_last_before_shown = not self.shown.wait(HOLD_S)
                yield item

        return self.nlp.pipe(fed(), **options)


def test_first_document_is_in_the_grid_before_the_last_is_parsed(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    import core.pipeline
    from core.extract.nlp import load_nlp
    from core.settings import DEFAULT_SETTINGS

    paths = []
    for n, text in enumerate(REPORTS, start=1):
        path = tmp_path / f"report{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    shown = threading.Event()
    watched = WatchedPipeline(load_nlp(DEFAULT_SETTINGS.model), REPORTS[-1], shown)
    monkeypatch.setattr(core.pipeline, "load_nlp", lambda _model: watched)

    ws = Workspace(Project.memory())
    model = ClaimTableModel(ws)
    first_rows: list[int] = []

    def arrived(_items: object) -> None:
        if not shown.is_set() and model.rowCount():
            first_rows.append(model.rowCount())
            titles = {d.title for d in ws.documents.values()}
            assert titles == {REPORTS[0].split("\n", 1)[0]}
            shown.set()

    ws.items_added.connect(arrived)
    extraction = ExtractionController(ws)
    with qtbot.waitSignal(extraction.ended, timeout=120_000):
        assert extraction.import_files(paths) == paths
    assert first_rows, "the first report's claims never reached the grid on their own"
    assert watched.took_last_before_shown is False
    assert len(ws.documents) == len(REPORTS)
    assert model.rowCount() > first_rows[0]  # the other reports' claims followed

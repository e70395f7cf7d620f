"""The claims grid under load: 100,000 synthetic claims into the grid model, sorted by a
column, filtered by text; then a viewport paint, counting how many rows get formatted.

    python benchmarks/gui_grid.py [--quick] [--claims N]

Target: each timed step under 0.3 s, and a paint formats only the visible rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from core.model import MEASURES, Claim, Conflict, Document, Event, Result, Review
from core.project.store import Project
from gui.models import COL, ClaimTableModel, GridFilter
from gui.state import Workspace

PLACES = ("Korvath", "Tarn Valley", "Eastmarch", "Lowfield", "Brannock", "Sel Harbor")
SUBJECTS = ("people", "civilians", "soldiers", "police officers", "militants", "workers")
ACTORS = ("the Tarn Valley Front", "security forces", "unknown gunmen", None)


def synthetic(n_claims: int, *, seed: int = 7) -> Result:
    """Realistic-looking claims over n/50 documents and n/20 events (invented places)."""
    rng = random.Random(seed)
    n_docs = max(1, n_claims // 50)
    docs = []
    for d in range(n_docs):
        text = " ".join(
            f"Officials said {rng.randint(1, 300)} {rng.choice(SUBJECTS)} were hurt in "
            f"{rng.choice(PLACES)}." for _ in range(60)
        )
        docs.append(Document(id=f"d{d + 1}", text=text, title=f"Report {d + 1}",
                             outlet=f"Outlet {d % 37}", published=dt.date(2031, 1, 1)
                             + dt.timedelta(days=d % 300)))
    claims = []
    for i in range(n_claims):
        doc = docs[i % n_docs]
        value = float(rng.randint(1, 5000))
        place = rng.choice(PLACES)
        start = rng.randrange(0, len(doc.text) - 40)
        day = dt.date(2031, 1, 1) + dt.timedelta(days=rng.randrange(365))
        claims.append(Claim(
            id=f"c{i + 1}", document_id=doc.id, start=start, end=start + 3,
            number_text=f"at least {int(value)}", value=value, qualifier="at_least",
            low=value, high=None, measure=rng.choice(MEASURES),
            sentence=f"At least {int(value)} {rng.choice(SUBJECTS)} were killed in {place} "
                     f"on {day:%d %B}, the ministry said, in a report number {i}.",
            sentence_start=start, sentence_end=start + 80, rule="synthetic",
            subject=rng.choice(SUBJECTS), actor=rng.choice(ACTORS), location=place,
            date_start=day, date_end=day, attribution="the ministry",
        ))
    events = tuple(
        Event(id=f"e{k + 1}", label=f"{PLACES[k % len(PLACES)]} · bombing · event {k + 1}",
              claim_ids=tuple(c.id for c in claims[k::max(1, n_claims // 20)][:20]))
        for k in range(max(1, n_claims // 20))
    )
    conflicts = tuple(
        Conflict(id=f"x{k + 1}", event_id=e.id, claim_ids=e.claim_ids[:2], measure="killed",
                 kind="contradiction", explanation="synthetic")
        for k, e in enumerate(events[::10]) if len(e.claim_ids) >= 2
    )
    reviews = {c.id: Review(c.id, "verified", "checked") for c in claims[::10]}
    return Result(documents=tuple(docs), claims=tuple(claims), events=events,
                  conflicts=conflicts, reviews=reviews)


def timed(label: str, fn: Callable[[], Any], times: dict[str, float]) -> Any:
    start = time.perf_counter()
    value = fn()
    times[label] = elapsed = time.perf_counter() - start
    print(f"{label:<34} {elapsed:8.3f} s", flush=True)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 claims instead of 100,000")
    parser.add_argument("--claims", type=int, help="number of claims")
    args = parser.parse_args(argv)
    n = args.claims or (20_000 if args.quick else 100_000)
    app = QApplication.instance() or QApplication([])

    result = synthetic(n)
    project = Project.memory()
    project.add_result(result)
    print(f"claims: {n:,}", flush=True)
    times: dict[str, float] = {}
    ws = timed("load workspace", lambda: Workspace(project), times)
    model = timed("load grid model", lambda: ClaimTableModel(ws), times)
    timed("sort by value", lambda: model.sort(COL["value"], Qt.SortOrder.DescendingOrder), times)
    timed("sort by place (text)", lambda: model.sort(COL["place"]), times)
    timed("sort by status", lambda: model.sort(COL["status"]), times)
    # The text index is built in slices while the window is idle; the first search pays for
    # what is not built yet. Measure both: with no idle time at all, and after idling.
    cold = ClaimTableModel(ws)
    timed("filter by text (no idle time yet)", lambda: cold.set_filter(
        GridFilter(text="korvath")), times)
    slices: list[float] = []
    while len(model._search or ()) < n:
        start = time.perf_counter()
        model._build_search_slice()
        slices.append(time.perf_counter() - start)
    print(f"index built while idle: {len(slices)} slices, longest {max(slices) * 1000:.0f} ms")
    timed("filter by text (first)", lambda: model.set_filter(GridFilter(text="korvath")),
          times)
    timed("filter by text (again)", lambda: model.set_filter(GridFilter(text="eastmarch")), times)
    timed("filter text + measure + status", lambda: model.set_filter(
        GridFilter(text="ministry", measure="killed", status="unverified")), times)
    timed("clear filter", lambda: model.set_filter(GridFilter()), times)
    print(f"rows shown after filters: {model.rowCount():,}")

    # A paint formats the visible rows only: count rows formatted and data() calls.
    formatted: set[int] = set()
    original: Callable[[int], tuple[str, ...]] = model.display_row

    def counting_display(i: int) -> tuple[str, ...]:
        formatted.add(i)
        return original(i)

    model.display_row = counting_display
    model.refresh_all()
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(1400, 800)
    view.show()
    app.processEvents()
    formatted.clear()
    calls = {"n": 0}
    original_data = model.data

    def counting_data(index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        calls["n"] += 1
        return original_data(index, role)

    model.data = counting_data
    model.refresh_all()
    timed("paint viewport", lambda: view.viewport().grab(), times)
    visible = view.rowAt(view.viewport().height() - 1) - view.rowAt(0) + 1
    if view.rowAt(view.viewport().height() - 1) < 0:
        visible = model.rowCount() - view.rowAt(0)
    print(f"visible rows: {visible}; rows formatted by the paint: {len(formatted)}; "
          f"data() calls: {calls['n']:,} for {model.rowCount():,} rows")
    formatted.clear()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    timed("scroll to middle + paint", lambda: view.viewport().grab(), times)
    print(f"rows formatted by the scroll: {len(formatted)}")
    ok_paint = len(formatted) <= visible + 2
    slow = {k: v for k, v in times.items() if v >= 0.3}
    print(f"slowest: {max(times, key=lambda k: times[k])} {max(times.values()):.3f} s; "
          f"over 0.3 s: {', '.join(slow) or 'none'}; paint formats visible rows only: "
          f"{'yes' if ok_paint else 'NO'}")
    view.close()
    return 0 if ok_paint else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""The window's memory on a large project: resident memory of a fresh process at each step a
checker takes on a project of about 9,000 claims (open it, show the grid, events and
conflicts, select a conflict and a claim, search the grid, then move a claim to another
event and undo it, a few times: each regroups the whole project).

    python benchmarks/window_memory.py [--quick] [--claims N] [--repeat R] [--trace]

The project (``match_scaling.generate``: realistic reports of many incidents, grouped with
``core.group.decisions.regroup``) is built once in a temporary folder; each run opens it in a
fresh process, ``--repeat`` times, and the median of each step is printed. ``--trace`` runs
once more under ``tracemalloc`` and lists the lines of ``gui/`` and ``core/`` that hold the
most memory when the window is open. Last line: ``growth_per_regroup_mb: X``, what each
move and undo after the first adds (a leak shows as a steady growth; the first regroup
allocates the grouping's caches once).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WAIT_S = 600.0  # a regroup of the whole project on a busy machine
TRACE_LINES = 12
CYCLES = 4  # moves of a claim and their undo, each regrouping the whole project


def rss_mb() -> float:
    """This process's resident memory (Linux /proc; the peak is VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def merged(claims: list[Any], documents: list[Any], k: int) -> tuple[list[Any], list[Any]]:
    """The reports joined into ``k`` long documents (a long PDF, a digest of many stories),
    every claim's span moved with its text."""
    import dataclasses

    docs: list[Any] = []
    moved: dict[str, tuple[str, int]] = {}
    for n in range(k):
        part = documents[n::k]
        texts, offset = [], 0
        for doc in part:
            moved[doc.id] = (f"m{n + 1}", offset)
            texts.append(doc.text)
            offset += len(doc.text) + 2
        docs.append(dataclasses.replace(part[0], id=f"m{n + 1}", text="\n\n".join(texts)))
    out = []
    for c in claims:
        doc_id, at = moved[c.document_id]
        out.append(dataclasses.replace(c, document_id=doc_id, start=c.start + at,
                                       end=c.end + at, sentence_start=c.sentence_start + at,
                                       sentence_end=c.sentence_end + at))
    return out, docs


def build(path: Path, n: int, documents_k: int = 0) -> tuple[int, int, int]:
    from match_scaling import generate

    from core.group.decisions import regroup
    from core.model import Result
    from core.project.store import Project

    claims, documents, _truth = generate(n, seed=7)
    if documents_k:
        claims, documents = merged(claims, documents, documents_k)
    events, conflicts = regroup(claims, documents=documents, decisions=())
    with Project.create(path) as project:
        project.add_result(Result(documents=tuple(documents), claims=tuple(claims),
                                  events=events, conflicts=conflicts))
    return len(claims), len(events), len(conflicts)


def wait_until(app: Any, done: Any) -> None:
    start = time.perf_counter()
    while not done() and time.perf_counter() - start < WAIT_S:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()


def steps(path: Path, trace: bool) -> dict[str, float]:
    """RSS in MB after each step, in this process."""
    figures = {"start": rss_mb()}
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from core.project.store import Project
    from gui.main_window import MainWindow
    from gui.models import GridFilter
    from gui.state import Workspace

    app = QApplication.instance() or QApplication([])
    figures["imports"] = rss_mb()
    if trace:
        tracemalloc.start(8)
    ws = Workspace(Project.open(path))
    figures["project read"] = rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ws, settings=settings)
        window.resize(1280, 720)
        window.show()
        busy = {"idle": False}
        window.idle.connect(lambda: busy.update(idle=True))
        wait_until(app, lambda: window.events.events_model.rowCount() > 0)
        figures["window shown"] = rss_mb()
        conflict = next(iter(ws.conflicts))
        window.select_item(conflict)
        claim = next(iter(ws.claims))
        window.select_item(claim)
        figures["conflict and claim shown"] = rss_mb()
        window.model.set_filter(GridFilter(text="killed"))
        window.model.set_filter(GridFilter())
        figures["grid searched"] = rss_mb()
        if trace:
            report_trace(tracemalloc.take_snapshot())
            tracemalloc.stop()
        for cycle in range(1, CYCLES + 1):
            other = next(e for e in ws.events.values() if claim not in e.claim_ids)
            busy["idle"] = False
            window.events.move_claims([claim], other.id)
            wait_until(app, lambda: busy["idle"])
            busy["idle"] = False
            window.undo()
            wait_until(app, lambda: busy["idle"])
            figures[f"move and undo #{cycle}"] = rss_mb()
        window.close()
    return figures


def report_trace(snapshot: tracemalloc.Snapshot) -> None:
    """The lines of our code holding the most memory (the allocation's innermost own frame)."""
    totals: dict[str, int] = {}
    for stat in snapshot.statistics("traceback"):
        frame = next((f for f in stat.traceback
                      if "/gui/" in f.filename or "/core/" in f.filename), None)
        where = f"{Path(frame.filename).relative_to(ROOT)}:{frame.lineno}" if frame else "other"
        totals[where] = totals.get(where, 0) + stat.size
    print("traced, by line of gui/ or core/ (MB):", file=sys.stderr)
    for where, size in sorted(totals.items(), key=lambda kv: -kv[1])[:TRACE_LINES]:
        print(f"  {size / 2**20:8.1f}  {where}", file=sys.stderr)


def fresh(path: Path, trace: bool = False) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)]
                         + (["--trace"] if trace else []),
                         check=True, capture_output=True, text=True)
    if trace:
        print(out.stderr, end="")
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run instead of three")
    parser.add_argument("--claims", type=int, default=9000, help="claims in the project")
    parser.add_argument("--repeat", type=int, default=None, help="fresh processes")
    parser.add_argument("--documents", type=int, default=0,
                        help="join the reports into this many long documents")
    parser.add_argument("--trace", action="store_true", help="where the memory goes")
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(steps(Path(args.child), args.trace)))
        return 0
    repeat = args.repeat or (1 if args.quick else 3)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.claimdesk"
        claims, events, conflicts = build(path, args.claims, args.documents)
        print(f"project: {claims:,} claims, {events:,} events, {conflicts:,} conflicts, "
              f"{path.stat().st_size / 1e6:.1f} MB on disk")
        runs = [fresh(path) for _ in range(repeat)]
        if args.trace:
            fresh(path, trace=True)
    print(f"resident memory, MB (median of {repeat} fresh processes):")
    for step in runs[0]:
        print(f"  {step:<26} {statistics.median(r[step] for r in runs):8.0f}")
    window = statistics.median(r["window shown"] - r["project read"] for r in runs)
    # The first regroup allocates for good (the grouping's caches); later ones must not grow.
    growth = statistics.median((r[f"move and undo #{CYCLES}"] - r["move and undo #1"])
                               / (CYCLES - 1) for r in runs)
    print(f"the window adds {window:.0f} MB to the project read; each later move and its "
          f"undo adds {growth:.1f} MB")
    print(f"growth_per_regroup_mb: {growth:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

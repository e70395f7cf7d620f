"""What the window's regrouping costs after a batch of files is added to a project.

    python benchmarks/batch_regroup.py [--quick] [--reports N] [--batch B] [--repeat R]

A project of ``--reports`` invented reports (``fictional_reports``: incidents told by two to
four outlets each) is extracted once; then, in a fresh process per measurement, the project
is grouped as the window holds it, ``--batch`` more reports are added, and the regroup the
window runs after the batch is timed stage by stage (CPU seconds): reports described and
clustered, claims grouped, conflicts found, statements linked, statement conflicts. Two
sides alternate: ``full`` reads every report again (the window before report descriptions
were remembered), ``incremental`` reads only the new reports (what the window does now).
Both give the same events and conflicts (checked here, and by
``tests/gui/test_batch_regroup.py``). Last line ``batch_regroup_s: X``, the incremental
side's median.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SIDES = ("full", "incremental")
STAGES = ("reports", "claims", "conflicts", "statements", "statement_conflicts")


def build(path: Path, n_reports: int, batch: int) -> None:
    """Extract the project and the batch once, to a pickle the measuring processes load."""
    from fictional_reports import reports

    from core.ingest.files import from_text
    from core.pipeline import run_documents

    docs = [from_text(text, doc_id=f"d{n}", path=f"/invented/{name}")
            for n, (name, text) in enumerate(reports(n_reports + batch), start=1)]
    result = run_documents(docs)
    path.write_bytes(pickle.dumps(result))


def one(path: Path, side: str, n_reports: int) -> dict[str, float]:
    """Group the project before the batch (untimed), then time the regroup after it."""
    from core.group import incidents
    from core.group.conflicts import find_conflicts
    from core.group.match import group, report_frames
    from core.group.statement_links import link_statements, statement_conflicts

    result = pickle.loads(path.read_bytes())
    documents = list(result.documents)
    claims, statements = list(result.claims), list(result.statements)
    old = {d.id for d in documents[:n_reports]}
    before = [c for c in claims if c.document_id in old]
    events = group(before, documents=documents[:n_reports])  # the project as the window has it
    find_conflicts(events, before, documents=documents[:n_reports])
    if side == "full":
        incidents._DESCRIBED.clear()
    times: dict[str, float] = {}

    def timed(stage: str, fn):  # type: ignore[no-untyped-def]
        began = time.process_time()
        out = fn()
        times[stage] = time.process_time() - began
        return out

    frames = timed("reports", lambda: report_frames(documents))
    events = timed("claims", lambda: group(claims, documents=documents, frames=frames))
    conflicts = timed("conflicts", lambda: find_conflicts(events, claims, documents=documents))
    linked = timed("statements",
                   lambda: link_statements(statements, claims, events, documents=documents))
    timed("statement_conflicts",
          lambda: statement_conflicts(statements, linked, documents=documents))
    times["seconds"] = sum(times[s] for s in STAGES)
    times["events"] = len(events)
    times["conflicts_found"] = len(conflicts)
    times["claims_total"] = len(claims)
    return times


def fresh(path: Path, side: str, n_reports: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", side, "--data", str(path),
         "--reports", str(n_reports)],
        check=True, capture_output=True, text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--batch", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one", choices=SIDES)
    parser.add_argument("--data")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(Path(args.data), args.one, args.reports)))
        return 0
    n_reports, repeat = (60, 3) if args.quick else (args.reports, args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "project.pickle"
        began = time.monotonic()
        build(path, n_reports, args.batch)
        print(f"project: {n_reports} reports + a batch of {args.batch}, extracted in "
              f"{time.monotonic() - began:.0f} s")
        runs: dict[str, list[dict[str, float]]] = {s: [] for s in SIDES}
        for n in range(repeat):
            for side in SIDES if n % 2 == 0 else tuple(reversed(SIDES)):
                runs[side].append(fresh(path, side, n_reports))
    for side in SIDES:
        first = runs[side][0]
        stages = "  ".join(f"{s} {statistics.median(r[s] for r in runs[side]):.3f}"
                           for s in STAGES)
        print(f"{side:12s} median {statistics.median(r['seconds'] for r in runs[side]):.3f} s"
              f" (min {min(r['seconds'] for r in runs[side]):.3f}, max "
              f"{max(r['seconds'] for r in runs[side]):.3f}) · {stages} · "
              f"{first['claims_total']:.0f} claims, {first['events']:.0f} events, "
              f"{first['conflicts_found']:.0f} conflicts")
    same = all(r["events"] == runs["full"][0]["events"]
               and r["conflicts_found"] == runs["full"][0]["conflicts_found"]
               for side in SIDES for r in runs[side])
    print(f"same events and conflicts on both sides: {'yes' if same else 'NO'}")
    full = statistics.median(r["seconds"] for r in runs["full"])
    incremental = statistics.median(r["seconds"] for r in runs["incremental"])
    print(f"incremental / full: {incremental / full:.2f}")
    print(f"batch_regroup_s: {incremental:.3f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())

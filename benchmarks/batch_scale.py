"""Documents per second of `extract --dask` on a LocalCluster of 1 and of 2 worker processes.

    python benchmarks/batch_scale.py [--quick] [--repeats N]

The documents are the GVC news reports in ../shared (187; `--quick`: 40), written to a
temporary folder as text files, so workers import and extract them exactly as in
`main.py extract --dask`. Every measurement runs in a fresh process that starts its cluster and
warms each worker (spaCy pipeline, rule tables and gazetteer loaded) before the clock starts:
the figure is the steady throughput a long batch sees, not start-up. Worker counts alternate
(1, 2, 2, 1, …) over the repetitions; each line gives the median with min and max. The last
line is `speedup: X`, the median documents per second on 2 workers over 1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
GVC = SHARED / "peer" / "gvc" / "gvc_articles.jsonl"
WORKER_COUNTS = (1, 2)
QUICK_DOCS = 40
# A sentence that takes every lazily loaded table (model, rules, gazetteer) into a worker.
WARM_TEXT = "Police said 12 people were killed in Lowfield on Monday, according to officials."


def write_documents(folder: Path, limit: int | None) -> list[str]:
    paths: list[str] = []
    for line in GVC.read_text(encoding="utf-8").splitlines():
        text = (json.loads(line).get("text") or "").strip()
        if not text:
            continue
        path = folder / f"report-{len(paths) + 1:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
        if limit is not None and len(paths) >= limit:
            break
    return paths


def _warm() -> None:
    from core.ingest.files import from_text
    from core.pipeline import run_documents

    run_documents([from_text(WARM_TEXT, doc_id="warm", path="warm.txt")])


def child(workers: int, listing: Path) -> None:
    """One measurement: print the seconds the batch took on a warm cluster of ``workers``."""
    from dask.distributed import Client, LocalCluster

    from core import distributed

    paths = listing.read_text(encoding="utf-8").splitlines()
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        client.run(_warm)
        start = time.perf_counter()
        result = distributed.run(paths, address=cluster.scheduler_address)
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "documents": len(result.documents),
                      "failures": len(result.failures)}))


def measure(workers: int, listing: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(workers), "--listing", str(listing)],
        capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DOCS} reports, 2 repeats")
    parser.add_argument("--repeats", type=int, help="measurements per worker count (default 3)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--listing", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.listing)
        return 0
    if not GVC.exists():
        print(f"{GVC} not found: the benchmark reads real reports from ../shared")
        return 2
    repeats = args.repeats or (2 if args.quick else 3)
    with tempfile.TemporaryDirectory(prefix="claimdesk-batch-") as tmp:
        paths = write_documents(Path(tmp), QUICK_DOCS if args.quick else None)
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(paths), encoding="utf-8")
        rates: dict[int, list[float]] = {w: [] for w in WORKER_COUNTS}
        for rep in range(repeats):
            order = WORKER_COUNTS if rep % 2 == 0 else WORKER_COUNTS[::-1]
            for workers in order:
                figures = measure(workers, listing)
                rates[workers].append(figures["documents"] / figures["seconds"])
    print(f"documents: {len(paths)}, repeats: {repeats} per worker count")
    for workers in WORKER_COUNTS:
        r = rates[workers]
        print(f"{workers} worker(s): {statistics.median(r):.2f} docs/s "
              f"(min {min(r):.2f}, max {max(r):.2f})")
    speedup = statistics.median(rates[2]) / statistics.median(rates[1])
    for workers in WORKER_COUNTS:
        print(f"docs_per_s_{workers}: {statistics.median(rates[workers]):.2f}")
    print(f"speedup: {speedup:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

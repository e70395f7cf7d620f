"""What a checker's event decision costs: regrouping with a merge that makes one big event.

    python benchmarks/regroup_decisions.py [--quick] [--claims N] [--repeat R] [--seed N]

A synthetic batch (``match_scaling.generate``: realistic reports of many incidents) is grouped
with no decision, and with one ``merge`` of its largest events into one event of about
``BIG_SHARE`` of the claims, as a checker joining the reports of one long story would. Each
side runs in a fresh process, the two alternating, ``--repeat`` times; the CPU time of
``core.group.decisions.regroup`` (grouping, the decisions, conflicts) is printed per run and
as the median. A decision is applied as set operations on the grouping, and the event it makes
is described from its claims' facts: its cost should stay a small part of the grouping's. Last
line ``decision_overhead: X``, the merge's median over the plain grouping's.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

BIG_SHARE = 0.25  # the merged event holds about this share of the batch's claims
SIDES = ("none", "merge")


def one(side: str, n_claims: int, seed: int) -> dict[str, float]:
    """Regroup the batch in this process with ``side``'s decisions; CPU seconds and sizes."""
    from match_scaling import generate

    from core.group.decisions import EventDecision, regroup
    from core.group.match import group

    claims, documents, _truth = generate(n_claims, seed=seed)
    decisions: list[EventDecision] = []
    if side == "merge":
        events = sorted(group(claims, documents=documents), key=lambda e: -len(e.claim_ids))
        chosen, size = [], 0
        for event in events:
            if size >= BIG_SHARE * len(claims):
                break
            chosen.append(event.claim_ids[0])
            size += len(event.claim_ids)
        decisions = [EventDecision("merge", tuple(chosen))]
    began = time.process_time()
    events_after, _ = regroup(claims, documents=documents, decisions=decisions)
    seconds = time.process_time() - began
    biggest = max(len(e.claim_ids) for e in events_after)
    return {"seconds": seconds, "claims": len(claims), "biggest_event": biggest}


def fresh(side: str, n_claims: int, seed: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", side, "--claims", str(n_claims), "--seed", str(seed)],
        check=True, capture_output=True, text=True,
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="2,000 claims, 2 runs a side")
    parser.add_argument("--claims", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", choices=SIDES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.claims, args.seed)))
        return 0
    n_claims, repeat = (2000, 2) if args.quick else (args.claims, args.repeat)
    runs: dict[str, list[float]] = {side: [] for side in SIDES}
    for r in range(repeat):
        for side in SIDES if r % 2 == 0 else SIDES[::-1]:
            figures = fresh(side, n_claims, args.seed)
            runs[side].append(figures["seconds"])
            print(f"run {r + 1} {side:5}: {figures['seconds']:.2f} s CPU, "
                  f"{int(figures['claims'])} claims, biggest event "
                  f"{int(figures['biggest_event'])} claims")
    medians = {side: statistics.median(times) for side, times in runs.items()}
    for side in SIDES:
        print(f"{side:5} median {medians[side]:.2f} s CPU over {repeat} runs")
    print(f"decision_overhead: {medians['merge'] / medians['none']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Date disagreements between reports of one incident, on real reports of known incidents.

    python benchmarks/date_conflicts.py [--quick] [--show N]

The reports of ``grouping_quality.py`` (ECB+ with no dates, GVC train+dev with their publication
dates) run through the whole pipeline; printed per corpus: events, date conflicts
(``Conflict.about == "date"``), how many of them set reports of one gold incident against each
other (the dates of one incident differ, or a date was misread) and how many join reports of
different gold incidents (a grouping error the dates reveal), and incidents with any. ``--show``
prints the first N with each claim's sentence, to read them (train/dev and ECB+ only). The last
line is ``date_conflicts_per_incident: X`` (GVC train+dev).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from grouping_quality import (  # noqa: E402  (beside this script)
    Report,
    ecb_reports,
    extract,
    gvc_reports,
    shared_dir,
)


def measure(label: str, reports: Sequence[Report], show: int) -> float:
    incident = {r.name: r.incident for r in reports}
    with tempfile.TemporaryDirectory() as tmp:
        result, names = extract(reports, Path(tmp))
    claims = {c.id: c for c in result.claims}
    dated = [x for x in result.conflicts if x.about == "date"]
    within = across = 0
    touched: set[str] = set()
    for x in dated:
        golds = {incident[names[claims[c].document_id]] for c in x.claim_ids}
        touched |= golds
        within += len(golds) == 1
        across += len(golds) > 1
    n_incidents = len(set(incident.values()))
    per = len(dated) / n_incidents if n_incidents else 0.0
    print(f"{label}: {len(result.documents)} reports, {n_incidents} incidents, "
          f"{len(result.events)} events, {len(dated)} date conflicts "
          f"({sum(x.kind == 'contradiction' for x in dated)} contradictions); "
          f"within one incident {within}, across incidents {across}; "
          f"incidents with one {len(touched)}; per incident {per:.3f}")
    for x in dated[:show]:
        print(f"  {x.id} {x.kind} {x.measure}: {x.explanation}")
        for cid in x.claim_ids:
            c = claims[cid]
            doc = names[c.document_id]
            print(f"    {cid} [{incident[doc]}] {doc} {c.date_start} {c.date_text!r} "
                  f"{c.number_text!r}: {' '.join(c.sentence.split())[:160]}")
    return per


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    shared = shared_dir()
    measure("ECB+", ecb_reports(shared, args.quick), args.show)
    splits = ("dev",) if args.quick else ("train", "dev")
    per = measure("GVC " + "+".join(splits), gvc_reports(shared, splits), args.show)
    print(f"date_conflicts_per_incident: {per:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Report grouping on small batches, as a checker brings them (a dev signal, not a target).

    python benchmarks/report_batches.py [--quick] [--split train,dev|test] [--seed N]

A checker drops in a handful of reports: one story, sometimes two or three, sometimes with a
report on something else. ``grouping_quality.py`` groups whole corpora at once; this samples
small batches from ``../shared/peer`` (never copied into the project) and groups each with
``core.group.incidents.cluster_reports`` alone (no parse: the report grouping reads the text):
- GVC (reports given their publication dates) from the chosen splits, ECB+ (no dates);
- each batch: 1 to 3 incidents, 2 to 4 reports of each, and in half the batches one report of
  another incident;
- pairwise precision / recall / F1 over all batches (pairs of reports put in one group);
- ``stable``: the share of batches whose grouping of their own reports stays the same when one
  more report on another incident is added (the grouping of a story should not depend on
  what else is in the batch).
``--split test`` prints aggregate figures only. The last line is ``key: value``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from grouping_quality import shared_dir  # noqa: E402

from core.group.incidents import cluster_reports  # noqa: E402
from core.ingest.files import from_text  # noqa: E402
from core.model import Document  # noqa: E402

BATCHES = 400  # per corpus; --quick takes a quarter
MAX_INCIDENTS = 3
MIN_REPORTS, MAX_REPORTS = 2, 4


@dataclass(frozen=True, slots=True)
class Story:
    incident: str
    documents: tuple[Document, ...]


def gvc_stories(shared: Path, splits: Sequence[str]) -> list[Story]:
    by: dict[str, list[Document]] = defaultdict(list)
    with open(shared / "peer/gvc/gvc_articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["gvc_split"] in splits:
                by[row["incident_id"]].append(
                    from_text(
                        row["text"],
                        doc_id=row["id"],
                        title=row["title"],
                        published=dt.date.fromisoformat(row["dct"]),
                    )
                )
    return [Story(k, tuple(v)) for k, v in sorted(by.items())]


def ecb_stories(shared: Path) -> list[Story]:
    by: dict[str, list[Document]] = defaultdict(list)
    with open(shared / "peer/ecbplus/ecbplus_violent_topics.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            by[row["event_cluster"]].append(from_text(row["text"], doc_id=row["id"]))
    return [Story(k, tuple(v)) for k, v in sorted(by.items())]


def _pairs(groups: Sequence[Sequence[str]]) -> set[tuple[str, str]]:
    return {p for g in groups for p in itertools.combinations(sorted(g), 2)}


def _grouping(docs: Sequence[Document]) -> list[tuple[str, ...]]:
    return [g.document_ids for g in cluster_reports(docs)[1]]


def measure(stories: Sequence[Story], batches: int, rng: random.Random) -> dict[str, float]:
    """Pairwise P/R/F1 over sampled batches, and how often a batch's grouping is stable."""
    usable = [s for s in stories if len(s.documents) >= MIN_REPORTS]
    tp = fp = fn = 0
    stable = tried = 0
    for _ in range(batches):
        chosen = rng.sample(usable, rng.randint(1, min(MAX_INCIDENTS, len(usable) - 1)))
        docs: list[Document] = []
        incident: dict[str, str] = {}
        for s in chosen:
            k = rng.randint(MIN_REPORTS, min(MAX_REPORTS, len(s.documents)))
            for d in rng.sample(list(s.documents), k):
                docs.append(d)
                incident[d.id] = s.incident
        others = [s for s in stories if s not in chosen]
        stray = rng.choice(rng.choice(others).documents)
        with_stray = rng.random() < 0.5
        batch = [*docs, stray] if with_stray else docs
        if with_stray:
            incident[stray.id] = "stray"
        rng.shuffle(batch)
        got = _pairs(_grouping(batch))
        gold = {(a, b) for a, b in itertools.combinations(sorted(incident), 2)
                if incident[a] == incident[b]}
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
        # Stability: the batch's own reports, grouped alone and with one more stray report.
        alone = _pairs(_grouping(docs))
        more = {p for p in _pairs(_grouping([*docs, stray])) if stray.id not in p}
        tried += 1
        stable += alone == more
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "stable": stable / tried}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a quarter of the batches")
    parser.add_argument("--split", default="train,dev", help="GVC splits (train,dev or test)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    shared = shared_dir()
    batches = BATCHES // 4 if args.quick else BATCHES
    rng = random.Random(args.seed)
    corpora = {"gvc": gvc_stories(shared, args.split.split(","))}
    if "test" not in args.split:
        corpora["ecb"] = ecb_stories(shared)
    f1s = []
    for name, stories in corpora.items():
        got = measure(stories, batches, rng)
        f1s.append(got["f1"])
        print(
            f"{name}: {batches} batches of {len(stories)} incidents: precision "
            f"{got['precision']:.3f} recall {got['recall']:.3f} F1 {got['f1']:.3f} "
            f"stable {got['stable']:.3f}"
        )
        print(f"{name}_stable: {got['stable']:.3f}")
    print(f"batch_f1: {min(f1s):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

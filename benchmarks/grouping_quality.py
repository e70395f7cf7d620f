"""How well reports of one incident are grouped, on real reports of known incidents.

    python benchmarks/grouping_quality.py [--quick] [--split train,dev|test]

Two corpora from ``../shared/peer`` (never copied into the project):
- ECB+: documents grouped by ``event_cluster``, fed as plain text files with no dates;
- GVC: local US shooting reports, each file given its publication date (``dct``) through a
  ``--sources`` list (``core.ingest.sources``, the path ``main.py extract --sources`` takes).
  Development uses the train and dev splits; ``--split test`` measures the held-out split and
  prints aggregate figures only (never per-item errors).

Each corpus runs through the whole pipeline (``core.pipeline.run``, statements off). Printed per
corpus:
- ``report F1``: pairwise F1 over pairs of reports put in one incident by the report grouping
  the pipeline runs (``core.group.incidents.cluster_reports`` on the imported documents);
- ``event F1``: the same, a pair predicted together when one event holds claims from both;
- ``incident recall``: the share of incidents (with two or more reports) for which the killed or
  injured figures of at least two of their reports share an event;
  (printed beside it: how many incidents have such figures extracted from two reports at all);
- ``cross links``: claim pairs joined in one event whose reports cover different incidents.
  by cause (a past event both recall, reports grouped as one incident, other).
Floors (exit 1 under them): ECB+ report F1 >= 0.85; GVC incident recall >= 0.70 with zero
cross-incident links. ``--quick`` takes a subset (four reports of every ECB+ cluster, the GVC
dev split). The
last line is ``key: value``. ``--errors`` lists the wrongly grouped report pairs (train/dev and
ECB+ only).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import logging
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.group.background import recalls_past, report_days  # noqa: E402
from core.group.incidents import cluster_reports  # noqa: E402
from core.ingest.sources import read_sources  # noqa: E402
from core.model import Result  # noqa: E402
from core.pipeline import run  # noqa: E402
from core.settings import DEFAULT_SETTINGS  # noqa: E402

ECB_F1_FLOOR = 0.85
GVC_RECALL_FLOOR = 0.70
QUICK_ECB_PER_CLUSTER = 4  # --quick: the first reports of every ECB+ cluster
CASUALTY = ("killed", "injured")


def shared_dir() -> Path:
    """``../shared`` beside the checkout (a worktree sits one level deeper)."""
    env = os.environ.get("CLAIMDESK_SHARED")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for path in candidates:
        if (path / "peer").is_dir():
            return path
    raise SystemExit("grouping_quality: ../shared/peer not found (set CLAIMDESK_SHARED)")


@dataclass(frozen=True, slots=True)
class Report:
    name: str
    incident: str
    text: str
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Scores:
    reports: int
    incidents: int
    event_f1: float
    f1: float
    precision: float
    recall: float
    incident_recall: float
    linkable: int  # incidents with casualty figures extracted from two or more reports
    cross_links: int
    errors: tuple[str, ...]
    cross_kinds: tuple[tuple[str, int], ...] = ()  # cross links by what joined them


def ecb_reports(shared: Path, quick: bool) -> list[Report]:
    out = []
    taken: dict[str, int] = defaultdict(int)
    with open(shared / "peer/ecbplus/ecbplus_violent_topics.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            cluster = row["event_cluster"]
            if quick and taken[cluster] >= QUICK_ECB_PER_CLUSTER:
                continue
            taken[cluster] += 1
            out.append(Report(row["id"], cluster, row["text"]))
    return out


def gvc_reports(shared: Path, splits: Sequence[str]) -> list[Report]:
    out = []
    with open(shared / "peer/gvc/gvc_articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["gvc_split"] in splits:
                out.append(Report(row["id"], row["incident_id"], row["text"], row["dct"]))
    return out


def extract(reports: Sequence[Report], folder: Path) -> tuple[Result, dict[str, str]]:
    """Run the pipeline on the reports written as files; document id → report name."""
    paths = []
    for r in reports:
        path = folder / f"{r.name}.txt"
        path.write_text(r.text, encoding="utf-8")
        paths.append(str(path))
    sources = None
    if any(r.published for r in reports):
        listing = folder / "sources.csv"
        with open(listing, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["file", "published"])
            writer.writerows([p, r.published or ""] for p, r in zip(paths, reports, strict=True))
        sources = read_sources(listing, paths)
    settings = DEFAULT_SETTINGS.replace(statements=False)
    result = run(paths, settings=settings, sources=sources)
    names = {d.id: Path(d.path or d.name).stem for d in result.documents}
    return result, names


def score(reports: Sequence[Report], result: Result, names: dict[str, str]) -> Scores:
    incident = {r.name: r.incident for r in reports}
    doc_of = {c.id: names[c.document_id] for c in result.claims}
    measure = {c.id: c.measure for c in result.claims}
    predicted: set[tuple[str, str]] = set()
    linked_incidents: set[str] = set()
    with_figures: dict[str, set[str]] = defaultdict(set)
    for c in result.claims:
        if c.measure in CASUALTY:
            with_figures[incident[doc_of[c.id]]].add(doc_of[c.id])
    cross = 0
    kinds: dict[str, int] = defaultdict(int)
    classify = _cross_kind(result)
    for event in result.events:
        docs = sorted({doc_of[c] for c in event.claim_ids})
        predicted.update(itertools.combinations(docs, 2))
        casualty_docs = {doc_of[c] for c in event.claim_ids if measure[c] in CASUALTY}
        incidents = {incident[d] for d in casualty_docs}
        if len(casualty_docs) >= 2 and len(incidents) == 1:
            linked_incidents |= incidents
        for a, b in itertools.combinations(event.claim_ids, 2):
            if incident[doc_of[a]] != incident[doc_of[b]]:
                cross += 1
                kinds[classify(a, b)] += 1
    by_incident: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        by_incident[r.incident].append(r.name)
    gold = {
        (a, b) for ns in by_incident.values() for a, b in itertools.combinations(sorted(ns), 2)
    }
    grouped: set[tuple[str, str]] = set()
    for g in cluster_reports(result.documents, result.claims)[1]:
        grouped.update(itertools.combinations(sorted(names[d] for d in g.document_ids), 2))
    event_f1 = _f1(gold, predicted)[2]
    precision, recall, f1 = _f1(gold, grouped)
    multi = [i for i, ns in by_incident.items() if len(ns) >= 2]
    errors = tuple(
        sorted(f"missed {a} {b} ({incident[a]})" for a, b in gold - grouped)
        + sorted(
            f"wrong {a} ({incident[a]}) {b} ({incident[b]})"
            for a, b in grouped - gold
        )
    )
    return Scores(
        reports=len(reports),
        incidents=len(by_incident),
        event_f1=event_f1,
        f1=f1,
        precision=precision,
        recall=recall,
        incident_recall=len(linked_incidents & set(multi)) / len(multi) if multi else 0.0,
        linkable=sum(len(with_figures[i]) >= 2 for i in multi),
        cross_links=cross,
        errors=errors,
        cross_kinds=tuple(sorted(kinds.items(), key=lambda kv: -kv[1])),
    )


def _cross_kind(result: Result) -> Callable[[str, str], str]:
    """What joined two claims of reports of different incidents: a past event both recall
    (``core.group.background``: a figure dated a year or more before its report's day), the
    report grouping took the two reports for one incident (one of them with no day: neither a
    publication date nor a figure dated to a day), or neither."""
    claims = {c.id: c for c in result.claims}
    published = {d.id: d.published.toordinal() if d.published else None for d in result.documents}
    day = report_days(result.claims, published)
    group = {
        d: g.id for g in cluster_reports(result.documents, result.claims)[1] for d in g.document_ids
    }

    def past(cid: str) -> bool:
        c = claims[cid]
        last = c.date_end or c.date_start
        return recalls_past(last.toordinal() if last else None, day.get(c.document_id))

    def kind(a: str, b: str) -> str:
        if past(a) or past(b):  # one event: the other figure is dated in that past too
            return "a past event recalled"
        docs = (claims[a].document_id, claims[b].document_id)
        if group.get(docs[0]) == group.get(docs[1]):
            undated = " (one report with no day)" if not all(d in day for d in docs) else ""
            return "reports grouped as one incident" + undated
        return "other"

    return kind


def _f1(gold: set[tuple[str, str]], found: set[tuple[str, str]]) -> tuple[float, float, float]:
    hits = len(gold & found)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(gold) if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if hits else 0.0


def measure_corpus(reports: Sequence[Report]) -> Scores:
    with tempfile.TemporaryDirectory(prefix="claimdesk-grouping-") as tmp:
        result, names = extract(reports, Path(tmp))
    return score(reports, result, names)


def show(label: str, s: Scores) -> None:
    print(
        f"{label}: {s.reports} reports, {s.incidents} incidents; report F1 {s.f1:.2f} "
        f"(P {s.precision:.2f} R {s.recall:.2f}); event F1 {s.event_f1:.2f}; "
        f"incident recall {s.incident_recall:.2f} "
        f"({s.linkable} of {s.incidents} incidents have casualty figures in 2+ reports); "
        f"cross-incident links {s.cross_links}"
    )
    if s.cross_kinds:
        print("  cross-incident links by cause: " + "; ".join(f"{k} {n}" for k, n in s.cross_kinds))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a subset, for a quick check")
    parser.add_argument(
        "--split", default="train,dev", help="GVC splits: train,dev (default) or test"
    )
    parser.add_argument("--errors", action="store_true", help="list wrongly grouped pairs")
    parser.add_argument("--corpus", choices=("ecb", "gvc", "both"), default="both")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    shared = shared_dir()
    splits = ("dev",) if args.quick else tuple(args.split.split(","))
    held_out = "test" in splits
    ok = True
    ecb = gvc = None
    if args.corpus in ("ecb", "both"):
        ecb = measure_corpus(ecb_reports(shared, args.quick))
        show("ECB+", ecb)
        if args.errors:
            print("\n".join(ecb.errors))
        ok &= ecb.f1 >= ECB_F1_FLOOR
    if args.corpus in ("gvc", "both"):
        gvc = measure_corpus(gvc_reports(shared, splits))
        show(f"GVC {'+'.join(splits)}", gvc)
        if args.errors and not held_out:
            print("\n".join(gvc.errors))
        ok &= gvc.incident_recall >= GVC_RECALL_FLOOR and gvc.cross_links == 0
    if ecb is not None:
        print(f"ecb_report_f1: {ecb.f1:.3f}")
    if gvc is not None:
        print(f"gvc_incident_recall: {gvc.incident_recall:.3f}")
    # The floors are set on the full ECB+ and GVC train+dev: a subset or the held-out split
    # (only 7 of its 9 incidents have figures in two reports) cannot meet or miss them.
    if args.quick or held_out:
        print("floors: not judged on --quick or --split test (run without them)")
        return 0
    print(f"floors: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

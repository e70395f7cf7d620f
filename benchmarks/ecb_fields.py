"""How well the place of casualty figures reads on ECB+ reports (a dev signal, not a target).

    python benchmarks/ecb_fields.py [--quick]

ECB+ (../shared/peer/ecbplus) annotates, in each report, the places of its events (``LOC_GEO``
mentions linked across reports: "in Indonesia's Aceh province", "east Vancouver"). Every
report is extracted as a checker would give it (no publication date: ECB+ has none); the
place of its casualty figures (the most common one, as ``gvc_fields.py`` reads it) agrees
when its name is written in one of the report's annotated places, names one of them, or
lies inside one of them by the gazetteer ("Manokwari" in "West Papua"). A
report with no casualty figure or no annotated place is counted apart. Per cluster figures,
then ``place: X``, the agreement over every report that has both.
"""

from __future__ import annotations

import argparse
import collections
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gvc_fields import read_report  # noqa: E402

from core.extract.claims import extract_claims  # noqa: E402
from core.ingest.files import from_text  # noqa: E402
from core.pipeline import parse_documents  # noqa: E402
from core.settings import DEFAULT_SETTINGS  # noqa: E402
from core.text import places  # noqa: E402
from core.text.places import normalise  # noqa: E402

REPORTS = ROOT.parent / "shared" / "peer" / "ecbplus" / "ecbplus_violent_topics.jsonl"
QUICK_EVERY = 3  # --quick reads every third report of each cluster


def gold_places(row: dict[str, object]) -> list[str]:
    """The report's annotated places of its events (geographic, linked across reports)."""
    mentions = row["mentions"]
    assert isinstance(mentions, list)
    return [
        str(m["text"])
        for m in mentions
        if m["type"] == "LOC_GEO" and m["coref"] == "cross_doc"
    ]


def place_agrees(predicted: str | None, gold: Sequence[str]) -> bool:
    """ "Aceh" agrees with "in Indonesia's Aceh province"; "East Flatbush, Brooklyn" with
    "in East Flatbush": the place's own name (before any comma) is written in a gold mention,
    or a gold mention (without its preposition) is written in the place."""
    if not predicted:
        return False
    name = f" {normalise(predicted.split(',')[0])} "
    whole = f" {normalise(predicted)} "
    for text in gold:
        words = normalise(text).split()
        if words[:1] and words[0] in ("in", "on", "at", "the", "near"):
            words = words[1:]
        mention = f" {' '.join(words)} "
        if name.strip() and (name in mention or (mention.strip() and mention in whole)):
            return True
    return lies_in(predicted, gold)


def lies_in(predicted: str, gold: Sequence[str]) -> bool:
    """ "Manokwari" agrees with "West Papua": the gazetteer places it inside a gold place
    (a province or a town: anything in a country is too loose a match)."""
    where = places.resolve(predicted)
    if where is None:
        return False
    for text in gold:
        outer = places.resolve(text)
        if outer is None or outer.level == "country":
            continue
        if places.relation(outer, where) in ("same", "contains"):
            return True
    return False


def extract(rows: Sequence[dict[str, object]]) -> dict[str, str | None]:
    docs = [from_text(str(r["text"]), doc_id=str(r["id"])) for r in rows]
    ids = (f"c{n}" for n in range(10**9))
    out: dict[str, str | None] = {}
    for doc, chunks in parse_documents(docs, settings=DEFAULT_SETTINGS):
        claims = extract_claims(chunks, doc, ids=ids, settings=DEFAULT_SETTINGS)
        casualty = [c for c in claims if c.measure in ("killed", "injured")]
        out[doc.id] = read_report(casualty).city if casualty else None
    return out


def reports() -> list[dict[str, object]]:
    """Every ECB+ report of the selection, one row each."""
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines()]


def every_third(rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
    """Every ``QUICK_EVERY``-th report of each cluster."""
    seen: collections.Counter[str] = collections.Counter()
    kept = []
    for r in rows:
        cluster = str(r["event_cluster"])
        if seen[cluster] % QUICK_EVERY == 0:
            kept.append(r)
        seen[cluster] += 1
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every third report of a cluster")
    parser.add_argument("--verbose", action="store_true", help="print every report's place")
    args = parser.parse_args()
    if not REPORTS.exists():
        print(f"{REPORTS} not found: the benchmark reads ECB+ beside the checkout (../shared)")
        return 2
    rows = reports()
    if args.quick:
        rows = every_third(rows)
    found = extract(rows)
    per_cluster: dict[str, list[bool]] = collections.defaultdict(list)
    apart = collections.Counter[str]()
    for row in rows:
        gold, got = gold_places(row), found.get(str(row["id"]))
        if not gold:
            apart["no annotated place"] += 1
            continue
        if got is None:
            apart["no casualty figure"] += 1
            continue
        agrees = place_agrees(got, gold)
        per_cluster[str(row["event_cluster"])].append(agrees)
        if args.verbose:
            print(f"{row['id']:12} {'ok ' if agrees else 'NO '} {got!r:40} {sorted(set(gold))[:3]}")
    print(f"{'cluster':12}{'reports':>8}{'place':>8}")
    for cluster in sorted(per_cluster):
        marks = per_cluster[cluster]
        print(f"{cluster:12}{len(marks):>8}{statistics.mean(marks):>8.2f}")
    for reason, n in sorted(apart.items()):
        print(f"set apart ({reason}): {n}")
    everything = [m for marks in per_cluster.values() for m in marks]
    print(f"place: {statistics.mean(everything) if everything else 0.0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

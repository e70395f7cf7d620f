"""Whether a change to the extraction left its output as it was: a snapshot, and a diff.

    python benchmarks/extract_identity.py snapshot OUT.json [--processes N]
    python benchmarks/extract_identity.py compare BEFORE.json AFTER.json

``snapshot`` extracts the seed articles, every GVC report (train, dev and test, with their
publication dates) and the ECB+ texts, one batch per corpus (on one process unless
``--processes``), and writes the JSON export of each (claims, statements, events, conflicts;
the export's time stamp left out).
``compare`` prints the first differences of two snapshots; the last line is
``identical: yes`` or ``identical: no``. A guard for speed work, which must change no output.
A difference that touches a report of GVC's held-out test split is counted, never shown: its
output is not read while rules are written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared"
SHOWN = 10  # differences printed per corpus
WIDTH = 240  # characters of a changed value printed (an event's links run to pages)


def corpora() -> dict[str, list[Any]]:
    """The documents of each corpus, as the project would import them."""
    from core.ingest.files import from_text

    seeds = [
        from_text(p.read_text(encoding="utf-8"), doc_id=f"d{n}", path=p.name)
        for n, p in enumerate(sorted((SHARED / "corpus" / "seeds").glob("*.txt")))
    ]
    gvc = []
    for n, line in enumerate((SHARED / "peer/gvc/gvc_articles.jsonl").read_text().splitlines()):
        row = json.loads(line)
        gvc.append(from_text(row["text"], doc_id=f"d{n}", path=f"{row['id']}.txt",
                             published=dt.date.fromisoformat(str(row["dct"]))))
    ecb = []
    for n, line in enumerate(
        (SHARED / "peer/ecbplus/ecbplus_violent_topics.jsonl").read_text().splitlines()
    ):
        row = json.loads(line)
        if (row.get("text") or "").strip():
            ecb.append(from_text(row["text"], doc_id=f"d{n}", path=f"{row['id']}.txt"))
    return {"seeds": seeds, "gvc": gvc, "ecb": ecb}


def snapshot(out: Path, processes: int = 1) -> None:
    from core.export.jsonfile import to_json_dict
    from core.pipeline import run_documents
    from core.settings import DEFAULT_SETTINGS

    settings = DEFAULT_SETTINGS.replace(n_process=processes)
    found: dict[str, Any] = {}
    for name, docs in corpora().items():
        data = to_json_dict(run_documents(docs, settings=settings))
        data.pop("exported", None)
        found[name] = data
        print(f"{name}: {len(docs)} documents, {len(data['claims'])} claims, "
              f"{len(data['statements'])} statements")
    out.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")


def held_out_paths() -> frozenset[str]:
    """The file names the snapshot gives GVC's held-out test reports."""
    rows = (json.loads(line) for line in
            (SHARED / "peer/gvc/gvc_articles.jsonl").read_text().splitlines())
    return frozenset(f"{row['id']}.txt" for row in rows if row.get("gvc_split") == "test")


def held_out_ids(data: dict[str, Any], paths: frozenset[str]) -> frozenset[str]:
    """Ids of a snapshot's documents, claims, statements and events that belong to a held-out
    report (an event does when any of its claims does)."""
    docs = {d["id"] for d in data.get("documents", []) if d.get("path") in paths}
    ids = set(docs)
    for part in ("claims", "statements"):
        ids |= {x["id"] for x in data.get(part, []) if x.get("document_id") in docs}
    ids |= {e["id"] for e in data.get("events", []) if touches(e, frozenset(ids))}
    return frozenset(ids)


def touches(item: Any, ids: frozenset[str]) -> bool:
    """Whether a snapshot row names one of ``ids`` (itself, its document, event or members)."""
    if not isinstance(item, dict):
        return False
    named = {item.get("id"), item.get("document_id"), item.get("event_id")}
    for key in ("claim_ids", "statement_ids"):
        named |= set(item.get(key) or ())
    return bool(named & ids)


def compare(before: Path, after: Path) -> bool:
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    paths = held_out_paths()
    hidden = {c: held_out_ids(a.get(c, {}), paths) | held_out_ids(b.get(c, {}), paths)
              for c in set(a) | set(b)}
    same = True
    for corpus in sorted(set(a) | set(b)):
        for part in sorted(set(a.get(corpus, {})) | set(b.get(corpus, {}))):
            x, y = a.get(corpus, {}).get(part), b.get(corpus, {}).get(part)
            if x == y:
                continue
            same = False
            if not (isinstance(x, list) and isinstance(y, list)):
                print(f"{corpus} {part}: differs")
                continue
            print(f"{corpus} {part}: {len(x)} before, {len(y)} after")
            show_differences(x, y, hidden[corpus])
    return same


def show_differences(x: list[Any], y: list[Any], hidden: frozenset[str]) -> None:
    """The first differing rows of a part, by position; held-out ones only counted."""
    shown = held = 0
    for i, (u, v) in enumerate(zip(x, y, strict=False)):
        if u == v:
            continue
        if touches(u, hidden) or touches(v, hidden):
            held += 1
        elif shown < SHOWN:
            shown += 1
            keys = [k for k in u if u.get(k) != v.get(k)] if isinstance(u, dict) else []
            old, new = (str([w.get(k) for k in keys])[:WIDTH] for w in (u, v))
            print(f"  [{i}] {keys}: {old} -> {new}")
    if held:
        print(f"  {held} differing rows of held-out test reports (not shown)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("snapshot")
    one.add_argument("out", type=Path)
    one.add_argument("--processes", type=int, default=1, help="extract on this many processes")
    both = sub.add_parser("compare")
    both.add_argument("before", type=Path)
    both.add_argument("after", type=Path)
    args = parser.parse_args()
    if not (SHARED / "peer").exists():
        print(f"{SHARED} not found: the check reads real articles from ../shared")
        return 2
    if args.command == "snapshot":
        snapshot(args.out, args.processes)
        return 0
    same = compare(args.before, args.after)
    print(f"identical: {'yes' if same else 'no'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

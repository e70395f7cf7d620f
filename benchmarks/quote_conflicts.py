"""What statement conflicts cost in a large project, before and after a change to them.

    python benchmarks/quote_conflicts.py [--reports N] [--repeat R] [--before REF] [--data P]

A project of ``--reports`` invented reports (``fictional_reports``) is extracted once (or read
from ``--data``, a pickle this script wrote with ``--save``); then, in a fresh process per
measurement, ``statement_conflicts`` runs on its statements and events (CPU seconds). Two sides
alternate: ``before`` is ``core/group/statement_links.py`` as it was at git ``--before`` (by
default the last commit before the quote index), ``after`` is this tree's. Both must give the
same conflicts, in the same order (checked on a digest). ``--distinct`` gives every quote
words of its own around one long word they all share (the invented reports' quotes differ
only in their figure, so nearly every two of them match). Last line ``statement_conflicts_s: X``,
the ``after`` side's median.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import json
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

if TYPE_CHECKING:
    from core.model import Statement

SIDES = ("before", "after")
BEFORE = "5666b2b"  # the last commit before the quote index
OWN_WORDS = (  # invented quotes' vocabulary for --distinct
    "market", "stalls", "burned", "while", "traders", "shouted", "warnings", "across", "square",
    "nobody", "could", "reach", "children", "behind", "school", "wall", "ambulances", "waited",
    "hours", "outside", "gate", "because", "roads", "stayed", "closed", "elders", "asked",
    "army", "patrols", "return", "before", "harvest", "shopkeepers", "counted", "losses",
    "quietly", "families", "searched", "hospital", "lists", "names", "missing", "brothers",
    "cousins", "neighbours", "bakery", "windows", "shattered", "morning", "prayers", "ended",
    "early", "teachers", "carried", "pupils", "river", "bridge", "buses", "stopped", "running",
    "smoke", "rose", "above", "rooftops", "farmers", "sold", "cattle", "cheaply", "fearing",
    "another", "raid", "mothers", "slept", "clinic", "corridors", "volunteers", "donated",
    "blood", "lanterns", "lit", "cemetery", "drivers", "refused", "night", "journeys",
    "engineers", "repaired", "water", "pipes", "students", "postponed", "examinations",
    "tailors", "closed", "workshops", "weeks", "pharmacy", "shelves", "emptied", "quickly",
    "fishermen", "stayed", "ashore", "widows", "queued", "ration", "cards",
)


def build(path: Path, n_reports: int) -> None:
    from fictional_reports import reports

    from core.ingest.files import from_text
    from core.pipeline import run_documents

    docs = [from_text(text, doc_id=f"d{n}", path=f"/invented/{name}")
            for n, (name, text) in enumerate(reports(n_reports), start=1)]
    path.write_bytes(pickle.dumps(run_documents(docs)))


def module(side: str, ref: str) -> ModuleType:
    """The statement_links module of one side."""
    if side == "after":
        from core.group import statement_links

        return statement_links
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:core/group/statement_links.py"],
        check=True, capture_output=True, text=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "statement_links_before.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("statement_links_before", path)
        assert spec is not None
        assert spec.loader is not None
        found = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(found)
    return found


def distinct(statements: list[Statement]) -> list[Statement]:
    """Each quote told in words of its own (seeded by its place), beside "investigators"."""
    out = []
    for n, st in enumerate(statements):
        if st.kind != "quote":
            out.append(st)
            continue
        rng = random.Random(n)
        words = [rng.choice(OWN_WORDS) for _ in range(rng.randint(6, 12))]
        words.insert(rng.randint(0, len(words)), "investigators")
        out.append(dataclasses.replace(st, content=" ".join(words)))
    return out


def one(path: Path, side: str, ref: str, own_words: bool) -> dict[str, object]:
    result = pickle.loads(path.read_bytes())
    if own_words:
        result = dataclasses.replace(result, statements=tuple(distinct(list(result.statements))))
    links = module(side, ref)
    began = time.process_time()
    found = links.statement_conflicts(result.statements, result.events,
                                      documents=result.documents)
    seconds = time.process_time() - began
    digest = hashlib.sha256(repr(found).encode()).hexdigest()[:16]
    quotes = sum(1 for s in result.statements if s.kind == "quote")
    return {"seconds": seconds, "digest": digest, "conflicts": len(found),
            "quotes": quotes, "reports": len(result.documents)}


def fresh(path: Path, side: str, ref: str, own_words: bool) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", side, "--data", str(path), "--before", ref,
         *(["--distinct"] if own_words else [])],
        check=True, capture_output=True, text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--data", help="a project pickle written by --save")
    parser.add_argument("--save", help="extract the project to this pickle and stop")
    parser.add_argument("--distinct", action="store_true", help="every quote in its own words")
    parser.add_argument("--one", choices=SIDES)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(Path(args.data), args.one, args.before, args.distinct)))
        return 0
    if args.save:
        build(Path(args.save), args.reports)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.data) if args.data else Path(tmp) / "project.pickle"
        if not args.data:
            build(path, args.reports)
        runs: dict[str, list[dict[str, object]]] = {s: [] for s in SIDES}
        for n in range(args.repeat):
            for side in SIDES if n % 2 == 0 else tuple(reversed(SIDES)):
                runs[side].append(fresh(path, side, args.before, args.distinct))
    first = runs["after"][0]
    print(f"project: {first['reports']} reports, {first['quotes']} quotes"
          f"{' in words of their own' if args.distinct else ''}, "
          f"{first['conflicts']} statement conflicts")
    median = {}
    for side in SIDES:
        times = [float(str(r["seconds"])) for r in runs[side]]
        median[side] = statistics.median(times)
        print(f"{side:7s} median {median[side]:.3f} s (min {min(times):.3f}, max {max(times):.3f},"
              f" {len(times)} fresh processes)")
    same = len({str(r["digest"]) for side in SIDES for r in runs[side]}) == 1
    print(f"same conflicts, same order on both sides: {'yes' if same else 'NO'}")
    print(f"after / before: {median['after'] / median['before']:.2f}")
    print(f"statement_conflicts_s: {median['after']:.3f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())

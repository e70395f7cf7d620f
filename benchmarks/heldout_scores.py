"""The claim scorer on held-out gold slices: one line a slice, then their mean.

    python benchmarks/heldout_scores.py --gold-dir DIR [SLICE ...] [--keep OUT]
                                        [--aggregate] [--rows FIELD[,FIELD...]]

A slice is ``DIR/SLICE``: ``docs/*.txt``, ``sources.csv`` (``file,published,outlet,title``;
optional) and ``gold.jsonl`` in the format of ``../shared/eval/score_claims.py``. With no SLICE,
every readable slice of DIR (a blind one is scored only when named). Each slice is extracted in
a fresh process (``main.py extract DOCS --json OUT --sources sources.csv``) and scored by the
shared scorer, imported from its file. A line a slice::

    rd1      f1 0.974 rec 0.950 prec 1.000 date 0.973 attr 1.000 place 0.934 (76) ev 0.983 ...

(then ``conf 5/6 FA 2``): detection F1, recall, precision; date, attribution and place accuracy
over the matched rows, the place's row count; same-event F1; conflicts found of those wanted;
false alarms. A slice that cannot be scored prints ``NAME FAILED reason`` and the others go on
(the exit status is then 1). Then a ``mean`` line (unweighted over the slices scored; counts
summed) and, last, ``mean_f1: X``.

``--keep OUT`` keeps each export as ``OUT/SLICE.json``. ``--aggregate`` adds, under each slice,
counts by kind and no text (misses and extras by measure, wrong date, attribution and place
rows): safe on blind slices. ``--rows FIELD`` adds the wrong rows of the fields (location, date,
attribution, missed, extra, event) with their quotes, and refuses to run when a blind slice is
listed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import math
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_gold import (  # beside this script
    ROOT,
    documents,
    gold_file,
    is_blind,
    scorer,
    sources_list,
)
from heldout_rows import ROW_FIELDS, aggregate, matched, wrong_rows

NAME_WIDTH = 8  # slice names are padded to this, as the team's score lines always were
MEANS = ("f1", "recall", "precision", "date", "attribution", "place", "event_f1")
_PLACE = re.compile(r"location\s+accuracy (\S+) over (\d+)")
_COUNT = re.compile(r"(\d+)/(\d+)")


class SliceError(Exception):
    """Why a slice could not be scored; the batch goes on."""


@dataclass(frozen=True, slots=True)
class SliceScore:
    name: str
    figures: dict[str, str]  # the scorer's summary line, as it prints each figure
    place_n: int

    def line(self) -> str:
        k = self.figures
        return (f"{self.name:<{NAME_WIDTH}} f1 {k['f1']} rec {k['recall']} "
                f"prec {k['precision']} date {k['date']} attr {k['attribution']} "
                f"place {k['place']} ({self.place_n}) ev {k['event_f1']} "
                f"conf {k['conflicts']} FA {k['false_alarms']}")


def extract(slice_dir: Path, export: Path) -> None:
    """The slice's reports through ``main.py extract`` in a fresh process."""
    if not slice_dir.is_dir():
        raise SliceError(f"no slice folder {slice_dir}")
    docs = documents(slice_dir)
    if not docs:
        raise SliceError(f"no reports in {slice_dir / 'docs'} (docs/*.txt)")
    if not gold_file(slice_dir).is_file():
        raise SliceError(f"no {gold_file(slice_dir)}")
    cmd = [sys.executable, str(ROOT / "main.py"), "extract", *map(str, docs),
           "--json", str(export), "--quiet", "--processes", "1"]
    sources = sources_list(slice_dir)
    if sources is not None:
        cmd += ["--sources", str(sources)]
    done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True, check=False)
    if done.returncode != 0:
        said = [line for line in done.stderr.splitlines() if line.strip()]
        raise SliceError(f"extraction exited {done.returncode}: "
                         + (" / ".join(said[-2:]) or "no message"))


def score(name: str, slice_dir: Path, export: Path) -> SliceScore:
    """The shared scorer's report on the export, read from its printed summary."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            scorer().main(["--gold", str(gold_file(slice_dir)), "--pred", str(export)])
    except SystemExit as exc:
        raise SliceError(f"the scorer stopped ({exc.code})") from None
    except Exception as exc:  # a malformed gold row makes the scorer raise anything
        raise SliceError(f"the scorer cannot read {gold_file(slice_dir)} "
                         f"({type(exc).__name__}: {exc})") from None
    report = out.getvalue()
    place = _PLACE.search(report)
    lines = report.strip().splitlines()
    if place is None or not lines or not lines[-1].startswith("score:"):
        raise SliceError("the scorer printed no summary")
    figures = dict(x.split("=", 1) for x in lines[-1].split()[1:])
    figures["place"] = place.group(1)
    return SliceScore(name, figures, int(place.group(2)))


def means(scores: Sequence[SliceScore]) -> dict[str, str]:
    """Each figure's unweighted mean over the slices (a slice with none, "nan", left out)."""
    out = {}
    for key in MEANS:
        values = [v for s in scores if not math.isnan(v := float(s.figures[key]))]
        out[key] = f"{sum(values) / len(values):.3f}" if values else "nan"
    return out


def mean_line(scores: Sequence[SliceScore], failed: int) -> str:
    counts = [c for s in scores if (c := _COUNT.fullmatch(s.figures["conflicts"]))]
    found, wanted = sum(int(c.group(1)) for c in counts), sum(int(c.group(2)) for c in counts)
    alarms = sum(int(s.figures["false_alarms"]) for s in scores)
    m = means(scores)
    failures = f", {failed} failed" if failed else ""
    return (f"{'mean':<{NAME_WIDTH}} f1 {m['f1']} rec {m['recall']} prec {m['precision']} "
            f"date {m['date']} attr {m['attribution']} place {m['place']} "
            f"({sum(s.place_n for s in scores)}) ev {m['event_f1']} conf {found}/{wanted} "
            f"FA {alarms}  ({len(scores)} slices{failures})")


def readable_slices(gold_dir: Path) -> list[str]:
    """Every slice of DIR that is not blind (a blind slice is never picked up by default)."""
    names = sorted(p.name for p in gold_dir.iterdir() if not is_blind(gold_dir, p.name))
    return [n for n in names if gold_file(gold_dir / n).is_file()]


def run_slice(name: str, slice_dir: Path, export: Path, args: argparse.Namespace) -> SliceScore:
    extract(slice_dir, export)
    result = score(name, slice_dir, export)
    print(result.line(), flush=True)
    if args.aggregate or args.rows:
        try:
            m = matched(slice_dir, export)
            extra = aggregate(m, slice_dir) if args.aggregate else []
            rows = wrong_rows(m, args.rows) if args.rows else []
        except Exception as exc:  # a gold row the diagnostics cannot read
            print(f"{name:<{NAME_WIDTH}} diagnostics FAILED ({type(exc).__name__}: {exc})")
        else:
            print("\n".join([*extra, *rows]) if extra or rows else "  (nothing wrong)", flush=True)
    return result


def row_fields(text: str) -> list[str]:
    fields = [f.strip() for f in text.split(",") if f.strip()]
    unknown = [f for f in fields if f not in ROW_FIELDS]
    if unknown or not fields:
        raise argparse.ArgumentTypeError(f"fields are {', '.join(ROW_FIELDS)}; got {text!r}")
    return fields


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold-dir", type=Path, required=True, help="the folder of gold slices")
    ap.add_argument("slices", nargs="*", help="slice names in DIR (default: every readable one)")
    ap.add_argument("--keep", type=Path, help="keep each export as OUT/SLICE.json")
    ap.add_argument("--aggregate", action="store_true",
                    help="counts by kind under each slice, no text (safe on blind slices)")
    ap.add_argument("--rows", type=row_fields, metavar="FIELD[,FIELD]",
                    help=f"wrong rows with their quotes ({', '.join(ROW_FIELDS)}); readable only")
    args = ap.parse_args(argv)
    gold_dir = args.gold_dir.resolve()
    if not gold_dir.is_dir():
        print(f"heldout_scores: no gold folder {gold_dir}", file=sys.stderr)
        return 2
    names = [Path(s).name for s in args.slices] or readable_slices(gold_dir)
    if args.rows:
        blind = [n for n in names if is_blind(gold_dir, n)]
        if blind:
            print(f"heldout_scores: --rows prints report text and {', '.join(blind)} "
                  f"{'is' if len(blind) == 1 else 'are'} blind (listed in "
                  f"{gold_dir / 'blind.json'} or named bl*): use --aggregate", file=sys.stderr)
            return 2
    scores: list[SliceScore] = []
    with tempfile.TemporaryDirectory(prefix="heldout_") as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        for name in names:
            try:
                scores.append(run_slice(name, gold_dir / name, out_dir / f"{name}.json", args))
            except SliceError as exc:
                print(f"{name:<{NAME_WIDTH}} FAILED {exc}", flush=True)
    failed = len(names) - len(scores)
    print(mean_line(scores, failed))
    print(f"mean_f1: {means(scores)['f1']}")
    return 1 if failed or not scores else 0


if __name__ == "__main__":
    sys.exit(main())

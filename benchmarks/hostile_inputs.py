"""Seconds per MB of the whole pipeline on pathological inputs, against ordinary news text.

    python benchmarks/hostile_inputs.py [--quick] [--sizes 100000,1000000] [--repeat N]
                                        [--case NAME ...]

Each input is generated here (no corpus text): ordinary news-like articles (invented towns,
figures, sources), the same articles on one line, and the shapes that once made a stage
super-linear or exploded its output — "1 to " repeated, `Police said "` repeated, a paragraph
with no full stop, "1-2-3-…", "dozens of " repeated, "between 1 and 1 and …", runs of digits,
ranges, dates, thousands of one-line incidents (conflicts), deeply nested HTML, control
characters. Each case runs in a fresh process (`main.py extract FILE --json --csv --xlsx`:
import, extraction, grouping, conflicts, every writer); the child times its own work after
the model is loaded (wall and CPU time: on a machine shared with other work the CPU time is
the steadier figure), and the parent reads the child's peak RSS. With ``--repeat N`` the cases
run N times in alternating order and the median is reported.

The last line is ``worst_ratio: X``: the worst seconds-per-MB of a case over that of ordinary
news at the same size (target <= 3). A case over 120 s or 2 GB is marked FAIL.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIME_LIMIT = 120.0  # seconds per case
MEMORY_LIMIT = 2 * 1024**3  # bytes of peak RSS per case

# The child: load the model first (not timed), then time import → extraction → exports.
CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from core import pipeline
from core.commands import export_result
from core.extract.nlp import load_nlp, load_splitter
from core.settings import DEFAULT_SETTINGS
from pathlib import Path
import io
load_nlp(DEFAULT_SETTINGS.model); load_splitter()
path, out = sys.argv[2], Path(sys.argv[3])
start, cpu = time.perf_counter(), time.process_time()
result = pipeline.run([path])
code = export_result(result, json=out / "x.json", csv=out / "x.csv", xlsx=out / "x.xlsx",
                     out=io.StringIO(), err=io.StringIO())
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - cpu,
                  "claims": len(result.claims), "conflicts": len(result.conflicts),
                  "failures": len(result.failures), "exports_ok": code == 0,
                  "warnings": sum(len(d.warnings) for d in result.documents)}))
"""

# --- ordinary news ----------------------------------------------------------------------------

SYLLABLES = ("mar", "ven", "tol", "dra", "kes", "lun", "bor", "sel", "ath", "win", "gor", "fen")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SENTENCES = (
    "At least {n} people were killed and {m} wounded when a bomb exploded at a market in "
    "{town} on {day}, police said.",
    "\"We have recovered {n} bodies so far and the number may rise,\" said Captain {person} "
    "of the {town} police.",
    "Officials said {m} others were taken to the {town} General Hospital, {k} of them in a "
    "critical condition.",
    "The blast went off shortly after 10 a.m. near the bus station, where hundreds of "
    "commuters had gathered.",
    "No group had claimed responsibility by {day} evening, a spokesman for the interior "
    "ministry told reporters.",
    "The province recorded {k} bombings in {month} alone, according to the {town} Monitor.",
    "Witnesses described shattered windows two streets away and smoke over the old town.",
    "Security forces arrested {k} suspects in raids across {town} province overnight.",
    "The mayor, {person}, declared three days of mourning and closed the schools.",
    "Residents said the area had been calm for months before the attack.",
    "The death toll rose to {n2} on {day}, the health ministry said in a statement.",
    "Aid groups said nearly {big} families had fled the district since {month}.",
)


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def news(size: int, *, seed: int = 7) -> str:
    """Articles of a headline, an outlet, a byline, a date and 8-12 paragraphs, until
    ``size`` characters; every article names its own invented town and figures."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size:
        town, person = _name(rng), f"{_name(rng)} {_name(rng, 3)}"
        n = rng.randint(3, 90)
        values = {
            "town": town, "person": person, "n": n, "n2": n + rng.randint(1, 9),
            "m": rng.randint(5, 200), "k": rng.randint(2, 30), "big": rng.randint(100, 9000),
            "day": rng.choice(DAYS), "month": rng.choice(MONTHS),
        }
        head = (
            f"Bomb kills {n} in {town} market\n\nThe {_name(rng)} Courier\nBy {person}\n"
            f"Published {rng.randint(1, 28)} {values['month']} 2026\n\n"
        )
        paragraphs = [
            rng.choice(SENTENCES).format(**values) + " " + rng.choice(SENTENCES).format(**values)
            for _ in range(rng.randint(8, 12))
        ]
        article = head + "\n\n".join(paragraphs) + "\n\n"
        out.append(article)
        total += len(article)
    return "".join(out)[:size]


# --- pathological shapes ------------------------------------------------------------------------

def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _lines(size: int, seed: int, make: Callable[[random.Random], str]) -> str:
    """Pieces ``make`` draws from one seeded generator, joined until ``size`` characters."""
    rng = random.Random(seed)
    pieces, total = [], 0
    while total < size:
        piece = make(rng)
        pieces.append(piece)
        total += len(piece)
    return "".join(pieces)


def _one_line(size: int) -> str:
    return " ".join(news(size).split())


def _dashes(size: int) -> str:
    return "-".join(str(i % 10) for i in range(size // 2))[:size]


def _between(size: int) -> str:
    return "Between 1 and " + "1 and " * (size // 6) + "2 people were killed."


def _incidents(size: int) -> str:
    return _lines(size, 11, lambda rng: (
        f"On {rng.choice(DAYS)}, {rng.randint(1, 40)} people were killed in {_name(rng)}.\n"))


def _controls(size: int) -> str:
    rng = random.Random(5)
    text = list(news(size))
    bad = "\x01\x07\x0b\x0c\x1b\x7f\ufffe\uffff"
    for i in range(0, len(text), 400):  # sparse: a damaged file, not a binary one
        # NUL only past the first 64 KB, where the binary check once stopped looking
        text[i] = rng.choice(bad + ("\x00" if i > 70_000 else ""))
    return "".join(text)


def _nested_html(size: int) -> str:
    body = news(size // 2)
    depth = max(300, size // 200)
    return (
        "<html><head><title>Bomb kills 12 in market</title></head><body>"
        + "<div>" * depth
        + "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
        + "</div>" * depth
        + "</body></html>"
    )[: max(size, len(body))]


# --- shapes that could make this round's readers super-linear -----------------------------------

FIRST_NAMES = ("Jane", "John", "Ana", "Luis")


def _named_victims(size: int) -> str:
    """Thousands of named victims who share a first name and an age ("Jane Marven, 15, was
    shot"): what tells victims apart must not compare each with every earlier one."""
    return _lines(size, 13, lambda rng: (
        f"{rng.choice(FIRST_NAMES)} {_name(rng, 3)}, 15, was shot on "
        f"{rng.choice(DAYS)} in {_name(rng)}, police said.\n"))


FOLLOW_UPS = (
    "Police arrested a man on {day} in the {month} {d} shooting in {town}.",
    "A second man was charged in last month's shooting, police said.",
    "A woman pleaded guilty on {day} in the {month} shooting that killed {n} people.",
    "Detectives said {n} people were wounded three days after the shooting on {month} {d}.",
)


def _follow_ups(size: int) -> str:
    """Thousands of follow-ups naming old incidents ("the March 3 shooting", "last month's
    shooting", "the January shooting"): each is read against the report's incident day."""
    return _lines(size, 17, lambda rng: rng.choice(FOLLOW_UPS).format(
        day=rng.choice(DAYS), month=rng.choice(MONTHS), d=rng.randint(1, 28),
        town=_name(rng), n=rng.randint(2, 9)) + "\n")


def _town_days(size: int) -> str:
    """Thousands of one-line incidents in one town, each on a different day."""
    return _lines(size, 19, lambda rng: (
        f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2, 40)} people "
        f"were killed in Springfield, police said.\n"))


def _gazetteer_towns() -> list[str]:
    """Names of towns the gazetteer knows (generated inputs, no corpus text)."""
    sys.path.insert(0, str(ROOT))
    from core.text import places

    return sorted({
        p.name for p in places._gazetteer().places.values()
        if p.level == "city" and p.country == "US" and p.population >= 20_000
        and p.name.replace(" ", "").isalpha()
    })


def _many_towns(size: int) -> str:
    """Reports that each name dozens of towns, thousands of towns in all: the report's town is
    weighed over every town it names."""
    towns = _gazetteer_towns()

    def paragraph(rng: random.Random) -> str:
        named = rng.sample(towns, 30)
        return (f"Police in {named[0]} said {rng.randint(2, 30)} people were shot. "
                f"Shootings were also reported in {', '.join(named[1:])} and {named[0]}.\n\n")

    return _lines(size, 23, paragraph)


CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "news": (".txt", news),
    "one_line": (".txt", _one_line),
    "to_runs": (".txt", lambda n: _repeat("1 to ", n)),
    "open_quotes": (".txt", lambda n: _repeat('Police said "', n)),
    "no_full_stop": (".txt", lambda n: _repeat(
        "and 3 people were hurt near the bridge while others waited ", n)),
    "digit_dashes": (".txt", _dashes),
    "dozens_of": (".txt", lambda n: _repeat("dozens of ", n)),
    "between_chain": (".txt", _between),
    "digit_run": (".txt", lambda n: _repeat("1234567890", n)),
    "ranges": (".txt", lambda n: _repeat("between 3 and 5, ", n)),
    "dates": (".txt", lambda n: _repeat("12 March 2024, ", n)),
    "incidents": (".txt", _incidents),
    "controls": (".txt", _controls),
    "nested_html": (".html", _nested_html),
    "named_victims": (".txt", _named_victims),
    "follow_ups": (".txt", _follow_ups),
    "town_days": (".txt", _town_days),
    "many_towns": (".txt", _many_towns),
}
QUICK_SIZE = 100_000


def run_case(path: Path, out: Path) -> dict[str, object]:
    """One fresh process: its own timing, and its peak RSS from the kernel."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(path), str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    deadline = start + TIME_LIMIT + 60  # the model load is not timed, but must end too
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            return {"seconds": float("inf"), "rss": usage.ru_maxrss * 1024, "timeout": True}
        time.sleep(0.05)
    stdout = proc.stdout.read() if proc.stdout else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    try:
        row: dict[str, object] = json.loads(stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        row = {"seconds": float("inf"), "crashed": True}
    row["rss"] = usage.ru_maxrss * 1024  # Linux reports kilobytes
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 KB inputs only, once")
    parser.add_argument("--sizes", default="100000,1000000", help="input sizes in characters")
    parser.add_argument("--repeat", type=int, default=1, help="runs per case (median)")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="only these")
    args = parser.parse_args()
    sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",")]
    names = ["news", *[c for c in (args.case or CASES) if c != "news"]]
    worst = 0.0
    failed = False
    with tempfile.TemporaryDirectory(prefix="claimdesk-hostile-") as tmp:
        folder = Path(tmp)
        for size in sizes:
            files = {}
            for name in names:
                suffix, make = CASES[name]
                files[name] = folder / f"{name}-{size}{suffix}"
                files[name].write_text(make(size), encoding="utf-8")
            runs: dict[str, list[dict[str, object]]] = {name: [] for name in names}
            for rep in range(args.repeat):
                order = names if rep % 2 == 0 else names[::-1]
                for name in order:
                    out = folder / f"out-{name}"
                    out.mkdir(exist_ok=True)
                    runs[name].append(run_case(files[name], out))
            mb = {name: files[name].stat().st_size / 1e6 for name in names}
            base = statistics.median(float(str(r["seconds"])) for r in runs["news"]) / mb["news"]
            print(f"\n{size:,} characters (news: {base:.1f} s/MB)")
            cpu_base = statistics.median(
                float(str(r.get("cpu", "inf"))) for r in runs["news"]) / mb["news"]
            print(f"{'case':15} {'s/MB':>8} {'ratio':>6} {'CPU s/MB':>8} {'CPU ratio':>9} "
                  f"{'peak MB':>8} {'claims':>7} {'conflicts':>9} {'warnings':>8}  verdict")
            for name in names:
                seconds = statistics.median(float(str(r["seconds"])) for r in runs[name])
                rss = max(int(str(r["rss"])) for r in runs[name])
                cpu = statistics.median(float(str(r.get("cpu", "inf"))) for r in runs[name])
                last = runs[name][-1]
                per_mb = seconds / mb[name]
                ratio = per_mb / base if base else float("inf")
                verdict = (
                    "timeout" if "timeout" in last else "crashed" if "crashed" in last
                    else f"over {TIME_LIMIT:.0f} s" if seconds > TIME_LIMIT
                    else "over 2 GB" if rss > MEMORY_LIMIT
                    else "export failed" if not last.get("exports_ok", False) else "ok"
                )
                bad = verdict != "ok"
                failed |= bad
                if name != "news":
                    # no baseline (news itself timed out) gives no ratio: infinite, not 0
                    worst = max(worst, ratio if base != float("inf") else float("inf"))
                print(f"{name:15} {per_mb:8.1f} {ratio:6.2f} {cpu / mb[name]:8.1f} "
                      f"{cpu / mb[name] / cpu_base:9.2f} {rss / 1e6:8.0f} "
                      f"{last.get('claims', '-')!s:>7} {last.get('conflicts', '-')!s:>9} "
                      f"{last.get('warnings', '-')!s:>8}  {verdict}")
    print(f"any_case_failed: {'yes' if failed else 'no'}")
    print(f"worst_ratio: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

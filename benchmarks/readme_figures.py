"""Rewrite the speed figures in README.md from the benchmarks' own output, so they cannot drift.

    python benchmarks/readme_figures.py [--quick] [--only NAME ...]

Runs each benchmark below (``--quick`` passed on), reads the ``key: value`` lines it ends with,
and rewrites its line in the block of README.md between the two ``figures`` markers; a
benchmark not run keeps its line. ``tests/core/test_readme_figures.py`` checks that every line
of the block is in the form written here. Last line ``updated: N`` (lines rewritten).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN = "<!-- figures:begin: benchmarks/readme_figures.py writes this block -->"
END = "<!-- figures:end -->"
_FIELD = re.compile(r"\{(\w+)\}")
_FIGURE = re.compile(r"^(\w+): (-?[0-9.]+)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Benchmark:
    name: str  # the script in benchmarks/, without .py
    template: str  # the README line; {key} is a figure the script prints, {run} how it ran


BENCHMARKS = (
    Benchmark(
        "extract_throughput",
        "- `extract_throughput.py{run}` ({date}) — {words} words of real news, each configuration "
        "in a fresh process, alternating order, median of {repeats}: the default run (claims + "
        "statements) reads **{ratio}×** the words per second of stock spaCy `nlp.pipe` "
        "({cpu_ratio}× in CPU time, which other work on a shared machine does not lengthen), "
        "claims only {claims_ratio}×; it parses {parsed_percent} % of the text's characters, "
        "{ner_percent} % through NER; as a whole process (imports, model and gazetteer) the "
        "default run takes {whole_process_fraction} of the bare script's time; on 2 processes "
        "the scaling efficiency is {scaling_efficiency}; the two Claimdesk runs agree on "
        "{agreement_percent} % of claims.",
    ),
    Benchmark(
        "extract_profile",
        "- `extract_profile.py{run}` ({date}) — where the time goes ({words} words, CPU time in "
        "one process): the default run is {profile_ratio}× stock spaCy; NER takes "
        "{ner_share_percent} % of it and sentences with a figure are {figure_percent} % of the "
        "text; with every remaining route at its upper bound (NER on statement sentences only "
        "over the speaker, the sentence before a figure unparsed, no attribute ruler or "
        "lemmatizer, rules at no cost) it would be {trims_ratio}×, and with a perfect filter of "
        "figure sentences before the parse as well **{best_ratio}×**.",
    ),
    Benchmark(
        "batch_scale",
        "- `batch_scale.py{run}` ({date}) — `extract --dask` on a warm LocalCluster: "
        "{docs_per_s_1} documents/s on 1 worker, {docs_per_s_2} on 2, speedup **{speedup}**.",
    ),
    Benchmark(
        "cold_start",
        "- `cold_start.py{run}` ({date}) — first place lookup of a fresh process "
        "**{first_lookup_s} s** with the prebuilt index, against {in_memory_build_s} s to build "
        "the gazetteer in memory.",
    ),
)


def figures(output: str) -> dict[str, str]:
    """The ``key: value`` lines of a benchmark's output."""
    return dict(_FIGURE.findall(output))


def render(bench: Benchmark, values: dict[str, str], *, quick: bool, date: dt.date) -> str:
    missing = set(_FIELD.findall(bench.template)) - {*values, "run", "date"}
    if missing:
        raise SystemExit(f"{bench.name}.py printed no {', '.join(sorted(missing))}")
    fields = {**values, "run": " --quick" if quick else "", "date": date.isoformat()}
    return _FIELD.sub(lambda m: fields[m.group(1)], bench.template)


def pattern(bench: Benchmark) -> re.Pattern[str]:
    """A line this benchmark's template can produce, whatever the figures."""
    parts = []
    for n, piece in enumerate(_FIELD.split(bench.template)):
        if n % 2 == 0:
            parts.append(re.escape(piece))
        elif piece == "run":
            parts.append("(?: --quick)?")
        elif piece == "date":
            parts.append(r"\d{4}-\d\d-\d\d")
        else:
            parts.append(r"-?[0-9.]+")
    return re.compile("".join(parts))


def block(readme: str) -> list[str]:
    """The lines between the markers."""
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return [line for line in readme[start:end].strip().splitlines() if line]


def with_block(readme: str, lines: list[str]) -> str:
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return readme[:start] + "\n" + "\n".join(lines) + "\n" + readme[end:]


def run(bench: Benchmark, *, quick: bool) -> dict[str, str]:
    cmd = [sys.executable, str(ROOT / "benchmarks" / f"{bench.name}.py")]
    print(f"running {bench.name}.py{' --quick' if quick else ''} ...", flush=True)
    done = subprocess.run([*cmd, *(["--quick"] if quick else [])], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    print(done.stdout, end="")
    return figures(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="each benchmark's --quick run")
    names = [b.name for b in BENCHMARKS]
    parser.add_argument("--only", nargs="+", choices=names, help="run only these")
    args = parser.parse_args()
    readme = README.read_text(encoding="utf-8")
    old = {b.name: line for line in block(readme) for b in BENCHMARKS if pattern(b).fullmatch(line)}
    lines = []
    updated = 0
    for bench in BENCHMARKS:
        if args.only and bench.name not in args.only and bench.name in old:
            lines.append(old[bench.name])
            continue
        values = run(bench, quick=args.quick)
        lines.append(render(bench, values, quick=args.quick, date=dt.date.today()))
        updated += 1
    README.write_text(with_block(readme, lines), encoding="utf-8")
    print(f"updated: {updated}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

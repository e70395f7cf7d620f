"""The README's speed figures are in the form benchmarks/readme_figures.py writes, one line per
benchmark, so they come from the benchmarks' own output and not from a hand edit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import pytest

from tests.shared import benchmark_module

ROOT = Path(__file__).resolve().parents[2]


def _figures_module() -> ModuleType:
    return benchmark_module("readme_figures")


def test_readme_block_has_one_generated_line_per_benchmark() -> None:
    rf = _figures_module()
    lines = rf.block((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(lines) == len(rf.BENCHMARKS)
    for bench, line in zip(rf.BENCHMARKS, lines, strict=True):
        assert rf.pattern(bench).fullmatch(line), f"README line for {bench.name} edited by hand"


def test_a_rendered_line_matches_its_pattern_and_a_missing_figure_stops() -> None:
    rf = _figures_module()
    bench = next(b for b in rf.BENCHMARKS if b.name == "batch_scale")
    output = "1 worker(s): 2.00 docs/s\ndocs_per_s_1: 2.00\ndocs_per_s_2: 3.40\nspeedup: 1.70\n"
    line = rf.render(bench, rf.figures(output), quick=True, date=dt.date(2026, 11, 29))
    assert "speedup **1.70**" in line
    assert line.startswith("- `batch_scale.py --quick` (2026-11-29)")
    assert rf.pattern(bench).fullmatch(line)
    other = next(b for b in rf.BENCHMARKS if b.name == "cold_start")
    assert not rf.pattern(other).fullmatch(line)
    with pytest.raises(SystemExit, match="docs_per_s_1"):
        rf.render(bench, {"speedup": "1.70"}, quick=True, date=dt.date(2026, 11, 29))

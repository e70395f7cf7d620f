"""The tree reads like the data flow: no module imports one that (directly or not) imports it;
no module or function outgrows what one reader holds in mind (issue #13's limits)."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

PACKAGES = ("core", "gui")


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def test_no_import_cycles(graph: grimp.ImportGraph) -> None:
    cycles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            if not imported.startswith(PACKAGES) or imported == importer:
                continue
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back:
                cycles.append(" -> ".join((importer, *back)))
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


MAX_MODULE_LINES = 600  # issue #13: a module holds one thing
MAX_FUNCTION_LINES = 60


def _sources() -> list[Path]:
    root = Path(__file__).resolve().parents[1]
    return sorted(p for package in PACKAGES for p in (root / package).rglob("*.py"))


def test_no_module_is_over_its_limit() -> None:
    long = [
        f"{p.name}: {n}"
        for p in _sources()
        if (n := len(p.read_text().splitlines())) > MAX_MODULE_LINES
    ]
    assert not long, long


def test_no_function_is_over_its_limit() -> None:
    long = [
        f"{p.name}:{f.name}: {f.end_lineno - f.lineno + 1}"
        for p in _sources()
        for f in ast.walk(ast.parse(p.read_text()))
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and f.end_lineno is not None
        and f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, long

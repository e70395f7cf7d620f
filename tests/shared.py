"""Where the shared evaluation data lives (beside the checkout in CI), and a skip when absent;
a benchmark script loaded as a module, for tests of its functions."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
EVAL = SHARED / "eval"
PEER = SHARED / "peer"
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def need(path: Path) -> Path:
    """The path, or skip the test with a reason a developer can act on."""
    if not path.exists():
        pytest.skip(
            f"{path} not found: the shared evaluation data sits beside the checkout "
            "in CI (../shared); clone it there to run this test"
        )
    return path


def benchmark_module(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module (the scripts are no package; a script's siblings
    it imports are found on the path)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module

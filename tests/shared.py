"""Where the shared evaluation data lives (beside the checkout in CI), and a skip when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
EVAL = SHARED / "eval"
PEER = SHARED / "peer"


def need(path: Path) -> Path:
    """The path, or skip the test with a reason a developer can act on."""
    if not path.exists():
        pytest.skip(
            f"{path} not found: the shared evaluation data sits beside the checkout "
            "in CI (../shared); clone it there to run this test"
        )
    return path

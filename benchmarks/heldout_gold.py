"""What the held-out benchmarks share: the claim scorer, a gold slice's layout, blind slices.

A slice is a folder ``DIR/NAME`` with ``docs/*.txt`` (the reports), ``sources.csv`` (``file``,
``published``, ``outlet``, ``title``: optional) and ``gold.jsonl`` in the scorer's format
(``../shared/eval/score_claims.py``). A slice listed in ``DIR/blind.json``
(``{"blind": [NAME, ...]}``) or whose name starts with ``bl`` is blind: only counts of it are
ever printed, never its text.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # core/, for the report loader and the gazetteer
SCORER = ROOT.parent / "shared" / "eval" / "score_claims.py"
BLIND_LIST = "blind.json"
BLIND_PREFIX = "bl"

Row = dict[str, Any]  # a gold row or a predicted claim, as the scorer reads them


@functools.cache
def scorer() -> ModuleType:
    """The shared claim scorer, imported from its file (it is not a package)."""
    if not SCORER.is_file():
        raise SystemExit(
            f"{SCORER} not found: the shared evaluation data sits beside the checkout (../shared)"
        )
    spec = importlib.util.spec_from_file_location("score_claims", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{SCORER} cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def blind_names(gold_dir: Path) -> frozenset[str]:
    """The slices ``DIR/blind.json`` lists; a list that cannot be read stops the run (a
    blind slice must never pass for a readable one)."""
    path = gold_dir / BLIND_LIST
    if not path.exists():
        return frozenset()
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["blind"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SystemExit(f"{path}: cannot read the list of blind slices ({exc})") from None
    return frozenset(str(n) for n in names)


def is_blind(gold_dir: Path, name: str) -> bool:
    return name.startswith(BLIND_PREFIX) or name in blind_names(gold_dir)


def documents(slice_dir: Path) -> list[Path]:
    return sorted((slice_dir / "docs").glob("*.txt"))


def sources_list(slice_dir: Path) -> Path | None:
    path = slice_dir / "sources.csv"
    return path if path.exists() else None


def gold_file(slice_dir: Path) -> Path:
    return slice_dir / "gold.jsonl"


@functools.cache
def document_text(path: Path) -> str:
    """A report's text as the extraction reads it (decoded, line ends normalised): gold
    offsets count in it, as the export's do."""
    from core.ingest.files import load

    return load(path, doc_id="gold").text

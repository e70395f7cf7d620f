"""Acceptance on the five annotated real articles: the scorer's floors never slip, and no
figure from page furniture becomes a claim."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from core import pipeline
from core.export.jsonfile import write_json
from tests.shared import EVAL, GOLD, SEEDS, need

FLOORS = {"f1": 0.90, "qualifier": 0.90, "date": 0.80, "attribution": 0.70, "event_f1": 0.90}
# What the seeds score now, above the floors: a rule for unseen reports that costs one of
# these a point is a regression to read, not noise (a photo caption's day once took over a
# report's weekend operations unseen by the floors).
REACHED = {"f1": 1.0, "qualifier": 1.0, "date": 1.0, "attribution": 1.0, "event_f1": 1.0}


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    files = sorted(need(SEEDS).glob("*.txt"))
    result = pipeline.run(files)
    assert not result.failures
    out = tmp_path_factory.mktemp("seeds") / "seeds.json"
    write_json(result, out)
    return out


def score(export: Path, *extra: str) -> str:
    proc = subprocess.run(
        [
            sys.executable,
            str(need(EVAL) / "score_claims.py"),
            "--gold",
            str(need(GOLD) / "seeds.jsonl"),
            "--pred",
            str(export),
            *extra,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def test_scorer_floors(export: Path) -> None:
    report = score(export)
    last = report.strip().splitlines()[-1]
    figures = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)(?:\s|$)", last)}
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, f"{name} {figures[name]} < {floor}\n{report}"
    for name, reached in REACHED.items():
        assert figures[name] >= reached, f"{name} {figures[name]} fell below {reached}\n{report}"
    found, wanted = map(int, re.search(r"conflicts=(\d+)/(\d+)", last).groups())  # type: ignore[union-attr]
    assert found == wanted, report
    assert "false_alarms=0" in last, report


def test_quetta_pair_is_divergent(export: Path) -> None:
    data = json.loads(export.read_text(encoding="utf-8"))
    by_id = {c["id"]: c for c in data["claims"]}
    kinds = {
        frozenset(by_id[i]["number_text"] for i in x["claim_ids"]): x["kind"]
        for x in data["conflicts"]
    }
    assert kinds.get(frozenset({"At least 26", "Nearly 30"})) == "divergent"


def test_no_claims_from_page_furniture(export: Path) -> None:
    report = score(export, "--verbose")
    extras = [line for line in report.splitlines() if line.strip().startswith("extra:")]
    assert extras == [], "\n".join(extras)
    data = json.loads(export.read_text(encoding="utf-8"))
    texts = {
        (Path(d["path"]).name): Path(d["path"]).read_text(encoding="utf-8")
        for d in data["documents"]
    }
    names = {d["id"]: Path(d["path"]).name for d in data["documents"]}
    for claim in data["claims"]:
        text = texts[names[claim["document_id"]]]
        line_start = text.rfind("\n", 0, claim["start"]) + 1
        line_end = text.find("\n", claim["end"])
        line = text[line_start : line_end if line_end >= 0 else None]
        # Furniture lines are short fragments with no sentence in them.
        assert len(line.split()) > 4, f"claim from a furniture line: {line!r}"


def test_offsets_point_at_the_figure(export: Path) -> None:
    data = json.loads(export.read_text(encoding="utf-8"))
    paths = {d["id"]: Path(d["path"]) for d in data["documents"]}
    for claim in data["claims"]:
        text = paths[claim["document_id"]].read_text(encoding="utf-8")
        assert text[claim["start"] : claim["end"]] == claim["number_text"]
        assert claim["number_text"] in claim["sentence"]
        assert claim["rule"]

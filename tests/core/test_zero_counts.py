"""A zero told by negation ("no one was hurt", "no casualties") is a claim of 0 only when the
checker asks for it (``Settings.zero_counts``, ``extract --zero-counts``): checkers' annotations
count figures written as numbers, and leave these out."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from core.extract.claims import extract_claims
from core.extract.nlp import Chunk
from core.model import Document
from core.settings import DEFAULT_SETTINGS

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]

ZEROS = [
    ("No one was killed when the roof fell in.", [(0, "killed", "No one")]),
    ("There were no injuries among the guests.", [(0, "injured", "no")]),
    ("Nobody was hurt in the second explosion.", [(0, "injured", "Nobody")]),
    ("No arrests have been made in the case.", [(0, "arrested", "No")]),
    ("No casualties were reported from the village.", [(0, "killed", "No")]),
    # a figure beside the zero is read either way
    ("Three men were wounded but no one was killed.", [(3, "injured", "Three"),
                                                       (0, "killed", "no one")]),
    # no count of people: never a zero claim
    ("No trains ran on Sunday.", []),
    ("Nobody expected the storm.", []),
]


def core(nlp: Language, text: str, *, zero_counts: bool) -> list[tuple[float, str, str]]:
    settings = DEFAULT_SETTINGS.replace(zero_counts=zero_counts)
    doc = Document(id="d1", text=text)
    ids = (f"c{n}" for n in itertools.count(1))
    claims = extract_claims([Chunk(0, nlp(text))], doc, ids=ids, settings=settings)
    return [(c.value, c.measure, c.number_text) for c in claims if c.is_core]


@pytest.mark.parametrize(("text", "expected"), ZEROS)
def test_zero_counts_when_asked(nlp: Language, text: str, expected: list[object]) -> None:
    assert core(nlp, text, zero_counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), ZEROS)
def test_no_zero_claims_by_default(nlp: Language, text: str, expected: list[object]) -> None:
    kept = [e for e in expected if isinstance(e, tuple) and e[0] != 0]
    assert core(nlp, text, zero_counts=False) == kept


def test_the_command_line_asks_for_zero_counts(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Two guards were wounded. No one was killed.", encoding="utf-8")

    def values(*flags: str) -> list[float]:
        out = tmp_path / "out.json"
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "extract", str(report), "--json", str(out),
             "--quiet", "--no-statements", *flags],
            cwd=ROOT, check=True, capture_output=True,
        )
        return [c["value"] for c in json.loads(out.read_text(encoding="utf-8"))["claims"]]

    assert values() == [2]
    assert values("--zero-counts") == [2, 0]

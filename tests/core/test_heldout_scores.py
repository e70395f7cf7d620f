"""benchmarks/heldout_scores.py and gold_offsets.py on a tiny slice of two invented reports: a
score line a slice, a broken slice that does not stop the batch, counts with no text, and wrong
rows refused on a blind slice."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.shared import EVAL, benchmark_module, need

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"

REPORTS = {
    "a_courier.txt": (
        "Bomb blast kills four in Ostrel market\n\n"
        "OSTREL: At least four people were killed and 11 others injured when a bomb exploded in "
        "a crowded market in Ostrel on Sunday, police said.\n\n"
        "Police chief Arlo Venn said two suspects were arrested later in the day.\n"
    ),
    "b_gazette.txt": (
        "Toll in Ostrel market blast rises to six\n\n"
        "The death toll from Sunday's bomb blast in an Ostrel market rose to six on Monday, "
        "hospital officials said.\n\n"
        "Nine people remain in hospital with wounds, a doctor at the city hospital told "
        "reporters.\n"
    ),
}
SOURCES = (
    "file,published,outlet,title\n"
    "a_courier.txt,2031-05-06,Courier,Bomb blast kills four in Ostrel market\n"
    "b_gazette.txt,2031-05-07,Gazette,Toll in Ostrel market blast rises to six\n"
)
SUNDAY = "2031-05-04"


def gold_row(doc: str, quote: str, number: str, value: int, measure: str, **fields: object) -> str:
    row = {"doc": doc, "quote": quote, "number_text": number, "value": value,
           "qualifier": "exact", "measure": measure, "location": "Ostrel",
           "date_start": SUNDAY, "date_end": SUNDAY, "attribution": None,
           "event": "ostrel-blast", "core": True, **fields}
    return json.dumps(row)


GOLD = [
    gold_row("a_courier.txt", "At least four people were killed", "At least four", 4, "killed",
             qualifier="at_least", attribution="police"),
    gold_row("a_courier.txt", "11 others injured", "11", 11, "injured", attribution="police"),
    gold_row("a_courier.txt", "two suspects were arrested", "two", 2, "arrested",
             attribution="Arlo Venn"),
    # the gazette's rows name another place than the report: two wrong place rows
    gold_row("b_gazette.txt", "rose to six on Monday", "six", 6, "killed",
             attribution="hospital officials", location="Kerrow district"),
    gold_row("b_gazette.txt", "Nine people remain in hospital", "Nine", 9, "injured",
             attribution="a doctor", location="Kerrow district"),
    json.dumps({"pair": [["a_courier.txt", "At least four people were killed"],
                         ["b_gazette.txt", "rose to six on Monday"]], "kind": "divergent"}),
]
# what --aggregate must never print: the reports' names, places, people, sources and quotes
TEXT_WORDS = ("courier", "gazette", "ostrel", "kerrow", "arlo", "venn", "hospital", "doctor",
              "officials", "police", "suspects", "market", "monday")
SCORE_LINE = re.compile(
    r"tiny     f1 \d\.\d{3} rec \d\.\d{3} prec \d\.\d{3} date \d\.\d{3} attr \d\.\d{3} "
    r"place \d\.\d{3} \(\d+\) ev \d\.\d{3} conf \d+/\d+ FA \d+"
)


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need(EVAL)
    root = tmp_path_factory.mktemp("gold")
    tiny = root / "tiny"
    (tiny / "docs").mkdir(parents=True)
    for name, text in REPORTS.items():
        (tiny / "docs" / name).write_text(text, encoding="utf-8")
    (tiny / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (tiny / "gold.jsonl").write_text("\n".join(GOLD) + "\n", encoding="utf-8")
    assert benchmark_module("gold_offsets").main([str(tiny)]) == 0
    return root


def heldout(gold_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / "heldout_scores.py"), "--gold-dir", str(gold_dir), *args],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )


def test_gold_offsets_point_at_the_figure_in_its_quote(gold_dir: Path) -> None:
    lines = (gold_dir / "tiny" / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    claims = [r for r in rows if "pair" not in r]
    assert len(claims) == 5
    assert len(rows) == 6
    for row in claims:
        text = REPORTS[row["doc"]]
        assert text[row["start"] : row["end"]] == row["number_text"]
        assert row["quote"] in text[row["start"] - 40 : row["end"] + 40]


def test_gold_offsets_take_number_at_and_name_a_quote_not_found() -> None:
    offsets = benchmark_module("gold_offsets")
    text = "Of the 3 buses, 3 were hit and 12 burned.\n"
    row = {"quote": "Of the 3 buses, 3 were hit", "number_text": "3", "number_at": 1}
    assert offsets.figure_offsets(text, row) == (16, 17)
    assert offsets.figure_offsets(text, {**row, "number_at": 0}) == (7, 8)
    with pytest.raises(offsets.RowError, match="found 0 times"):
        offsets.figure_offsets(text, {**row, "quote": "four were hit"})
    with pytest.raises(offsets.RowError, match="found 1 times or number_text not in quote"):
        offsets.figure_offsets(text, {**row, "number_text": "12"})


@pytest.mark.slow
def test_a_score_line_a_slice_and_a_broken_slice_does_not_stop_the_batch(
    gold_dir: Path, tmp_path: Path
) -> None:
    broken = gold_dir / "broken"
    broken.mkdir(exist_ok=True)
    (broken / "gold.jsonl").write_text(GOLD[0] + "\n", encoding="utf-8")
    done = heldout(gold_dir, "broken", "tiny", "--keep", str(tmp_path), "--rows",
                   "location,extra")
    lines = done.stdout.splitlines()
    assert done.returncode == 1, done.stderr
    assert lines[0].startswith("broken   FAILED no reports in ")
    assert SCORE_LINE.fullmatch(lines[1]), lines[1]
    # the wrong place rows, quotes and all
    assert "PLACE b_gazette.txt 'rose to six on Monday': gold 'Kerrow district'" in done.stdout
    # a figure no gold row holds, with its sentence: the headline's (gold counts the lead's)
    assert ("EXTRA a_courier.txt 'four' in 'Bomb blast kills four in Ostrel market' killed 4"
            in done.stdout)
    assert lines[-2].startswith("mean     f1 ")
    assert lines[-2].endswith("(1 slices, 1 failed)")
    assert re.fullmatch(r"mean_f1: \d\.\d{3}", lines[-1])
    assert (tmp_path / "tiny.json").is_file()


@pytest.mark.slow
def test_aggregate_prints_counts_and_no_text_of_a_blind_slice(gold_dir: Path) -> None:
    blind = gold_dir / "bl_tiny"
    if not blind.exists():
        shutil.copytree(gold_dir / "tiny", blind)
    done = heldout(gold_dir, "bl_tiny", "--aggregate")
    assert done.returncode == 0, done.stderr
    body = done.stdout.splitlines()[1:-2]
    assert [line.strip() for line in body if not line.startswith("    ")] == [
        "MISSES", "MISS SHAPES", "EXTRAS", "DATE", "ATTR", "PLACE"]
    counts = [line for line in body if line.startswith("    ")]
    assert counts
    assert all(re.fullmatch(r"    \d+ [\w/<>=., ]+", line) for line in counts), counts
    assert "    2 gold unresolved, tool in first 300 chars" in counts
    assert "    2 killed, no gold, qual=exact, val<=10" in counts  # the two headlines' figures
    folded = done.stdout.casefold()
    assert not [w for w in TEXT_WORDS if w in folded]


@pytest.mark.parametrize("listed", [False, True])
def test_rows_refuse_a_blind_slice_before_extracting(
    gold_dir: Path, tmp_path: Path, listed: bool
) -> None:
    name = "held" if listed else "bl_other"
    shutil.copytree(gold_dir / "tiny", tmp_path / name)
    if listed:
        (tmp_path / "blind.json").write_text(json.dumps({"blind": ["held"]}), encoding="utf-8")
    done = heldout(tmp_path, "tiny", name, "--rows", "date", "--keep", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"--rows prints report text and {name} is blind" in done.stderr
    assert not (tmp_path / "out").exists()

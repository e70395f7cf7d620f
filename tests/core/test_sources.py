"""The checker's list of sources (core/ingest/sources.py) and ``main.py extract --sources``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from core import pipeline
from core.errors import InputError
from core.ingest.sources import read_sources
from core.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parents[2]
REPORT = "Police said 12 people were killed in a bombing in Varnholt on Sunday."


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = [tmp_path / "first.txt", tmp_path / "second.txt"]
    for p in paths:
        p.write_text(REPORT, encoding="utf-8")
    return [str(p) for p in paths]


def listing(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_give_files_their_date_outlet_title_and_url(tmp_path: Path, files: list[str]) -> None:
    path = listing(
        tmp_path,
        "outlet,file,published,notes,url\n"
        f"Daily Ledger,{files[0]},2026-03-02,ignored,https://example.org/a\n"
        "Evening Post,second.txt,,,\n",
    )
    found = read_sources(path, files)
    assert found[files[0]].published == dt.date(2026, 3, 2)
    assert found[files[0]].outlet == "Daily Ledger"
    assert found[files[0]].url == "https://example.org/a"
    assert found[files[1]].published is None
    assert found[files[1]].outlet == "Evening Post"
    result = pipeline.run(
        files, settings=DEFAULT_SETTINGS.replace(statements=False), sources=found
    )
    first = result.documents[0]
    assert (first.published, first.published_source, first.outlet) == (
        dt.date(2026, 3, 2),
        "user",
        "Daily Ledger",
    )


def test_a_row_naming_a_file_not_in_the_batch_is_an_error(
    tmp_path: Path, files: list[str]
) -> None:
    path = listing(tmp_path, "file,published\nthird.txt,2026-03-02\n")
    with pytest.raises(InputError, match=r"row 2: file 'third.txt' is not in this batch"):
        read_sources(path, files)


def test_an_unreadable_date_is_an_error_naming_the_row_and_file(
    tmp_path: Path, files: list[str]
) -> None:
    path = listing(tmp_path, "file,published\nfirst.txt,2026-03-02\nsecond.txt,March 2nd\n")
    with pytest.raises(InputError, match=r"row 3: publication date 'March 2nd' of 'second.txt'"):
        read_sources(path, files)


def test_a_list_without_a_file_column_is_an_error(tmp_path: Path, files: list[str]) -> None:
    path = listing(tmp_path, "name,published\nfirst.txt,2026-03-02\n")
    with pytest.raises(InputError, match="no header row naming a 'file' column"):
        read_sources(path, files)


def test_the_cli_stops_with_exit_2_and_names_the_row(tmp_path: Path, files: list[str]) -> None:
    path = listing(tmp_path, "file,published\nfirst.txt,not a date\n")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "extract", *files, "--sources", str(path),
         "--json", str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 2
    assert "sources.csv: row 2: publication date 'not a date' of 'first.txt'" in done.stderr
    assert not (tmp_path / "out.json").exists()

"""`python main.py extract`: exports, per-file summary, exit codes, and bad input that names
the file and loses nothing else in the batch."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core import pipeline
from core.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Police said 12 people were killed in a bombing in Varnholt on Sunday, March 1, 2026."


def extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "extract", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def batch(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good": tmp_path / "good report.txt",
        "bom": tmp_path / "bom.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "photo.txt",
        "folder": tmp_path / "folder",
        "missing": tmp_path / "missing.txt",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["bom"].write_bytes("\ufeff".encode() + GOOD.replace("12", "14").encode())
    files["empty"].write_text("", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    files["folder"].mkdir()
    return files


def test_good_files_export_json_and_csv(batch: dict[str, Path], tmp_path: Path) -> None:
    out, csv = tmp_path / "out.json", tmp_path / "out.csv"
    proc = extract(str(batch["good"]), str(batch["bom"]), "--json", str(out), "--csv", str(csv))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "claims/1"
    assert sorted(c["value"] for c in data["claims"] if c["measure"] == "killed") == [12, 14]
    assert "good report.txt: 1 claims" in proc.stdout
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")


def test_bad_files_are_named_and_the_rest_exported(batch: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = extract(*(str(p) for p in batch.values()), "--json", str(out))
    assert proc.returncode == 1
    for name in ("empty", "binary", "folder", "missing"):
        lines = [ln for ln in proc.stderr.splitlines() if str(batch[name]) in ln]
        assert len(lines) == 1, (name, proc.stderr)
    assert "file is empty" in proc.stderr
    assert "binary" in proc.stderr
    assert "directory" in proc.stderr
    assert "not found" in proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 2
    assert len(data["failures"]) == 4


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["some.txt"],  # nothing to write
        ["some.txt", "--json"],
        ["some.txt", "--json", "x.json", "--published", "yesterday"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert extract(*args).returncode == 2


def test_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    big, good = tmp_path / "big.txt", tmp_path / "good.txt"
    big.write_text(GOOD * 50, encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    result = pipeline.run([big, good], settings=DEFAULT_SETTINGS.replace(max_file_bytes=1000))
    assert [f.path for f in result.failures] == [str(big)]
    assert "over the 1000-byte limit" in result.failures[0].message
    assert len(result.documents) == 1


def test_published_override(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Officials said 9 people were arrested last week.", encoding="utf-8")
    out = tmp_path / "o.json"
    assert extract(str(path), "--json", str(out), "--published", "2026-03-18").returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"][0]["published_source"] == "user"
    (claim,) = data["claims"]
    assert (claim["date_start"], claim["date_end"]) == ("2026-03-09", "2026-03-15")


def test_an_extraction_error_fails_one_document_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, odd = tmp_path / "good.txt", tmp_path / "odd.txt"
    good.write_text(GOOD, encoding="utf-8")
    odd.write_text(GOOD.replace("Varnholt", "Oddtown"), encoding="utf-8")
    real = pipeline.extract_claims

    def flaky(chunks, document, **kwargs):  # type: ignore[no-untyped-def]
        if "Oddtown" in document.text:
            raise RuntimeError("parser produced an impossible tree")
        return real(chunks, document, **kwargs)

    monkeypatch.setattr(pipeline, "extract_claims", flaky)
    result = pipeline.run([good, odd])
    assert [d.path for d in result.documents] == [str(good)]
    (failure,) = result.failures
    assert failure.path == str(odd)
    assert "impossible tree" in failure.message
    assert str(odd) in failure.message

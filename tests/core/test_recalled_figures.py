"""A figure that recalls an earlier incident ("two years after a quake that killed 900"):
read once by the extraction (``Claim.recalls``), stored by the project (schema 5), exported
as an extension of the JSON contract and as a column of the Excel/CSV export, and read by the
grouping instead of the sentence's words. Reports written for these tests."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from core.export.csvfile import write_csv
from core.export.jsonfile import to_json_dict
from core.group.background import recalls_in_words
from core.group.vocabulary import sentence_info
from core.model import Result
from core.project.codec import encode
from core.project.schema import APPLICATION_ID, MIGRATIONS
from core.project.store import Project
from tests.core.claim_factory import read_claims
from tests.core.test_store import claim, sample_result

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "figure", "recalls"),
    [
        ("The island was hit two years after a quake that killed 900 people.", "900", True),
        ("Last year, 40 people died in a similar blast in the town.", "40", True),
        ("An earlier attack on the market killed 12 people.", "12", True),
        ("A bomb struck the market in September, killing 30 people.", "30", True),
        # the report's own incident, and its aftermath days later
        ("A bomb killed 12 people at the market on Monday, police said.", "12", False),
        ("Two days after the blast, the toll rose to 40.", "40", False),
        ("An earlier report said 12 people were killed in the blast.", "12", False),
    ],
)
def test_the_extraction_reads_whether_a_figure_recalls_an_earlier_incident(
    nlp: Language, text: str, figure: str, recalls: bool
) -> None:
    found = {c.number_text: c for c in read_claims(nlp, text, PUBLISHED)}
    assert found[figure].recalls is recalls


def test_the_grouping_reads_the_flag_not_the_words() -> None:
    text = "Police said 12 people were killed in the blast."
    own = claim("c1", "d1", text, "12", 12)
    info = sentence_info(own.sentence)
    assert not recalls_in_words(own, info)
    # the extraction's reading wins over the words; a dated figure is placed by its day
    assert recalls_in_words(dataclasses.replace(own, recalls=True), info)
    dated = dataclasses.replace(own, recalls=True, date_start=PUBLISHED, date_end=PUBLISHED)
    assert not recalls_in_words(dated, info)
    # a claim read without the flag (added by the checker, or from an older project file)
    # falls back on its sentence's words
    old = claim("c2", "d1", "Last year, 40 people died in the town.", "40", 40)
    assert old.recalls is None
    assert recalls_in_words(old, sentence_info(old.sentence))


def _flagged() -> Result:
    data = sample_result()
    first, second, *rest = data.claims
    return dataclasses.replace(
        data,
        claims=(
            dataclasses.replace(first, recalls=True),
            dataclasses.replace(second, recalls=False),
            *rest,
        ),
    )


def test_the_json_export_adds_the_flag() -> None:
    rows = to_json_dict(_flagged())["claims"]
    assert [r["recalls"] for r in rows[:2]] == [True, False]
    assert all(r["recalls"] is None for r in rows[2:])  # not read: unknown, not "no"


def test_the_csv_export_has_a_column_to_filter_on(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    write_csv(_flagged(), target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["Recalls earlier"] for r in rows[:2]] == ["yes", "no"]
    assert all(r["Recalls earlier"] == "" for r in rows[2:])


def test_the_project_stores_the_flag_and_a_column_a_query_filters_on(tmp_path: Path) -> None:
    data = _flagged()
    with Project.create(tmp_path / "p.claimdesk") as project:
        project.add_result(data)
        assert project.result().claims == data.claims
        rows = dict(project._conn.execute("SELECT id, recalls FROM claims").fetchall())
    assert rows[data.claims[0].id] == 1
    assert rows[data.claims[1].id] == 0
    assert rows[data.claims[2].id] is None


def test_a_version_4_file_reads_its_claims_as_not_read_for_the_flag(tmp_path: Path) -> None:
    """A file an older version wrote (schema 4: claims without the flag) opens, is migrated
    in place, and its claims read ``recalls=None``: the grouping reads their words."""
    path = tmp_path / "old.claimdesk"
    old = sample_result().claims[0]
    row = {k: v for k, v in encode(old).items() if k != "recalls"}
    conn = sqlite3.connect(path, isolation_level=None)
    for step in MIGRATIONS[:4]:
        for statement in step:
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 4")
    conn.execute("INSERT INTO claims VALUES (?, ?, ?, ?, 0, ?)",
                 (old.id, old.document_id, old.start, old.end, json.dumps(row)))
    conn.close()
    with Project.open(path) as project:
        assert project.claims() == [old]
        assert project.claims()[0].recalls is None
        column = project._conn.execute("SELECT recalls FROM claims").fetchone()[0]
        assert column is None
        assert project.history()[-1].detail == {"from": 4, "to": len(MIGRATIONS)}
